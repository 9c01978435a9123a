# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""What differs between Key Vault, Managed HSM and Storage: one small descriptor each, data only.

The engine (``_reconcile``, ``_info``, ``_calls``) knows no service by name; it reads these fields.
The SDK is imported lazily by ``client_class()``, so the Key Vault modules never import the Storage SDK
and vice versa.
"""

from __future__ import annotations

import importlib


class Service:
    def __init__(self, key, label, parent_type, parent_option, sdk_module, sdk_class, sdk_package,
                 connections_group, list_connections, delete_connection, delete_is_lro, resends_same_status,
                 reapproves_rejected, actions_field, parents_group, get_parent, list_parents_in_group, list_parents,
                 short_names, statuses, busy_codes):
        self.key = key
        self.label = label                                  # for messages: "Key Vault"
        self.parent_type = parent_type                      # canonical ARM type of the parent
        self.short_names = short_names                      # what users may write instead of parent_type
        self.statuses = statuses                            # the connection statuses this service has
        self.parent_option = parent_option                  # module option naming the parent
        self.sdk_module = sdk_module
        self.sdk_class = sdk_class
        self.sdk_package = sdk_package                      # for missing_required_lib()
        self.connections_group = connections_group          # client attribute with get/put/delete
        self.list_connections = list_connections
        self.delete_connection = delete_connection
        self.delete_is_lro = delete_is_lro                  # DELETE answers 202 and finishes later
        self.resends_same_status = resends_same_status      # False: a PUT repeating the status is a 400
        self.reapproves_rejected = reapproves_rejected      # True: a Rejected connection can be approved again
        self.actions_field = actions_field                  # actionsRequired / actionRequired
        self.parents_group = parents_group
        self.get_parent = get_parent
        self.list_parents_in_group = list_parents_in_group
        self.list_parents = list_parents                    # the whole subscription, one paged list
        self.busy_codes = busy_codes                        # 409 codes meaning "another change is running": wait

    def client_class(self):
        """The SDK client class; raises ImportError when the SDK is not installed."""
        return getattr(importlib.import_module(self.sdk_module), self.sdk_class)

    def refusal(self, current_status, wanted_status):
        """Why Azure refuses to take a connection from ``current_status`` to ``wanted_status``, or None.

        ``wanted_status`` is Approved, Rejected or Absent (removed). Statuses compare case-insensitively.
        """
        for refusal in REFUSALS:
            if refusal.unless and getattr(self, refusal.unless):
                continue
            if (str(current_status or "").lower() == refusal.current.lower()
                    and str(wanted_status or "").lower() in [s.lower() for s in refusal.wanted]):
                return refusal.reason
        return None

    def describe_parent(self, resource_group, name):
        return "%s '%s' in resource group '%s'" % (self.label, name, resource_group)

    def __repr__(self):
        return "Service(%s)" % self.key


class Refusal:
    """A status change Azure never makes (AZURE_BEHAVIOUR.md), and the sentence that explains it."""

    def __init__(self, current, wanted, reason, unless=None):
        self.current = current
        self.wanted = wanted
        self.reason = reason
        self.unless = unless    # a descriptor flag that lifts the refusal for its service


# Final statuses. Rejected -> Approved: refused by Storage (recorded traffic), accepted by Key Vault (recorded
# traffic) and Managed HSM (our inference), whose descriptors set reapproves_rejected.
REFUSALS = (
    Refusal("Rejected", ("Approved",),
            "a Rejected connection of this service can never be approved again; the private endpoint's owner "
            "must delete and recreate it", unless="reapproves_rejected"),
    Refusal("Disconnected", ("Approved", "Rejected"),
            "a Disconnected connection's status can no longer be changed: its private endpoint was deleted "
            "(remove the connection instead)"),
)
# The statuses a rule may write, and what "remove" leaves.
WRITABLE_STATUSES = ("Approved", "Rejected")
ABSENT = "Absent"

KEY_VAULT = Service(
    key="keyvault",
    label="Key Vault",
    parent_type="Microsoft.KeyVault/vaults",
    parent_option="vault_name",
    sdk_module="azure.mgmt.keyvault",
    sdk_class="KeyVaultManagementClient",
    sdk_package="azure-mgmt-keyvault",
    connections_group="private_endpoint_connections",
    list_connections="list_by_resource",
    delete_connection="begin_delete",
    delete_is_lro=True,
    resends_same_status=True,
    # Recorded traffic (2020, api 2018-02-14; 2024, api 2023-07-01): Rejected -> Approved answers 200 Updating.
    reapproves_rejected=True,
    actions_field="actionsRequired",
    parents_group="vaults",
    get_parent="get",
    list_parents_in_group="list_by_resource_group",
    list_parents="list_by_subscription",
    short_names=("keyvault", "key_vault", "vault"),
    statuses=("Pending", "Approved", "Rejected", "Disconnected"),
    # AnotherOperationInProgress: recorded (AZURE_BEHAVIOUR.md). ConflictError: Key Vault's "serialize operations
    # on this vault" answer, reported from real runs (issue 8) but not recorded there: our inference.
    # A plain 409 Conflict is not a busy code of any service: AZURE_BEHAVIOUR.md names it among the answers to a
    # change while another runs, without saying which service sends it, and it is also the generic 409. So the
    # engine waits it out only when its read afterwards shows the connection busy (docs/waiting.md).
    busy_codes=("AnotherOperationInProgress", "ConflictError"),
)

MANAGED_HSM = Service(
    key="mhsm",
    label="Managed HSM",
    parent_type="Microsoft.KeyVault/managedHSMs",
    parent_option="hsm_name",
    sdk_module="azure.mgmt.keyvault",
    sdk_class="KeyVaultManagementClient",
    sdk_package="azure-mgmt-keyvault",
    connections_group="mhsm_private_endpoint_connections",
    list_connections="list_by_resource",
    delete_connection="begin_delete",
    delete_is_lro=True,
    resends_same_status=True,
    # Our inference: no recording; the same resource provider as vaults, so the vault behaviour is expected.
    reapproves_rejected=True,
    actions_field="actionsRequired",
    parents_group="managed_hsms",
    get_parent="get",
    list_parents_in_group="list_by_resource_group",
    list_parents="list_by_subscription",
    short_names=("managed_hsm", "managedhsm", "mhsm", "hsm"),
    statuses=("Pending", "Approved", "Rejected", "Disconnected"),
    busy_codes=("AnotherOperationInProgress", "ConflictError"),  # the vaults' resource provider: as KEY_VAULT
)

STORAGE = Service(
    key="storage",
    label="Storage account",
    parent_type="Microsoft.Storage/storageAccounts",
    parent_option="account_name",
    sdk_module="azure.mgmt.storage",
    sdk_class="StorageManagementClient",
    sdk_package="azure-mgmt-storage",
    connections_group="private_endpoint_connections",
    list_connections="list",
    delete_connection="delete",
    delete_is_lro=False,
    resends_same_status=False,
    # Recorded traffic (2020, 2024): Rejected -> Approved answers 400 InvalidValuesForRequestParameters.
    reapproves_rejected=False,
    actions_field="actionRequired",
    parents_group="storage_accounts",
    get_parent="get_properties",
    list_parents_in_group="list_by_resource_group",
    list_parents="list",
    short_names=("storage", "storage_account", "storageaccount"),
    # Storage has no Disconnected (AZURE_BEHAVIOUR.md).
    statuses=("Pending", "Approved", "Rejected"),
    busy_codes=("StorageAccountOperationInProgress",),  # recorded (AZURE_BEHAVIOUR.md)
)

SERVICES = {service.key: service for service in (KEY_VAULT, MANAGED_HSM, STORAGE)}
RESOURCE_TYPES = tuple(service.parent_type for service in SERVICES.values())
# Every status any service has, in the descriptors' order.
STATUSES = tuple(dict.fromkeys(status for service in SERVICES.values() for status in service.statuses))
_BY_NAME = {}
for _service in SERVICES.values():
    for _name in (_service.parent_type,) + _service.short_names:
        _BY_NAME[_name.lower()] = _service


def service_for_type(value):
    """The Service for an ARM parent type (any case) or one of its short names; None when unknown."""
    return _BY_NAME.get(str(value or "").strip().lower())


def type_spellings():
    """Every accepted spelling of a resource type: the canonical ARM types first, then the first short names."""
    return list(RESOURCE_TYPES) + [service.short_names[0] for service in SERVICES.values()]

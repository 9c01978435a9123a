# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The type table: one row per ARM parent type with private endpoint connections, every fact with its source.

The only place that knows what a service does. Rows are data (``_type_row.ResourceType``); every other file reads
them through the lookups of ``_types``. docs/types.md is generated from this file
(``python -m scripts.types_doc``). Sources: ``recording:`` (Azure CLI tests recorded against real Azure),
``spec:`` / ``spec example:`` (Azure/azure-rest-api-specs), ``doc:`` (learn.microsoft.com or an azure-docs issue),
``our inference:`` (nothing says it; the reason is given).
"""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.module_utils._type_row import (
    Answer, Fact, ResourceType, SdkBinding, Transition)

_CLI = "Azure/azure-cli src/azure-cli/azure/cli/command_modules/"
_SPECS = "Azure/azure-rest-api-specs specification/"
_KV_RECORDING = _CLI + "keyvault/tests/latest/recordings/test_keyvault_private_endpoint_connection.yaml"
_HSM_RECORDING = _CLI + "keyvault/tests/latest/recordings/test_hsm_private_endpoint_connection.yaml"
_STORAGE_RECORDING = _CLI + "storage/tests/latest/recordings/test_storage_account_private_endpoint.yaml"
_KV_SPEC = _SPECS + "keyvault/resource-manager/Microsoft.KeyVault/stable/2023-07-01/"
_STORAGE_SPEC = _SPECS + "storage/resource-manager/Microsoft.Storage/stable/2023-05-01/storage.json"

# What every row has in common, by ARM's contract or by our inference; each with its source.
# A Disconnected connection (its private endpoint is gone) is only kept to be removed.
DISCONNECTED_IS_FINAL = (
    Transition(current="Disconnected", wanted="Approved", answer="an error (not recorded)"),
    Transition(current="Disconnected", wanted="Rejected", answer="an error (not recorded)"),
)
_DISCONNECTED_SOURCE = ("our inference: no recording changes a Disconnected connection; once its private endpoint "
                        "is deleted the connection is kept only to be removed")
# ARM answers this code on any resource provider while another change of the same resource runs
# (AZURE_BEHAVIOUR.md: "409 Conflict / AnotherOperationInProgress"); every row lists it.
ANOTHER_OPERATION = "AnotherOperationInProgress"
# provisioningStates meaning "Azure is still applying a change"; Succeeded, Failed and Disconnected are final.
BUSY_PROVISIONING_STATES = Fact(
    ("Creating", "Updating", "Deleting"),
    "spec: Azure/azure-rest-api-specs specification/common-types/resource-management/v5/privatelinks.json "
    "PrivateEndpointConnectionProvisioningState (Succeeded, Creating, Deleting, Failed); Updating: recording: "
    + _KV_RECORDING + " (PUT answers Updating, then Succeeded)")
# The statuses an owner may write (the connection's other statuses are set by Azure or the consumer).
WRITABLE_STATUSES = Fact(
    ("Approved", "Rejected"),
    "spec: Azure/azure-rest-api-specs specification/common-types/resource-management/v5/privatelinks.json "
    "PrivateEndpointServiceConnectionStatus; doc: https://learn.microsoft.com/azure/private-link/"
    "manage-private-endpoint (approve, reject, remove)")

_KV_SDK = dict(module="azure.mgmt.keyvault", client_class="KeyVaultManagementClient", package="azure-mgmt-keyvault",
               list_connections="list_by_resource", delete_connection="begin_delete", get_parent="get",
               list_parents_in_group="list_by_resource_group", list_parents="list_by_subscription")

KEY_VAULT = ResourceType(
    arm_type="Microsoft.KeyVault/vaults",
    label="Key Vault",
    names=("keyvault", "key_vault", "vault"),
    parent_option="vault_name",
    sdk=SdkBinding(connections_group="private_endpoint_connections", parents_group="vaults", **_KV_SDK),
    api_version=Fact("2026-05-15", "spec: Azure/azure-rest-api-specs specification/keyvault/resource-manager/"
                                   "Microsoft.KeyVault (newest stable; the default of azure-mgmt-keyvault 14.x)"),
    api_versions_seen=Fact(("2018-02-14", "2019-09-01", "2021-10-01", "2022-07-01", "2023-02-01", "2023-07-01",
                            "2026-05-15"), "recording: " + _KV_RECORDING + " (2018-02-14 in 2020, 2023-07-01 in "
                                                                            "2024); spec: the stable folders"),
    connections_listing=Fact("collection", "spec: " + _KV_SPEC + "keyvault.json PrivateEndpointConnections_List"),
    list_paged=Fact(True, "spec: " + _KV_SPEC + "keyvault.json x-ms-pageable nextLinkName nextLink"),
    connection_segment=Fact("privateEndpointConnections", "spec: " + _KV_SPEC + "keyvault.json paths"),
    get_missing=Fact(204, "spec: " + _KV_SPEC + "keyvault.json PrivateEndpointConnections_Get responses 200/204 "
                          "(404 is also seen: AZURE_BEHAVIOUR.md)"),
    put=Fact(Answer(codes=(200,), lro=True, async_header="Azure-AsyncOperation", body_at_once="Updating"),
             "recording: " + _KV_RECORDING + " (200 Updating with a new etag and Azure-AsyncOperation; not an "
                                             "x-ms-long-running-operation in the spec)"),
    put_settle_seconds=Fact((3, 66), "recording: " + _KV_RECORDING + " (3-6 s in 2020, 28-66 s in 2024)"),
    delete=Fact(Answer(codes=(200, 202, 204), lro=True, async_header="Location"),
                "spec: " + _KV_SPEC + "keyvault.json PrivateEndpointConnections_Delete x-ms-long-running-operation; "
                                      "recording: 202 + Location with kv-operation"),
    actions_field=Fact("actionsRequired", "spec: " + _KV_SPEC + "keyvault.json PrivateLinkServiceConnectionState"),
    writable_fields=Fact(("status", "description", "actionsRequired"),
                         "spec: " + _KV_SPEC + "keyvault.json PrivateLinkServiceConnectionState (actionsRequired "
                                               "enum None)"),
    statuses=Fact(("Pending", "Approved", "Rejected", "Disconnected"),
                  "spec: " + _KV_SPEC + "keyvault.json PrivateEndpointServiceConnectionStatus"),
    transitional_statuses=Fact((), "recording: " + _KV_RECORDING + " (the new status shows at once, with "
                                                                   "provisioningState Updating)"),
    provisioning_states=Fact(("Succeeded", "Creating", "Updating", "Deleting", "Failed", "Disconnected"),
                             "spec: " + _KV_SPEC + "keyvault.json PrivateEndpointConnectionProvisioningState"),
    # Rejected -> Approved answers 200 Updating (recorded 2020 and 2024), so it is not refused.
    refused_transitions=Fact(DISCONNECTED_IS_FINAL, _DISCONNECTED_SOURCE + "; Rejected -> Approved is accepted: "
                             "recording: " + _KV_RECORDING + " (200 Updating, then Succeeded Approved)"),
    resends_same_status=Fact(True, "recording: " + _KV_RECORDING + " (approving an Approved connection answers 200 "
                                                                   "Updating: a needless write, never refused)"),
    # ConflictError: Key Vault's "serialize operations on this vault" answer, reported from real runs (issue 8)
    # but not recorded.
    busy_codes=Fact((ANOTHER_OPERATION, "ConflictError"),
                    "recording: AnotherOperationInProgress (AZURE_BEHAVIOUR.md); our inference: ConflictError, "
                    "Key Vault's answer when operations on one vault are not serialized (reported, not recorded)"),
    group_ids=Fact(("vault",), "spec example: " + _KV_SPEC + "examples/getPrivateEndpointConnection.json"),
    connection_group_ids=Fact(False, "spec: " + _KV_SPEC + "keyvault.json PrivateEndpointConnectionProperties "
                                     "(privateEndpoint, privateLinkServiceConnectionState, provisioningState; no "
                                     "groupIds; the same in 2026-05-15)"),
)

MANAGED_HSM = ResourceType(
    arm_type="Microsoft.KeyVault/managedHSMs",
    label="Managed HSM",
    names=("managed_hsm", "managedhsm", "mhsm", "hsm"),
    key="mhsm",
    parent_option="hsm_name",
    sdk=SdkBinding(connections_group="mhsm_private_endpoint_connections", parents_group="managed_hsms", **_KV_SDK),
    api_version=Fact("2026-05-15", "spec: Azure/azure-rest-api-specs specification/keyvault/resource-manager/"
                                   "Microsoft.KeyVault (newest stable; the default of azure-mgmt-keyvault 14.x)"),
    api_versions_seen=Fact(("2021-04-01-preview", "2021-10-01", "2023-07-01", "2026-05-15"),
                           "recording: " + _HSM_RECORDING + " (2021-04-01-preview in 2024); spec: the stable folders"),
    connections_listing=Fact("collection", "spec: " + _KV_SPEC + "managedHsm.json "
                                           "MHSMPrivateEndpointConnections_ListByResource"),
    list_paged=Fact(True, "spec: " + _KV_SPEC + "managedHsm.json x-ms-pageable nextLinkName nextLink"),
    connection_segment=Fact("privateEndpointConnections", "spec: " + _KV_SPEC + "managedHsm.json paths"),
    get_missing=Fact(404, "spec: " + _KV_SPEC + "managedHsm.json MHSMPrivateEndpointConnections_Get default "
                          "ManagedHsmError"),
    put=Fact(Answer(codes=(200,), lro=True, async_header="Azure-AsyncOperation", body_at_once="Updating"),
             "recording: " + _HSM_RECORDING + " (200 Updating, then Succeeded)"),
    put_settle_seconds=Fact((32, 65), "recording: " + _HSM_RECORDING + " (32-50 s; 45-65 s in AZURE_BEHAVIOUR.md)"),
    delete=Fact(Answer(codes=(202, 204), lro=True, async_header="Location"),
                "recording: " + _HSM_RECORDING + " (202 + Location, polled 202 about 30 s, then 204)"),
    actions_field=Fact("actionsRequired", "spec: " + _KV_SPEC + "managedHsm.json MHSMPrivateLinkServiceConnectionState"),
    writable_fields=Fact(("status", "description", "actionsRequired"),
                         "spec: " + _KV_SPEC + "managedHsm.json MHSMPrivateLinkServiceConnectionState"),
    statuses=Fact(("Pending", "Approved", "Rejected", "Disconnected"),
                  "spec: " + _KV_SPEC + "managedHsm.json PrivateEndpointServiceConnectionStatus"),
    transitional_statuses=Fact((), "recording: " + _HSM_RECORDING + " (provisioningState Updating, no transitional "
                                                                    "status)"),
    provisioning_states=Fact(("Succeeded", "Creating", "Updating", "Deleting", "Failed", "Disconnected"),
                             "spec: " + _KV_SPEC + "managedHsm.json PrivateEndpointConnectionProvisioningState"),
    refused_transitions=Fact(DISCONNECTED_IS_FINAL, _DISCONNECTED_SOURCE + "; Rejected -> Approved accepted as for "
                             "vaults: our inference (no recording; the same resource provider as Key Vault)"),
    resends_same_status=Fact(True, "our inference: the same resource provider as Key Vault, which answers 200"),
    busy_codes=Fact((ANOTHER_OPERATION, "ConflictError"),
                    "our inference: the vaults' resource provider, so the same codes as Key Vault"),
    group_ids=Fact(("managedhsm",), "spec example: " + _KV_SPEC + "examples/ManagedHsm_getPrivateEndpointConnection"
                                                                  ".json"),
    connection_group_ids=Fact(False, "spec: " + _KV_SPEC + "managedHsm.json MHSMPrivateEndpointConnectionProperties "
                                     "(privateEndpoint, privateLinkServiceConnectionState, provisioningState; no "
                                     "groupIds)"),
)

STORAGE = ResourceType(
    arm_type="Microsoft.Storage/storageAccounts",
    label="Storage account",
    names=("storage", "storage_account", "storageaccount"),
    parent_option="account_name",
    sdk=SdkBinding(module="azure.mgmt.storage", client_class="StorageManagementClient", package="azure-mgmt-storage",
                   connections_group="private_endpoint_connections", list_connections="list",
                   delete_connection="delete", parents_group="storage_accounts", get_parent="get_properties",
                   list_parents_in_group="list_by_resource_group", list_parents="list"),
    api_version=Fact("2026-09-01", "spec: Azure/azure-rest-api-specs specification/storage/resource-manager/"
                                   "Microsoft.Storage (newest stable; the default of azure-mgmt-storage 25.x)"),
    api_versions_seen=Fact(("2019-06-01", "2021-06-01", "2023-05-01", "2026-09-01"),
                           "recording: " + _STORAGE_RECORDING + " (2019-06-01 by the generic network commands); "
                                                                "spec: the stable folders"),
    connections_listing=Fact("collection", "spec: " + _STORAGE_SPEC + " PrivateEndpointConnections_List"),
    list_paged=Fact(True, "spec: " + _STORAGE_SPEC + " (a single page before 2026-09-01, nextLink since: "
                                                     "AZURE_BEHAVIOUR.md)"),
    connection_segment=Fact("privateEndpointConnections", "spec: " + _STORAGE_SPEC + " paths"),
    get_missing=Fact(404, "spec: " + _STORAGE_SPEC + " PrivateEndpointConnections_Get default ErrorResponse"),
    put=Fact(Answer(codes=(200,), lro=False, body_at_once="Succeeded"),
             "recording: " + _STORAGE_RECORDING + " (200, provisioningState Succeeded at once)"),
    put_settle_seconds=Fact((0, 0), "recording: " + _STORAGE_RECORDING + " (synchronous)"),
    delete=Fact(Answer(codes=(200, 204), lro=False),
                "recording: " + _STORAGE_RECORDING + " (200 with an empty body, 204 when already gone)"),
    actions_field=Fact("actionRequired", "spec: " + _STORAGE_SPEC + " PrivateLinkServiceConnectionState "
                                         "(actionRequired, singular, free text)"),
    writable_fields=Fact(("status", "description", "actionRequired"),
                         "spec: " + _STORAGE_SPEC + " PrivateLinkServiceConnectionState"),
    statuses=Fact(("Pending", "Approved", "Rejected"),
                  "spec: " + _STORAGE_SPEC + " PrivateEndpointServiceConnectionStatus (no Disconnected)"),
    transitional_statuses=Fact((), "recording: " + _STORAGE_RECORDING + " (synchronous: the final status at once)"),
    provisioning_states=Fact(("Succeeded", "Creating", "Deleting", "Failed"),
                             "spec: " + _STORAGE_SPEC + " PrivateEndpointConnectionProvisioningState"),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved", answer="400 InvalidValuesForRequestParameters"),)
        + DISCONNECTED_IS_FINAL,
        "recording: " + _STORAGE_RECORDING + " (Rejected -> Approved answers 400 "
                                             "InvalidValuesForRequestParameters, 2020 and 2024); " + _DISCONNECTED_SOURCE),
    resends_same_status=Fact(False, "recording: " + _STORAGE_RECORDING + " (approving an Approved connection answers "
                                                                        "400 InvalidValuesForRequestParameters)"),
    busy_codes=Fact(("StorageAccountOperationInProgress", ANOTHER_OPERATION),
                    "recording: StorageAccountOperationInProgress (AZURE_BEHAVIOUR.md); our inference: "
                    "AnotherOperationInProgress is ARM-wide"),
    group_ids=Fact(("blob", "blob_secondary", "table", "table_secondary", "queue", "queue_secondary", "file", "web",
                    "web_secondary", "dfs", "dfs_secondary"),
                   "doc: https://learn.microsoft.com/azure/private-link/private-endpoint-overview#private-link-resource"),
    # So blob and dfs connections of one account look alike to its owner: the group id is on the consumer's
    # private endpoint (privateLinkServiceConnections[].groupIds), which the owner may not be allowed to read.
    connection_group_ids=Fact(False, "spec: " + _STORAGE_SPEC + " -> privatelinks.json "
                                     "PrivateEndpointConnectionProperties (privateEndpoint, "
                                     "privateLinkServiceConnectionState, provisioningState; no groupIds; the same "
                                     "in 2026-09-01)"),
)

# Every row, in the order docs and messages list them.
TABLE = (KEY_VAULT, MANAGED_HSM, STORAGE)

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
# Reasons shared by the rows where nothing about the type itself says more (issue 15: every fact gives its reason).
_PLAIN_CONFLICT = ("a plain Conflict is kept out: the engine reads after any 409 and waits only when the connection "
                   "shows busy (docs/waiting.md)")
_NO_BUSY_CODE = ("our inference: no recording, spec example or document shows this type answering a busy 409, so it "
                 "names no code of its own (the busy codes of every row are waited out on it too); " + _PLAIN_CONFLICT)
_ARM_BUSY_CODE = ("our inference: AnotherOperationInProgress is ARM's answer to a change made while another runs on "
                  "the same resource (AZURE_BEHAVIOUR.md); nothing specific to this type is recorded; "
                  + _PLAIN_CONFLICT)
_SINGLE_SERVER_BUSY = ("our inference: ServerBusy (\"Server '...' is busy with another operation. Please try again "
                       "later.\") is reported for PostgreSQL flexible servers (Azure/bicep-registry-modules #4451, "
                       "hashicorp/terraform-provider-azurerm #28298); nothing is recorded for single servers; "
                       + _PLAIN_CONFLICT)
_REJECTED_NOT_TRIED = ("our inference: no recording or spec example this row cites tries Rejected -> Approved; "
                       "MicrosoftDocs/azure-docs #115121 says a rejected connection cannot be approved (by design, for "
                       "Private Link in general), which Storage's recordings confirm and Key Vault's contradict; "
                       + _DISCONNECTED_SOURCE)
_RPC = "Azure/azure-resource-manager-rpc v1.0/"
_GET_MISSING_404 = ("doc: " + _RPC + "resource-api-reference.md, Get Resource (\"If the resource does not exist, 404 "
                    "(NotFound) should be returned\")")
# Long-running connection writes recorded on other rows, for rows whose own span is not recorded.
_RECORDED_SPANS = "Azure Monitor private link scopes 19-41 s and Event Hubs 25-40 s, recorded"


def _missing_is_404(spec, operation):
    """get_missing=404: ARM's contract, and the type's ``spec`` declares no 204 for the GET ``operation``."""
    return Fact(404, _GET_MISSING_404 + "; spec: " + _SPECS + spec + " " + operation + " declares 200 and no 204 "
                "(Key Vault's spec, unlike it, declares 204)")


def _no_transitional(spec, enum=None):
    """transitional_statuses=(): neither the status the ``spec`` gives (``enum``, or free text) nor the row's sources
    show a transitional value."""
    where = _SPECS + spec + (" status enum (%s)" % ", ".join(enum) if enum else ", whose status is free text,")
    return Fact((), "our inference: no transitional status such as Approving in " + where + " nor in any recording "
                "or spec example this row cites; a change under way shows in provisioningState, which the engine "
                "waits on")


# ARM answers this code on any resource provider while another change of the same resource runs
# (AZURE_BEHAVIOUR.md: "409 Conflict / AnotherOperationInProgress"); every row lists it.
ANOTHER_OPERATION = "AnotherOperationInProgress"
# provisioningStates meaning "Azure is still applying a change", on any row. Every other state is final for the
# engine (Succeeded, Ready, Failed, Canceled, Disconnected, and states such as the Pending that Web apps keep after
# a rejection, recorded for minutes: a waiter must not wait on those).
BUSY_PROVISIONING_STATES = Fact(
    ("Creating", "Updating", "Deleting", "Approving", "Rejecting", "Dropping", "Accepted", "InProgress",
     "Provisioning"),
    "spec: Azure/azure-rest-api-specs specification/common-types/resource-management/v5/privatelinks.json "
    "PrivateEndpointConnectionProvisioningState (Creating, Deleting); recording: " + _KV_RECORDING + " (Updating, "
    "then Succeeded); spec: specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/"
    "PrivateEndpointConnections.json (Approving, Rejecting, Dropping); spec example: Microsoft.Dashboard grafana "
    "and recording: test_private_endpoint_connection_kusto_cluster.yaml (Accepted right after a write); "
    "recording: test_private_endpoint_connection_synapse_workspace.yaml (Provisioning while a change runs); "
    "spec: Microsoft.HDInsight PrivateEndpointConnectionProvisioningState (InProgress); our inference: each names a "
    "change under way")
# provisioningStates meaning "Azure is deleting the connection": a DELETE whose answer was lost has been applied
# once a read shows one of them.
DELETING_PROVISIONING_STATES = Fact(
    ("Deleting", "Dropping"),
    "spec: Azure/azure-rest-api-specs specification/common-types/resource-management/v5/privatelinks.json "
    "PrivateEndpointConnectionProvisioningState (Deleting); spec: specification/sql/resource-manager/Microsoft.Sql/"
    "stable/2023-08-01/PrivateEndpointConnections.json (Dropping: SQL's and its sibling databases' deleting state)")
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
                            "2026-05-15"),
                           "recording: " + _KV_RECORDING + " (2018-02-14 in 2020, 2023-07-01 in 2024); spec: the "
                           "stable folders"),
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
    put_body_shape=Fact("properties.privateLinkServiceConnectionState",
                        "spec example: " + _KV_SPEC + "examples/putPrivateEndpointConnection.json"),
    writable=Fact(True, "spec: " + _KV_SPEC + "keyvault.json PrivateEndpointConnections_Put, _Delete"),
    statuses=Fact(("Pending", "Approved", "Rejected", "Disconnected"),
                  "spec: " + _KV_SPEC + "keyvault.json PrivateEndpointServiceConnectionStatus"),
    transitional_statuses=Fact((), "recording: " + _KV_RECORDING + " (the new status shows at once, with "
                                                                   "provisioningState Updating)"),
    provisioning_states=Fact(("Succeeded", "Creating", "Updating", "Deleting", "Failed", "Disconnected"),
                             "spec: " + _KV_SPEC + "keyvault.json PrivateEndpointConnectionProvisioningState"),
    # Rejected -> Approved answers 200 Updating (recorded 2020 and 2024), so it is not refused.
    refused_transitions=Fact(DISCONNECTED_IS_FINAL, "recording: " + _KV_RECORDING + " (Rejected -> Approved is "
                             "accepted: 200 Updating, then Succeeded Approved); " + _DISCONNECTED_SOURCE),
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
    put_body_shape=Fact("properties.privateLinkServiceConnectionState",
                        "spec example: " + _KV_SPEC + "examples/ManagedHsm_putPrivateEndpointConnection.json"),
    writable=Fact(True, "spec: " + _KV_SPEC + "managedHsm.json MHSMPrivateEndpointConnections_Put, _Delete"),
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
    put_body_shape=Fact("properties.privateLinkServiceConnectionState",
                        "spec example: Azure/azure-rest-api-specs specification/storage/resource-manager/"
                        "Microsoft.Storage/stable/2023-05-01/examples/StorageAccountPutPrivateEndpointConnection.json"),
    writable=Fact(True, "spec: " + _STORAGE_SPEC + " PrivateEndpointConnections_Put, _Delete"),
    statuses=Fact(("Pending", "Approved", "Rejected"),
                  "spec: " + _STORAGE_SPEC + " PrivateEndpointServiceConnectionStatus (no Disconnected)"),
    transitional_statuses=Fact((), "recording: " + _STORAGE_RECORDING + " (synchronous: the final status at once)"),
    provisioning_states=Fact(("Succeeded", "Creating", "Deleting", "Failed"),
                             "spec: " + _STORAGE_SPEC + " PrivateEndpointConnectionProvisioningState"),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved", answer="400 InvalidValuesForRequestParameters"),)
        + DISCONNECTED_IS_FINAL,
        "recording: " + _STORAGE_RECORDING + " (Rejected -> Approved answers 400 InvalidValuesForRequestParameters, "
        "2020 and 2024); " + _DISCONNECTED_SOURCE),
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
    approval_action=Fact(True, "doc: Microsoft's built-in role Azure AI Enterprise Network Connection Approver "
                               "(b556d68e-0be0-4f35-a333-ad7ee1ce17ea) grants Storage approvers "
                               "PrivateEndpointConnectionsApproval/action with privateEndpointConnections/write; "
                               "that Storage checks it on the owner's PUT is our inference"),
)

# ---- Every other type: plain ARM JSON requests (_arm_client). Rows from the sourced facts gathered for issue 15.

API_MANAGEMENT = ResourceType(
    arm_type="Microsoft.ApiManagement/service",
    label="API Management service",
    names=("api_management", "apim", "apimanagement"),
    parent_option="service_name",
    api_version=Fact(
        "2024-05-01",
        ("spec: Azure/azure-rest-api-specs specification/apimanagement/resource-manager/"
         "Microsoft.ApiManagement/stable/2024-05-01/apimprivatelink.json (newest stable folder that has "
         "PrivateEndpointConnection_* operations)")),
    api_versions_seen=Fact(
        ("2021-04-01-preview", "2021-08-01", "2022-08-01", "2024-05-01"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_apim.yaml (connection calls sent api-version=2021-08-01 in 2024; "
         "service GET 2022-08-01); Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers 2021-04-01-preview; spec folder "
         "2024-05-01")),
    connections_listing=Fact(
        "collection",
        ("spec: Azure/azure-rest-api-specs specification/apimanagement/resource-manager/"
         "Microsoft.ApiManagement/stable/2024-05-01/apimprivatelink.json "
         "PrivateEndpointConnection_ListByService GET {service}/privateEndpointConnections; recording: "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_apim.yaml (`network private-endpoint-connection list` answered 200 "
         "with a list); Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs hasConnectionsURI=true")),
    list_paged=Fact(
        False,
        ("spec: Azure/azure-rest-api-specs specification/apimanagement/resource-manager/"
         "Microsoft.ApiManagement/stable/2024-05-01/apimprivatelink.json x-ms-pageable nextLinkName null "
         "(single page)")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec: Azure/azure-rest-api-specs specification/apimanagement/resource-manager/"
         "Microsoft.ApiManagement/stable/2024-05-01/apimprivatelink.json")),
    get_missing=Fact(
        404,
        ("our inference: spec declares only 200 + default ErrorResponse for "
         "PrivateEndpointConnection_GetByName; ARM proxy resources answer 404 for a missing child")),
    put=Fact(
        Answer(codes=(202, 200), lro=True, async_header="Location"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_apim.yaml (reject PUT answered 202 Accepted with a Location .../"
         "privateEndpointConnections/{name}/operationresults/...; its body echoed only id and "
         "privateLinkServiceConnectionState with the NEW status and no provisioningState); spec: "
         "Azure/azure-rest-api-specs specification/apimanagement/resource-manager/"
         "Microsoft.ApiManagement/stable/2024-05-01/apimprivatelink.json x-ms-long-running-operation true, "
         "responses 202 (location) / 200")),
    put_settle_seconds=Fact(
        (100, 200),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_apim.yaml (reject PUT 202 at 18:14:29: the connection kept showing "
         "Approved/Succeeded until 18:16:27 and showed Rejected from 18:16:38; the SERVICE stayed "
         "provisioningState Updating until 18:17:44, ~195 s after the PUT; after the earlier approve the "
         "service was still Updating from at least 18:12:51 to 18:14:25)")),
    delete=Fact(
        Answer(codes=(202, 200, 204), lro=True, async_header="Location"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_apim.yaml (DELETE answered 202 Accepted, body '{}', Location "
         ".../operationresults/...); spec: Azure/azure-rest-api-specs specification/apimanagement/"
         "resource-manager/Microsoft.ApiManagement/stable/2024-05-01/apimprivatelink.json responses "
         "200/202(location)/204, x-ms-long-running-operation true")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_apim.yaml (bodies carry "
         "privateLinkServiceConnectionState.actionsRequired: null); spec: common-types v2 privatelinks.json "
         "PrivateLinkServiceConnectionState")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec: Azure/azure-rest-api-specs specification/apimanagement/resource-manager/Microsoft.ApiManagement/"
         "stable/2024-05-01/examples/ApiManagementApproveOrRejectPrivateEndpointConnection.json (request "
         "carries status and description); actionsRequired is in the common-types schema too")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec: Azure/azure-rest-api-specs specification/apimanagement/resource-manager/Microsoft.ApiManagement/"
         "stable/2024-05-01/examples/ApiManagementApproveOrRejectPrivateEndpointConnection.json "
         "(PrivateEndpointConnectionRequest: optional id + properties.privateLinkServiceConnectionState); "
         "recording: the CLI sent the whole GET body back (id, name, type, provisioningState, privateEndpoint, "
         "groupIds) and APIM accepted it")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_apim.yaml (reject PUT answered 202 Accepted with a Location .../"
         "privateEndpointConnections/{name}/operationresults/...; its body echoed only id and "
         "privateLinkServiceConnectionState with the NEW status and no provisioningState); spec: "
         "Azure/azure-rest-api-specs specification/apimanagement/resource-manager/"
         "Microsoft.ApiManagement/stable/2024-05-01/apimprivatelink.json x-ms-long-running-operation true, "
         "responses 202 (location) / 200")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        ("spec: common-types/resource-management/v2/privatelinks.json PrivateEndpointServiceConnectionStatus "
         "(referenced by Azure/azure-rest-api-specs specification/apimanagement/resource-manager/"
         "Microsoft.ApiManagement/stable/2024-05-01/apimprivatelink.json); recording shows Approved and Rejected")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_apim.yaml (during the ~2 min write the connection kept showing the "
         "OLD status, no Approving/Rejecting value)")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Deleting", "Failed"),
        ("spec: common-types v2 privatelinks.json PrivateEndpointConnectionProvisioningState; recording shows "
         "only Succeeded")),
    refused_transitions=Fact(
        DISCONNECTED_IS_FINAL,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_apim.yaml (Approved -> Rejected accepted on both connections: "
         "auto-approved and manually approved; Pending -> Approved accepted). Rejected -> Approved not "
         "exercised: our inference that it is not refused, unverified; " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        "our inference: no source shows API Management service refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: every connection write puts the whole service into provisioningState Updating for 1.5-3 min "
         "(Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_private_endpoint_connection_apim.yaml shows service Updating windows 18:12:51-18:14:25 and "
         "18:16:42-18:17:44, and the CLI test runs `apim wait --updated` before each next write); a write during "
         "that window is expected to be refused with 409 - the exact code is not recorded; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("Gateway",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_apim.yaml (private endpoint created with --group-id Gateway; "
         "connection groupIds [\"Gateway\"])")),
)

APP_CONFIGURATION = ResourceType(
    arm_type="Microsoft.AppConfiguration/configurationStores",
    label="App Configuration store",
    names=("app_configuration", "appconfig", "configuration_store"),
    parent_option="config_store_name",
    api_version=Fact(
        "2024-06-01",
        ("spec: Azure/azure-rest-api-specs specification/appconfiguration/resource-manager/"
         "Microsoft.AppConfiguration/stable/2024-06-01/appconfiguration.json (newest stable with "
         "PrivateEndpointConnections_* operations)")),
    api_versions_seen=Fact(
        ("2020-06-01", "2024-06-01"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_app_configuration.yaml (all connection calls api-version=2020-06-01, "
         "recorded 2024-09-14); Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py and Azure/azure-powershell src/Network/"
         "Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs register 2020-06-01")),
    connections_listing=Fact(
        "collection",
        ("spec: Azure/azure-rest-api-specs specification/appconfiguration/resource-manager/"
         "Microsoft.AppConfiguration/stable/2024-06-01/appconfiguration.json "
         "PrivateEndpointConnections_ListByConfigurationStore; recording: Azure/azure-cli src/azure-cli/azure/"
         "cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_app_configuration.yaml (GET .../privateEndpointConnections answered "
         "{\"value\": [...], \"nextLink\": null})")),
    list_paged=Fact(
        True,
        ("spec: Azure/azure-rest-api-specs specification/appconfiguration/resource-manager/"
         "Microsoft.AppConfiguration/stable/2024-06-01/appconfiguration.json x-ms-pageable nextLinkName "
         "nextLink; recording shows nextLink null")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec: Azure/azure-rest-api-specs specification/appconfiguration/resource-manager/"
         "Microsoft.AppConfiguration/stable/2024-06-01/appconfiguration.json")),
    get_missing=Fact(
        404,
        "our inference: spec declares only 200 + default ErrorResponse for PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(201, 200), lro=True, async_header="Azure-AsyncOperation", body_at_once="Updating"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_app_configuration.yaml (approve and reject PUT both answered 201 "
         "Created, body provisioningState Updating with the new status and description, privateEndpoint null; "
         "header azure-asyncoperation .../locations/westus/operationsStatus/...); spec: "
         "Azure/azure-rest-api-specs specification/appconfiguration/resource-manager/"
         "Microsoft.AppConfiguration/stable/2024-06-01/appconfiguration.json responses 200/201, "
         "x-ms-long-running-operation true")),
    put_settle_seconds=Fact(
        (11, 13),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_app_configuration.yaml (approve PUT 12:51:56 -> GET at 12:52:07 "
         "still showed the old description 'Auto-Approved' with Succeeded, 12:52:09 showed the new one; reject "
         "PUT 12:52:10 -> Rejected/Succeeded at 12:52:23)")),
    delete=Fact(
        Answer(codes=(202, 200, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_app_configuration.yaml (DELETE answered 202 Accepted, body "
         "provisioningState Deleting, privateLinkServiceConnectionState null, id null; header "
         "azure-asyncoperation); spec: Azure/azure-rest-api-specs specification/appconfiguration/"
         "resource-manager/Microsoft.AppConfiguration/stable/2024-06-01/appconfiguration.json responses "
         "200/202/204, x-ms-long-running-operation true")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_app_configuration.yaml "
         "(privateLinkServiceConnectionState.actionsRequired: \"None\")")),
    writable_fields=Fact(
        ("status", "description"),
        ("doc: https://learn.microsoft.com/en-in/dotnet/api/"
         "azure.resourcemanager.appconfiguration.models.appconfigurationprivatelinkserviceconnectionstate.actionsrequired "
         "(ActionsRequired is get-only, i.e. read-only in the spec); recording: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_app_configuration.yaml (a PUT that also echoed actionsRequired "
         "\"None\" was accepted, so the service tolerates it)")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec: Azure/azure-rest-api-specs specification/appconfiguration/resource-manager/"
         "Microsoft.AppConfiguration/stable/2024-06-01/appconfiguration.json body schema "
         "PrivateEndpointConnection (privateEndpoint + privateLinkServiceConnectionState); recording: the CLI "
         "sent the whole GET body back and it was accepted")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_app_configuration.yaml (approve and reject PUT both answered 201 "
         "Created, body provisioningState Updating with the new status and description, privateEndpoint null; "
         "header azure-asyncoperation .../locations/westus/operationsStatus/...); spec: "
         "Azure/azure-rest-api-specs specification/appconfiguration/resource-manager/"
         "Microsoft.AppConfiguration/stable/2024-06-01/appconfiguration.json responses 200/201, "
         "x-ms-long-running-operation true")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("doc: https://learn.microsoft.com/en-ie/dotnet/api/"
         "azure.resourcemanager.appconfiguration.models.appconfigurationprivatelinkserviceconnectionstatus "
         "(Approved, Disconnected, Pending, Rejected; App Configuration's own ConnectionStatus enum); recording "
         "shows Approved and Rejected")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_app_configuration.yaml (no Approving/Rejecting; the transition shows "
         "as provisioningState Updating)")),
    provisioning_states=Fact(
        ("Creating", "Updating", "Deleting", "Succeeded", "Failed", "Canceled"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_app_configuration.yaml shows Updating, Deleting, Succeeded; "
         "Creating/Failed/Canceled our inference from the service's ProvisioningState enum used by "
         "configurationStores in Azure/azure-rest-api-specs specification/appconfiguration/resource-manager/"
         "Microsoft.AppConfiguration/stable/2024-06-01/appconfiguration.json")),
    refused_transitions=Fact(
        DISCONNECTED_IS_FINAL,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_app_configuration.yaml (Approved -> Approved with a new description "
         "accepted 201; Approved -> Rejected accepted). Rejected -> Approved not exercised: our inference, "
         "unverified; " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows App Configuration store refusing a write that repeats the current "
         "status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; nothing App Configuration-specific recorded; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("configurationStores",),
        ("our inference: the test picks group_id from `private-link-resource list` (App Configuration's "
         "documented sub-resource is configurationStores); the recording's connection bodies carry no groupIds")),
)

ATTESTATION_PROVIDER = ResourceType(
    arm_type="Microsoft.Attestation/attestationProviders",
    label="Microsoft Azure Attestation provider",
    names=("attestation_provider", "attestation"),
    parent_option="provider_name",
    api_version=Fact(
        "2021-06-01",
        ("spec example: Azure/azure-rest-api-specs specification/attestation/resource-manager/"
         "Microsoft.Attestation/stable/2021-06-01/examples/AttestationProviderPutPrivateEndpointConnection.json "
         "(newest stable Attestation folder with the connection operations)")),
    api_versions_seen=Fact(
        ("2020-10-01", "2021-06-01"),
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers "
         "'Microsoft.Attestation/attestationProviders', '2020-10-01', hasConnectionsURI true; no recording found")),
    connections_listing=Fact(
        "collection",
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs hasConnectionsURI true; spec "
         "PrivateEndpointConnections_List: our inference (example "
         "AttestationProviderListPrivateEndpointConnections.json not read)")),
    list_paged=Fact(False, "our inference: common-types PrivateEndpointConnectionListResult (value only)"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/attestation/resource-manager/"
         "Microsoft.Attestation/stable/2021-06-01/examples/AttestationProviderPutPrivateEndpointConnection.json")),
    get_missing=_missing_is_404(
        "attestation/resource-manager/Microsoft.Attestation/stable/2021-06-01/attestation.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200,), lro=False, body_at_once="Succeeded"),
        ("spec example: Azure/azure-rest-api-specs specification/attestation/resource-manager/"
         "Microsoft.Attestation/stable/2021-06-01/examples/AttestationProviderPutPrivateEndpointConnection.json "
         "(only 200, body provisioningState 'Succeeded')")),
    put_settle_seconds=Fact((0, 5), "our inference: synchronous"),
    delete=Fact(
        Answer(codes=(200, 204), lro=False),
        ("spec example: Azure/azure-rest-api-specs specification/attestation/resource-manager/"
         "Microsoft.Attestation/stable/2021-06-01/examples/"
         "AttestationProviderDeletePrivateEndpointConnection.json (200, 204)")),
    actions_field=Fact(
        "actionsRequired",
        "our inference: common-types PrivateLinkServiceConnectionState (v1); the example omits it"),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("spec example: Azure/azure-rest-api-specs specification/attestation/resource-manager/"
         "Microsoft.Attestation/stable/2021-06-01/examples/AttestationProviderPutPrivateEndpointConnection.json "
         "(privateLinkServiceConnectionState {status, description})")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/attestation/resource-manager/"
         "Microsoft.Attestation/stable/2021-06-01/examples/AttestationProviderPutPrivateEndpointConnection.json")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/attestation/resource-manager/"
         "Microsoft.Attestation/stable/2021-06-01/examples/AttestationProviderPutPrivateEndpointConnection.json "
         "(only 200, body provisioningState 'Succeeded')")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        "our inference: common-types PrivateEndpointServiceConnectionStatus"),
    transitional_statuses=_no_transitional(
        "attestation/resource-manager/Microsoft.Attestation/stable/2021-06-01/attestation.json",
        ("Pending", "Approved", "Rejected")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Deleting", "Failed"),
        "our inference: common-types PrivateEndpointConnectionProvisioningState; example shows Succeeded"),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: possibly refused"),) + DISCONNECTED_IS_FINAL,
        _REJECTED_NOT_TRIED),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Microsoft Azure Attestation provider refusing a write that repeats the "
         "current status")),
    busy_codes=Fact(
        (),
        _NO_BUSY_CODE),
    group_ids=Fact(
        ("standard",),
        "our inference: Azure Attestation private endpoint docs (sub-resource 'standard')"),
)

RESOURCE_MANAGEMENT_PRIVATE_LINK = ResourceType(
    arm_type="Microsoft.Authorization/resourceManagementPrivateLinks",
    label="Resource Management private link",
    names=("resource_management_private_link", "rmpl", "arm_private_link"),
    parent_option="rmpl_name",
    api_version=Fact(
        "2020-05-01",
        ("spec: Azure/azure-rest-api-specs specification/resources/resource-manager/"
         "Microsoft.Authorization/stable/2020-05-01/privateLinks.json (only stable version of the parent; the "
         "connection operations are NOT in any spec) ; recording: Azure/azure-cli src/azure-cli/azure/cli/"
         "command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_resourcemanagementprivatelink.yaml uses 2020-05-01 for parent and "
         "connection calls")),
    api_versions_seen=Fact(
        ("2020-05-01",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_resourcemanagementprivatelink.yaml (Dec 2023, Azure CLI 2.55); "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py (register_providers) registers "
         "'Microsoft.Authorization/resourceManagementPrivateLinks', '2020-05-01'")),
    connections_listing=Fact(
        "collection",
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers "
         "('Microsoft.Authorization/resourceManagementPrivateLinks', '2020-05-01', hasConnectionsURI true) and "
         "the Azure CLI registers support_list True, i.e. GET .../"
         "resourceManagementPrivateLinks/{name}/privateEndpointConnections is used by both tools; not in any "
         "spec; the recording Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_private_endpoint_connection_resourcemanagementprivatelink.yaml lists through the "
         "parent GET properties.privateEndpointConnections (full objects), which also works")),
    list_paged=Fact(False, "our inference: no nextLink seen; the parent body carries all connections"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_resourcemanagementprivatelink.yaml")),
    get_missing=Fact(404, _GET_MISSING_404 + "; no spec declares the connection operations of this type"),
    put=Fact(
        Answer(codes=(202,), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_resourcemanagementprivatelink.yaml (approve and reject PUT answered "
         "202 Accepted with body {\"status\":\"Accepted\"} and header azure-asyncoperation https://"
         "management.azure.com/providers/Microsoft.Authorization/operationStatus/{opaque "
         "token}?api-version=2020-05-01 — a TENANT-level URL, no Location)")),
    put_settle_seconds=Fact(
        (1, 12),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_resourcemanagementprivatelink.yaml (approve PUT 08:58:56, GET at "
         "08:59:07 Approved/Succeeded; reject PUT 08:59:08, GET at 08:59:19 Rejected/Succeeded)")),
    delete=Fact(
        Answer(codes=(202,), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_resourcemanagementprivatelink.yaml (DELETE answered 202 with body "
         "{\"status\":\"Accepted\"} and the same tenant-level operationStatus header); 200/204: unknown")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_resourcemanagementprivatelink.yaml (after a write the state shows "
         "\"actionsRequired\":\"None\"; before, only status and description)")),
    writable_fields=Fact(
        ("status", "description"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_resourcemanagementprivatelink.yaml (the Azure CLI echoed the GET "
         "body; a null description made the service drop the description entirely)")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_resourcemanagementprivatelink.yaml")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_resourcemanagementprivatelink.yaml (approve and reject PUT answered "
         "202 Accepted with body {\"status\":\"Accepted\"} and header azure-asyncoperation https://"
         "management.azure.com/providers/Microsoft.Authorization/operationStatus/{opaque "
         "token}?api-version=2020-05-01 — a TENANT-level URL, no Location)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_resourcemanagementprivatelink.yaml (Approved, Rejected); Pending: "
         "our inference")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_resourcemanagementprivatelink.yaml")),
    provisioning_states=Fact(
        ("Succeeded",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_resourcemanagementprivatelink.yaml (only Succeeded seen); others "
         "unknown")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: refused (MicrosoftDocs/azure-docs #115121)"),) + DISCONNECTED_IS_FINAL,
        ("our inference: Approved->Approved and Approved->Rejected recorded as accepted (Azure/azure-cli src/"
         "azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_resourcemanagementprivatelink.yaml); " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Resource Management private link refusing a write that repeats the "
         "current status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        _ARM_BUSY_CODE),
    group_ids=Fact(
        ("ResourceManagement",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_resourcemanagementprivatelink.yaml (groupIds "
         "[\"ResourceManagement\"] on the private endpoint)")),
)

AUTOMATION_ACCOUNT = ResourceType(
    arm_type="Microsoft.Automation/automationAccounts",
    label="Automation account",
    names=("automation_account", "automation"),
    parent_option="automation_account_name",
    api_version=Fact(
        "2020-01-13-preview",
        ("spec: Azure/azure-rest-api-specs specification/automation/resource-manager/Microsoft.Automation/"
         "preview/2020-01-13-preview/privateEndpointConnection.json — the connection operations exist ONLY in "
         "this preview folder; no stable Automation folder (2015-10-31 … 2023-11-01) has "
         "PrivateEndpointConnection examples or operations (find_files listing of stable/2023-11-01: none); "
         "Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs and Azure/azure-cli src/azure-cli/azure/cli/"
         "command_modules/network/private_link_resource_and_endpoint_connections/custom.py (register_providers) "
         "both use 2020-01-13-preview")),
    api_versions_seen=Fact(
        ("2020-01-13-preview",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_automation.yaml (May 2021, Azure CLI 2.23)")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_automation.yaml (GET .../automationAccounts/{name}/"
         "privateEndpointConnections?api-version=2020-01-13-preview answered 200 {value:[...]}); "
         "Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs hasConnectionsURI true; spec example "
         "PrivateEndpointConnectionListGet.json")),
    list_paged=Fact(
        False,
        ("our inference: spec example PrivateEndpointConnectionListGet.json has only 'value' (no nextLink); the "
         "recorded list had one entry")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_automation.yaml")),
    get_missing=_missing_is_404(
        "automation/resource-manager/Microsoft.Automation/preview/2020-01-13-preview/privateEndpointConnection.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200, 202), lro=True, async_header="Location", body_at_once="Succeeded"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_automation.yaml (reject PUT answered 200 at once, body "
         "properties.provisioningState 'Succeeded' + status Rejected — the ONLY place provisioningState ever "
         "appeared); spec example: Azure/azure-rest-api-specs specification/automation/resource-manager/"
         "Microsoft.Automation/preview/2020-01-13-preview/examples/PrivateEndpointConnectionUpdate.json "
         "(responses 200 and 202); 202 with Location: our inference from the delete example")),
    put_settle_seconds=Fact(
        (0, 15),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_automation.yaml (05:03:45 PUT 200 Rejected; the next GET at 05:03:57 "
         "showed Rejected)")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Location"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_automation.yaml (DELETE answered 200, empty body, synchronously); "
         "spec example: Azure/azure-rest-api-specs specification/automation/resource-manager/"
         "Microsoft.Automation/preview/2020-01-13-preview/examples/PrivateEndpointConnectionDelete.json (200; "
         "202 with Location .../privateEndpointConnections/{name}/operationResults/{op}; 204)")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_automation.yaml (\"actionsRequired\":\"None\")")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec example: Azure/azure-rest-api-specs specification/automation/resource-manager/"
         "Microsoft.Automation/preview/2020-01-13-preview/examples/PrivateEndpointConnectionUpdate.json (PUT "
         "body properties.privateLinkServiceConnectionState {status, description})")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/automation/resource-manager/"
         "Microsoft.Automation/preview/2020-01-13-preview/examples/PrivateEndpointConnectionUpdate.json; "
         "recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_automation.yaml (the Azure CLI's echoed GET body with description "
         "null was accepted)")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_automation.yaml (reject PUT answered 200 at once, body "
         "properties.provisioningState 'Succeeded' + status Rejected — the ONLY place provisioningState ever "
         "appeared); spec example: Azure/azure-rest-api-specs specification/automation/resource-manager/"
         "Microsoft.Automation/preview/2020-01-13-preview/examples/PrivateEndpointConnectionUpdate.json "
         "(responses 200 and 202); 202 with Location: our inference from the delete example")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_automation.yaml (Approved, Rejected); Pending/Disconnected: our "
         "inference (common PrivateLinkServiceConnectionState)")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_automation.yaml (none seen)")),
    provisioning_states=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_automation.yaml (GET and list bodies carry NO provisioningState; "
         "only the PUT answer carried 'Succeeded'. The Azure CLI's waiter, looking for Succeeded/Ready on GET, "
         "polled ~every 11 s from 05:01:4x to 05:03:43 before giving up on approve)")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: refused (MicrosoftDocs/azure-docs #115121)"),) + DISCONNECTED_IS_FINAL,
        ("our inference: recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/recordings/test_private_endpoint_connection_automation.yaml shows Approved -> Rejected "
         "accepted (200); " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        "our inference: no source shows Automation account refusing a write that repeats the current status"),
    busy_codes=Fact(
        (),
        _NO_BUSY_CODE),
    group_ids=Fact(
        ("Webhook", "DSCAndHybridWorker"),
        ("our inference: Azure Automation private link docs (learn.microsoft.com/azure/"
         "automation/how-to/private-link-security) name these two sub-resources; Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/test_private_endpoint_commands.py expects 2 private "
         "link resources")),
)

BATCH_ACCOUNT = ResourceType(
    arm_type="Microsoft.Batch/batchAccounts",
    label="Batch account",
    names=("batch_account", "batch"),
    parent_option="account_name",
    api_version=Fact(
        "2024-07-01",
        ("spec example: Azure/azure-rest-api-specs specification/batch/resource-manager/Microsoft.Batch/stable/"
         "2024-07-01/examples/PrivateEndpointConnectionUpdate.json (stable folder with "
         "PrivateEndpointConnection_Update); a 2025-06-01 version is the default of the newest generated Azure "
         "SDK for JS client (@azure/arm-batch) - not checked here")),
    api_versions_seen=Fact(
        ("2020-03-01", "2022-06-01", "2023-11-01", "2024-07-01"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_batch_account.yaml (connection list/show/delete sent "
         "api-version=2023-11-01, 2024-09-14); Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py (old registry 2020-03-01; Batch has its own "
         "BatchPrivateEndpointClient); Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs 2022-06-01")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_batch_account.yaml (GET .../"
         "batchAccounts/{name}/privateEndpointConnections answered {\"value\": [...]}); Azure/azure-powershell "
         "src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs "
         "hasConnectionsURI=true")),
    list_paged=Fact(
        True,
        ("our inference: Batch's list takes a maxresults query parameter and returns nextLink (Azure SDK for JS "
         "_listByBatchAccountSend uses {?api-version,maxresults}); the recorded single page had no nextLink key")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_batch_account.yaml")),
    get_missing=Fact(
        404,
        "our inference: spec declares 200 + default CloudError for PrivateEndpointConnection_Get"),
    put=Fact(
        Answer(codes=(200, 202), lro=True, async_header="Location", method="PATCH"),
        ("spec example: Azure/azure-rest-api-specs specification/batch/resource-manager/Microsoft.Batch/stable/"
         "2024-07-01/examples/PrivateEndpointConnectionUpdate.json (responses 200 with the connection and ETag "
         "header, or 202 with Location .../privateEndpointConnectionProxyResults/Updating$... and Retry-After "
         "15); generated SDKs list PATCH .../privateEndpointConnections/{name} expecting [200, 202]; later spec "
         "revisions add an Azure-AsyncOperation header on 202")),
    put_settle_seconds=Fact(
        None,
        ("our inference: no recording of an approve/reject on Batch (the CLI test runs _test_private_endpoint "
         "with approve=False, rejected=False)")),
    delete=Fact(
        Answer(codes=(202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_batch_account.yaml (DELETE answered 202 Accepted, empty body, with "
         "both azure-asyncoperation and location .../privateEndpointConnectionResults/Deleting$<name>$<guid>); "
         "generated SDKs expect [202, 204]")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_batch_account.yaml "
         "(privateLinkServiceConnectionState.actionsRequired: \"None\"); note the newer .NET SDK model names it "
         "actionRequired but the wire name recorded is actionsRequired; it is read-only in the Batch spec")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec example: Azure/azure-rest-api-specs specification/batch/resource-manager/Microsoft.Batch/stable/"
         "2024-07-01/examples/PrivateEndpointConnectionUpdate.json (PATCH body carries status and description; "
         "actionsRequired is read-only)")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState (sent with PATCH, optional If-Match etag)",
        ("spec example: Azure/azure-rest-api-specs specification/batch/resource-manager/Microsoft.Batch/stable/"
         "2024-07-01/examples/PrivateEndpointConnectionUpdate.json")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/batch/resource-manager/Microsoft.Batch/stable/"
         "2024-07-01/examples/PrivateEndpointConnectionUpdate.json (responses 200 with the connection and ETag "
         "header, or 202 with Location .../privateEndpointConnectionProxyResults/Updating$... and Retry-After "
         "15); generated SDKs list PATCH .../privateEndpointConnections/{name} expecting [200, 202]; later spec "
         "revisions add an Azure-AsyncOperation header on 202")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("doc: https://learn.microsoft.com/en-us/dotnet/api/"
         "microsoft.azure.management.batch.models.privatelinkserviceconnectionstatus (Approved, Pending, "
         "Rejected, Disconnected; same in azure-mgmt-batch PrivateLinkServiceConnectionStatus)")),
    transitional_statuses=Fact(
        (),
        "our inference: none in the Batch enum; transitions show as provisioningState Updating"),
    provisioning_states=Fact(
        ("Creating", "Updating", "Deleting", "Succeeded", "Failed", "Cancelled"),
        ("doc: https://learn.microsoft.com/en-ie/dotnet/api/"
         "azure.resourcemanager.batch.models.batchprivateendpointconnectionprovisioningstate.cancelled (Batch's "
         "own enum incl. Cancelled); recording shows Succeeded")),
    refused_transitions=Fact(
        DISCONNECTED_IS_FINAL,
        "our inference: nothing recorded or documented for Batch; " + _DISCONNECTED_SOURCE),
    resends_same_status=Fact(
        True,
        "our inference: no source shows Batch account refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; nothing Batch-specific recorded; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("batchAccount", "nodeManagement"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_batch_account.yaml (groupIds [\"batchAccount\"]); nodeManagement is "
         "Batch's second documented sub-resource (doc: https://"
         "learn.microsoft.com/azure/batch/private-connectivity) - our inference for the table")),
)

BOT_SERVICE = ResourceType(
    arm_type="Microsoft.BotService/botServices",
    label="Azure Bot",
    names=("bot_service", "azure_bot", "bot"),
    parent_option="bot_name",
    api_version=Fact(
        "2022-09-15",
        ("spec example: Azure/azure-rest-api-specs specification/botservice/resource-manager/"
         "Microsoft.BotService/stable/2022-09-15/examples/PutPrivateEndpointConnection.json (and .../"
         "examples/DeletePrivateEndpointConnection.json): the stable 2022-09-15 folder has the PEC operations; "
         "the recording (Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_abs_privatendpoint_with_default.yaml) used 2021-03-01")),
    api_versions_seen=Fact(
        ("2021-03-01", "2021-05-01-preview", "2022-09-15"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_abs_privatendpoint_with_default.yaml (Aug 2022, Azure CLI 2.39 sends 2021-03-01); "
         "Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers 'Microsoft.BotService/botServices', "
         "'2021-05-01-preview', hasConnectionsURI true")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_abs_privatendpoint_with_default.yaml (GET .../botServices/{bot}/privateEndpointConnections "
         "answered {value:[...]}) — BUT see notes: list items have a broken id/name")),
    list_paged=Fact(
        False,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_abs_privatendpoint_with_default.yaml (only 'value')")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_abs_privatendpoint_with_default.yaml")),
    get_missing=_missing_is_404(
        "botservice/resource-manager/Microsoft.BotService/stable/2022-09-15/botservice.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200,), lro=False, body_at_once="Succeeded"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_abs_privatendpoint_with_default.yaml (approve and reject PUTs answered 200 synchronously, no "
         "async header, body with the new status and provisioningState 'Succeeded'; each PUT took ~10-12 s to "
         "answer)")),
    put_settle_seconds=Fact(
        (0, 15),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_abs_privatendpoint_with_default.yaml (answer itself is final; GETs 11 s later identical)")),
    delete=Fact(
        Answer(codes=(200, 204), lro=False),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_abs_privatendpoint_with_default.yaml (DELETE answered 200, empty body, no async header; the next "
         "list 32 s later no longer had it); 204: our inference")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_abs_privatendpoint_with_default.yaml (GET shows actionsRequired 'None'; the PUT answer omitted "
         "it)")),
    writable_fields=Fact(
        ("status", "description"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_abs_privatendpoint_with_default.yaml (description 'descriptionMsg' sent and stored; "
         "actionsRequired echoed back only on GET)")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_abs_privatendpoint_with_default.yaml (the Azure CLI's echoed GET body, including groupIds, was "
         "accepted)")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_abs_privatendpoint_with_default.yaml (approve and reject PUTs answered 200 synchronously, no "
         "async header, body with the new status and provisioningState 'Succeeded'; each PUT took ~10-12 s to "
         "answer)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_abs_privatendpoint_with_default.yaml (Pending, Approved ('Auto-Approved' for auto-approved), "
         "Rejected)")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_abs_privatendpoint_with_default.yaml")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Deleting", "Failed"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_abs_privatendpoint_with_default.yaml (Succeeded throughout); others: our inference")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: possibly refused"),) + DISCONNECTED_IS_FINAL,
        ("our inference: recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/recordings/test_abs_privatendpoint_with_default.yaml shows Pending->Approved->Rejected "
         "accepted; " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        "our inference: no source shows Azure Bot refusing a write that repeats the current status"),
    busy_codes=Fact(
        (),
        _NO_BUSY_CODE),
    group_ids=Fact(
        ("Bot", "Token"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_abs_privatendpoint_with_default.yaml (the endpoint asked for group id 'bot'; the connection "
         "reports groupIds ['Bot','Token'])")),
)

REDIS = ResourceType(
    arm_type="Microsoft.Cache/Redis",
    label="Azure Cache for Redis",
    names=("redis", "redis_cache", "cache_redis"),
    parent_option="cache_name",
    api_version=Fact(
        "2024-11-01",
        ("spec: Azure/azure-rest-api-specs specification/redis/resource-manager/"
         "Microsoft.Cache/stable/2024-11-01/redis.json (newest stable folder with PrivateEndpointConnections_* "
         "and examples)")),
    api_versions_seen=Fact(
        ("2019-07-01", "2021-06-01", "2024-11-01"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acfr.yaml (connection calls api-version=2021-06-01, Jan 2024; the "
         "Azure-AsyncOperation URL carries api-version=2019-07-01); Azure/azure-powershell src/Network/Network/"
         "PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs 2021-06-01")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acfr.yaml (GET .../Redis/{name}/privateEndpointConnections answered "
         "{\"value\": [...]}, and {\"value\": []} after the delete); Azure/azure-powershell src/Network/Network/"
         "PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs hasConnectionsURI=true")),
    list_paged=Fact(
        False,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acfr.yaml (list bodies have only value, no nextLink); our inference "
         "that it is a single page")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acfr.yaml")),
    get_missing=Fact(
        404,
        "our inference: the spec declares 200 + default ErrorResponse for PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(201, 200), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acfr.yaml (reject PUT answered 201 Created; body already showed "
         "status Rejected, description \"\" and NO provisioningState; headers azure-asyncoperation and location "
         ".../providers/Microsoft.Cache/locations/West US/asyncOperations/{id}?api-version=2019-07-01); spec "
         "example: Azure/azure-rest-api-specs specification/redis/resource-manager/Microsoft.Cache/stable/"
         "2024-11-01/examples/RedisCachePutPrivateEndpointConnection.json (200 and 201)")),
    put_settle_seconds=Fact(
        (0, 11),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acfr.yaml (PUT 11:55:15; the first GET 11 s later and every GET "
         "after it show Rejected; the connection never carries provisioningState so the end of the write can "
         "only be read from the Azure-AsyncOperation URL)")),
    delete=Fact(
        Answer(codes=(200, 204), lro=False),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acfr.yaml (DELETE answered 200 with empty body, no async header; the "
         "list right after was empty); spec example: Azure/azure-rest-api-specs specification/redis/"
         "resource-manager/Microsoft.Cache/stable/2024-11-01/examples/"
         "RedisCacheDeletePrivateEndpointConnection.json (200, 204)")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acfr.yaml (actionsRequired: \"None\"); spec example: "
         "Azure/azure-rest-api-specs specification/redis/resource-manager/Microsoft.Cache/stable/2024-11-01/"
         "examples/RedisCachePutPrivateEndpointConnection.json")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("spec example: Azure/azure-rest-api-specs specification/redis/resource-manager/Microsoft.Cache/stable/"
         "2024-11-01/examples/RedisCachePutPrivateEndpointConnection.json (status, description); recording: the "
         "CLI also sent actionsRequired \"None\" with the echoed GET body and it was accepted")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/redis/resource-manager/Microsoft.Cache/stable/"
         "2024-11-01/examples/RedisCachePutPrivateEndpointConnection.json")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acfr.yaml (reject PUT answered 201 Created; body already showed "
         "status Rejected, description \"\" and NO provisioningState; headers azure-asyncoperation and location "
         ".../providers/Microsoft.Cache/locations/West US/asyncOperations/{id}?api-version=2019-07-01); spec "
         "example: Azure/azure-rest-api-specs specification/redis/resource-manager/Microsoft.Cache/stable/"
         "2024-11-01/examples/RedisCachePutPrivateEndpointConnection.json (200 and 201)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        ("our inference: redis.json uses the common-types PrivateEndpointServiceConnectionStatus (spec: "
         "Azure/azure-rest-api-specs specification/common-types/resource-management/v5/privatelinks.json); "
         "Approved and Rejected recorded")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acfr.yaml")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Deleting", "Failed"),
        ("our inference: common-types PrivateEndpointConnectionProvisioningState; NOTE the recorded "
         "GET/PUT/list bodies carry NO provisioningState at all (spec example shows Succeeded)")),
    refused_transitions=Fact(
        DISCONNECTED_IS_FINAL,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acfr.yaml (Approved -> Rejected accepted). Rejected -> Approved not "
         "exercised: our inference, unverified; " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        "our inference: no source shows Azure Cache for Redis refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; a cache that is itself updating/scaling is expected to refuse writes "
         "with 409; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("redisCache",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acfr.yaml (private endpoint created with --group-id redisCache; "
         "groupIds [\"redisCache\"])")),
)

REDIS_ENTERPRISE = ResourceType(
    arm_type="Microsoft.Cache/redisEnterprise",
    label="Azure Cache for Redis Enterprise / Azure Managed Redis cluster",
    names=("redis_enterprise", "managed_redis", "redisenterprise"),
    parent_option="cluster_name",
    api_version=Fact(
        "2024-10-01",
        ("spec: stable folders 2021-03-01 … 2024-02-01, 2024-10-01 of specification/"
         "redisenterprise/resource-manager/Microsoft.Cache (PrivateEndpointConnections_Get/Put/Delete/List in "
         "every one; examples read at 2024-02-01; 2024-10-01 is the newest stable folder listed — our inference "
         "that it keeps the same shapes)")),
    api_versions_seen=Fact(
        ("2021-03-01", "2024-02-01", "2024-10-01"),
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers 'Microsoft.Cache/redisEnterprise', "
         "'2021-03-01', hasConnectionsURI true; no recording found")),
    connections_listing=Fact(
        "collection",
        ("spec example: Azure/azure-rest-api-specs specification/redisenterprise/resource-manager/"
         "Microsoft.Cache/stable/2024-02-01/examples/RedisEnterpriseListPrivateEndpointConnections.json")),
    list_paged=Fact(
        False,
        ("our inference: PrivateEndpointConnectionListResult of common-types has no nextLink in this spec (Go "
         "SDK exposes a pager that ends after one page)")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/redisenterprise/resource-manager/"
         "Microsoft.Cache/stable/2024-02-01/examples/RedisEnterprisePutPrivateEndpointConnection.json")),
    get_missing=_missing_is_404(
        "redisenterprise/resource-manager/Microsoft.Cache/stable/2024-02-01/redisenterprise.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(201, 200), lro=True, async_header="Azure-AsyncOperation", body_at_once="Succeeded|Updating"),
        ("spec example: Azure/azure-rest-api-specs specification/redisenterprise/resource-manager/"
         "Microsoft.Cache/stable/2024-02-01/examples/RedisEnterprisePutPrivateEndpointConnection.json (201 with "
         "body provisioningState 'Succeeded'); Azure/azure-sdk-for-go armredisenterprise example "
         "PrivateEndpointConnectionsClient_BeginPut (Put is long-running); 200, the header and an Updating "
         "body: our inference")),
    put_settle_seconds=Fact(
        (5, 60),
        ("our inference: no recording; the spec example's PUT is long-running (see put), so a span like those of "
         + _RECORDED_SPANS)),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("spec example: Azure/azure-rest-api-specs specification/redisenterprise/resource-manager/"
         "Microsoft.Cache/stable/2024-02-01/examples/RedisEnterpriseDeletePrivateEndpointConnection.json (200; "
         "202 with Azure-AsyncOperation + Location; 204)")),
    actions_field=Fact(
        "actionsRequired",
        ("spec example: Azure/azure-rest-api-specs specification/redisenterprise/resource-manager/"
         "Microsoft.Cache/stable/2024-02-01/examples/RedisEnterprisePutPrivateEndpointConnection.json (response "
         "actionsRequired 'None'; common-types PrivateLinkServiceConnectionState)")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("spec example: Azure/azure-rest-api-specs specification/redisenterprise/resource-manager/"
         "Microsoft.Cache/stable/2024-02-01/examples/RedisEnterprisePutPrivateEndpointConnection.json (PUT body "
         "properties.privateLinkServiceConnectionState {status, description})")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/redisenterprise/resource-manager/"
         "Microsoft.Cache/stable/2024-02-01/examples/RedisEnterprisePutPrivateEndpointConnection.json")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/redisenterprise/resource-manager/"
         "Microsoft.Cache/stable/2024-02-01/examples/RedisEnterprisePutPrivateEndpointConnection.json (201 with "
         "body provisioningState 'Succeeded'); Azure/azure-sdk-for-go armredisenterprise example "
         "PrivateEndpointConnectionsClient_BeginPut (Put is long-running); 200, the header and an Updating "
         "body: our inference")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        "our inference: common-types PrivateEndpointServiceConnectionStatus (v1/v2) Pending/Approved/Rejected"),
    transitional_statuses=_no_transitional(
        "redisenterprise/resource-manager/Microsoft.Cache/stable/2024-02-01/redisenterprise.json",
        ("Pending", "Approved", "Rejected")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Deleting", "Failed"),
        "our inference: common-types PrivateEndpointConnectionProvisioningState; example shows Succeeded"),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: possibly refused"),) + DISCONNECTED_IS_FINAL,
        _REJECTED_NOT_TRIED),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Azure Cache for Redis Enterprise / Azure Managed Redis cluster "
         "refusing a write that repeats the current status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: the cluster refuses writes while it is Updating/scaling; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("redisEnterprise",),
        "our inference: Azure Cache for Redis Enterprise private link docs (group id 'redisEnterprise')"),
)

COGNITIVE_SERVICES = ResourceType(
    arm_type="Microsoft.CognitiveServices/accounts",
    label="Azure AI services / Cognitive Services account",
    names=("cognitive_services", "cognitiveservices", "ai_services", "openai"),
    parent_option="account_name",
    api_version=Fact(
        "2025-06-01",
        ("spec: Azure/azure-rest-api-specs specification/cognitiveservices/resource-manager/"
         "Microsoft.CognitiveServices/stable/2025-06-01/cognitiveservices.json (newest stable folder; PEC "
         "examples present, e.g. Azure/azure-rest-api-specs specification/cognitiveservices/resource-manager/"
         "Microsoft.CognitiveServices/stable/2025-06-01/examples/DeletePrivateEndpointConnection.json)")),
    api_versions_seen=Fact(
        ("2017-04-18", "2021-04-30", "2022-03-01", "2024-10-01", "2025-06-01"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/"
         "recordings/test_cognitiveservices_private_endpoint_connection.yaml (connection calls "
         "api-version=2022-03-01, May 2022); Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py 2021-04-30; Azure/azure-powershell src/"
         "Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs 2017-04-18; "
         "spec folders 2024-10-01, 2025-06-01")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/"
         "recordings/test_cognitiveservices_private_endpoint_connection.yaml (GET .../"
         "accounts/{name}/privateEndpointConnections answered {\"value\": [...]}); the parent GET also carries "
         "properties.privateEndpointConnections")),
    list_paged=Fact(
        False,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/"
         "recordings/test_cognitiveservices_private_endpoint_connection.yaml (list body has only value); our "
         "inference: single page")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/"
         "recordings/test_cognitiveservices_private_endpoint_connection.yaml")),
    get_missing=Fact(404, "our inference: spec declares 200 + default ErrorResponse"),
    put=Fact(
        Answer(codes=(200, 202), lro=True, async_header="Azure-AsyncOperation", body_at_once="Succeeded"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/"
         "recordings/test_cognitiveservices_private_endpoint_connection.yaml (approve PUT answered 200 at once "
         "with provisioningState Succeeded and a new etag; reject PUT answered 200 with status Rejected, "
         "Succeeded, after 22 s server time - x-envoy-upstream-service-time 21958); spec example: "
         "Azure/azure-rest-api-specs specification/cognitiveservices/resource-manager/"
         "Microsoft.CognitiveServices/stable/2024-10-01/examples/PutPrivateEndpointConnection.json (200 and 202)")),
    put_settle_seconds=Fact(
        (0, 22),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/"
         "recordings/test_cognitiveservices_private_endpoint_connection.yaml (the PUT itself blocks until done: "
         "13:18:29 -> 13:18:51 for the reject; the next GET already shows the final state)")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/"
         "recordings/test_cognitiveservices_private_endpoint_connection.yaml (DELETE answered 200 with empty "
         "body after ~12 s server time; the list right after was empty); spec example: "
         "Azure/azure-rest-api-specs specification/cognitiveservices/resource-manager/"
         "Microsoft.CognitiveServices/stable/2025-06-01/examples/DeletePrivateEndpointConnection.json (200, 202 "
         "with azure-asyncoperation, 204)")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/"
         "recordings/test_cognitiveservices_private_endpoint_connection.yaml (actionsRequired: \"None\")")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec example: Azure/azure-rest-api-specs specification/cognitiveservices/resource-manager/"
         "Microsoft.CognitiveServices/stable/2024-10-01/examples/PutPrivateEndpointConnection.json")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState (the body may also carry location)",
        ("spec example: Azure/azure-rest-api-specs specification/cognitiveservices/resource-manager/"
         "Microsoft.CognitiveServices/stable/2024-10-01/examples/PutPrivateEndpointConnection.json; recording: "
         "the CLI echoed the GET body incl. etag and location and it was accepted")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/"
         "recordings/test_cognitiveservices_private_endpoint_connection.yaml (approve PUT answered 200 at once "
         "with provisioningState Succeeded and a new etag; reject PUT answered 200 with status Rejected, "
         "Succeeded, after 22 s server time - x-envoy-upstream-service-time 21958); spec example: "
         "Azure/azure-rest-api-specs specification/cognitiveservices/resource-manager/"
         "Microsoft.CognitiveServices/stable/2024-10-01/examples/PutPrivateEndpointConnection.json (200 and 202)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        ("our inference: cognitiveservices.json's PrivateEndpointServiceConnectionStatus (common-types shape); "
         "Approved and Rejected recorded")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/"
         "recordings/test_cognitiveservices_private_endpoint_connection.yaml")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Deleting", "Failed"),
        ("our inference: common-types PrivateEndpointConnectionProvisioningState shape; recording shows "
         "Succeeded only")),
    refused_transitions=Fact(
        DISCONNECTED_IS_FINAL,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/"
         "recordings/test_cognitiveservices_private_endpoint_connection.yaml (Approved -> Approved accepted "
         "200, Approved -> Rejected accepted). Rejected -> Approved not exercised: our inference, unverified; "
         + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Azure AI services / Cognitive Services account refusing a write that "
         "repeats the current status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("account",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/"
         "recordings/test_cognitiveservices_private_endpoint_connection.yaml (groupIds [\"account\"])")),
)

DISK_ACCESS = ResourceType(
    arm_type="Microsoft.Compute/diskAccesses",
    label="Disk access",
    names=("disk_access", "diskaccess"),
    parent_option="disk_access_name",
    api_version=Fact(
        "2025-01-02",
        ("spec: Azure/azure-rest-api-specs specification/compute/resource-manager/"
         "Microsoft.Compute/DiskRP/stable/2025-01-02/DiskRP.json (newest stable DiskRP folder, present in the "
         "index; PEC operations not re-read); real traffic used 2023-04-02")),
    api_versions_seen=Fact(
        ("2020-09-30", "2023-04-02", "2025-01-02"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_disk_access.yaml (connection calls api-version=2023-04-02, "
         "2025-06-17); Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py and Azure/azure-powershell src/Network/"
         "Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs 2020-09-30")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_disk_access.yaml (`private-endpoint-connection list --type "
         "Microsoft.Compute/diskAccesses` via GET .../privateEndpointConnections); recording: Azure/azure-cli "
         "src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_disk_access_private_endpoint.yaml (list showed the auto-approved connection)")),
    list_paged=Fact(
        True,
        "our inference: DiskRP's ListPrivateEndpointConnections is x-ms-pageable with nextLink"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_disk_access.yaml (note the body type string is 'Microsoft.Compute/"
         "diskAccesses/PrivateEndpointConnections' with a capital P)")),
    get_missing=Fact(404, "our inference: spec declares 200 + default CloudError"),
    put=Fact(
        Answer(codes=(202, 200), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_disk_access.yaml (reject PUT answered 202 Accepted with an EMPTY "
         "body; azure-asyncoperation .../providers/Microsoft.Compute/locations/westus/DiskOperations/{id} and "
         "location ...&monitor=true)")),
    put_settle_seconds=Fact(
        (23, 35),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_disk_access.yaml (PUT 13:55:21; GETs at 13:55:33 and 13:55:44 still "
         "showed Approved/'Auto-Approved' with provisioningState Succeeded; 13:55:56 showed Rejected)")),
    delete=Fact(
        Answer(codes=(202, 200, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_disk_access.yaml (DELETE answered 202 Accepted, empty body, "
         "azure-asyncoperation DiskOperations + location)")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_disk_access.yaml (actionsRequired: \"None\")")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_disk_access.yaml (PUT carried actionsRequired, description, status "
         "and was accepted)")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_disk_access.yaml")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_disk_access.yaml (reject PUT answered 202 Accepted with an EMPTY "
         "body; azure-asyncoperation .../providers/Microsoft.Compute/locations/westus/DiskOperations/{id} and "
         "location ...&monitor=true)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        ("our inference: DiskRP uses the common PrivateEndpointServiceConnectionStatus shape (spec: "
         "Azure/azure-rest-api-specs specification/common-types/resource-management/v5/privatelinks.json); "
         "Approved and Rejected recorded")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_disk_access.yaml")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Deleting", "Failed"),
        "our inference: common shape; recording shows only Succeeded (even during the pending write)"),
    refused_transitions=Fact(
        DISCONNECTED_IS_FINAL,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_disk_access.yaml (Approved -> Approved (approve on an auto-approved "
         "connection) and Approved -> Rejected accepted). Rejected -> Approved not exercised: our inference, "
         "unverified; " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        "our inference: no source shows Disk access refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("disks",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_disk_access_private_endpoint.yaml (private-link-resource name 'disks', --group-ids "
         "disks)")),
)

CONTAINER_REGISTRY = ResourceType(
    arm_type="Microsoft.ContainerRegistry/registries",
    label="Container registry",
    names=("container_registry", "acr", "registry"),
    parent_option="registry_name",
    api_version=Fact(
        "2025-04-01",
        ("spec: Azure/azure-rest-api-specs specification/containerregistry/resource-manager/"
         "Microsoft.ContainerRegistry/stable/2025-04-01/containerregistry.json (stable folder present in the "
         "index; Pulumi azure-native also lists a 2025-11-01 version, not checked)")),
    api_versions_seen=Fact(
        ("2019-12-01-preview", "2021-09-01", "2025-04-01"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acr.yaml (connection calls api-version=2019-12-01-preview, Dec 2021; "
         "response header api-supported-versions: 2019-12-01-preview, 2020-11-01-preview, 2021-06-01-preview, "
         "2021-08-01-preview, 2021-09-01, 2021-12-01-preview); Azure/azure-cli src/azure-cli/azure/cli/"
         "command_modules/network/private_link_resource_and_endpoint_connections/custom.py and "
         "Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs 2019-12-01-preview")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acr.yaml (GET .../registries/{name}/privateEndpointConnections "
         "answered {\"value\": [...]})")),
    list_paged=Fact(
        True,
        ("our inference: the ACR spec marks the list x-ms-pageable with nextLink; the recorded lists had no "
         "nextLink key")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acr.yaml")),
    get_missing=Fact(404, "our inference: spec declares 200 + default error"),
    put=Fact(
        Answer(codes=(201, 200), lro=True, async_header="Azure-AsyncOperation", body_at_once="Updating"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acr.yaml (reject PUT on a Pending connection answered 201 Created; "
         "the body still showed the OLD status Pending with provisioningState Updating; header "
         "azure-asyncoperation .../privateEndpointConnections/{name}/operationStatuses/...)")),
    put_settle_seconds=Fact(
        (1, 11),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acr.yaml (PUT 23:47:00; the next GET at 23:47:11 showed Rejected / "
         "Succeeded)")),
    delete=Fact(
        Answer(codes=(202, 200, 204), lro=True, async_header="Location"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acr.yaml (DELETE answered 202 Accepted, body 'null', Location .../"
         "providers/Microsoft.ContainerRegistry/locations/{region}/"
         "operationResults/privateendpointconnections-...; the connection was gone from the list 30 s later)")),
    actions_field=Fact(
        "actionsRequired",
        ("our inference: ACR's PrivateLinkServiceConnectionState has actionsRequired (enum None/Recreate); the "
         "recorded connection bodies omit the field entirely (only status and description)")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acr.yaml (PUT carried status and description, accepted)")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acr.yaml (the CLI echoed type, id, name, privateEndpoint, "
         "provisioningState back and ACR accepted it)")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acr.yaml (reject PUT on a Pending connection answered 201 Created; "
         "the body still showed the OLD status Pending with provisioningState Updating; header "
         "azure-asyncoperation .../privateEndpointConnections/{name}/operationStatuses/...)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("doc: https://learn.microsoft.com/en-my/dotnet/api/"
         "azure.resourcemanager.containerregistry.models.containerregistryprivatelinkserviceconnectionstatus "
         "(Approved, Pending, Rejected, Disconnected); recording shows Pending, Approved, Rejected")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acr.yaml (the write shows as provisioningState Updating with the old "
         "status)")),
    provisioning_states=Fact(
        ("Creating", "Updating", "Deleting", "Succeeded", "Failed", "Canceled"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acr.yaml shows Updating and Succeeded; the rest our inference from "
         "ACR's ProvisioningState enum")),
    refused_transitions=Fact(
        DISCONNECTED_IS_FINAL,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acr.yaml (Pending -> Approved and Pending -> Rejected accepted). "
         "Approved -> Rejected and Rejected -> Approved not exercised: our inference, unverified; "
         + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        "our inference: no source shows Container registry refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("registry",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_acr.yaml (private endpoint --group-id registry; consumer side "
         "groupIds [\"registry\"]). Geo-replicated registries also expose registry_data_<region>: our inference")),
)

AKS_CLUSTER = ResourceType(
    arm_type="Microsoft.ContainerService/managedClusters",
    label="AKS private cluster (API server private endpoint)",
    names=("aks_cluster", "managed_cluster", "aks"),
    parent_option="cluster_name",
    api_version=Fact(
        "2025-10-01",
        ("spec example: Azure/azure-rest-api-specs specification/containerservice/resource-manager/"
         "Microsoft.ContainerService/aks/stable/2025-10-01/examples/PrivateEndpointConnectionsUpdate.json "
         "(PrivateEndpointConnections_List/Get/Update/Delete in every AKS stable folder since 2020-11-01)")),
    api_versions_seen=Fact(
        ("2021-07-01", "2021-09-01", "2025-10-01"),
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers "
         "'Microsoft.ContainerService/managedClusters', '2021-07-01', hasConnectionsURI true; no recording found")),
    connections_listing=Fact(
        "collection",
        ("spec example: Azure/azure-rest-api-specs specification/containerservice/resource-manager/"
         "Microsoft.ContainerService/aks/stable/2025-10-01/examples/PrivateEndpointConnectionsList.json — "
         "PrivateEndpointConnections_List GET .../managedClusters/{name}/privateEndpointConnections (not "
         "x-ms-pageable: PrivateEndpointConnectionListResult {value})")),
    list_paged=Fact(
        False,
        ("spec: AKS PrivateEndpointConnections_List has no x-ms-pageable nextLink (our reading of the SDKs: Go "
         "returns a single PrivateEndpointConnectionListResult)")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/containerservice/resource-manager/"
         "Microsoft.ContainerService/aks/stable/2025-10-01/examples/PrivateEndpointConnectionsUpdate.json")),
    get_missing=_missing_is_404(
        "containerservice/resource-manager/Microsoft.ContainerService/aks/stable/2024-02-01/managedClusters.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200, 201), lro=False, body_at_once="Succeeded"),
        ("spec example: Azure/azure-rest-api-specs specification/containerservice/resource-manager/"
         "Microsoft.ContainerService/aks/stable/2025-10-01/examples/PrivateEndpointConnectionsUpdate.json (200 "
         "and 201 with body provisioningState 'Succeeded'); Azure/azure-sdk-for-go armcontainerservice example "
         "ExamplePrivateEndpointConnectionsClient_Update (plain Update, no poller; 2021-09-01 example)")),
    put_settle_seconds=Fact((0, 10), "our inference: synchronous"),
    delete=Fact(
        Answer(codes=(200, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("spec example: Azure/azure-rest-api-specs specification/containerservice/resource-manager/"
         "Microsoft.ContainerService/aks/stable/2025-10-01/examples/PrivateEndpointConnectionsDelete.json (200, "
         "204); long-running (Go BeginDelete) and header: our inference")),
    actions_field=Fact(
        None,
        ("spec example: Azure/azure-rest-api-specs specification/containerservice/resource-manager/"
         "Microsoft.ContainerService/aks/stable/2025-10-01/examples/PrivateEndpointConnectionsUpdate.json (AKS "
         "PrivateLinkServiceConnectionState has only status and description)")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec example: Azure/azure-rest-api-specs specification/containerservice/resource-manager/"
         "Microsoft.ContainerService/aks/stable/2025-10-01/examples/PrivateEndpointConnectionsUpdate.json (PUT "
         "body privateLinkServiceConnectionState {status})")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/containerservice/resource-manager/"
         "Microsoft.ContainerService/aks/stable/2025-10-01/examples/PrivateEndpointConnectionsUpdate.json")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/containerservice/resource-manager/"
         "Microsoft.ContainerService/aks/stable/2025-10-01/examples/PrivateEndpointConnectionsUpdate.json (200 "
         "and 201 with body provisioningState 'Succeeded'); Azure/azure-sdk-for-go armcontainerservice example "
         "ExamplePrivateEndpointConnectionsClient_Update (plain Update, no poller; 2021-09-01 example)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        "spec: AKS ConnectionStatus enum (Pending, Approved, Rejected, Disconnected)"),
    transitional_statuses=_no_transitional(
        "containerservice/resource-manager/Microsoft.ContainerService/aks/stable/2024-02-01/managedClusters.json",
        ("Pending", "Approved", "Rejected", "Disconnected")),
    provisioning_states=Fact(
        ("Canceled", "Creating", "Deleting", "Failed", "Succeeded"),
        "spec: AKS PrivateEndpointConnectionProvisioningState enum"),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: possibly refused"),) + DISCONNECTED_IS_FINAL,
        _REJECTED_NOT_TRIED),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows AKS private cluster (API server private endpoint) refusing a write "
         "that repeats the current status")),
    busy_codes=Fact(
        ("OperationNotAllowed",),
        ("our inference: AKS refuses changes while the cluster is Updating ('OperationNotAllowed ... in progress'); "
         + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("management",),
        "our inference: AKS private cluster docs (private link sub-resource 'management')"),
)

MARIADB_SERVER = ResourceType(
    arm_type="Microsoft.DBforMariaDB/servers",
    label="Azure Database for MariaDB server (retired)",
    names=("mariadb_server", "mariadb"),
    parent_option="server_name",
    api_version=Fact(
        "2018-06-01",
        ("spec: Azure/azure-rest-api-specs specification/mariadb/resource-manager/Microsoft.DBforMariaDB/stable/"
         "2018-06-01/PrivateEndpointConnections.json (single-server API; the only stable version with "
         "connections for this type; not re-read this session)")),
    api_versions_seen=Fact(
        ("2018-06-01",),
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers 'Microsoft.DBforMariaDB/servers', "
         "'2018-06-01', hasConnectionsURI true")),
    connections_listing=Fact(
        "collection",
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API); a MariaDB recording "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mariadb_private_link_scenario.yaml exists but was not read (GET .../"
         "servers/{name}/privateEndpointConnections)")),
    list_paged=Fact(True, "our inference: x-ms-pageable nextLink in the 2018-06-01 single-server specs"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API); a MariaDB recording "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mariadb_private_link_scenario.yaml exists but was not read")),
    get_missing=_missing_is_404(
        "mariadb/resource-manager/Microsoft.DBforMariaDB/stable/2018-06-01/PrivateEndpointConnections.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200, 202), lro=True, async_header="Azure-AsyncOperation"),
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API); a MariaDB recording "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mariadb_private_link_scenario.yaml exists but was not read")),
    put_settle_seconds=Fact(
        (20, 60),
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API); a MariaDB recording "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mariadb_private_link_scenario.yaml exists but was not read")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API); a MariaDB recording "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mariadb_private_link_scenario.yaml exists but was not read")),
    actions_field=Fact(
        "actionsRequired",
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API); a MariaDB recording "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mariadb_private_link_scenario.yaml exists but was not read")),
    writable_fields=Fact(
        ("status", "description"),
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API); a MariaDB recording "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mariadb_private_link_scenario.yaml exists but was not read")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API); a MariaDB recording "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mariadb_private_link_scenario.yaml exists but was not read")),
    writable=Fact(
        True,
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API); a MariaDB recording "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mariadb_private_link_scenario.yaml exists but was not read")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API); a MariaDB recording "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mariadb_private_link_scenario.yaml exists but was not read")),
    transitional_statuses=Fact(
        (),
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API); a MariaDB recording "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mariadb_private_link_scenario.yaml exists but was not read")),
    provisioning_states=Fact(
        ("Approving", "Ready", "Dropping", "Failed", "Rejecting"),
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API); a MariaDB recording "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mariadb_private_link_scenario.yaml exists but was not read")),
    refused_transitions=Fact(
        (Transition(current="Approved", wanted="Rejected",
                    answer=("400 PrivateEndpointConnectionStatusNotPending 'Private Endpoint Connection Status "
                            "is not Pending'")),
         Transition(current="Rejected", wanted="Approved",
                    answer=("400 PrivateEndpointConnectionStatusNotPending (our inference: any change from a "
                            "non-Pending status)")),) + DISCONNECTED_IS_FINAL,
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API); a MariaDB recording "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mariadb_private_link_scenario.yaml exists but was not read; same rule as "
         "Microsoft.Sql/servers (MicrosoftDocs/azure-docs #71740); " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Azure Database for MariaDB server (retired) refusing a write that "
         "repeats the current status")),
    busy_codes=Fact(
        ("ServerBusy",),
        _SINGLE_SERVER_BUSY),
    group_ids=Fact(
        ("mariadbServer",),
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API); a MariaDB recording "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mariadb_private_link_scenario.yaml exists but was not read: our inference for "
         "'mariadbServer'")),
)

MYSQL_FLEXIBLE_SERVER = ResourceType(
    arm_type="Microsoft.DBforMySQL/flexibleServers",
    label="MySQL flexible server",
    names=("mysql_flexible_server", "mysql_flexible", "mysql"),
    parent_option="server_name",
    api_version=Fact(
        "2024-12-30",
        ("spec: Azure/azure-rest-api-specs specification/mysql/resource-manager/Microsoft.DBforMySQL/"
         "FlexibleServers/stable/2024-12-30/openapi.json (first and newest stable with "
         "PrivateEndpointConnections_CreateOrUpdate/Delete/Get/ListByServer; in stable 2023-12-30 the "
         "connections are only a read-only array inside the server, Azure/azure-rest-api-specs specification/"
         "mysql/resource-manager/Microsoft.DBforMySQL/FlexibleServers/stable/2023-12-30/FlexibleServers.json "
         "ServerProperties.privateEndpointConnections readOnly)")),
    api_versions_seen=Fact(
        ("2024-12-30",),
        ("spec: spec folders; our inference: no recorded Azure CLI traffic found for MySQL flexible server "
         "connections (the azure-cli mysql module has no private-endpoint recording)")),
    connections_listing=Fact(
        "collection",
        ("spec: Azure/azure-rest-api-specs specification/mysql/resource-manager/Microsoft.DBforMySQL/"
         "FlexibleServers/stable/2024-12-30/openapi.json GET .../"
         "flexibleServers/{serverName}/privateEndpointConnections (PrivateEndpointConnections_ListByServer); "
         "with api-version 2023-12-30 or older only the parent's properties.privateEndpointConnections exists")),
    list_paged=Fact(
        True,
        ("our inference: the TypeSpec-generated list result carries nextLink (x-ms-pageable), as every list in "
         "Azure/azure-rest-api-specs specification/mysql/resource-manager/Microsoft.DBforMySQL/"
         "FlexibleServers/stable/2024-12-30/openapi.json")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec: Azure/azure-rest-api-specs specification/mysql/resource-manager/Microsoft.DBforMySQL/"
         "FlexibleServers/stable/2024-12-30/openapi.json")),
    get_missing=Fact(404, "our inference: spec GET lists only 200 + default ErrorResponse"),
    put=Fact(
        Answer(codes=(200, 201, 202), lro=True, async_header="Azure-AsyncOperation"),
        ("spec: Azure/azure-rest-api-specs specification/mysql/resource-manager/Microsoft.DBforMySQL/"
         "FlexibleServers/stable/2024-12-30/openapi.json PUT PrivateEndpointConnections_CreateOrUpdate, "
         "x-ms-long-running-operation true, final-state-via azure-async-operation, 201/202 with Location and "
         "Retry-After; async header Azure-AsyncOperation: our inference from the sibling PostgreSQL flexible "
         "server recording (Azure/azure-cli src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/"
         "recordings/test_postgres_flexible_server_private_endpoint_mgmt.yaml)")),
    put_settle_seconds=Fact(
        (1, 60),
        ("our inference: PostgreSQL flexible server (same Azure Database for open-source RP family) recorded "
         "the operation done within one 60 s poll")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Location"),
        ("spec: Azure/azure-rest-api-specs specification/mysql/resource-manager/Microsoft.DBforMySQL/"
         "FlexibleServers/stable/2024-12-30/openapi.json DELETE 200 / 202 (Location, Retry-After) / 204 (does "
         "not exist), final-state-via location")),
    actions_field=Fact(
        "actionsRequired",
        ("spec example: Azure/azure-rest-api-specs specification/mysql/resource-manager/Microsoft.DBforMySQL/"
         "FlexibleServers/stable/2024-12-30/examples/PrivateEndpointConnectionGet.json "
         "(\"actionsRequired\":\"None\"); spec: Azure/azure-rest-api-specs specification/common-types/"
         "resource-management/v5/privatelinks.json")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("spec: Azure/azure-rest-api-specs specification/common-types/resource-management/v5/privatelinks.json "
         "PrivateLinkServiceConnectionState")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec: Azure/azure-rest-api-specs specification/mysql/resource-manager/Microsoft.DBforMySQL/"
         "FlexibleServers/stable/2024-12-30/openapi.json body common-types v5 PrivateEndpointConnection")),
    writable=Fact(
        True,
        ("spec: Azure/azure-rest-api-specs specification/mysql/resource-manager/Microsoft.DBforMySQL/"
         "FlexibleServers/stable/2024-12-30/openapi.json PUT PrivateEndpointConnections_CreateOrUpdate, "
         "x-ms-long-running-operation true, final-state-via azure-async-operation, 201/202 with Location and "
         "Retry-After; async header Azure-AsyncOperation: our inference from the sibling PostgreSQL flexible "
         "server recording (Azure/azure-cli src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/"
         "recordings/test_postgres_flexible_server_private_endpoint_mgmt.yaml)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        ("spec: Azure/azure-rest-api-specs specification/common-types/resource-management/v5/privatelinks.json "
         "PrivateEndpointServiceConnectionStatus enum")),
    transitional_statuses=Fact((), "our inference: none documented"),
    provisioning_states=Fact(
        ("Ready", "Succeeded", "Creating", "Deleting", "Failed"),
        ("spec example: Azure/azure-rest-api-specs specification/mysql/resource-manager/Microsoft.DBforMySQL/"
         "FlexibleServers/stable/2024-12-30/examples/PrivateEndpointConnectionGet.json shows provisioningState "
         "'Ready' (SQL-style, outside the common-types enum Succeeded/Creating/Deleting/Failed of "
         "Azure/azure-rest-api-specs specification/common-types/resource-management/v5/privatelinks.json): "
         "treat both Ready and Succeeded as settled")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer=("unknown; our inference: refused like PostgreSQL flexible server (PUT 202, async "
                            "operation Failed) and per MicrosoftDocs/azure-docs #115121")),) + DISCONNECTED_IS_FINAL,
        ("our inference: no MySQL recording; PostgreSQL flexible server refuses Rejected->Approved through a "
         "Failed async operation (Azure/azure-cli src/azure-cli/azure/cli/command_modules/postgresql/tests/"
         "latest/recordings/test_postgres_flexible_server_private_endpoint_mgmt.yaml); " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        "our inference: no source shows MySQL flexible server refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress", "ServerBusy"),
        "our inference: flexible servers serialize management operations per server"),
    group_ids=Fact(
        ("mysqlServer",),
        ("our inference: Azure docs name the MySQL flexible server private link sub-resource 'mysqlServer' (the "
         "single-server type used the same, recorded in the Azure CLI's test_mysql_private_link_scenario)")),
)

MYSQL_SINGLE_SERVER = ResourceType(
    arm_type="Microsoft.DBforMySQL/servers",
    label="Azure Database for MySQL single server (retired)",
    names=("mysql_single_server", "mysql_server"),
    parent_option="server_name",
    api_version=Fact(
        "2018-06-01",
        ("spec: Azure/azure-rest-api-specs specification/mysql/resource-manager/Microsoft.DBforMySQL/stable/"
         "2018-06-01/PrivateEndpointConnections.json (single-server API; the only stable version with "
         "connections for this type; not re-read this session)")),
    api_versions_seen=Fact(
        ("2018-06-01",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mysql_private_link_scenario.yaml (Sep 2021, Azure CLI 2.28); Azure/azure-powershell "
         "src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs registers "
         "'Microsoft.DBforMySQL/servers', '2018-06-01', hasConnectionsURI true")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mysql_private_link_scenario.yaml (GET .../servers/{name}/privateEndpointConnections)")),
    list_paged=Fact(True, "our inference: x-ms-pageable nextLink in the 2018-06-01 single-server specs"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mysql_private_link_scenario.yaml")),
    get_missing=_missing_is_404(
        "mysql/resource-manager/Microsoft.DBforMySQL/stable/2018-06-01/PrivateEndpointConnections.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200, 202), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mysql_private_link_scenario.yaml (approve PUT answered 202 with a small body and "
         "azure-asyncoperation .../locations/{region}/privateEndpointConnectionAzureAsyncOperation/{id} + "
         "location .../privateEndpointConnectionOperationResults/{id}; GETs then showed provisioningState "
         "'Approving')")),
    put_settle_seconds=Fact(
        (20, 60),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mysql_private_link_scenario.yaml (PUT 05:51:30, provisioningState 'Approving' at "
         "+11/+22 s, 'Ready' at 05:52:04 = 34 s)")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mysql_private_link_scenario.yaml (DELETE 202 with body "
         "{\"operation\":\"DropElasticServerPrivateEndpointConnection\",\"startTime\":...}, "
         "azure-asyncoperation + location); 200/204: our inference")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mysql_private_link_scenario.yaml (\"actionsRequired\":\"None\")")),
    writable_fields=Fact(
        ("status", "description"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mysql_private_link_scenario.yaml (description 'You are approved!' stored)")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mysql_private_link_scenario.yaml (the Azure CLI's echoed GET body was accepted)")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mysql_private_link_scenario.yaml (approve PUT answered 202 with a small body and "
         "azure-asyncoperation .../locations/{region}/privateEndpointConnectionAzureAsyncOperation/{id} + "
         "location .../privateEndpointConnectionOperationResults/{id}; GETs then showed provisioningState "
         "'Approving')")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mysql_private_link_scenario.yaml (Pending/Approved); Rejected/Disconnected: spec enum")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mysql_private_link_scenario.yaml (transitions show only in provisioningState)")),
    provisioning_states=Fact(
        ("Approving", "Ready", "Dropping", "Failed", "Rejecting"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mysql_private_link_scenario.yaml (Approving then Ready — NOT 'Succeeded'); "
         "Dropping/Failed/Rejecting: spec enum (same as Microsoft.Sql/servers)")),
    refused_transitions=Fact(
        (Transition(current="Approved", wanted="Rejected",
                    answer=("400 PrivateEndpointConnectionStatusNotPending 'Private Endpoint Connection Status "
                            "is not Pending'")),
         Transition(current="Rejected", wanted="Approved",
                    answer=("400 PrivateEndpointConnectionStatusNotPending (our inference: any change from a "
                            "non-Pending status)")),) + DISCONNECTED_IS_FINAL,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mysql_private_link_scenario.yaml (reject of an Approved connection answered 400 Bad "
         "Request with that code/message at 05:52:05); same rule as Microsoft.Sql/servers "
         "(MicrosoftDocs/azure-docs #71740); " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Azure Database for MySQL single server (retired) refusing a write that "
         "repeats the current status")),
    busy_codes=Fact(
        ("ServerBusy",),
        _SINGLE_SERVER_BUSY),
    group_ids=Fact(
        ("mysqlServer",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_mysql_private_link_scenario.yaml (groupIds ['mysqlServer'])")),
)

POSTGRESQL_FLEXIBLE_SERVER = ResourceType(
    arm_type="Microsoft.DBforPostgreSQL/flexibleServers",
    label="PostgreSQL flexible server",
    names=("postgresql_flexible_server", "postgres_flexible", "pg_flexible", "postgresql"),
    parent_option="server_name",
    api_version=Fact(
        "2025-08-01",
        ("spec: Azure/azure-rest-api-specs specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/"
         "stable/2025-08-01/PrivateEndpointConnections.json (newest stable folder with "
         "PrivateEndpointConnection_Update/Delete and PrivateEndpointConnections_Get/ListByServer)")),
    api_versions_seen=Fact(
        ("2026-01-01-preview", "2025-08-01"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/"
         "test_postgres_flexible_server_private_endpoint_mgmt.yaml (April 2026, Azure CLI 2.85 sends "
         "2026-01-01-preview for every call)")),
    connections_listing=Fact(
        "collection",
        ("spec: Azure/azure-rest-api-specs specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/"
         "stable/2025-08-01/PrivateEndpointConnections.json PrivateEndpointConnections_ListByServer; recording: "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/"
         "test_postgres_flexible_server_private_endpoint_mgmt.yaml ('postgres flexible-server "
         "private-endpoint-connection list' and the server GET properties.privateEndpointConnections both carry "
         "them)")),
    list_paged=Fact(
        True,
        ("spec: Azure/azure-rest-api-specs specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/"
         "stable/2025-08-01/PrivateEndpointConnections.json x-ms-pageable nextLinkName nextLink")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/"
         "test_postgres_flexible_server_private_endpoint_mgmt.yaml")),
    get_missing=Fact(404, "our inference: spec GET lists only 200 + default ErrorResponse"),
    put=Fact(
        Answer(codes=(200, 201, 202), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/"
         "test_postgres_flexible_server_private_endpoint_mgmt.yaml (approve/reject PUT answered 202 Accepted "
         "with body {\"operation\":\"UpsertPrivateEndpointConnectionManagementOperation\",\"startTime\":...}, "
         "headers azure-asyncoperation .../providers/Microsoft.DBforPostgreSQL/"
         "locations/{loc}/azureAsyncOperation/{op} and location .../operationResults/{op}); spec: "
         "Azure/azure-rest-api-specs specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/stable/"
         "2025-08-01/PrivateEndpointConnections.json PUT 200/201/202 (Location), x-ms-long-running-operation "
         "true")),
    put_settle_seconds=Fact(
        (1, 60),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/"
         "test_postgres_flexible_server_private_endpoint_mgmt.yaml (reject PUT 21:39:34; operation InProgress "
         "at 21:39:35, Succeeded at the next poll 21:40:35 — the poller waited 60 s, so the true time is "
         "between 1 and 60 s)")),
    delete=Fact(
        Answer(codes=(202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/"
         "test_postgres_flexible_server_private_endpoint_mgmt.yaml (DELETE answered 202 body "
         "{\"operation\":\"DropPrivateEndpointConnectionManagementOperation\"}, azure-asyncoperation + "
         "location; operation Succeeded ~60 s later at the next poll); spec: Azure/azure-rest-api-specs "
         "specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/stable/"
         "2025-08-01/PrivateEndpointConnections.json DELETE 202 (Location) / 204 (does not exist), "
         "final-state-via azure-async-operation")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/"
         "test_postgres_flexible_server_private_endpoint_mgmt.yaml (\"actionsRequired\":\"None\"); spec: "
         "Azure/azure-rest-api-specs specification/common-types/resource-management/v5/privatelinks.json "
         "PrivateLinkServiceConnectionState.actionsRequired (string)")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("spec: Azure/azure-rest-api-specs specification/common-types/resource-management/v5/privatelinks.json "
         "PrivateLinkServiceConnectionState {status, description, actionsRequired}; "
         "PrivateEndpointConnectionProperties requires privateLinkServiceConnectionState")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/"
         "test_postgres_flexible_server_private_endpoint_mgmt.yaml (the Azure CLI sent {\"properties\": "
         "{\"privateEndpoint\": {}, \"privateLinkServiceConnectionState\": {\"status\": ..., \"description\": "
         "...}}} and it was accepted); spec: Azure/azure-rest-api-specs specification/postgresql/"
         "resource-manager/Microsoft.DBforPostgreSQL/stable/2025-08-01/PrivateEndpointConnections.json")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/"
         "test_postgres_flexible_server_private_endpoint_mgmt.yaml (approve/reject PUT answered 202 Accepted "
         "with body {\"operation\":\"UpsertPrivateEndpointConnectionManagementOperation\",\"startTime\":...}, "
         "headers azure-asyncoperation .../providers/Microsoft.DBforPostgreSQL/"
         "locations/{loc}/azureAsyncOperation/{op} and location .../operationResults/{op}); spec: "
         "Azure/azure-rest-api-specs specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/stable/"
         "2025-08-01/PrivateEndpointConnections.json PUT 200/201/202 (Location), x-ms-long-running-operation "
         "true")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        ("spec: Azure/azure-rest-api-specs specification/common-types/resource-management/v5/privatelinks.json "
         "PrivateEndpointServiceConnectionStatus enum; recording: Azure/azure-cli src/azure-cli/azure/cli/"
         "command_modules/postgresql/tests/latest/recordings/"
         "test_postgres_flexible_server_private_endpoint_mgmt.yaml shows all three")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/"
         "test_postgres_flexible_server_private_endpoint_mgmt.yaml (the connection GET after the operation "
         "shows the final status; no transitional status seen)")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Deleting", "Failed"),
        ("spec: Azure/azure-rest-api-specs specification/common-types/resource-management/v5/privatelinks.json "
         "PrivateEndpointConnectionProvisioningState enum; recording: Azure/azure-cli src/azure-cli/azure/cli/"
         "command_modules/postgresql/tests/latest/recordings/"
         "test_postgres_flexible_server_private_endpoint_mgmt.yaml shows Succeeded")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer=("PUT 202 accepted, then the Azure-AsyncOperation reports status 'Failed' with error "
                            "{code: 'InternalServerError', message: 'An unexpected error occured while "
                            "processing the request. Tracking ID: ...'} within ~1 s; the connection stays "
                            "Rejected")),) + DISCONNECTED_IS_FINAL,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/"
         "test_postgres_flexible_server_private_endpoint_mgmt.yaml (approve on a Rejected connection: PUT 202, "
         "async operation Failed/InternalServerError); Azure/azure-cli src/azure-cli/azure/cli/command_modules/"
         "postgresql/tests/latest/test_postgres_flexible_commands_private_endpoints.py "
         "(FlexibleServerPrivateEndpointsMgmtScenarioTest) runs it with expect_failure=True; Approved->Approved "
         "(approve an auto-approved connection) and Approved->Rejected recorded as accepted; " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows PostgreSQL flexible server refusing a write that repeats the current "
         "status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress", "ServerBusy"),
        ("our inference: flexible servers serialize management operations per server; not documented for "
         "connections")),
    group_ids=Fact(
        ("postgresqlServer",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/"
         "test_postgres_flexible_server_private_endpoint_mgmt.yaml (privateLinkResources groupId "
         "'postgresqlServer'; connection groupIds [\"postgresqlServer\"])")),
)

COSMOSDB_POSTGRESQL_CLUSTER = ResourceType(
    arm_type="Microsoft.DBforPostgreSQL/serverGroupsv2",
    label="Azure Cosmos DB for PostgreSQL cluster",
    names=("cosmosdb_postgresql_cluster", "postgresql_cluster", "server_group_v2"),
    parent_option="cluster_name",
    api_version=Fact(
        "2022-11-08",
        ("spec: Azure/azure-rest-api-specs specification/postgresqlhsc/resource-manager/"
         "Microsoft.DBforPostgreSQL/stable/2022-11-08/postgresqlhsc.json (the only stable folder; later "
         "versions are previews)")),
    api_versions_seen=Fact(("2022-11-08",), "spec: spec folder; no recording found in Azure/azure-cli"),
    connections_listing=Fact(
        "collection",
        ("spec example: Azure/azure-rest-api-specs specification/postgresqlhsc/resource-manager/"
         "Microsoft.DBforPostgreSQL/stable/2022-11-08/examples/PrivateEndpointConnectionsListByCluster.json "
         "(PrivateEndpointConnections_ListByCluster)")),
    list_paged=Fact(False, "our inference: the list example returns only value; treat nextLink if present"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/postgresqlhsc/resource-manager/"
         "Microsoft.DBforPostgreSQL/stable/2022-11-08/examples/PrivateEndpointConnectionCreateOrUpdate.json")),
    get_missing=Fact(404, "our inference: spec declares 200 + default ErrorResponse"),
    put=Fact(
        Answer(codes=(200, 201), lro=True, async_header="Azure-AsyncOperation", body_at_once="Ready"),
        ("spec example: Azure/azure-rest-api-specs specification/postgresqlhsc/resource-manager/"
         "Microsoft.DBforPostgreSQL/stable/2022-11-08/examples/PrivateEndpointConnectionCreateOrUpdate.json "
         "(200 with the connection; 201 with Azure-AsyncOperation .../"
         "locations/{region}/azureAsyncOperation/{id} and Location .../operationResults/{id}; both bodies show "
         "provisioningState 'Ready')")),
    put_settle_seconds=Fact(None, "our inference: no recording found"),
    delete=Fact(
        Answer(codes=(202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("spec example: Azure/azure-rest-api-specs specification/postgresqlhsc/resource-manager/"
         "Microsoft.DBforPostgreSQL/stable/2022-11-08/examples/PrivateEndpointConnectionsDelete.json (202 with "
         "Azure-AsyncOperation and Location, 204)")),
    actions_field=Fact(
        "actionsRequired",
        ("spec example: Azure/azure-rest-api-specs specification/postgresqlhsc/resource-manager/"
         "Microsoft.DBforPostgreSQL/stable/2022-11-08/examples/PrivateEndpointConnectionCreateOrUpdate.json "
         "(actionsRequired: \"None\")")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec example: Azure/azure-rest-api-specs specification/postgresqlhsc/resource-manager/"
         "Microsoft.DBforPostgreSQL/stable/2022-11-08/examples/PrivateEndpointConnectionCreateOrUpdate.json")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/postgresqlhsc/resource-manager/"
         "Microsoft.DBforPostgreSQL/stable/2022-11-08/examples/PrivateEndpointConnectionCreateOrUpdate.json")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/postgresqlhsc/resource-manager/"
         "Microsoft.DBforPostgreSQL/stable/2022-11-08/examples/PrivateEndpointConnectionCreateOrUpdate.json "
         "(200 with the connection; 201 with Azure-AsyncOperation .../"
         "locations/{region}/azureAsyncOperation/{id} and Location .../operationResults/{id}; both bodies show "
         "provisioningState 'Ready')")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        ("our inference: common-types PrivateEndpointServiceConnectionStatus (spec: Azure/azure-rest-api-specs "
         "specification/common-types/resource-management/v5/privatelinks.json)")),
    transitional_statuses=_no_transitional(
        "postgresqlhsc/resource-manager/Microsoft.DBforPostgreSQL/stable/2022-11-08/postgresqlhsc.json",
        ("Pending", "Approved", "Rejected")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Deleting", "Failed", "Ready"),
        ("spec example: Azure/azure-rest-api-specs specification/postgresqlhsc/resource-manager/"
         "Microsoft.DBforPostgreSQL/stable/2022-11-08/examples/PrivateEndpointConnectionCreateOrUpdate.json "
         "shows 'Ready' (the Postgres single-server family also reports Ready - "
         "test_private_endpoint_commands.py in Azure/azure-cli checks provisioningState Ready for "
         "Microsoft.DBforPostgreSQL/servers); the common-types values are our inference. Treat Ready as settled.")),
    refused_transitions=Fact(
        DISCONNECTED_IS_FINAL,
        ("our inference: nothing documented for serverGroupsv2. NOTE the older "
         "Microsoft.DBforPostgreSQL/servers (single server) refuses any change of a non-Pending connection "
         "('Private Endpoint Connection Status is not Pending', Azure/azure-cli "
         "test_private_endpoint_commands.py _test_private_endpoint_connection) - not known to apply here; "
         + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Azure Cosmos DB for PostgreSQL cluster refusing a write that repeats "
         "the current status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; a cluster that is scaling/restarting is expected to refuse writes; "
         + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("coordinator",),
        ("our inference: Cosmos DB for PostgreSQL documents the 'coordinator' sub-resource (and per-node worker "
         "targets) for private endpoints; see PrivateLinkResourceListByCluster example in "
         "Azure/azure-rest-api-specs specification/postgresqlhsc/resource-manager/"
         "Microsoft.DBforPostgreSQL/stable/2022-11-08/")),
)

POSTGRESQL_SINGLE_SERVER = ResourceType(
    arm_type="Microsoft.DBforPostgreSQL/servers",
    label="Azure Database for PostgreSQL single server (retired)",
    names=("postgresql_single_server", "postgres_server"),
    parent_option="server_name",
    api_version=Fact(
        "2018-06-01",
        ("spec: Azure/azure-rest-api-specs specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/"
         "stable/2018-06-01/PrivateEndpointConnections.json (single-server API; the only stable version with "
         "connections for this type; not re-read this session)")),
    api_versions_seen=Fact(
        ("2018-06-01",),
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers 'Microsoft.DBforPostgreSQL/servers', "
         "'2018-06-01', hasConnectionsURI true")),
    connections_listing=Fact(
        "collection",
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API) (GET .../"
         "servers/{name}/privateEndpointConnections)")),
    list_paged=Fact(True, "our inference: x-ms-pageable nextLink in the 2018-06-01 single-server specs"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API)")),
    get_missing=_missing_is_404(
        "postgresql/resource-manager/Microsoft.DBforPostgreSQL/stable/2018-06-01/PrivateEndpointConnections.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200, 202), lro=True, async_header="Azure-AsyncOperation"),
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API)")),
    put_settle_seconds=Fact(
        (20, 60),
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API)")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API)")),
    actions_field=Fact(
        "actionsRequired",
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API)")),
    writable_fields=Fact(
        ("status", "description"),
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API)")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API)")),
    writable=Fact(
        True,
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API)")),
    transitional_statuses=Fact(
        (),
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API)")),
    provisioning_states=Fact(
        ("Approving", "Ready", "Dropping", "Failed", "Rejecting"),
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API)")),
    refused_transitions=Fact(
        (Transition(current="Approved", wanted="Rejected",
                    answer=("400 PrivateEndpointConnectionStatusNotPending 'Private Endpoint Connection Status "
                            "is not Pending'")),
         Transition(current="Rejected", wanted="Approved",
                    answer=("400 PrivateEndpointConnectionStatusNotPending (our inference: any change from a "
                            "non-Pending status)")),) + DISCONNECTED_IS_FINAL,
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API); same rule as "
         "Microsoft.Sql/servers (MicrosoftDocs/azure-docs #71740); " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Azure Database for PostgreSQL single server (retired) refusing a write "
         "that repeats the current status")),
    busy_codes=Fact(
        ("ServerBusy",),
        _SINGLE_SERVER_BUSY),
    group_ids=Fact(
        ("postgresqlServer",),
        ("our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/network/tests/latest/recordings/test_mysql_private_link_scenario.yaml; same "
         "single-server platform, same 2018-06-01 privateEndpointConnections API): our inference for "
         "'postgresqlServer'")),
)

GRAFANA = ResourceType(
    arm_type="Microsoft.Dashboard/grafana",
    label="Azure Managed Grafana",
    names=("grafana", "managed_grafana"),
    parent_option="workspace_name",
    api_version=Fact(
        "2024-10-01",
        ("spec: Azure/azure-rest-api-specs specification/dashboard/resource-manager/"
         "Microsoft.Dashboard/stable/2024-10-01/grafana.json; recording: Azure/azure-cli-extensions src/amg/"
         "azext_amg/tests/latest/recordings/test_amg_private_endpoint.yaml (Apr 2025, api-version 2023-09-01): "
         "the api-supported-versions response header lists 2022-05-01-preview, 2022-08-01, 2022-10-01-preview, "
         "2023-09-01, 2023-10-01-preview, 2024-10-01, 2024-11-01-preview, 2025-01-01-preview, "
         "2025-02-01-preview -> 2024-10-01 is the newest stable")),
    api_versions_seen=Fact(
        ("2023-09-01", "2024-10-01"),
        ("recording: Azure/azure-cli-extensions src/amg/azext_amg/tests/latest/"
         "recordings/test_amg_private_endpoint.yaml (Apr 2025, api-version 2023-09-01 - "
         "list/show/update(reject)/delete of a Grafana connection); 2024-10-01 spec. The azure-cli network "
         "recording test_private_endpoint_connection_grafana.yaml holds no ARM traffic")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli-extensions src/amg/azext_amg/tests/latest/"
         "recordings/test_amg_private_endpoint.yaml (Apr 2025, api-version 2023-09-01: GET .../"
         "grafana/{name}/privateEndpointConnections returned {\"value\":[...]} 200); spec "
         "PrivateEndpointConnections_List")),
    list_paged=Fact(True, "spec: x-ms-pageable nextLink (recorded list had a single page, no nextLink key)"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/dashboard/resource-manager/Microsoft.Dashboard/"
         "stable/2024-10-01/examples/PrivateEndpointConnections_Approve.json")),
    get_missing=_missing_is_404(
        "dashboard/resource-manager/Microsoft.Dashboard/stable/2023-09-01/grafana.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(201, 200), lro=True, async_header="Azure-AsyncOperation", body_at_once="Accepted"),
        ("recording: Azure/azure-cli-extensions src/amg/azext_amg/tests/latest/"
         "recordings/test_amg_private_endpoint.yaml (Apr 2025, api-version 2023-09-01: PUT returned 201 Created "
         "with Azure-AsyncOperation AND Location (both .../locations/WESTCENTRALUS/operationStatuses/{id}), "
         "etag header, body showing the OLD status (Approved) with provisioningState 'Accepted'; operation "
         "status 'Accepted' then 'Succeeded'); spec example PrivateEndpointConnections_Approve 201; 200 our "
         "inference")),
    put_settle_seconds=Fact(
        (7, 30),
        ("recording: Azure/azure-cli-extensions src/amg/azext_amg/tests/latest/"
         "recordings/test_amg_private_endpoint.yaml (Apr 2025, api-version 2023-09-01: reject PUT at 20:44:46, "
         "operation startTime 20:44:46.79 endTime 20:44:53.41 (~7 s); the CLI's next poll was 30 s later at "
         "20:45:16 - upper bound our inference)")),
    delete=Fact(
        Answer(codes=(202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli-extensions src/amg/azext_amg/tests/latest/"
         "recordings/test_amg_private_endpoint.yaml (Apr 2025, api-version 2023-09-01: DELETE 202 with "
         "Azure-AsyncOperation + Location, operation status 'Deleting' then 'Succeeded' in ~7 s, then list "
         "{\"value\":[]}); spec example 204")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli-extensions src/amg/azext_amg/tests/latest/"
         "recordings/test_amg_private_endpoint.yaml (Apr 2025, api-version 2023-09-01: GET shows "
         "privateLinkServiceConnectionState {status, description, actionsRequired: null}; the list response "
         "omits actionsRequired entirely); spec example actionsRequired 'None'")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec example: Azure/azure-rest-api-specs specification/dashboard/resource-manager/Microsoft.Dashboard/"
         "stable/2024-10-01/examples/PrivateEndpointConnections_Approve.json")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("recording: Azure/azure-cli-extensions src/amg/azext_amg/tests/latest/"
         "recordings/test_amg_private_endpoint.yaml (Apr 2025, api-version 2023-09-01: the CLI sent "
         "{\"properties\": {\"groupIds\": [\"grafana\"], \"privateEndpoint\": {}, "
         "\"privateLinkServiceConnectionState\": {\"description\": ..., \"status\": \"Rejected\"}}} and it was "
         "accepted; whether groupIds/privateEndpoint are REQUIRED is unverified - our inference: sending the "
         "GET's groupIds back is harmless); spec example")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli-extensions src/amg/azext_amg/tests/latest/"
         "recordings/test_amg_private_endpoint.yaml (Apr 2025, api-version 2023-09-01: PUT returned 201 Created "
         "with Azure-AsyncOperation AND Location (both .../locations/WESTCENTRALUS/operationStatuses/{id}), "
         "etag header, body showing the OLD status (Approved) with provisioningState 'Accepted'; operation "
         "status 'Accepted' then 'Succeeded'); spec example PrivateEndpointConnections_Approve 201; 200 our "
         "inference")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        "our inference: Grafana's PrivateEndpointServiceConnectionStatus (common shape)"),
    transitional_statuses=_no_transitional(
        "dashboard/resource-manager/Microsoft.Dashboard/stable/2023-09-01/grafana.json",
        ("Pending", "Approved", "Rejected")),
    provisioning_states=Fact(
        ("Accepted", "Creating", "Updating", "Deleting", "Succeeded", "Failed", "Canceled", "Deleted", "NotSpecified"),
        ("our inference: Microsoft.Dashboard ProvisioningState enum; spec example shows 'Accepted' right after "
         "the PUT")),
    refused_transitions=Fact(DISCONNECTED_IS_FINAL, "our inference: nothing documented; " + _DISCONNECTED_SOURCE),
    resends_same_status=Fact(
        True,
        "our inference: no source shows Azure Managed Grafana refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("grafana",),
        ("recording: Azure/azure-cli-extensions src/amg/azext_amg/tests/latest/"
         "recordings/test_amg_private_endpoint.yaml (Apr 2025, api-version 2023-09-01: endpoint created with "
         "groupIds ['grafana'], connection groupIds ['grafana'], auto-approved description 'Auto-Approved'); "
         "spec example")),
)

DATA_FACTORY = ResourceType(
    arm_type="Microsoft.DataFactory/factories",
    label="Data Factory",
    names=("data_factory", "datafactory", "adf"),
    parent_option="factory_name",
    api_version=Fact(
        "2018-06-01",
        ("spec: Azure/azure-rest-api-specs specification/datafactory/resource-manager/"
         "Microsoft.DataFactory/stable/2018-06-01/datafactory.json (the only stable version of "
         "Microsoft.DataFactory); Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs 2018-06-01")),
    api_versions_seen=Fact(
        ("2018-06-01",),
        ("spec: spec and Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs; the Azure CLI tests "
         "test_private_endpoint_connection_datafactory / test_private_link_endpoint_datafactory are @live_only, "
         "so no recording exists (Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/test_private_endpoint_commands.py)")),
    connections_listing=Fact(
        "collection",
        ("spec example: Azure/azure-rest-api-specs specification/datafactory/resource-manager/"
         "Microsoft.DataFactory/stable/2018-06-01/examples/PrivateEndPointConnections_ListByFactory.json "
         "(PrivateEndPointConnections_ListByFactory; list path spelled .../factories/"
         "{factoryName}/privateEndPointConnections with a capital P in 'EndPoint' in the 2018-06-01 swagger; a "
         "later TypeSpec conversion changed it to privateEndpointConnections - ARM paths are case-insensitive)")),
    list_paged=Fact(True, "our inference: the list result has nextLink (x-ms-pageable)"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/datafactory/resource-manager/"
         "Microsoft.DataFactory/stable/2018-06-01/examples/ApproveRejectPrivateEndpointConnection.json "
         "(single-connection path uses privateEndpointConnections; only the list path is spelled "
         "privateEndPointConnections)")),
    get_missing=Fact(404, "our inference: spec declares 200 + default CloudError"),
    put=Fact(
        Answer(codes=(200,), lro=False, body_at_once="Succeeded"),
        ("spec example: Azure/azure-rest-api-specs specification/datafactory/resource-manager/"
         "Microsoft.DataFactory/stable/2018-06-01/examples/ApproveRejectPrivateEndpointConnection.json "
         "(PrivateEndpointConnection_CreateOrUpdate, only 200, accepts an If-Match header; not a long-running "
         "operation)")),
    put_settle_seconds=Fact((0, 0), "our inference: synchronous per spec; no recording"),
    delete=Fact(
        Answer(codes=(200, 204), lro=False),
        ("spec example: Azure/azure-rest-api-specs specification/datafactory/resource-manager/"
         "Microsoft.DataFactory/stable/2018-06-01/examples/DeletePrivateEndpointConnection.json (200, 204)")),
    actions_field=Fact(
        "actionsRequired",
        ("spec example: Azure/azure-rest-api-specs specification/datafactory/resource-manager/"
         "Microsoft.DataFactory/stable/2018-06-01/examples/ApproveRejectPrivateEndpointConnection.json "
         "(actionsRequired \"\")")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("spec example: Azure/azure-rest-api-specs specification/datafactory/resource-manager/"
         "Microsoft.DataFactory/stable/2018-06-01/examples/ApproveRejectPrivateEndpointConnection.json "
         "(PrivateLinkConnectionApprovalRequestResource: properties.privateLinkServiceConnectionState{status, "
         "description, actionsRequired})")),
    put_body_shape=Fact(
        ("properties.privateLinkServiceConnectionState (schema PrivateLinkConnectionApprovalRequestResource; "
         "optional properties.privateEndpoint {id})"),
        ("spec example: Azure/azure-rest-api-specs specification/datafactory/resource-manager/"
         "Microsoft.DataFactory/stable/2018-06-01/examples/ApproveRejectPrivateEndpointConnection.json")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/datafactory/resource-manager/"
         "Microsoft.DataFactory/stable/2018-06-01/examples/ApproveRejectPrivateEndpointConnection.json "
         "(PrivateEndpointConnection_CreateOrUpdate, only 200, accepts an If-Match header; not a long-running "
         "operation)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("our inference: Data Factory's PrivateLinkConnectionState.status is a free string; the portal values "
         "are Pending/Approved/Rejected/Disconnected")),
    transitional_statuses=_no_transitional(
        "datafactory/resource-manager/Microsoft.DataFactory/stable/2018-06-01/datafactory.json"),
    provisioning_states=Fact(
        ("Succeeded", "Failed", "Creating", "Deleting"),
        "our inference: free string in the spec; example shows Succeeded"),
    refused_transitions=Fact(DISCONNECTED_IS_FINAL, "our inference: nothing documented; " + _DISCONNECTED_SOURCE),
    resends_same_status=Fact(
        True,
        "our inference: no source shows Data Factory refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("dataFactory", "portal"),
        ("our inference: Data Factory's documented private link sub-resources (dataFactory for the service, "
         "portal for authoring UI)")),
)

DATABRICKS_WORKSPACE = ResourceType(
    arm_type="Microsoft.Databricks/workspaces",
    label="Azure Databricks workspace",
    names=("databricks_workspace", "databricks"),
    parent_option="workspace_name",
    api_version=Fact(
        "2024-05-01",
        ("spec: Azure/azure-rest-api-specs specification/databricks/resource-manager/"
         "Microsoft.Databricks/stable/2024-05-01/databricks.json (newest stable folder with "
         "PrivateEndpointConnections_* examples)")),
    api_versions_seen=Fact(
        ("2021-04-01-preview", "2023-02-01", "2024-05-01"),
        ("spec: Azure/azure-rest-api-specs specification/databricks stable folders; plus Az PowerShell registry "
         "- Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs 2021-04-01-preview; spec folders; the Azure CLI "
         "Databricks tests are @live_only (Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "tests/latest/test_private_endpoint_commands.py), no recording")),
    connections_listing=Fact(
        "collection",
        ("spec example: Azure/azure-rest-api-specs specification/databricks/resource-manager/"
         "Microsoft.Databricks/stable/2024-05-01/examples/ListPrivateEndpointConnections.json; "
         "Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs hasConnectionsURI=true")),
    list_paged=Fact(True, "our inference: PrivateEndpointConnections_List is x-ms-pageable with nextLink"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/databricks/resource-manager/"
         "Microsoft.Databricks/stable/2023-02-01/examples/PrivateEndpointConnectionsUpdate.json (the example "
         "ids spell it 'PrivateEndpointConnections'; ARM paths are case-insensitive)")),
    get_missing=Fact(404, "our inference: spec declares 200 + default ErrorInfo"),
    put=Fact(
        Answer(codes=(200, 202), lro=True, async_header="Azure-AsyncOperation", body_at_once="Succeeded"),
        ("spec example: Azure/azure-rest-api-specs specification/databricks/resource-manager/"
         "Microsoft.Databricks/stable/2023-02-01/examples/PrivateEndpointConnectionsUpdate.json "
         "(PrivateEndpointConnections_Create: 200 and 202 with the connection body); async header our inference "
         "from the 2024-05-01 delete example")),
    put_settle_seconds=Fact(
        None,
        ("our inference: no recording; the Azure CLI live test sleeps 300 s after a delete before listing "
         "(Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/test_private_endpoint_commands.py test_private_endpoint_databricks_workspace) which hints at "
         "slow deletes")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("spec example: Azure/azure-rest-api-specs specification/databricks/resource-manager/"
         "Microsoft.Databricks/stable/2024-05-01/examples/PrivateEndpointConnectionsDelete.json (200; 202 with "
         "Retry-After 10, Azure-AsyncOperation .../locations/{loc}/operationStatuses/... and Location "
         ".../operationResults/...; 204)")),
    actions_field=Fact(
        "actionsRequired",
        ("spec example: Azure/azure-rest-api-specs specification/databricks/resource-manager/"
         "Microsoft.Databricks/stable/2023-02-01/examples/PrivateEndpointConnectionsUpdate.json "
         "(actionsRequired: \"None\")")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec example: Azure/azure-rest-api-specs specification/databricks/resource-manager/"
         "Microsoft.Databricks/stable/2023-02-01/examples/PrivateEndpointConnectionsUpdate.json")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/databricks/resource-manager/"
         "Microsoft.Databricks/stable/2023-02-01/examples/PrivateEndpointConnectionsUpdate.json")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/databricks/resource-manager/"
         "Microsoft.Databricks/stable/2023-02-01/examples/PrivateEndpointConnectionsUpdate.json "
         "(PrivateEndpointConnections_Create: 200 and 202 with the connection body); async header our inference "
         "from the 2024-05-01 delete example")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("our inference: Databricks PrivateLinkServiceConnectionStatus enum (Pending, Approved, Rejected, "
         "Disconnected)")),
    transitional_statuses=_no_transitional(
        "databricks/resource-manager/Microsoft.Databricks/stable/2024-05-01/databricks.json",
        ("Pending", "Approved", "Rejected", "Disconnected")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Updating", "Deleting", "Failed"),
        "our inference: Databricks PrivateEndpointConnectionProvisioningState; example shows Succeeded"),
    refused_transitions=Fact(DISCONNECTED_IS_FINAL, "our inference: nothing documented; " + _DISCONNECTED_SOURCE),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Azure Databricks workspace refusing a write that repeats the current "
         "status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; a workspace update in progress is expected to refuse; "
         + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("databricks_ui_api", "browser_authentication"),
        ("our inference: Databricks documented private link sub-resources (front-end/back-end "
         "databricks_ui_api, web auth browser_authentication)")),
)

AVD_HOST_POOL = ResourceType(
    arm_type="Microsoft.DesktopVirtualization/hostPools",
    label="Azure Virtual Desktop host pool",
    names=("avd_host_pool", "host_pool", "hostpool"),
    parent_option="host_pool_name",
    api_version=Fact(
        "2024-04-03",
        ("spec example: Azure/azure-rest-api-specs specification/desktopvirtualization/resource-manager/"
         "Microsoft.DesktopVirtualization/stable/2024-04-03/examples/"
         "PrivateEndpointConnection_UpdateByHostPool.json (PrivateEndpointConnections_*ByHostPool first stable "
         "in 2023-09-05; newer previews up to 2025-11-01-preview)")),
    api_versions_seen=Fact(
        ("2021-09-03-preview", "2023-09-05", "2024-04-03"),
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers "
         "'Microsoft.DesktopVirtualization/hostpools', '2021-09-03-preview', hasConnectionsURI true; spec "
         "folders; no recording found")),
    connections_listing=Fact(
        "collection",
        ("spec: PrivateEndpointConnections_ListByHostPool GET .../hostPools/"
         "{hostPoolName}/privateEndpointConnections; Azure/azure-powershell src/Network/Network/"
         "PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs hasConnectionsURI true")),
    list_paged=Fact(
        True,
        ("our inference: DesktopVirtualization list operations are x-ms-pageable nextLink (with "
         "pageSize/isDescending/initialSkip query options)")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/desktopvirtualization/resource-manager/"
         "Microsoft.DesktopVirtualization/stable/2024-04-03/examples/"
         "PrivateEndpointConnection_UpdateByHostPool.json")),
    get_missing=_missing_is_404(
        "desktopvirtualization/resource-manager/Microsoft.DesktopVirtualization/stable/2024-04-03/"
        "desktopvirtualization.json",
        "PrivateEndpointConnections_GetByHostPool"),
    put=Fact(
        Answer(codes=(200,), lro=False, body_at_once="Succeeded"),
        ("spec example: Azure/azure-rest-api-specs specification/desktopvirtualization/resource-manager/"
         "Microsoft.DesktopVirtualization/stable/2024-04-03/examples/"
         "PrivateEndpointConnection_UpdateByHostPool.json (only 200, body provisioningState 'Succeeded' with "
         "the new state; the SDKs expose a plain UpdateByHostPool, no poller)")),
    put_settle_seconds=Fact((0, 5), "our inference: synchronous PUT"),
    delete=Fact(
        Answer(codes=(200, 204), lro=False),
        ("our inference: generated SDK samples: Java deleteByHostPoolWithResponse / Go "
         "PrivateEndpointConnectionsClient.DeleteByHostPool (plain calls, no Begin*/poller) for stable "
         "2023-09-05 and 2024-04-03 examples PrivateEndpointConnection_DeleteByHostPool.json")),
    actions_field=Fact(
        "actionsRequired",
        ("spec example: Azure/azure-rest-api-specs specification/desktopvirtualization/resource-manager/"
         "Microsoft.DesktopVirtualization/stable/2024-04-03/examples/"
         "PrivateEndpointConnection_UpdateByHostPool.json")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("spec example: Azure/azure-rest-api-specs specification/desktopvirtualization/resource-manager/"
         "Microsoft.DesktopVirtualization/stable/2024-04-03/examples/"
         "PrivateEndpointConnection_UpdateByHostPool.json (PUT body 'connection' "
         "{properties:{privateLinkServiceConnectionState:{status, description, actionsRequired}}})")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/desktopvirtualization/resource-manager/"
         "Microsoft.DesktopVirtualization/stable/2024-04-03/examples/"
         "PrivateEndpointConnection_UpdateByHostPool.json")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/desktopvirtualization/resource-manager/"
         "Microsoft.DesktopVirtualization/stable/2024-04-03/examples/"
         "PrivateEndpointConnection_UpdateByHostPool.json (only 200, body provisioningState 'Succeeded' with "
         "the new state; the SDKs expose a plain UpdateByHostPool, no poller)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        ("our inference: PrivateEndpointServiceConnectionStatus enum of the DesktopVirtualization spec "
         "(Pending/Approved/Rejected)")),
    transitional_statuses=_no_transitional(
        "common-types/resource-management/v5/privatelinks.json (used by desktopvirtualization 2024-04-03)",
        ("Pending", "Approved", "Rejected")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Deleting", "Failed"),
        ("our inference: PrivateEndpointConnectionProvisioningState enum (common-types shape) of the "
         "DesktopVirtualization spec; example shows Succeeded")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: possibly refused"),) + DISCONNECTED_IS_FINAL,
        _REJECTED_NOT_TRIED),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Azure Virtual Desktop host pool refusing a write that repeats the "
         "current status")),
    busy_codes=Fact(
        (),
        _NO_BUSY_CODE),
    group_ids=Fact(
        ("connection",),
        ("our inference: Azure Virtual Desktop Private Link docs (learn.microsoft.com/"
         "azure/virtual-desktop/private-link-overview): host pool sub-resource 'connection'; workspace "
         "sub-resources 'feed' and 'global' (global = initial feed discovery, one per region/tenant)")),
)

AVD_WORKSPACE = ResourceType(
    arm_type="Microsoft.DesktopVirtualization/workspaces",
    label="Azure Virtual Desktop workspace",
    names=("avd_workspace", "desktop_virtualization_workspace"),
    parent_option="workspace_name",
    api_version=Fact(
        "2024-04-03",
        ("spec example: Azure/azure-rest-api-specs specification/desktopvirtualization/resource-manager/"
         "Microsoft.DesktopVirtualization/stable/2024-04-03/examples/"
         "PrivateEndpointConnection_UpdateByHostPool.json (the ByWorkspace twin has the same shape: our "
         "inference) (PrivateEndpointConnections_*ByWorkspace first stable in 2023-09-05; newer previews up to "
         "2025-11-01-preview)")),
    api_versions_seen=Fact(
        ("2021-09-03-preview", "2023-09-05", "2024-04-03"),
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers "
         "'Microsoft.DesktopVirtualization/workspaces', '2021-09-03-preview', hasConnectionsURI true; spec "
         "folders; no recording found")),
    connections_listing=Fact(
        "collection",
        ("spec: PrivateEndpointConnections_ListByWorkspace GET .../workspaces/"
         "{workspaceName}/privateEndpointConnections; Azure/azure-powershell src/Network/Network/"
         "PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs hasConnectionsURI true")),
    list_paged=Fact(
        True,
        ("our inference: DesktopVirtualization list operations are x-ms-pageable nextLink (with "
         "pageSize/isDescending/initialSkip query options)")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/desktopvirtualization/resource-manager/"
         "Microsoft.DesktopVirtualization/stable/2024-04-03/examples/"
         "PrivateEndpointConnection_UpdateByHostPool.json (the ByWorkspace twin has the same shape: our "
         "inference)")),
    get_missing=_missing_is_404(
        "desktopvirtualization/resource-manager/Microsoft.DesktopVirtualization/stable/2024-04-03/"
        "desktopvirtualization.json",
        "PrivateEndpointConnections_GetByWorkspace"),
    put=Fact(
        Answer(codes=(200,), lro=False, body_at_once="Succeeded"),
        ("spec example: Azure/azure-rest-api-specs specification/desktopvirtualization/resource-manager/"
         "Microsoft.DesktopVirtualization/stable/2024-04-03/examples/"
         "PrivateEndpointConnection_UpdateByHostPool.json (the ByWorkspace twin has the same shape: our "
         "inference) (only 200, body provisioningState 'Succeeded' with the new state; the SDKs expose a plain "
         "UpdateByWorkspace, no poller)")),
    put_settle_seconds=Fact((0, 5), "our inference: synchronous PUT"),
    delete=Fact(
        Answer(codes=(200, 204), lro=False),
        ("our inference: generated SDK samples: Java deleteByWorkspaceWithResponse / Go "
         "PrivateEndpointConnectionsClient.DeleteByWorkspace (plain calls, no Begin*/poller) for stable "
         "2023-09-05 and 2024-04-03 examples PrivateEndpointConnection_DeleteByWorkspace.json")),
    actions_field=Fact(
        "actionsRequired",
        ("spec example: Azure/azure-rest-api-specs specification/desktopvirtualization/resource-manager/"
         "Microsoft.DesktopVirtualization/stable/2024-04-03/examples/"
         "PrivateEndpointConnection_UpdateByHostPool.json (the ByWorkspace twin has the same shape: our "
         "inference)")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("spec example: Azure/azure-rest-api-specs specification/desktopvirtualization/resource-manager/"
         "Microsoft.DesktopVirtualization/stable/2024-04-03/examples/"
         "PrivateEndpointConnection_UpdateByHostPool.json (the ByWorkspace twin has the same shape: our "
         "inference) (PUT body 'connection' {properties:{privateLinkServiceConnectionState:{status, "
         "description, actionsRequired}}})")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/desktopvirtualization/resource-manager/"
         "Microsoft.DesktopVirtualization/stable/2024-04-03/examples/"
         "PrivateEndpointConnection_UpdateByHostPool.json (the ByWorkspace twin has the same shape: our "
         "inference)")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/desktopvirtualization/resource-manager/"
         "Microsoft.DesktopVirtualization/stable/2024-04-03/examples/"
         "PrivateEndpointConnection_UpdateByHostPool.json (the ByWorkspace twin has the same shape: our "
         "inference) (only 200, body provisioningState 'Succeeded' with the new state; the SDKs expose a plain "
         "UpdateByWorkspace, no poller)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        ("our inference: PrivateEndpointServiceConnectionStatus enum of the DesktopVirtualization spec "
         "(Pending/Approved/Rejected)")),
    transitional_statuses=_no_transitional(
        "common-types/resource-management/v5/privatelinks.json (used by desktopvirtualization 2024-04-03)",
        ("Pending", "Approved", "Rejected")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Deleting", "Failed"),
        ("our inference: PrivateEndpointConnectionProvisioningState enum (common-types shape) of the "
         "DesktopVirtualization spec; example shows Succeeded")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: possibly refused"),) + DISCONNECTED_IS_FINAL,
        _REJECTED_NOT_TRIED),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Azure Virtual Desktop workspace refusing a write that repeats the "
         "current status")),
    busy_codes=Fact(
        (),
        _NO_BUSY_CODE),
    group_ids=Fact(
        ("feed", "global"),
        ("our inference: Azure Virtual Desktop Private Link docs (learn.microsoft.com/"
         "azure/virtual-desktop/private-link-overview): host pool sub-resource 'connection'; workspace "
         "sub-resources 'feed' and 'global' (global = initial feed discovery, one per region/tenant)")),
)

IOT_HUB = ResourceType(
    arm_type="Microsoft.Devices/IotHubs",
    label="IoT Hub",
    names=("iot_hub", "iothub"),
    parent_option="resource_name",
    api_version=Fact(
        "2023-06-30",
        ("spec: Azure/azure-rest-api-specs specification/iothub/resource-manager/"
         "Microsoft.Devices/stable/2023-06-30/iothub.json (newest stable; later ones are previews, e.g. "
         "2026-03-01-preview in the newest .NET SDK)")),
    api_versions_seen=Fact(
        ("2020-03-01", "2023-06-30"),
        ("spec: Azure/azure-rest-api-specs specification/iothub stable 2023-06-30; plus the Azure CLI / Az "
         "PowerShell registries - Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py and Azure/azure-powershell src/Network/"
         "Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs 2020-03-01; spec; no "
         "recording found")),
    connections_listing=Fact(
        "collection",
        ("spec: Azure/azure-rest-api-specs specification/iothub/resource-manager/"
         "Microsoft.Devices/stable/2023-06-30/iothub.json PrivateEndpointConnections_List GET .../iotHubs/"
         "{resourceName}/privateEndpointConnections, 200 schema #/definitions/PrivateEndpointConnectionsList, "
         "no x-ms-pageable; our inference: that definition is a bare array (the generated @azure/arm-iothub "
         "client maps it to Sequence<PrivateEndpointConnection>)")),
    list_paged=Fact(
        False,
        ("spec: Azure/azure-rest-api-specs specification/iothub/resource-manager/"
         "Microsoft.Devices/stable/2023-06-30/iothub.json PrivateEndpointConnections_List has no x-ms-pageable; "
         "our inference: the body is a bare JSON array (generated @azure/arm-iothub client: "
         "Sequence<PrivateEndpointConnection>), not {\"value\": [...]}")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/iothub/resource-manager/Microsoft.Devices/"
         "stable/2023-06-30/examples/iothub_deleteprivateendpointconnection.json (ids spell it "
         "'PrivateEndpointConnections' and the type 'Microsoft.Devices/IotHubs/PrivateEndpointConnections'; ARM "
         "paths are case-insensitive)")),
    get_missing=Fact(404, "our inference: spec declares 200 + default ErrorDetails"),
    put=Fact(
        Answer(codes=(200, 201), lro=True, async_header="Azure-AsyncOperation"),
        ("spec: Azure/azure-rest-api-specs specification/iothub/resource-manager/"
         "Microsoft.Devices/stable/2023-06-30/iothub.json PrivateEndpointConnections_Update: "
         "x-ms-long-running-operation true, responses 201 ('returns a 201 ... includes an Azure-AsyncOperation "
         "header that contains a status URL') and 200, both with a PrivateEndpointConnection body")),
    put_settle_seconds=Fact(None, "our inference: no recording"),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("spec: Azure/azure-rest-api-specs specification/iothub/resource-manager/"
         "Microsoft.Devices/stable/2023-06-30/iothub.json PrivateEndpointConnections_Delete: "
         "x-ms-long-running-operation true, 202 with Azure-AsyncOperation + Location headers and a body, 200 "
         "with body, 204 'PrivateEndpoint does not exist'; spec example: Azure/azure-rest-api-specs "
         "specification/iothub/resource-manager/Microsoft.Devices/stable/2023-06-30/examples/"
         "iothub_deleteprivateendpointconnection.json (bodies show status Disconnected, description 'Deleted')")),
    actions_field=Fact(
        "actionsRequired",
        ("spec example: Azure/azure-rest-api-specs specification/iothub/resource-manager/Microsoft.Devices/"
         "stable/2023-06-30/examples/iothub_deleteprivateendpointconnection.json (actionsRequired: \"None\")")),
    writable_fields=Fact(
        ("status", "description"),
        ("our inference: IoT Hub PrivateLinkServiceConnectionState {status, description, actionsRequired}; NOTE "
         "spec-derived: Azure/bicep-types-az generated types for Microsoft.Devices "
         "iotHubs/privateEndpointConnections (and lukeorellana/azapi-templates .training/Microsoft.Devices/"
         "Microsoft.Devices_iotHubs_privateEndpointConnections@2022-04-30-preview@latest.md): "
         "PrivateLinkServiceConnectionState.description is string (required), status (required), "
         "actionsRequired optional; the generated TypeScript client also types description as non-optional")),
    put_body_shape=Fact(
        ("properties.privateLinkServiceConnectionState (properties.privateEndpoint is part of the same required "
         "properties object; echo it from the GET) - description is REQUIRED in the state object: always send "
         "one (the GET's or a default)"),
        ("our inference: IoT Hub's PrivateEndpointConnectionProperties marks privateLinkServiceConnectionState "
         "required; spec-derived: Azure/bicep-types-az generated types for Microsoft.Devices "
         "iotHubs/privateEndpointConnections (and lukeorellana/azapi-templates .training/Microsoft.Devices/"
         "Microsoft.Devices_iotHubs_privateEndpointConnections@2022-04-30-preview@latest.md): "
         "PrivateLinkServiceConnectionState.description is string (required), status (required), "
         "actionsRequired optional; the generated TypeScript client also types description as non-optional")),
    writable=Fact(
        True,
        ("spec: Azure/azure-rest-api-specs specification/iothub/resource-manager/"
         "Microsoft.Devices/stable/2023-06-30/iothub.json PrivateEndpointConnections_Update: "
         "x-ms-long-running-operation true, responses 201 ('returns a 201 ... includes an Azure-AsyncOperation "
         "header that contains a status URL') and 200, both with a PrivateEndpointConnection body")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("our inference: IoT Hub PrivateLinkServiceConnectionStatus enum; Disconnected shown in "
         "Azure/azure-rest-api-specs specification/iothub/resource-manager/Microsoft.Devices/stable/2023-06-30/"
         "examples/iothub_deleteprivateendpointconnection.json")),
    transitional_statuses=_no_transitional(
        "iothub/resource-manager/Microsoft.Devices/stable/2023-06-30/iothub.json",
        ("Pending", "Approved", "Rejected", "Disconnected")),
    provisioning_states=Fact(
        (),
        ("spec example: Azure/azure-rest-api-specs specification/iothub/resource-manager/Microsoft.Devices/"
         "stable/2023-06-30/examples/iothub_deleteprivateendpointconnection.json - IoT Hub connection "
         "properties carry NO provisioningState (only privateEndpoint and privateLinkServiceConnectionState)")),
    refused_transitions=Fact(DISCONNECTED_IS_FINAL, "our inference: nothing documented; " + _DISCONNECTED_SOURCE),
    resends_same_status=Fact(
        True,
        "our inference: no source shows IoT Hub refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress", "IotHubUnavailable"),
        ("our inference: an IoT Hub that is being updated answers 409/AnotherOperationInProgress-style errors; not "
         "verified; " + _PLAIN_CONFLICT)),
    group_ids=Fact(("iotHub",), "our inference: IoT Hub's documented private link sub-resource"),
)

IOT_DPS = ResourceType(
    arm_type="Microsoft.Devices/provisioningServices",
    label="IoT Hub Device Provisioning Service",
    names=("iot_dps", "device_provisioning_service", "provisioning_service"),
    parent_option="resource_name",
    api_version=Fact(
        "2022-12-12",
        ("spec: Azure/azure-rest-api-specs specification/deviceprovisioningservices/resource-manager/"
         "Microsoft.Devices/stable/2022-12-12/iotdps.json (stable 2022-12-12; PEC examples present: "
         "Azure/azure-rest-api-specs specification/deviceprovisioningservices/resource-manager/"
         "Microsoft.Devices/stable/2022-12-12/examples/DPSGetPrivateEndpointConnection.json, "
         "Azure/azure-rest-api-specs specification/deviceprovisioningservices/resource-manager/"
         "Microsoft.Devices/stable/2022-12-12/examples/DPSListPrivateEndpointConnections.json)")),
    api_versions_seen=Fact(
        ("2020-03-01", "2022-12-12"),
        ("our inference: no recording found; gathered from the Az PowerShell registry - Azure/azure-powershell "
         "src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs 2020-03-01 "
         "(as Microsoft.Devices/ProvisioningServices); no recording found")),
    connections_listing=Fact(
        "collection",
        ("spec example: Azure/azure-rest-api-specs specification/deviceprovisioningservices/resource-manager/"
         "Microsoft.Devices/stable/2022-12-12/examples/DPSListPrivateEndpointConnections.json "
         "(IotDpsResource_ListPrivateEndpointConnections GET .../provisioningServices/"
         "{resourceName}/privateEndpointConnections answers a bare JSON array)")),
    list_paged=Fact(
        False,
        ("spec example: Azure/azure-rest-api-specs specification/deviceprovisioningservices/resource-manager/"
         "Microsoft.Devices/stable/2022-12-12/examples/DPSListPrivateEndpointConnections.json (200 body is a "
         "bare JSON array, no value/nextLink)")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec: PUT .../provisioningServices/{resourceName}/"
         "privateEndpointConnections/{privateEndpointConnectionName} (generated clients pinned to 2022-12-12)")),
    get_missing=_missing_is_404(
        "deviceprovisioningservices/resource-manager/Microsoft.Devices/stable/2022-12-12/iotdps.json",
        "IotDpsResource_GetPrivateEndpointConnection"),
    put=Fact(
        Answer(codes=(200, 201), lro=True, async_header="Azure-AsyncOperation"),
        ("our inference: IotDpsResource_CreateOrUpdatePrivateEndpointConnection is a long-running PUT like IoT "
         "Hub's")),
    put_settle_seconds=Fact(None, "our inference: no recording"),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        "our inference: IotDpsResource_DeletePrivateEndpointConnection LRO like IoT Hub's"),
    actions_field=Fact(
        "actionsRequired",
        "our inference: DPS PrivateLinkServiceConnectionState {status, description, actionsRequired}"),
    writable_fields=Fact(
        ("status", "description"),
        ("our inference: NOTE spec-derived: generated TypeScript types for DevicesProvisioningservices "
         "(description: string non-optional, status required) - same shape as IoT Hub; our inference that the "
         "service rejects a missing description")),
    put_body_shape=Fact(
        ("properties.privateLinkServiceConnectionState - description is REQUIRED in the state object: always "
         "send one (the GET's or a default)"),
        ("our inference: as IoT Hub; spec-derived: generated TypeScript types for DevicesProvisioningservices "
         "(description: string non-optional, status required) - same shape as IoT Hub; our inference that the "
         "service rejects a missing description")),
    writable=Fact(
        True,
        ("our inference: IotDpsResource_CreateOrUpdatePrivateEndpointConnection is a long-running PUT like IoT "
         "Hub's")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("doc: MicrosoftDocs/azure-docs-sdk-node docs-ref-autogen/@azure/arm-deviceprovisioningservices/"
         "KnownPrivateLinkServiceConnectionStatus.yml (Approved, Disconnected, Pending, Rejected); also the "
         "generated client output schema for api 2022-12-12")),
    transitional_statuses=_no_transitional(
        "deviceprovisioningservices/resource-manager/Microsoft.Devices/stable/2022-12-12/iotdps.json",
        ("Pending", "Approved", "Rejected", "Disconnected")),
    provisioning_states=Fact(
        (),
        ("our inference: like IoT Hub, DPS connection properties have no provisioningState (generated output "
         "schema shows only privateEndpoint and privateLinkServiceConnectionState)")),
    refused_transitions=Fact(DISCONNECTED_IS_FINAL, "our inference: nothing documented; " + _DISCONNECTED_SOURCE),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows IoT Hub Device Provisioning Service refusing a write that repeats the "
         "current status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; " + _PLAIN_CONFLICT)),
    group_ids=Fact(("iotDps",), "our inference: DPS documented private link sub-resource"),
)

DIGITAL_TWINS = ResourceType(
    arm_type="Microsoft.DigitalTwins/digitalTwinsInstances",
    label="Azure Digital Twins instance",
    names=("digital_twins", "digitaltwins", "digital_twins_instance"),
    parent_option="instance_name",
    api_version=Fact(
        "2023-01-31",
        ("spec: Azure/azure-rest-api-specs specification/digitaltwins/resource-manager/"
         "Microsoft.DigitalTwins/stable/2023-01-31/digitaltwins.json (newest stable folder, present in the "
         "index; PEC operations not re-read); real traffic used 2020-12-01")),
    api_versions_seen=Fact(
        ("2020-12-01", "2023-01-31"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_digitaltwins.yaml (all connection calls api-version=2020-12-01, "
         "recorded 2025-06-17); Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py and Azure/azure-powershell src/Network/"
         "Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs 2020-12-01")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_digitaltwins.yaml (GET .../"
         "digitalTwinsInstances/{name}/privateEndpointConnections answered {\"value\": [...]})")),
    list_paged=Fact(
        False,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_digitaltwins.yaml (list body has only value); our inference: single "
         "page")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_digitaltwins.yaml")),
    get_missing=Fact(404, "our inference: spec declares 200 + default ErrorResponse"),
    put=Fact(
        Answer(codes=(202, 200), lro=True, async_header="Azure-AsyncOperation", body_at_once="Updating"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_digitaltwins.yaml (reject PUT answered 202 Accepted; body already "
         "showed the new status Rejected with provisioningState Updating; headers azure-asyncoperation .../"
         "privateEndpointConnections/{name}/operationResults/{id} and location "
         ".../locations/eastus/operationResults/...)")),
    put_settle_seconds=Fact(
        (1, 13),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_digitaltwins.yaml (PUT 13:45:36; the next GET at 13:45:49 showed "
         "Rejected / Succeeded)")),
    delete=Fact(
        Answer(codes=(202, 200, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_digitaltwins.yaml (DELETE answered 202 Accepted, empty body, "
         "azure-asyncoperation and location)")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_digitaltwins.yaml (actionsRequired: \"None\")")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_digitaltwins.yaml (PUT carried status, description, actionsRequired "
         "and was accepted); NOTE spec-derived: Azure/bicep-types-az generated types for Microsoft.DigitalTwins "
         "(ConnectionPropertiesPrivateLinkServiceConnectionState: description string (Required), status "
         "(Required))")),
    put_body_shape=Fact(
        ("properties.privateLinkServiceConnectionState - description is REQUIRED in the state object: always "
         "send one (the GET's or a default)"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_digitaltwins.yaml (the CLI echoed id, name, type, provisioningState, "
         "privateEndpoint, groupIds and it was accepted); spec-derived: Azure/bicep-types-az generated types "
         "for Microsoft.DigitalTwins (ConnectionPropertiesPrivateLinkServiceConnectionState: description string "
         "(Required), status (Required))")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_digitaltwins.yaml (reject PUT answered 202 Accepted; body already "
         "showed the new status Rejected with provisioningState Updating; headers azure-asyncoperation .../"
         "privateEndpointConnections/{name}/operationResults/{id} and location "
         ".../locations/eastus/operationResults/...)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_digitaltwins.yaml shows Pending (manual request), Approved, "
         "Rejected; Disconnected our inference from the Digital Twins ConnectionState enum")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_digitaltwins.yaml")),
    provisioning_states=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected", "Succeeded", "Updating", "Failed", "Canceled", "Deleting"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_digitaltwins.yaml shows Updating and Succeeded; the rest our "
         "inference (Digital Twins' connection provisioningState enum mixes connection states and ARM states)")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer=("400 BadRequest \"Exception of type "
                            "'Microsoft.Azure.DigitalTwins.ScaleUnitRPManagement.Exceptions.PrivateEndpointBadRequestException' "
                            "was thrown.\"")),) + DISCONNECTED_IS_FINAL,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_digitaltwins.yaml (approve PUT on the Rejected connection at "
         "13:45:53 answered 400 with that body; the test asserts 'Approval will fail after rejection'); "
         + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Azure Digital Twins instance refusing a write that repeats the current "
         "status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("API",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_digitaltwins.yaml (private-link-resource groupId API; connection "
         "groupIds [\"API\"])")),
)

COSMOSDB = ResourceType(
    arm_type="Microsoft.DocumentDB/databaseAccounts",
    label="Cosmos DB account",
    names=("cosmosdb", "cosmos_db", "cosmosdb_account", "database_account"),
    parent_option="account_name",
    api_version=Fact(
        "2025-10-15",
        ("spec: Azure/azure-rest-api-specs specification/cosmos-db/resource-manager/Microsoft.DocumentDB/stable/"
         "2025-10-15/privateEndpointConnection.json (PrivateEndpointConnections_* live in this file of the "
         "newest stable folder, not in cosmos-db.json); doc: https://learn.microsoft.com/en-us/rest/api/"
         "cosmos-db-resource-provider/private-endpoint-connections/create-or-update")),
    api_versions_seen=Fact(
        ("2019-08-01-preview", "2020-03-01", "2022-02-15-preview", "2025-04-15", "2025-10-15"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_cosmosdb.yaml (2019-08-01-preview, parent 2020-03-01) and "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/cosmosdb/tests/latest/"
         "recordings/test_cosmosdb_private_endpoint.yaml (2022-02-15-preview); Pulumi azure-native uses "
         "2025-04-15; REST reference 2025-10-15")),
    connections_listing=Fact(
        "collection",
        ("spec: Azure/azure-rest-api-specs specification/cosmos-db/resource-manager/Microsoft.DocumentDB/stable/"
         "2025-10-15/privateEndpointConnection.json PrivateEndpointConnections_ListByDatabaseAccount (GET .../"
         "databaseAccounts/{accountName}/privateEndpointConnections); NOTE Azure/azure-cli src/azure-cli/azure/"
         "cli/command_modules/network/private_link_resource_and_endpoint_connections/custom.py registers Cosmos "
         "with support_list_or_not=False and the recording read the parent account "
         "(properties.privateEndpointConnections) instead")),
    list_paged=Fact(
        False,
        ("spec: Azure/azure-rest-api-specs specification/cosmos-db/resource-manager/Microsoft.DocumentDB/stable/"
         "2025-10-15/privateEndpointConnection.json x-ms-pageable nextLinkName null (single page); list result "
         "has only value")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_cosmosdb.yaml")),
    get_missing=Fact(404, "our inference: spec declares 200 + default error"),
    put=Fact(
        Answer(codes=(202, 200), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_cosmosdb.yaml (approve and reject PUT both answered 202 Accepted "
         "with body {\"status\":\"Enqueued\"}, headers azure-asyncoperation "
         ".../locations/westus/operationsStatus/{id} and location .../"
         "privateEndpointConnections/{name}/operationResults/{id}); doc: https://learn.microsoft.com/en-us/rest/"
         "api/cosmos-db-resource-provider/private-endpoint-connections/create-or-update (200 / 202); recording: "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/cosmosdb/tests/latest/"
         "recordings/test_cosmosdb_private_endpoint.yaml (June 2022, api 2022-02-15-preview: reject PUT again "
         "202 {\"status\":\"Enqueued\"}; the Azure-AsyncOperation URL answered {\"status\":\"Dequeued\"} at +30 "
         "s and {\"status\":\"Succeeded\"} at +61 s - note the non-standard intermediate operation statuses "
         "Enqueued/Dequeued)")),
    put_settle_seconds=Fact(
        (15, 76),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_cosmosdb.yaml (approve visible 15-30 s after the PUT, reject after "
         "~76 s, Dec 2020); recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/cosmosdb/tests/"
         "latest/recordings/test_cosmosdb_private_endpoint.yaml (reject operation Succeeded 61 s after the PUT, "
         "June 2022)")),
    delete=Fact(
        Answer(codes=(202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_cosmosdb.yaml (DELETE answered 202 Accepted "
         "{\"status\":\"Enqueued\"} with azure-asyncoperation and location); spec: Azure/azure-rest-api-specs "
         "specification/cosmos-db/resource-manager/Microsoft.DocumentDB/stable/"
         "2025-10-15/privateEndpointConnection.json PrivateEndpointConnections_Delete responses 202/204 only "
         "(no 200), x-ms-long-running-operation true")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_cosmosdb.yaml (actionsRequired: \"None\")")),
    writable_fields=Fact(
        ("status", "description"),
        ("doc: https://learn.microsoft.com/en-us/rest/api/cosmos-db-resource-provider/"
         "private-endpoint-connections/create-or-update (PrivateLinkServiceConnectionStateProperty: status, "
         "description; actionsRequired read-only)")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState (properties.groupId / privateEndpoint may be echoed)",
        ("doc: https://learn.microsoft.com/en-us/rest/api/cosmos-db-resource-provider/"
         "private-endpoint-connections/create-or-update; recording: the CLI echoed name, type, id, "
         "provisioningState, groupId, privateEndpoint and it was accepted")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_cosmosdb.yaml (approve and reject PUT both answered 202 Accepted "
         "with body {\"status\":\"Enqueued\"}, headers azure-asyncoperation "
         ".../locations/westus/operationsStatus/{id} and location .../"
         "privateEndpointConnections/{name}/operationResults/{id}); doc: https://learn.microsoft.com/en-us/rest/"
         "api/cosmos-db-resource-provider/private-endpoint-connections/create-or-update (200 / 202); recording: "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/cosmosdb/tests/latest/"
         "recordings/test_cosmosdb_private_endpoint.yaml (June 2022, api 2022-02-15-preview: reject PUT again "
         "202 {\"status\":\"Enqueued\"}; the Azure-AsyncOperation URL answered {\"status\":\"Dequeued\"} at +30 "
         "s and {\"status\":\"Succeeded\"} at +61 s - note the non-standard intermediate operation statuses "
         "Enqueued/Dequeued)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("our inference: Cosmos PrivateLinkServiceConnectionStateProperty.status is a free string without enum "
         "(spec: Azure/azure-rest-api-specs specification/cosmos-db/resource-manager/Microsoft.DocumentDB/"
         "stable/2025-10-15/privateEndpointConnection.json); Approved/Rejected recorded; Pending for manual "
         "requests; Disconnected per Private Link docs")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_cosmosdb.yaml")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Updating", "Deleting", "Failed"),
        ("our inference: Cosmos' provisioningState is a free string; recording shows only Succeeded, even while "
         "a write was queued")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="400 BadRequest \"Approving rejected private endpoint connections is not supported.\""),) + DISCONNECTED_IS_FINAL,
        ("doc: MicrosoftDocs/azure-docs PR #86823 (Cosmos DB 'current limitations': \"(BadRequest) Approving "
         "rejected private endpoint connections is not supported. ActivityId: ..., "
         "Microsoft.Azure.Documents.Common/2.14.0\"; the portal keeps the update pending instead); general "
         "Private Link rule: MicrosoftDocs/azure-docs #115121; " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        "our inference: no source shows Cosmos DB account refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress", "InternalServerError"),
        ("our inference: ARM-wide busy code; hashicorp/terraform-provider-azurerm #14364 reports concurrent "
         "private-endpoint writes against one Cosmos account failing with InternalServerError, so writes on one "
         "account must be serialized; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("Sql", "MongoDB", "Cassandra", "Gremlin", "Table", "Analytical", "SqlDedicated"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_cosmosdb.yaml (groupId \"Sql\"); the other API kinds' sub-resources "
         "per doc: https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints - our "
         "inference for the table")),
)

MONGO_CLUSTER = ResourceType(
    arm_type="Microsoft.DocumentDB/mongoClusters",
    label="Azure Cosmos DB for MongoDB (vCore) cluster",
    names=("mongo_cluster", "mongocluster", "cosmosdb_mongo_cluster"),
    parent_option="mongo_cluster_name",
    api_version=Fact(
        "2025-09-01",
        ("spec: Azure/azure-rest-api-specs specification/mongocluster/resource-manager/Microsoft.DocumentDB/"
         "MongoCluster/stable/2025-09-01/mongoCluster.json (stable; PEC list example Azure/azure-rest-api-specs "
         "specification/mongocluster/resource-manager/Microsoft.DocumentDB/MongoCluster/stable/2025-09-01/"
         "examples/MongoClusters_PrivateEndpointConnectionList.json). A newer stable Azure/azure-rest-api-specs "
         "specification/mongocluster/resource-manager/Microsoft.DocumentDB/"
         "MongoCluster/stable/2026-06-01/mongoCluster.json also has the PEC operations; 2024-07-01 is the first "
         "stable")),
    api_versions_seen=Fact(
        ("2024-07-01", "2025-09-01", "2026-06-01"),
        ("spec: stable folders Azure/azure-rest-api-specs specification/mongocluster/resource-manager/"
         "Microsoft.DocumentDB/MongoCluster/stable/2024-07-01, Azure/azure-rest-api-specs specification/"
         "mongocluster/resource-manager/Microsoft.DocumentDB/MongoCluster/stable/2025-09-01, "
         "Azure/azure-rest-api-specs specification/mongocluster/resource-manager/"
         "Microsoft.DocumentDB/MongoCluster/stable/2026-06-01 (each with mongoCluster.json and PEC examples); "
         "no recording found in Azure/azure-cli")),
    connections_listing=Fact(
        "collection",
        ("spec: Azure/azure-rest-api-specs specification/mongocluster (TypeSpec PrivateEndpointConnections "
         "interface: ProxyResource<PrivateEndpointConnectionProperties> parented by MongoCluster, "
         "listConnections is ArmResourceListByParent); spec example: Azure/azure-rest-api-specs specification/"
         "mongocluster/resource-manager/Microsoft.DocumentDB/MongoCluster/examples/2024-07-01/"
         "MongoClusters_PrivateEndpointConnectionList.json")),
    list_paged=Fact(True, "our inference: TypeSpec ArmResourceListByParent is x-ms-pageable with nextLink"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/mongocluster/resource-manager/"
         "Microsoft.DocumentDB/MongoCluster/examples/2025-07-01-preview/"
         "MongoClusters_PrivateEndpointConnectionPut.json")),
    get_missing=Fact(404, "our inference: TypeSpec ARM read operations declare 200 + default ErrorResponse"),
    put=Fact(
        Answer(codes=(200, 201, 202), lro=True, async_header="Azure-AsyncOperation"),
        ("spec example: Azure/azure-rest-api-specs specification/mongocluster/resource-manager/"
         "Microsoft.DocumentDB/MongoCluster/stable/2024-07-01/examples/"
         "MongoClusters_PrivateEndpointConnectionPut.json (stable; operationId "
         "PrivateEndpointConnections_Create; 200/201 with the connection, 202 with Location "
         ".../mongoClusterOperationResults/{id} and Azure-AsyncOperation "
         ".../mongoClusterAzureAsyncOperation/{id})")),
    put_settle_seconds=Fact(None, "our inference: no recording found"),
    delete=Fact(
        Answer(codes=(202, 204), lro=True, async_header="Location"),
        ("spec example: Azure/azure-rest-api-specs specification/mongocluster/resource-manager/"
         "Microsoft.DocumentDB/MongoCluster/stable/2026-06-01/examples/"
         "MongoClusters_PrivateEndpointConnectionDelete.json (202 with Location AND Azure-AsyncOperation "
         "headers, 204)")),
    actions_field=Fact(
        "actionsRequired",
        ("spec example: Azure/azure-rest-api-specs specification/mongocluster/resource-manager/"
         "Microsoft.DocumentDB/MongoCluster/examples/2025-07-01-preview/"
         "MongoClusters_PrivateEndpointConnectionPut.json (actionsRequired: \"None\")")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec example: Azure/azure-rest-api-specs specification/mongocluster/resource-manager/"
         "Microsoft.DocumentDB/MongoCluster/examples/2025-07-01-preview/"
         "MongoClusters_PrivateEndpointConnectionPut.json")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/mongocluster/resource-manager/"
         "Microsoft.DocumentDB/MongoCluster/examples/2025-07-01-preview/"
         "MongoClusters_PrivateEndpointConnectionPut.json")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/mongocluster/resource-manager/"
         "Microsoft.DocumentDB/MongoCluster/stable/2024-07-01/examples/"
         "MongoClusters_PrivateEndpointConnectionPut.json (stable; operationId "
         "PrivateEndpointConnections_Create; 200/201 with the connection, 202 with Location "
         ".../mongoClusterOperationResults/{id} and Azure-AsyncOperation "
         ".../mongoClusterAzureAsyncOperation/{id})")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        ("our inference: TypeSpec Azure.ResourceManager PrivateEndpointServiceConnectionStatus (common-types v5 "
         "shape, spec: Azure/azure-rest-api-specs specification/common-types/"
         "resource-management/v5/privatelinks.json)")),
    transitional_statuses=Fact((), "our inference: none in the common enum"),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Deleting", "Failed"),
        ("our inference: common-types v5 PrivateEndpointConnectionProvisioningState; spec example shows "
         "Succeeded")),
    refused_transitions=Fact(
        DISCONNECTED_IS_FINAL,
        ("our inference: nothing documented for mongoClusters (the Cosmos DB accounts refusal of Rejected -> "
         "Approved is a different resource provider surface; treat as unknown); " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Azure Cosmos DB for MongoDB (vCore) cluster refusing a write that "
         "repeats the current status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("MongoCluster",),
        ("spec example: Azure/azure-rest-api-specs specification/mongocluster/resource-manager/"
         "Microsoft.DocumentDB/MongoCluster/examples/2025-07-01-preview/"
         "MongoClusters_PrivateEndpointConnectionPut.json (groupIds [\"MongoCluster\"])")),
)

ELASTIC_SAN = ResourceType(
    arm_type="Microsoft.ElasticSan/elasticSans",
    label="Elastic SAN",
    names=("elastic_san", "elasticsan"),
    parent_option="elastic_san_name",
    api_version=Fact(
        "2024-05-01",
        ("spec: Azure/azure-rest-api-specs specification/elasticsan/resource-manager/"
         "Microsoft.ElasticSan/stable/2024-05-01/elasticsan.json (stable folder with "
         "PrivateEndpointConnections_* examples; a newer stable may exist, not checked)")),
    api_versions_seen=Fact(
        ("2022-12-01-preview", "2024-05-01"),
        ("spec: Azure/azure-rest-api-specs specification/elasticsan stable folder 2024-05-01; plus Az "
         "PowerShell registry - Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers 2022-12-01-preview; spec folder "
         "2024-05-01; no connection recording found (Azure/azure-cli-extensions src/elastic-san recordings have "
         "no private endpoint scenario)")),
    connections_listing=Fact(
        "collection",
        ("spec example: Azure/azure-rest-api-specs specification/elasticsan/resource-manager/"
         "Microsoft.ElasticSan/stable/2024-05-01/examples/PrivateEndpointConnections_List_MaximumSet_Gen.json; "
         "Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs hasConnectionsURI=true")),
    list_paged=Fact(True, "our inference: the list operation is x-ms-pageable with nextLink"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/elasticsan/resource-manager/"
         "Microsoft.ElasticSan/stable/2024-05-01/examples/PrivateEndpointConnections_Create_MaximumSet_Gen.json")),
    get_missing=Fact(404, "our inference: spec declares 200 + default ErrorResponse"),
    put=Fact(
        Answer(codes=(200, 201), lro=True, async_header="Location", body_at_once="Succeeded"),
        ("spec example: Azure/azure-rest-api-specs specification/elasticsan/resource-manager/"
         "Microsoft.ElasticSan/stable/2024-05-01/examples/PrivateEndpointConnections_Create_MaximumSet_Gen.json "
         "(operationId PrivateEndpointConnections_Create; 200 and 201, the 201 with a location header)")),
    put_settle_seconds=Fact(None, "our inference: no recording found"),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Location"),
        ("spec example: Azure/azure-rest-api-specs specification/elasticsan/resource-manager/"
         "Microsoft.ElasticSan/stable/2024-05-01/examples/PrivateEndpointConnections_Delete_MaximumSet_Gen.json "
         "(200, 202 with location, 204)")),
    actions_field=Fact(
        "actionsRequired",
        ("spec example: Azure/azure-rest-api-specs specification/elasticsan/resource-manager/"
         "Microsoft.ElasticSan/stable/2024-05-01/examples/PrivateEndpointConnections_Create_MaximumSet_Gen.json "
         "(actionsRequired: \"None\")")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("spec example: Azure/azure-rest-api-specs specification/elasticsan/resource-manager/"
         "Microsoft.ElasticSan/stable/2024-05-01/examples/PrivateEndpointConnections_Create_MaximumSet_Gen.json "
         "(request carries status, description, actionsRequired)")),
    put_body_shape=Fact(
        ("properties.privateLinkServiceConnectionState (+ properties.groupIds and an empty "
         "properties.privateEndpoint in the spec example)"),
        ("spec example: Azure/azure-rest-api-specs specification/elasticsan/resource-manager/"
         "Microsoft.ElasticSan/stable/2024-05-01/examples/PrivateEndpointConnections_Create_MaximumSet_Gen.json "
         "(request body: properties.privateEndpoint {}, privateLinkServiceConnectionState, groupIds); our "
         "inference: groupIds should be echoed unchanged from the GET because the Elastic SAN schema lists them "
         "on the connection and one connection maps to volume groups")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/elasticsan/resource-manager/"
         "Microsoft.ElasticSan/stable/2024-05-01/examples/PrivateEndpointConnections_Create_MaximumSet_Gen.json "
         "(operationId PrivateEndpointConnections_Create; 200 and 201, the 201 with a location header)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Failed"),
        ("our inference: Elastic SAN defines its own PrivateEndpointServiceConnectionStatus which adds 'Failed' "
         "- verify in Azure/azure-rest-api-specs specification/elasticsan/resource-manager/"
         "Microsoft.ElasticSan/stable/2024-05-01/elasticsan.json")),
    transitional_statuses=_no_transitional(
        "elasticsan/resource-manager/Microsoft.ElasticSan/stable/2024-05-01/elasticsan.json",
        ("Pending", "Approved", "Failed", "Rejected")),
    provisioning_states=Fact(
        ("Invalid", "Succeeded", "Failed", "Canceled", "Pending", "Creating", "Updating", "Deleting"),
        ("our inference: Elastic SAN's ProvisioningStates enum (shared with its other resources); spec example "
         "shows Succeeded")),
    refused_transitions=Fact(DISCONNECTED_IS_FINAL, "our inference: nothing documented; " + _DISCONNECTED_SOURCE),
    resends_same_status=Fact(
        True,
        "our inference: no source shows Elastic SAN refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("<volume group name>",),
        ("spec example: Azure/azure-rest-api-specs specification/elasticsan/resource-manager/"
         "Microsoft.ElasticSan/stable/2024-05-01/examples/PrivateEndpointConnections_Create_MaximumSet_Gen.json "
         "(connection groupIds are volume-group resource ids .../elasticSans/{san}/volumegroups/{vg}; the "
         "private endpoint's group id is the volume group name)")),
)

EVENTGRID_DOMAIN = ResourceType(
    arm_type="Microsoft.EventGrid/domains",
    label="Event Grid domain",
    names=("eventgrid_domain", "event_grid_domain"),
    parent_option="domain_name",
    api_version=Fact(
        "2025-02-15",
        ("spec: Azure/azure-rest-api-specs specification/eventgrid/resource-manager/"
         "Microsoft.EventGrid/stable/2025-02-15/EventGrid.json (newest stable folder; serves topics, domains, "
         "partnerNamespaces and namespaces connections through one {parentType} path, see "
         "Azure/azure-rest-api-specs specification/eventgrid/resource-manager/Microsoft.EventGrid/stable/"
         "2025-02-15/examples/PrivateEndpointConnections_Delete.json)")),
    api_versions_seen=Fact(
        ("2020-04-01-preview", "2020-10-15-preview", "2025-02-15"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_domain.yaml (connection calls "
         "api-version=2020-04-01-preview, parent GET 2020-10-15-preview, Nov 2021); Azure/azure-cli src/"
         "azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_connections/custom.py "
         "and Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs 2020-04-01-preview")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_domain.yaml (GET .../privateEndpointConnections answered "
         "{\"value\": [...]}); the parent GET also carries properties.privateEndpointConnections with full items")),
    list_paged=Fact(
        True,
        ("our inference: Event Grid's PrivateEndpointConnections_ListByResource is x-ms-pageable (nextLink, "
         "$top/$filter); the recorded list had no nextLink")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_domain.yaml; the Event Grid spec uses one generic path "
         ".../Microsoft.EventGrid/{parentType}/{parentName}/privateEndpointConnections/{name} with parentType "
         "topics|domains|partnerNamespaces|namespaces")),
    get_missing=Fact(404, "our inference: spec declares 200 + default error"),
    put=Fact(
        Answer(codes=(201, 200), lro=True, async_header="Azure-AsyncOperation", body_at_once="Updating"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_domain.yaml (approve and reject PUT answered 201 Created; "
         "body showed the NEW status with provisioningState Updating and privateEndpoint null, groupIds null; "
         "azure-asyncoperation .../providers/Microsoft.EventGrid/locations/{region}/operationsStatus/{id})")),
    put_settle_seconds=Fact(
        (11, 13),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_domain.yaml (first GET after each PUT, 11-14 s later, "
         "showed Succeeded with the new status)")),
    delete=Fact(
        Answer(codes=(202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("spec example: Azure/azure-rest-api-specs specification/eventgrid/resource-manager/Microsoft.EventGrid/"
         "stable/2025-02-15/examples/PrivateEndpointConnections_Delete.json (202, 204; generic path with "
         "parentType=topics); recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/recordings/test_private_endpoint_connection_event_grid_domain.yaml (DELETE answered 202 "
         "Accepted, empty body, azure-asyncoperation operationsStatus + location operationResults)")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_domain.yaml (actionsRequired: \"None\")")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_domain.yaml (PUT carried status, description, "
         "actionsRequired and was accepted)")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_domain.yaml (the CLI echoed privateEndpoint, groupIds, "
         "provisioningState, id, name, type and Event Grid accepted it)")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_domain.yaml (approve and reject PUT answered 201 Created; "
         "body showed the NEW status with provisioningState Updating and privateEndpoint null, groupIds null; "
         "azure-asyncoperation .../providers/Microsoft.EventGrid/locations/{region}/operationsStatus/{id})")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("doc: https://learn.microsoft.com/en-nz/dotnet/api/"
         "azure.resourcemanager.eventgrid.models.eventgridprivateendpointpersistedconnectionstatus (Approved, "
         "Disconnected, Pending, Rejected; azure-mgmt-eventgrid PersistedConnectionStatus)")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_domain.yaml")),
    provisioning_states=Fact(
        ("Creating", "Updating", "Deleting", "Succeeded", "Canceled", "Failed"),
        ("doc: https://learn.microsoft.com/en-in/dotnet/api/"
         "azure.resourcemanager.eventgrid.models.eventgridresourceprovisioningstate (provisioning state of the "
         "private endpoint connection: Canceled, Creating, Deleting, Failed, Succeeded, Updating); recording: "
         "src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_domain.yaml shows Updating and Succeeded")),
    refused_transitions=Fact(
        DISCONNECTED_IS_FINAL,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_domain.yaml (Approved -> Approved with a new description "
         "accepted 201, Approved -> Rejected accepted). Rejected -> Approved not exercised: our inference, "
         "unverified; " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        "our inference: no source shows Event Grid domain refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("domain",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_domain.yaml (private endpoint --group-ids domain; "
         "connection groupIds [\"domain\"])")),
)

EVENTGRID_NAMESPACE = ResourceType(
    arm_type="Microsoft.EventGrid/namespaces",
    label="Event Grid namespace",
    names=("eventgrid_namespace", "event_grid_namespace"),
    parent_option="namespace_name",
    api_version=Fact(
        "2025-02-15",
        ("spec: Azure/azure-rest-api-specs specification/eventgrid/resource-manager/"
         "Microsoft.EventGrid/stable/2025-02-15/EventGrid.json (newest stable folder, exists); that its "
         "{parentType} enum for privateEndpointConnections includes 'namespaces' is our inference from the "
         "Bicep reference Microsoft.EventGrid/namespaces/privateEndpointConnections (2023-12-15-preview, "
         "2025-07-15-preview) - not read in the stable file")),
    api_versions_seen=Fact(
        ("2023-06-01-preview", "2023-12-15-preview", "2025-02-15"),
        ("our inference: no recording or stable-spec listing checked for namespaces; gathered from Az "
         "PowerShell registry - Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers 2023-06-01-preview; Bicep/azapi "
         "references show Microsoft.EventGrid/namespaces/privateEndpointConnections@2023-12-15-preview and "
         "@2025-07-15-preview; no recording found")),
    connections_listing=Fact(
        "collection",
        ("our inference: same Event Grid PrivateEndpointConnections_ListByResource with parentType=namespaces; "
         "Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs hasConnectionsURI=true")),
    list_paged=Fact(True, "our inference: as for Event Grid topics/domains"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("doc: Bicep reference Microsoft.EventGrid/namespaces/privateEndpointConnections "
         "(PrivateEndpointConnections_Update example)")),
    get_missing=_missing_is_404(
        "eventgrid/resource-manager/Microsoft.EventGrid/preview/2024-06-01-preview/EventGrid.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(201, 200), lro=True, async_header="Azure-AsyncOperation", body_at_once="Updating"),
        ("our inference: same Event Grid operation as domains/topics, which were recorded answering 201 + "
         "Azure-AsyncOperation with provisioningState Updating (recording: Azure/azure-cli src/azure-cli/azure/"
         "cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_domain.yaml)")),
    put_settle_seconds=Fact(
        (11, 14),
        "our inference: taken from the Event Grid domain/topic recordings; no namespace recording"),
    delete=Fact(
        Answer(codes=(202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("spec example: Azure/azure-rest-api-specs specification/eventgrid/resource-manager/Microsoft.EventGrid/"
         "stable/2025-02-15/examples/PrivateEndpointConnections_Delete.json (202, 204; generic path with "
         "parentType=topics)")),
    actions_field=Fact(
        "actionsRequired",
        ("doc: azapi/Bicep body for Microsoft.EventGrid/namespaces/privateEndpointConnections "
         "(privateLinkServiceConnectionState {actionsRequired, description, status})")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("doc: azapi body (groupIds, privateEndpoint, privateLinkServiceConnectionState{actionsRequired, "
         "description, status})")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        "our inference: as Event Grid topics/domains"),
    writable=Fact(
        True,
        ("our inference: same Event Grid operation as domains/topics, which were recorded answering 201 + "
         "Azure-AsyncOperation with provisioningState Updating (recording: Azure/azure-cli src/azure-cli/azure/"
         "cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_domain.yaml)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("doc: https://learn.microsoft.com/en-nz/dotnet/api/"
         "azure.resourcemanager.eventgrid.models.eventgridprivateendpointpersistedconnectionstatus (Approved, "
         "Disconnected, Pending, Rejected; azure-mgmt-eventgrid PersistedConnectionStatus)")),
    transitional_statuses=_no_transitional(
        "eventgrid/resource-manager/Microsoft.EventGrid/preview/2024-06-01-preview/EventGrid.json",
        ("Pending", "Approved", "Rejected", "Disconnected")),
    provisioning_states=Fact(
        ("Creating", "Updating", "Deleting", "Succeeded", "Canceled", "Failed"),
        ("doc: https://learn.microsoft.com/en-in/dotnet/api/"
         "azure.resourcemanager.eventgrid.models.eventgridresourceprovisioningstate (provisioning state of the "
         "private endpoint connection: Canceled, Creating, Deleting, Failed, Succeeded, Updating)")),
    refused_transitions=Fact(DISCONNECTED_IS_FINAL, "our inference: nothing documented; " + _DISCONNECTED_SOURCE),
    resends_same_status=Fact(
        True,
        "our inference: no source shows Event Grid namespace refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("topic", "topicspace"),
        ("our inference: Event Grid namespace private link sub-resources (namespace topics over HTTP = topic, "
         "MQTT topic spaces = topicspace) per the Event Grid namespace private endpoint docs; not verified "
         "against a recording")),
)

EVENTGRID_PARTNER_NAMESPACE = ResourceType(
    arm_type="Microsoft.EventGrid/partnerNamespaces",
    label="Event Grid partner namespace",
    names=("eventgrid_partner_namespace", "partner_namespace"),
    parent_option="partner_namespace_name",
    api_version=Fact(
        "2025-02-15",
        ("spec: Azure/azure-rest-api-specs specification/eventgrid/resource-manager/"
         "Microsoft.EventGrid/stable/2025-02-15/EventGrid.json (newest stable; Event Grid serves topics, "
         "domains, partnerNamespaces and namespaces through ONE generic path .../providers/Microsoft.EventGrid/"
         "{parentType}/{parentName}/privateEndpointConnections/{name} with parentType enum; not re-read section "
         "by section in this session)")),
    api_versions_seen=Fact(
        ("2020-04-01-preview", "2022-06-15", "2025-02-15"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/eventgrid/tests/"
         "latest/recordings/test_private_link.yaml (Event Grid topic connections listed with "
         "2020-04-01-preview, June 2020); spec folders")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/eventgrid/tests/"
         "latest/recordings/test_private_link.yaml (GET .../topics/{name}/privateEndpointConnections answered "
         "200 {value:[...]}, same RP and generic path); our inference for partnerNamespaces")),
    list_paged=Fact(
        True,
        "our inference: Event Grid list operations are x-ms-pageable with nextLink and accept $filter/$top"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/eventgrid/tests/"
         "latest/recordings/test_private_link.yaml")),
    get_missing=Fact(404, "our inference: ARM proxy resource"),
    put=Fact(
        Answer(codes=(200, 201), lro=True, async_header="Azure-AsyncOperation", body_at_once="Updating"),
        ("our inference: from generated SDK code/samples (not the spec itself): spec example via "
         "Azure/azure-sdk-for-go sdk/resourcemanager/eventgrid/armeventgrid (example generated from "
         "specification/eventgrid/.../2024-06-01-preview/examples/PrivateEndpointConnections_Update.json: "
         "PrivateEndpointConnectionsClient.BeginUpdate) (update is a long-running Begin* operation); codes "
         "200/201 and the Updating body: our inference from the Event Grid ARM pattern; no partner-namespace "
         "PUT recorded [NOTE: elided preview example path, not verified]")),
    put_settle_seconds=Fact((5, 60), "our inference: not recorded for partner namespaces"),
    delete=Fact(
        Answer(codes=(202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("our inference: Event Grid deletes are long-running (PrivateEndpointConnectionsClient.BeginDelete in "
         "Azure/azure-sdk-for-go sdk/resourcemanager/eventgrid/armeventgrid)")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/eventgrid/tests/"
         "latest/recordings/test_private_link.yaml (Event Grid topic connection \"actionsRequired\":\"None\")")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        "our inference: Event Grid ConnectionState {status, description, actionsRequired}"),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        "our inference: same body as Event Grid topics (spec example PrivateEndpointConnections_Update.json)"),
    writable=Fact(
        True,
        ("our inference: from generated SDK code/samples (not the spec itself): spec example via "
         "Azure/azure-sdk-for-go sdk/resourcemanager/eventgrid/armeventgrid (example generated from "
         "specification/eventgrid/.../2024-06-01-preview/examples/PrivateEndpointConnections_Update.json: "
         "PrivateEndpointConnectionsClient.BeginUpdate) (update is a long-running Begin* operation); codes "
         "200/201 and the Updating body: our inference from the Event Grid ARM pattern; no partner-namespace "
         "PUT recorded [NOTE: elided preview example path, not verified]")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        "our inference: Event Grid PersistedConnectionStatus enum (Pending, Approved, Rejected, Disconnected)"),
    transitional_statuses=Fact((), "our inference: none documented"),
    provisioning_states=Fact(
        ("Creating", "Updating", "Deleting", "Succeeded", "Canceled", "Failed"),
        ("our inference: Event Grid ResourceProvisioningState enum; recording Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/eventgrid/tests/latest/recordings/test_private_link.yaml shows Succeeded")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: refused (MicrosoftDocs/azure-docs #115121)"),) + DISCONNECTED_IS_FINAL,
        ("our inference: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/test_private_endpoint_commands.py approves then rejects Event Grid topic and domain "
         "connections successfully (same RP); nothing recorded for partner namespaces; " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Event Grid partner namespace refusing a write that repeats the current "
         "status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        _ARM_BUSY_CODE),
    group_ids=Fact(
        ("partnernamespace",),
        ("our inference: Event Grid private link group ids are the lower-case singular parent kind ('topic', "
         "'domain' recorded in Azure/azure-cli src/azure-cli/azure/cli/command_modules/eventgrid/tests/"
         "latest/recordings/test_private_link.yaml and Azure/azure-cli src/azure-cli/azure/cli/command_modules/"
         "network/tests/latest/test_private_endpoint_commands.py); Microsoft docs list 'partnernamespace' for "
         "partner namespaces")),
)

EVENTGRID_TOPIC = ResourceType(
    arm_type="Microsoft.EventGrid/topics",
    label="Event Grid topic",
    names=("eventgrid_topic", "event_grid_topic"),
    parent_option="topic_name",
    api_version=Fact(
        "2025-02-15",
        ("spec: Azure/azure-rest-api-specs specification/eventgrid/resource-manager/"
         "Microsoft.EventGrid/stable/2025-02-15/EventGrid.json (newest stable folder; serves topics, domains, "
         "partnerNamespaces and namespaces connections through one {parentType} path, see "
         "Azure/azure-rest-api-specs specification/eventgrid/resource-manager/Microsoft.EventGrid/stable/"
         "2025-02-15/examples/PrivateEndpointConnections_Delete.json)")),
    api_versions_seen=Fact(
        ("2020-04-01-preview", "2020-10-15-preview", "2025-02-15"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_topic.yaml (connection calls "
         "api-version=2020-04-01-preview, parent GET 2020-10-15-preview, Nov 2021); Azure/azure-cli src/"
         "azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_connections/custom.py "
         "and Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs 2020-04-01-preview")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_topic.yaml (GET .../privateEndpointConnections answered "
         "{\"value\": [...]}); the parent GET also carries properties.privateEndpointConnections with full items")),
    list_paged=Fact(
        True,
        ("our inference: Event Grid's PrivateEndpointConnections_ListByResource is x-ms-pageable (nextLink, "
         "$top/$filter); the recorded list had no nextLink")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_topic.yaml; the Event Grid spec uses one generic path .../"
         "Microsoft.EventGrid/{parentType}/{parentName}/privateEndpointConnections/{name} with parentType "
         "topics|domains|partnerNamespaces|namespaces")),
    get_missing=Fact(404, "our inference: spec declares 200 + default error"),
    put=Fact(
        Answer(codes=(201, 200), lro=True, async_header="Azure-AsyncOperation", body_at_once="Updating"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_topic.yaml (approve and reject PUT answered 201 Created; "
         "body showed the NEW status with provisioningState Updating and privateEndpoint null, groupIds null; "
         "azure-asyncoperation .../providers/Microsoft.EventGrid/locations/{region}/operationsStatus/{id})")),
    put_settle_seconds=Fact(
        (13, 14),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_topic.yaml (first GET after each PUT, 11-14 s later, "
         "showed Succeeded with the new status)")),
    delete=Fact(
        Answer(codes=(202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("spec example: Azure/azure-rest-api-specs specification/eventgrid/resource-manager/Microsoft.EventGrid/"
         "stable/2025-02-15/examples/PrivateEndpointConnections_Delete.json (202, 204; generic path with "
         "parentType=topics); recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/recordings/test_private_endpoint_connection_event_grid_topic.yaml (DELETE answered 202 "
         "Accepted, empty body, azure-asyncoperation operationsStatus + location operationResults)")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_topic.yaml (actionsRequired: \"None\")")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_topic.yaml (PUT carried status, description, "
         "actionsRequired and was accepted)")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_topic.yaml (the CLI echoed privateEndpoint, groupIds, "
         "provisioningState, id, name, type and Event Grid accepted it)")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_topic.yaml (approve and reject PUT answered 201 Created; "
         "body showed the NEW status with provisioningState Updating and privateEndpoint null, groupIds null; "
         "azure-asyncoperation .../providers/Microsoft.EventGrid/locations/{region}/operationsStatus/{id})")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("doc: https://learn.microsoft.com/en-nz/dotnet/api/"
         "azure.resourcemanager.eventgrid.models.eventgridprivateendpointpersistedconnectionstatus (Approved, "
         "Disconnected, Pending, Rejected; azure-mgmt-eventgrid PersistedConnectionStatus)")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_topic.yaml")),
    provisioning_states=Fact(
        ("Creating", "Updating", "Deleting", "Succeeded", "Canceled", "Failed"),
        ("doc: https://learn.microsoft.com/en-in/dotnet/api/"
         "azure.resourcemanager.eventgrid.models.eventgridresourceprovisioningstate (provisioning state of the "
         "private endpoint connection: Canceled, Creating, Deleting, Failed, Succeeded, Updating); recording: "
         "src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_topic.yaml shows Updating and Succeeded")),
    refused_transitions=Fact(
        DISCONNECTED_IS_FINAL,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_topic.yaml (Approved -> Approved with a new description "
         "accepted 201, Approved -> Rejected accepted). Rejected -> Approved not exercised: our inference, "
         "unverified; " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        "our inference: no source shows Event Grid topic refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("topic",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_event_grid_topic.yaml (private endpoint --group-ids topic; "
         "connection groupIds [\"topic\"])")),
)

EVENTHUB_NAMESPACE = ResourceType(
    arm_type="Microsoft.EventHub/namespaces",
    label="Event Hubs namespace",
    names=("eventhub_namespace", "eventhub", "eventhubs", "event_hubs_namespace"),
    parent_option="namespace_name",
    api_version=Fact(
        "2024-01-01",
        ("spec: Azure/azure-rest-api-specs specification/eventhub/resource-manager/"
         "Microsoft.EventHub/stable/2024-01-01/namespaces.json (newest stable folder with "
         "PrivateEndpointConnections_* operations)")),
    api_versions_seen=Fact(
        ("2021-06-01-preview", "2024-01-01"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_eventhub.yaml (June 2025, Azure CLI 2.74 sends 2021-06-01-preview "
         "for list/show/PUT/DELETE); Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py (register_providers) registers "
         "'Microsoft.EventHub/namespaces', '2021-06-01-preview'")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_eventhub.yaml (GET .../namespaces/{name}/privateEndpointConnections "
         "answered 200 {value:[...]} with full objects incl. location); spec: Azure/azure-rest-api-specs "
         "specification/eventhub/resource-manager/Microsoft.EventHub/stable/2024-01-01/namespaces.json "
         "PrivateEndpointConnections_List; the parent also carries properties.privateEndpointConnections (spec "
         "EHNamespace)")),
    list_paged=Fact(
        True,
        ("spec: Azure/azure-rest-api-specs specification/eventhub/resource-manager/"
         "Microsoft.EventHub/stable/2024-01-01/namespaces.json x-ms-pageable nextLinkName nextLink")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_eventhub.yaml")),
    get_missing=Fact(
        404,
        ("our inference: spec GET lists only 200 + default ErrorResponse; ARM proxy resources answer 404 for a "
         "missing child")),
    put=Fact(
        Answer(codes=(200, 201, 202), lro=True, async_header="Azure-AsyncOperation", body_at_once="Updating"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_eventhub.yaml (PUT status Rejected answered 202 Accepted WITH a "
         "body: provisioningState 'Updating', privateLinkServiceConnectionState {status: Rejected} (description "
         "dropped), header azure-asyncoperation .../privateEndpointConnections/{name}/operationStatus/"
         "{name}?api-version=...&operationType=Update); spec: Azure/azure-rest-api-specs specification/eventhub/"
         "resource-manager/Microsoft.EventHub/stable/2024-01-01/namespaces.json PUT responses 200/201/202 all "
         "with a PrivateEndpointConnection body, but NOT marked x-ms-long-running-operation (spec gap: real "
         "traffic is asynchronous)")),
    put_settle_seconds=Fact(
        (25, 40),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_eventhub.yaml (PUT at 13:53:49 202 Updating; GET 13:54:01 Updating, "
         "13:54:14 Updating, 13:54:26 Succeeded/Rejected: about 37 s; window widened: our inference)")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_eventhub.yaml (DELETE answered 202 Accepted, empty body, header "
         "azure-asyncoperation .../privateEndpointConnections/{name}/"
         "operationStatus/{name}?...&operationType=Delete, no Location); spec: Azure/azure-rest-api-specs "
         "specification/eventhub/resource-manager/Microsoft.EventHub/stable/2024-01-01/namespaces.json DELETE "
         "200/202/204, x-ms-long-running-operation true")),
    actions_field=Fact(
        None,
        ("spec: Azure/azure-rest-api-specs specification/eventhub/resource-manager/"
         "Microsoft.EventHub/stable/2024-01-01/namespaces.json definition ConnectionState has only status and "
         "description; recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_private_endpoint_connection_eventhub.yaml connection bodies carry no actionsRequired "
         "(the consumer's private endpoint shows actionsRequired 'None', not the namespace)")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec: Azure/azure-rest-api-specs specification/eventhub/resource-manager/"
         "Microsoft.EventHub/stable/2024-01-01/namespaces.json ConnectionState {status, description}")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/eventhub/resource-manager/Microsoft.EventHub/"
         "stable/2024-01-01/examples/NameSpaces/PrivateEndPointConnectionCreate.json; recording: "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_eventhub.yaml (the Azure CLI echoed the whole GET body incl. "
         "provisioningState and privateEndpoint and it was accepted; a minimal body is our choice)")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_eventhub.yaml (PUT status Rejected answered 202 Accepted WITH a "
         "body: provisioningState 'Updating', privateLinkServiceConnectionState {status: Rejected} (description "
         "dropped), header azure-asyncoperation .../privateEndpointConnections/{name}/operationStatus/"
         "{name}?api-version=...&operationType=Update); spec: Azure/azure-rest-api-specs specification/eventhub/"
         "resource-manager/Microsoft.EventHub/stable/2024-01-01/namespaces.json PUT responses 200/201/202 all "
         "with a PrivateEndpointConnection body, but NOT marked x-ms-long-running-operation (spec gap: real "
         "traffic is asynchronous)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("spec: Azure/azure-rest-api-specs specification/eventhub/resource-manager/"
         "Microsoft.EventHub/stable/2024-01-01/namespaces.json ConnectionState.status enum "
         "PrivateLinkConnectionStatus")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_eventhub.yaml (status flipped to Rejected at once in the 202 body; "
         "the transition shows in provisioningState Updating)")),
    provisioning_states=Fact(
        ("Creating", "Updating", "Deleting", "Succeeded", "Canceled", "Failed"),
        ("spec: Azure/azure-rest-api-specs specification/eventhub/resource-manager/"
         "Microsoft.EventHub/stable/2024-01-01/namespaces.json EndPointProvisioningState enum; recording: "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_eventhub.yaml shows Updating then Succeeded")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer=("unknown; our inference: refused as on most services (MicrosoftDocs/azure-docs "
                            "#115121 'rejected connection cannot be approved')")),) + DISCONNECTED_IS_FINAL,
        ("our inference: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/test_private_endpoint_commands.py test_private_endpoint_connection_eventhub calls "
         "_test_private_endpoint(self, approve=False) beside the comment 'For some services: A state change "
         "from Approved to Approved is not valid' (the auto-approved connection is not approved again); "
         "Approved -> Rejected recorded as accepted (Azure/azure-cli src/azure-cli/azure/cli/command_modules/"
         "network/tests/latest/recordings/test_private_endpoint_connection_eventhub.yaml); " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        False,
        ("our inference: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/test_private_endpoint_commands.py test_private_endpoint_connection_eventhub calls "
         "_test_private_endpoint(self, approve=False) beside the comment 'For some services: A state change "
         "from Approved to Approved is not valid' (the auto-approved connection is not approved again); "
         "Approved -> Rejected recorded as accepted (Azure/azure-cli src/azure-cli/azure/cli/command_modules/"
         "network/tests/latest/recordings/test_private_endpoint_connection_eventhub.yaml) (refused: Approved -> "
         "Approved)")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: not documented for Event Hubs connections; 409 Conflict is the messaging RP's usual answer "
         "to a concurrent change, AnotherOperationInProgress is ARM-wide; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("namespace",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_eventhub.yaml (groupIds [\"namespace\"])")),
)

HDINSIGHT_CLUSTER = ResourceType(
    arm_type="Microsoft.HDInsight/clusters",
    label="HDInsight cluster (with Private Link)",
    names=("hdinsight_cluster", "hdinsight"),
    parent_option="cluster_name",
    api_version=Fact(
        "2021-06-01",
        ("spec example: Azure/azure-rest-api-specs specification/hdinsight/resource-manager/Microsoft.HDInsight/"
         "stable/2021-06-01/examples/ApprovePrivateEndpointConnection.json (2021-06-01 is the only stable "
         "HDInsight folder with PrivateEndpointConnections_*; later ones 2023-04-15-preview, "
         "2023-08-15-preview, 2024-08-01-preview, 2025-01-15-preview are previews)")),
    api_versions_seen=Fact(
        ("2018-06-01-preview", "2021-06-01"),
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers 'Microsoft.HDInsight/clusters', "
         "'2018-06-01-preview', hasConnectionsURI true; Azure/azure-cli src/azure-cli/azure/cli/command_modules/"
         "network/private_link_resource_and_endpoint_connections/custom.py (register_providers) registers "
         "HDInsight clusters; recordings of private-link clusters exist in the hdinsight module "
         "(Azure/azure-cli src/azure-cli/azure/cli/command_modules/hdinsight/tests/latest/recordings/"
         "test_hdinsight_cluster_with_private_link_configurations.yaml) but no connection approve/reject "
         "traffic was found")),
    connections_listing=Fact(
        "collection",
        ("spec example: Azure/azure-rest-api-specs specification/hdinsight/resource-manager/Microsoft.HDInsight/"
         "stable/2021-06-01/examples/GetAllPrivateEndpointConnectionsInCluster.json — "
         "PrivateEndpointConnections_ListByCluster (Go example NewListByClusterPager at 2021-06-01)")),
    list_paged=Fact(True, "spec: x-ms-pageable nextLink (Go pager)"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/hdinsight/resource-manager/Microsoft.HDInsight/"
         "stable/2021-06-01/examples/ApprovePrivateEndpointConnection.json")),
    get_missing=_missing_is_404(
        "hdinsight/resource-manager/Microsoft.HDInsight/stable/2021-06-01/privateEndpointConnections.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200, 201), lro=True, async_header="Azure-AsyncOperation", body_at_once="Succeeded"),
        ("spec example: Azure/azure-rest-api-specs specification/hdinsight/resource-manager/Microsoft.HDInsight/"
         "stable/2021-06-01/examples/ApprovePrivateEndpointConnection.json (200 with body provisioningState "
         "'Succeeded'); long-running, 201 and header: our inference (HDInsight cluster operations are LRO; not "
         "verified in the spec text this session)")),
    put_settle_seconds=Fact(
        (10, 300),
        ("our inference: HDInsight applies connection changes through the cluster's gateway configuration; not "
         "recorded")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Location"),
        ("spec example: Azure/azure-rest-api-specs specification/hdinsight/resource-manager/Microsoft.HDInsight/"
         "stable/2021-06-01/examples/DeletePrivateEndpointConnection.json (200; 202 with location .../providers/"
         "Microsoft.HDInsight/pathToOperationResult; 204)")),
    actions_field=Fact(
        "actionsRequired",
        ("spec example: Azure/azure-rest-api-specs specification/hdinsight/resource-manager/Microsoft.HDInsight/"
         "stable/2021-06-01/examples/ApprovePrivateEndpointConnection.json")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("spec example: Azure/azure-rest-api-specs specification/hdinsight/resource-manager/Microsoft.HDInsight/"
         "stable/2021-06-01/examples/ApprovePrivateEndpointConnection.json (PUT body "
         "privateLinkServiceConnectionState {status, description, actionsRequired})")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/hdinsight/resource-manager/Microsoft.HDInsight/"
         "stable/2021-06-01/examples/ApprovePrivateEndpointConnection.json")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/hdinsight/resource-manager/Microsoft.HDInsight/"
         "stable/2021-06-01/examples/ApprovePrivateEndpointConnection.json (200 with body provisioningState "
         "'Succeeded'); long-running, 201 and header: our inference (HDInsight cluster operations are LRO; not "
         "verified in the spec text this session)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Removed"),
        "our inference: HDInsight PrivateLinkServiceConnectionStatus enum (Approved/Rejected/Pending/Removed)"),
    transitional_statuses=_no_transitional(
        "hdinsight/resource-manager/Microsoft.HDInsight/stable/2021-06-01/privateEndpointConnections.json",
        ("Approved", "Rejected", "Pending", "Removed")),
    provisioning_states=Fact(
        ("InProgress", "Updating", "Failed", "Succeeded", "Canceled", "Deleting"),
        "our inference: HDInsight PrivateEndpointConnectionProvisioningState enum; example shows Succeeded"),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: possibly refused"),) + DISCONNECTED_IS_FINAL,
        _REJECTED_NOT_TRIED),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows HDInsight cluster (with Private Link) refusing a write that repeats "
         "the current status")),
    busy_codes=Fact(
        ("ClusterOperationInProgress",),
        ("our inference: HDInsight refuses concurrent cluster operations; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("headnode", "gateway"),
        ("our inference: HDInsight Private Link docs (private link configurations named for gateway and "
         "headnode; clusters created with privateLink Enabled and resourceProviderConnection Outbound)")),
)

CLOUD_HSM_CLUSTER = ResourceType(
    arm_type="Microsoft.HardwareSecurityModules/cloudHsmClusters",
    label="Azure Cloud HSM cluster",
    names=("cloud_hsm_cluster", "cloud_hsm"),
    parent_option="cluster_name",
    api_version=Fact(
        "2025-03-31",
        ("spec example: Azure/azure-rest-api-specs specification/hardwaresecuritymodules/resource-manager/"
         "Microsoft.HardwareSecurityModules/stable/2025-03-31/examples/"
         "CloudHsmClusterPrivateEndpointConnection_Create_MaximumSet_Gen.json (stable 2025-03-31 folder has the "
         "PEC operations; earlier versions were previews)")),
    api_versions_seen=Fact(
        ("2022-08-31-preview", "2025-03-31"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_chsm_private_endpoint_connection.yaml (Apr 2023, Azure CLI 2.47, 2022-08-31-preview); "
         "Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers "
         "'Microsoft.HardwareSecurityModules/cloudHsmClusters', '2022-08-31-preview', hasConnectionsURI true")),
    connections_listing=Fact(
        "collection",
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs hasConnectionsURI true; spec "
         "PrivateEndpointConnections_ListByCloudHsmCluster (SDK samples)")),
    list_paged=Fact(True, "our inference: TypeSpec-generated list (nextLink)"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_chsm_private_endpoint_connection.yaml")),
    get_missing=_missing_is_404(
        "hardwaresecuritymodules/resource-manager/Microsoft.HardwareSecurityModules/preview/2023-12-10-preview/"
        "cloudhsm.json",
        "CloudHsmClusterPrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200, 201), lro=True, async_header="Azure-AsyncOperation", body_at_once="Updating"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_chsm_private_endpoint_connection.yaml (reject PUT answered 200 with body provisioningState "
         "'Updating', status already Rejected, and an azure-asyncoperation header pointing at the connection "
         "URL itself plus '&chsm-operation=<base64 token>'); 201: our inference")),
    put_settle_seconds=Fact(
        (20, 45),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_chsm_private_endpoint_connection.yaml (PUT 14:36:23 Updating; GET 14:36:34 and 14:36:47 "
         "Updating; 14:36:58 'SUCCEEDED' = 35 s)")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Location"),
        ("our inference: not recorded (the test deletes the private endpoint, not the connection); the cluster "
         "DELETE recorded 202 with Location .../locations/{region}/cloudHsmOperationResults/{id}")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_chsm_private_endpoint_connection.yaml (\"actionsRequired\":\"None\")")),
    writable_fields=Fact(
        ("status", "description"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_chsm_private_endpoint_connection.yaml (description 'You are rejected!' stored)")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_chsm_private_endpoint_connection.yaml (the Azure CLI's echoed GET body incl. etag and location "
         "was accepted)")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_chsm_private_endpoint_connection.yaml (reject PUT answered 200 with body provisioningState "
         "'Updating', status already Rejected, and an azure-asyncoperation header pointing at the connection "
         "URL itself plus '&chsm-operation=<base64 token>'); 201: our inference")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_chsm_private_endpoint_connection.yaml (Approved, Rejected); Pending: our inference (common-types)")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_chsm_private_endpoint_connection.yaml")),
    provisioning_states=Fact(
        ("SUCCEEDED", "Updating", "Creating", "Deleting", "Failed"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_chsm_private_endpoint_connection.yaml (completed connections report 'SUCCEEDED' in UPPER CASE; "
         "in-flight 'Updating'); others: our inference")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: possibly refused"),) + DISCONNECTED_IS_FINAL,
        ("our inference: recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/recordings/test_chsm_private_endpoint_connection.yaml shows Approved->Rejected accepted; "
         + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Azure Cloud HSM cluster refusing a write that repeats the current "
         "status")),
    busy_codes=Fact(
        (),
        _NO_BUSY_CODE),
    group_ids=Fact(("cloudHsm",), "our inference: Cloud HSM private endpoint docs (group id 'cloudHsm')"),
)

HEALTHCARE_APIS_SERVICE = ResourceType(
    arm_type="Microsoft.HealthcareApis/services",
    label="Azure API for FHIR (Healthcare APIs service, legacy)",
    names=("healthcare_apis_service", "api_for_fhir", "fhir_service_legacy"),
    parent_option="resource_name",
    api_version=Fact(
        "2024-03-31",
        ("spec example: Azure/azure-rest-api-specs specification/healthcareapis/resource-manager/"
         "Microsoft.HealthcareApis/stable/2024-03-31/examples/legacy/ServiceGetPrivateEndpointConnection.json "
         "(PrivateEndpointConnections_Get for services at api-version 2024-03-31; services examples live under "
         "examples/legacy/). The previously cited ServiceCreatePrivateEndpointConnection.json is not in the "
         "index (was not read by the researcher either)")),
    api_versions_seen=Fact(
        ("2020-03-30", "2024-03-31"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_health_care_apis.yaml (May 2021, Azure CLI 2.23 sends 2020-03-30); "
         "Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers 'Microsoft.HealthcareApis/services', "
         "'2020-03-30', hasConnectionsURI false; Azure/azure-cli src/azure-cli/azure/cli/command_modules/"
         "network/private_link_resource_and_endpoint_connections/custom.py (register_providers) registers "
         "2020-03-30")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_health_care_apis.yaml (GET .../services/{name}/"
         "privateEndpointConnections?api-version=2020-03-30 answered 200 {value:[...]}) — although Az "
         "PowerShell registers hasConnectionsURI false")),
    list_paged=Fact(False, "our inference: the recorded list has only 'value'"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_health_care_apis.yaml")),
    get_missing=_missing_is_404(
        "healthcareapis/resource-manager/Microsoft.HealthcareApis/stable/2024-03-31/healthcare-apis.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200, 201), lro=True, async_header="Azure-AsyncOperation", body_at_once="Succeeded"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_health_care_apis.yaml (approve and reject PUTs answered 200 at once "
         "with the new status and provisioningState 'Succeeded', plus azure-asyncoperation AND location .../"
         "providers/Microsoft.HealthcareApis/locations/{region}/operationresults/{id}); 201: our inference "
         "(spec CreateOrUpdate LRO)")),
    put_settle_seconds=Fact(
        (0, 10),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_health_care_apis.yaml (GET 10 s after each PUT showed the target "
         "status with Succeeded)")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_health_care_apis.yaml (DELETE 202, empty body, azure-asyncoperation "
         "+ location .../locations/{region}/operationresults/{id}[&operationResultResponseType=Location]); "
         "200/204: our inference")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_health_care_apis.yaml")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("our inference: the cited update example (ServiceCreatePrivateEndpointConnection.json at 2024-03-31) "
         "is not in the index; spec example: Azure/azure-rest-api-specs specification/healthcareapis/"
         "resource-manager/Microsoft.HealthcareApis/stable/2024-03-31/examples/legacy/"
         "ServiceGetPrivateEndpointConnection.json shows privateLinkServiceConnectionState {status, "
         "description, actionsRequired \"None\"}. Original note: (privateLinkServiceConnectionState {status, "
         "description}); our inference for actionsRequired")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_health_care_apis.yaml (the Azure CLI's echoed GET body was accepted)")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_health_care_apis.yaml (approve and reject PUTs answered 200 at once "
         "with the new status and provisioningState 'Succeeded', plus azure-asyncoperation AND location .../"
         "providers/Microsoft.HealthcareApis/locations/{region}/operationresults/{id}); 201: our inference "
         "(spec CreateOrUpdate LRO)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_health_care_apis.yaml (Approved, Rejected); Pending: our inference "
         "(HealthcareApis PrivateEndpointServiceConnectionStatus enum Pending/Approved/Rejected)")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_health_care_apis.yaml")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Deleting", "Failed"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_health_care_apis.yaml (Succeeded; the LIST showed 'Creating' for a "
         "connection whose GET at the same second showed 'Succeeded'); Deleting/Failed: spec "
         "PrivateEndpointConnectionProvisioningState enum")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: possibly refused (MicrosoftDocs/azure-docs #115121)"),) + DISCONNECTED_IS_FINAL,
        ("our inference: recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/recordings/test_private_endpoint_connection_health_care_apis.yaml shows Approved->Rejected "
         "accepted; " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Azure API for FHIR (Healthcare APIs service, legacy) refusing a write "
         "that repeats the current status")),
    busy_codes=Fact(
        (),
        _NO_BUSY_CODE),
    group_ids=Fact(
        ("fhir",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_health_care_apis.yaml (groupIds ['fhir'])")),
)

ARC_PRIVATE_LINK_SCOPE = ResourceType(
    arm_type="Microsoft.HybridCompute/privateLinkScopes",
    label="Azure Arc private link scope (Arc-enabled servers)",
    names=("arc_private_link_scope", "hybridcompute_private_link_scope"),
    parent_option="scope_name",
    api_version=Fact(
        "2024-07-10",
        ("spec example: Azure/azure-rest-api-specs specification/hybridcompute/resource-manager/"
         "Microsoft.HybridCompute/stable/2024-07-10/examples/"
         "privateEndpoint/PrivateEndpointConnection_Update.json (newer stable HybridCompute folders exist, e.g. "
         "2025-01-13 in SDK samples: our inference that shapes are unchanged)")),
    api_versions_seen=Fact(
        ("2021-05-20", "2024-07-10"),
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers "
         "'Microsoft.HybridCompute/privateLinkScopes', '2021-05-20', hasConnectionsURI true; Azure/azure-cli "
         "src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py (register_providers) registers it; recording "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_hybridcompute_private_endpoint.yaml (Nov 2025) holds only extension-index redirects, no "
         "connection traffic")),
    connections_listing=Fact(
        "collection",
        ("spec example: Azure/azure-rest-api-specs specification/hybridcompute/resource-manager/"
         "Microsoft.HybridCompute/stable/2024-07-10/examples/"
         "privateEndpoint/PrivateEndpointConnection_List.json — "
         "PrivateEndpointConnections_ListByPrivateLinkScope GET .../"
         "privateLinkScopes/{scopeName}/privateEndpointConnections")),
    list_paged=Fact(True, "our inference: x-ms-pageable nextLink (SDK pager)"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/hybridcompute/resource-manager/"
         "Microsoft.HybridCompute/stable/2024-07-10/examples/"
         "privateEndpoint/PrivateEndpointConnection_Update.json")),
    get_missing=_missing_is_404(
        "hybridcompute/resource-manager/Microsoft.HybridCompute/stable/2022-12-27/privateLinkScopes.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200, 202), lro=True, async_header="Azure-AsyncOperation", body_at_once="Succeeded"),
        ("spec example: Azure/azure-rest-api-specs specification/hybridcompute/resource-manager/"
         "Microsoft.HybridCompute/stable/2024-07-10/examples/"
         "privateEndpoint/PrivateEndpointConnection_Update.json (200 with body provisioningState 'Succeeded'; "
         "202 empty) — long-running; header: our inference from the delete example")),
    put_settle_seconds=Fact(
        (5, 60),
        ("our inference: no recorded connection write (see api_versions_seen); Arc scopes follow the design of "
         "Azure Monitor private link scopes; " + _RECORDED_SPANS)),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("spec example: Azure/azure-rest-api-specs specification/hybridcompute/resource-manager/"
         "Microsoft.HybridCompute/stable/2024-07-10/examples/"
         "privateEndpoint/PrivateEndpointConnection_Delete.json (202 with Location, Azure-AsyncOperation and "
         "Retry-After 200 (!); 200; 204)")),
    actions_field=Fact(
        "actionsRequired",
        ("spec example: Azure/azure-rest-api-specs specification/hybridcompute/resource-manager/"
         "Microsoft.HybridCompute/stable/2024-07-10/examples/"
         "privateEndpoint/PrivateEndpointConnection_Update.json (response actionsRequired 'None'; it is "
         "read-only in this spec's PrivateLinkServiceConnectionStateProperty: our inference from the Insights "
         "scope design)")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec example: Azure/azure-rest-api-specs specification/hybridcompute/resource-manager/"
         "Microsoft.HybridCompute/stable/2024-07-10/examples/"
         "privateEndpoint/PrivateEndpointConnection_Update.json (PUT body privateLinkServiceConnectionState "
         "{status, description})")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/hybridcompute/resource-manager/"
         "Microsoft.HybridCompute/stable/2024-07-10/examples/"
         "privateEndpoint/PrivateEndpointConnection_Update.json")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/hybridcompute/resource-manager/"
         "Microsoft.HybridCompute/stable/2024-07-10/examples/"
         "privateEndpoint/PrivateEndpointConnection_Update.json (200 with body provisioningState 'Succeeded'; "
         "202 empty) — long-running; header: our inference from the delete example")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        "our inference: status is free text in the HybridCompute spec"),
    transitional_statuses=_no_transitional(
        "hybridcompute/resource-manager/Microsoft.HybridCompute/stable/2022-12-27/privateLinkScopes.json"),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Updating", "Deleting", "Failed"),
        ("spec example: Azure/azure-rest-api-specs specification/hybridcompute/resource-manager/"
         "Microsoft.HybridCompute/stable/2024-07-10/examples/"
         "privateEndpoint/PrivateEndpointConnection_Update.json (Succeeded); others: our inference "
         "(provisioningState is a free read-only string)")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: possibly refused"),) + DISCONNECTED_IS_FINAL,
        _REJECTED_NOT_TRIED),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Azure Arc private link scope (Arc-enabled servers) refusing a write "
         "that repeats the current status")),
    busy_codes=Fact(
        (),
        _NO_BUSY_CODE),
    group_ids=Fact(
        ("hybridcompute",),
        ("spec example: Azure/azure-rest-api-specs specification/hybridcompute/resource-manager/"
         "Microsoft.HybridCompute/stable/2024-07-10/examples/"
         "privateEndpoint/PrivateEndpointConnection_Update.json (groupIds ['hybridcompute'])")),
)

MONITOR_PRIVATE_LINK_SCOPE = ResourceType(
    arm_type="Microsoft.Insights/privateLinkScopes",
    label="Azure Monitor private link scope (AMPLS)",
    names=("monitor_private_link_scope", "ampls", "private_link_scope"),
    parent_option="scope_name",
    api_version=Fact(
        "2021-07-01-preview",
        ("spec: Azure/azure-rest-api-specs specification/monitor/resource-manager/Microsoft.Insights/preview/"
         "2021-07-01-preview/privateLinkScopes_API.json - NO stable version of "
         "microsoft.insights/privateLinkScopes exists in the spec repo (only 2019-10-17-preview, "
         "2021-07-01-preview, 2023-06-01-preview); 2021-07-01-preview is the version Bicep/ARM templates use")),
    api_versions_seen=Fact(
        ("2019-10-17-preview", "2021-07-01-preview", "2023-06-01-preview"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/"
         "test_monitor_private_link_scope_scenario.yaml (api-version=2019-10-17-preview, Apr 2020); "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py and Azure/azure-powershell src/Network/"
         "Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs 2019-10-17-preview; "
         "spec preview folders")),
    connections_listing=Fact(
        "collection",
        ("spec: PrivateEndpointConnections_ListByPrivateLinkScope in Azure/azure-rest-api-specs specification/"
         "monitor/resource-manager/Microsoft.Insights/preview/2021-07-01-preview/privateLinkScopes_API.json; "
         "recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/"
         "test_monitor_private_link_scope_scenario.yaml (the scope GET also embeds "
         "properties.privateEndpointConnections with full items and etags)")),
    list_paged=Fact(False, "our inference: the AMPLS connection list returns a single value array"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/"
         "test_monitor_private_link_scope_scenario.yaml (request path privateEndpointConnections; ids come back "
         "all lower-case: .../microsoft.insights/privatelinkscopes/{scope}/privateendpointconnections/{name})")),
    get_missing=_missing_is_404(
        "monitor/resource-manager/Microsoft.Insights/preview/2021-07-01-preview/privateLinkScopes_API.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(202, 200), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/"
         "test_monitor_private_link_scope_scenario.yaml (reject PUT answered 202 Accepted with an empty body "
         "after ~19 s, azure-asyncoperation .../providers/"
         "microsoft.insights/privatelinkscopeoperationstatuses/{id} and location .../"
         "privateendpointconnections/{name}/operationresults/{id}); spec example: Azure/azure-rest-api-specs "
         "specification/monitor/resource-manager/Microsoft.Insights/preview/2021-07-01-preview/"
         "examples/PrivateEndpointConnectionUpdate.json (200 / 202)")),
    put_settle_seconds=Fact(
        (19, 41),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/"
         "test_monitor_private_link_scope_scenario.yaml (reject PUT sent 06:24:38, answered 06:24:57; operation "
         "status Succeeded and the connection Rejected at 06:25:19)")),
    delete=Fact(
        Answer(codes=(202, 200, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/"
         "test_monitor_private_link_scope_scenario.yaml (DELETE answered 202 with azure-asyncoperation "
         "privatelinkscopeoperationstatuses); spec example: Azure/azure-rest-api-specs specification/monitor/"
         "resource-manager/Microsoft.Insights/preview/2021-07-01-preview/"
         "examples/PrivateEndpointConnectionDelete.json (200, 202, 204)")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/"
         "test_monitor_private_link_scope_scenario.yaml (actionsRequired: \"None\")")),
    writable_fields=Fact(
        ("status", "description"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/"
         "test_monitor_private_link_scope_scenario.yaml (the Azure CLI monitor command sent ONLY "
         "{\"properties\": {\"privateLinkServiceConnectionState\": {\"status\": \"Rejected\", \"description\": "
         "\"\"}}} and it was accepted); spec: actionsRequired is read-only")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/"
         "test_monitor_private_link_scope_scenario.yaml")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/"
         "test_monitor_private_link_scope_scenario.yaml (reject PUT answered 202 Accepted with an empty body "
         "after ~19 s, azure-asyncoperation .../providers/"
         "microsoft.insights/privatelinkscopeoperationstatuses/{id} and location .../"
         "privateendpointconnections/{name}/operationresults/{id}); spec example: Azure/azure-rest-api-specs "
         "specification/monitor/resource-manager/Microsoft.Insights/preview/2021-07-01-preview/"
         "examples/PrivateEndpointConnectionUpdate.json (200 / 202)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("our inference: AMPLS PrivateLinkServiceConnectionStateProperty.status is a free string; "
         "Approved/Rejected recorded")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/"
         "test_monitor_private_link_scope_scenario.yaml")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Updating", "Deleting", "Failed"),
        "our inference: free string; recording shows Succeeded"),
    refused_transitions=Fact(
        DISCONNECTED_IS_FINAL,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/"
         "test_monitor_private_link_scope_scenario.yaml (Approved -> Rejected accepted; the CLI's approve of an "
         "already approved connection sent no PUT). Rejected -> Approved not exercised: our inference, "
         "unverified; " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Azure Monitor private link scope (AMPLS) refusing a write that repeats "
         "the current status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("azuremonitor",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/"
         "test_monitor_private_link_scope_scenario.yaml (private endpoint groupIds [\"azuremonitor\"])")),
)

KUSTO_CLUSTER = ResourceType(
    arm_type="Microsoft.Kusto/clusters",
    label="Data Explorer (Kusto) cluster",
    names=("kusto_cluster", "kusto", "data_explorer", "adx"),
    parent_option="cluster_name",
    api_version=Fact(
        "2024-04-13",
        ("spec: Azure/azure-rest-api-specs specification/azure-kusto/resource-manager/"
         "Microsoft.Kusto/stable/2024-04-13/kusto.json (newest stable folder of Microsoft.Kusto; PEC operations "
         "present since 2021-08-27)")),
    api_versions_seen=Fact(
        ("2021-08-27", "2024-04-13"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_kusto_cluster.yaml (Aug 2024, Azure CLI 2.63 sends 2021-08-27); "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py (register_providers) registers "
         "'Microsoft.Kusto/clusters', '2021-08-27'")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_kusto_cluster.yaml (GET .../"
         "clusters/{name}/privateEndpointConnections answered 200 {value:[...]} with full objects)")),
    list_paged=Fact(
        False,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_kusto_cluster.yaml (list answer has no nextLink); our inference: the "
         "Kusto list is a single page")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_kusto_cluster.yaml (the PUT answer spells it "
         "'PrivateEndpointConnections' in the id: compare case-insensitively)")),
    get_missing=Fact(404, "our inference: ARM proxy resource, not recorded"),
    put=Fact(
        Answer(codes=(200, 201), lro=True, async_header="Azure-AsyncOperation", body_at_once="Accepted"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_kusto_cluster.yaml (approve and reject PUT answered 200 OK with an "
         "odd wrapper body: {id: .../PrivateEndpointConnections/{name}, name: '<cluster>/<connection>', type, "
         "properties: {<the whole connection object echoed>, systemData, provisioningState: 'Accepted'}} and "
         "header azure-asyncoperation .../providers/Microsoft.Kusto/locations/East%20US/operationResults/{op}); "
         "201 and LRO: our inference from the Kusto spec's CreateOrUpdate pattern")),
    put_settle_seconds=Fact(
        (25, 45),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_kusto_cluster.yaml (reject PUT 10:06:02; GET at +15 s and +26 s "
         "still showed the OLD status Approved, GET at +38 s showed Rejected)")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_kusto_cluster.yaml (DELETE answered 202, empty body, "
         "azure-asyncoperation .../operationResults/{op} and location .../operationResults/"
         "{op}?operationResultResponseType=Location); 200/204: our inference")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_kusto_cluster.yaml (\"actionsRequired\":\"None\")")),
    writable_fields=Fact(
        ("status", "description"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_kusto_cluster.yaml (the Azure CLI sent the whole GET body incl. "
         "actionsRequired 'None' and it was accepted); actionsRequired read-only: our inference")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_kusto_cluster.yaml")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_kusto_cluster.yaml (approve and reject PUT answered 200 OK with an "
         "odd wrapper body: {id: .../PrivateEndpointConnections/{name}, name: '<cluster>/<connection>', type, "
         "properties: {<the whole connection object echoed>, systemData, provisioningState: 'Accepted'}} and "
         "header azure-asyncoperation .../providers/Microsoft.Kusto/locations/East%20US/operationResults/{op}); "
         "201 and LRO: our inference from the Kusto spec's CreateOrUpdate pattern")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_kusto_cluster.yaml (Approved, Rejected); Pending/Disconnected: our "
         "inference (common private link model)")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_kusto_cluster.yaml (no transitional status: the GET simply keeps the "
         "old status until the operation completes)")),
    provisioning_states=Fact(
        ("Succeeded", "Accepted", "Creating", "Deleting", "Failed"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_kusto_cluster.yaml (connection GETs show Succeeded throughout, the "
         "PUT envelope shows Accepted); others: our inference")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: refused (MicrosoftDocs/azure-docs #115121)"),) + DISCONNECTED_IS_FINAL,
        ("our inference: no recorded refusal; Approved->Approved (auto-approved, approve again with a "
         "description) answered 200 and Approved->Rejected accepted (Azure/azure-cli src/azure-cli/azure/cli/"
         "command_modules/network/tests/latest/recordings/test_private_endpoint_connection_kusto_cluster.yaml); "
         + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Data Explorer (Kusto) cluster refusing a write that repeats the "
         "current status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: Kusto clusters run one management operation at a time; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("cluster",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_kusto_cluster.yaml (connection property groupId 'cluster' — SINGULAR "
         "string field, like Search; PE side groupIds [\"cluster\"])")),
)

MACHINE_LEARNING_WORKSPACE = ResourceType(
    arm_type="Microsoft.MachineLearningServices/workspaces",
    label="Azure Machine Learning workspace / AI Foundry hub",
    names=("machine_learning_workspace", "ml_workspace", "aml_workspace"),
    parent_option="workspace_name",
    api_version=Fact(
        "2024-10-01",
        ("spec: Azure/azure-rest-api-specs specification/machinelearningservices/resource-manager/"
         "Microsoft.MachineLearningServices/stable/2024-10-01/machineLearningServices.json (stable folder with "
         "PrivateEndpointConnection examples; newer stable versions may exist, not checked)")),
    api_versions_seen=Fact(
        ("2021-07-01", "2024-10-01"),
        ("spec: Azure/azure-rest-api-specs specification/machinelearningservices stable folders; plus Az "
         "PowerShell registry - Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs 2021-07-01; spec; the Azure CLI test "
         "test_private_endpoint_connection_aml is @live_only (Azure/azure-cli src/azure-cli/azure/cli/"
         "command_modules/network/tests/latest/test_private_endpoint_commands.py), so no recording")),
    connections_listing=Fact(
        "collection",
        ("spec example: Azure/azure-rest-api-specs specification/machinelearningservices/resource-manager/"
         "Microsoft.MachineLearningServices/stable/2024-10-01/examples/PrivateEndpointConnection/list.json — "
         "PrivateEndpointConnections_List; Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs hasConnectionsURI=true")),
    list_paged=Fact(
        False,
        "our inference: the ML PrivateEndpointConnectionListResult has no nextLink in older versions"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/machinelearningservices/resource-manager/"
         "Microsoft.MachineLearningServices/stable/2024-10-01/examples/"
         "PrivateEndpointConnection/createOrUpdate.json")),
    get_missing=_missing_is_404(
        "machinelearningservices/resource-manager/Microsoft.MachineLearningServices/stable/2024-04-01/"
        "machineLearningServices.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200,), lro=False, body_at_once="Succeeded"),
        ("spec example: Azure/azure-rest-api-specs specification/machinelearningservices/resource-manager/"
         "Microsoft.MachineLearningServices/stable/2024-10-01/examples/"
         "PrivateEndpointConnection/createOrUpdate.json (only 200; not a long-running operation)")),
    put_settle_seconds=Fact(None, "our inference: no recording"),
    delete=Fact(
        Answer(codes=(200, 204), lro=False),
        ("spec example: Azure/azure-rest-api-specs specification/machinelearningservices/resource-manager/"
         "Microsoft.MachineLearningServices/stable/2024-10-01/examples/PrivateEndpointConnection/delete.json "
         "(200, 204); the Azure CLI live test sleeps 30 s after a delete before re-listing (Azure/azure-cli src/"
         "azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_commands.py), hinting "
         "the removal is not instant")),
    actions_field=Fact(
        "actionsRequired",
        ("spec example: Azure/azure-rest-api-specs specification/machinelearningservices/resource-manager/"
         "Microsoft.MachineLearningServices/stable/2024-10-01/examples/"
         "PrivateEndpointConnection/createOrUpdate.json (actionsRequired: \"None\")")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec example: Azure/azure-rest-api-specs specification/machinelearningservices/resource-manager/"
         "Microsoft.MachineLearningServices/stable/2024-10-01/examples/"
         "PrivateEndpointConnection/createOrUpdate.json")),
    put_body_shape=Fact(
        ("properties.privateLinkServiceConnectionState (the ML schema also allows location, identity, sku, tags "
         "on the connection - do not send them)"),
        ("spec example: Azure/azure-rest-api-specs specification/machinelearningservices/resource-manager/"
         "Microsoft.MachineLearningServices/stable/2024-10-01/examples/"
         "PrivateEndpointConnection/createOrUpdate.json")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/machinelearningservices/resource-manager/"
         "Microsoft.MachineLearningServices/stable/2024-10-01/examples/"
         "PrivateEndpointConnection/createOrUpdate.json (only 200; not a long-running operation)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected", "Timeout"),
        ("our inference: ML's PrivateEndpointServiceConnectionStatus enum includes Timeout besides the usual "
         "four")),
    transitional_statuses=_no_transitional(
        "machinelearningservices/resource-manager/Microsoft.MachineLearningServices/stable/2024-04-01/"
        "machineLearningServices.json",
        ("Pending", "Approved", "Rejected", "Disconnected", "Timeout")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Deleting", "Failed"),
        "our inference: ML PrivateEndpointConnectionProvisioningState; example shows Succeeded"),
    refused_transitions=Fact(DISCONNECTED_IS_FINAL, "our inference: nothing documented; " + _DISCONNECTED_SOURCE),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Azure Machine Learning workspace / AI Foundry hub refusing a write "
         "that repeats the current status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("amlworkspace",),
        ("our inference: from Azure CLI test code (not a recording): Azure/azure-cli src/azure-cli/azure/cli/"
         "command_modules/network/tests/latest/test_private_endpoint_commands.py "
         "(test_private_endpoint_connection_aml creates the endpoint with --group-id amlworkspace)")),
)

MEDIA_SERVICES = ResourceType(
    arm_type="Microsoft.Media/mediaservices",
    label="Media Services account (retired)",
    names=("media_services", "mediaservices", "media"),
    parent_option="account_name",
    api_version=Fact(
        "2023-01-01",
        ("our inference: newest stable Microsoft.Media accounts api (Azure/azure-rest-api-specs specification/"
         "mediaservices/resource-manager/Microsoft.Media/Accounts/stable/2023-01-01/Accounts.json, not re-read "
         "this session); the recorded 2021-06-01 works")),
    api_versions_seen=Fact(
        ("2020-05-01", "2021-06-01"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_media_service.yaml (Dec 2023, Azure CLI 2.55 sends 2021-06-01); "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py (register_providers) registers "
         "'Microsoft.Media/mediaservices' with '2020-05-01' (older) and '2021-06-01' (newer)")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_media_service.yaml (GET .../"
         "mediaservices/{name}/privateEndpointConnections answered 200 {value:[...]})")),
    list_paged=Fact(
        False,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_media_service.yaml (no nextLink); our inference: single page")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_media_service.yaml")),
    get_missing=_missing_is_404(
        "mediaservices/resource-manager/Microsoft.Media/Accounts/stable/2023-01-01/Accounts.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200,), lro=False, body_at_once="Succeeded"),
        ("our inference: the Media PrivateEndpointConnections_CreateOrUpdate is a plain 200 in the spec family; "
         "no PUT recorded (the Azure CLI test skips approve/reject for Media: approve=False, rejected=False in "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/test_private_endpoint_commands.py)")),
    put_settle_seconds=Fact(None, "our inference: unknown, not recorded"),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_media_service.yaml (DELETE answered 202, empty body, "
         "azure-asyncoperation and location .../mediaservices/{name}/privateEndpointConnectionOperations/{op}); "
         "200/204: our inference")),
    actions_field=Fact(
        "actionsRequired",
        ("our inference: the Media model has an optional actionsRequired; recorded bodies carry only status and "
         "description (Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_media_service.yaml)")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("spec: " + _SPECS + "mediaservices/resource-manager/Microsoft.Media/Accounts/stable/2023-01-01/"
         "Accounts.json PrivateEndpointConnections_CreateOrUpdate takes common-types/resource-management/v2/"
         "privatelinks.json PrivateLinkServiceConnectionState: status, description, actionsRequired, none "
         "read-only")),
    put_body_shape=Fact("properties.privateLinkServiceConnectionState", "our inference: common-types shape"),
    writable=Fact(
        True,
        ("our inference: the Media PrivateEndpointConnections_CreateOrUpdate is a plain 200 in the spec family; "
         "no PUT recorded (the Azure CLI test skips approve/reject for Media: approve=False, rejected=False in "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/test_private_endpoint_commands.py)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_media_service.yaml (Approved); others: our inference (common-types "
         "private link status)")),
    transitional_statuses=_no_transitional(
        "mediaservices/resource-manager/Microsoft.Media/Accounts/stable/2023-01-01/Accounts.json",
        ("Pending", "Approved", "Rejected")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Deleting", "Failed"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_media_service.yaml (Succeeded); others: our inference (common-types)")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: refused (MicrosoftDocs/azure-docs #115121)"),) + DISCONNECTED_IS_FINAL,
        "our inference: nothing recorded; " + _DISCONNECTED_SOURCE),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Media Services account (retired) refusing a write that repeats the "
         "current status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        _ARM_BUSY_CODE),
    group_ids=Fact(
        ("keydelivery", "liveevent", "streamingendpoint"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_media_service.yaml (privateLinkResources list_num 3 in "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/test_private_endpoint_commands.py); names: our inference from Media Services private link docs")),
)

MONITOR_WORKSPACE = ResourceType(
    arm_type="Microsoft.Monitor/accounts",
    label="Azure Monitor workspace (managed Prometheus)",
    names=("monitor_workspace", "azure_monitor_workspace"),
    parent_option="workspace_name",
    api_version=Fact(
        "2023-04-03",
        ("our inference: supported by public Terraform configurations on GitHub that call azapi with type "
         "'Microsoft.Monitor/accounts/privateEndpointConnections@2023-04-03' (azapi_resource_list to list, "
         "azapi_update_resource / azapi_resource_action PUT "
         "{properties:{privateLinkServiceConnectionState:{status, description, actionsRequired}}} to approve "
         "Managed Grafana's managed private endpoints); the Azure Monitor workspace spec "
         "(monitor/resource-manager/Microsoft.Monitor stable 2023-04-03) exposes privateEndpointConnections "
         "only as a read-only array inside the account (Go armmonitorworkspaces examples); no connection "
         "operation found in any spec (find_string for '{azureMonitorWorkspaceName}/privateEndpointConnec…' "
         "found nothing)")),
    api_versions_seen=Fact(
        ("2021-06-03-preview", "2023-04-03"),
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers 'Microsoft.Monitor/accounts', "
         "'2021-06-03-preview', hasConnectionsURI true")),
    connections_listing=Fact(
        "collection",
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs hasConnectionsURI true; our inference supported "
         "by public Terraform configurations on GitHub that call azapi with type 'Microsoft.Monitor/"
         "accounts/privateEndpointConnections@2023-04-03' (azapi_resource_list to list, azapi_update_resource / "
         "azapi_resource_action PUT {properties:{privateLinkServiceConnectionState:{status, description, "
         "actionsRequired}}} to approve Managed Grafana's managed private endpoints)")),
    list_paged=Fact(False, ("our inference: no spec declares the connection list of this type, so nothing says it "
                            "pages; the account keeps all its connections in one read-only array (spec: " + _SPECS +
                            "monitor/resource-manager/Microsoft.Monitor/Accounts/stable/2023-04-03/"
                            "monitoringAccounts_API.json properties.privateEndpointConnections)")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("our inference: supported by public Terraform configurations on GitHub that call azapi with type "
         "'Microsoft.Monitor/accounts/privateEndpointConnections@2023-04-03' (azapi_resource_list to list, "
         "azapi_update_resource / azapi_resource_action PUT "
         "{properties:{privateLinkServiceConnectionState:{status, description, actionsRequired}}} to approve "
         "Managed Grafana's managed private endpoints)")),
    get_missing=Fact(404, _GET_MISSING_404 + "; no spec declares the connection operations of this type"),
    put=Fact(
        Answer(codes=(200, 201, 202), lro=True, async_header="Azure-AsyncOperation", body_at_once="Succeeded|Updating"),
        "our inference: no spec, no recording; treat as a standard ARM LRO"),
    put_settle_seconds=Fact(
        (5, 120),
        ("our inference: nothing specifies or records this type's writes; a wide span around those of "
         + _RECORDED_SPANS)),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("doc: " + _RPC + "resource-api-reference.md, Delete Resource (200 when deleted, 204 when it does not "
         "exist, 202 when it completes asynchronously); our inference: the header, as for this row's put (no "
         "spec declares the connection operations of this type)")),
    actions_field=Fact(
        "actionsRequired",
        ("our inference: supported by public Terraform configurations on GitHub that call azapi with type "
         "'Microsoft.Monitor/accounts/privateEndpointConnections@2023-04-03' (azapi_resource_list to list, "
         "azapi_update_resource / azapi_resource_action PUT "
         "{properties:{privateLinkServiceConnectionState:{status, description, actionsRequired}}} to approve "
         "Managed Grafana's managed private endpoints)")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("our inference: supported by public Terraform configurations on GitHub that call azapi with type "
         "'Microsoft.Monitor/accounts/privateEndpointConnections@2023-04-03' (azapi_resource_list to list, "
         "azapi_update_resource / azapi_resource_action PUT "
         "{properties:{privateLinkServiceConnectionState:{status, description, actionsRequired}}} to approve "
         "Managed Grafana's managed private endpoints)")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("our inference: supported by public Terraform configurations on GitHub that call azapi with type "
         "'Microsoft.Monitor/accounts/privateEndpointConnections@2023-04-03' (azapi_resource_list to list, "
         "azapi_update_resource / azapi_resource_action PUT "
         "{properties:{privateLinkServiceConnectionState:{status, description, actionsRequired}}} to approve "
         "Managed Grafana's managed private endpoints)")),
    writable=Fact(True, "our inference: no spec, no recording; treat as a standard ARM LRO"),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        ("spec: " + _SPECS + "monitor/resource-manager/Microsoft.Monitor/Accounts/stable/2023-04-03/"
         "monitoringAccounts_API.json PrivateEndpointServiceConnectionStatus (Pending, Approved, Rejected), the "
         "status of the account's properties.privateEndpointConnections")),
    transitional_statuses=_no_transitional(
        "monitor/resource-manager/Microsoft.Monitor/Accounts/stable/2023-04-03/monitoringAccounts_API.json",
        ("Pending", "Approved", "Rejected")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Deleting", "Failed"),
        ("our inference: Go armmonitorworkspaces PrivateEndpointConnectionProvisioningState (Succeeded shown in "
         "account examples)")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: possibly refused"),) + DISCONNECTED_IS_FINAL,
        _REJECTED_NOT_TRIED),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Azure Monitor workspace (managed Prometheus) refusing a write that "
         "repeats the current status")),
    busy_codes=Fact(
        (),
        _NO_BUSY_CODE),
    group_ids=Fact(
        ("prometheusMetrics",),
        ("our inference: supported by public Terraform configurations on GitHub that call azapi with type "
         "'Microsoft.Monitor/accounts/privateEndpointConnections@2023-04-03' (azapi_resource_list to list, "
         "azapi_update_resource / azapi_resource_action PUT "
         "{properties:{privateLinkServiceConnectionState:{status, description, actionsRequired}}} to approve "
         "Managed Grafana's managed private endpoints) (groupIds ['prometheusMetrics'])")),
)

APPLICATION_GATEWAY = ResourceType(
    arm_type="Microsoft.Network/applicationGateways",
    label="Application Gateway (v2, Private Link configuration)",
    names=("application_gateway", "app_gateway", "appgw"),
    parent_option="application_gateway_name",
    api_version=Fact(
        "2024-05-01",
        ("spec example: Azure/azure-rest-api-specs specification/network/resource-manager/Microsoft.Network/"
         "stable/2024-05-01/examples/ApplicationGatewayPrivateEndpointConnectionDelete.json "
         "(ApplicationGatewayPrivateEndpointConnections_Get/_List/_Update/_Delete exist in every Network stable "
         "version since 2020-05-01; 2024-10-01, 2025-05-01 and 2025-07-01 are also stable — take the "
         "collection's Network default)")),
    api_versions_seen=Fact(
        ("2020-05-01", "2022-01-01", "2024-05-01"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_manage_appgw_private_endpoint.yaml (Feb 2023, Azure CLI 2.45: parent GET at "
         "2022-01-01); Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers "
         "'Microsoft.Network/applicationgateways', '2020-05-01', hasConnectionsURI true")),
    connections_listing=Fact(
        "collection",
        ("spec: ApplicationGatewayPrivateEndpointConnections_List GET .../"
         "applicationGateways/{name}/privateEndpointConnections (x-ms-pageable nextLink; example "
         "ApplicationGatewayPrivateEndpointConnectionList.json in stable/2024-10-01); connections also inside "
         "the parent GET (recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/recordings/test_manage_appgw_private_endpoint.yaml)")),
    list_paged=Fact(True, "our inference: Network list operations are x-ms-pageable nextLinkName nextLink"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_manage_appgw_private_endpoint.yaml (ids .../applicationGateways/appgw/"
         "privateEndpointConnections/{pe}.{guid}); the path parameter is named connectionName")),
    get_missing=_missing_is_404(
        "network/resource-manager/Microsoft.Network/stable/2024-01-01/applicationGateway.json",
        "ApplicationGatewayPrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200, 202), lro=True, async_header="Azure-AsyncOperation", body_at_once="Updating"),
        ("our inference: from generated SDK code/samples (not the spec itself): Azure/azure-sdk-for-go "
         "armnetwork v9 example ExampleApplicationGatewayPrivateEndpointConnectionsClient_BeginUpdate "
         "(generated from specification/network/resource-manager/Microsoft.Network/stable/2025-05-01/examples/"
         "ApplicationGatewayPrivateEndpointConnectionUpdate.json) (Update is a long-running BeginUpdate); "
         "codes, header and body: our inference from Network RP behaviour recorded for "
         "Microsoft.Network/privateLinkServices (200 + Azure-AsyncOperation, provisioningState Updating) [NOTE: "
         "the 2025-05-01 example path cited is not in the index; not verified]")),
    put_settle_seconds=Fact(
        (10, 600),
        ("our inference: an Application Gateway connection update re-provisions the gateway like any gateway "
         "change; gateway updates were recorded taking minutes in Azure/azure-cli src/azure-cli/azure/cli/"
         "command_modules/network/tests/latest/recordings/test_manage_appgw_private_endpoint.yaml (not a "
         "connection update)")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Location"),
        ("spec example: Azure/azure-rest-api-specs specification/network/resource-manager/Microsoft.Network/"
         "stable/2024-05-01/examples/ApplicationGatewayPrivateEndpointConnectionDelete.json (202 with location "
         ".../providers/Microsoft.Network/locations/{region}/operationResults/{id}; 204; 200)")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_manage_appgw_private_endpoint.yaml (\"actionsRequired\":\"None\" in parent GET)")),
    writable_fields=Fact(
        ("status", "description"),
        ("our inference: from generated SDK code/samples (not the spec itself): Azure/azure-sdk-for-go "
         "armnetwork v9 example ExampleApplicationGatewayPrivateEndpointConnectionsClient_BeginUpdate "
         "(generated from specification/network/resource-manager/Microsoft.Network/stable/2025-05-01/examples/"
         "ApplicationGatewayPrivateEndpointConnectionUpdate.json) (body properties {privateEndpoint{id}, "
         "privateLinkServiceConnectionState{status, description}}) [NOTE: the 2025-05-01 example path cited is "
         "not in the index; not verified]")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("our inference: from generated SDK code/samples (not the spec itself): Azure/azure-sdk-for-go "
         "armnetwork v9 example ExampleApplicationGatewayPrivateEndpointConnectionsClient_BeginUpdate "
         "(generated from specification/network/resource-manager/Microsoft.Network/stable/2025-05-01/examples/"
         "ApplicationGatewayPrivateEndpointConnectionUpdate.json) (the example also sends name and "
         "properties.privateEndpoint.id; whether they are required: our inference — send the GET body back with "
         "the new state) [NOTE: the 2025-05-01 example path cited is not in the index; not verified]")),
    writable=Fact(
        True,
        ("our inference: from generated SDK code/samples (not the spec itself): Azure/azure-sdk-for-go "
         "armnetwork v9 example ExampleApplicationGatewayPrivateEndpointConnectionsClient_BeginUpdate "
         "(generated from specification/network/resource-manager/Microsoft.Network/stable/2025-05-01/examples/"
         "ApplicationGatewayPrivateEndpointConnectionUpdate.json) (Update is a long-running BeginUpdate); "
         "codes, header and body: our inference from Network RP behaviour recorded for "
         "Microsoft.Network/privateLinkServices (200 + Azure-AsyncOperation, provisioningState Updating) [NOTE: "
         "the 2025-05-01 example path cited is not in the index; not verified]")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Removed"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_manage_appgw_private_endpoint.yaml (Approved, 'Auto Approved' for same-subscription "
         "endpoints); others: our inference (Network free-text status)")),
    transitional_statuses=_no_transitional(
        "network/resource-manager/Microsoft.Network/stable/2024-01-01/applicationGateway.json"),
    provisioning_states=Fact(
        ("Succeeded", "Updating", "Deleting", "Failed"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_manage_appgw_private_endpoint.yaml (Succeeded); others: Network ProvisioningState "
         "enum (spec network.json)")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: possibly refused"),) + DISCONNECTED_IS_FINAL,
        _REJECTED_NOT_TRIED),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Application Gateway (v2, Private Link configuration) refusing a write "
         "that repeats the current status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress", "ApplicationGatewayOperationInProgress", "RetryableError"),
        "our inference: Application Gateway refuses writes while a gateway operation runs"),
    group_ids=Fact(
        ("<frontend IP configuration name>",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_manage_appgw_private_endpoint.yaml (the private endpoint used groupIds ['private_ip'] "
         "= the name of the gateway's frontendIPConfiguration that has a privateLinkConfiguration)")),
)

PRIVATE_LINK_SERVICE = ResourceType(
    arm_type="Microsoft.Network/privateLinkServices",
    label="Private Link service (customer-owned, behind a Standard Load Balancer)",
    names=("private_link_service", "pls"),
    parent_option="service_name",
    api_version=Fact(
        "2024-05-01",
        ("spec: Azure/azure-rest-api-specs specification/network/resource-manager/Microsoft.Network/"
         "stable/2024-05-01/privateLinkService.json (PrivateLinkServices_GetPrivateEndpointConnection / "
         "_UpdatePrivateEndpointConnection / _DeletePrivateEndpointConnection / "
         "_ListPrivateEndpointConnections; every Network api-version carries them, 2024-10-01 also stable — "
         "take the collection's Network default)")),
    api_versions_seen=Fact(
        ("2020-05-01", "2021-08-01", "2024-05-01"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_network_private_endpoints.yaml (May 2022, Azure CLI 2.36, azure-mgmt-network 20.0.0 "
         "sends 2021-08-01); Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers "
         "'Microsoft.Network/privateLinkServices', '2020-05-01', hasConnectionsURI true")),
    connections_listing=Fact(
        "collection",
        ("spec: Azure/azure-rest-api-specs specification/network/resource-manager/Microsoft.Network/"
         "stable/2024-05-01/privateLinkService.json (GET .../privateLinkServices/"
         "{serviceName}/privateEndpointConnections, x-ms-pageable nextLinkName nextLink); connections also "
         "appear inside the parent GET (recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/"
         "network/tests/latest/recordings/test_network_private_endpoints.yaml)")),
    list_paged=Fact(
        True,
        ("spec: Azure/azure-rest-api-specs specification/network/resource-manager/Microsoft.Network/"
         "stable/2024-05-01/privateLinkService.json (x-ms-pageable nextLinkName nextLink)")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_network_private_endpoints.yaml (path parameter is named peConnectionName in the spec)")),
    get_missing=Fact(404, "our inference: Network RP answers 404 NotFound for missing child resources"),
    put=Fact(
        Answer(codes=(200,), lro=True, async_header="Azure-AsyncOperation", body_at_once="Updating"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_network_private_endpoints.yaml (reject PUT answered 200 with body provisioningState "
         "'Updating', status already 'Rejected', AND an azure-asyncoperation header .../providers/"
         "Microsoft.Network/locations/{region}/operations/{id}); spec: Azure/azure-rest-api-specs specification/"
         "network/resource-manager/Microsoft.Network/stable/2024-05-01/privateLinkService.json lists only 200 "
         "and does NOT mark the PUT x-ms-long-running-operation — the header is real; follow it when present")),
    put_settle_seconds=Fact(
        (0, 15),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_network_private_endpoints.yaml (the consumer private endpoint showed status Rejected "
         "in the GET right after the PUT, same second 12:41:26)")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_network_private_endpoints.yaml (DELETE 202, empty body, azure-asyncoperation "
         ".../locations/centralus/operations/{id} AND location .../operationResults/{id}; the operation read "
         "Succeeded 10 s later and the parent showed privateEndpointConnections []); spec: "
         "Azure/azure-rest-api-specs specification/network/resource-manager/Microsoft.Network/"
         "stable/2024-05-01/privateLinkService.json (200/202/204, x-ms-long-running-operation true, "
         "final-state-via location)")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_network_private_endpoints.yaml (the PUT carried actionsRequired 'need action' and it "
         "was stored and mirrored to the consumer's privateLinkServiceConnectionState)")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_network_private_endpoints.yaml (PUT body "
         "{properties:{privateLinkServiceConnectionState:{status, actionsRequired}}} accepted)")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_network_private_endpoints.yaml (minimal body accepted; the answer echoed description "
         "'' because none was sent — a PUT REPLACES the whole state, omitted fields become '')")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_network_private_endpoints.yaml (reject PUT answered 200 with body provisioningState "
         "'Updating', status already 'Rejected', AND an azure-asyncoperation header .../providers/"
         "Microsoft.Network/locations/{region}/operations/{id}); spec: Azure/azure-rest-api-specs specification/"
         "network/resource-manager/Microsoft.Network/stable/2024-05-01/privateLinkService.json lists only 200 "
         "and does NOT mark the PUT x-ms-long-running-operation — the header is real; follow it when present")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Removed"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_network_private_endpoints.yaml (Approved via auto-approval 'Auto Approved', "
         "Rejected); Pending and Removed (shown on the consumer side after the connection is deleted): our "
         "inference from Network docs; status is free text in the Network spec")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_network_private_endpoints.yaml (none: the status flipped in the PUT answer itself)")),
    provisioning_states=Fact(
        ("Succeeded", "Updating", "Deleting", "Failed"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/"
         "recordings/test_network_private_endpoints.yaml (Updating in the PUT answer, Succeeded on GET); "
         "Deleting/Failed: spec ProvisioningState enum of network.json")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: refused (MicrosoftDocs/azure-docs #115121)"),)
        + DISCONNECTED_IS_FINAL,
        _REJECTED_NOT_TRIED),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Private Link service (customer-owned, behind a Standard Load Balancer) "
         "refusing a write that repeats the current status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress", "ReferencedResourceNotProvisioned", "RetryableError"),
        "our inference: Network RP codes for concurrent writes to the same load balancer / private link service"),
    group_ids=Fact(
        (),
        ("our inference: a Private Link service has no group ids / sub-resources (the consumer's "
         "privateLinkServiceConnections carry none: recording Azure/azure-cli src/azure-cli/azure/cli/"
         "command_modules/network/tests/latest/recordings/test_network_private_endpoints.yaml)")),
)

POWERBI_PRIVATE_LINK = ResourceType(
    arm_type="Microsoft.PowerBI/privateLinkServicesForPowerBI",
    label="Power BI private link service (tenant)",
    names=("powerbi_private_link", "powerbi", "power_bi"),
    parent_option="resource_name",
    api_version=Fact(
        "2020-06-01",
        ("spec: Azure/azure-rest-api-specs specification/powerbiprivatelinks/resource-manager/Microsoft.PowerBI/"
         "stable/2020-06-01/powerbiprivatelinks.json (the spec file is powerbiprivatelinks.json; the only "
         "stable version); recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/recordings/test_private_endpoint_connection_powerbi_ignoreReject.yaml sends 2020-06-01")),
    api_versions_seen=Fact(
        ("2020-06-01",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_powerbi_ignoreReject.yaml (Aug 2021, Azure CLI 2.27); "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py (register_providers) registers "
         "'Microsoft.PowerBI/privateLinkServicesForPowerBI', '2020-06-01', support_list False")),
    connections_listing=Fact(
        "collection",
        ("spec example: Azure/azure-rest-api-specs specification/powerbiprivatelinks/resource-manager/"
         "Microsoft.PowerBI/stable/2020-06-01/examples/PrivateEndpointConnections_ListByResource.json (GET .../"
         "privateLinkServicesForPowerBI/{name}/privateEndpointConnections answers 200 {\"value\": [...]} with "
         "full connection objects); NOTE the Azure CLI does not use it (support_list False) and lists through "
         "the parent GET properties.privateEndpointConnections (recording: Azure/azure-cli src/azure-cli/azure/"
         "cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_powerbi_ignoreReject.yaml) — the parent route also works")),
    list_paged=Fact(
        False,
        ("our inference: the list example (spec example: Azure/azure-rest-api-specs specification/"
         "powerbiprivatelinks/resource-manager/Microsoft.PowerBI/stable/2020-06-01/examples/"
         "PrivateEndpointConnections_ListByResource.json) carries no nextLink; single page assumed")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_powerbi_ignoreReject.yaml")),
    get_missing=_missing_is_404(
        "powerbiprivatelinks/resource-manager/Microsoft.PowerBI/stable/2020-06-01/powerbiprivatelinks.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200,), lro=False),
        ("spec example: Azure/azure-rest-api-specs specification/powerbiprivatelinks/resource-manager/"
         "Microsoft.PowerBI/stable/2020-06-01/examples/PrivateEndpointConnections_Create.json (PUT answered 200 "
         "with the connection body; only a 200 response in the example); our inference: synchronous — after the "
         "recorded PUT every GET for 3 minutes showed status Approved with no provisioningState (recording: "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_powerbi_ignoreReject.yaml)")),
    put_settle_seconds=Fact(
        (0, 10),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_powerbi_ignoreReject.yaml (the first GET after the PUT already "
         "showed Approved)")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_powerbi_ignoreReject.yaml (DELETE answered 202, empty body, "
         "content-type application/octet-stream, azure-asyncoperation .../"
         "privateLinkServicesForPowerBI/{name}/operationResults/{op}, no Location); 200/204: our inference")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_powerbi_ignoreReject.yaml (\"actionsRequired\":\"None\")")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("spec: " + _SPECS + "powerbiprivatelinks/resource-manager/Microsoft.PowerBI/stable/2020-06-01/"
         "powerbiprivatelinks.json ConnectionState: status, description, actionsRequired, none read-only")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_powerbi_ignoreReject.yaml (the Azure CLI's echoed GET body was "
         "accepted)")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/powerbiprivatelinks/resource-manager/"
         "Microsoft.PowerBI/stable/2020-06-01/examples/PrivateEndpointConnections_Create.json (PUT answered 200 "
         "with the connection body; only a 200 response in the example); our inference: synchronous — after the "
         "recorded PUT every GET for 3 minutes showed status Approved with no provisioningState (recording: "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_powerbi_ignoreReject.yaml)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("spec: " + _SPECS + "powerbiprivatelinks/resource-manager/Microsoft.PowerBI/stable/2020-06-01/"
         "powerbiprivatelinks.json ConnectionState status enum (Pending, Approved, Rejected, Disconnected); "
         "recording: " + _CLI + "network/tests/latest/recordings/"
         "test_private_endpoint_connection_powerbi_ignoreReject.yaml (Approved)")),
    transitional_statuses=_no_transitional(
        "powerbiprivatelinks/resource-manager/Microsoft.PowerBI/stable/2020-06-01/powerbiprivatelinks.json",
        ("Pending", "Approved", "Rejected", "Disconnected")),
    provisioning_states=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_powerbi_ignoreReject.yaml (connection bodies carry NO "
         "provisioningState at all — the Azure CLI's waiter, which looks for Succeeded/Ready, polled 20 times "
         "over ~3 minutes and gave up)")),
    refused_transitions=Fact(
        (Transition(current="Approved", wanted="Rejected",
                    answer=("unknown: the Azure CLI runs the reject step only in a test skipped as 'Test "
                            "account subscription not registered' (test_private_endpoint_connection_powerbi); "
                            "the recorded variant is named ignoreReject")),
         Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: refused (MicrosoftDocs/azure-docs #115121)"),) + DISCONNECTED_IS_FINAL,
        ("our inference: from Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/test_private_endpoint_commands.py (PowerBINetworkARMTemplateBasedScenarioTest: reject=False in "
         "the recorded test); " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Power BI private link service (tenant) refusing a write that repeats "
         "the current status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        _ARM_BUSY_CODE),
    group_ids=Fact(
        ("tenant",),
        ("our inference: recording/test: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/test_private_endpoint_commands.py creates the endpoint with --group-ids tenant")),
)

PURVIEW_ACCOUNT = ResourceType(
    arm_type="Microsoft.Purview/accounts",
    label="Microsoft Purview account",
    names=("purview_account", "purview"),
    parent_option="account_name",
    api_version=Fact(
        "2021-12-01",
        ("spec: Azure/azure-rest-api-specs specification/purview/resource-manager/"
         "Microsoft.Purview/stable/2021-12-01/purview.json (newest stable folder; later versions are previews)")),
    api_versions_seen=Fact(
        ("2020-12-01-preview", "2021-07-01", "2021-12-01"),
        ("spec: Azure/azure-rest-api-specs specification/purview stable folders; plus the Azure CLI / Az "
         "PowerShell registries - Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py 2021-07-01; Azure/azure-powershell src/"
         "Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs "
         "2020-12-01-preview; spec folders; no recording found")),
    connections_listing=Fact(
        "collection",
        ("spec: PrivateEndpointConnections_ListByAccount in Azure/azure-rest-api-specs specification/purview/"
         "resource-manager/Microsoft.Purview/stable/2021-12-01/purview.json; Azure/azure-powershell src/Network/"
         "Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs hasConnectionsURI=true")),
    list_paged=Fact(True, "our inference: x-ms-pageable nextLink ($skipToken)"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/purview/resource-manager/Microsoft.Purview/"
         "stable/2021-12-01/examples/PrivateEndpointConnections_CreateOrUpdate.json")),
    get_missing=Fact(404, "our inference: spec declares 200 + default ErrorResponseModel"),
    put=Fact(
        Answer(codes=(200, 201), lro=True, async_header="Azure-AsyncOperation", body_at_once="Succeeded"),
        ("spec example: Azure/azure-rest-api-specs specification/purview/resource-manager/Microsoft.Purview/"
         "stable/2021-12-01/examples/PrivateEndpointConnections_CreateOrUpdate.json (200, and 201 with "
         "Azure-AsyncOperation pointing back at the connection URL itself)")),
    put_settle_seconds=Fact(None, "our inference: no recording"),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("spec example: Azure/azure-rest-api-specs specification/purview/resource-manager/Microsoft.Purview/"
         "stable/2021-07-01/examples/PrivateEndpointConnections_Delete.json (200; 202 with Azure-AsyncOperation "
         "= the connection URL; 204)")),
    actions_field=Fact(
        "actionsRequired",
        "our inference: Purview's PrivateLinkServiceConnectionState has actionsRequired; the examples omit it"),
    writable_fields=Fact(
        ("status", "description"),
        ("spec example: Azure/azure-rest-api-specs specification/purview/resource-manager/Microsoft.Purview/"
         "stable/2021-12-01/examples/PrivateEndpointConnections_CreateOrUpdate.json")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/purview/resource-manager/Microsoft.Purview/"
         "stable/2021-12-01/examples/PrivateEndpointConnections_CreateOrUpdate.json")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/purview/resource-manager/Microsoft.Purview/"
         "stable/2021-12-01/examples/PrivateEndpointConnections_CreateOrUpdate.json (200, and 201 with "
         "Azure-AsyncOperation pointing back at the connection URL itself)")),
    statuses=Fact(
        ("Unknown", "Pending", "Approved", "Rejected", "Disconnected"),
        ("doc: https://learn.microsoft.com/fr-fr/python/api/azure-mgmt-purview/azure.mgmt.purview.models.status "
         "(APPROVED, DISCONNECTED, PENDING, REJECTED, UNKNOWN)")),
    transitional_statuses=_no_transitional(
        "purview/resource-manager/Microsoft.Purview/stable/2021-12-01/purview.json",
        ("Unknown", "Pending", "Approved", "Rejected", "Disconnected")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Updating", "Deleting", "Failed"),
        "our inference: free string in the spec; example shows Succeeded"),
    refused_transitions=Fact(DISCONNECTED_IS_FINAL, "our inference: nothing documented; " + _DISCONNECTED_SOURCE),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Microsoft Purview account refusing a write that repeats the current "
         "status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("account", "portal"),
        ("our inference: Purview documented account/portal sub-resources; the ingestion endpoints "
         "(blob/queue/namespace of the managed resources) are separate - see notes")),
)

RECOVERY_SERVICES_VAULT = ResourceType(
    arm_type="Microsoft.RecoveryServices/vaults",
    label="Recovery Services vault",
    names=("recovery_services_vault", "recovery_vault", "backup_vault_rsv"),
    parent_option="vault_name",
    api_version=Fact(
        "2021-12-01",
        ("spec example: Azure/azure-rest-api-specs specification/recoveryservicesbackup/resource-manager/"
         "Microsoft.RecoveryServices/stable/2021-12-01/examples/"
         "PrivateEndpointConnection/PutPrivateEndpointConnection.json (PrivateEndpointConnection_Put/Get/Delete "
         "live in the recoveryservicesbackup spec; newer stable folders keep them: our inference — the vault "
         "GET in Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_recoveryservices_private_endpoint.yaml used 2025-08-01 for the Microsoft.RecoveryServices vaults "
         "spec)")),
    api_versions_seen=Fact(
        ("2021-07-01", "2021-12-01", "2025-08-01"),
        ("our inference: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py (register_providers) registers "
         "'Microsoft.RecoveryServices/vaults', '2021-07-01'; Azure/azure-powershell src/Network/Network/"
         "PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs registers '2021-07-01'; "
         "recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_recoveryservices_private_endpoint.yaml (Nov 2025: vault calls at 2025-08-01; the test stops "
         "before any connection call)")),
    connections_listing=Fact(
        "parent_only",
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers RecoveryServices/vaults with "
         "hasConnectionsURI false (list through the vault's properties.privateEndpointConnections); the backup "
         "spec has Get/Put/Delete of one connection but no list operation: our inference from the example set; "
         "the Azure CLI nevertheless registers support_list True")),
    list_paged=Fact(False, "our inference: inside the vault body"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/recoveryservicesbackup/resource-manager/"
         "Microsoft.RecoveryServices/stable/2021-12-01/examples/"
         "PrivateEndpointConnection/PutPrivateEndpointConnection.json")),
    get_missing=_missing_is_404(
        "recoveryservicesbackup/resource-manager/Microsoft.RecoveryServices/stable/2024-04-01/bms.json",
        "PrivateEndpointConnection_Get"),
    put=Fact(
        Answer(codes=(200, 201), lro=True, async_header="Azure-AsyncOperation", body_at_once="Pending"),
        ("spec example: Azure/azure-rest-api-specs specification/recoveryservicesbackup/resource-manager/"
         "Microsoft.RecoveryServices/stable/2021-12-01/examples/"
         "PrivateEndpointConnection/PutPrivateEndpointConnection.json (201 with body provisioningState "
         "'Pending' and headers Azure-AsyncOperation .../"
         "privateEndpointConnections/{name}/operationsStatus/{op}, Retry-After 60; 200 with Succeeded)")),
    put_settle_seconds=Fact((30, 120), "our inference: Retry-After 60 in the spec example; not recorded"),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("spec example: Azure/azure-rest-api-specs specification/recoveryservicesbackup/resource-manager/"
         "Microsoft.RecoveryServices/stable/2021-12-01/examples/"
         "PrivateEndpointConnection/DeletePrivateEndpointConnection.json (200, 202 with Azure-AsyncOperation + "
         "Retry-After 60, 204)")),
    actions_field=Fact(
        "actionsRequired",
        ("our inference: the backup spec's PrivateLinkServiceConnectionState has an actionsRequired string; "
         "examples show only status/description")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec example: Azure/azure-rest-api-specs specification/recoveryservicesbackup/resource-manager/"
         "Microsoft.RecoveryServices/stable/2021-12-01/examples/"
         "PrivateEndpointConnection/PutPrivateEndpointConnection.json (PUT body properties {provisioningState, "
         "privateEndpoint, privateLinkServiceConnectionState{status, description}})")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/recoveryservicesbackup/resource-manager/"
         "Microsoft.RecoveryServices/stable/2021-12-01/examples/"
         "PrivateEndpointConnection/PutPrivateEndpointConnection.json (the example PUT echoes "
         "privateEndpoint.id and provisioningState too; a minimal body: our inference)")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/recoveryservicesbackup/resource-manager/"
         "Microsoft.RecoveryServices/stable/2021-12-01/examples/"
         "PrivateEndpointConnection/PutPrivateEndpointConnection.json (201 with body provisioningState "
         "'Pending' and headers Azure-AsyncOperation .../"
         "privateEndpointConnections/{name}/operationsStatus/{op}, Retry-After 60; 200 with Succeeded)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        "our inference: backup spec PrivateEndpointConnectionStatus enum"),
    transitional_statuses=_no_transitional(
        "recoveryservicesbackup/resource-manager/Microsoft.RecoveryServices/stable/2024-04-01/bms.json",
        ("Pending", "Approved", "Rejected", "Disconnected")),
    provisioning_states=Fact(
        ("Succeeded", "Deleting", "Failed", "Pending"),
        ("spec example: Azure/azure-rest-api-specs specification/recoveryservicesbackup/resource-manager/"
         "Microsoft.RecoveryServices/stable/2021-12-01/examples/"
         "PrivateEndpointConnection/PutPrivateEndpointConnection.json (Pending then Succeeded); "
         "Deleting/Failed: our inference (ProvisioningState enum of the backup spec)")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: refused (MicrosoftDocs/azure-docs #115121)"),) + DISCONNECTED_IS_FINAL,
        ("our inference: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/test_private_endpoint_commands.py (test_recoveryservices_private_endpoint, live only) rejects "
         "an approved connection successfully; " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Recovery Services vault refusing a write that repeats the current "
         "status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        _ARM_BUSY_CODE),
    group_ids=Fact(
        ("AzureBackup", "AzureSiteRecovery", "AzureBackup_secondary"),
        ("our inference: Azure Backup / Site Recovery private endpoint docs; connection names carry '.backup.' "
         "(spec example name '<pe>.<number>.backup.<guid>')")),
)

RELAY_NAMESPACE = ResourceType(
    arm_type="Microsoft.Relay/namespaces",
    label="Azure Relay namespace",
    names=("relay_namespace", "relay"),
    parent_option="namespace_name",
    api_version=Fact(
        "2021-11-01",
        ("spec example: Azure/azure-rest-api-specs specification/relay/resource-manager/Microsoft.Relay/stable/"
         "2021-11-01/examples/PrivateEndpointConnections/PrivateEndpointConnectionsCreate.json "
         "(PrivateEndpointConnections_* of the Relay spec; the example body still says api-version "
         "2018-01-01-preview; 2021-11-01 is the newest stable Relay folder)")),
    api_versions_seen=Fact(
        ("2018-01-01-preview", "2021-11-01"),
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers 'Microsoft.Relay/namespaces', "
         "'2018-01-01-preview', hasConnectionsURI true; Azure/azure-cli src/azure-cli/azure/cli/command_modules/"
         "network/private_link_resource_and_endpoint_connections/custom.py (register_providers) registers Relay "
         "2018-01-01-preview; no recording found")),
    connections_listing=Fact(
        "collection",
        ("our inference: Azure/azure-sdk-for-go armrelay PrivateEndpointConnectionsClient.NewListPager "
         "(generated from the Relay spec); the previously cited example specification/relay/resource-manager/"
         "Microsoft.Relay/stable/2021-11-01/examples/"
         "PrivateEndpointConnections/PrivateEndpointConnectionsList.json is not in the index (that folder holds "
         "Create, Delete, OperationStatus and PrivateLinkResourcesGet only)")),
    list_paged=Fact(
        True,
        ("our inference: from generated SDK code/samples (not the spec itself): Azure/azure-sdk-for-go armrelay "
         "examples (CreateOrUpdate is a plain call; Delete is BeginDelete, generated from "
         "Azure/azure-rest-api-specs specification/relay/resource-manager/Microsoft.Relay/stable/"
         "2021-11-01/examples/PrivateEndpointConnections/) (NewListPager: x-ms-pageable nextLink)")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/relay/resource-manager/Microsoft.Relay/stable/"
         "2021-11-01/examples/PrivateEndpointConnections/PrivateEndpointConnectionsCreate.json")),
    get_missing=_missing_is_404(
        "relay/resource-manager/Microsoft.Relay/stable/2021-11-01/Namespaces.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200, 201, 202), lro=True, async_header="Azure-AsyncOperation", body_at_once="Updating"),
        ("spec example: Azure/azure-rest-api-specs specification/relay/resource-manager/Microsoft.Relay/stable/"
         "2021-11-01/examples/PrivateEndpointConnections/PrivateEndpointConnectionsCreate.json (200/201 with "
         "body provisioningState 'Updating'; the SDK treats CreateOrUpdate as a plain call); 202 + "
         "Azure-AsyncOperation: our inference from the recorded Event Hubs behaviour on the same messaging "
         "platform (/work/typefacts/Microsoft.EventHub.namespaces.json (recorded: "
         "test_private_endpoint_connection_eventhub.yaml))")),
    put_settle_seconds=Fact((25, 60), "our inference: from Event Hubs (recorded ~37 s)"),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("our inference: from generated SDK code/samples (not the spec itself): Azure/azure-sdk-for-go armrelay "
         "examples (CreateOrUpdate is a plain call; Delete is BeginDelete, generated from "
         "Azure/azure-rest-api-specs specification/relay/resource-manager/Microsoft.Relay/stable/"
         "2021-11-01/examples/PrivateEndpointConnections/); header: our inference from Event Hubs")),
    actions_field=Fact(
        None,
        ("our inference: from generated SDK code/samples (not the spec itself): Azure/azure-sdk-for-go armrelay "
         "examples (CreateOrUpdate is a plain call; Delete is BeginDelete, generated from "
         "Azure/azure-rest-api-specs specification/relay/resource-manager/Microsoft.Relay/stable/"
         "2021-11-01/examples/PrivateEndpointConnections/) (armrelay.ConnectionState has only Description and "
         "Status — no actionsRequired, as in Event Hubs / Service Bus)")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec example: Azure/azure-rest-api-specs specification/relay/resource-manager/Microsoft.Relay/stable/"
         "2021-11-01/examples/PrivateEndpointConnections/PrivateEndpointConnectionsCreate.json "
         "(privateLinkServiceConnectionState {status, description}; the example also sends "
         "properties.privateEndpoint.id)")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/relay/resource-manager/Microsoft.Relay/stable/"
         "2021-11-01/examples/PrivateEndpointConnections/PrivateEndpointConnectionsCreate.json")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/relay/resource-manager/Microsoft.Relay/stable/"
         "2021-11-01/examples/PrivateEndpointConnections/PrivateEndpointConnectionsCreate.json (200/201 with "
         "body provisioningState 'Updating'; the SDK treats CreateOrUpdate as a plain call); 202 + "
         "Azure-AsyncOperation: our inference from the recorded Event Hubs behaviour on the same messaging "
         "platform (/work/typefacts/Microsoft.EventHub.namespaces.json (recorded: "
         "test_private_endpoint_connection_eventhub.yaml))")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("our inference: from generated SDK code/samples (not the spec itself): Azure/azure-sdk-for-go armrelay "
         "examples (CreateOrUpdate is a plain call; Delete is BeginDelete, generated from "
         "Azure/azure-rest-api-specs specification/relay/resource-manager/Microsoft.Relay/stable/"
         "2021-11-01/examples/PrivateEndpointConnections/) (PrivateLinkConnectionStatus enum)")),
    transitional_statuses=_no_transitional(
        "relay/resource-manager/Microsoft.Relay/stable/2021-11-01/Namespaces.json",
        ("Pending", "Approved", "Rejected", "Disconnected")),
    provisioning_states=Fact(
        ("Creating", "Updating", "Deleting", "Succeeded", "Canceled", "Failed"),
        ("our inference: from generated SDK code/samples (not the spec itself): Azure/azure-sdk-for-go armrelay "
         "examples (CreateOrUpdate is a plain call; Delete is BeginDelete, generated from "
         "Azure/azure-rest-api-specs specification/relay/resource-manager/Microsoft.Relay/stable/"
         "2021-11-01/examples/PrivateEndpointConnections/) (EndPointProvisioningState enum); spec example: "
         "Azure/azure-rest-api-specs specification/relay/resource-manager/Microsoft.Relay/stable/2021-11-01/"
         "examples/PrivateEndpointConnections/PrivateEndpointConnectionsCreate.json shows Updating")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: possibly refused"),) + DISCONNECTED_IS_FINAL,
        ("our inference: from Event Hubs (/work/typefacts/Microsoft.EventHub.namespaces.json (recorded: "
         "test_private_endpoint_connection_eventhub.yaml)); " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        False,
        ("our inference: from Event Hubs (/work/typefacts/Microsoft.EventHub.namespaces.json (recorded: "
         "test_private_endpoint_connection_eventhub.yaml)) (refused: Approved -> Approved)")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        _ARM_BUSY_CODE),
    group_ids=Fact(("namespace",), "our inference: Relay private endpoint docs (sub-resource 'namespace')"),
)

SEARCH_SERVICE = ResourceType(
    arm_type="Microsoft.Search/searchServices",
    label="AI Search service",
    names=("search_service", "search", "ai_search", "cognitive_search"),
    parent_option="search_service_name",
    api_version=Fact(
        "2025-05-01",
        ("spec example: Azure/azure-rest-api-specs specification/search/resource-manager/Microsoft.Search/"
         "Search/examples/2025-05-01/UpdatePrivateEndpointConnection.json (PrivateEndpointConnections_Update at "
         "2025-05-01, the newest stable; the spec moved to the TypeSpec layout Microsoft.Search/Search/); "
         "operation shapes read in Azure/azure-rest-api-specs specification/search/resource-manager/"
         "Microsoft.Search/stable/2023-11-01/search.json")),
    api_versions_seen=Fact(
        ("2020-08-01", "2023-11-01", "2025-05-01"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_search.yaml (Apr 2024, Azure CLI 2.59 sends 2020-08-01); "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py (register_providers) registers "
         "'Microsoft.Search/searchServices', '2020-08-01'")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_search.yaml (GET .../"
         "searchServices/{name}/privateEndpointConnections answered 200 {value:[...], nextLink:null}); spec: "
         "Azure/azure-rest-api-specs specification/search/resource-manager/"
         "Microsoft.Search/stable/2023-11-01/search.json PrivateEndpointConnections_ListByService")),
    list_paged=Fact(
        True,
        ("spec: Azure/azure-rest-api-specs specification/search/resource-manager/"
         "Microsoft.Search/stable/2023-11-01/search.json x-ms-pageable nextLinkName nextLink; recording shows "
         "\"nextLink\":null")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_search.yaml")),
    get_missing=Fact(
        404,
        ("spec: Azure/azure-rest-api-specs specification/search/resource-manager/"
         "Microsoft.Search/stable/2023-11-01/search.json PrivateEndpointConnections_Get default 'HTTP 404 (Not "
         "Found): ... private endpoint connection could not be found'")),
    put=Fact(
        Answer(codes=(200,), lro=False, body_at_once="Succeeded"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_search.yaml (approve PUT answered 200 at once with status Approved, "
         "provisioningState Succeeded, ~1 s elapsed-time; reject PUT likewise 200 Rejected/Succeeded); spec: "
         "Azure/azure-rest-api-specs specification/search/resource-manager/"
         "Microsoft.Search/stable/2023-11-01/search.json PUT responses 200 only, not long-running")),
    put_settle_seconds=Fact(
        (0, 2),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_search.yaml (the following GET 12 s later was unchanged; the PUT "
         "itself took elapsed-time 904-1031 ms)")),
    delete=Fact(
        Answer(codes=(200, 404), lro=False),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_search.yaml (DELETE answered 200 with the connection body: status "
         "'Disconnected', description 'Remove request from customer.', provisioningState Succeeded); spec: "
         "Azure/azure-rest-api-specs specification/search/resource-manager/"
         "Microsoft.Search/stable/2023-11-01/search.json DELETE responses 200 (with body) and 404 (not found), "
         "not long-running")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_search.yaml (\"actionsRequired\":\"None\"); spec example: "
         "Azure/azure-rest-api-specs specification/search/resource-manager/Microsoft.Search/Search/examples/"
         "2025-05-01/UpdatePrivateEndpointConnection.json")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("spec example: Azure/azure-rest-api-specs specification/search/resource-manager/Microsoft.Search/"
         "Search/examples/2025-05-01/UpdatePrivateEndpointConnection.json (PUT body "
         "privateLinkServiceConnectionState {status, description}; actionsRequired is writable in the Search "
         "model, default 'None')")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/search/resource-manager/Microsoft.Search/"
         "Search/examples/2025-05-01/UpdatePrivateEndpointConnection.json")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_search.yaml (approve PUT answered 200 at once with status Approved, "
         "provisioningState Succeeded, ~1 s elapsed-time; reject PUT likewise 200 Rejected/Succeeded); spec: "
         "Azure/azure-rest-api-specs specification/search/resource-manager/"
         "Microsoft.Search/stable/2023-11-01/search.json PUT responses 200 only, not long-running")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_search.yaml (Pending, Approved, Rejected, and Disconnected in the "
         "DELETE answer); spec: Azure/azure-rest-api-specs specification/search/resource-manager/"
         "Microsoft.Search/stable/2023-11-01/search.json "
         "PrivateEndpointConnectionProperties.privateLinkServiceConnectionState.status enum")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_search.yaml (PUT is synchronous; no transitional status seen)")),
    provisioning_states=Fact(
        ("Updating", "Deleting", "Failed", "Succeeded", "Incomplete", "Canceled"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_search.yaml shows Succeeded; the other values: our inference from "
         "the Search spec's PrivateLinkServiceConnectionProvisioningState enum (not re-read in this session)")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer=("400 OperationNotAllowed \"Could not update Private Endpoint connection status from "
                            "'Rejected' to 'Approved': <name>. RequestId: <guid>\"")),) + DISCONNECTED_IS_FINAL,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_search.yaml (PUT status Approved on a Rejected connection answered "
         "400 Bad Request with that error; Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "tests/latest/test_private_endpoint_commands.py asserts 'Approval will fail after rejection'); "
         "Pending->Approved and Approved->Rejected recorded as accepted; " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        "our inference: no source shows AI Search service refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: Search documents 409 only for a disabled subscription; AnotherOperationInProgress is "
         "ARM-wide; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("searchService",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_search.yaml (connection property groupId 'searchService' — SINGULAR "
         "string field groupId, not an array groupIds)")),
)

SERVICEBUS_NAMESPACE = ResourceType(
    arm_type="Microsoft.ServiceBus/namespaces",
    label="Service Bus namespace",
    names=("servicebus_namespace", "servicebus", "service_bus"),
    parent_option="namespace_name",
    api_version=Fact(
        "2024-01-01",
        ("spec: Azure/azure-rest-api-specs specification/servicebus/resource-manager/Microsoft.ServiceBus/"
         "stable/2024-01-01/namespace-preview.json (newest stable folder; PrivateEndpointConnections_* live in "
         "namespace-preview.json despite the file name)")),
    api_versions_seen=Fact(
        ("2021-06-01-preview", "2024-01-01"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_service_bus.yaml (Sept 2024, Azure CLI 2.64 sends 2021-06-01-preview "
         "for list/show/DELETE); Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py (register_providers) registers "
         "'Microsoft.ServiceBus/namespaces', '2021-06-01-preview'")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_service_bus.yaml (GET .../"
         "namespaces/{name}/privateEndpointConnections answered 200 {value:[...]} with full objects incl. "
         "location); spec: Azure/azure-rest-api-specs specification/servicebus/resource-manager/"
         "Microsoft.ServiceBus/stable/2024-01-01/namespace-preview.json PrivateEndpointConnections_List; the "
         "namespace also carries properties.privateEndpointConnections (spec SBNamespaceProperties)")),
    list_paged=Fact(
        True,
        ("spec: Azure/azure-rest-api-specs specification/servicebus/resource-manager/Microsoft.ServiceBus/"
         "stable/2024-01-01/namespace-preview.json PrivateEndpointConnectionListResult has nextLink "
         "(x-ms-pageable as in the Event Hubs spec of the same RP family: our inference if absent)")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_service_bus.yaml")),
    get_missing=Fact(404, "our inference: spec GET lists only 200 + default ErrorResponse"),
    put=Fact(
        Answer(codes=(200, 201, 202), lro=True, async_header="Azure-AsyncOperation", body_at_once="Updating"),
        ("spec: Azure/azure-rest-api-specs specification/servicebus/resource-manager/Microsoft.ServiceBus/"
         "stable/2024-01-01/namespace-preview.json PUT responses 200/201/202 with a PrivateEndpointConnection "
         "body, not marked x-ms-long-running-operation; lro/202/Updating: our inference from the recorded Event "
         "Hubs PUT of the same messaging resource provider (Azure/azure-cli src/azure-cli/azure/cli/"
         "command_modules/network/tests/latest/recordings/test_private_endpoint_connection_eventhub.yaml: 202 + "
         "Azure-AsyncOperation .../operationStatus/..., body provisioningState Updating); no Service Bus PUT "
         "recorded")),
    put_settle_seconds=Fact(
        (25, 40),
        ("our inference: Event Hubs (same messaging RP) recorded about 37 s from 202 to Succeeded "
         "(Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_eventhub.yaml)")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_service_bus.yaml (DELETE answered 202 Accepted, empty body, header "
         "azure-asyncoperation .../privateEndpointConnections/{name}/operationStatus/"
         "{name}?api-version=2021-06-01-preview&operationType=Delete, no Location); spec: "
         "Azure/azure-rest-api-specs specification/servicebus/resource-manager/Microsoft.ServiceBus/"
         "stable/2024-01-01/namespace-preview.json DELETE 200/202/204, x-ms-long-running-operation true")),
    actions_field=Fact(
        None,
        ("spec: Azure/azure-rest-api-specs specification/servicebus/resource-manager/Microsoft.ServiceBus/"
         "stable/2024-01-01/namespace-preview.json definition ConnectionState has only status and description; "
         "recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_service_bus.yaml bodies carry no actionsRequired")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec: Azure/azure-rest-api-specs specification/servicebus/resource-manager/Microsoft.ServiceBus/"
         "stable/2024-01-01/namespace-preview.json ConnectionState {status, description}")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec: Azure/azure-rest-api-specs specification/servicebus/resource-manager/Microsoft.ServiceBus/"
         "stable/2024-01-01/namespace-preview.json "
         "PrivateEndpointConnection.properties.privateLinkServiceConnectionState")),
    writable=Fact(
        True,
        ("spec: Azure/azure-rest-api-specs specification/servicebus/resource-manager/Microsoft.ServiceBus/"
         "stable/2024-01-01/namespace-preview.json PUT responses 200/201/202 with a PrivateEndpointConnection "
         "body, not marked x-ms-long-running-operation; lro/202/Updating: our inference from the recorded Event "
         "Hubs PUT of the same messaging resource provider (Azure/azure-cli src/azure-cli/azure/cli/"
         "command_modules/network/tests/latest/recordings/test_private_endpoint_connection_eventhub.yaml: 202 + "
         "Azure-AsyncOperation .../operationStatus/..., body provisioningState Updating); no Service Bus PUT "
         "recorded")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("spec: Azure/azure-rest-api-specs specification/servicebus/resource-manager/Microsoft.ServiceBus/"
         "stable/2024-01-01/namespace-preview.json ConnectionState.status enum PrivateLinkConnectionStatus")),
    transitional_statuses=Fact(
        (),
        "our inference: same RP as Event Hubs, whose recorded 202 body showed the final status at once"),
    provisioning_states=Fact(
        ("Creating", "Updating", "Deleting", "Succeeded", "Canceled", "Failed"),
        ("spec: Azure/azure-rest-api-specs specification/servicebus/resource-manager/Microsoft.ServiceBus/"
         "stable/2024-01-01/namespace-preview.json EndPointProvisioningState enum; recording: Azure/azure-cli "
         "src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_service_bus.yaml shows Succeeded")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: refused (MicrosoftDocs/azure-docs #115121)"),) + DISCONNECTED_IS_FINAL,
        ("our inference: the Azure CLI test skips approve and reject for Service Bus "
         "(_test_private_endpoint(self, approve=False, rejected=False) in Azure/azure-cli src/azure-cli/azure/"
         "cli/command_modules/network/tests/latest/test_private_endpoint_commands.py); Event Hubs (same RP) "
         "skips approving an approved connection; " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        False,
        ("our inference: the Azure CLI test skips approve and reject for Service Bus "
         "(_test_private_endpoint(self, approve=False, rejected=False) in Azure/azure-cli src/azure-cli/azure/"
         "cli/command_modules/network/tests/latest/test_private_endpoint_commands.py); Event Hubs (same RP) "
         "skips approving an approved connection (refused: Approved -> Approved)")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: not documented; messaging RP answers 409 Conflict to concurrent changes; "
         "AnotherOperationInProgress is ARM-wide; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("namespace",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_service_bus.yaml (privateLinkResources groupId 'namespace'; "
         "connection groupIds [\"namespace\"])")),
)

SIGNALR = ResourceType(
    arm_type="Microsoft.SignalRService/signalR",
    label="Azure SignalR Service",
    names=("signalr", "signalr_service"),
    parent_option="resource_name",
    api_version=Fact(
        "2024-03-01",
        ("spec example: Azure/azure-rest-api-specs specification/signalr/resource-manager/"
         "Microsoft.SignalRService/stable/2024-03-01/examples/SignalRPrivateEndpointConnections_Update.json "
         "(newest stable SignalR RP folder read; 2025-01-01-preview exists)")),
    api_versions_seen=Fact(
        ("2020-05-01", "2023-06-01-preview", "2024-03-01"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml (Oct 2023, Azure CLI 2.53: connection calls at "
         "2020-05-01, signalr network-rule at 2023-06-01-preview); Azure/azure-cli src/azure-cli/azure/cli/"
         "command_modules/network/private_link_resource_and_endpoint_connections/custom.py (register_providers) "
         "registers 'Microsoft.SignalRService/signalr', '2020-05-01', support_list False; "
         "Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers '2020-05-01', hasConnectionsURI false")),
    connections_listing=Fact(
        "collection",
        ("spec: SignalRPrivateEndpointConnections_List (stable since 2021-10-01, examples in stable/2022-02-01 "
         "and later); NOTE at 2020-05-01 there is no list: the Azure CLI (support_list False) and Az PowerShell "
         "(hasConnectionsURI false) list through the parent GET properties.privateEndpointConnections "
         "(recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml)")),
    list_paged=Fact(True, "our inference: the SignalR RP list operations are x-ms-pageable nextLink"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml")),
    get_missing=_missing_is_404(
        "signalr/resource-manager/Microsoft.SignalRService/stable/2024-03-01/signalr.json",
        "SignalRPrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200,), lro=True, async_header="Azure-AsyncOperation", body_at_once="Updating"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml (approve and reject PUTs answered 200 at once with "
         "status already set and provisioningState 'Updating', header azure-asyncoperation "
         ".../SignalR/{name}/operationStatuses/{id}); spec example: Azure/azure-rest-api-specs specification/"
         "signalr/resource-manager/Microsoft.SignalRService/stable/2024-03-01/examples/"
         "SignalRPrivateEndpointConnections_Update.json (200 only, with Location and Azure-AsyncOperation "
         "headers; the spec does not mark the PUT long-running)")),
    put_settle_seconds=Fact(
        (30, 60),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml (approve: PUT 02:34:14, provisioningState Succeeded at "
         "02:35:01 = 47 s; reject: PUT 02:35:05, still Updating at 02:35:28, Succeeded by the next poll)")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml (DELETE 202, empty body, azure-asyncoperation "
         ".../operationStatuses/{id} and location .../operationResults/{id}; the parent showed "
         "privateEndpointConnections [] 32 s later); spec example: Azure/azure-rest-api-specs specification/"
         "signalr/resource-manager/Microsoft.SignalRService/stable/2024-03-01/examples/"
         "SignalRPrivateEndpointConnections_Delete.json (200, 202 with Location + Azure-AsyncOperation, 204)")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml (\"actionsRequired\":\"None\")")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("spec example: Azure/azure-rest-api-specs specification/signalr/resource-manager/"
         "Microsoft.SignalRService/stable/2024-03-01/examples/SignalRPrivateEndpointConnections_Update.json "
         "(PUT body properties {privateEndpoint:{}, privateLinkServiceConnectionState:{status, "
         "actionsRequired}})")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/signalr/resource-manager/"
         "Microsoft.SignalRService/stable/2024-03-01/examples/SignalRPrivateEndpointConnections_Update.json "
         "(the example also sends an empty properties.privateEndpoint {}; a body with only the state: our "
         "inference that it is accepted); recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/"
         "signalr/tests/latest/recordings/test_signalr_private_endpoint.yaml (the Azure CLI's echoed GET body "
         "was accepted)")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml (approve and reject PUTs answered 200 at once with "
         "status already set and provisioningState 'Updating', header azure-asyncoperation "
         ".../SignalR/{name}/operationStatuses/{id}); spec example: Azure/azure-rest-api-specs specification/"
         "signalr/resource-manager/Microsoft.SignalRService/stable/2024-03-01/examples/"
         "SignalRPrivateEndpointConnections_Update.json (200 only, with Location and Azure-AsyncOperation "
         "headers; the spec does not mark the PUT long-running)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml (Pending, Approved, Rejected); Disconnected: our "
         "inference (SignalR spec PrivateLinkServiceConnectionStatus enum)")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml (status flips in the PUT answer; only provisioningState "
         "is transitional)")),
    provisioning_states=Fact(
        ("Succeeded", "Updating", "Deleting", "Failed", "Creating", "Moving", "Running", "Canceled", "Unknown"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml (Updating then Succeeded); the rest: our inference "
         "(SignalR spec ProvisioningState enum)")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: possibly refused (MicrosoftDocs/azure-docs #115121)"),) + DISCONNECTED_IS_FINAL,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml shows Pending->Approved and Approved->Rejected "
         "accepted; Rejected->Approved not tried; " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        "our inference: no source shows Azure SignalR Service refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: the SignalR RP serialises operations per resource; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("signalr",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml (groupIds ['signalr']); Azure/azure-cli src/azure-cli/"
         "azure/cli/command_modules/signalr/tests/latest/test_signalr_private_endpoint.py")),
)

WEB_PUBSUB = ResourceType(
    arm_type="Microsoft.SignalRService/webPubSub",
    label="Azure Web PubSub",
    names=("web_pubsub", "webpubsub"),
    parent_option="resource_name",
    api_version=Fact(
        "2024-03-01",
        ("spec: Azure/azure-rest-api-specs specification/webpubsub/resource-manager/"
         "Microsoft.SignalRService/stable/2024-03-01/webpubsub.json (Web PubSub has its own spec folder "
         "specification/webpubsub/, not specification/signalr/; 2024-03-01 is the stable version checked)")),
    api_versions_seen=Fact(
        ("2021-10-01", "2024-03-01"),
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers 'Microsoft.SignalRService/webPubSub', "
         "'2021-10-01', hasConnectionsURI true; Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py (register_providers) registers webPubSub "
         "2021-10-01")),
    connections_listing=Fact(
        "collection",
        ("spec: WebPubSubPrivateEndpointConnections_List (stable 2021-10-01 and later); Azure/azure-powershell "
         "src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs "
         "hasConnectionsURI true")),
    list_paged=Fact(True, "our inference: the SignalR RP list operations are x-ms-pageable nextLink"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("our inference: by analogy — recorded for Microsoft.SignalRService/signalr (Azure/azure-cli src/"
         "azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml); Web PubSub is served by the same SignalR resource "
         "provider (same spec folder, same operation shapes): our inference that it behaves the same")),
    get_missing=_missing_is_404(
        "webpubsub/resource-manager/Microsoft.SignalRService/stable/2024-03-01/webpubsub.json",
        "WebPubSubPrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200,), lro=True, async_header="Azure-AsyncOperation", body_at_once="Updating"),
        ("our inference: by analogy with Microsoft.SignalRService/signalR (same RP), recorded in "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml; spec example: Azure/azure-rest-api-specs specification/"
         "signalr/resource-manager/Microsoft.SignalRService/stable/2024-03-01/examples/"
         "SignalRPrivateEndpointConnections_Update.json (SignalR's update example: 200 only, with Location and "
         "Azure-AsyncOperation headers). The Web PubSub update example was not found in the index (cited path "
         "under specification/signalr/ does not exist)")),
    put_settle_seconds=Fact(
        (30, 60),
        ("our inference: by analogy — recorded for Microsoft.SignalRService/signalr (Azure/azure-cli src/"
         "azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml); Web PubSub is served by the same SignalR resource "
         "provider (same spec folder, same operation shapes): our inference that it behaves the same")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("spec example: Azure/azure-rest-api-specs specification/webpubsub/resource-manager/"
         "Microsoft.SignalRService/stable/2024-03-01/examples/WebPubSubPrivateEndpointConnections_Delete.json "
         "(200, 202 with Location + Azure-AsyncOperation, 204); lro/async header: our inference by analogy with "
         "the recorded SignalR DELETE (Azure/azure-cli src/azure-cli/azure/cli/command_modules/signalr/tests/"
         "latest/recordings/test_signalr_private_endpoint.yaml)")),
    actions_field=Fact(
        "actionsRequired",
        ("our inference: by analogy — recorded for Microsoft.SignalRService/signalr (Azure/azure-cli src/"
         "azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml); Web PubSub is served by the same SignalR resource "
         "provider (same spec folder, same operation shapes): our inference that it behaves the same")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("our inference: by analogy with spec example: Azure/azure-rest-api-specs specification/signalr/"
         "resource-manager/Microsoft.SignalRService/stable/2024-03-01/examples/"
         "SignalRPrivateEndpointConnections_Update.json (PUT body properties {privateEndpoint:{}, "
         "privateLinkServiceConnectionState:{status, actionsRequired}}); the Web PubSub update example was not "
         "found at the cited path")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("our inference: by analogy with spec example: Azure/azure-rest-api-specs specification/signalr/"
         "resource-manager/Microsoft.SignalRService/stable/2024-03-01/examples/"
         "SignalRPrivateEndpointConnections_Update.json (also sends an empty properties.privateEndpoint {}); a "
         "body with only the state is accepted: our inference")),
    writable=Fact(
        True,
        ("our inference: by analogy with Microsoft.SignalRService/signalR (same RP), recorded in "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml; spec example: Azure/azure-rest-api-specs specification/"
         "signalr/resource-manager/Microsoft.SignalRService/stable/2024-03-01/examples/"
         "SignalRPrivateEndpointConnections_Update.json (SignalR's update example: 200 only, with Location and "
         "Azure-AsyncOperation headers). The Web PubSub update example was not found in the index (cited path "
         "under specification/signalr/ does not exist)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("our inference: the SignalR RP's PrivateLinkServiceConnectionStatus enum (Pending, Approved, Rejected, "
         "Disconnected) assumed identical in Azure/azure-rest-api-specs specification/webpubsub/"
         "resource-manager/Microsoft.SignalRService/stable/2024-03-01/webpubsub.json (not read)")),
    transitional_statuses=Fact(
        (),
        ("our inference: by analogy — recorded for Microsoft.SignalRService/signalr (Azure/azure-cli src/"
         "azure-cli/azure/cli/command_modules/signalr/tests/latest/"
         "recordings/test_signalr_private_endpoint.yaml); Web PubSub is served by the same SignalR resource "
         "provider (same spec folder, same operation shapes): our inference that it behaves the same")),
    provisioning_states=Fact(
        ("Succeeded", "Updating", "Deleting", "Failed", "Creating", "Moving", "Running", "Canceled", "Unknown"),
        ("our inference: the SignalR RP ProvisioningState enum, assumed identical in Azure/azure-rest-api-specs "
         "specification/webpubsub/resource-manager/Microsoft.SignalRService/stable/2024-03-01/webpubsub.json "
         "(not read); Succeeded/Updating by analogy with the SignalR recording")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: possibly refused (MicrosoftDocs/azure-docs #115121)"),) + DISCONNECTED_IS_FINAL,
        ("our inference: Rejected->Approved not tried anywhere for Web PubSub; MicrosoftDocs/azure-docs #115121 "
         "says rejected connections cannot be approved (general Private Link rule); " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        "our inference: no source shows Azure Web PubSub refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: the SignalR RP serialises operations per resource; " + _PLAIN_CONFLICT)),
    group_ids=Fact(("webpubsub",), "our inference: Web PubSub private endpoint docs (group id 'webpubsub')"),
)

SQL_MANAGED_INSTANCE = ResourceType(
    arm_type="Microsoft.Sql/managedInstances",
    label="SQL managed instance",
    names=("sql_managed_instance", "managed_instance", "sqlmi"),
    parent_option="managed_instance_name",
    api_version=Fact(
        "2025-01-01",
        ("spec: Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/SQL/stable/"
         "2025-01-01/ManagedInstancePrivateEndpointConnections.json (stable 2025-01-01 folder exists in the "
         "restructured SQL spec); doc: https://learn.microsoft.com/en-us/rest/api/sql/"
         "managed-instance-private-endpoint-connections/list-by-managed-instance?view=rest-sql-2025-01-01; spec "
         "examples checked in 2023-08-01 (Azure/azure-rest-api-specs specification/sql/resource-manager/"
         "Microsoft.Sql/stable/2023-08-01/examples/ManagedInstancePrivateEndpointConnectionUpdate.json)")),
    api_versions_seen=Fact(
        ("2021-11-01", "2023-08-01", "2025-01-01"),
        ("doc: learn.microsoft.com/rest/api/sql (ManagedInstancePrivateEndpointConnections api-version views) - "
         "REST reference views 2021-11-01, 2023-08-01, 2025-01-01; no recording; not registered in "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py nor Azure/azure-powershell src/Network/"
         "Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs")),
    connections_listing=Fact(
        "collection",
        ("spec: ManagedInstancePrivateEndpointConnections_ListByManagedInstance (Azure/azure-rest-api-specs "
         "specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/ManagedInstances.json family)")),
    list_paged=Fact(True, "our inference: Microsoft.Sql lists are x-ms-pageable with nextLink"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/examples/ManagedInstancePrivateEndpointConnectionUpdate.json")),
    get_missing=Fact(
        404,
        ("doc: https://learn.microsoft.com/en-us/rest/api/sql/"
         "managed-instance-private-endpoint-connections/list-by-managed-instance (404 ResourceNotFound "
         "documented for the family)")),
    put=Fact(
        Answer(codes=(200, 202), lro=True, async_header="Location"),
        ("doc: https://learn.microsoft.com/en-us/rest/api/sql/managed-instance-private-endpoint-connections/"
         "create-or-update?view=rest-sql-2023-08-01 (200 with the connection; 202 Accepted with a Location "
         "header); spec example ManagedInstancePrivateEndpointConnectionUpdate.json (200, 202)")),
    put_settle_seconds=Fact(None, "our inference: no recording"),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("spec example: Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/examples/ManagedInstancePrivateEndpointConnectionDelete.json (200, 202, 204)")),
    actions_field=Fact(
        "actionsRequired",
        ("spec example: Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/examples/ManagedInstancePrivateEndpointConnectionUpdate.json (actionsRequired: \"None\", "
         "read-only enum)")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec example: Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/examples/ManagedInstancePrivateEndpointConnectionUpdate.json")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/examples/ManagedInstancePrivateEndpointConnectionUpdate.json")),
    writable=Fact(
        True,
        ("doc: https://learn.microsoft.com/en-us/rest/api/sql/managed-instance-private-endpoint-connections/"
         "create-or-update?view=rest-sql-2023-08-01 (200 with the connection; 202 Accepted with a Location "
         "header); spec example ManagedInstancePrivateEndpointConnectionUpdate.json (200, 202)")),
    statuses=Fact(
        ("Approved", "Pending", "Rejected", "Disconnected"),
        ("our inference: Microsoft.Sql PrivateLinkServiceConnectionStateStatus (Approved, Pending, Rejected, "
         "Disconnected)")),
    transitional_statuses=Fact(
        ("Approving", "Rejecting", "Dropping"),
        ("doc: https://learn.microsoft.com/es-es/dotnet/api/"
         "azure.provisioning.sql.sqlprivateendpointprovisioningstate (Approving, Ready, Dropping, Failed, "
         "Rejecting) - NOTE these appear in properties.provisioningState, not in status")),
    provisioning_states=Fact(
        ("Approving", "Ready", "Dropping", "Failed", "Rejecting"),
        ("doc: https://learn.microsoft.com/es-es/dotnet/api/"
         "azure.provisioning.sql.sqlprivateendpointprovisioningstate (Approving, Ready, Dropping, Failed, "
         "Rejecting); spec example shows 'Ready' as the settled value (no 'Succeeded')")),
    refused_transitions=Fact(
        (Transition(current="Approved", wanted="Rejected",
                    answer=("400 PrivateEndpointConnectionStatusNotPending \"Private Endpoint Connection Status "
                            "is not Pending\"")),
         Transition(current="Rejected", wanted="Approved",
                    answer=("400 PrivateEndpointConnectionStatusNotPending \"Private Endpoint Connection Status "
                            "is not Pending\"")),) + DISCONNECTED_IS_FINAL,
        ("doc: https://learn.microsoft.com/en-us/rest/api/sql/2021-11-01/"
         "managed-instance-private-endpoint-connections/create-or-update?view=rest-sql-2021-11-01 (documented "
         "error responses of the PUT: 400 PrivateEndpointConnectionStatusNotPending, 400 "
         "IncorrectPrivateLinkServiceConnectionStateStatus 'must be Approved or Rejected'); that every "
         "non-Pending change is refused (not only Approved -> Rejected) is our inference from the error text "
         "and from SQL servers (MicrosoftDocs/azure-docs #71740); " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        "our inference: no source shows SQL managed instance refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("ManagedInstanceStoppingOrStopped", "ManagedInstanceStarting", "AnotherOperationInProgress"),
        ("doc: https://learn.microsoft.com/en-us/rest/api/sql/managed-instance-private-endpoint-connections/"
         "list-by-managed-instance (documented 400 ManagedInstanceStoppingOrStopped 'Conflicting operation submitted "
         "while instance is in stopping/stopped state', 400 ManagedInstanceStarting); "
         "AnotherOperationInProgress/Conflict our inference (ARM-wide); " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("managedInstance",),
        "our inference: SQL managed instance's documented private link sub-resource"),
)

SQL_SERVER = ResourceType(
    arm_type="Microsoft.Sql/servers",
    label="SQL server",
    names=("sql_server", "sqlserver", "sql"),
    parent_option="server_name",
    api_version=Fact(
        "2023-08-01",
        ("spec: Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/PrivateEndpointConnections.json (stable, has PrivateEndpointConnections_* — verified: PUT "
         "200/202 LRO, DELETE 200/202/204 LRO); NOTE not the newest: the spec (restructured under "
         "Microsoft.Sql/SQL/) also has stable 2025-01-01, Azure/azure-rest-api-specs specification/sql/"
         "resource-manager/Microsoft.Sql/SQL/stable/2025-01-01/PrivateEndpointConnections.json")),
    api_versions_seen=Fact(
        ("2018-06-01-preview", "2021-11-01", "2023-08-01"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_sql_server.yaml (Azure CLI sends 2018-06-01-preview for "
         "list/show/delete, 2021-11); Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py (register_providers) registers "
         "'Microsoft.Sql/servers', '2018-06-01-preview'; spec folders stable/2021-11-01, stable/2023-08-01")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_sql_server.yaml (GET .../servers/{name}/privateEndpointConnections "
         "answered 200 {value:[...]}, full objects with id/name/type); spec: Azure/azure-rest-api-specs "
         "specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/PrivateEndpointConnections.json "
         "operationId PrivateEndpointConnections_ListByServer")),
    list_paged=Fact(
        True,
        ("spec: Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/PrivateEndpointConnections.json x-ms-pageable nextLinkName nextLink")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_sql_server.yaml")),
    get_missing=Fact(
        404,
        ("spec: Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/PrivateEndpointConnections.json (GET lists only 200 + default; default names '404 "
         "ResourceNotFound'; '400 PrivateEndpointConnectionDoesNotExist' is also listed) — our inference: "
         "expect 404, treat 400 PrivateEndpointConnectionDoesNotExist as missing too")),
    put=Fact(
        Answer(codes=(200, 202), lro=True, async_header="Azure-AsyncOperation"),
        ("spec: Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/PrivateEndpointConnections.json PUT responses 200/202, x-ms-long-running-operation true; "
         "spec example examples/PrivateEndpointConnectionUpdate.json (202 with empty body); async header: our "
         "inference from the recorded SQL DELETE and server PUT (202 + Azure-AsyncOperation .../"
         "privateEndpointConnectionAzureAsyncOperation/{id} + Location .../"
         "privateEndpointConnectionOperationResults/{id}); no recorded PEC PUT found")),
    put_settle_seconds=Fact(
        None,
        ("our inference: no recorded SQL PEC PUT (the Azure CLI network test skips approve/reject for SQL: "
         "_test_private_endpoint(self, approve=False, rejected=False) in Azure/azure-cli src/azure-cli/azure/"
         "cli/command_modules/network/tests/latest/test_private_endpoint_commands.py)")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_sql_server.yaml (DELETE answered 202 Accepted, body "
         "{\"operation\":\"DropPrivateEndpointConnection\",\"startTime\":...}, headers azure-asyncoperation .../"
         "locations/westus/privateEndpointConnectionAzureAsyncOperation/{op}?api-version=... AND location .../"
         "privateEndpointConnectionOperationResults/{op}); spec: Azure/azure-rest-api-specs specification/sql/"
         "resource-manager/Microsoft.Sql/stable/2023-08-01/PrivateEndpointConnections.json DELETE 200/202/204 "
         "(204 = does not exist), x-ms-long-running-operation true")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_sql_server.yaml (\"actionsRequired\":\"None\"); spec: "
         "Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/PrivateEndpointConnections.json definition PrivateLinkServiceConnectionStateProperty "
         "(actionsRequired readOnly, enum None)")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec: Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/PrivateEndpointConnections.json PrivateLinkServiceConnectionStateProperty required "
         "[status, description]; actionsRequired readOnly")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/examples/PrivateEndpointConnectionUpdate.json (body "
         "{properties:{privateLinkServiceConnectionState:{status, description}}}); description is REQUIRED by "
         "the spec, so always send one (empty string if the user gave none: our inference)")),
    writable=Fact(
        True,
        ("spec: Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/PrivateEndpointConnections.json PUT responses 200/202, x-ms-long-running-operation true; "
         "spec example examples/PrivateEndpointConnectionUpdate.json (202 with empty body); async header: our "
         "inference from the recorded SQL DELETE and server PUT (202 + Azure-AsyncOperation .../"
         "privateEndpointConnectionAzureAsyncOperation/{id} + Location .../"
         "privateEndpointConnectionOperationResults/{id}); no recorded PEC PUT found")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("spec: Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/PrivateEndpointConnections.json PrivateLinkServiceConnectionStateProperty.status enum")),
    transitional_statuses=Fact(
        (),
        ("spec: Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/PrivateEndpointConnections.json (status enum has none; the transitions show in "
         "provisioningState Approving/Rejecting/Dropping instead)")),
    provisioning_states=Fact(
        ("Approving", "Ready", "Dropping", "Failed", "Rejecting"),
        ("spec: Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/PrivateEndpointConnections.json PrivateEndpointProvisioningState enum; recording: "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_sql_server.yaml shows \"provisioningState\":\"Ready\" (NOT "
         "Succeeded) on a settled connection")),
    refused_transitions=Fact(
        (Transition(current="Approved", wanted="Rejected",
                    answer=("400 PrivateEndpointConnectionStatusNotPending 'Private Endpoint Connection Status "
                            "is not Pending'")),
         Transition(current="Rejected", wanted="Approved",
                    answer=("400 PrivateEndpointConnectionStatusNotPending 'Private Endpoint Connection Status "
                            "is not Pending'")),) + DISCONNECTED_IS_FINAL,
        ("doc: MicrosoftDocs/azure-docs #71740 (user rejecting an approved SQL connection got 'private endpoint "
         "connection status is not pending'; 'We can only approve if the state is pending'); spec: "
         "Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/PrivateEndpointConnections.json error list '400 PrivateEndpointConnectionStatusNotPending "
         "- Private Endpoint Connection Status is not Pending'; doc: MicrosoftDocs/azure-docs #115121 (rejected "
         "connections cannot be approved, by design). Only Pending can be changed; the remedy for an approved "
         "or rejected connection is DELETE; " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        False,
        ("doc: MicrosoftDocs/azure-docs #71740 (user rejecting an approved SQL connection got 'private endpoint "
         "connection status is not pending'; 'We can only approve if the state is pending'); spec: "
         "Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/PrivateEndpointConnections.json error list '400 PrivateEndpointConnectionStatusNotPending "
         "- Private Endpoint Connection Status is not Pending'; doc: MicrosoftDocs/azure-docs #115121 (rejected "
         "connections cannot be approved, by design). Only Pending can be changed; the remedy for an approved "
         "or rejected connection is DELETE (refused: Approved -> Approved, Rejected -> Rejected)")),
    busy_codes=Fact(
        ("OperationInterrupted", "AnotherOperationInProgress"),
        ("spec: Azure/azure-rest-api-specs specification/sql/resource-manager/Microsoft.Sql/stable/"
         "2023-08-01/PrivateEndpointConnections.json error list '409 OperationInterrupted - ... interrupted by "
         "another operation on the same resource', '409 OperationCancelled'; 429 "
         "SubscriptionTooManyCreateUpdateRequests / SubscriptionTooManyRequests and 503 TooManyRequests also "
         "listed; AnotherOperationInProgress: our inference (ARM-wide code)")),
    group_ids=Fact(
        ("sqlServer",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_sql_server.yaml (groupIds [\"sqlServer\"])")),
)

STORAGE_SYNC_SERVICE = ResourceType(
    arm_type="Microsoft.StorageSync/storageSyncServices",
    label="Storage Sync service (Azure File Sync)",
    names=("storage_sync_service", "storagesync", "file_sync"),
    parent_option="storage_sync_service_name",
    api_version=Fact(
        "2022-09-01",
        ("our inference: newest stable Microsoft.StorageSync folder (Azure/azure-rest-api-specs specification/"
         "storagesync/resource-manager/Microsoft.StorageSync/stable/2022-09-01/storagesync.json, PEC operations "
         "present since 2020-03-01; file not re-read this session)")),
    api_versions_seen=Fact(
        ("2020-03-01",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_storage_sync.yaml (Oct 2021, Azure CLI 2.29 sends 2020-03-01); "
         "Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py (register_providers) registers "
         "'Microsoft.StorageSync/storageSyncServices', '2020-03-01'")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_storage_sync.yaml (GET .../"
         "storageSyncServices/{name}/privateEndpointConnections answered 200 {value:[...]})")),
    list_paged=Fact(
        False,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_storage_sync.yaml (no nextLink); our inference: single page "
         "(common-types PrivateEndpointConnectionListResult)")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_storage_sync.yaml")),
    get_missing=_missing_is_404(
        "storagesync/resource-manager/Microsoft.StorageSync/stable/2022-09-01/storagesync.json",
        "PrivateEndpointConnections_Get"),
    put=Fact(
        Answer(codes=(200, 202), lro=True, async_header="Azure-AsyncOperation"),
        ("our inference: the Storage Sync RP answers writes 202 with Azure-AsyncOperation + Location (recorded "
         "for DELETE); no PUT recorded (the Azure CLI test skips approve/reject: approve=False, rejected=False "
         "in Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/test_private_endpoint_commands.py)")),
    put_settle_seconds=Fact(None, "our inference: unknown"),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_storage_sync.yaml (DELETE answered 202, empty body, "
         "azure-asyncoperation .../providers/microsoft.storagesync/locations/eastus/operations/{base64 token} "
         "and location .../operationresults/{token}); 200/204: our inference")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_storage_sync.yaml (\"actionsRequired\":\"None\")")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        "our inference: common-types PrivateLinkServiceConnectionState"),
    put_body_shape=Fact("properties.privateLinkServiceConnectionState", "our inference: common-types shape"),
    writable=Fact(
        True,
        ("our inference: the Storage Sync RP answers writes 202 with Azure-AsyncOperation + Location (recorded "
         "for DELETE); no PUT recorded (the Azure CLI test skips approve/reject: approve=False, rejected=False "
         "in Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/"
         "latest/test_private_endpoint_commands.py)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_storage_sync.yaml (Approved); others: our inference (common-types "
         "status enum)")),
    transitional_statuses=_no_transitional(
        "storagesync/resource-manager/Microsoft.StorageSync/stable/2022-09-01/storagesync.json",
        ("Pending", "Approved", "Rejected")),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Deleting", "Failed"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_storage_sync.yaml (Succeeded); others: common-types enum, our "
         "inference")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: refused (MicrosoftDocs/azure-docs #115121)"),) + DISCONNECTED_IS_FINAL,
        "our inference: nothing recorded; " + _DISCONNECTED_SOURCE),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Storage Sync service (Azure File Sync) refusing a write that repeats "
         "the current status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        _ARM_BUSY_CODE),
    group_ids=Fact(
        ("afs",),
        ("our inference: Azure File Sync documents the private link sub-resource 'afs' (the recorded endpoint "
         "got four FQDNs: <name>management/syncp/syncs/monitoring.<region>.afs.azure.net)")),
)

SYNAPSE_PRIVATE_LINK_HUB = ResourceType(
    arm_type="Microsoft.Synapse/privateLinkHubs",
    label="Synapse private link hub",
    names=("synapse_private_link_hub", "private_link_hub"),
    parent_option="private_link_hub_name",
    api_version=Fact(
        "2021-06-01",
        ("spec: Azure/azure-rest-api-specs specification/synapse/resource-manager/"
         "Microsoft.Synapse/stable/2021-06-01/privatelinkhub.json (stable; "
         "PrivateEndpointConnectionsPrivateLinkHub_List / _Get); Azure/azure-powershell src/Network/Network/"
         "PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs registers 2021-05-01")),
    api_versions_seen=Fact(
        ("2021-05-01", "2021-06-01"),
        ("spec: Azure/azure-rest-api-specs specification/synapse 2021-06-01; plus Az PowerShell registry - "
         "Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs 2021-05-01; spec 2021-06-01; no recording found")),
    connections_listing=Fact(
        "collection",
        ("spec example: Azure/azure-rest-api-specs specification/synapse/resource-manager/Microsoft.Synapse/"
         "stable/2021-06-01/examples/PrivateEndpointConnectionsPrivateLinkHub_List.json; Azure/azure-powershell "
         "src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs "
         "hasConnectionsURI=true")),
    list_paged=Fact(
        True,
        ("spec: Azure/azure-rest-api-specs specification/synapse/resource-manager/"
         "Microsoft.Synapse/stable/2021-06-01/privatelinkhub.json PrivateEndpointConnectionsPrivateLinkHub_List "
         "x-ms-pageable nextLinkName nextLink")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/synapse/resource-manager/Microsoft.Synapse/"
         "stable/2021-06-01/examples/PrivateEndpointConnectionsPrivateLinkHub_Get.json")),
    get_missing=_missing_is_404(
        "synapse/resource-manager/Microsoft.Synapse/stable/2021-06-01/privatelinkhub.json",
        "PrivateEndpointConnectionsPrivateLinkHub_Get"),
    put=Fact(
        Answer(codes=(200, 201), lro=True, async_header="Azure-AsyncOperation"),
        ("our inference: UNVERIFIED: the stable spec declares only List and Get for private link hub "
         "connections (no PUT/DELETE operation); the values are borrowed from the Synapse workspaces "
         "PrivateEndpointConnections_Create operation of the same resource provider")),
    put_settle_seconds=Fact(None, "our inference: no recording"),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("our inference: UNVERIFIED: no DELETE declared for privateLinkHubs connections in "
         "Azure/azure-rest-api-specs specification/synapse/resource-manager/"
         "Microsoft.Synapse/stable/2021-06-01/privatelinkhub.json; borrowed from Synapse workspaces")),
    actions_field=Fact(
        "actionsRequired",
        ("our inference: Synapse PrivateLinkServiceConnectionState has actionsRequired (read-only); the Get "
         "example shows only status")),
    writable_fields=Fact(("status", "description"), "our inference: as Synapse workspaces"),
    put_body_shape=Fact("properties.privateLinkServiceConnectionState", "our inference: as Synapse workspaces"),
    writable=Fact(
        False,
        ("our inference: UNVERIFIED: the stable spec declares only List and Get for private link hub "
         "connections (no PUT/DELETE operation); the values are borrowed from the Synapse workspaces "
         "PrivateEndpointConnections_Create operation of the same resource provider")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        "our inference: Synapse's free-string status; example shows Approved"),
    transitional_statuses=_no_transitional(
        "synapse/common/v1/privateEndpointConnection.json (used by privatelinkhub.json 2021-06-01)"),
    provisioning_states=Fact(
        ("Succeeded", "Creating", "Updating", "Deleting", "Failed"),
        "our inference: free string; example shows Succeeded"),
    refused_transitions=Fact(DISCONNECTED_IS_FINAL, "our inference: nothing documented; " + _DISCONNECTED_SOURCE),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows Synapse private link hub refusing a write that repeats the current "
         "status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ARM-wide busy code; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("web",),
        "our inference: the Synapse private link hub's documented sub-resource is 'web' (Synapse Studio)"),
)

SYNAPSE_WORKSPACE = ResourceType(
    arm_type="Microsoft.Synapse/workspaces",
    label="Synapse workspace",
    names=("synapse_workspace", "synapse"),
    parent_option="workspace_name",
    api_version=Fact(
        "2021-06-01",
        ("spec: Azure/azure-rest-api-specs specification/synapse/resource-manager/Microsoft.Synapse/stable/"
         "2021-06-01/privateEndpointConnections.json (newest stable folder of Microsoft.Synapse; later versions "
         "are previews)")),
    api_versions_seen=Fact(
        ("2019-06-01-preview", "2021-06-01"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_synapse_workspace.yaml (Nov 2021, Azure CLI 2.30 sends "
         "2019-06-01-preview); Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py (register_providers) registers "
         "'Microsoft.Synapse/workspaces', '2019-06-01-preview'")),
    connections_listing=Fact(
        "collection",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_synapse_workspace.yaml (GET .../"
         "workspaces/{name}/privateEndpointConnections answered 200 {value:[...]}); spec: "
         "Azure/azure-rest-api-specs specification/synapse/resource-manager/Microsoft.Synapse/stable/"
         "2021-06-01/privateEndpointConnections.json PrivateEndpointConnections_List")),
    list_paged=Fact(
        True,
        ("spec: Azure/azure-rest-api-specs specification/synapse/resource-manager/Microsoft.Synapse/stable/"
         "2021-06-01/privateEndpointConnections.json x-ms-pageable nextLinkName nextLink")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_synapse_workspace.yaml")),
    get_missing=Fact(404, "our inference: spec GET lists only 200 + default ErrorResponse"),
    put=Fact(
        Answer(codes=(200, 201), lro=True, async_header="Azure-AsyncOperation", body_at_once="Provisioning"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_synapse_workspace.yaml (reject PUT answered 201 Created with body "
         "status Rejected, provisioningState 'Provisioning', header azure-asyncoperation .../"
         "workspaces/{name}/operationStatuses/{op}; an approve PUT on an already Approved connection answered "
         "200 at once with Succeeded); spec: Azure/azure-rest-api-specs specification/synapse/resource-manager/"
         "Microsoft.Synapse/stable/2021-06-01/privateEndpointConnections.json PUT 200/201, "
         "x-ms-long-running-operation true, final-state-via azure-async-operation")),
    put_settle_seconds=Fact(
        (40, 60),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_synapse_workspace.yaml (reject PUT 09:28:42 Provisioning; GETs "
         "Provisioning at +13/+26/+39 s, Succeeded at 09:29:34 = 52 s)")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_synapse_workspace.yaml (DELETE answered 202 with body "
         "{\"status\":\"InProgress\"}, headers azure-asyncoperation .../operationStatuses/{op} and location "
         ".../operationResults/{op}); spec: Azure/azure-rest-api-specs specification/synapse/resource-manager/"
         "Microsoft.Synapse/stable/2021-06-01/privateEndpointConnections.json DELETE 200/202/204, "
         "x-ms-long-running-operation true")),
    actions_field=Fact(
        "actionsRequired",
        ("our inference: the Synapse common PrivateLinkServiceConnectionState has a read-only actionsRequired, "
         "but recorded connection bodies carry only status (Azure/azure-cli src/azure-cli/azure/cli/"
         "command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_synapse_workspace.yaml); the consumer's endpoint showed "
         "actionsRequired ''")),
    writable_fields=Fact(
        ("status", "description"),
        ("spec: Azure/azure-rest-api-specs specification/synapse/resource-manager/Microsoft.Synapse/stable/"
         "2021-06-01/privateEndpointConnections.json body PrivateEndpointConnection (common/v1) "
         "privateLinkServiceConnectionState {status, description}; actionsRequired read-only")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec: Azure/azure-rest-api-specs specification/synapse/resource-manager/Microsoft.Synapse/stable/"
         "2021-06-01/privateEndpointConnections.json (request body common/v1/"
         "privateEndpointConnection.json#/definitions/PrivateEndpointConnection)")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_synapse_workspace.yaml (reject PUT answered 201 Created with body "
         "status Rejected, provisioningState 'Provisioning', header azure-asyncoperation .../"
         "workspaces/{name}/operationStatuses/{op}; an approve PUT on an already Approved connection answered "
         "200 at once with Succeeded); spec: Azure/azure-rest-api-specs specification/synapse/resource-manager/"
         "Microsoft.Synapse/stable/2021-06-01/privateEndpointConnections.json PUT 200/201, "
         "x-ms-long-running-operation true, final-state-via azure-async-operation")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_synapse_workspace.yaml (Approved, Rejected); Pending/Disconnected: "
         "our inference (status is a free string in the Synapse common definition)")),
    transitional_statuses=Fact(
        (),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_synapse_workspace.yaml (status showed Rejected at once; the "
         "transition shows in provisioningState 'Provisioning')")),
    provisioning_states=Fact(
        ("Provisioning", "Succeeded", "Deleting", "Failed"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_synapse_workspace.yaml (Provisioning while a change runs, Succeeded "
         "when done); Deleting/Failed: our inference")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: refused (MicrosoftDocs/azure-docs #115121)"),) + DISCONNECTED_IS_FINAL,
        ("our inference: no recorded refusal; Approved->Approved answered 200 Succeeded at once (a no-op write, "
         "accepted) and Approved->Rejected accepted (Azure/azure-cli src/azure-cli/azure/cli/command_modules/"
         "network/tests/latest/recordings/test_private_endpoint_connection_synapse_workspace.yaml); "
         + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        "our inference: no source shows Synapse workspace refusing a write that repeats the current status"),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: not documented for Synapse connections; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("Sql", "SqlOnDemand", "Dev"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_synapse_workspace.yaml (privateLinkResources list has 3 entries; the "
         "test used groupIds [\"Sql\"]); SqlOnDemand/Dev: our inference from the Synapse private link resource "
         "names")),
)

APP_SERVICE_ENVIRONMENT = ResourceType(
    arm_type="Microsoft.Web/hostingEnvironments",
    label="App Service Environment (v3)",
    names=("app_service_environment", "ase", "hosting_environment"),
    parent_option="ase_name",
    api_version=Fact(
        "2024-04-01",
        ("spec example: Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/"
         "2024-04-01/examples/AppServiceEnvironments_ApproveOrRejectPrivateEndpointConnection.json "
         "(AppServiceEnvironments_ApproveOrRejectPrivateEndpointConnection / _GetPrivateEndpointConnection / "
         "_GetPrivateEndpointConnectionList / _DeletePrivateEndpointConnection at 2024-04-01; same Web spec as "
         "Microsoft.Web/sites)")),
    api_versions_seen=Fact(
        ("2020-10-01", "2024-04-01"),
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers 'Microsoft.Web/hostingEnvironments', "
         "'2020-10-01', hasConnectionsURI true; spec examples 2024-04-01; no recording found")),
    connections_listing=Fact(
        "collection",
        ("spec example: Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/"
         "2024-04-01/examples/AppServiceEnvironments_GetPrivateEndpointConnectionList.json (GET .../"
         "hostingEnvironments/{name}/privateEndpointConnections -> {value:[...]}); Azure/azure-powershell src/"
         "Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs "
         "hasConnectionsURI true")),
    list_paged=Fact(
        True,
        ("our inference: Web list operations are x-ms-pageable nextLink (PrivateEndpointConnectionCollection "
         "has nextLink in the Web spec)")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec example: Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/"
         "2024-04-01/examples/AppServiceEnvironments_GetPrivateEndpointConnectionList.json")),
    get_missing=_missing_is_404(
        "web/resource-manager/Microsoft.Web/stable/2023-12-01/AppServiceEnvironments.json",
        "AppServiceEnvironments_GetPrivateEndpointConnection"),
    put=Fact(
        Answer(codes=(200, 202), lro=True, async_header="Azure-AsyncOperation", body_at_once="Approving|Rejecting"),
        ("spec example: Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/"
         "2024-04-01/examples/AppServiceEnvironments_ApproveOrRejectPrivateEndpointConnection.json (responses "
         "200 and 202, both with a body); async header and transitional body: our inference from the recorded "
         "Microsoft.Web/sites behaviour (/work/typefacts/Microsoft.Web.sites.json (recorded for "
         "Microsoft.Web/sites: test_private_endpoint_connection_webapp.yaml): 202 + Azure-AsyncOperation + "
         "Location, status Approving/Rejecting)")),
    put_settle_seconds=Fact(
        (30, 90),
        ("our inference: same App Service private-link backend as sites (recorded 42-52 s there); not recorded "
         "for ASE")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Location"),
        ("spec example: Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/"
         "2024-04-01/examples/AppServiceEnvironments_DeletePrivateEndpointConnection.json (200 {}, 202 with "
         "Location .../hostingEnvironments/{name}/operations/{op}?api-version=2019-08-01, 204)")),
    actions_field=Fact(
        "actionsRequired",
        ("spec example: Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/"
         "2024-04-01/examples/AppServiceEnvironments_ApproveOrRejectPrivateEndpointConnection.json")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("spec example: Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/"
         "2024-04-01/examples/AppServiceEnvironments_ApproveOrRejectPrivateEndpointConnection.json (PUT body "
         "privateEndpointWrapper {properties:{privateLinkServiceConnectionState:{status, description}}}; "
         "actionsRequired allowed by the shared PrivateLinkConnectionState definition)")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/"
         "2024-04-01/examples/AppServiceEnvironments_ApproveOrRejectPrivateEndpointConnection.json")),
    writable=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/"
         "2024-04-01/examples/AppServiceEnvironments_ApproveOrRejectPrivateEndpointConnection.json (responses "
         "200 and 202, both with a body); async header and transitional body: our inference from the recorded "
         "Microsoft.Web/sites behaviour (/work/typefacts/Microsoft.Web.sites.json (recorded for "
         "Microsoft.Web/sites: test_private_endpoint_connection_webapp.yaml): 202 + Azure-AsyncOperation + "
         "Location, status Approving/Rejecting)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        "our inference: status is free text in the Web spec; same set as sites"),
    transitional_statuses=Fact(
        ("Approving", "Rejecting", "Disconnecting"),
        ("spec example: Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/"
         "2024-04-01/examples/AppServiceEnvironments_GetPrivateEndpointConnectionList.json (list example shows "
         "status 'Disconnecting' with provisioningState 'Pending'); Approving/Rejecting: our inference from the "
         "recorded sites behaviour")),
    provisioning_states=Fact(
        ("Pending", "Succeeded", "Deleting", "Failed"),
        ("spec example: Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/"
         "2024-04-01/examples/AppServiceEnvironments_ApproveOrRejectPrivateEndpointConnection.json (Succeeded); "
         "spec example: Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/"
         "2024-04-01/examples/AppServiceEnvironments_GetPrivateEndpointConnectionList.json (Pending); "
         "Deleting/Failed: our inference from sites")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: refused (MicrosoftDocs/azure-docs #115121)"),) + DISCONNECTED_IS_FINAL,
        _REJECTED_NOT_TRIED),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows App Service Environment (v3) refusing a write that repeats the current "
         "status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: ASE answers 409 Conflict while the environment is upgrading/scaling; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("hostingEnvironments",),
        ("our inference: App Service Environment v3 private endpoint sub-resource name (learn.microsoft.com/"
         "azure/app-service/environment/networking#private-endpoint); spec example GetPrivateLinkResources not "
         "read")),
)

WEB_APP = ResourceType(
    arm_type="Microsoft.Web/sites",
    label="App Service web app / function app",
    names=("web_app", "webapp", "app_service", "function_app", "sites"),
    parent_option="site_name",
    api_version=Fact(
        "2024-04-01",
        ("spec example: Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/"
         "2024-04-01/examples/ApproveRejectSitePrivateEndpointConnection.json "
         "(WebApps_ApproveOrRejectPrivateEndpointConnection at 2024-04-01; newer stable folders 2024-11-01 and "
         "AppService/stable/2025-03-01 also exist and keep the operations)")),
    api_versions_seen=Fact(
        ("2019-08-01", "2021-03-01", "2022-03-01", "2024-04-01"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_webapp.yaml (Feb 2023, Azure CLI 2.45 sends 2019-08-01 for parent "
         "GET, connection GET/PUT/DELETE); Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/"
         "private_link_resource_and_endpoint_connections/custom.py (register_providers) registers "
         "'Microsoft.Web/sites', '2019-08-01', support_list False")),
    connections_listing=Fact(
        "collection",
        ("spec example: Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/"
         "2024-04-01/examples/GetSitePrivateEndpointConnectionList.json "
         "(WebApps_GetPrivateEndpointConnectionList GET .../sites/{name}/privateEndpointConnections answers "
         "{\"value\": [...], \"nextLink\": null}; operation in Azure/azure-rest-api-specs specification/web/"
         "resource-manager/Microsoft.Web/stable/2024-04-01/WebApps.json); NOTE the Azure CLI registers "
         "Web/sites with support_list False and lists through the parent GET "
         "properties.privateEndpointConnections at 2019-08-01 (recording: Azure/azure-cli src/azure-cli/azure/"
         "cli/command_modules/network/tests/latest/recordings/test_private_endpoint_connection_webapp.yaml)")),
    list_paged=Fact(
        True,
        ("spec example: Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/"
         "2024-04-01/examples/GetSitePrivateEndpointConnectionList.json (list body carries nextLink; pageable)")),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_webapp.yaml")),
    get_missing=Fact(
        404,
        "our inference: no recorded miss; App Service answers 404 NotFound for missing children"),
    put=Fact(
        Answer(codes=(200, 202), lro=True, async_header="Azure-AsyncOperation", body_at_once="Approving|Rejecting"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_webapp.yaml (approve PUT answered 202 Accepted with body status "
         "'Approving', provisioningState 'Pending', headers azure-asyncoperation AND location .../providers/"
         "Microsoft.Web/locations/West%20US/operationResults/{id}; reject PUT answered 202 with status "
         "'Rejecting'); spec example: Azure/azure-rest-api-specs specification/web/resource-manager/"
         "Microsoft.Web/stable/2024-04-01/examples/ApproveRejectSitePrivateEndpointConnection.json (200 and 202 "
         "with azure-asyncoperation)")),
    put_settle_seconds=Fact(
        (40, 60),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_webapp.yaml (approve: PUT 07:38:44 Approving, GETs Approving at "
         "+10/+21/+30 s, Approved/Succeeded at 07:39:26 = 42 s; reject: PUT 07:40:23 Rejecting, Rejected at "
         "07:41:15 = 52 s)")),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_webapp.yaml (DELETE answered 202 Accepted, empty body, "
         "azure-asyncoperation .../operationResults/{id}?api-version=2019-01-01 and location "
         ".../operations/{id}; a GET 1 s later showed status 'Disconnecting', provisioningState 'Deleting'); "
         "200/204: our inference from the spec's LRO delete")),
    actions_field=Fact(
        "actionsRequired",
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_webapp.yaml (\"actionsRequired\":\"None\"); spec example: "
         "Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/"
         "examples/ApproveRejectSitePrivateEndpointConnection.json (actionsRequired \"\" — free text in the Web "
         "spec)")),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        ("spec example: Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/"
         "2024-04-01/examples/ApproveRejectSitePrivateEndpointConnection.json (PUT body "
         "privateLinkServiceConnectionState {status, description, actionsRequired})")),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        ("spec example: Azure/azure-rest-api-specs specification/web/resource-manager/Microsoft.Web/stable/"
         "2024-04-01/examples/ApproveRejectSitePrivateEndpointConnection.json (parameter name "
         "privateEndpointWrapper = PrivateLinkConnectionApprovalRequestResource "
         "{properties:{privateLinkServiceConnectionState:{...}}})")),
    writable=Fact(
        True,
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_webapp.yaml (approve PUT answered 202 Accepted with body status "
         "'Approving', provisioningState 'Pending', headers azure-asyncoperation AND location .../providers/"
         "Microsoft.Web/locations/West%20US/operationResults/{id}; reject PUT answered 202 with status "
         "'Rejecting'); spec example: Azure/azure-rest-api-specs specification/web/resource-manager/"
         "Microsoft.Web/stable/2024-04-01/examples/ApproveRejectSitePrivateEndpointConnection.json (200 and 202 "
         "with azure-asyncoperation)")),
    statuses=Fact(
        ("Pending", "Approved", "Rejected", "Disconnected"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_webapp.yaml shows Pending/Approved/Rejected; Disconnected: our "
         "inference (status is free text in the Web spec)")),
    transitional_statuses=Fact(
        ("Approving", "Rejecting", "Disconnecting"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_webapp.yaml (status 'Approving' for ~40 s after approve, 'Rejecting' "
         "for ~50 s after reject, 'Disconnecting' right after DELETE); Azure/azure-cli src/azure-cli/azure/cli/"
         "command_modules/network/tests/latest/test_private_endpoint_commands.py asserts reject returns "
         "'Rejecting' and show after delete returns 'Disconnecting'")),
    provisioning_states=Fact(
        ("Pending", "Succeeded", "Deleting", "Failed"),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_webapp.yaml (Pending while Approving/Rejecting, Succeeded once "
         "Approved, Deleting after DELETE); Failed: our inference")),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer=("unknown; our inference: refused (MicrosoftDocs/azure-docs #115121: a rejected "
                            "connection cannot be approved)")),) + DISCONNECTED_IS_FINAL,
        ("our inference: no recorded refusal for App Service; Pending->Approved and Pending->Rejected recorded "
         "as accepted (Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_webapp.yaml); " + _DISCONNECTED_SOURCE)),
    resends_same_status=Fact(
        True,
        ("our inference: no source shows App Service web app / function app refusing a write that repeats the "
         "current status")),
    busy_codes=Fact(
        ("AnotherOperationInProgress",),
        ("our inference: App Service answers 409 Conflict to concurrent site operations; AnotherOperationInProgress "
         "is ARM-wide; " + _PLAIN_CONFLICT)),
    group_ids=Fact(
        ("sites",),
        ("recording: Azure/azure-cli src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/"
         "test_private_endpoint_connection_webapp.yaml (groupIds [\"sites\"]; deployment slots use "
         "'sites-<slotName>': our inference from App Service private endpoint docs)")),
)

STATIC_WEB_APP = ResourceType(
    arm_type="Microsoft.Web/staticSites",
    label="Static Web App",
    names=("static_web_app", "static_site", "swa"),
    parent_option="static_site_name",
    api_version=Fact(
        "2024-04-01",
        ("spec: Azure/azure-rest-api-specs specification/web/resource-manager/"
         "Microsoft.Web/stable/2024-04-01/StaticSites.json (operations "
         "StaticSites_GetPrivateEndpointConnectionList / _GetPrivateEndpointConnection / "
         "_ApproveOrRejectPrivateEndpointConnection / _DeletePrivateEndpointConnection — operation names "
         "confirmed via generated SDK sources; file not read this session)")),
    api_versions_seen=Fact(
        ("2021-02-01", "2024-04-01"),
        ("our inference: Azure/azure-powershell src/Network/Network/PrivateLinkService/"
         "PrivateLinkServiceProvider/ProviderConfiguration.cs registers 'Microsoft.Web/staticSites', "
         "'2021-02-01', hasConnectionsURI true; the .NET SDK's default for "
         "StaticSites_ApproveOrRejectPrivateEndpointConnection was 2021-02-01; no recording found")),
    connections_listing=Fact(
        "collection",
        ("spec: Azure/azure-rest-api-specs specification/web/resource-manager/"
         "Microsoft.Web/stable/2024-04-01/StaticSites.json (operations "
         "StaticSites_GetPrivateEndpointConnectionList / _GetPrivateEndpointConnection / "
         "_ApproveOrRejectPrivateEndpointConnection / _DeletePrivateEndpointConnection — operation names "
         "confirmed via generated SDK sources; file not read this session); Azure/azure-powershell src/Network/"
         "Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.cs hasConnectionsURI true")),
    list_paged=Fact(True, "our inference: Web list operations are x-ms-pageable nextLink"),
    connection_segment=Fact(
        "privateEndpointConnections",
        ("spec: Azure/azure-rest-api-specs specification/web/resource-manager/"
         "Microsoft.Web/stable/2024-04-01/StaticSites.json (operations "
         "StaticSites_GetPrivateEndpointConnectionList / _GetPrivateEndpointConnection / "
         "_ApproveOrRejectPrivateEndpointConnection / _DeletePrivateEndpointConnection — operation names "
         "confirmed via generated SDK sources; file not read this session)")),
    get_missing=_missing_is_404(
        "web/resource-manager/Microsoft.Web/stable/2023-12-01/StaticSites.json",
        "StaticSites_GetPrivateEndpointConnection"),
    put=Fact(
        Answer(codes=(200, 202), lro=True, async_header="Azure-AsyncOperation", body_at_once="Approving|Rejecting"),
        ("our inference: same Web RP private-link backend and operation shape as Microsoft.Web/sites "
         "(/work/typefacts/Microsoft.Web.sites.json (recorded for Microsoft.Web/sites): 202 + "
         "Azure-AsyncOperation + Location, transitional Approving/Rejecting)")),
    put_settle_seconds=Fact((30, 90), "our inference: from sites (recorded 42-52 s)"),
    delete=Fact(
        Answer(codes=(200, 202, 204), lro=True, async_header="Azure-AsyncOperation"),
        "our inference: from sites"),
    actions_field=Fact("actionsRequired", "our inference: shared Web PrivateLinkConnectionState definition"),
    writable_fields=Fact(
        ("status", "description", "actionsRequired"),
        "our inference: shared Web PrivateLinkConnectionApprovalRequestResource"),
    put_body_shape=Fact(
        "properties.privateLinkServiceConnectionState",
        "our inference: shared Web PrivateLinkConnectionApprovalRequestResource (as sites/ASE examples)"),
    writable=Fact(
        True,
        ("our inference: same Web RP private-link backend and operation shape as Microsoft.Web/sites "
         "(/work/typefacts/Microsoft.Web.sites.json (recorded for Microsoft.Web/sites): 202 + "
         "Azure-AsyncOperation + Location, transitional Approving/Rejecting)")),
    statuses=Fact(("Pending", "Approved", "Rejected", "Disconnected"), "our inference: from sites"),
    transitional_statuses=Fact(
        ("Approving", "Rejecting", "Disconnecting"),
        "our inference: from sites (recorded there)"),
    provisioning_states=Fact(("Pending", "Succeeded", "Deleting", "Failed"), "our inference: from sites"),
    refused_transitions=Fact(
        (Transition(current="Rejected", wanted="Approved",
                    answer="unknown; our inference: possibly refused"),) + DISCONNECTED_IS_FINAL,
        _REJECTED_NOT_TRIED),
    resends_same_status=Fact(
        True,
        "our inference: no source shows Static Web App refusing a write that repeats the current status"),
    busy_codes=Fact(
        (),
        _NO_BUSY_CODE),
    group_ids=Fact(
        ("staticSites",),
        "our inference: Static Web Apps private endpoint docs (sub-resource 'staticSites'; Standard plan only)"),
)

# Every row, in the order docs and messages list them.
TABLE = (KEY_VAULT, MANAGED_HSM, STORAGE,
         API_MANAGEMENT,
         APP_CONFIGURATION,
         ATTESTATION_PROVIDER,
         RESOURCE_MANAGEMENT_PRIVATE_LINK,
         AUTOMATION_ACCOUNT,
         BATCH_ACCOUNT,
         BOT_SERVICE,
         REDIS,
         REDIS_ENTERPRISE,
         COGNITIVE_SERVICES,
         DISK_ACCESS,
         CONTAINER_REGISTRY,
         AKS_CLUSTER,
         MARIADB_SERVER,
         MYSQL_FLEXIBLE_SERVER,
         MYSQL_SINGLE_SERVER,
         POSTGRESQL_FLEXIBLE_SERVER,
         COSMOSDB_POSTGRESQL_CLUSTER,
         POSTGRESQL_SINGLE_SERVER,
         GRAFANA,
         DATA_FACTORY,
         DATABRICKS_WORKSPACE,
         AVD_HOST_POOL,
         AVD_WORKSPACE,
         IOT_HUB,
         IOT_DPS,
         DIGITAL_TWINS,
         COSMOSDB,
         MONGO_CLUSTER,
         ELASTIC_SAN,
         EVENTGRID_DOMAIN,
         EVENTGRID_NAMESPACE,
         EVENTGRID_PARTNER_NAMESPACE,
         EVENTGRID_TOPIC,
         EVENTHUB_NAMESPACE,
         HDINSIGHT_CLUSTER,
         CLOUD_HSM_CLUSTER,
         HEALTHCARE_APIS_SERVICE,
         ARC_PRIVATE_LINK_SCOPE,
         MONITOR_PRIVATE_LINK_SCOPE,
         KUSTO_CLUSTER,
         MACHINE_LEARNING_WORKSPACE,
         MEDIA_SERVICES,
         MONITOR_WORKSPACE,
         APPLICATION_GATEWAY,
         PRIVATE_LINK_SERVICE,
         POWERBI_PRIVATE_LINK,
         PURVIEW_ACCOUNT,
         RECOVERY_SERVICES_VAULT,
         RELAY_NAMESPACE,
         SEARCH_SERVICE,
         SERVICEBUS_NAMESPACE,
         SIGNALR,
         WEB_PUBSUB,
         SQL_MANAGED_INSTANCE,
         SQL_SERVER,
         STORAGE_SYNC_SERVICE,
         SYNAPSE_PRIVATE_LINK_HUB,
         SYNAPSE_WORKSPACE,
         APP_SERVICE_ENVIRONMENT,
         WEB_APP,
         STATIC_WEB_APP)

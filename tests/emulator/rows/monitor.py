"""Microsoft.Monitor rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    BUSY_CONFLICT, CANNOT_CHANGE, GET_MISSING_404, NO_CONNECTION_SPEC, no_transitional, RECORDED_SPANS, Refusal,
    REJECTED_STAYS_REJECTED, SAME_SPAN, Service, SPECS, versions, WriteAnswer)

_MONITOR_WORKSPACE_SOURCES = {
    'api_version': (
        'our inference: supported by public Terraform configurations on GitHub that call azapi '
        "with type 'Microsoft.Monitor/accounts/privateEndpointConnections@2023-04-03' "
        '(azapi_resource_list to list, azapi_update_resource / azapi_resource_action PUT '
        '{properties:{privateLinkServiceConnectionState:{status, description, actionsRequired}}} '
        "to approve Managed Grafana's managed private endpoints); the Azure Monitor workspace "
        'spec (monitor/resource-manager/Microsoft.Monitor stable 2023-04-03) exposes '
        'privateEndpointConnections only as a read-only array inside the account (Go '
        'armmonitorworkspaces examples); no connection operation found in any spec (find_string '
        "for '{azureMonitorWorkspaceName}/privateEndpointConnec…' found nothing)"
    ),
    'api_versions_seen': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.Monitor/accounts', '2021-06-03-preview', hasConnectionsURI true"
    ),
    'connections_listing': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI true; our inference supported by public Terraform configurations '
        'on GitHub that call azapi with type '
        "'Microsoft.Monitor/accounts/privateEndpointConnections@2023-04-03' (azapi_resource_list "
        'to list, azapi_update_resource / azapi_resource_action PUT '
        '{properties:{privateLinkServiceConnectionState:{status, description, actionsRequired}}} '
        "to approve Managed Grafana's managed private endpoints)"
    ),
    'list_paged': (
        "our inference: " + NO_CONNECTION_SPEC + ", so nothing says its list pages; the account keeps all its "
        "connections in one read-only array (spec: " + SPECS + "monitor/resource-manager/Microsoft.Monitor/"
        "Accounts/stable/2023-04-03/monitoringAccounts_API.json properties.privateEndpointConnections)"
    ),
    'connection_segment': (
        'our inference: supported by public Terraform configurations on GitHub that call azapi '
        "with type 'Microsoft.Monitor/accounts/privateEndpointConnections@2023-04-03' "
        '(azapi_resource_list to list, azapi_update_resource / azapi_resource_action PUT '
        '{properties:{privateLinkServiceConnectionState:{status, description, actionsRequired}}} '
        "to approve Managed Grafana's managed private endpoints)"
    ),
    'get_missing': f"{GET_MISSING_404}; {NO_CONNECTION_SPEC}",
    'put': 'our inference: no spec, no recording; treat as a standard ARM LRO',
    'put_settle_seconds': (
        "our inference: nothing specifies or records this type's writes, so a wide "
        + RECORDED_SPANS
    ),
    'delete': (
        "doc: Azure/azure-resource-manager-rpc v1.0/resource-api-reference.md, Delete Resource (202 when it "
        "completes asynchronously); our inference: Azure-AsyncOperation, as for this row's put, and no body ("
        + NO_CONNECTION_SPEC + ")"
    ),
    'actions_field': (
        'our inference: supported by public Terraform configurations on GitHub that call azapi '
        "with type 'Microsoft.Monitor/accounts/privateEndpointConnections@2023-04-03' "
        '(azapi_resource_list to list, azapi_update_resource / azapi_resource_action PUT '
        '{properties:{privateLinkServiceConnectionState:{status, description, actionsRequired}}} '
        "to approve Managed Grafana's managed private endpoints)"
    ),
    'statuses': (
        'spec: Azure/azure-rest-api-specs specification/monitor/resource-manager/Microsoft.Monitor/'
        'Accounts/stable/2023-04-03/monitoringAccounts_API.json PrivateEndpointServiceConnectionStatus '
        '(Pending, Approved, Rejected)'
    ),
    'transitional_statuses': no_transitional(
        'monitor/resource-manager/Microsoft.Monitor/Accounts/stable/2023-04-03/monitoringAccounts_API.json '
        'status enum (Pending, Approved, Rejected)'
    ),
    'provisioning_states': (
        'our inference: Go armmonitorworkspaces PrivateEndpointConnectionProvisioningState '
        '(Succeeded shown in account examples)'
    ),
    'refused_transitions': REJECTED_STAYS_REJECTED,
    'busy_codes': BUSY_CONFLICT,
    'group_ids': (
        'our inference: supported by public Terraform configurations on GitHub that call azapi '
        "with type 'Microsoft.Monitor/accounts/privateEndpointConnections@2023-04-03' "
        '(azapi_resource_list to list, azapi_update_resource / azapi_resource_action PUT '
        '{properties:{privateLinkServiceConnectionState:{status, description, actionsRequired}}} '
        "to approve Managed Grafana's managed private endpoints) (groupIds ['prometheusMetrics'])"
    ),
    'writable_fields': (
        'our inference: supported by public Terraform configurations on GitHub that call azapi '
        "with type 'Microsoft.Monitor/accounts/privateEndpointConnections@2023-04-03' "
        '(azapi_resource_list to list, azapi_update_resource / azapi_resource_action PUT '
        '{properties:{privateLinkServiceConnectionState:{status, description, actionsRequired}}} '
        "to approve Managed Grafana's managed private endpoints)"
    ),
    'put_body_shape': (
        'our inference: supported by public Terraform configurations on GitHub that call azapi '
        "with type 'Microsoft.Monitor/accounts/privateEndpointConnections@2023-04-03' "
        '(azapi_resource_list to list, azapi_update_resource / azapi_resource_action PUT '
        '{properties:{privateLinkServiceConnectionState:{status, description, actionsRequired}}} '
        "to approve Managed Grafana's managed private endpoints)"
    ),
    'realistic_seconds': SAME_SPAN,
    'notes': (
        'Connection operations are NOT in the REST specification (like '
        'Microsoft.Authorization/resourceManagementPrivateLinks); the API exists (Az PowerShell '
        'lists it with hasConnectionsURI true; Terraform users PUT/list it at 2023-04-03). Main '
        "real-world use: approving Azure Managed Grafana's managed private endpoint to the "
        'workspace. All behaviour facts are inference — low confidence; verify against a live '
        'workspace before relying on them.'
    ),
    'recordings': 'none found',
}
MONITOR_WORKSPACE = Service(
    type='Microsoft.Monitor/accounts',
    key='monitor_workspace',
    label='Azure Monitor workspace (managed Prometheus)',
    names=('azure_monitor_workspace',),
    api_versions=versions(_MONITOR_WORKSPACE_SOURCES, ('2021-06-03-preview',), '2023-04-03'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(200, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('prometheusMetrics',),
    sources=_MONITOR_WORKSPACE_SOURCES,
    list_paged=False,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    busy_code='Conflict',
    realistic_seconds={"update": (5.0, 120.0), "delete": (5.0, 120.0)},
)

ROWS = (MONITOR_WORKSPACE,)

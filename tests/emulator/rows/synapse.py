"""Microsoft.Synapse rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import ANY, CANNOT_CHANGE, missing_is_404, no_transitional, Refusal, Service, versions, WriteAnswer

_SYNAPSE_PRIVATE_LINK_HUB_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/synapse/resource-manager/Microsoft.Synapse/stable/2021-06-01/privatelinkhu'
        'b.json (stable; PrivateEndpointConnectionsPrivateLinkHub_List / _Get); '
        'Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs registers 2021-05-01'
    ),
    'api_versions_seen': (
        'spec: Azure/azure-rest-api-specs specification/synapse 2021-06-01; plus Az PowerShell '
        'registry - Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs 2021-05-01; spec 2021-06-01; no recording found'
    ),
    'connections_listing': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/synapse/resource-manager/Microsoft.Synapse/stable/2021-06-01/examples/Priv'
        'ateEndpointConnectionsPrivateLinkHub_List.json; Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI=true'
    ),
    'list_paged': (
        'spec: Azure/azure-rest-api-specs '
        'specification/synapse/resource-manager/Microsoft.Synapse/stable/2021-06-01/privatelinkhu'
        'b.json PrivateEndpointConnectionsPrivateLinkHub_List x-ms-pageable nextLinkName nextLink'
    ),
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/synapse/resource-manager/Microsoft.Synapse/stable/2021-06-01/examples/Priv'
        'ateEndpointConnectionsPrivateLinkHub_Get.json'
    ),
    'get_missing': missing_is_404(
        'synapse/resource-manager/Microsoft.Synapse/stable/2021-06-01/privatelinkhub.json '
        'PrivateEndpointConnectionsPrivateLinkHub_Get'
    ),
    'put': (
        'our inference: UNVERIFIED: the stable spec declares only List and Get for private link '
        'hub connections (no PUT/DELETE operation); the values are borrowed from the Synapse '
        'workspaces PrivateEndpointConnections_Create operation of the same resource provider'
    ),
    'put_settle_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded ' 'services'
    ),
    'delete': (
        'our inference: UNVERIFIED: no DELETE declared for privateLinkHubs connections in '
        'Azure/azure-rest-api-specs '
        'specification/synapse/resource-manager/Microsoft.Synapse/stable/2021-06-01/privatelinkhu'
        'b.json; borrowed from Synapse workspaces'
    ),
    'actions_field': (
        'our inference: Synapse PrivateLinkServiceConnectionState has actionsRequired '
        '(read-only); the Get example shows only status'
    ),
    'statuses': "our inference: Synapse's free-string status; example shows Approved",
    'transitional_statuses': no_transitional(
        'synapse/common/v1/privateEndpointConnection.json (used by privatelinkhub.json 2021-06-01), whose '
        'status is free text,'
    ),
    'provisioning_states': 'our inference: free string; example shows Succeeded',
    'refused_transitions': 'our inference: nothing documented',
    'busy_codes': 'our inference: ARM-wide busy code',
    'group_ids': ("our inference: the Synapse private link hub's documented sub-resource is 'web' (Synapse " 'Studio)'),
    'writable_fields': 'our inference: as Synapse workspaces',
    'put_body_shape': 'our inference: as Synapse workspaces',
    'realistic_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded '
        'services; the delete: our inference (the same span)'
    ),
    'writable': (
        'spec: only List and Get exist for privateLinkHubs/privateEndpointConnections; that ARM '
        'refuses PUT/DELETE (405) is our inference'
    ),
    'connection_naming': "spec example: 'pe0-f3ed30f5-...'",
    'notes': (
        'READ-ONLY IN THE SPEC: Microsoft.Synapse/privateLinkHubs/privateEndpointConnections has '
        'only List and Get in the stable REST spec; whether ARM accepts PUT/DELETE on it is '
        'unverified. Recommend the engine treat this type as report-only (list/show) until a '
        "write is observed, or mark approve/reject as 'may be refused'. Connection names look "
        "like '<endpoint>-<guid>' (example 'pe0-f3ed30f5-...')."
    ),
    'recordings': 'none found',
}
SYNAPSE_PRIVATE_LINK_HUB = Service(
    type='Microsoft.Synapse/privateLinkHubs',
    key='synapse_private_link_hub',
    label='Synapse private link hub',
    names=('private_link_hub',),
    api_versions=versions(_SYNAPSE_PRIVATE_LINK_HUB_SOURCES, ('2021-05-01',), '2021-06-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('web',),
    sources=_SYNAPSE_PRIVATE_LINK_HUB_SOURCES,
    realistic_seconds={"update": (10.0, 30.0), "delete": (10.0, 30.0)},
    writable=False,
    connection_naming='endpoint_dash_guid',
)

_SYNAPSE_WORKSPACE_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/synapse/resource-manager/Microsoft.Synapse/stable/2021-06-01/privateEndpoi'
        'ntConnections.json (newest stable folder of Microsoft.Synapse; later versions are '
        'previews)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_synapse_workspace.yaml (Nov 2021, Azure CLI 2.30 sends '
        '2019-06-01-preview); Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        "ctions/custom.py (register_providers) registers 'Microsoft.Synapse/workspaces', "
        "'2019-06-01-preview'"
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_synapse_workspace.yaml (GET '
        '.../workspaces/{name}/privateEndpointConnections answered 200 {value:[...]}); spec: '
        'Azure/azure-rest-api-specs '
        'specification/synapse/resource-manager/Microsoft.Synapse/stable/2021-06-01/privateEndpoi'
        'ntConnections.json PrivateEndpointConnections_List'
    ),
    'list_paged': (
        'spec: Azure/azure-rest-api-specs '
        'specification/synapse/resource-manager/Microsoft.Synapse/stable/2021-06-01/privateEndpoi'
        'ntConnections.json x-ms-pageable nextLinkName nextLink'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_synapse_workspace.yaml'
    ),
    'get_missing': 'our inference: spec GET lists only 200 + default ErrorResponse',
    'put': 'recording: the reject PUT answered 201 Created',
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_synapse_workspace.yaml (reject PUT 09:28:42 Provisioning; GETs '
        'Provisioning at +13/+26/+39 s, Succeeded at 09:29:34 = 52 s)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_synapse_workspace.yaml (DELETE answered 202 with body '
        '{"status":"InProgress"}, headers azure-asyncoperation .../operationStatuses/{op} and '
        'location .../operationResults/{op}); spec: Azure/azure-rest-api-specs '
        'specification/synapse/resource-manager/Microsoft.Synapse/stable/2021-06-01/privateEndpoi'
        'ntConnections.json DELETE 200/202/204, x-ms-long-running-operation true'
    ),
    'actions_field': (
        'our inference: the Synapse common PrivateLinkServiceConnectionState has a read-only '
        'actionsRequired, but recorded connection bodies carry only status (Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        "point_connection_synapse_workspace.yaml); the consumer's endpoint showed "
        "actionsRequired ''"
    ),
    'statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_synapse_workspace.yaml (Approved, Rejected); Pending/Disconnected: our '
        'inference (status is a free string in the Synapse common definition)'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_synapse_workspace.yaml (status showed Rejected at once; the transition '
        "shows in provisioningState 'Provisioning')"
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_synapse_workspace.yaml (Provisioning while a change runs, Succeeded '
        'when done); Deleting/Failed: our inference'
    ),
    'refused_transitions': (
        'our inference: no recorded refusal; Approved->Approved answered 200 Succeeded at once '
        '(a no-op write, accepted) and Approved->Rejected accepted (Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_synapse_workspace.yaml)'
    ),
    'busy_codes': 'our inference: not documented for Synapse connections',
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_synapse_workspace.yaml (privateLinkResources list has 3 entries; the '
        'test used groupIds ["Sql"]); SqlOnDemand/Dev: our inference from the Synapse private '
        'link resource names'
    ),
    'writable_fields': (
        'spec: Azure/azure-rest-api-specs '
        'specification/synapse/resource-manager/Microsoft.Synapse/stable/2021-06-01/privateEndpoi'
        'ntConnections.json body PrivateEndpointConnection (common/v1) '
        'privateLinkServiceConnectionState {status, description}; actionsRequired read-only'
    ),
    'put_body_shape': (
        'spec: Azure/azure-rest-api-specs '
        'specification/synapse/resource-manager/Microsoft.Synapse/stable/2021-06-01/privateEndpoi'
        'ntConnections.json (request body '
        'common/v1/privateEndpointConnection.json#/definitions/PrivateEndpointConnection)'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_synapse_workspace.yaml (reject PUT 09:28:42 Provisioning; GETs '
        'Provisioning at +13/+26/+39 s, Succeeded at 09:29:34 = 52 s); the delete: our inference '
        '(the same span)'
    ),
    'settling_states': 'recording: provisioningState Provisioning for ~50 s',
    'connection_naming': "recording: '<private-endpoint-name>-<guid>'",
    'notes': (
        'Recorded surprises: the reject PUT answers 201 Created (not 200/202) and '
        "provisioningState reads 'Provisioning' (not Updating) for ~50 s; recorded connection "
        'bodies carry neither description nor actionsRequired even after a PUT with description '
        "null. Connection names are '<private-endpoint-name>-<guid>'. The Azure CLI test reads "
        'the group id from privateLinkResources[0].groupId (flattened), group_id=False. Managed '
        'private endpoints created by Synapse '
        '(Microsoft.Synapse/workspaces/managedVirtualNetworks/.../managedPrivateEndpoints) '
        'appear as Pending connections on the TARGET resource (SQL server, storage account...), '
        "named like '<workspace>.<mpe-name>' — approve them on the target type, not here."
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_synapse_workspace.yaml'
    ),
}
SYNAPSE_WORKSPACE = Service(
    type='Microsoft.Synapse/workspaces',
    key='synapse_workspace',
    label='Synapse workspace',
    names=('synapse',),
    api_versions=versions(_SYNAPSE_WORKSPACE_SOURCES, ('2019-06-01-preview',), '2021-06-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(201, settles=True, body="connection", headers=("Azure-AsyncOperation",)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('Sql', 'SqlOnDemand', 'Dev'),
    sources=_SYNAPSE_WORKSPACE_SOURCES,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    settling_states=((ANY, "Provisioning"),),
    realistic_seconds={"update": (40.0, 60.0), "delete": (40.0, 60.0)},
    connection_naming='endpoint_dash_guid',
)

ROWS = (
    SYNAPSE_PRIVATE_LINK_HUB,
    SYNAPSE_WORKSPACE,
)

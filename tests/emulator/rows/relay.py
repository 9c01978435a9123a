"""Microsoft.Relay rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import BUSY_CONFLICT, CANNOT_CHANGE, missing_is_404, no_transitional, Refusal, Service, versions, WriteAnswer

_RELAY_NAMESPACE_SOURCES = {
    'api_version': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/relay/resource-manager/Microsoft.Relay/stable/2021-11-01/examples/PrivateE'
        'ndpointConnections/PrivateEndpointConnectionsCreate.json (PrivateEndpointConnections_* '
        'of the Relay spec; the example body still says api-version 2018-01-01-preview; '
        '2021-11-01 is the newest stable Relay folder)'
    ),
    'api_versions_seen': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.Relay/namespaces', '2018-01-01-preview', hasConnectionsURI "
        'true; Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py (register_providers) registers Relay 2018-01-01-preview; no recording '
        'found'
    ),
    'connections_listing': (
        'our inference: Azure/azure-sdk-for-go armrelay '
        'PrivateEndpointConnectionsClient.NewListPager (generated from the Relay spec); the '
        'previously cited example '
        'specification/relay/resource-manager/Microsoft.Relay/stable/2021-11-01/examples/PrivateE'
        'ndpointConnections/PrivateEndpointConnectionsList.json is not in the index (that folder '
        'holds Create, Delete, OperationStatus and PrivateLinkResourcesGet only)'
    ),
    'list_paged': (
        'our inference: from generated SDK code/samples (not the spec itself): '
        'Azure/azure-sdk-for-go armrelay examples (CreateOrUpdate is a plain call; Delete is '
        'BeginDelete, generated from Azure/azure-rest-api-specs '
        'specification/relay/resource-manager/Microsoft.Relay/stable/2021-11-01/examples/PrivateE'
        'ndpointConnections/) (NewListPager: x-ms-pageable nextLink)'
    ),
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/relay/resource-manager/Microsoft.Relay/stable/2021-11-01/examples/PrivateE'
        'ndpointConnections/PrivateEndpointConnectionsCreate.json'
    ),
    'get_missing': missing_is_404(
        'relay/resource-manager/Microsoft.Relay/stable/2021-11-01/Namespaces.json '
        'PrivateEndpointConnections_Get'
    ),
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/relay/resource-manager/Microsoft.Relay/stable/2021-11-01/examples/PrivateE'
        'ndpointConnections/PrivateEndpointConnectionsCreate.json (200/201 with body '
        "provisioningState 'Updating'; the SDK treats CreateOrUpdate as a plain call); 202 + "
        'Azure-AsyncOperation: our inference from the recorded Event Hubs behaviour on the same '
        'messaging platform (/work/typefacts/Microsoft.EventHub.namespaces.json (recorded: '
        'test_private_endpoint_connection_eventhub.yaml))'
    ),
    'put_settle_seconds': 'our inference: from Event Hubs (recorded ~37 s)',
    'delete': (
        'our inference: from generated SDK code/samples (not the spec itself): '
        'Azure/azure-sdk-for-go armrelay examples (CreateOrUpdate is a plain call; Delete is '
        'BeginDelete, generated from Azure/azure-rest-api-specs '
        'specification/relay/resource-manager/Microsoft.Relay/stable/2021-11-01/examples/PrivateE'
        'ndpointConnections/); header: our inference from Event Hubs'
    ),
    'actions_field': (
        'our inference: from generated SDK code/samples (not the spec itself): '
        'Azure/azure-sdk-for-go armrelay examples (CreateOrUpdate is a plain call; Delete is '
        'BeginDelete, generated from Azure/azure-rest-api-specs '
        'specification/relay/resource-manager/Microsoft.Relay/stable/2021-11-01/examples/PrivateE'
        'ndpointConnections/) (armrelay.ConnectionState has only Description and Status — no '
        'actionsRequired, as in Event Hubs / Service Bus)'
    ),
    'statuses': (
        'our inference: from generated SDK code/samples (not the spec itself): '
        'Azure/azure-sdk-for-go armrelay examples (CreateOrUpdate is a plain call; Delete is '
        'BeginDelete, generated from Azure/azure-rest-api-specs '
        'specification/relay/resource-manager/Microsoft.Relay/stable/2021-11-01/examples/PrivateE'
        'ndpointConnections/) (PrivateLinkConnectionStatus enum)'
    ),
    'transitional_statuses': no_transitional(
        'relay/resource-manager/Microsoft.Relay/stable/2021-11-01/Namespaces.json status enum (Pending, '
        'Approved, Rejected, Disconnected)'
    ),
    'provisioning_states': (
        'our inference: from generated SDK code/samples (not the spec itself): '
        'Azure/azure-sdk-for-go armrelay examples (CreateOrUpdate is a plain call; Delete is '
        'BeginDelete, generated from Azure/azure-rest-api-specs '
        'specification/relay/resource-manager/Microsoft.Relay/stable/2021-11-01/examples/PrivateE'
        'ndpointConnections/) (EndPointProvisioningState enum); spec example: '
        'Azure/azure-rest-api-specs '
        'specification/relay/resource-manager/Microsoft.Relay/stable/2021-11-01/examples/PrivateE'
        'ndpointConnections/PrivateEndpointConnectionsCreate.json shows Updating'
    ),
    'refused_transitions': (
        'our inference: from Event Hubs (/work/typefacts/Microsoft.EventHub.namespaces.json '
        '(recorded: test_private_endpoint_connection_eventhub.yaml))'
    ),
    'busy_codes': BUSY_CONFLICT,
    'group_ids': "our inference: Relay private endpoint docs (sub-resource 'namespace')",
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/relay/resource-manager/Microsoft.Relay/stable/2021-11-01/examples/PrivateE'
        'ndpointConnections/PrivateEndpointConnectionsCreate.json '
        '(privateLinkServiceConnectionState {status, description}; the example also sends '
        'properties.privateEndpoint.id)'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/relay/resource-manager/Microsoft.Relay/stable/2021-11-01/examples/PrivateE'
        'ndpointConnections/PrivateEndpointConnectionsCreate.json'
    ),
    'realistic_seconds': (
        'our inference: from Event Hubs (recorded ~37 s); the delete: our inference (the same ' 'span)'
    ),
    'notes': (
        'No recording found; by analogy with Event Hubs / Service Bus (same messaging platform, '
        "recorded). Relay private endpoints need the Standard tier. Bodies carry 'location' and "
        "type 'Microsoft.Relay/Namespaces/PrivateEndpointConnections'. Expect connection names "
        'to be GUIDs and description to be dropped when null is sent (as recorded for Event '
        'Hubs).'
    ),
    'recordings': 'none found',
}
RELAY_NAMESPACE = Service(
    type='Microsoft.Relay/namespaces',
    key='relay_namespace',
    label='Azure Relay namespace',
    names=('relay',),
    api_versions=versions(_RELAY_NAMESPACE_SOURCES, ('2018-01-01-preview',), '2021-11-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('namespace',),
    sources=_RELAY_NAMESPACE_SOURCES,
    actions_field=None,
    refusals=(
        Refusal('Approved', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),
        Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),
    ),
    busy_code='Conflict',
    realistic_seconds={"update": (25.0, 60.0), "delete": (25.0, 60.0)},
)

ROWS = (RELAY_NAMESPACE,)

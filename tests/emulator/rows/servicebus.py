"""Microsoft.ServiceBus rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import CANNOT_CHANGE, Refusal, Service, WriteAnswer, versions

_SERVICEBUS_NAMESPACE_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/servicebus/resource-manager/Microsoft.ServiceBus/stable/2024-01-01/namespa'
        'ce-preview.json (newest stable folder; PrivateEndpointConnections_* live in '
        'namespace-preview.json despite the file name)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_service_bus.yaml (Sept 2024, Azure CLI 2.64 sends 2021-06-01-preview '
        'for list/show/DELETE); Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        "ctions/custom.py (register_providers) registers 'Microsoft.ServiceBus/namespaces', "
        "'2021-06-01-preview'"
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_service_bus.yaml (GET .../namespaces/{name}/privateEndpointConnections '
        'answered 200 {value:[...]} with full objects incl. location); spec: '
        'Azure/azure-rest-api-specs '
        'specification/servicebus/resource-manager/Microsoft.ServiceBus/stable/2024-01-01/namespa'
        'ce-preview.json PrivateEndpointConnections_List; the namespace also carries '
        'properties.privateEndpointConnections (spec SBNamespaceProperties)'
    ),
    'list_paged': (
        'spec: Azure/azure-rest-api-specs '
        'specification/servicebus/resource-manager/Microsoft.ServiceBus/stable/2024-01-01/namespa'
        'ce-preview.json PrivateEndpointConnectionListResult has nextLink (x-ms-pageable as in '
        'the Event Hubs spec of the same RP family: our inference if absent)'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_service_bus.yaml'
    ),
    'get_missing': 'our inference: spec GET lists only 200 + default ErrorResponse',
    'put': 'our inference: the recorded Event Hubs PUT (same messaging resource provider)',
    'put_settle_seconds': (
        'our inference: Event Hubs (same messaging RP) recorded about 37 s from 202 to Succeeded '
        '(Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_eventhub.yaml)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_service_bus.yaml (DELETE answered 202 Accepted, empty body, header '
        'azure-asyncoperation '
        '.../privateEndpointConnections/{name}/operationStatus/{name}?api-version=2021-06-01-prev'
        'iew&operationType=Delete, no Location); spec: Azure/azure-rest-api-specs '
        'specification/servicebus/resource-manager/Microsoft.ServiceBus/stable/2024-01-01/namespa'
        'ce-preview.json DELETE 200/202/204, x-ms-long-running-operation true'
    ),
    'actions_field': (
        'spec: Azure/azure-rest-api-specs '
        'specification/servicebus/resource-manager/Microsoft.ServiceBus/stable/2024-01-01/namespa'
        'ce-preview.json definition ConnectionState has only status and description; recording: '
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_service_bus.yaml bodies carry no actionsRequired'
    ),
    'statuses': (
        'spec: Azure/azure-rest-api-specs '
        'specification/servicebus/resource-manager/Microsoft.ServiceBus/stable/2024-01-01/namespa'
        'ce-preview.json ConnectionState.status enum PrivateLinkConnectionStatus'
    ),
    'transitional_statuses': (
        'our inference: same RP as Event Hubs, whose recorded 202 body showed the final status ' 'at once'
    ),
    'provisioning_states': (
        'spec: Azure/azure-rest-api-specs '
        'specification/servicebus/resource-manager/Microsoft.ServiceBus/stable/2024-01-01/namespa'
        'ce-preview.json EndPointProvisioningState enum; recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_service_bus.yaml shows Succeeded'
    ),
    'refused_transitions': (
        'our inference: the Azure CLI test skips approve and reject for Service Bus '
        '(_test_private_endpoint(self, approve=False, rejected=False) in Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        'nds.py); Event Hubs (same RP) skips approving an approved connection'
    ),
    'busy_codes': (
        'our inference: not documented; messaging RP answers 409 Conflict to concurrent changes; '
        'AnotherOperationInProgress is ARM-wide'
    ),
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        "point_connection_service_bus.yaml (privateLinkResources groupId 'namespace'; connection "
        'groupIds ["namespace"])'
    ),
    'writable_fields': (
        'spec: Azure/azure-rest-api-specs '
        'specification/servicebus/resource-manager/Microsoft.ServiceBus/stable/2024-01-01/namespa'
        'ce-preview.json ConnectionState {status, description}'
    ),
    'put_body_shape': (
        'spec: Azure/azure-rest-api-specs '
        'specification/servicebus/resource-manager/Microsoft.ServiceBus/stable/2024-01-01/namespa'
        'ce-preview.json PrivateEndpointConnection.properties.privateLinkServiceConnectionState'
    ),
    'realistic_seconds': (
        'our inference: Event Hubs (same messaging RP) recorded about 37 s from 202 to Succeeded '
        '(Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_eventhub.yaml); the delete: our inference (the same span)'
    ),
    'status_url': 'our inference: the recorded Event Hubs URLs (same messaging resource provider)',
    'connection_naming': "recording: names are GUIDs ('95f30a42-...')",
    'body_location': 'recording: bodies carry location',
    'connection_type': 'recording: type spelled with capital N and P',
    'notes': (
        'Private endpoints need the Premium SKU (the recorded test creates Premium). Connection '
        "names are GUIDs ('95f30a42-...'). Auto-approved connections say 'Auto-Approved'. No "
        "actionsRequired field. Bodies carry 'location' and type "
        "'Microsoft.ServiceBus/Namespaces/PrivateEndpointConnections'. PUT behaviour is taken "
        'from the recorded Event Hubs PUT (same Microsoft messaging resource provider and '
        'identical spec definitions); no Service Bus approve/reject was recorded.'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_service_bus.yaml'
    ),
}
SERVICEBUS_NAMESPACE = Service(
    type='Microsoft.ServiceBus/namespaces',
    key='servicebus_namespace',
    label='Service Bus namespace',
    names=('servicebus', 'service_bus'),
    api_versions=versions(_SERVICEBUS_NAMESPACE_SOURCES, ('2021-06-01-preview',), '2024-01-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(202, settles=True, body="connection", headers=("Azure-AsyncOperation",)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('namespace',),
    sources=_SERVICEBUS_NAMESPACE_SOURCES,
    actions_field=None,
    refusals=(
        Refusal('Approved', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),
        Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),
    ),
    realistic_seconds={"update": (25.0, 40.0), "delete": (25.0, 40.0)},
    status_url='{connection}/operationStatus/{name}?operationType={change}',
    connection_naming='guid',
    body_location=True,
    connection_type='Microsoft.ServiceBus/Namespaces/PrivateEndpointConnections',
)

ROWS = (SERVICEBUS_NAMESPACE,)

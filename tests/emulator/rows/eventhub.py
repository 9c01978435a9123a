"""Microsoft.EventHub rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import CANNOT_CHANGE, Refusal, Service, WriteAnswer, versions

_EVENTHUB_NAMESPACE_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/eventhub/resource-manager/Microsoft.EventHub/stable/2024-01-01/namespaces.'
        'json (newest stable folder with PrivateEndpointConnections_* operations)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_eventhub.yaml (June 2025, Azure CLI 2.74 sends 2021-06-01-preview for '
        'list/show/PUT/DELETE); Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        "ctions/custom.py (register_providers) registers 'Microsoft.EventHub/namespaces', "
        "'2021-06-01-preview'"
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_eventhub.yaml (GET .../namespaces/{name}/privateEndpointConnections '
        'answered 200 {value:[...]} with full objects incl. location); spec: '
        'Azure/azure-rest-api-specs '
        'specification/eventhub/resource-manager/Microsoft.EventHub/stable/2024-01-01/namespaces.'
        'json PrivateEndpointConnections_List; the parent also carries '
        'properties.privateEndpointConnections (spec EHNamespace)'
    ),
    'list_paged': (
        'spec: Azure/azure-rest-api-specs '
        'specification/eventhub/resource-manager/Microsoft.EventHub/stable/2024-01-01/namespaces.'
        'json x-ms-pageable nextLinkName nextLink'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_eventhub.yaml'
    ),
    'get_missing': (
        'our inference: spec GET lists only 200 + default ErrorResponse; ARM proxy resources '
        'answer 404 for a missing child'
    ),
    'put': 'recording: PUT 202 with a body showing the new status and provisioningState Updating',
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_eventhub.yaml (PUT at 13:53:49 202 Updating; GET 13:54:01 Updating, '
        '13:54:14 Updating, 13:54:26 Succeeded/Rejected: about 37 s; window widened: our '
        'inference)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_eventhub.yaml (DELETE answered 202 Accepted, empty body, header '
        'azure-asyncoperation '
        '.../privateEndpointConnections/{name}/operationStatus/{name}?...&operationType=Delete, '
        'no Location); spec: Azure/azure-rest-api-specs '
        'specification/eventhub/resource-manager/Microsoft.EventHub/stable/2024-01-01/namespaces.'
        'json DELETE 200/202/204, x-ms-long-running-operation true'
    ),
    'actions_field': (
        'spec: Azure/azure-rest-api-specs '
        'specification/eventhub/resource-manager/Microsoft.EventHub/stable/2024-01-01/namespaces.'
        'json definition ConnectionState has only status and description; recording: '
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_eventhub.yaml connection bodies carry no actionsRequired (the '
        "consumer's private endpoint shows actionsRequired 'None', not the namespace)"
    ),
    'statuses': (
        'spec: Azure/azure-rest-api-specs '
        'specification/eventhub/resource-manager/Microsoft.EventHub/stable/2024-01-01/namespaces.'
        'json ConnectionState.status enum PrivateLinkConnectionStatus'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_eventhub.yaml (status flipped to Rejected at once in the 202 body; the '
        'transition shows in provisioningState Updating)'
    ),
    'provisioning_states': (
        'spec: Azure/azure-rest-api-specs '
        'specification/eventhub/resource-manager/Microsoft.EventHub/stable/2024-01-01/namespaces.'
        'json EndPointProvisioningState enum; recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_eventhub.yaml shows Updating then Succeeded'
    ),
    'refused_transitions': (
        'our inference: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        'nds.py test_private_endpoint_connection_eventhub calls _test_private_endpoint(self, '
        "approve=False) beside the comment 'For some services: A state change from Approved to "
        "Approved is not valid' (the auto-approved connection is not approved again); Approved "
        '-> Rejected recorded as accepted (Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_eventhub.yaml)'
    ),
    'busy_codes': (
        'our inference: not documented for Event Hubs connections; 409 Conflict is the messaging '
        "RP's usual answer to a concurrent change, AnotherOperationInProgress is ARM-wide"
    ),
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_eventhub.yaml (groupIds ["namespace"])'
    ),
    'writable_fields': (
        'spec: Azure/azure-rest-api-specs '
        'specification/eventhub/resource-manager/Microsoft.EventHub/stable/2024-01-01/namespaces.'
        'json ConnectionState {status, description}'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/eventhub/resource-manager/Microsoft.EventHub/stable/2024-01-01/examples/Na'
        'meSpaces/PrivateEndPointConnectionCreate.json; recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_eventhub.yaml (the Azure CLI echoed the whole GET body incl. '
        'provisioningState and privateEndpoint and it was accepted; a minimal body is our choice)'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_eventhub.yaml (PUT at 13:53:49 202 Updating; GET 13:54:01 Updating, '
        '13:54:14 Updating, 13:54:26 Succeeded/Rejected: about 37 s; window widened: our '
        'inference); the delete: our inference (the same span)'
    ),
    'status_url': (
        'recording: azure-asyncoperation '
        '.../privateEndpointConnections/{name}/operationStatus/{name}?operationType=Update|Delete'
    ),
    'connection_naming': 'recording: names are GUIDs',
    'body_location': 'recording: bodies carry location',
    'connection_type': 'recording: type spelled with capital N and P',
    'notes': (
        "Connection names are GUIDs (recorded '7baaa649-...'), not the endpoint name. "
        "Auto-approved connections say 'Auto-Approved'. A PUT with description null comes back "
        'with no description at all. The PUT answers 202 with a body that already shows the new '
        'status and provisioningState Updating; the spec does not mark PUT as long-running but '
        'real traffic is (Azure-AsyncOperation pointing at '
        '.../privateEndpointConnections/{name}/operationStatus/{name}). No actionsRequired field '
        "on this service. Connection bodies carry 'location' and type "
        "'Microsoft.EventHub/Namespaces/PrivateEndpointConnections' (capital N/P). Event Hubs "
        'private endpoints need Standard or Premium SKU (the test creates Standard).'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_eventhub.yaml'
    ),
}
EVENTHUB_NAMESPACE = Service(
    type='Microsoft.EventHub/namespaces',
    key='eventhub_namespace',
    label='Event Hubs namespace',
    names=('eventhub', 'eventhubs', 'event_hubs_namespace'),
    api_versions=versions(_EVENTHUB_NAMESPACE_SOURCES, ('2021-06-01-preview',), '2024-01-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(202, settles=True, body="connection", headers=("Azure-AsyncOperation",)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('namespace',),
    sources=_EVENTHUB_NAMESPACE_SOURCES,
    actions_field=None,
    refusals=(
        Refusal('Approved', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),
        Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),
    ),
    realistic_seconds={"update": (25.0, 40.0), "delete": (25.0, 40.0)},
    status_url='{connection}/operationStatus/{name}?operationType={change}',
    connection_naming='guid',
    body_location=True,
    connection_type='Microsoft.EventHub/Namespaces/PrivateEndpointConnections',
)

ROWS = (EVENTHUB_NAMESPACE,)

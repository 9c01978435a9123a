"""Microsoft.EventGrid rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    BUSY_ANOTHER_OPERATION, CANNOT_CHANGE, missing_is_404, no_transitional, Refusal, Service, versions,
    WriteAnswer)

_EVENTGRID_DOMAIN_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/eventgrid/resource-manager/Microsoft.EventGrid/stable/2025-02-15/EventGrid'
        '.json (newest stable folder; serves topics, domains, partnerNamespaces and namespaces '
        'connections through one {parentType} path, see Azure/azure-rest-api-specs '
        'specification/eventgrid/resource-manager/Microsoft.EventGrid/stable/2025-02-15/examples/'
        'PrivateEndpointConnections_Delete.json)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_domain.yaml (connection calls '
        'api-version=2020-04-01-preview, parent GET 2020-10-15-preview, Nov 2021); '
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py and Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs 2020-04-01-preview'
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_domain.yaml (GET .../privateEndpointConnections answered '
        '{"value": [...]}); the parent GET also carries properties.privateEndpointConnections '
        'with full items'
    ),
    'list_paged': (
        "our inference: Event Grid's PrivateEndpointConnections_ListByResource is x-ms-pageable "
        '(nextLink, $top/$filter); the recorded list had no nextLink'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_domain.yaml; the Event Grid spec uses one generic path '
        '.../Microsoft.EventGrid/{parentType}/{parentName}/privateEndpointConnections/{name} '
        'with parentType topics|domains|partnerNamespaces|namespaces'
    ),
    'get_missing': 'our inference: spec declares 200 + default error',
    'put': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_domain.yaml (approve and reject PUT answered 201 Created; '
        'body showed the NEW status with provisioningState Updating and privateEndpoint null, '
        'groupIds null; azure-asyncoperation '
        '.../providers/Microsoft.EventGrid/locations/{region}/operationsStatus/{id})'
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_domain.yaml (first GET after each PUT, 11-14 s later, '
        'showed Succeeded with the new status)'
    ),
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/eventgrid/resource-manager/Microsoft.EventGrid/stable/2025-02-15/examples/'
        'PrivateEndpointConnections_Delete.json (202, 204; generic path with parentType=topics); '
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_domain.yaml (DELETE answered 202 Accepted, empty body, '
        'azure-asyncoperation operationsStatus + location operationResults)'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_domain.yaml (actionsRequired: "None")'
    ),
    'statuses': (
        'doc: '
        'https://learn.microsoft.com/en-nz/dotnet/api/azure.resourcemanager.eventgrid.models.even'
        'tgridprivateendpointpersistedconnectionstatus (Approved, Disconnected, Pending, '
        'Rejected; azure-mgmt-eventgrid PersistedConnectionStatus)'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_domain.yaml'
    ),
    'provisioning_states': (
        'doc: '
        'https://learn.microsoft.com/en-in/dotnet/api/azure.resourcemanager.eventgrid.models.even'
        'tgridresourceprovisioningstate (provisioning state of the private endpoint connection: '
        'Canceled, Creating, Deleting, Failed, Succeeded, Updating); recording: '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_domain.yaml shows Updating and Succeeded'
    ),
    'refused_transitions': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_domain.yaml (Approved -> Approved with a new description '
        'accepted 201, Approved -> Rejected accepted). Rejected -> Approved not exercised: our '
        'inference, unverified'
    ),
    'busy_codes': 'our inference: ARM-wide busy code',
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_domain.yaml (private endpoint --group-ids domain; '
        'connection groupIds ["domain"])'
    ),
    'writable_fields': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_domain.yaml (PUT carried status, description, '
        'actionsRequired and was accepted)'
    ),
    'put_body_shape': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_domain.yaml (the CLI echoed privateEndpoint, groupIds, '
        'provisioningState, id, name, type and Event Grid accepted it)'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_domain.yaml (first GET after each PUT, 11-14 s later, '
        'showed Succeeded with the new status); the delete: our inference (the same span)'
    ),
    'connection_naming': "recording: 'cli000005.0799e6fa-...'",
    'auto_approval_description': "recording: 'Auto-approved' (lower-case a)",
    'group_ids_field': (
        'recording (Event Grid topics / domains): connection bodies carry groupIds (null in the ' 'PUT answer)'
    ),
    'notes': (
        'Connection names are <private-endpoint-name>.<guid> (recorded '
        "'cli000005.0799e6fa-6ec9-4ff4-aed3-4557ce57ece8'). The PUT body comes back with "
        'privateEndpoint and groupIds null and provisioningState Updating: never read those '
        "fields from the PUT answer. Auto-approved connections say description 'Auto-approved' "
        '(lower-case a). One spec path serves all Event Grid parents ({parentType} = '
        'topics|domains|partnerNamespaces|namespaces).'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_domain.yaml'
    ),
}
EVENTGRID_DOMAIN = Service(
    type='Microsoft.EventGrid/domains',
    key='eventgrid_domain',
    label='Event Grid domain',
    names=('event_grid_domain',),
    api_versions=versions(_EVENTGRID_DOMAIN_SOURCES, ('2020-04-01-preview', '2020-10-15-preview'), '2025-02-15'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(201, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('domain',),
    sources=_EVENTGRID_DOMAIN_SOURCES,
    realistic_seconds={"update": (11.0, 13.0), "delete": (11.0, 13.0)},
    connection_naming='endpoint_guid',
    auto_approval_description='Auto-approved',
    group_ids_field='groupIds',
)

_EVENTGRID_NAMESPACE_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/eventgrid/resource-manager/Microsoft.EventGrid/stable/2025-02-15/EventGrid'
        '.json (newest stable folder, exists); that its {parentType} enum for '
        "privateEndpointConnections includes 'namespaces' is our inference from the Bicep "
        'reference Microsoft.EventGrid/namespaces/privateEndpointConnections '
        '(2023-12-15-preview, 2025-07-15-preview) - not read in the stable file'
    ),
    'api_versions_seen': (
        'our inference: no recording or stable-spec listing checked for namespaces; gathered '
        'from Az PowerShell registry - Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs registers 2023-06-01-preview; Bicep/azapi references show '
        'Microsoft.EventGrid/namespaces/privateEndpointConnections@2023-12-15-preview and '
        '@2025-07-15-preview; no recording found'
    ),
    'connections_listing': (
        'our inference: same Event Grid PrivateEndpointConnections_ListByResource with '
        'parentType=namespaces; Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI=true'
    ),
    'list_paged': 'our inference: as for Event Grid topics/domains',
    'connection_segment': (
        'doc: Bicep reference Microsoft.EventGrid/namespaces/privateEndpointConnections '
        '(PrivateEndpointConnections_Update example)'
    ),
    'get_missing': missing_is_404(
        'eventgrid/resource-manager/Microsoft.EventGrid/preview/2024-06-01-preview/EventGrid.json '
        'PrivateEndpointConnections_Get'
    ),
    'put': (
        'our inference: same Event Grid operation as domains/topics, which were recorded '
        'answering 201 + Azure-AsyncOperation with provisioningState Updating (recording: '
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_domain.yaml)'
    ),
    'put_settle_seconds': ('our inference: taken from the Event Grid domain/topic recordings; no namespace recording'),
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/eventgrid/resource-manager/Microsoft.EventGrid/stable/2025-02-15/examples/'
        'PrivateEndpointConnections_Delete.json (202, 204; generic path with parentType=topics)'
    ),
    'actions_field': (
        'doc: azapi/Bicep body for Microsoft.EventGrid/namespaces/privateEndpointConnections '
        '(privateLinkServiceConnectionState {actionsRequired, description, status})'
    ),
    'statuses': (
        'doc: '
        'https://learn.microsoft.com/en-nz/dotnet/api/azure.resourcemanager.eventgrid.models.even'
        'tgridprivateendpointpersistedconnectionstatus (Approved, Disconnected, Pending, '
        'Rejected; azure-mgmt-eventgrid PersistedConnectionStatus)'
    ),
    'transitional_statuses': no_transitional(
        'eventgrid/resource-manager/Microsoft.EventGrid/preview/2024-06-01-preview/EventGrid.json status enum'
        ' (Pending, Approved, Rejected, Disconnected)'
    ),
    'provisioning_states': (
        'doc: '
        'https://learn.microsoft.com/en-in/dotnet/api/azure.resourcemanager.eventgrid.models.even'
        'tgridresourceprovisioningstate (provisioning state of the private endpoint connection: '
        'Canceled, Creating, Deleting, Failed, Succeeded, Updating)'
    ),
    'refused_transitions': 'our inference: nothing documented',
    'busy_codes': 'our inference: ARM-wide busy code',
    'group_ids': (
        'our inference: Event Grid namespace private link sub-resources (namespace topics over '
        'HTTP = topic, MQTT topic spaces = topicspace) per the Event Grid namespace private '
        'endpoint docs; not verified against a recording'
    ),
    'writable_fields': (
        'doc: azapi body (groupIds, privateEndpoint, '
        'privateLinkServiceConnectionState{actionsRequired, description, status})'
    ),
    'put_body_shape': 'our inference: as Event Grid topics/domains',
    'realistic_seconds': (
        'our inference: taken from the Event Grid domain/topic recordings; no namespace '
        'recording; the delete: our inference (the same span)'
    ),
    'connection_naming': 'recording (Event Grid topics, same provider): <endpoint>.<guid>',
    'auto_approval_description': "recording (Event Grid topics): 'Auto-approved'",
    'group_ids_field': (
        'recording (Event Grid topics / domains): connection bodies carry groupIds (null in the ' 'PUT answer)'
    ),
    'notes': (
        'No real traffic for namespaces: facts borrowed from the Event Grid domain/topic '
        'recordings because the same resource provider and the same generic {parentType} '
        'operation serve them - every such fact is marked as inference.'
    ),
    'recordings': 'none found',
}
EVENTGRID_NAMESPACE = Service(
    type='Microsoft.EventGrid/namespaces',
    key='eventgrid_namespace',
    label='Event Grid namespace',
    names=('event_grid_namespace',),
    api_versions=versions(_EVENTGRID_NAMESPACE_SOURCES, ('2023-06-01-preview', '2023-12-15-preview'), '2025-02-15'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(201, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('topic', 'topicspace'),
    sources=_EVENTGRID_NAMESPACE_SOURCES,
    realistic_seconds={"update": (11.0, 14.0), "delete": (11.0, 14.0)},
    connection_naming='endpoint_guid',
    auto_approval_description='Auto-approved',
    group_ids_field='groupIds',
)

_EVENTGRID_PARTNER_NAMESPACE_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/eventgrid/resource-manager/Microsoft.EventGrid/stable/2025-02-15/EventGrid'
        '.json (newest stable; Event Grid serves topics, domains, partnerNamespaces and '
        'namespaces through ONE generic path '
        '.../providers/Microsoft.EventGrid/{parentType}/{parentName}/privateEndpointConnections/{'
        'name} with parentType enum; not re-read section by section in this session)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/eventgrid/tests/latest/recordings/test_private_l'
        'ink.yaml (Event Grid topic connections listed with 2020-04-01-preview, June 2020); spec '
        'folders'
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/eventgrid/tests/latest/recordings/test_private_l'
        'ink.yaml (GET .../topics/{name}/privateEndpointConnections answered 200 {value:[...]}, '
        'same RP and generic path); our inference for partnerNamespaces'
    ),
    'list_paged': (
        'our inference: Event Grid list operations are x-ms-pageable with nextLink and accept ' '$filter/$top'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/eventgrid/tests/latest/recordings/test_private_l'
        'ink.yaml'
    ),
    'get_missing': 'our inference: ARM proxy resource',
    'put': (
        'our inference: from generated SDK code/samples (not the spec itself): spec example via '
        'Azure/azure-sdk-for-go sdk/resourcemanager/eventgrid/armeventgrid (example generated '
        'from '
        'specification/eventgrid/.../2024-06-01-preview/examples/PrivateEndpointConnections_Updat'
        'e.json: PrivateEndpointConnectionsClient.BeginUpdate) (update is a long-running Begin* '
        'operation); codes 200/201 and the Updating body: our inference from the Event Grid ARM '
        'pattern; no partner-namespace PUT recorded [NOTE: elided preview example path, not '
        'verified]'
    ),
    'put_settle_seconds': 'our inference: not recorded for partner namespaces',
    'delete': (
        'our inference: Event Grid deletes are long-running '
        '(PrivateEndpointConnectionsClient.BeginDelete in Azure/azure-sdk-for-go '
        'sdk/resourcemanager/eventgrid/armeventgrid)'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/eventgrid/tests/latest/recordings/test_private_l'
        'ink.yaml (Event Grid topic connection "actionsRequired":"None")'
    ),
    'statuses': (
        'our inference: Event Grid PersistedConnectionStatus enum (Pending, Approved, Rejected, ' 'Disconnected)'
    ),
    'transitional_statuses': 'our inference: none documented',
    'provisioning_states': (
        'our inference: Event Grid ResourceProvisioningState enum; recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/eventgrid/tests/latest/recordings/test_private_l'
        'ink.yaml shows Succeeded'
    ),
    'refused_transitions': (
        'our inference: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        'nds.py approves then rejects Event Grid topic and domain connections successfully (same '
        'RP); nothing recorded for partner namespaces'
    ),
    'busy_codes': BUSY_ANOTHER_OPERATION,
    'group_ids': (
        'our inference: Event Grid private link group ids are the lower-case singular parent '
        "kind ('topic', 'domain' recorded in Azure/azure-cli "
        'src/azure-cli/azure/cli/command_modules/eventgrid/tests/latest/recordings/test_private_l'
        'ink.yaml and Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        "nds.py); Microsoft docs list 'partnernamespace' for partner namespaces"
    ),
    'writable_fields': 'our inference: Event Grid ConnectionState {status, description, actionsRequired}',
    'put_body_shape': (
        'our inference: same body as Event Grid topics (spec example ' 'PrivateEndpointConnections_Update.json)'
    ),
    'realistic_seconds': (
        'our inference: not recorded for partner namespaces; the delete: our inference (the same ' 'span)'
    ),
    'connection_naming': 'recording (Event Grid topics, same provider): <endpoint>.<guid>',
    'auto_approval_description': "recording (Event Grid topics): 'Auto-approved'",
    'group_ids_field': (
        'recording (Event Grid topics / domains): connection bodies carry groupIds (null in the ' 'PUT answer)'
    ),
    'notes': (
        'Weak evidence: no recording for partner namespaces and the Event Grid spec (one very '
        'large EventGrid.json) was not re-read section by section; facts lean on the Event Grid '
        'topic recording (Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/eventgrid/tests/latest/recordings/test_private_l'
        'ink.yaml) of the same resource provider and the generic {parentType} path. The issue '
        'lists partner namespaces among the Azure CLI-recorded types, but no partner-namespace '
        'private endpoint recording was found in the azure-cli index (network or eventgrid '
        "module). Connection names on Event Grid are '<private-endpoint-name>.<guid>' (recorded "
        "for topics); auto-approved connections say 'Auto-approved'."
    ),
    'recordings': 'none found',
}
EVENTGRID_PARTNER_NAMESPACE = Service(
    type='Microsoft.EventGrid/partnerNamespaces',
    key='eventgrid_partner_namespace',
    label='Event Grid partner namespace',
    names=('partner_namespace',),
    api_versions=versions(_EVENTGRID_PARTNER_NAMESPACE_SOURCES, ('2020-04-01-preview', '2022-06-15'), '2025-02-15'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('partnernamespace',),
    sources=_EVENTGRID_PARTNER_NAMESPACE_SOURCES,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    realistic_seconds={"update": (5.0, 60.0), "delete": (5.0, 60.0)},
    connection_naming='endpoint_guid',
    auto_approval_description='Auto-approved',
    group_ids_field='groupIds',
)

_EVENTGRID_TOPIC_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/eventgrid/resource-manager/Microsoft.EventGrid/stable/2025-02-15/EventGrid'
        '.json (newest stable folder; serves topics, domains, partnerNamespaces and namespaces '
        'connections through one {parentType} path, see Azure/azure-rest-api-specs '
        'specification/eventgrid/resource-manager/Microsoft.EventGrid/stable/2025-02-15/examples/'
        'PrivateEndpointConnections_Delete.json)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_topic.yaml (connection calls '
        'api-version=2020-04-01-preview, parent GET 2020-10-15-preview, Nov 2021); '
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py and Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs 2020-04-01-preview'
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_topic.yaml (GET .../privateEndpointConnections answered '
        '{"value": [...]}); the parent GET also carries properties.privateEndpointConnections '
        'with full items'
    ),
    'list_paged': (
        "our inference: Event Grid's PrivateEndpointConnections_ListByResource is x-ms-pageable "
        '(nextLink, $top/$filter); the recorded list had no nextLink'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_topic.yaml; the Event Grid spec uses one generic path '
        '.../Microsoft.EventGrid/{parentType}/{parentName}/privateEndpointConnections/{name} '
        'with parentType topics|domains|partnerNamespaces|namespaces'
    ),
    'get_missing': 'our inference: spec declares 200 + default error',
    'put': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_topic.yaml (approve and reject PUT answered 201 Created; '
        'body showed the NEW status with provisioningState Updating and privateEndpoint null, '
        'groupIds null; azure-asyncoperation '
        '.../providers/Microsoft.EventGrid/locations/{region}/operationsStatus/{id})'
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_topic.yaml (first GET after each PUT, 11-14 s later, showed '
        'Succeeded with the new status)'
    ),
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/eventgrid/resource-manager/Microsoft.EventGrid/stable/2025-02-15/examples/'
        'PrivateEndpointConnections_Delete.json (202, 204; generic path with parentType=topics); '
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_topic.yaml (DELETE answered 202 Accepted, empty body, '
        'azure-asyncoperation operationsStatus + location operationResults)'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_topic.yaml (actionsRequired: "None")'
    ),
    'statuses': (
        'doc: '
        'https://learn.microsoft.com/en-nz/dotnet/api/azure.resourcemanager.eventgrid.models.even'
        'tgridprivateendpointpersistedconnectionstatus (Approved, Disconnected, Pending, '
        'Rejected; azure-mgmt-eventgrid PersistedConnectionStatus)'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_topic.yaml'
    ),
    'provisioning_states': (
        'doc: '
        'https://learn.microsoft.com/en-in/dotnet/api/azure.resourcemanager.eventgrid.models.even'
        'tgridresourceprovisioningstate (provisioning state of the private endpoint connection: '
        'Canceled, Creating, Deleting, Failed, Succeeded, Updating); recording: '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_topic.yaml shows Updating and Succeeded'
    ),
    'refused_transitions': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_topic.yaml (Approved -> Approved with a new description '
        'accepted 201, Approved -> Rejected accepted). Rejected -> Approved not exercised: our '
        'inference, unverified'
    ),
    'busy_codes': 'our inference: ARM-wide busy code',
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_topic.yaml (private endpoint --group-ids topic; connection '
        'groupIds ["topic"])'
    ),
    'writable_fields': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_topic.yaml (PUT carried status, description, '
        'actionsRequired and was accepted)'
    ),
    'put_body_shape': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_topic.yaml (the CLI echoed privateEndpoint, groupIds, '
        'provisioningState, id, name, type and Event Grid accepted it)'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_topic.yaml (first GET after each PUT, 11-14 s later, showed '
        'Succeeded with the new status); the delete: our inference (the same span)'
    ),
    'connection_naming': "recording: 'cli000005.8db112d4-...'",
    'auto_approval_description': "recording: 'Auto-approved' (lower-case a)",
    'group_ids_field': (
        'recording (Event Grid topics / domains): connection bodies carry groupIds (null in the ' 'PUT answer)'
    ),
    'notes': (
        'Connection names are <private-endpoint-name>.<guid> (recorded '
        "'cli000005.8db112d4-cdc2-460e-b66a-f2d0a53cfacd'). The PUT body comes back with "
        'privateEndpoint and groupIds null and provisioningState Updating: never read those '
        "fields from the PUT answer. Auto-approved connections say description 'Auto-approved' "
        '(lower-case a). One spec path serves all Event Grid parents ({parentType} = '
        'topics|domains|partnerNamespaces|namespaces).'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_event_grid_topic.yaml'
    ),
}
EVENTGRID_TOPIC = Service(
    type='Microsoft.EventGrid/topics',
    key='eventgrid_topic',
    label='Event Grid topic',
    names=('event_grid_topic',),
    api_versions=versions(_EVENTGRID_TOPIC_SOURCES, ('2020-04-01-preview', '2020-10-15-preview'), '2025-02-15'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(201, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('topic',),
    sources=_EVENTGRID_TOPIC_SOURCES,
    realistic_seconds={"update": (13.0, 14.0), "delete": (13.0, 14.0)},
    connection_naming='endpoint_guid',
    auto_approval_description='Auto-approved',
    group_ids_field='groupIds',
)

ROWS = (
    EVENTGRID_DOMAIN,
    EVENTGRID_NAMESPACE,
    EVENTGRID_PARTNER_NAMESPACE,
    EVENTGRID_TOPIC,
)

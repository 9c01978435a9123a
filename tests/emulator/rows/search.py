"""Microsoft.Search rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import Refusal, Service, WriteAnswer, versions

_SEARCH_SERVICE_SOURCES = {
    'api_version': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/search/resource-manager/Microsoft.Search/Search/examples/2025-05-01/Update'
        'PrivateEndpointConnection.json (PrivateEndpointConnections_Update at 2025-05-01, the '
        'newest stable; the spec moved to the TypeSpec layout Microsoft.Search/Search/); '
        'operation shapes read in Azure/azure-rest-api-specs '
        'specification/search/resource-manager/Microsoft.Search/stable/2023-11-01/search.json'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_search.yaml (Apr 2024, Azure CLI 2.59 sends 2020-08-01); '
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        "ctions/custom.py (register_providers) registers 'Microsoft.Search/searchServices', "
        "'2020-08-01'"
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_search.yaml (GET .../searchServices/{name}/privateEndpointConnections '
        'answered 200 {value:[...], nextLink:null}); spec: Azure/azure-rest-api-specs '
        'specification/search/resource-manager/Microsoft.Search/stable/2023-11-01/search.json '
        'PrivateEndpointConnections_ListByService'
    ),
    'list_paged': (
        'spec: Azure/azure-rest-api-specs '
        'specification/search/resource-manager/Microsoft.Search/stable/2023-11-01/search.json '
        'x-ms-pageable nextLinkName nextLink; recording shows "nextLink":null'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_search.yaml'
    ),
    'get_missing': (
        'spec: Azure/azure-rest-api-specs '
        'specification/search/resource-manager/Microsoft.Search/stable/2023-11-01/search.json '
        "PrivateEndpointConnections_Get default 'HTTP 404 (Not Found): ... private endpoint "
        "connection could not be found'"
    ),
    'put': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_search.yaml (approve PUT answered 200 at once with status Approved, '
        'provisioningState Succeeded, ~1 s elapsed-time; reject PUT likewise 200 '
        'Rejected/Succeeded); spec: Azure/azure-rest-api-specs '
        'specification/search/resource-manager/Microsoft.Search/stable/2023-11-01/search.json '
        'PUT responses 200 only, not long-running'
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_search.yaml (the following GET 12 s later was unchanged; the PUT '
        'itself took elapsed-time 904-1031 ms)'
    ),
    'delete': 'recording: DELETE 200 with a body whose status is Disconnected; the connection is gone',
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_search.yaml ("actionsRequired":"None"); spec example: '
        'Azure/azure-rest-api-specs '
        'specification/search/resource-manager/Microsoft.Search/Search/examples/2025-05-01/Update'
        'PrivateEndpointConnection.json'
    ),
    'statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_search.yaml (Pending, Approved, Rejected, and Disconnected in the '
        'DELETE answer); spec: Azure/azure-rest-api-specs '
        'specification/search/resource-manager/Microsoft.Search/stable/2023-11-01/search.json '
        'PrivateEndpointConnectionProperties.privateLinkServiceConnectionState.status enum'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_search.yaml (PUT is synchronous; no transitional status seen)'
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_search.yaml shows Succeeded; the other values: our inference from the '
        "Search spec's PrivateLinkServiceConnectionProvisioningState enum (not re-read in this "
        'session)'
    ),
    'refused_transitions': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_search.yaml (PUT status Approved on a Rejected connection answered 400 '
        'Bad Request with that error; Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        "nds.py asserts 'Approval will fail after rejection'); Pending->Approved and "
        'Approved->Rejected recorded as accepted'
    ),
    'busy_codes': (
        'our inference: Search documents 409 only for a disabled subscription; '
        'AnotherOperationInProgress is ARM-wide'
    ),
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        "point_connection_search.yaml (connection property groupId 'searchService' — SINGULAR "
        'string field groupId, not an array groupIds)'
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/search/resource-manager/Microsoft.Search/Search/examples/2025-05-01/Update'
        'PrivateEndpointConnection.json (PUT body privateLinkServiceConnectionState {status, '
        "description}; actionsRequired is writable in the Search model, default 'None')"
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/search/resource-manager/Microsoft.Search/Search/examples/2025-05-01/Update'
        'PrivateEndpointConnection.json'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_search.yaml (the following GET 12 s later was unchanged; the PUT '
        'itself took elapsed-time 904-1031 ms); the delete: our inference (the same span)'
    ),
    'group_ids_field': 'recording: properties.groupId (a string)',
    'connection_naming': "recording: '<private-endpoint-name>.<guid>'",
    'notes': (
        'Synchronous service: PUT 200 with the final state, DELETE 200 with a body whose status '
        "is 'Disconnected' (the connection is gone afterwards). Rejected -> Approved is refused "
        'with 400 OperationNotAllowed (recorded). The group id lives in properties.groupId (a '
        'string), not properties.groupIds (an array) as on most services: read both. Connection '
        "names are '<private-endpoint-name>.<guid>'. A Pending connection has description null. "
        'Shared private link resources (outbound, sharedPrivateLinkResources) are a different '
        'sub-resource, not connections to approve here.'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_search.yaml'
    ),
}
SEARCH_SERVICE = Service(
    type='Microsoft.Search/searchServices',
    key='search_service',
    label='AI Search service',
    names=('search', 'ai_search', 'cognitive_search'),
    api_versions=versions(_SEARCH_SERVICE_SOURCES, ('2020-08-01', '2023-11-01'), '2025-05-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=False, body="none"),
    delete=WriteAnswer(200, settles=False, body="disconnected"),
    group_ids=('searchService',),
    sources=_SEARCH_SERVICE_SOURCES,
    refusals=(
        Refusal(
            'Rejected',
            'Approved',
            400,
            'OperationNotAllowed',
            "Could not update Private Endpoint connection status from '{current}' to '{wanted}': {name}.",
        ),
    ),
    realistic_seconds={"update": (0.0, 2.0), "delete": (0.0, 2.0)},
    group_ids_field='groupId',
    connection_naming='endpoint_guid',
)

ROWS = (SEARCH_SERVICE,)

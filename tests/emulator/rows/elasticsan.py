"""Microsoft.ElasticSan rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import no_transitional, Service, versions, WriteAnswer

_ELASTIC_SAN_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/elasticsan/resource-manager/Microsoft.ElasticSan/stable/2024-05-01/elastic'
        'san.json (stable folder with PrivateEndpointConnections_* examples; a newer stable may '
        'exist, not checked)'
    ),
    'api_versions_seen': (
        'spec: Azure/azure-rest-api-specs specification/elasticsan stable folder 2024-05-01; '
        'plus Az PowerShell registry - Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs registers 2022-12-01-preview; spec folder 2024-05-01; no connection recording found '
        '(Azure/azure-cli-extensions src/elastic-san recordings have no private endpoint '
        'scenario)'
    ),
    'connections_listing': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/elasticsan/resource-manager/Microsoft.ElasticSan/stable/2024-05-01/example'
        's/PrivateEndpointConnections_List_MaximumSet_Gen.json; Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI=true'
    ),
    'list_paged': 'our inference: the list operation is x-ms-pageable with nextLink',
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/elasticsan/resource-manager/Microsoft.ElasticSan/stable/2024-05-01/example'
        's/PrivateEndpointConnections_Create_MaximumSet_Gen.json'
    ),
    'get_missing': 'our inference: spec declares 200 + default ErrorResponse',
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/elasticsan/resource-manager/Microsoft.ElasticSan/stable/2024-05-01/example'
        's/PrivateEndpointConnections_Create_MaximumSet_Gen.json (operationId '
        'PrivateEndpointConnections_Create; 200 and 201, the 201 with a location header)'
    ),
    'put_settle_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded ' 'services'
    ),
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/elasticsan/resource-manager/Microsoft.ElasticSan/stable/2024-05-01/example'
        's/PrivateEndpointConnections_Delete_MaximumSet_Gen.json (200, 202 with location, 204)'
    ),
    'actions_field': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/elasticsan/resource-manager/Microsoft.ElasticSan/stable/2024-05-01/example'
        's/PrivateEndpointConnections_Create_MaximumSet_Gen.json (actionsRequired: "None")'
    ),
    'statuses': (
        'our inference: Elastic SAN defines its own PrivateEndpointServiceConnectionStatus which '
        "adds 'Failed' - verify in Azure/azure-rest-api-specs "
        'specification/elasticsan/resource-manager/Microsoft.ElasticSan/stable/2024-05-01/elastic'
        'san.json'
    ),
    'transitional_statuses': no_transitional(
        'elasticsan/resource-manager/Microsoft.ElasticSan/stable/2024-05-01/elasticsan.json status enum '
        '(Pending, Approved, Failed, Rejected)'
    ),
    'provisioning_states': (
        "our inference: Elastic SAN's ProvisioningStates enum (shared with its other resources); "
        'spec example shows Succeeded'
    ),
    'refused_transitions': 'our inference: nothing documented',
    'busy_codes': 'our inference: ARM-wide busy code',
    'group_ids': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/elasticsan/resource-manager/Microsoft.ElasticSan/stable/2024-05-01/example'
        's/PrivateEndpointConnections_Create_MaximumSet_Gen.json (connection groupIds are '
        'volume-group resource ids .../elasticSans/{san}/volumegroups/{vg}; the private '
        "endpoint's group id is the volume group name)"
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/elasticsan/resource-manager/Microsoft.ElasticSan/stable/2024-05-01/example'
        's/PrivateEndpointConnections_Create_MaximumSet_Gen.json (request carries status, '
        'description, actionsRequired)'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/elasticsan/resource-manager/Microsoft.ElasticSan/stable/2024-05-01/example'
        's/PrivateEndpointConnections_Create_MaximumSet_Gen.json (request body: '
        'properties.privateEndpoint {}, privateLinkServiceConnectionState, groupIds); our '
        'inference: groupIds should be echoed unchanged from the GET because the Elastic SAN '
        'schema lists them on the connection and one connection maps to volume groups'
    ),
    'realistic_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded '
        'services; the delete: our inference (the same span)'
    ),
    'group_ids_field': "spec example: the connection's groupIds (volume groups)",
    'notes': (
        'No real traffic found. Elastic SAN connections target VOLUME GROUPS: the private '
        "endpoint's groupId is a volume-group name and the connection's groupIds carry "
        'volume-group resource ids. The spec PUT example sends privateEndpoint {} and groupIds '
        'along with the state - when writing, echo groupIds from the current GET (our inference) '
        "rather than sending only the state. The example's 200 body shows status Pending with "
        "description 'Auto-Approved' (generated example noise)."
    ),
    'recordings': 'none found',
}
ELASTIC_SAN = Service(
    type='Microsoft.ElasticSan/elasticSans',
    key='elastic_san',
    label='Elastic SAN',
    names=('elasticsan',),
    api_versions=versions(_ELASTIC_SAN_SOURCES, ('2022-12-01-preview',), '2024-05-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Failed'),
    put=WriteAnswer(200, settles=False),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Location',)),
    group_ids=('<volume group name>',),
    sources=_ELASTIC_SAN_SOURCES,
    realistic_seconds={"update": (10.0, 30.0), "delete": (10.0, 30.0)},
    group_ids_field='groupIds',
)

ROWS = (ELASTIC_SAN,)

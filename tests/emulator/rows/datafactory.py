"""Microsoft.DataFactory rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import no_transitional, Service, versions, WriteAnswer

_DATA_FACTORY_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/datafactory/resource-manager/Microsoft.DataFactory/stable/2018-06-01/dataf'
        'actory.json (the only stable version of Microsoft.DataFactory); Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs 2018-06-01'
    ),
    'api_versions_seen': (
        'spec: spec and Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs; the Azure CLI tests test_private_endpoint_connection_datafactory / '
        'test_private_link_endpoint_datafactory are @live_only, so no recording exists '
        '(Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        'nds.py)'
    ),
    'connections_listing': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/datafactory/resource-manager/Microsoft.DataFactory/stable/2018-06-01/examp'
        'les/PrivateEndPointConnections_ListByFactory.json '
        '(PrivateEndPointConnections_ListByFactory; list path spelled '
        ".../factories/{factoryName}/privateEndPointConnections with a capital P in 'EndPoint' "
        'in the 2018-06-01 swagger; a later TypeSpec conversion changed it to '
        'privateEndpointConnections - ARM paths are case-insensitive)'
    ),
    'list_paged': 'our inference: the list result has nextLink (x-ms-pageable)',
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/datafactory/resource-manager/Microsoft.DataFactory/stable/2018-06-01/examp'
        'les/ApproveRejectPrivateEndpointConnection.json (single-connection path uses '
        'privateEndpointConnections; only the list path is spelled privateEndPointConnections)'
    ),
    'get_missing': 'our inference: spec declares 200 + default CloudError',
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/datafactory/resource-manager/Microsoft.DataFactory/stable/2018-06-01/examp'
        'les/ApproveRejectPrivateEndpointConnection.json '
        '(PrivateEndpointConnection_CreateOrUpdate, only 200, accepts an If-Match header; not a '
        'long-running operation)'
    ),
    'put_settle_seconds': 'our inference: synchronous per spec; no recording',
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/datafactory/resource-manager/Microsoft.DataFactory/stable/2018-06-01/examp'
        'les/DeletePrivateEndpointConnection.json (200, 204)'
    ),
    'actions_field': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/datafactory/resource-manager/Microsoft.DataFactory/stable/2018-06-01/examp'
        'les/ApproveRejectPrivateEndpointConnection.json (actionsRequired "")'
    ),
    'statuses': (
        "our inference: Data Factory's PrivateLinkConnectionState.status is a free string; the "
        'portal values are Pending/Approved/Rejected/Disconnected'
    ),
    'transitional_statuses': no_transitional(
        'datafactory/resource-manager/Microsoft.DataFactory/stable/2018-06-01/datafactory.json, whose status '
        'is free text,'
    ),
    'provisioning_states': 'our inference: free string in the spec; example shows Succeeded',
    'refused_transitions': 'our inference: nothing documented',
    'busy_codes': 'our inference: ARM-wide busy code',
    'group_ids': (
        "our inference: Data Factory's documented private link sub-resources (dataFactory for "
        'the service, portal for authoring UI)'
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/datafactory/resource-manager/Microsoft.DataFactory/stable/2018-06-01/examp'
        'les/ApproveRejectPrivateEndpointConnection.json '
        '(PrivateLinkConnectionApprovalRequestResource: '
        'properties.privateLinkServiceConnectionState{status, description, actionsRequired})'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/datafactory/resource-manager/Microsoft.DataFactory/stable/2018-06-01/examp'
        'les/ApproveRejectPrivateEndpointConnection.json'
    ),
    'realistic_seconds': (
        'our inference: synchronous per spec; no recording; the delete: our inference (the same ' 'span)'
    ),
    'notes': (
        'Data Factory is both a TARGET (connections on the factory, handled here) and a SOURCE '
        'of managed private endpoints: those arrive as Pending connections on the target '
        'resource (Storage, SQL, Key Vault...), not on the factory; approving them is done on '
        "the target type's row. The 2018-06-01 list path is spelled privateEndPointConnections; "
        "the spec examples' ids/names are sloppy (list item id points at "
        '.../privateEndpoints/...). PUT is synchronous (200) and supports If-Match.'
    ),
    'recordings': 'none found',
}
DATA_FACTORY = Service(
    type='Microsoft.DataFactory/factories',
    key='data_factory',
    label='Data Factory',
    names=('datafactory', 'adf'),
    api_versions=versions(_DATA_FACTORY_SOURCES, (), '2018-06-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=False, body="none"),
    delete=WriteAnswer(200, settles=False, body="none"),
    group_ids=('dataFactory', 'portal'),
    sources=_DATA_FACTORY_SOURCES,
    realistic_seconds={"update": (0.0, 0.0), "delete": (0.0, 0.0)},
)

ROWS = (DATA_FACTORY,)

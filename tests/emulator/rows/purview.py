"""Microsoft.Purview rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import no_transitional, Service, versions, WriteAnswer

_PURVIEW_ACCOUNT_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/purview/resource-manager/Microsoft.Purview/stable/2021-12-01/purview.json '
        '(newest stable folder; later versions are previews)'
    ),
    'api_versions_seen': (
        'spec: Azure/azure-rest-api-specs specification/purview stable folders; plus the Azure '
        'CLI / Az PowerShell registries - Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py 2021-07-01; Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs 2020-12-01-preview; spec folders; no recording found'
    ),
    'connections_listing': (
        'spec: PrivateEndpointConnections_ListByAccount in Azure/azure-rest-api-specs '
        'specification/purview/resource-manager/Microsoft.Purview/stable/2021-12-01/purview.json;'
        ' Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI=true'
    ),
    'list_paged': 'our inference: x-ms-pageable nextLink ($skipToken)',
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/purview/resource-manager/Microsoft.Purview/stable/2021-12-01/examples/Priv'
        'ateEndpointConnections_CreateOrUpdate.json'
    ),
    'get_missing': 'our inference: spec declares 200 + default ErrorResponseModel',
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/purview/resource-manager/Microsoft.Purview/stable/2021-12-01/examples/Priv'
        'ateEndpointConnections_CreateOrUpdate.json (200, and 201 with Azure-AsyncOperation '
        'pointing back at the connection URL itself)'
    ),
    'put_settle_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded ' 'services'
    ),
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/purview/resource-manager/Microsoft.Purview/stable/2021-07-01/examples/Priv'
        'ateEndpointConnections_Delete.json (200; 202 with Azure-AsyncOperation = the connection '
        'URL; 204)'
    ),
    'actions_field': (
        "our inference: Purview's PrivateLinkServiceConnectionState has actionsRequired; the " 'examples omit it'
    ),
    'statuses': (
        'doc: '
        'https://learn.microsoft.com/fr-fr/python/api/azure-mgmt-purview/azure.mgmt.purview.model'
        's.status (APPROVED, DISCONNECTED, PENDING, REJECTED, UNKNOWN)'
    ),
    'transitional_statuses': no_transitional(
        'purview/resource-manager/Microsoft.Purview/stable/2021-12-01/purview.json status enum (Unknown, '
        'Pending, Approved, Rejected, Disconnected)'
    ),
    'provisioning_states': 'our inference: free string in the spec; example shows Succeeded',
    'refused_transitions': 'our inference: nothing documented',
    'busy_codes': 'our inference: ARM-wide busy code',
    'group_ids': (
        'our inference: Purview documented account/portal sub-resources; the ingestion endpoints '
        '(blob/queue/namespace of the managed resources) are separate - see notes'
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/purview/resource-manager/Microsoft.Purview/stable/2021-12-01/examples/Priv'
        'ateEndpointConnections_CreateOrUpdate.json'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/purview/resource-manager/Microsoft.Purview/stable/2021-12-01/examples/Priv'
        'ateEndpointConnections_CreateOrUpdate.json'
    ),
    'realistic_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded '
        'services; the delete: our inference (the same span)'
    ),
    'notes': (
        'Purview also exposes ingestionPrivateEndpointConnections (a different operation, for '
        'the managed storage/Event Hubs ingestion endpoints) - out of scope for this row. '
        'Azure-AsyncOperation points back at the connection URL (like Key Vault): poll by GET '
        'until provisioningState is terminal. Purview managed private endpoints (managed VNet '
        'integration runtime) land as Pending connections on the TARGET resource.'
    ),
    'recordings': 'none found',
}
PURVIEW_ACCOUNT = Service(
    type='Microsoft.Purview/accounts',
    key='purview_account',
    label='Microsoft Purview account',
    names=('purview',),
    api_versions=versions(_PURVIEW_ACCOUNT_SOURCES, ('2020-12-01-preview', '2021-07-01'), '2021-12-01'),
    statuses=('Unknown', 'Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=False),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('account', 'portal'),
    sources=_PURVIEW_ACCOUNT_SOURCES,
    realistic_seconds={"update": (10.0, 30.0), "delete": (10.0, 30.0)},
)

ROWS = (PURVIEW_ACCOUNT,)

"""Microsoft.Databricks rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import no_transitional, Service, versions, WriteAnswer

_DATABRICKS_WORKSPACE_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/databricks/resource-manager/Microsoft.Databricks/stable/2024-05-01/databri'
        'cks.json (newest stable folder with PrivateEndpointConnections_* examples)'
    ),
    'api_versions_seen': (
        'spec: Azure/azure-rest-api-specs specification/databricks stable folders; plus Az '
        'PowerShell registry - Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs 2021-04-01-preview; spec folders; the Azure CLI Databricks tests are @live_only '
        '(Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        'nds.py), no recording'
    ),
    'connections_listing': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/databricks/resource-manager/Microsoft.Databricks/stable/2024-05-01/example'
        's/ListPrivateEndpointConnections.json; Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI=true'
    ),
    'list_paged': 'our inference: PrivateEndpointConnections_List is x-ms-pageable with nextLink',
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/databricks/resource-manager/Microsoft.Databricks/stable/2023-02-01/example'
        's/PrivateEndpointConnectionsUpdate.json (the example ids spell it '
        "'PrivateEndpointConnections'; ARM paths are case-insensitive)"
    ),
    'get_missing': 'our inference: spec declares 200 + default ErrorInfo',
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/databricks/resource-manager/Microsoft.Databricks/stable/2023-02-01/example'
        's/PrivateEndpointConnectionsUpdate.json (PrivateEndpointConnections_Create: 200 and 202 '
        'with the connection body); async header our inference from the 2024-05-01 delete example'
    ),
    'put_settle_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded ' 'services'
    ),
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/databricks/resource-manager/Microsoft.Databricks/stable/2024-05-01/example'
        's/PrivateEndpointConnectionsDelete.json (200; 202 with Retry-After 10, '
        'Azure-AsyncOperation .../locations/{loc}/operationStatuses/... and Location '
        '.../operationResults/...; 204)'
    ),
    'actions_field': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/databricks/resource-manager/Microsoft.Databricks/stable/2023-02-01/example'
        's/PrivateEndpointConnectionsUpdate.json (actionsRequired: "None")'
    ),
    'statuses': (
        'our inference: Databricks PrivateLinkServiceConnectionStatus enum (Pending, Approved, '
        'Rejected, Disconnected)'
    ),
    'transitional_statuses': no_transitional(
        'databricks/resource-manager/Microsoft.Databricks/stable/2024-05-01/databricks.json status enum '
        '(Pending, Approved, Rejected, Disconnected)'
    ),
    'provisioning_states': (
        'our inference: Databricks PrivateEndpointConnectionProvisioningState; example shows ' 'Succeeded'
    ),
    'refused_transitions': 'our inference: nothing documented',
    'busy_codes': ('our inference: ARM-wide busy code; a workspace update in progress is expected to refuse'),
    'group_ids': (
        'our inference: Databricks documented private link sub-resources (front-end/back-end '
        'databricks_ui_api, web auth browser_authentication)'
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/databricks/resource-manager/Microsoft.Databricks/stable/2023-02-01/example'
        's/PrivateEndpointConnectionsUpdate.json'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/databricks/resource-manager/Microsoft.Databricks/stable/2023-02-01/example'
        's/PrivateEndpointConnectionsUpdate.json'
    ),
    'realistic_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded '
        'services; the delete: our inference (the same span)'
    ),
    'connection_naming': 'research notes: names are <workspace>.<guid>',
    'notes': (
        'Connection names are <workspace>.<guid>. Serverless (NCC) private endpoints created by '
        'Databricks serverless compute arrive as Pending connections on the TARGET resource '
        '(Storage, SQL...), not here. Spec examples spell the segment '
        "'PrivateEndpointConnections'."
    ),
    'recordings': 'none found',
}
DATABRICKS_WORKSPACE = Service(
    type='Microsoft.Databricks/workspaces',
    key='databricks_workspace',
    label='Azure Databricks workspace',
    names=('databricks',),
    api_versions=versions(_DATABRICKS_WORKSPACE_SOURCES, ('2021-04-01-preview', '2023-02-01'), '2024-05-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=False),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('databricks_ui_api', 'browser_authentication'),
    sources=_DATABRICKS_WORKSPACE_SOURCES,
    realistic_seconds={"update": (10.0, 30.0), "delete": (10.0, 30.0)},
    connection_naming='parent_guid',
)

ROWS = (DATABRICKS_WORKSPACE,)

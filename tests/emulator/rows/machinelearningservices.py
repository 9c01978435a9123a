"""Microsoft.MachineLearningServices rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import missing_is_404, no_transitional, Service, versions, WriteAnswer

_MACHINE_LEARNING_WORKSPACE_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices'
        '/stable/2024-10-01/machineLearningServices.json (stable folder with '
        'PrivateEndpointConnection examples; newer stable versions may exist, not checked)'
    ),
    'api_versions_seen': (
        'spec: Azure/azure-rest-api-specs specification/machinelearningservices stable folders; '
        'plus Az PowerShell registry - Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs 2021-07-01; spec; the Azure CLI test test_private_endpoint_connection_aml is '
        '@live_only (Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        'nds.py), so no recording'
    ),
    'connections_listing': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices'
        '/stable/2024-10-01/examples/PrivateEndpointConnection/list.json — '
        'PrivateEndpointConnections_List; Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI=true'
    ),
    'list_paged': ('our inference: the ML PrivateEndpointConnectionListResult has no nextLink in older ' 'versions'),
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices'
        '/stable/2024-10-01/examples/PrivateEndpointConnection/createOrUpdate.json'
    ),
    'get_missing': missing_is_404(
        'machinelearningservices/resource-manager/Microsoft.MachineLearningServices/stable/2024-04-01/machine'
        'LearningServices.json PrivateEndpointConnections_Get'
    ),
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices'
        '/stable/2024-10-01/examples/PrivateEndpointConnection/createOrUpdate.json (only 200; '
        'not a long-running operation)'
    ),
    'put_settle_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded ' 'services'
    ),
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices'
        '/stable/2024-10-01/examples/PrivateEndpointConnection/delete.json (200, 204); the Azure '
        'CLI live test sleeps 30 s after a delete before re-listing (Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        'nds.py), hinting the removal is not instant'
    ),
    'actions_field': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices'
        '/stable/2024-10-01/examples/PrivateEndpointConnection/createOrUpdate.json '
        '(actionsRequired: "None")'
    ),
    'statuses': (
        "our inference: ML's PrivateEndpointServiceConnectionStatus enum includes Timeout " 'besides the usual four'
    ),
    'transitional_statuses': no_transitional(
        'machinelearningservices/resource-manager/Microsoft.MachineLearningServices/stable/2024-04-01/machine'
        'LearningServices.json status enum (Pending, Approved, Rejected, Disconnected, Timeout)'
    ),
    'provisioning_states': 'our inference: ML PrivateEndpointConnectionProvisioningState; example shows Succeeded',
    'refused_transitions': 'our inference: nothing documented',
    'busy_codes': 'our inference: ARM-wide busy code',
    'group_ids': (
        'our inference: from Azure CLI test code (not a recording): Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        'nds.py (test_private_endpoint_connection_aml creates the endpoint with --group-id '
        'amlworkspace)'
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices'
        '/stable/2024-10-01/examples/PrivateEndpointConnection/createOrUpdate.json'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/machinelearningservices/resource-manager/Microsoft.MachineLearningServices'
        '/stable/2024-10-01/examples/PrivateEndpointConnection/createOrUpdate.json'
    ),
    'realistic_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded '
        'services; the delete: our inference (the same span)'
    ),
    'connection_naming': 'research notes: names start with the workspace name',
    'notes': (
        'Synchronous PUT/DELETE per spec. Per the Azure CLI test comment, connection names start '
        'with the workspace name. ML managed-network outbound rules create managed private '
        "endpoints whose connections arrive Pending on TARGET resources. Status may be 'Timeout'."
    ),
    'recordings': 'none found',
}
MACHINE_LEARNING_WORKSPACE = Service(
    type='Microsoft.MachineLearningServices/workspaces',
    key='machine_learning_workspace',
    label='Azure Machine Learning workspace / AI Foundry hub',
    names=('ml_workspace', 'aml_workspace'),
    api_versions=versions(_MACHINE_LEARNING_WORKSPACE_SOURCES, ('2021-07-01',), '2024-10-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected', 'Timeout'),
    put=WriteAnswer(200, settles=False, body="none"),
    delete=WriteAnswer(200, settles=False, body="none"),
    group_ids=('amlworkspace',),
    sources=_MACHINE_LEARNING_WORKSPACE_SOURCES,
    list_paged=False,
    realistic_seconds={"update": (10.0, 30.0), "delete": (10.0, 30.0)},
    connection_naming='parent_guid',
)

ROWS = (MACHINE_LEARNING_WORKSPACE,)

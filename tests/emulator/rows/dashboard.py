"""Microsoft.Dashboard rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""
from ..row import ANY, Service, WriteAnswer


_GRAFANA_SOURCES = {'api_version': 'spec: Azure/azure-rest-api-specs '
                'specification/dashboard/resource-manager/Microsoft.Dashboard/stable/2024-10-01/grafana.json '
                '(stable folder with PrivateEndpointConnections_* examples; a newer stable may exist, not checked)',
 'api_versions_seen': 'spec; the Azure CLI test test_private_endpoint_connection_grafana exists (Azure/azure-cli '
                      'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_commands.py, '
                      'create / list / show / delete only) but the stored recording Azure/azure-cli '
                      'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_endpoint_connection_grafana.yaml '
                      'holds only extension-index redirects - no ARM traffic',
 'connections_listing': 'spec: PrivateEndpointConnections_List (Azure/azure-rest-api-specs '
                        'specification/dashboard/resource-manager/Microsoft.Dashboard/stable/2024-10-01/examples/PrivateEndpointConnections_List.json)',
 'list_paged': 'our inference: x-ms-pageable nextLink',
 'connection_segment': 'spec example: Azure/azure-rest-api-specs '
                       'specification/dashboard/resource-manager/Microsoft.Dashboard/stable/2024-10-01/examples/PrivateEndpointConnections_Approve.json',
 'get_missing': 'our inference',
 'put': 'spec example: Azure/azure-rest-api-specs '
        'specification/dashboard/resource-manager/Microsoft.Dashboard/stable/2024-10-01/examples/PrivateEndpointConnections_Approve.json '
        '(operationId PrivateEndpointConnections_Approve: 201 with Azure-AsyncOperation '
        ".../locations/{loc}/operationStatuses/{id}, body provisioningState 'Accepted'); 200 our inference",
 'put_settle_seconds': 'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded '
                       'services',
 'delete': 'spec example: Azure/azure-rest-api-specs '
           'specification/dashboard/resource-manager/Microsoft.Dashboard/stable/2024-10-01/examples/PrivateEndpointConnections_Delete.json '
           '(202 with Azure-AsyncOperation, 204)',
 'actions_field': 'spec example: Azure/azure-rest-api-specs '
                  'specification/dashboard/resource-manager/Microsoft.Dashboard/stable/2024-10-01/examples/PrivateEndpointConnections_Approve.json '
                  '(actionsRequired: "None")',
 'statuses': "our inference: Grafana's PrivateEndpointServiceConnectionStatus (common shape)",
 'transitional_statuses': 'our inference',
 'provisioning_states': "our inference: Microsoft.Dashboard ProvisioningState enum; spec example shows 'Accepted' "
                        'right after the PUT',
 'refused_transitions': 'our inference: nothing documented',
 'busy_codes': 'our inference: ARM-wide busy code',
 'group_ids': 'spec example: Azure/azure-rest-api-specs '
              'specification/dashboard/resource-manager/Microsoft.Dashboard/stable/2024-10-01/examples/PrivateEndpointConnections_Approve.json '
              '(groupIds ["grafana"]); the CLI test creates the endpoint with --group-id Gateway (Azure/azure-cli '
              'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_commands.py), '
              'which looks like a copy from the APIM test',
 'writable_fields': 'spec example: Azure/azure-rest-api-specs '
                    'specification/dashboard/resource-manager/Microsoft.Dashboard/stable/2024-10-01/examples/PrivateEndpointConnections_Approve.json',
 'put_body_shape': 'spec example: Azure/azure-rest-api-specs '
                   'specification/dashboard/resource-manager/Microsoft.Dashboard/stable/2024-10-01/examples/PrivateEndpointConnections_Approve.json',
 'realistic_seconds': 'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded '
                      'services; the delete: our inference (the same span)',
 'notes': "The PUT's operationId is PrivateEndpointConnections_Approve but it is used for reject too (status in "
          "the body). provisioningState 'Accepted' right after the write: treat Accepted as in-progress. Grafana "
          'also OWNS managed private endpoints (Microsoft.Dashboard/grafana/managedPrivateEndpoints) whose '
          'connections arrive Pending on the TARGET resources. Path parameter is called workspaceName.',
 'recordings': 'none found'}
GRAFANA = Service(
    type='Microsoft.Dashboard/grafana',
    key='grafana',
    label='Azure Managed Grafana',
    names=('managed_grafana',),
    api_versions={'2024-10-01': _GRAFANA_SOURCES['api_version']},
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(201, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('grafana',),
    sources=_GRAFANA_SOURCES,
    actions_field='actionsRequired',
    listing='collection',
    list_paged=True,
    missing_connection=404,
    busy_code='AnotherOperationInProgress',
    settling_states=((ANY, 'Accepted'),),
    realistic_seconds={"update": (10.0, 30.0), "delete": (10.0, 30.0)},
)

ROWS = (GRAFANA,)

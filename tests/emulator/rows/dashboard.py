"""Microsoft.Dashboard rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import ANY, missing_is_404, no_transitional, Service, versions, WriteAnswer

_GRAFANA_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/dashboard/resource-manager/Microsoft.Dashboard/stable/2024-10-01/grafana.j'
        'son; recording: Azure/azure-cli-extensions '
        'src/amg/azext_amg/tests/latest/recordings/test_amg_private_endpoint.yaml (Apr 2025, '
        'api-version 2023-09-01): the api-supported-versions response header lists '
        '2022-05-01-preview, 2022-08-01, 2022-10-01-preview, 2023-09-01, 2023-10-01-preview, '
        '2024-10-01, 2024-11-01-preview, 2025-01-01-preview, 2025-02-01-preview -> 2024-10-01 is '
        'the newest stable'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli-extensions '
        'src/amg/azext_amg/tests/latest/recordings/test_amg_private_endpoint.yaml (Apr 2025, '
        'api-version 2023-09-01 - list/show/update(reject)/delete of a Grafana connection); '
        '2024-10-01 spec. The azure-cli network recording '
        'test_private_endpoint_connection_grafana.yaml holds no ARM traffic'
    ),
    'connections_listing': (
        'recording: Azure/azure-cli-extensions '
        'src/amg/azext_amg/tests/latest/recordings/test_amg_private_endpoint.yaml (Apr 2025, '
        'api-version 2023-09-01: GET .../grafana/{name}/privateEndpointConnections returned '
        '{"value":[...]} 200); spec PrivateEndpointConnections_List'
    ),
    'list_paged': 'spec: x-ms-pageable nextLink (recorded list had a single page, no nextLink key)',
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/dashboard/resource-manager/Microsoft.Dashboard/stable/2024-10-01/examples/'
        'PrivateEndpointConnections_Approve.json'
    ),
    'get_missing': missing_is_404(
        'dashboard/resource-manager/Microsoft.Dashboard/stable/2023-09-01/grafana.json '
        'PrivateEndpointConnections_Get'
    ),
    'put': (
        'recording: Azure/azure-cli-extensions '
        'src/amg/azext_amg/tests/latest/recordings/test_amg_private_endpoint.yaml (Apr 2025, '
        'api-version 2023-09-01: PUT returned 201 Created with Azure-AsyncOperation AND Location '
        '(both .../locations/WESTCENTRALUS/operationStatuses/{id}), etag header, body showing '
        "the OLD status (Approved) with provisioningState 'Accepted'; operation status "
        "'Accepted' then 'Succeeded'); spec example PrivateEndpointConnections_Approve 201; 200 "
        'our inference'
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli-extensions '
        'src/amg/azext_amg/tests/latest/recordings/test_amg_private_endpoint.yaml (Apr 2025, '
        'api-version 2023-09-01: reject PUT at 20:44:46, operation startTime 20:44:46.79 endTime '
        "20:44:53.41 (~7 s); the CLI's next poll was 30 s later at 20:45:16 - upper bound our "
        'inference)'
    ),
    'delete': (
        'recording: Azure/azure-cli-extensions '
        'src/amg/azext_amg/tests/latest/recordings/test_amg_private_endpoint.yaml (Apr 2025, '
        'api-version 2023-09-01: DELETE 202 with Azure-AsyncOperation + Location, operation '
        'status \'Deleting\' then \'Succeeded\' in ~7 s, then list {"value":[]}); spec example 204'
    ),
    'actions_field': (
        'recording: Azure/azure-cli-extensions '
        'src/amg/azext_amg/tests/latest/recordings/test_amg_private_endpoint.yaml (Apr 2025, '
        'api-version 2023-09-01: GET shows privateLinkServiceConnectionState {status, '
        'description, actionsRequired: null}; the list response omits actionsRequired entirely); '
        "spec example actionsRequired 'None'"
    ),
    'statuses': "our inference: Grafana's PrivateEndpointServiceConnectionStatus (common shape)",
    'transitional_statuses': no_transitional(
        'dashboard/resource-manager/Microsoft.Dashboard/stable/2023-09-01/grafana.json status enum (Pending, '
        'Approved, Rejected)'
    ),
    'provisioning_states': (
        'our inference: Microsoft.Dashboard ProvisioningState enum; spec example shows '
        "'Accepted' right after the PUT"
    ),
    'refused_transitions': 'our inference: nothing documented',
    'busy_codes': 'our inference: ARM-wide busy code',
    'group_ids': (
        'recording: Azure/azure-cli-extensions '
        'src/amg/azext_amg/tests/latest/recordings/test_amg_private_endpoint.yaml (Apr 2025, '
        "api-version 2023-09-01: endpoint created with groupIds ['grafana'], connection groupIds "
        "['grafana'], auto-approved description 'Auto-Approved'); spec example"
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/dashboard/resource-manager/Microsoft.Dashboard/stable/2024-10-01/examples/'
        'PrivateEndpointConnections_Approve.json'
    ),
    'put_body_shape': (
        'recording: Azure/azure-cli-extensions '
        'src/amg/azext_amg/tests/latest/recordings/test_amg_private_endpoint.yaml (Apr 2025, '
        'api-version 2023-09-01: the CLI sent {"properties": {"groupIds": ["grafana"], '
        '"privateEndpoint": {}, "privateLinkServiceConnectionState": {"description": ..., '
        '"status": "Rejected"}}} and it was accepted; whether groupIds/privateEndpoint are '
        "REQUIRED is unverified - our inference: sending the GET's groupIds back is harmless); "
        'spec example'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli-extensions '
        'src/amg/azext_amg/tests/latest/recordings/test_amg_private_endpoint.yaml (Apr 2025, '
        'api-version 2023-09-01: reject PUT at 20:44:46, operation startTime 20:44:46.79 endTime '
        "20:44:53.41 (~7 s); the CLI's next poll was 30 s later at 20:45:16 - upper bound our "
        'inference); the delete: our inference (the same span)'
    ),
    'notes': (
        "The PUT's operationId is PrivateEndpointConnections_Approve but it is used for reject "
        "too (status in the body). provisioningState 'Accepted' right after the write: treat "
        'Accepted as in-progress. Grafana also OWNS managed private endpoints '
        '(Microsoft.Dashboard/grafana/managedPrivateEndpoints) whose connections arrive Pending '
        'on the TARGET resources. Path parameter is called workspaceName. Recorded (2025): '
        "connection name equals the private endpoint's privateLinkServiceConnection name "
        "(clitestconn000008), not a generated one; an auto-approved connection's description is "
        "'Auto-Approved'; the write's immediate body still shows the OLD status with "
        "provisioningState 'Accepted', so judge completion by the operation / by re-GET, not by "
        'the PUT body.'
    ),
    'recordings': (
        'Azure/azure-cli-extensions ' 'src/amg/azext_amg/tests/latest/recordings/test_amg_private_endpoint.yaml'
    ),
}
GRAFANA = Service(
    type='Microsoft.Dashboard/grafana',
    key='grafana',
    label='Azure Managed Grafana',
    names=('managed_grafana',),
    api_versions=versions(_GRAFANA_SOURCES, ('2023-09-01',), '2024-10-01'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(201, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('grafana',),
    sources=_GRAFANA_SOURCES,
    settling_states=((ANY, 'Accepted'),),
    realistic_seconds={"update": (7.0, 30.0), "delete": (7.0, 30.0)},
)

ROWS = (GRAFANA,)

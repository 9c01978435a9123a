"""Microsoft.Kusto rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import ANY, CANNOT_CHANGE, Refusal, Service, WriteAnswer, versions

_KUSTO_CLUSTER_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/azure-kusto/resource-manager/Microsoft.Kusto/stable/2024-04-13/kusto.json '
        '(newest stable folder of Microsoft.Kusto; PEC operations present since 2021-08-27)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_kusto_cluster.yaml (Aug 2024, Azure CLI 2.63 sends 2021-08-27); '
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        "ctions/custom.py (register_providers) registers 'Microsoft.Kusto/clusters', '2021-08-27'"
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_kusto_cluster.yaml (GET .../clusters/{name}/privateEndpointConnections '
        'answered 200 {value:[...]} with full objects)'
    ),
    'list_paged': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_kusto_cluster.yaml (list answer has no nextLink); our inference: the '
        'Kusto list is a single page'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_kusto_cluster.yaml (the PUT answer spells it '
        "'PrivateEndpointConnections' in the id: compare case-insensitively)"
    ),
    'get_missing': 'our inference: ARM proxy resource, not recorded',
    'put': 'recording: the PUT answer is an operation wrapper, provisioningState Accepted',
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_kusto_cluster.yaml (reject PUT 10:06:02; GET at +15 s and +26 s still '
        'showed the OLD status Approved, GET at +38 s showed Rejected)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_kusto_cluster.yaml (DELETE answered 202, empty body, '
        'azure-asyncoperation .../operationResults/{op} and location '
        '.../operationResults/{op}?operationResultResponseType=Location); 200/204: our inference'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_kusto_cluster.yaml ("actionsRequired":"None")'
    ),
    'statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_kusto_cluster.yaml (Approved, Rejected); Pending/Disconnected: our '
        'inference (common private link model)'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_kusto_cluster.yaml (no transitional status: the GET simply keeps the '
        'old status until the operation completes)'
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_kusto_cluster.yaml (connection GETs show Succeeded throughout, the PUT '
        'envelope shows Accepted); others: our inference'
    ),
    'refused_transitions': (
        'our inference: no recorded refusal; Approved->Approved (auto-approved, approve again '
        'with a description) answered 200 and Approved->Rejected accepted (Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_kusto_cluster.yaml)'
    ),
    'busy_codes': 'our inference: Kusto clusters run one management operation at a time',
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        "point_connection_kusto_cluster.yaml (connection property groupId 'cluster' — SINGULAR "
        'string field, like Search; PE side groupIds ["cluster"])'
    ),
    'writable_fields': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_kusto_cluster.yaml (the Azure CLI sent the whole GET body incl. '
        "actionsRequired 'None' and it was accepted); actionsRequired read-only: our inference"
    ),
    'put_body_shape': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_kusto_cluster.yaml'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_kusto_cluster.yaml (reject PUT 10:06:02; GET at +15 s and +26 s still '
        'showed the OLD status Approved, GET at +38 s showed Rejected); the delete: our '
        'inference (the same span)'
    ),
    'settling_view': 'recording: GETs keep the OLD status with Succeeded for ~25-40 s',
    'group_ids_field': 'recording: properties.groupId (a string)',
    'notes': (
        'STALE READS after a write: for ~25-40 s after the PUT the connection GET keeps showing '
        "the OLD status with provisioningState 'Succeeded' (no Updating, no transitional status) "
        '— a client that re-reads immediately will think nothing changed and may write again. '
        'Wait on the Azure-AsyncOperation, or poll until the status equals the target. The PUT '
        "answer is a wrapper: top-level name '<cluster>/<connection>', the real connection "
        "nested under properties, and properties.provisioningState 'Accepted' — do not parse it "
        'as a connection. After approve-on-Approved the description did not change on the next '
        'GET (16 s later), so the write may be a silent no-op. The group id is in '
        'properties.groupId (string).'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_kusto_cluster.yaml'
    ),
}
KUSTO_CLUSTER = Service(
    type='Microsoft.Kusto/clusters',
    key='kusto_cluster',
    label='Data Explorer (Kusto) cluster',
    names=('kusto', 'data_explorer', 'adx'),
    api_versions=versions(_KUSTO_CLUSTER_SOURCES, ('2021-08-27',), '2024-04-13'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=True, body="wrapper", headers=("Azure-AsyncOperation",)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('cluster',),
    sources=_KUSTO_CLUSTER_SOURCES,
    list_paged=False,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    settling_states=((ANY, 'Accepted'),),
    realistic_seconds={"update": (25.0, 45.0), "delete": (25.0, 45.0)},
    settling_view='old',
    group_ids_field='groupId',
)

ROWS = (KUSTO_CLUSTER,)

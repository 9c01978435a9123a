"""Microsoft.DocumentDB rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import Refusal, Service, WriteAnswer, versions

_COSMOSDB_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/cosmos-db/resource-manager/Microsoft.DocumentDB/stable/2025-10-15/privateE'
        'ndpointConnection.json (PrivateEndpointConnections_* live in this file of the newest '
        'stable folder, not in cosmos-db.json); doc: '
        'https://learn.microsoft.com/en-us/rest/api/cosmos-db-resource-provider/private-endpoint-'
        'connections/create-or-update'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_cosmosdb.yaml (2019-08-01-preview, parent 2020-03-01) and '
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/cosmosdb/tests/latest/recordings/test_cosmosdb_p'
        'rivate_endpoint.yaml (2022-02-15-preview); Pulumi azure-native uses 2025-04-15; REST '
        'reference 2025-10-15'
    ),
    'connections_listing': (
        'spec: Azure/azure-rest-api-specs '
        'specification/cosmos-db/resource-manager/Microsoft.DocumentDB/stable/2025-10-15/privateE'
        'ndpointConnection.json PrivateEndpointConnections_ListByDatabaseAccount (GET '
        '.../databaseAccounts/{accountName}/privateEndpointConnections); NOTE Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py registers Cosmos with support_list_or_not=False and the recording read '
        'the parent account (properties.privateEndpointConnections) instead'
    ),
    'list_paged': (
        'spec: Azure/azure-rest-api-specs '
        'specification/cosmos-db/resource-manager/Microsoft.DocumentDB/stable/2025-10-15/privateE'
        'ndpointConnection.json x-ms-pageable nextLinkName null (single page); list result has '
        'only value'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_cosmosdb.yaml'
    ),
    'get_missing': 'our inference: spec declares 200 + default error',
    'put': 'recording: PUT 202 {"status": "Enqueued"}',
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_cosmosdb.yaml (approve visible 15-30 s after the PUT, reject after ~76 '
        's, Dec 2020); recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/cosmosdb/tests/latest/recordings/test_cosmosdb_p'
        'rivate_endpoint.yaml (reject operation Succeeded 61 s after the PUT, June 2022)'
    ),
    'delete': 'recording: DELETE 202 {"status": "Enqueued"}',
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_cosmosdb.yaml (actionsRequired: "None")'
    ),
    'statuses': (
        'our inference: Cosmos PrivateLinkServiceConnectionStateProperty.status is a free string '
        'without enum (spec: Azure/azure-rest-api-specs '
        'specification/cosmos-db/resource-manager/Microsoft.DocumentDB/stable/2025-10-15/privateE'
        'ndpointConnection.json); Approved/Rejected recorded; Pending for manual requests; '
        'Disconnected per Private Link docs'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_cosmosdb.yaml'
    ),
    'provisioning_states': (
        "our inference: Cosmos' provisioningState is a free string; recording shows only "
        'Succeeded, even while a write was queued'
    ),
    'refused_transitions': (
        'doc: MicrosoftDocs/azure-docs PR #86823 (Cosmos DB \'current limitations\': "(BadRequest) '
        'Approving rejected private endpoint connections is not supported. ActivityId: ..., '
        'Microsoft.Azure.Documents.Common/2.14.0"; the portal keeps the update pending instead); '
        'general Private Link rule: MicrosoftDocs/azure-docs #115121'
    ),
    'busy_codes': (
        'our inference: ARM-wide busy code; hashicorp/terraform-provider-azurerm #14364 reports '
        'concurrent private-endpoint writes against one Cosmos account failing with '
        'InternalServerError, so writes on one account must be serialized'
    ),
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_cosmosdb.yaml (groupId "Sql"); the other API kinds\' sub-resources per '
        'doc: https://learn.microsoft.com/azure/cosmos-db/how-to-configure-private-endpoints - '
        'our inference for the table'
    ),
    'writable_fields': (
        'doc: '
        'https://learn.microsoft.com/en-us/rest/api/cosmos-db-resource-provider/private-endpoint-'
        'connections/create-or-update (PrivateLinkServiceConnectionStateProperty: status, '
        'description; actionsRequired read-only)'
    ),
    'put_body_shape': (
        'doc: '
        'https://learn.microsoft.com/en-us/rest/api/cosmos-db-resource-provider/private-endpoint-'
        'connections/create-or-update; recording: the CLI echoed name, type, id, '
        'provisioningState, groupId, privateEndpoint and it was accepted'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_cosmosdb.yaml (approve visible 15-30 s after the PUT, reject after ~76 '
        's, Dec 2020); recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/cosmosdb/tests/latest/recordings/test_cosmosdb_p'
        'rivate_endpoint.yaml (reject operation Succeeded 61 s after the PUT, June 2022); the '
        'delete: our inference (the same span)'
    ),
    'settling_view': 'recording: GETs keep the OLD state, Succeeded, for 15-76 s',
    'group_ids_field': 'recording: properties.groupId, a single string',
    'connection_naming': "recording: the connection's name is the private endpoint's name",
    'auto_approval_description': 'recording: an auto-approved connection has no description key',
    'omits_unwritten_description': 'recording: an auto-approved connection has no description key',
    'embeds_full_connections': 'recording: parent GET items carry only id and properties',
    'notes': (
        'Cosmos queues connection writes: PUT and DELETE answer 202 {"status":"Enqueued"} and a '
        'GET keeps returning the OLD state with provisioningState Succeeded for 15-76 s (stale '
        'read that looks final) - poll the Azure-AsyncOperation URL. The connection carries '
        'properties.groupId (a single string, not groupIds[]). The connection name equals the '
        "private endpoint's name. Parent GET items carry only id and properties. An "
        'auto-approved connection has no description key. The async operation status passes '
        "through non-ARM values 'Enqueued' and 'Dequeued' before 'Succeeded' (treat any "
        'non-terminal value as in progress). The Azure CLI cosmosdb module sends a PUT body '
        'without actionsRequired and with groupId/provisioningState echoed; accepted.'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_cosmosdb.yaml; Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/cosmosdb/tests/latest/recordings/test_cosmosdb_p'
        'rivate_endpoint.yaml'
    ),
}
COSMOSDB = Service(
    type='Microsoft.DocumentDB/databaseAccounts',
    key='cosmosdb',
    label='Cosmos DB account',
    names=('cosmos_db', 'cosmosdb_account', 'database_account'),
    api_versions=versions(
        _COSMOSDB_SOURCES, ('2019-08-01-preview', '2020-03-01', '2022-02-15-preview', '2025-04-15'), '2025-10-15'
    ),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(202, settles=True, body="queued", headers=("Azure-AsyncOperation",)),
    delete=WriteAnswer(202, settles=True, body="queued", headers=("Azure-AsyncOperation",)),
    group_ids=('Sql', 'MongoDB', 'Cassandra', 'Gremlin', 'Table', 'Analytical', 'SqlDedicated'),
    sources=_COSMOSDB_SOURCES,
    list_paged=False,
    refusals=(
        Refusal(
            'Rejected',
            'Approved',
            400,
            'BadRequest',
            'Approving rejected private endpoint connections is not supported.',
        ),
    ),
    realistic_seconds={"update": (15.0, 76.0), "delete": (15.0, 76.0)},
    settling_view='old',
    group_ids_field='groupId',
    connection_naming='endpoint',
    auto_approval_description=None,
    omits_unwritten_description=True,
    embeds_full_connections=False,
)

_MONGO_CLUSTER_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/mongocluster/resource-manager/Microsoft.DocumentDB/MongoCluster/stable/202'
        '5-09-01/mongoCluster.json (stable; PEC list example Azure/azure-rest-api-specs '
        'specification/mongocluster/resource-manager/Microsoft.DocumentDB/MongoCluster/stable/202'
        '5-09-01/examples/MongoClusters_PrivateEndpointConnectionList.json). A newer stable '
        'Azure/azure-rest-api-specs '
        'specification/mongocluster/resource-manager/Microsoft.DocumentDB/MongoCluster/stable/202'
        '6-06-01/mongoCluster.json also has the PEC operations; 2024-07-01 is the first stable'
    ),
    'api_versions_seen': (
        'spec: stable folders Azure/azure-rest-api-specs '
        'specification/mongocluster/resource-manager/Microsoft.DocumentDB/MongoCluster/stable/202'
        '4-07-01, Azure/azure-rest-api-specs '
        'specification/mongocluster/resource-manager/Microsoft.DocumentDB/MongoCluster/stable/202'
        '5-09-01, Azure/azure-rest-api-specs '
        'specification/mongocluster/resource-manager/Microsoft.DocumentDB/MongoCluster/stable/202'
        '6-06-01 (each with mongoCluster.json and PEC examples); no recording found in '
        'Azure/azure-cli'
    ),
    'connections_listing': (
        'spec: Azure/azure-rest-api-specs specification/mongocluster (TypeSpec '
        'PrivateEndpointConnections interface: '
        'ProxyResource<PrivateEndpointConnectionProperties> parented by MongoCluster, '
        'listConnections is ArmResourceListByParent); spec example: Azure/azure-rest-api-specs '
        'specification/mongocluster/resource-manager/Microsoft.DocumentDB/MongoCluster/examples/2'
        '024-07-01/MongoClusters_PrivateEndpointConnectionList.json'
    ),
    'list_paged': 'our inference: TypeSpec ArmResourceListByParent is x-ms-pageable with nextLink',
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/mongocluster/resource-manager/Microsoft.DocumentDB/MongoCluster/examples/2'
        '025-07-01-preview/MongoClusters_PrivateEndpointConnectionPut.json'
    ),
    'get_missing': 'our inference: TypeSpec ARM read operations declare 200 + default ErrorResponse',
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/mongocluster/resource-manager/Microsoft.DocumentDB/MongoCluster/stable/202'
        '4-07-01/examples/MongoClusters_PrivateEndpointConnectionPut.json (stable; operationId '
        'PrivateEndpointConnections_Create; 200/201 with the connection, 202 with Location '
        '.../mongoClusterOperationResults/{id} and Azure-AsyncOperation '
        '.../mongoClusterAzureAsyncOperation/{id})'
    ),
    'put_settle_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded ' 'services'
    ),
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/mongocluster/resource-manager/Microsoft.DocumentDB/MongoCluster/stable/202'
        '6-06-01/examples/MongoClusters_PrivateEndpointConnectionDelete.json (202 with Location '
        'AND Azure-AsyncOperation headers, 204)'
    ),
    'actions_field': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/mongocluster/resource-manager/Microsoft.DocumentDB/MongoCluster/examples/2'
        '025-07-01-preview/MongoClusters_PrivateEndpointConnectionPut.json (actionsRequired: '
        '"None")'
    ),
    'statuses': (
        'our inference: TypeSpec Azure.ResourceManager PrivateEndpointServiceConnectionStatus '
        '(common-types v5 shape, spec: Azure/azure-rest-api-specs '
        'specification/common-types/resource-management/v5/privatelinks.json)'
    ),
    'transitional_statuses': 'our inference: none in the common enum',
    'provisioning_states': (
        'our inference: common-types v5 PrivateEndpointConnectionProvisioningState; spec example ' 'shows Succeeded'
    ),
    'refused_transitions': (
        'our inference: nothing documented for mongoClusters (the Cosmos DB accounts refusal of '
        'Rejected -> Approved is a different resource provider surface; treat as unknown)'
    ),
    'busy_codes': 'our inference: ARM-wide busy code',
    'group_ids': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/mongocluster/resource-manager/Microsoft.DocumentDB/MongoCluster/examples/2'
        '025-07-01-preview/MongoClusters_PrivateEndpointConnectionPut.json (groupIds '
        '["MongoCluster"])'
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/mongocluster/resource-manager/Microsoft.DocumentDB/MongoCluster/examples/2'
        '025-07-01-preview/MongoClusters_PrivateEndpointConnectionPut.json'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/mongocluster/resource-manager/Microsoft.DocumentDB/MongoCluster/examples/2'
        '025-07-01-preview/MongoClusters_PrivateEndpointConnectionPut.json'
    ),
    'realistic_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded '
        'services; the delete: our inference (the same span)'
    ),
    'connection_naming': "spec example: 'pecTest.5d393f64-...'",
    'notes': (
        'No real traffic found: every fact is from the spec examples or TypeSpec templates. '
        "Connection names are <endpoint>.<guid> (example 'pecTest.5d393f64-...'). The spec "
        "example's request description 'Auto-Approved' comes back as 'Approved by admin' in the "
        'example response (example noise). Azure CLI has no --type registration for this type in '
        'the registry we read; it is in the azure-cli test list per the issue but the recording '
        'was not found in the index.'
    ),
    'recordings': 'none found',
}
MONGO_CLUSTER = Service(
    type='Microsoft.DocumentDB/mongoClusters',
    key='mongo_cluster',
    label='Azure Cosmos DB for MongoDB (vCore) cluster',
    names=('mongocluster', 'cosmosdb_mongo_cluster'),
    api_versions=versions(_MONGO_CLUSTER_SOURCES, ('2024-07-01', '2026-06-01'), '2025-09-01'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Location',)),
    group_ids=('MongoCluster',),
    sources=_MONGO_CLUSTER_SOURCES,
    realistic_seconds={"update": (10.0, 30.0), "delete": (10.0, 30.0)},
    connection_naming='endpoint_guid',
)

ROWS = (
    COSMOSDB,
    MONGO_CLUSTER,
)

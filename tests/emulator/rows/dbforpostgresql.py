"""Microsoft.DBforPostgreSQL rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    BUSY_SINGLE_SERVER, missing_is_404, no_transitional, ONLY_PENDING_CHANGES, Refusal, Service,
    SQL_FAMILY_STATES, versions, WriteAnswer)

_POSTGRESQL_FLEXIBLE_SERVER_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/stable/2025-08-01/Pr'
        'ivateEndpointConnections.json (newest stable folder with '
        'PrivateEndpointConnection_Update/Delete and PrivateEndpointConnections_Get/ListByServer)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/test_postgres'
        '_flexible_server_private_endpoint_mgmt.yaml (April 2026, Azure CLI 2.85 sends '
        '2026-01-01-preview for every call)'
    ),
    'connections_listing': (
        'spec: Azure/azure-rest-api-specs '
        'specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/stable/2025-08-01/Pr'
        'ivateEndpointConnections.json PrivateEndpointConnections_ListByServer; recording: '
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/test_postgres'
        "_flexible_server_private_endpoint_mgmt.yaml ('postgres flexible-server "
        "private-endpoint-connection list' and the server GET "
        'properties.privateEndpointConnections both carry them)'
    ),
    'list_paged': (
        'spec: Azure/azure-rest-api-specs '
        'specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/stable/2025-08-01/Pr'
        'ivateEndpointConnections.json x-ms-pageable nextLinkName nextLink'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/test_postgres'
        '_flexible_server_private_endpoint_mgmt.yaml'
    ),
    'get_missing': 'our inference: spec GET lists only 200 + default ErrorResponse',
    'put': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/test_postgres'
        '_flexible_server_private_endpoint_mgmt.yaml (approve/reject PUT answered 202 Accepted '
        'with body '
        '{"operation":"UpsertPrivateEndpointConnectionManagementOperation","startTime":...}, '
        'headers azure-asyncoperation '
        '.../providers/Microsoft.DBforPostgreSQL/locations/{loc}/azureAsyncOperation/{op} and '
        'location .../operationResults/{op}); spec: Azure/azure-rest-api-specs '
        'specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/stable/2025-08-01/Pr'
        'ivateEndpointConnections.json PUT 200/201/202 (Location), x-ms-long-running-operation '
        'true'
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/test_postgres'
        '_flexible_server_private_endpoint_mgmt.yaml (reject PUT 21:39:34; operation InProgress '
        'at 21:39:35, Succeeded at the next poll 21:40:35 — the poller waited 60 s, so the true '
        'time is between 1 and 60 s)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/test_postgres'
        '_flexible_server_private_endpoint_mgmt.yaml (DELETE answered 202 body '
        '{"operation":"DropPrivateEndpointConnectionManagementOperation"}, azure-asyncoperation '
        '+ location; operation Succeeded ~60 s later at the next poll); spec: '
        'Azure/azure-rest-api-specs '
        'specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/stable/2025-08-01/Pr'
        'ivateEndpointConnections.json DELETE 202 (Location) / 204 (does not exist), '
        'final-state-via azure-async-operation'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/test_postgres'
        '_flexible_server_private_endpoint_mgmt.yaml ("actionsRequired":"None"); spec: '
        'Azure/azure-rest-api-specs '
        'specification/common-types/resource-management/v5/privatelinks.json '
        'PrivateLinkServiceConnectionState.actionsRequired (string)'
    ),
    'statuses': (
        'spec: Azure/azure-rest-api-specs '
        'specification/common-types/resource-management/v5/privatelinks.json '
        'PrivateEndpointServiceConnectionStatus enum; recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/test_postgres'
        '_flexible_server_private_endpoint_mgmt.yaml shows all three'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/test_postgres'
        '_flexible_server_private_endpoint_mgmt.yaml (the connection GET after the operation '
        'shows the final status; no transitional status seen)'
    ),
    'provisioning_states': (
        'spec: Azure/azure-rest-api-specs '
        'specification/common-types/resource-management/v5/privatelinks.json '
        'PrivateEndpointConnectionProvisioningState enum; recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/test_postgres'
        '_flexible_server_private_endpoint_mgmt.yaml shows Succeeded'
    ),
    'refused_transitions': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/test_postgres'
        '_flexible_server_private_endpoint_mgmt.yaml (approve on a Rejected connection: PUT 202, '
        'async operation Failed/InternalServerError); Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/test_postgres_flexible_c'
        'ommands_private_endpoints.py (FlexibleServerPrivateEndpointsMgmtScenarioTest) runs it '
        'with expect_failure=True; Approved->Approved (approve an auto-approved connection) and '
        'Approved->Rejected recorded as accepted'
    ),
    'busy_codes': (
        'our inference: flexible servers serialize management operations per server; not ' 'documented for connections'
    ),
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/test_postgres'
        '_flexible_server_private_endpoint_mgmt.yaml (privateLinkResources groupId '
        '\'postgresqlServer\'; connection groupIds ["postgresqlServer"])'
    ),
    'writable_fields': (
        'spec: Azure/azure-rest-api-specs '
        'specification/common-types/resource-management/v5/privatelinks.json '
        'PrivateLinkServiceConnectionState {status, description, actionsRequired}; '
        'PrivateEndpointConnectionProperties requires privateLinkServiceConnectionState'
    ),
    'put_body_shape': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/test_postgres'
        '_flexible_server_private_endpoint_mgmt.yaml (the Azure CLI sent {"properties": '
        '{"privateEndpoint": {}, "privateLinkServiceConnectionState": {"status": ..., '
        '"description": ...}}} and it was accepted); spec: Azure/azure-rest-api-specs '
        'specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/stable/2025-08-01/Pr'
        'ivateEndpointConnections.json'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/test_postgres'
        '_flexible_server_private_endpoint_mgmt.yaml (reject PUT 21:39:34; operation InProgress '
        'at 21:39:35, Succeeded at the next poll 21:40:35 — the poller waited 60 s, so the true '
        'time is between 1 and 60 s); the delete: our inference (the same span)'
    ),
    'status_url': (
        'recording: '
        '.../providers/Microsoft.DBforPostgreSQL/locations/{location}/azureAsyncOperation/{id} '
        '(the resource group part: our inference)'
    ),
    'connection_naming': "recording: '<private-endpoint-name>.<guid>'",
    'notes': (
        'The refusal of Rejected -> Approved does NOT come as a 4xx on the PUT: the PUT is '
        "accepted (202) and only the async operation ends 'Failed' with a generic "
        'InternalServerError. A client must poll the Azure-AsyncOperation (or re-read the '
        'connection) and treat Failed + status still Rejected as the refusal, with a clear '
        "sentence rather than the service's 'unexpected error'. Only servers with public access "
        '(not VNet-injected) support private endpoints. Connection names are '
        "'<private-endpoint-name>.<guid>'. The async operation URL lives under "
        '/providers/Microsoft.DBforPostgreSQL/locations/{location}/azureAsyncOperation/{id}. The '
        "Azure CLI's recorded poll interval was 60 s (likely a Retry-After)."
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/test_postgres'
        '_flexible_server_private_endpoint_mgmt.yaml'
    ),
}
POSTGRESQL_FLEXIBLE_SERVER = Service(
    type='Microsoft.DBforPostgreSQL/flexibleServers',
    key='postgresql_flexible_server',
    label='PostgreSQL flexible server',
    names=('postgres_flexible', 'pg_flexible', 'postgresql'),
    api_versions=versions(_POSTGRESQL_FLEXIBLE_SERVER_SOURCES, ('2026-01-01-preview',), '2025-08-01'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('postgresqlServer',),
    sources=_POSTGRESQL_FLEXIBLE_SERVER_SOURCES,
    refusals=(
        Refusal(
            'Rejected',
            'Approved',
            400,
            "InternalServerError",
            "An unexpected error occured while processing the request.",
            after_accept=True,
        ),
    ),
    realistic_seconds={"update": (1.0, 60.0), "delete": (1.0, 60.0)},
    status_url='{provider}/locations/{location}/azureAsyncOperation/{id}',
    connection_naming='endpoint_guid',
)

_COSMOSDB_POSTGRESQL_CLUSTER_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/postgresqlhsc/resource-manager/Microsoft.DBforPostgreSQL/stable/2022-11-08'
        '/postgresqlhsc.json (the only stable folder; later versions are previews)'
    ),
    'api_versions_seen': 'spec: spec folder; no recording found in Azure/azure-cli',
    'connections_listing': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/postgresqlhsc/resource-manager/Microsoft.DBforPostgreSQL/stable/2022-11-08'
        '/examples/PrivateEndpointConnectionsListByCluster.json '
        '(PrivateEndpointConnections_ListByCluster)'
    ),
    'list_paged': 'our inference: the list example returns only value; treat nextLink if present',
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/postgresqlhsc/resource-manager/Microsoft.DBforPostgreSQL/stable/2022-11-08'
        '/examples/PrivateEndpointConnectionCreateOrUpdate.json'
    ),
    'get_missing': 'our inference: spec declares 200 + default ErrorResponse',
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/postgresqlhsc/resource-manager/Microsoft.DBforPostgreSQL/stable/2022-11-08'
        '/examples/PrivateEndpointConnectionCreateOrUpdate.json (200 with the connection; 201 '
        'with Azure-AsyncOperation .../locations/{region}/azureAsyncOperation/{id} and Location '
        ".../operationResults/{id}; both bodies show provisioningState 'Ready')"
    ),
    'put_settle_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded ' 'services'
    ),
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/postgresqlhsc/resource-manager/Microsoft.DBforPostgreSQL/stable/2022-11-08'
        '/examples/PrivateEndpointConnectionsDelete.json (202 with Azure-AsyncOperation and '
        'Location, 204)'
    ),
    'actions_field': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/postgresqlhsc/resource-manager/Microsoft.DBforPostgreSQL/stable/2022-11-08'
        '/examples/PrivateEndpointConnectionCreateOrUpdate.json (actionsRequired: "None")'
    ),
    'statuses': (
        'our inference: common-types PrivateEndpointServiceConnectionStatus (spec: '
        'Azure/azure-rest-api-specs '
        'specification/common-types/resource-management/v5/privatelinks.json)'
    ),
    'transitional_statuses': no_transitional(
        'postgresqlhsc/resource-manager/Microsoft.DBforPostgreSQL/stable/2022-11-08/postgresqlhsc.json status'
        ' enum (Pending, Approved, Rejected)'
    ),
    'provisioning_states': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/postgresqlhsc/resource-manager/Microsoft.DBforPostgreSQL/stable/2022-11-08'
        "/examples/PrivateEndpointConnectionCreateOrUpdate.json shows 'Ready' (the Postgres "
        'single-server family also reports Ready - test_private_endpoint_commands.py in '
        'Azure/azure-cli checks provisioningState Ready for Microsoft.DBforPostgreSQL/servers); '
        'the common-types values are our inference. Treat Ready as settled.'
    ),
    'refused_transitions': (
        'our inference: nothing documented for serverGroupsv2. NOTE the older '
        'Microsoft.DBforPostgreSQL/servers (single server) refuses any change of a non-Pending '
        "connection ('Private Endpoint Connection Status is not Pending', Azure/azure-cli "
        'test_private_endpoint_commands.py _test_private_endpoint_connection) - not known to '
        'apply here'
    ),
    'busy_codes': (
        'our inference: ARM-wide busy code; a cluster that is scaling/restarting is expected to ' 'refuse writes'
    ),
    'group_ids': (
        "our inference: Cosmos DB for PostgreSQL documents the 'coordinator' sub-resource (and "
        'per-node worker targets) for private endpoints; see PrivateLinkResourceListByCluster '
        'example in Azure/azure-rest-api-specs '
        'specification/postgresqlhsc/resource-manager/Microsoft.DBforPostgreSQL/stable/2022-11-08'
        '/'
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/postgresqlhsc/resource-manager/Microsoft.DBforPostgreSQL/stable/2022-11-08'
        '/examples/PrivateEndpointConnectionCreateOrUpdate.json'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/postgresqlhsc/resource-manager/Microsoft.DBforPostgreSQL/stable/2022-11-08'
        '/examples/PrivateEndpointConnectionCreateOrUpdate.json'
    ),
    'realistic_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded '
        'services; the delete: our inference (the same span)'
    ),
    'succeeded_state': "spec examples: provisioningState 'Ready'",
    'notes': (
        "No real traffic found. provisioningState 'Ready' (not 'Succeeded') in the spec "
        "examples: an engine waiting for 'Succeeded' must also accept 'Ready'. The path "
        'parameter is named clusterName.'
    ),
    'recordings': 'none found',
}
COSMOSDB_POSTGRESQL_CLUSTER = Service(
    type='Microsoft.DBforPostgreSQL/serverGroupsv2',
    key='cosmosdb_postgresql_cluster',
    label='Azure Cosmos DB for PostgreSQL cluster',
    names=('postgresql_cluster', 'server_group_v2'),
    api_versions=versions(_COSMOSDB_POSTGRESQL_CLUSTER_SOURCES, (), '2022-11-08'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(200, settles=False),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('coordinator',),
    sources=_COSMOSDB_POSTGRESQL_CLUSTER_SOURCES,
    list_paged=False,
    succeeded_state='Ready',
    realistic_seconds={"update": (10.0, 30.0), "delete": (10.0, 30.0)},
)

_POSTGRESQL_SINGLE_SERVER_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/postgresql/resource-manager/Microsoft.DBforPostgreSQL/stable/2018-06-01/Pr'
        'ivateEndpointConnections.json (single-server API; the only stable version with '
        'connections for this type; not re-read this session)'
    ),
    'api_versions_seen': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.DBforPostgreSQL/servers', '2018-06-01', hasConnectionsURI true"
    ),
    'connections_listing': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API) (GET .../servers/{name}/privateEndpointConnections)'
    ),
    'list_paged': 'our inference: x-ms-pageable nextLink in the 2018-06-01 single-server specs',
    'connection_segment': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API)'
    ),
    'get_missing': missing_is_404(
        'postgresql/resource-manager/Microsoft.DBforPostgreSQL/stable/2018-06-01/PrivateEndpointConnections.j'
        'son PrivateEndpointConnections_Get'
    ),
    'put': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API)'
    ),
    'put_settle_seconds': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API)'
    ),
    'delete': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API)'
    ),
    'actions_field': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API)'
    ),
    'statuses': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API)'
    ),
    'transitional_statuses': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API)'
    ),
    'provisioning_states': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API)'
    ),
    'refused_transitions': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API); same rule as Microsoft.Sql/servers '
        '(MicrosoftDocs/azure-docs #71740)'
    ),
    'busy_codes': BUSY_SINGLE_SERVER,
    'group_ids': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        "privateEndpointConnections API): our inference for 'postgresqlServer'"
    ),
    'writable_fields': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API)'
    ),
    'put_body_shape': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API)'
    ),
    'realistic_seconds': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API); the delete: our inference (the same span)'
    ),
    'settling_states': (
        'our inference: as MySQL single server (recorded); recording (MySQL single server): '
        'Approving, then Ready after 34 s'
    ),
    'deleting_state': (
        'our inference: as MySQL single server (recorded); spec: ' 'PrivateEndpointProvisioningState Dropping'
    ),
    'succeeded_state': (
        'our inference: as MySQL single server (recorded); recording (MySQL single server): a '
        'settled connection reads Ready'
    ),
    'connection_naming': (
        "our inference: as MySQL single server (recorded); research report: '<pe>-<guid>' (SQL, " 'MySQL single server)'
    ),
    'notes': (
        'Azure Database for PostgreSQL Single Server was retired on 28 Mar 2025. Connection '
        "names are '<privateEndpointName>-<guid>'. provisioningState uses Ready (not Succeeded) "
        "and Approving/Rejecting/Dropping while busy — a waiter must accept 'Ready'. Only "
        'Pending connections can be approved or rejected; anything else answers 400 '
        'PrivateEndpointConnectionStatusNotPending: check the current status first and report '
        "'changed: false' or a clear refusal."
    ),
    'recordings': 'none found',
}
POSTGRESQL_SINGLE_SERVER = Service(
    type='Microsoft.DBforPostgreSQL/servers',
    key='postgresql_single_server',
    label='Azure Database for PostgreSQL single server (retired)',
    names=('postgres_server',),
    api_versions=versions(_POSTGRESQL_SINGLE_SERVER_SOURCES, (), '2018-06-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('postgresqlServer',),
    sources=_POSTGRESQL_SINGLE_SERVER_SOURCES,
    refusals=ONLY_PENDING_CHANGES,
    busy_code='ServerBusy',
    realistic_seconds={"update": (20.0, 60.0), "delete": (20.0, 60.0)},
    **SQL_FAMILY_STATES,
    connection_naming='endpoint_dash_guid',
)

ROWS = (
    POSTGRESQL_FLEXIBLE_SERVER,
    COSMOSDB_POSTGRESQL_CLUSTER,
    POSTGRESQL_SINGLE_SERVER,
)

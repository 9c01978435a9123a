"""Microsoft.DBforMySQL rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    BUSY_SINGLE_SERVER, missing_is_404, ONLY_PENDING_CHANGES, Refusal, Service, SQL_FAMILY_STATES, versions,
    WriteAnswer)

_MYSQL_FLEXIBLE_SERVER_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/mysql/resource-manager/Microsoft.DBforMySQL/FlexibleServers/stable/2024-12'
        '-30/openapi.json (first and newest stable with '
        'PrivateEndpointConnections_CreateOrUpdate/Delete/Get/ListByServer; in stable 2023-12-30 '
        'the connections are only a read-only array inside the server, '
        'Azure/azure-rest-api-specs '
        'specification/mysql/resource-manager/Microsoft.DBforMySQL/FlexibleServers/stable/2023-12'
        '-30/FlexibleServers.json ServerProperties.privateEndpointConnections readOnly)'
    ),
    'api_versions_seen': (
        'spec: spec folders; our inference: no recorded Azure CLI traffic found for MySQL '
        'flexible server connections (the azure-cli mysql module has no private-endpoint '
        'recording)'
    ),
    'connections_listing': (
        'spec: Azure/azure-rest-api-specs '
        'specification/mysql/resource-manager/Microsoft.DBforMySQL/FlexibleServers/stable/2024-12'
        '-30/openapi.json GET .../flexibleServers/{serverName}/privateEndpointConnections '
        '(PrivateEndpointConnections_ListByServer); with api-version 2023-12-30 or older only '
        "the parent's properties.privateEndpointConnections exists"
    ),
    'list_paged': (
        'our inference: the TypeSpec-generated list result carries nextLink (x-ms-pageable), as '
        'every list in Azure/azure-rest-api-specs '
        'specification/mysql/resource-manager/Microsoft.DBforMySQL/FlexibleServers/stable/2024-12'
        '-30/openapi.json'
    ),
    'connection_segment': (
        'spec: Azure/azure-rest-api-specs '
        'specification/mysql/resource-manager/Microsoft.DBforMySQL/FlexibleServers/stable/2024-12'
        '-30/openapi.json'
    ),
    'get_missing': 'our inference: spec GET lists only 200 + default ErrorResponse',
    'put': (
        'spec: Azure/azure-rest-api-specs '
        'specification/mysql/resource-manager/Microsoft.DBforMySQL/FlexibleServers/stable/2024-12'
        '-30/openapi.json PUT PrivateEndpointConnections_CreateOrUpdate, '
        'x-ms-long-running-operation true, final-state-via azure-async-operation, 201/202 with '
        'Location and Retry-After; async header Azure-AsyncOperation: our inference from the '
        'sibling PostgreSQL flexible server recording (Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/test_postgres'
        '_flexible_server_private_endpoint_mgmt.yaml)'
    ),
    'put_settle_seconds': (
        'our inference: PostgreSQL flexible server (same Azure Database for open-source RP '
        'family) recorded the operation done within one 60 s poll'
    ),
    'delete': (
        'spec: Azure/azure-rest-api-specs '
        'specification/mysql/resource-manager/Microsoft.DBforMySQL/FlexibleServers/stable/2024-12'
        '-30/openapi.json DELETE 200 / 202 (Location, Retry-After) / 204 (does not exist), '
        'final-state-via location'
    ),
    'actions_field': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/mysql/resource-manager/Microsoft.DBforMySQL/FlexibleServers/stable/2024-12'
        '-30/examples/PrivateEndpointConnectionGet.json ("actionsRequired":"None"); spec: '
        'Azure/azure-rest-api-specs '
        'specification/common-types/resource-management/v5/privatelinks.json'
    ),
    'statuses': (
        'spec: Azure/azure-rest-api-specs '
        'specification/common-types/resource-management/v5/privatelinks.json '
        'PrivateEndpointServiceConnectionStatus enum'
    ),
    'transitional_statuses': 'our inference: none documented',
    'provisioning_states': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/mysql/resource-manager/Microsoft.DBforMySQL/FlexibleServers/stable/2024-12'
        "-30/examples/PrivateEndpointConnectionGet.json shows provisioningState 'Ready' "
        '(SQL-style, outside the common-types enum Succeeded/Creating/Deleting/Failed of '
        'Azure/azure-rest-api-specs '
        'specification/common-types/resource-management/v5/privatelinks.json): treat both Ready '
        'and Succeeded as settled'
    ),
    'refused_transitions': (
        'our inference: no MySQL recording; PostgreSQL flexible server refuses '
        'Rejected->Approved through a Failed async operation (Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/postgresql/tests/latest/recordings/test_postgres'
        '_flexible_server_private_endpoint_mgmt.yaml)'
    ),
    'busy_codes': 'our inference: flexible servers serialize management operations per server',
    'group_ids': (
        'our inference: Azure docs name the MySQL flexible server private link sub-resource '
        "'mysqlServer' (the single-server type used the same, recorded in the Azure CLI's "
        'test_mysql_private_link_scenario)'
    ),
    'writable_fields': (
        'spec: Azure/azure-rest-api-specs '
        'specification/common-types/resource-management/v5/privatelinks.json '
        'PrivateLinkServiceConnectionState'
    ),
    'put_body_shape': (
        'spec: Azure/azure-rest-api-specs '
        'specification/mysql/resource-manager/Microsoft.DBforMySQL/FlexibleServers/stable/2024-12'
        '-30/openapi.json body common-types v5 PrivateEndpointConnection'
    ),
    'realistic_seconds': (
        'our inference: PostgreSQL flexible server (same Azure Database for open-source RP '
        'family) recorded the operation done within one 60 s poll; the delete: our inference '
        '(the same span)'
    ),
    'succeeded_state': "spec example: provisioningState 'Ready'",
    'notes': (
        'Weakest evidence of the set: spec only, no recording. Api-version matters: 2023-12-30 '
        'and older stable versions expose the connections only read-only inside the server (no '
        'approve/reject operation); send 2024-12-30 or newer. The spec example names the '
        "connection type 'Microsoft.DBforMySQL/servers/privateEndpointConnections' "
        "(single-server spelling) and shows provisioningState 'Ready' — never rely on type "
        'strings, accept Ready as settled. Only servers with public access (not VNet-injected) '
        'can have private endpoints.'
    ),
    'recordings': 'none found',
}
MYSQL_FLEXIBLE_SERVER = Service(
    type='Microsoft.DBforMySQL/flexibleServers',
    key='mysql_flexible_server',
    label='MySQL flexible server',
    names=('mysql_flexible', 'mysql'),
    api_versions=versions(_MYSQL_FLEXIBLE_SERVER_SOURCES, (), '2024-12-30'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Location',)),
    group_ids=('mysqlServer',),
    sources=_MYSQL_FLEXIBLE_SERVER_SOURCES,
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
    succeeded_state='Ready',
)

_MYSQL_SINGLE_SERVER_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/mysql/resource-manager/Microsoft.DBforMySQL/stable/2018-06-01/PrivateEndpo'
        'intConnections.json (single-server API; the only stable version with connections for '
        'this type; not re-read this session)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml (Sep 2021, Azure CLI 2.28); Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.DBforMySQL/servers', '2018-06-01', hasConnectionsURI true"
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml (GET .../servers/{name}/privateEndpointConnections)'
    ),
    'list_paged': 'our inference: x-ms-pageable nextLink in the 2018-06-01 single-server specs',
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml'
    ),
    'get_missing': missing_is_404(
        'mysql/resource-manager/Microsoft.DBforMySQL/stable/2018-06-01/PrivateEndpointConnections.json '
        'PrivateEndpointConnections_Get'
    ),
    'put': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml (approve PUT answered 202 with a small body and '
        'azure-asyncoperation '
        '.../locations/{region}/privateEndpointConnectionAzureAsyncOperation/{id} + location '
        '.../privateEndpointConnectionOperationResults/{id}; GETs then showed provisioningState '
        "'Approving')"
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        "te_link_scenario.yaml (PUT 05:51:30, provisioningState 'Approving' at +11/+22 s, "
        "'Ready' at 05:52:04 = 34 s)"
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml (DELETE 202 with body '
        '{"operation":"DropElasticServerPrivateEndpointConnection","startTime":...}, '
        'azure-asyncoperation + location); 200/204: our inference'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml ("actionsRequired":"None")'
    ),
    'statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml (Pending/Approved); Rejected/Disconnected: spec enum'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml (transitions show only in provisioningState)'
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        "te_link_scenario.yaml (Approving then Ready — NOT 'Succeeded'); "
        'Dropping/Failed/Rejecting: spec enum (same as Microsoft.Sql/servers)'
    ),
    'refused_transitions': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml (reject of an Approved connection answered 400 Bad Request with '
        'that code/message at 05:52:05); same rule as Microsoft.Sql/servers '
        '(MicrosoftDocs/azure-docs #71740)'
    ),
    'busy_codes': BUSY_SINGLE_SERVER,
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        "te_link_scenario.yaml (groupIds ['mysqlServer'])"
    ),
    'writable_fields': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        "te_link_scenario.yaml (description 'You are approved!' stored)"
    ),
    'put_body_shape': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        "te_link_scenario.yaml (the Azure CLI's echoed GET body was accepted)"
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        "te_link_scenario.yaml (PUT 05:51:30, provisioningState 'Approving' at +11/+22 s, "
        "'Ready' at 05:52:04 = 34 s); the delete: our inference (the same span)"
    ),
    'settling_states': 'recording (MySQL single server): Approving, then Ready after 34 s',
    'deleting_state': 'spec: PrivateEndpointProvisioningState Dropping',
    'succeeded_state': 'recording (MySQL single server): a settled connection reads Ready',
    'connection_naming': "research report: '<pe>-<guid>' (SQL, MySQL single server)",
    'notes': (
        'Azure Database for MySQL Single Server was retired on 16 Sep 2024; few live servers '
        "remain. Connection names are '<privateEndpointName>-<guid>'. provisioningState uses "
        'Ready (not Succeeded) and Approving/Rejecting/Dropping while busy — a waiter must '
        "accept 'Ready'. Only Pending connections can be approved or rejected; anything else "
        'answers 400 PrivateEndpointConnectionStatusNotPending: check the current status first '
        "and report 'changed: false' or a clear refusal."
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml'
    ),
}
MYSQL_SINGLE_SERVER = Service(
    type='Microsoft.DBforMySQL/servers',
    key='mysql_single_server',
    label='Azure Database for MySQL single server (retired)',
    names=('mysql_server',),
    api_versions=versions(_MYSQL_SINGLE_SERVER_SOURCES, (), '2018-06-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('mysqlServer',),
    sources=_MYSQL_SINGLE_SERVER_SOURCES,
    refusals=ONLY_PENDING_CHANGES,
    busy_code='ServerBusy',
    realistic_seconds={"update": (20.0, 60.0), "delete": (20.0, 60.0)},
    **SQL_FAMILY_STATES,
    connection_naming='endpoint_dash_guid',
)

ROWS = (
    MYSQL_FLEXIBLE_SERVER,
    MYSQL_SINGLE_SERVER,
)

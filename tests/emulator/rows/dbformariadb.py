"""Microsoft.DBforMariaDB rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    BUSY_SINGLE_SERVER, missing_is_404, ONLY_PENDING_CHANGES, Service, SQL_FAMILY_STATES, versions, WriteAnswer)

_MARIADB_SERVER_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/mariadb/resource-manager/Microsoft.DBforMariaDB/stable/2018-06-01/PrivateE'
        'ndpointConnections.json (single-server API; the only stable version with connections '
        'for this type; not re-read this session)'
    ),
    'api_versions_seen': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.DBforMariaDB/servers', '2018-06-01', hasConnectionsURI true"
    ),
    'connections_listing': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API); a MariaDB recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mariadb_pri'
        'vate_link_scenario.yaml exists but was not read (GET '
        '.../servers/{name}/privateEndpointConnections)'
    ),
    'list_paged': 'our inference: x-ms-pageable nextLink in the 2018-06-01 single-server specs',
    'connection_segment': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API); a MariaDB recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mariadb_pri'
        'vate_link_scenario.yaml exists but was not read'
    ),
    'get_missing': missing_is_404(
        'mariadb/resource-manager/Microsoft.DBforMariaDB/stable/2018-06-01/PrivateEndpointConnections.json '
        'PrivateEndpointConnections_Get'
    ),
    'put': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API); a MariaDB recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mariadb_pri'
        'vate_link_scenario.yaml exists but was not read'
    ),
    'put_settle_seconds': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API); a MariaDB recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mariadb_pri'
        'vate_link_scenario.yaml exists but was not read'
    ),
    'delete': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API); a MariaDB recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mariadb_pri'
        'vate_link_scenario.yaml exists but was not read'
    ),
    'actions_field': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API); a MariaDB recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mariadb_pri'
        'vate_link_scenario.yaml exists but was not read'
    ),
    'statuses': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API); a MariaDB recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mariadb_pri'
        'vate_link_scenario.yaml exists but was not read'
    ),
    'transitional_statuses': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API); a MariaDB recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mariadb_pri'
        'vate_link_scenario.yaml exists but was not read'
    ),
    'provisioning_states': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API); a MariaDB recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mariadb_pri'
        'vate_link_scenario.yaml exists but was not read'
    ),
    'refused_transitions': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API); a MariaDB recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mariadb_pri'
        'vate_link_scenario.yaml exists but was not read; same rule as Microsoft.Sql/servers '
        '(MicrosoftDocs/azure-docs #71740)'
    ),
    'busy_codes': BUSY_SINGLE_SERVER,
    'group_ids': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API); a MariaDB recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mariadb_pri'
        "vate_link_scenario.yaml exists but was not read: our inference for 'mariadbServer'"
    ),
    'writable_fields': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API); a MariaDB recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mariadb_pri'
        'vate_link_scenario.yaml exists but was not read'
    ),
    'put_body_shape': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API); a MariaDB recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mariadb_pri'
        'vate_link_scenario.yaml exists but was not read'
    ),
    'realistic_seconds': (
        'our inference: by analogy with Microsoft.DBforMySQL/servers (recorded: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mysql_priva'
        'te_link_scenario.yaml; same single-server platform, same 2018-06-01 '
        'privateEndpointConnections API); a MariaDB recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_mariadb_pri'
        'vate_link_scenario.yaml exists but was not read; the delete: our inference (the same '
        'span)'
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
        'Azure Database for MariaDB was retired on 19 Sep 2025. Connection names are '
        "'<privateEndpointName>-<guid>'. provisioningState uses Ready (not Succeeded) and "
        "Approving/Rejecting/Dropping while busy — a waiter must accept 'Ready'. Only Pending "
        'connections can be approved or rejected; anything else answers 400 '
        'PrivateEndpointConnectionStatusNotPending: check the current status first and report '
        "'changed: false' or a clear refusal."
    ),
    'recordings': 'none found',
}
MARIADB_SERVER = Service(
    type='Microsoft.DBforMariaDB/servers',
    key='mariadb_server',
    label='Azure Database for MariaDB server (retired)',
    names=('mariadb',),
    api_versions=versions(_MARIADB_SERVER_SOURCES, (), '2018-06-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('mariadbServer',),
    sources=_MARIADB_SERVER_SOURCES,
    refusals=ONLY_PENDING_CHANGES,
    busy_code='ServerBusy',
    realistic_seconds={"update": (20.0, 60.0), "delete": (20.0, 60.0)},
    **SQL_FAMILY_STATES,
    connection_naming='endpoint_dash_guid',
)

ROWS = (MARIADB_SERVER,)

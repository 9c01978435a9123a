"""Microsoft.Sql rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import ONLY_PENDING_CHANGES, Refusal, Service, SQL_FAMILY_STATES, versions, WriteAnswer

_SQL_MANAGED_INSTANCE_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/SQL/stable/2025-01-01/ManagedInstancePr'
        'ivateEndpointConnections.json (stable 2025-01-01 folder exists in the restructured SQL '
        'spec); doc: '
        'https://learn.microsoft.com/en-us/rest/api/sql/managed-instance-private-endpoint-connect'
        'ions/list-by-managed-instance?view=rest-sql-2025-01-01; spec examples checked in '
        '2023-08-01 (Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/examples/ManagedInsta'
        'ncePrivateEndpointConnectionUpdate.json)'
    ),
    'api_versions_seen': (
        'doc: learn.microsoft.com/rest/api/sql (ManagedInstancePrivateEndpointConnections '
        'api-version views) - REST reference views 2021-11-01, 2023-08-01, 2025-01-01; no '
        'recording; not registered in Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py nor Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs'
    ),
    'connections_listing': (
        'spec: ManagedInstancePrivateEndpointConnections_ListByManagedInstance '
        '(Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/ManagedInstances.json'
        ' family)'
    ),
    'list_paged': 'our inference: Microsoft.Sql lists are x-ms-pageable with nextLink',
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/examples/ManagedInsta'
        'ncePrivateEndpointConnectionUpdate.json'
    ),
    'get_missing': (
        'doc: '
        'https://learn.microsoft.com/en-us/rest/api/sql/managed-instance-private-endpoint-connect'
        'ions/list-by-managed-instance (404 ResourceNotFound documented for the family)'
    ),
    'put': (
        'doc: '
        'https://learn.microsoft.com/en-us/rest/api/sql/managed-instance-private-endpoint-connect'
        'ions/create-or-update?view=rest-sql-2023-08-01 (200 with the connection; 202 Accepted '
        'with a Location header); spec example '
        'ManagedInstancePrivateEndpointConnectionUpdate.json (200, 202)'
    ),
    'put_settle_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded ' 'services'
    ),
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/examples/ManagedInsta'
        'ncePrivateEndpointConnectionDelete.json (200, 202, 204)'
    ),
    'actions_field': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/examples/ManagedInsta'
        'ncePrivateEndpointConnectionUpdate.json (actionsRequired: "None", read-only enum)'
    ),
    'statuses': (
        'our inference: Microsoft.Sql PrivateLinkServiceConnectionStateStatus (Approved, '
        'Pending, Rejected, Disconnected)'
    ),
    'transitional_statuses': (
        'doc: '
        'https://learn.microsoft.com/es-es/dotnet/api/azure.provisioning.sql.sqlprivateendpointpr'
        'ovisioningstate (Approving, Ready, Dropping, Failed, Rejecting) - NOTE these appear in '
        'properties.provisioningState, not in status'
    ),
    'provisioning_states': (
        'doc: '
        'https://learn.microsoft.com/es-es/dotnet/api/azure.provisioning.sql.sqlprivateendpointpr'
        'ovisioningstate (Approving, Ready, Dropping, Failed, Rejecting); spec example shows '
        "'Ready' as the settled value (no 'Succeeded')"
    ),
    'refused_transitions': (
        'doc: '
        'https://learn.microsoft.com/en-us/rest/api/sql/2021-11-01/managed-instance-private-endpo'
        'int-connections/create-or-update?view=rest-sql-2021-11-01 (documented error responses '
        'of the PUT: 400 PrivateEndpointConnectionStatusNotPending, 400 '
        "IncorrectPrivateLinkServiceConnectionStateStatus 'must be Approved or Rejected'); that "
        'every non-Pending change is refused (not only Approved -> Rejected) is our inference '
        'from the error text and from SQL servers (MicrosoftDocs/azure-docs #71740)'
    ),
    'busy_codes': (
        'doc: '
        'https://learn.microsoft.com/en-us/rest/api/sql/managed-instance-private-endpoint-connect'
        'ions/list-by-managed-instance (documented 400 ManagedInstanceStoppingOrStopped '
        "'Conflicting operation submitted while instance is in stopping/stopped state', 400 "
        'ManagedInstanceStarting); AnotherOperationInProgress/Conflict our inference (ARM-wide)'
    ),
    'group_ids': "our inference: SQL managed instance's documented private link sub-resource",
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/examples/ManagedInsta'
        'ncePrivateEndpointConnectionUpdate.json'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/examples/ManagedInsta'
        'ncePrivateEndpointConnectionUpdate.json'
    ),
    'realistic_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded '
        'services; the delete: our inference (the same span)'
    ),
    'settling_states': 'doc: SqlPrivateEndpointProvisioningState (Approving, Rejecting) in provisioningState',
    'deleting_state': 'doc: SqlPrivateEndpointProvisioningState Dropping',
    'succeeded_state': "spec example: the settled value is 'Ready'",
    'connection_naming': 'our inference: as Microsoft.Sql/servers (recorded)',
    'notes': (
        "Settled provisioningState is 'Ready' (not 'Succeeded'); transitions show as "
        'provisioningState Approving / Rejecting / Dropping - treat Ready as settled and those '
        'three as busy. The REST reference documents 400 '
        'PrivateEndpointConnectionStatusNotPending for the PUT: only a Pending connection may be '
        'approved or rejected (a decided one can only be deleted). 400 (not 409) '
        'ManagedInstanceStoppingOrStopped / ManagedInstanceStarting are documented busy-like '
        'refusals: re-read and wait, or report. A PUT status other than Approved/Rejected is '
        'refused with IncorrectPrivateLinkServiceConnectionStateStatus.'
    ),
    'recordings': 'none found',
}
SQL_MANAGED_INSTANCE = Service(
    type='Microsoft.Sql/managedInstances',
    key='sql_managed_instance',
    label='SQL managed instance',
    names=('managed_instance', 'sqlmi'),
    api_versions=versions(_SQL_MANAGED_INSTANCE_SOURCES, ('2021-11-01', '2023-08-01'), '2025-01-01'),
    statuses=('Approved', 'Pending', 'Rejected', 'Disconnected'),
    put=WriteAnswer(202, settles=True, body="none", headers=('Location',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('managedInstance',),
    sources=_SQL_MANAGED_INSTANCE_SOURCES,
    refusals=ONLY_PENDING_CHANGES,
    busy_code='ManagedInstanceStoppingOrStopped',
    realistic_seconds={"update": (10.0, 30.0), "delete": (10.0, 30.0)},
    **SQL_FAMILY_STATES,
    connection_naming='endpoint_dash_guid',
)

_SQL_SERVER_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/PrivateEndpointConnec'
        'tions.json (stable, has PrivateEndpointConnections_* — verified: PUT 200/202 LRO, '
        'DELETE 200/202/204 LRO); NOTE not the newest: the spec (restructured under '
        'Microsoft.Sql/SQL/) also has stable 2025-01-01, Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/SQL/stable/2025-01-01/PrivateEndpointCo'
        'nnections.json'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_sql_server.yaml (Azure CLI sends 2018-06-01-preview for '
        'list/show/delete, 2021-11); Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        "ctions/custom.py (register_providers) registers 'Microsoft.Sql/servers', "
        "'2018-06-01-preview'; spec folders stable/2021-11-01, stable/2023-08-01"
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_sql_server.yaml (GET .../servers/{name}/privateEndpointConnections '
        'answered 200 {value:[...]}, full objects with id/name/type); spec: '
        'Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/PrivateEndpointConnec'
        'tions.json operationId PrivateEndpointConnections_ListByServer'
    ),
    'list_paged': (
        'spec: Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/PrivateEndpointConnec'
        'tions.json x-ms-pageable nextLinkName nextLink'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_sql_server.yaml'
    ),
    'get_missing': (
        'spec: Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/PrivateEndpointConnec'
        "tions.json (GET lists only 200 + default; default names '404 ResourceNotFound'; '400 "
        "PrivateEndpointConnectionDoesNotExist' is also listed) — our inference: expect 404, "
        'treat 400 PrivateEndpointConnectionDoesNotExist as missing too'
    ),
    'put': ('spec example: PUT 202 with an empty body; headers: our inference from the recorded ' 'DELETE'),
    'put_settle_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded ' 'services'
    ),
    'delete': 'recording: DELETE 202 with azure-asyncoperation and location',
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_sql_server.yaml ("actionsRequired":"None"); spec: '
        'Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/PrivateEndpointConnec'
        'tions.json definition PrivateLinkServiceConnectionStateProperty (actionsRequired '
        'readOnly, enum None)'
    ),
    'statuses': (
        'spec: Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/PrivateEndpointConnec'
        'tions.json PrivateLinkServiceConnectionStateProperty.status enum'
    ),
    'transitional_statuses': (
        'spec: Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/PrivateEndpointConnec'
        'tions.json (status enum has none; the transitions show in provisioningState '
        'Approving/Rejecting/Dropping instead)'
    ),
    'provisioning_states': (
        'spec: Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/PrivateEndpointConnec'
        'tions.json PrivateEndpointProvisioningState enum; recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_sql_server.yaml shows "provisioningState":"Ready" (NOT Succeeded) on a '
        'settled connection'
    ),
    'refused_transitions': (
        'doc: MicrosoftDocs/azure-docs #71740 (user rejecting an approved SQL connection got '
        "'private endpoint connection status is not pending'; 'We can only approve if the state "
        "is pending'); spec: Azure/azure-rest-api-specs "
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/PrivateEndpointConnec'
        "tions.json error list '400 PrivateEndpointConnectionStatusNotPending - Private Endpoint "
        "Connection Status is not Pending'; doc: MicrosoftDocs/azure-docs #115121 (rejected "
        'connections cannot be approved, by design). Only Pending can be changed; the remedy for '
        'an approved or rejected connection is DELETE'
    ),
    'busy_codes': (
        'spec: Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/PrivateEndpointConnec'
        "tions.json error list '409 OperationInterrupted - ... interrupted by another operation "
        "on the same resource', '409 OperationCancelled'; 429 "
        'SubscriptionTooManyCreateUpdateRequests / SubscriptionTooManyRequests and 503 '
        'TooManyRequests also listed; AnotherOperationInProgress: our inference (ARM-wide code)'
    ),
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_sql_server.yaml (groupIds ["sqlServer"])'
    ),
    'writable_fields': (
        'spec: Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/PrivateEndpointConnec'
        'tions.json PrivateLinkServiceConnectionStateProperty required [status, description]; '
        'actionsRequired readOnly'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/sql/resource-manager/Microsoft.Sql/stable/2023-08-01/examples/PrivateEndpo'
        'intConnectionUpdate.json (body {properties:{privateLinkServiceConnectionState:{status, '
        'description}}}); description is REQUIRED by the spec, so always send one (empty string '
        'if the user gave none: our inference)'
    ),
    'realistic_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded '
        'services; the delete: our inference (the same span)'
    ),
    'status_url': 'recording: .../locations/westus/privateEndpointConnectionAzureAsyncOperation/{op}',
    'result_url': 'recording: .../privateEndpointConnectionOperationResults/{op}',
    'settling_states': 'spec: PrivateEndpointProvisioningState Approving / Rejecting',
    'deleting_state': 'spec: PrivateEndpointProvisioningState Dropping',
    'succeeded_state': 'recording: a settled connection reads provisioningState Ready',
    'connection_naming': "recording: '<private-endpoint-name>-<guid>'",
    'auto_approval_description': "recording: 'Auto-approved'",
    'group_ids_field': 'spec: PrivateEndpointConnectionProperties.groupIds (read-only)',
    'notes': (
        'SQL accepts a state change only from Pending (MicrosoftDocs/azure-docs #71740): '
        'Approved->Rejected and Rejected->Approved are both refused with 400 '
        'PrivateEndpointConnectionStatusNotPending; to cut off an approved endpoint, DELETE the '
        'connection. provisioningState uses Ready (settled) and Approving/Rejecting/Dropping '
        "(transitional), never Succeeded: a waiter must treat Ready as done (the Azure CLI's "
        "generic client waits for 'Succeeded' or 'Ready'). Connection names are "
        "'<private-endpoint-name>-<guid>' (recorded). Auto-approved connections carry "
        "description 'Auto-approved' (recorded; the consumer side showed 'Auto Approved' in the "
        "PE PUT answer). description is required in the PUT body. The Azure CLI's network test "
        'never approves or rejects a SQL connection (approve=False, rejected=False), so PUT '
        'timing is unrecorded. Error spec lists 404 '
        'PrivateEndpointConnectionDroppedByOtherWorkflow (a concurrent DELETE) and 500 '
        "OperationTimedOut ('automatically rolled back, retry')."
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_sql_server.yaml'
    ),
}
SQL_SERVER = Service(
    type='Microsoft.Sql/servers',
    key='sql_server',
    label='SQL server',
    names=('sqlserver', 'sql'),
    api_versions=versions(_SQL_SERVER_SOURCES, ('2018-06-01-preview', '2021-11-01'), '2023-08-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(202, settles=True, body="none", headers=("Azure-AsyncOperation", "Location")),
    delete=WriteAnswer(202, settles=True, body="none", headers=("Azure-AsyncOperation", "Location")),
    group_ids=('sqlServer',),
    sources=_SQL_SERVER_SOURCES,
    refusals=ONLY_PENDING_CHANGES + (
        Refusal(
            'Approved',
            'Approved',
            400,
            'PrivateEndpointConnectionStatusNotPending',
            'Private Endpoint Connection Status is not Pending',
        ),
        Refusal(
            'Rejected',
            'Rejected',
            400,
            'PrivateEndpointConnectionStatusNotPending',
            'Private Endpoint Connection Status is not Pending',
        ),
    ),
    busy_code='OperationInterrupted',
    realistic_seconds={"update": (10.0, 30.0), "delete": (10.0, 30.0)},
    status_url='{provider}/locations/{location}/privateEndpointConnectionAzureAsyncOperation/{id}',
    result_url='{provider}/locations/{location}/privateEndpointConnectionOperationResults/{id}',
    **SQL_FAMILY_STATES,
    connection_naming='endpoint_dash_guid',
    auto_approval_description='Auto-approved',
    group_ids_field='groupIds',
)

ROWS = (
    SQL_MANAGED_INSTANCE,
    SQL_SERVER,
)

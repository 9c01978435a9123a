"""Microsoft.AppConfiguration rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import Service, WriteAnswer, versions

_APP_CONFIGURATION_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/appconfiguration/resource-manager/Microsoft.AppConfiguration/stable/2024-0'
        '6-01/appconfiguration.json (newest stable with PrivateEndpointConnections_* operations)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_app_configuration.yaml (all connection calls api-version=2020-06-01, '
        'recorded 2024-09-14); Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py and Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs register 2020-06-01'
    ),
    'connections_listing': (
        'spec: Azure/azure-rest-api-specs '
        'specification/appconfiguration/resource-manager/Microsoft.AppConfiguration/stable/2024-0'
        '6-01/appconfiguration.json PrivateEndpointConnections_ListByConfigurationStore; '
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_app_configuration.yaml (GET .../privateEndpointConnections answered '
        '{"value": [...], "nextLink": null})'
    ),
    'list_paged': (
        'spec: Azure/azure-rest-api-specs '
        'specification/appconfiguration/resource-manager/Microsoft.AppConfiguration/stable/2024-0'
        '6-01/appconfiguration.json x-ms-pageable nextLinkName nextLink; recording shows '
        'nextLink null'
    ),
    'connection_segment': (
        'spec: Azure/azure-rest-api-specs '
        'specification/appconfiguration/resource-manager/Microsoft.AppConfiguration/stable/2024-0'
        '6-01/appconfiguration.json'
    ),
    'get_missing': (
        'our inference: spec declares only 200 + default ErrorResponse for ' 'PrivateEndpointConnections_Get'
    ),
    'put': 'recording: PUT 201 with provisioningState Updating',
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_app_configuration.yaml (approve PUT 12:51:56 -> GET at 12:52:07 still '
        "showed the old description 'Auto-Approved' with Succeeded, 12:52:09 showed the new one; "
        'reject PUT 12:52:10 -> Rejected/Succeeded at 12:52:23)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_app_configuration.yaml (DELETE answered 202 Accepted, body '
        'provisioningState Deleting, privateLinkServiceConnectionState null, id null; header '
        'azure-asyncoperation); spec: Azure/azure-rest-api-specs '
        'specification/appconfiguration/resource-manager/Microsoft.AppConfiguration/stable/2024-0'
        '6-01/appconfiguration.json responses 200/202/204, x-ms-long-running-operation true'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_app_configuration.yaml '
        '(privateLinkServiceConnectionState.actionsRequired: "None")'
    ),
    'statuses': (
        'doc: '
        'https://learn.microsoft.com/en-ie/dotnet/api/azure.resourcemanager.appconfiguration.mode'
        'ls.appconfigurationprivatelinkserviceconnectionstatus (Approved, Disconnected, Pending, '
        "Rejected; App Configuration's own ConnectionStatus enum); recording shows Approved and "
        'Rejected'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_app_configuration.yaml (no Approving/Rejecting; the transition shows '
        'as provisioningState Updating)'
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_app_configuration.yaml shows Updating, Deleting, Succeeded; '
        "Creating/Failed/Canceled our inference from the service's ProvisioningState enum used "
        'by configurationStores in Azure/azure-rest-api-specs '
        'specification/appconfiguration/resource-manager/Microsoft.AppConfiguration/stable/2024-0'
        '6-01/appconfiguration.json'
    ),
    'refused_transitions': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_app_configuration.yaml (Approved -> Approved with a new description '
        'accepted 201; Approved -> Rejected accepted). Rejected -> Approved not exercised: our '
        'inference, unverified'
    ),
    'busy_codes': 'our inference: ARM-wide busy code; nothing App Configuration-specific recorded',
    'group_ids': (
        'our inference: the test picks group_id from `private-link-resource list` (App '
        "Configuration's documented sub-resource is configurationStores); the recording's "
        'connection bodies carry no groupIds'
    ),
    'writable_fields': (
        'doc: '
        'https://learn.microsoft.com/en-in/dotnet/api/azure.resourcemanager.appconfiguration.mode'
        'ls.appconfigurationprivatelinkserviceconnectionstate.actionsrequired (ActionsRequired '
        'is get-only, i.e. read-only in the spec); recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_app_configuration.yaml (a PUT that also echoed actionsRequired "None" '
        'was accepted, so the service tolerates it)'
    ),
    'put_body_shape': (
        'spec: Azure/azure-rest-api-specs '
        'specification/appconfiguration/resource-manager/Microsoft.AppConfiguration/stable/2024-0'
        '6-01/appconfiguration.json body schema PrivateEndpointConnection (privateEndpoint + '
        'privateLinkServiceConnectionState); recording: the CLI sent the whole GET body back and '
        'it was accepted'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_app_configuration.yaml (approve PUT 12:51:56 -> GET at 12:52:07 still '
        "showed the old description 'Auto-Approved' with Succeeded, 12:52:09 showed the new one; "
        'reject PUT 12:52:10 -> Rejected/Succeeded at 12:52:23); the delete: our inference (the '
        'same span)'
    ),
    'settling_view': 'recording: a GET about 11 s after the PUT still showed the OLD state, Succeeded',
    'notes': (
        'PUT answers 201 (not 200) with provisioningState Updating and privateEndpoint null in '
        'the body; poll the Azure-AsyncOperation URL or GET the connection. A GET ~11 s after '
        'the PUT can still show the OLD state with provisioningState Succeeded (stale read). '
        "Auto-approved connections say description 'Auto-Approved' and actionsRequired 'None'. "
        'Connection bodies have no etag, no groupIds.'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_app_configuration.yaml'
    ),
}
APP_CONFIGURATION = Service(
    type='Microsoft.AppConfiguration/configurationStores',
    key='app_configuration',
    label='App Configuration store',
    names=('appconfig', 'configuration_store'),
    api_versions=versions(_APP_CONFIGURATION_SOURCES, ('2020-06-01',), '2024-06-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(201, settles=True, body="settling", headers=("Azure-AsyncOperation",)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('configurationStores',),
    sources=_APP_CONFIGURATION_SOURCES,
    realistic_seconds={"update": (11.0, 13.0), "delete": (11.0, 13.0)},
    settling_view='old',
)

ROWS = (APP_CONFIGURATION,)

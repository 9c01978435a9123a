"""Microsoft.BotService rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import BUSY_CONFLICT, CANNOT_CHANGE, missing_is_404, Refusal, Service, versions, WriteAnswer

_BOT_SERVICE_SOURCES = {
    'api_version': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/botservice/resource-manager/Microsoft.BotService/stable/2022-09-15/example'
        's/PutPrivateEndpointConnection.json (and '
        '.../examples/DeletePrivateEndpointConnection.json): the stable 2022-09-15 folder has '
        'the PEC operations; the recording (Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        'ndpoint_with_default.yaml) used 2021-03-01'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        'ndpoint_with_default.yaml (Aug 2022, Azure CLI 2.39 sends 2021-03-01); '
        'Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.BotService/botServices', '2021-05-01-preview', "
        'hasConnectionsURI true'
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        'ndpoint_with_default.yaml (GET .../botServices/{bot}/privateEndpointConnections '
        'answered {value:[...]}) — BUT see notes: list items have a broken id/name'
    ),
    'list_paged': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        "ndpoint_with_default.yaml (only 'value')"
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        'ndpoint_with_default.yaml'
    ),
    'get_missing': missing_is_404(
        'botservice/resource-manager/Microsoft.BotService/stable/2022-09-15/botservice.json '
        'PrivateEndpointConnections_Get'
    ),
    'put': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        'ndpoint_with_default.yaml (approve and reject PUTs answered 200 synchronously, no async '
        "header, body with the new status and provisioningState 'Succeeded'; each PUT took "
        '~10-12 s to answer)'
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        'ndpoint_with_default.yaml (answer itself is final; GETs 11 s later identical)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        'ndpoint_with_default.yaml (DELETE answered 200, empty body, no async header; the next '
        'list 32 s later no longer had it); 204: our inference'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        "ndpoint_with_default.yaml (GET shows actionsRequired 'None'; the PUT answer omitted it)"
    ),
    'statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        "ndpoint_with_default.yaml (Pending, Approved ('Auto-Approved' for auto-approved), "
        'Rejected)'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        'ndpoint_with_default.yaml'
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        'ndpoint_with_default.yaml (Succeeded throughout); others: our inference'
    ),
    'refused_transitions': (
        'our inference: recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        'ndpoint_with_default.yaml shows Pending->Approved->Rejected accepted'
    ),
    'busy_codes': BUSY_CONFLICT,
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        "ndpoint_with_default.yaml (the endpoint asked for group id 'bot'; the connection "
        "reports groupIds ['Bot','Token'])"
    ),
    'writable_fields': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        "ndpoint_with_default.yaml (description 'descriptionMsg' sent and stored; "
        'actionsRequired echoed back only on GET)'
    ),
    'put_body_shape': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        "ndpoint_with_default.yaml (the Azure CLI's echoed GET body, including groupIds, was "
        'accepted)'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        'ndpoint_with_default.yaml (answer itself is final; GETs 11 s later identical); the '
        'delete: our inference (the same span)'
    ),
    'name_in_body': "recording: GET name '<bot>/<connection>'",
    'connection_naming': 'recording: the connection is named after the private endpoint',
    'notes': (
        "SURPRISES (recorded): (1) the connection NAME is the private endpoint's name (e.g. "
        "'bot_penametoo000007'), not '<pe>.<guid>'; (2) single GET bodies report name "
        "'<botName>/<connectionName>' (parent/child style) while the URL uses just "
        "'<connectionName>'; (3) LIST items are broken: every item has id "
        "'.../botServices/{bot}/privateEndpointConnections' (no connection segment) and name "
        "'<botName>' — to address a listed connection take the last segment of "
        'properties.privateEndpoint.id. (4) PUT and DELETE are synchronous (200) but slow (~10 '
        "s). Bot Service is a global resource (location 'global')."
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_abs_private'
        'ndpoint_with_default.yaml'
    ),
}
BOT_SERVICE = Service(
    type='Microsoft.BotService/botServices',
    key='bot_service',
    label='Azure Bot',
    names=('azure_bot', 'bot'),
    api_versions=versions(_BOT_SERVICE_SOURCES, ('2021-03-01', '2021-05-01-preview'), '2022-09-15'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(200, settles=False, body="none"),
    delete=WriteAnswer(200, settles=False, body="none"),
    group_ids=('Bot', 'Token'),
    sources=_BOT_SERVICE_SOURCES,
    list_paged=False,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    busy_code='Conflict',
    realistic_seconds={"update": (0.0, 15.0), "delete": (0.0, 15.0)},
    name_in_body='parent/name',
    connection_naming='endpoint',
)

ROWS = (BOT_SERVICE,)

"""Microsoft.DigitalTwins rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import Refusal, Service, WriteAnswer, versions

_DIGITAL_TWINS_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/digitaltwins/resource-manager/Microsoft.DigitalTwins/stable/2023-01-31/dig'
        'italtwins.json (newest stable folder, present in the index; PEC operations not '
        're-read); real traffic used 2020-12-01'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_digitaltwins.yaml (all connection calls api-version=2020-12-01, '
        'recorded 2025-06-17); Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py and Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs 2020-12-01'
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_digitaltwins.yaml (GET '
        '.../digitalTwinsInstances/{name}/privateEndpointConnections answered {"value": [...]})'
    ),
    'list_paged': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_digitaltwins.yaml (list body has only value); our inference: single '
        'page'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_digitaltwins.yaml'
    ),
    'get_missing': 'our inference: spec declares 200 + default ErrorResponse',
    'put': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_digitaltwins.yaml (reject PUT answered 202 Accepted; body already '
        'showed the new status Rejected with provisioningState Updating; headers '
        'azure-asyncoperation .../privateEndpointConnections/{name}/operationResults/{id} and '
        'location .../locations/eastus/operationResults/...)'
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_digitaltwins.yaml (PUT 13:45:36; the next GET at 13:45:49 showed '
        'Rejected / Succeeded)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_digitaltwins.yaml (DELETE answered 202 Accepted, empty body, '
        'azure-asyncoperation and location)'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_digitaltwins.yaml (actionsRequired: "None")'
    ),
    'statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_digitaltwins.yaml shows Pending (manual request), Approved, Rejected; '
        'Disconnected our inference from the Digital Twins ConnectionState enum'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_digitaltwins.yaml'
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_digitaltwins.yaml shows Updating and Succeeded; the rest our inference '
        "(Digital Twins' connection provisioningState enum mixes connection states and ARM "
        'states)'
    ),
    'refused_transitions': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_digitaltwins.yaml (approve PUT on the Rejected connection at 13:45:53 '
        "answered 400 with that body; the test asserts 'Approval will fail after rejection')"
    ),
    'busy_codes': 'our inference: ARM-wide busy code',
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_digitaltwins.yaml (private-link-resource groupId API; connection '
        'groupIds ["API"])'
    ),
    'writable_fields': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_digitaltwins.yaml (PUT carried status, description, actionsRequired '
        'and was accepted); NOTE spec-derived: Azure/bicep-types-az generated types for '
        'Microsoft.DigitalTwins (ConnectionPropertiesPrivateLinkServiceConnectionState: '
        'description string (Required), status (Required))'
    ),
    'put_body_shape': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_digitaltwins.yaml (the CLI echoed id, name, type, provisioningState, '
        'privateEndpoint, groupIds and it was accepted); spec-derived: Azure/bicep-types-az '
        'generated types for Microsoft.DigitalTwins '
        '(ConnectionPropertiesPrivateLinkServiceConnectionState: description string (Required), '
        'status (Required))'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_digitaltwins.yaml (PUT 13:45:36; the next GET at 13:45:49 showed '
        'Rejected / Succeeded); the delete: our inference (the same span)'
    ),
    'connection_naming': 'recording: names are GUIDs chosen by the service',
    'notes': (
        'Connection names are GUIDs chosen by the service (e.g. '
        "14b5606c-2475-4f03-8d8b-dd81eda62c5d), not the endpoint's name. Rejected -> Approved is "
        'refused with an unhelpful 400 BadRequest whose message is a .NET exception type name: '
        "report it as 'this service does not allow approving a rejected connection' rather than "
        'quoting only the message. The spec marks privateLinkServiceConnectionState.description '
        'as REQUIRED (not only status): the module must always send a description, e.g. keep the '
        'current one when the user gives none.'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_digitaltwins.yaml'
    ),
}
DIGITAL_TWINS = Service(
    type='Microsoft.DigitalTwins/digitalTwinsInstances',
    key='digital_twins',
    label='Azure Digital Twins instance',
    names=('digitaltwins', 'digital_twins_instance'),
    api_versions=versions(_DIGITAL_TWINS_SOURCES, ('2020-12-01',), '2023-01-31'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(202, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('API',),
    sources=_DIGITAL_TWINS_SOURCES,
    list_paged=False,
    refusals=(
        Refusal(
            'Rejected',
            'Approved',
            400,
            'BadRequest',
            "Exception of type 'Microsoft.Azure.DigitalTwins.ScaleUnitRPManagement.Exceptions.PrivateEndpointBadRequestException' was thrown.",
        ),
    ),
    realistic_seconds={"update": (1.0, 13.0), "delete": (1.0, 13.0)},
    connection_naming='guid',
)

ROWS = (DIGITAL_TWINS,)

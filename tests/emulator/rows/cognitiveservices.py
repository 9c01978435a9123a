"""Microsoft.CognitiveServices rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import Service, WriteAnswer, versions

_COGNITIVE_SERVICES_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/cognitiveservices/resource-manager/Microsoft.CognitiveServices/stable/2025'
        '-06-01/cognitiveservices.json (newest stable folder; PEC examples present, e.g. '
        'Azure/azure-rest-api-specs '
        'specification/cognitiveservices/resource-manager/Microsoft.CognitiveServices/stable/2025'
        '-06-01/examples/DeletePrivateEndpointConnection.json)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/recordings/test_c'
        'ognitiveservices_private_endpoint_connection.yaml (connection calls '
        'api-version=2022-03-01, May 2022); Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py 2021-04-30; Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs 2017-04-18; spec folders 2024-10-01, 2025-06-01'
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/recordings/test_c'
        'ognitiveservices_private_endpoint_connection.yaml (GET '
        '.../accounts/{name}/privateEndpointConnections answered {"value": [...]}); the parent '
        'GET also carries properties.privateEndpointConnections'
    ),
    'list_paged': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/recordings/test_c'
        'ognitiveservices_private_endpoint_connection.yaml (list body has only value); our '
        'inference: single page'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/recordings/test_c'
        'ognitiveservices_private_endpoint_connection.yaml'
    ),
    'get_missing': 'our inference: spec declares 200 + default ErrorResponse',
    'put': 'recording: PUT synchronous in practice (200 after 12-22 s)',
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/recordings/test_c'
        'ognitiveservices_private_endpoint_connection.yaml (the PUT itself blocks until done: '
        '13:18:29 -> 13:18:51 for the reject; the next GET already shows the final state)'
    ),
    'delete': 'recording: DELETE 200 in practice',
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/recordings/test_c'
        'ognitiveservices_private_endpoint_connection.yaml (actionsRequired: "None")'
    ),
    'statuses': (
        "our inference: cognitiveservices.json's PrivateEndpointServiceConnectionStatus "
        '(common-types shape); Approved and Rejected recorded'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/recordings/test_c'
        'ognitiveservices_private_endpoint_connection.yaml'
    ),
    'provisioning_states': (
        'our inference: common-types PrivateEndpointConnectionProvisioningState shape; recording '
        'shows Succeeded only'
    ),
    'refused_transitions': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/recordings/test_c'
        'ognitiveservices_private_endpoint_connection.yaml (Approved -> Approved accepted 200, '
        'Approved -> Rejected accepted). Rejected -> Approved not exercised: our inference, '
        'unverified'
    ),
    'busy_codes': 'our inference: ARM-wide busy code',
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/recordings/test_c'
        'ognitiveservices_private_endpoint_connection.yaml (groupIds ["account"])'
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/cognitiveservices/resource-manager/Microsoft.CognitiveServices/stable/2024'
        '-10-01/examples/PutPrivateEndpointConnection.json'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/cognitiveservices/resource-manager/Microsoft.CognitiveServices/stable/2024'
        '-10-01/examples/PutPrivateEndpointConnection.json; recording: the CLI echoed the GET '
        'body incl. etag and location and it was accepted'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/recordings/test_c'
        'ognitiveservices_private_endpoint_connection.yaml (the PUT itself blocks until done: '
        '13:18:29 -> 13:18:51 for the reject; the next GET already shows the final state); the '
        'delete: our inference (the same span)'
    ),
    'name_in_body': "recording: name '<account>/<connection>'",
    'has_etag': 'recording: connections carry an etag',
    'body_location': 'recording: connections carry location',
    'connection_naming': "recording: 'pecs_cli_test_000002.<guid>'",
    'notes': (
        "The connection's `name` field is NOT the last id segment: it is "
        "'<account>/<connection>' (recorded 'cs_cli_test_000002/pecs_cli_test_000002.<guid>'); "
        'always take the name from the id. Connections carry an etag (body and ETag header) and '
        "location. A PUT with description null keeps the old description ('Approved'); a reject "
        'without description drops the description key altogether. PUT and DELETE are slow but '
        'synchronous in practice (200 after 12-22 s); the spec allows 202 + Azure-AsyncOperation.'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/cognitiveservices/tests/latest/recordings/test_c'
        'ognitiveservices_private_endpoint_connection.yaml'
    ),
}
COGNITIVE_SERVICES = Service(
    type='Microsoft.CognitiveServices/accounts',
    key='cognitive_services',
    label='Azure AI services / Cognitive Services account',
    names=('cognitiveservices', 'ai_services', 'openai'),
    api_versions=versions(
        _COGNITIVE_SERVICES_SOURCES, ('2017-04-18', '2021-04-30', '2022-03-01', '2024-10-01'), '2025-06-01'
    ),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(200, settles=False),
    delete=WriteAnswer(200, settles=False, body="none"),
    group_ids=('account',),
    sources=_COGNITIVE_SERVICES_SOURCES,
    list_paged=False,
    realistic_seconds={"update": (0.0, 22.0), "delete": (0.0, 22.0)},
    name_in_body='parent/name',
    has_etag=True,
    body_location=True,
    connection_naming='endpoint_guid',
)

ROWS = (COGNITIVE_SERVICES,)

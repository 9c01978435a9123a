"""Microsoft.Media rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    BUSY_ANOTHER_OPERATION, CANNOT_CHANGE, missing_is_404, no_transitional, Refusal, Service, SPECS, versions,
    WriteAnswer)

_MEDIA_SERVICES_SOURCES = {
    'api_version': (
        'our inference: newest stable Microsoft.Media accounts api (Azure/azure-rest-api-specs '
        'specification/mediaservices/resource-manager/Microsoft.Media/Accounts/stable/2023-01-01/'
        'Accounts.json, not re-read this session); the recorded 2021-06-01 works'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_media_service.yaml (Dec 2023, Azure CLI 2.55 sends 2021-06-01); '
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        "ctions/custom.py (register_providers) registers 'Microsoft.Media/mediaservices' with "
        "'2020-05-01' (older) and '2021-06-01' (newer)"
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_media_service.yaml (GET '
        '.../mediaservices/{name}/privateEndpointConnections answered 200 {value:[...]})'
    ),
    'list_paged': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_media_service.yaml (no nextLink); our inference: single page'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_media_service.yaml'
    ),
    'get_missing': missing_is_404(
        'mediaservices/resource-manager/Microsoft.Media/Accounts/stable/2023-01-01/Accounts.json '
        'PrivateEndpointConnections_Get'
    ),
    'put': (
        'our inference: the Media PrivateEndpointConnections_CreateOrUpdate is a plain 200 in '
        'the spec family; no PUT recorded (the Azure CLI test skips approve/reject for Media: '
        'approve=False, rejected=False in Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        'nds.py)'
    ),
    'put_settle_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded ' 'services'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_media_service.yaml (DELETE answered 202, empty body, '
        'azure-asyncoperation and location '
        '.../mediaservices/{name}/privateEndpointConnectionOperations/{op}); 200/204: our '
        'inference'
    ),
    'actions_field': (
        'our inference: the Media model has an optional actionsRequired; recorded bodies carry '
        'only status and description (Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_media_service.yaml)'
    ),
    'statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_media_service.yaml (Approved); others: our inference (common-types '
        'private link status)'
    ),
    'transitional_statuses': no_transitional(
        'mediaservices/resource-manager/Microsoft.Media/Accounts/stable/2023-01-01/Accounts.json status enum '
        '(Pending, Approved, Rejected)'
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_media_service.yaml (Succeeded); others: our inference (common-types)'
    ),
    'refused_transitions': 'our inference: nothing recorded',
    'busy_codes': BUSY_ANOTHER_OPERATION,
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_media_service.yaml (privateLinkResources list_num 3 in Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        'nds.py); names: our inference from Media Services private link docs'
    ),
    'writable_fields': (
        "spec: " + SPECS + 'mediaservices/resource-manager/Microsoft.Media/Accounts/stable/2023-01-01/Accounts.json '
        'PrivateEndpointConnections_CreateOrUpdate takes '
        'common-types/resource-management/v2/privatelinks.json PrivateLinkServiceConnectionState: status, '
        'description, actionsRequired, none read-only'
    ),
    'put_body_shape': 'our inference: common-types shape',
    'realistic_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded '
        'services; the delete: our inference (the same span)'
    ),
    'connection_naming': 'recording: names are GUIDs',
    'auto_approval_description': "recording: 'Auto approved.'",
    'notes': (
        'Azure Media Services was retired on 30 June 2024; keep the row for estates that still '
        'report old accounts, but expect 404/410 on live calls. Connection names are GUIDs; '
        "auto-approved ones say 'Auto approved.'; responses carry odata headers (content-type "
        'application/json; odata.metadata=minimal). DELETE is asynchronous (202) although the '
        'old spec family declares it synchronous.'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_media_service.yaml'
    ),
}
MEDIA_SERVICES = Service(
    type='Microsoft.Media/mediaservices',
    key='media_services',
    label='Media Services account (retired)',
    names=('mediaservices', 'media'),
    api_versions=versions(_MEDIA_SERVICES_SOURCES, ('2020-05-01', '2021-06-01'), '2023-01-01'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(200, settles=False, body="none"),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('keydelivery', 'liveevent', 'streamingendpoint'),
    sources=_MEDIA_SERVICES_SOURCES,
    list_paged=False,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    realistic_seconds={"update": (10.0, 30.0), "delete": (10.0, 30.0)},
    connection_naming='guid',
    auto_approval_description='Auto approved.',
)

ROWS = (MEDIA_SERVICES,)

"""Microsoft.Web rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    ANY, BUSY_CONFLICT, CANNOT_CHANGE, missing_is_404, Refusal, REJECTED_STAYS_REJECTED, Service, versions,
    WriteAnswer)

_APP_SERVICE_ENVIRONMENT_SOURCES = {
    'api_version': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/examples/AppServiceEn'
        'vironments_ApproveOrRejectPrivateEndpointConnection.json '
        '(AppServiceEnvironments_ApproveOrRejectPrivateEndpointConnection / '
        '_GetPrivateEndpointConnection / _GetPrivateEndpointConnectionList / '
        '_DeletePrivateEndpointConnection at 2024-04-01; same Web spec as Microsoft.Web/sites)'
    ),
    'api_versions_seen': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.Web/hostingEnvironments', '2020-10-01', hasConnectionsURI true; "
        'spec examples 2024-04-01; no recording found'
    ),
    'connections_listing': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/examples/AppServiceEn'
        'vironments_GetPrivateEndpointConnectionList.json (GET '
        '.../hostingEnvironments/{name}/privateEndpointConnections -> {value:[...]}); '
        'Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI true'
    ),
    'list_paged': (
        'our inference: Web list operations are x-ms-pageable nextLink '
        '(PrivateEndpointConnectionCollection has nextLink in the Web spec)'
    ),
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/examples/AppServiceEn'
        'vironments_GetPrivateEndpointConnectionList.json'
    ),
    'get_missing': missing_is_404(
        'web/resource-manager/Microsoft.Web/stable/2023-12-01/AppServiceEnvironments.json '
        'AppServiceEnvironments_GetPrivateEndpointConnection'
    ),
    'put': 'our inference: as Microsoft.Web/sites (recorded 202 with both headers)',
    'put_settle_seconds': (
        'our inference: same App Service private-link backend as sites (recorded 42-52 s there); '
        'not recorded for ASE'
    ),
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/examples/AppServiceEn'
        'vironments_DeletePrivateEndpointConnection.json (200 {}, 202 with Location '
        '.../hostingEnvironments/{name}/operations/{op}?api-version=2019-08-01, 204)'
    ),
    'actions_field': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/examples/AppServiceEn'
        'vironments_ApproveOrRejectPrivateEndpointConnection.json'
    ),
    'statuses': 'our inference: status is free text in the Web spec; same set as sites',
    'transitional_statuses': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/examples/AppServiceEn'
        'vironments_GetPrivateEndpointConnectionList.json (list example shows status '
        "'Disconnecting' with provisioningState 'Pending'); Approving/Rejecting: our inference "
        'from the recorded sites behaviour'
    ),
    'provisioning_states': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/examples/AppServiceEn'
        'vironments_ApproveOrRejectPrivateEndpointConnection.json (Succeeded); spec example: '
        'Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/examples/AppServiceEn'
        'vironments_GetPrivateEndpointConnectionList.json (Pending); Deleting/Failed: our '
        'inference from sites'
    ),
    'refused_transitions': REJECTED_STAYS_REJECTED,
    'busy_codes': 'our inference: ASE answers 409 Conflict while the environment is upgrading/scaling',
    'group_ids': (
        'our inference: App Service Environment v3 private endpoint sub-resource name '
        '(learn.microsoft.com/azure/app-service/environment/networking#private-endpoint); spec '
        'example GetPrivateLinkResources not read'
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/examples/AppServiceEn'
        'vironments_ApproveOrRejectPrivateEndpointConnection.json (PUT body '
        'privateEndpointWrapper {properties:{privateLinkServiceConnectionState:{status, '
        'description}}}; actionsRequired allowed by the shared PrivateLinkConnectionState '
        'definition)'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/examples/AppServiceEn'
        'vironments_ApproveOrRejectPrivateEndpointConnection.json'
    ),
    'realistic_seconds': (
        'our inference: same App Service private-link backend as sites (recorded 42-52 s there); '
        'not recorded for ASE; the delete: our inference (the same span)'
    ),
    'settling_statuses': (
        'spec example (list shows Disconnecting with provisioningState Pending); by analogy with '
        'Microsoft.Web/sites (recorded)'
    ),
    'settling_states': 'our inference: as Microsoft.Web/sites',
    'settled_states': 'our inference: as Microsoft.Web/sites',
    'connection_naming': 'our inference: as Microsoft.Web/sites',
    'group_ids_field': "recording (Web apps): connection bodies carry groupIds (null in the parent's view)",
    'notes': (
        'No recording found; facts come from the 2024-04-01 Web examples and by analogy with '
        'Microsoft.Web/sites (recorded). Only ASE v3 with an inbound private endpoint has '
        "connections (ASEv3 'allowNewPrivateEndpointConnections' networking setting must be true "
        "for new ones). The spec list example itself shows status 'Disconnecting' with "
        "provisioningState 'Pending' — same transitional pattern as sites: a waiter must settle "
        'on status, not provisioningState. The Delete 202 Location uses api-version 2019-08-01 '
        'in the example.'
    ),
    'recordings': 'none found',
}
APP_SERVICE_ENVIRONMENT = Service(
    type='Microsoft.Web/hostingEnvironments',
    key='app_service_environment',
    label='App Service Environment (v3)',
    names=('ase', 'hosting_environment'),
    api_versions=versions(_APP_SERVICE_ENVIRONMENT_SOURCES, ('2020-10-01',), '2024-04-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(202, settles=True, body="connection", headers=("Azure-AsyncOperation", "Location")),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Location',)),
    group_ids=('hostingEnvironments',),
    sources=_APP_SERVICE_ENVIRONMENT_SOURCES,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    busy_code='Conflict',
    realistic_seconds={"update": (30.0, 90.0), "delete": (30.0, 90.0)},
    settling_statuses=(("Approved", "Approving"), ("Rejected", "Rejecting"), ("Disconnected", "Disconnecting")),
    settling_states=((ANY, "Pending"),),
    settled_states=(("Rejected", "Pending"),),
    connection_naming='link_dash_guid',
    group_ids_field='groupIds',
)

_WEB_APP_SOURCES = {
    'api_version': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/examples/ApproveRejec'
        'tSitePrivateEndpointConnection.json (WebApps_ApproveOrRejectPrivateEndpointConnection '
        'at 2024-04-01; newer stable folders 2024-11-01 and AppService/stable/2025-03-01 also '
        'exist and keep the operations)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_webapp.yaml (Feb 2023, Azure CLI 2.45 sends 2019-08-01 for parent GET, '
        'connection GET/PUT/DELETE); Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        "ctions/custom.py (register_providers) registers 'Microsoft.Web/sites', '2019-08-01', "
        'support_list False'
    ),
    'connections_listing': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/examples/GetSitePriva'
        'teEndpointConnectionList.json (WebApps_GetPrivateEndpointConnectionList GET '
        '.../sites/{name}/privateEndpointConnections answers {"value": [...], "nextLink": null}; '
        'operation in Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/WebApps.json); NOTE '
        'the Azure CLI registers Web/sites with support_list False and lists through the parent '
        'GET properties.privateEndpointConnections at 2019-08-01 (recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_webapp.yaml)'
    ),
    'list_paged': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/examples/GetSitePriva'
        'teEndpointConnectionList.json (list body carries nextLink; pageable)'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_webapp.yaml'
    ),
    'get_missing': 'our inference: no recorded miss; App Service answers 404 NotFound for missing children',
    'put': 'recording: PUT 202 with Azure-AsyncOperation and Location',
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_webapp.yaml (approve: PUT 07:38:44 Approving, GETs Approving at '
        '+10/+21/+30 s, Approved/Succeeded at 07:39:26 = 42 s; reject: PUT 07:40:23 Rejecting, '
        'Rejected at 07:41:15 = 52 s)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_webapp.yaml (DELETE answered 202 Accepted, empty body, '
        'azure-asyncoperation .../operationResults/{id}?api-version=2019-01-01 and location '
        ".../operations/{id}; a GET 1 s later showed status 'Disconnecting', provisioningState "
        "'Deleting'); 200/204: our inference from the spec's LRO delete"
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_webapp.yaml ("actionsRequired":"None"); spec example: '
        'Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/examples/ApproveRejec'
        'tSitePrivateEndpointConnection.json (actionsRequired "" — free text in the Web spec)'
    ),
    'statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_webapp.yaml shows Pending/Approved/Rejected; Disconnected: our '
        'inference (status is free text in the Web spec)'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        "point_connection_webapp.yaml (status 'Approving' for ~40 s after approve, 'Rejecting' "
        "for ~50 s after reject, 'Disconnecting' right after DELETE); Azure/azure-cli "
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        "nds.py asserts reject returns 'Rejecting' and show after delete returns 'Disconnecting'"
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_webapp.yaml (Pending while Approving/Rejecting, Succeeded once '
        'Approved, Deleting after DELETE); Failed: our inference'
    ),
    'refused_transitions': (
        'our inference: no recorded refusal for App Service; Pending->Approved and '
        'Pending->Rejected recorded as accepted (Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_webapp.yaml)'
    ),
    'busy_codes': (
        'our inference: App Service answers 409 Conflict to concurrent site operations; '
        'AnotherOperationInProgress is ARM-wide'
    ),
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_webapp.yaml (groupIds ["sites"]; deployment slots use '
        "'sites-<slotName>': our inference from App Service private endpoint docs)"
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/examples/ApproveRejec'
        'tSitePrivateEndpointConnection.json (PUT body privateLinkServiceConnectionState '
        '{status, description, actionsRequired})'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/examples/ApproveRejec'
        'tSitePrivateEndpointConnection.json (parameter name privateEndpointWrapper = '
        'PrivateLinkConnectionApprovalRequestResource '
        '{properties:{privateLinkServiceConnectionState:{...}}})'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_webapp.yaml (approve: PUT 07:38:44 Approving, GETs Approving at '
        '+10/+21/+30 s, Approved/Succeeded at 07:39:26 = 42 s; reject: PUT 07:40:23 Rejecting, '
        'Rejected at 07:41:15 = 52 s); the delete: our inference (the same span)'
    ),
    'settling_statuses': 'recording: transitional statuses Approving / Rejecting / Disconnecting',
    'settling_states': "our inference: the provisioningState enum's Pending",
    'settled_states': 'recording: after a reject provisioningState stays Pending (3.5 minutes)',
    'connection_naming': "recording: '<consumer connection name>-<guid>'",
    'group_ids_field': "recording (Web apps): connection bodies carry groupIds (null in the parent's view)",
    'notes': (
        'Surprises, all recorded: (1) transitional STATUSES Approving / Rejecting / '
        'Disconnecting in privateLinkServiceConnectionState.status, not only in '
        "provisioningState; (2) after a reject the connection's provisioningState stays "
        "'Pending' indefinitely (recorded for 3.5 minutes after status became Rejected) — a "
        'waiter must settle on the status reaching the target, never on '
        'provisioningState=Succeeded (the Azure CLI polled 20 times and gave up); (3) the PUT '
        "answers 202 with Azure-AsyncOperation and Location. Connection names are '<consumer "
        "connection name>-<guid>'. A Pending connection's description is '' (consumer side said "
        "'Awaiting Approval'); description null in the PUT comes back as ''. Parent GET items "
        'are full objects {id,name,type,location,properties} with groupIds null in the parent '
        'view. Deployment slots have their own collection at '
        '.../sites/{name}/slots/{slot}/privateEndpointConnections (WebApps_*Slot operations): a '
        'separate ARM type Microsoft.Web/sites/slots, not covered here. ASE v3 '
        '(Microsoft.Web/hostingEnvironments) and Static Web Apps (Microsoft.Web/staticSites) '
        'have their own collections too.'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_webapp.yaml'
    ),
}
WEB_APP = Service(
    type='Microsoft.Web/sites',
    key='web_app',
    label='App Service web app / function app',
    names=('webapp', 'app_service', 'function_app', 'sites'),
    api_versions=versions(_WEB_APP_SOURCES, ('2019-08-01', '2021-03-01', '2022-03-01'), '2024-04-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(202, settles=True, body="connection", headers=("Azure-AsyncOperation", "Location")),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('sites',),
    sources=_WEB_APP_SOURCES,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    busy_code='Conflict',
    realistic_seconds={"update": (40.0, 60.0), "delete": (40.0, 60.0)},
    settling_statuses=(("Approved", "Approving"), ("Rejected", "Rejecting"), ("Disconnected", "Disconnecting")),
    settling_states=((ANY, "Pending"),),
    settled_states=(("Rejected", "Pending"),),
    connection_naming='link_dash_guid',
    group_ids_field='groupIds',
)

_STATIC_WEB_APP_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/StaticSites.json '
        '(operations StaticSites_GetPrivateEndpointConnectionList / '
        '_GetPrivateEndpointConnection / _ApproveOrRejectPrivateEndpointConnection / '
        '_DeletePrivateEndpointConnection — operation names confirmed via generated SDK sources; '
        'file not read this session)'
    ),
    'api_versions_seen': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.Web/staticSites', '2021-02-01', hasConnectionsURI true; the "
        ".NET SDK's default for StaticSites_ApproveOrRejectPrivateEndpointConnection was "
        '2021-02-01; no recording found'
    ),
    'connections_listing': (
        'spec: Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/StaticSites.json '
        '(operations StaticSites_GetPrivateEndpointConnectionList / '
        '_GetPrivateEndpointConnection / _ApproveOrRejectPrivateEndpointConnection / '
        '_DeletePrivateEndpointConnection — operation names confirmed via generated SDK sources; '
        'file not read this session); Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI true'
    ),
    'list_paged': 'our inference: Web list operations are x-ms-pageable nextLink',
    'connection_segment': (
        'spec: Azure/azure-rest-api-specs '
        'specification/web/resource-manager/Microsoft.Web/stable/2024-04-01/StaticSites.json '
        '(operations StaticSites_GetPrivateEndpointConnectionList / '
        '_GetPrivateEndpointConnection / _ApproveOrRejectPrivateEndpointConnection / '
        '_DeletePrivateEndpointConnection — operation names confirmed via generated SDK sources; '
        'file not read this session)'
    ),
    'get_missing': missing_is_404(
        'web/resource-manager/Microsoft.Web/stable/2023-12-01/StaticSites.json '
        'StaticSites_GetPrivateEndpointConnection'
    ),
    'put': (
        'our inference: same Web RP private-link backend and operation shape as '
        'Microsoft.Web/sites (/work/typefacts/Microsoft.Web.sites.json (recorded for '
        'Microsoft.Web/sites): 202 + Azure-AsyncOperation + Location, transitional '
        'Approving/Rejecting)'
    ),
    'put_settle_seconds': 'our inference: from sites (recorded 42-52 s)',
    'delete': 'our inference: from sites',
    'actions_field': 'our inference: shared Web PrivateLinkConnectionState definition',
    'statuses': 'our inference: from sites',
    'transitional_statuses': 'our inference: from sites (recorded there)',
    'provisioning_states': 'our inference: from sites',
    'refused_transitions': REJECTED_STAYS_REJECTED,
    'busy_codes': BUSY_CONFLICT,
    'group_ids': (
        "our inference: Static Web Apps private endpoint docs (sub-resource 'staticSites'; " 'Standard plan only)'
    ),
    'writable_fields': 'our inference: shared Web PrivateLinkConnectionApprovalRequestResource',
    'put_body_shape': (
        'our inference: shared Web PrivateLinkConnectionApprovalRequestResource (as sites/ASE ' 'examples)'
    ),
    'realistic_seconds': ('our inference: from sites (recorded 42-52 s); the delete: our inference (the same span)'),
    'notes': (
        'Weak: inferred from Microsoft.Web/sites (recorded) and ASE examples; no static-site '
        'recording or example read. Private endpoints need the Standard plan. Expect the sites '
        'surprises: transitional statuses in privateLinkServiceConnectionState.status and a '
        "provisioningState that may stay 'Pending' after reject — wait on status."
    ),
    'recordings': 'none found',
}
STATIC_WEB_APP = Service(
    type='Microsoft.Web/staticSites',
    key='static_web_app',
    label='Static Web App',
    names=('static_site', 'swa'),
    api_versions=versions(_STATIC_WEB_APP_SOURCES, ('2021-02-01',), '2024-04-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('staticSites',),
    sources=_STATIC_WEB_APP_SOURCES,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    busy_code='Conflict',
    realistic_seconds={"update": (30.0, 90.0), "delete": (30.0, 90.0)},
)

ROWS = (
    APP_SERVICE_ENVIRONMENT,
    WEB_APP,
    STATIC_WEB_APP,
)

"""Microsoft.ApiManagement rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import Service, WriteAnswer, versions

_API_MANAGEMENT_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/apimanagement/resource-manager/Microsoft.ApiManagement/stable/2024-05-01/a'
        'pimprivatelink.json (newest stable folder that has PrivateEndpointConnection_* '
        'operations)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_apim.yaml (connection calls sent api-version=2021-08-01 in 2024; '
        'service GET 2022-08-01); Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs registers 2021-04-01-preview; spec folder 2024-05-01'
    ),
    'connections_listing': (
        'spec: Azure/azure-rest-api-specs '
        'specification/apimanagement/resource-manager/Microsoft.ApiManagement/stable/2024-05-01/a'
        'pimprivatelink.json PrivateEndpointConnection_ListByService GET '
        '{service}/privateEndpointConnections; recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_apim.yaml (`network private-endpoint-connection list` answered 200 '
        'with a list); Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI=true'
    ),
    'list_paged': (
        'spec: Azure/azure-rest-api-specs '
        'specification/apimanagement/resource-manager/Microsoft.ApiManagement/stable/2024-05-01/a'
        'pimprivatelink.json x-ms-pageable nextLinkName null (single page)'
    ),
    'connection_segment': (
        'spec: Azure/azure-rest-api-specs '
        'specification/apimanagement/resource-manager/Microsoft.ApiManagement/stable/2024-05-01/a'
        'pimprivatelink.json'
    ),
    'get_missing': (
        'our inference: spec declares only 200 + default ErrorResponse for '
        'PrivateEndpointConnection_GetByName; ARM proxy resources answer 404 for a missing child'
    ),
    'put': (
        'recording: test_private_endpoint_connection_apim.yaml (reject PUT 202, body echoing id '
        'and the new privateLinkServiceConnectionState only, Location .../operationresults/...)'
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_apim.yaml (reject PUT 202 at 18:14:29: the connection kept showing '
        'Approved/Succeeded until 18:16:27 and showed Rejected from 18:16:38; the SERVICE stayed '
        'provisioningState Updating until 18:17:44, ~195 s after the PUT; after the earlier '
        'approve the service was still Updating from at least 18:12:51 to 18:14:25)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        "point_connection_apim.yaml (DELETE answered 202 Accepted, body '{}', Location "
        '.../operationresults/...); spec: Azure/azure-rest-api-specs '
        'specification/apimanagement/resource-manager/Microsoft.ApiManagement/stable/2024-05-01/a'
        'pimprivatelink.json responses 200/202(location)/204, x-ms-long-running-operation true'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_apim.yaml (bodies carry '
        'privateLinkServiceConnectionState.actionsRequired: null); spec: common-types v2 '
        'privatelinks.json PrivateLinkServiceConnectionState'
    ),
    'statuses': (
        'spec: common-types/resource-management/v2/privatelinks.json '
        'PrivateEndpointServiceConnectionStatus (referenced by Azure/azure-rest-api-specs '
        'specification/apimanagement/resource-manager/Microsoft.ApiManagement/stable/2024-05-01/a'
        'pimprivatelink.json); recording shows Approved and Rejected'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_apim.yaml (during the ~2 min write the connection kept showing the OLD '
        'status, no Approving/Rejecting value)'
    ),
    'provisioning_states': (
        'spec: common-types v2 privatelinks.json PrivateEndpointConnectionProvisioningState; '
        'recording shows only Succeeded'
    ),
    'refused_transitions': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_apim.yaml (Approved -> Rejected accepted on both connections: '
        'auto-approved and manually approved; Pending -> Approved accepted). Rejected -> '
        'Approved not exercised: our inference that it is not refused, unverified'
    ),
    'busy_codes': (
        'our inference: every connection write puts the whole service into provisioningState '
        'Updating for 1.5-3 min (Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_apim.yaml shows service Updating windows 18:12:51-18:14:25 and '
        '18:16:42-18:17:44, and the CLI test runs `apim wait --updated` before each next write); '
        'a write during that window is expected to be refused with 409 - the exact code is not '
        'recorded'
    ),
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_apim.yaml (private endpoint created with --group-id Gateway; '
        'connection groupIds ["Gateway"])'
    ),
    'writable_fields': (
        'spec: Azure/azure-rest-api-specs '
        'specification/apimanagement/resource-manager/Microsoft.ApiManagement/stable/2024-05-01/e'
        'xamples/ApiManagementApproveOrRejectPrivateEndpointConnection.json (request carries '
        'status and description); actionsRequired is in the common-types schema too'
    ),
    'put_body_shape': (
        'spec: Azure/azure-rest-api-specs '
        'specification/apimanagement/resource-manager/Microsoft.ApiManagement/stable/2024-05-01/e'
        'xamples/ApiManagementApproveOrRejectPrivateEndpointConnection.json '
        '(PrivateEndpointConnectionRequest: optional id + '
        'properties.privateLinkServiceConnectionState); recording: the CLI sent the whole GET '
        'body back (id, name, type, provisioningState, privateEndpoint, groupIds) and APIM '
        'accepted it'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_apim.yaml (reject PUT 202 at 18:14:29: the connection kept showing '
        'Approved/Succeeded until 18:16:27 and showed Rejected from 18:16:38; the SERVICE stayed '
        'provisioningState Updating until 18:17:44, ~195 s after the PUT; after the earlier '
        'approve the service was still Updating from at least 18:12:51 to 18:14:25); the delete: '
        'our inference (the same span)'
    ),
    'settling_view': 'recording: GETs showed the OLD status with Succeeded for about two minutes',
    'parent_busy_while_settling': 'recording: the service showed provisioningState Updating meanwhile',
    'result_url': 'recording: Location .../privateEndpointConnections/{name}/operationresults/...',
    'notes': (
        'PUT is asynchronous in an unusual way: 202 + Location, and for about two minutes a GET '
        'of the connection still shows the OLD status with provisioningState Succeeded (a stale '
        'read that looks final). Poll the Location (or the connection until the status matches) '
        'rather than trusting provisioningState. Each connection write also puts the API '
        'Management service itself into provisioningState Updating for a minute or two, so '
        'writes on several connections of one service must be serialized. Description comes back '
        'as empty string "" when never set. The spec example\'s 200 body shows status \'Succeeded\' '
        'inside privateLinkServiceConnectionState (an example error, not a real status).'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_apim.yaml'
    ),
}
API_MANAGEMENT = Service(
    type='Microsoft.ApiManagement/service',
    key='api_management',
    label='API Management service',
    names=('apim', 'apimanagement'),
    api_versions=versions(_API_MANAGEMENT_SOURCES, ('2021-04-01-preview', '2021-08-01', '2022-08-01'), '2024-05-01'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(202, settles=True, body="state", headers=("Location",)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Location',)),
    group_ids=('Gateway',),
    sources=_API_MANAGEMENT_SOURCES,
    list_paged=False,
    realistic_seconds={"update": (100.0, 200.0), "delete": (100.0, 200.0)},
    settling_view='old',
    parent_busy_while_settling=True,
    result_url='{connection}/operationresults/{id}',
)

ROWS = (API_MANAGEMENT,)

"""Microsoft.Insights rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import missing_is_404, Service, versions, WriteAnswer

_MONITOR_PRIVATE_LINK_SCOPE_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/monitor/resource-manager/Microsoft.Insights/preview/2021-07-01-preview/pri'
        'vateLinkScopes_API.json - NO stable version of microsoft.insights/privateLinkScopes '
        'exists in the spec repo (only 2019-10-17-preview, 2021-07-01-preview, '
        '2023-06-01-preview); 2021-07-01-preview is the version Bicep/ARM templates use'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/test_monitor_pri'
        'vate_link_scope_scenario.yaml (api-version=2019-10-17-preview, Apr 2020); '
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py and Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs 2019-10-17-preview; spec preview folders'
    ),
    'connections_listing': (
        'spec: PrivateEndpointConnections_ListByPrivateLinkScope in Azure/azure-rest-api-specs '
        'specification/monitor/resource-manager/Microsoft.Insights/preview/2021-07-01-preview/pri'
        'vateLinkScopes_API.json; recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/test_monitor_pri'
        'vate_link_scope_scenario.yaml (the scope GET also embeds '
        'properties.privateEndpointConnections with full items and etags)'
    ),
    'list_paged': 'our inference: the AMPLS connection list returns a single value array',
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/test_monitor_pri'
        'vate_link_scope_scenario.yaml (request path privateEndpointConnections; ids come back '
        'all lower-case: '
        '.../microsoft.insights/privatelinkscopes/{scope}/privateendpointconnections/{name})'
    ),
    'get_missing': missing_is_404(
        'monitor/resource-manager/Microsoft.Insights/preview/2021-07-01-preview/privateLinkScopes_API.json '
        'PrivateEndpointConnections_Get'
    ),
    'put': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/test_monitor_pri'
        'vate_link_scope_scenario.yaml (reject PUT answered 202 Accepted with an empty body '
        'after ~19 s, azure-asyncoperation '
        '.../providers/microsoft.insights/privatelinkscopeoperationstatuses/{id} and location '
        '.../privateendpointconnections/{name}/operationresults/{id}); spec example: '
        'Azure/azure-rest-api-specs '
        'specification/monitor/resource-manager/Microsoft.Insights/preview/2021-07-01-preview/exa'
        'mples/PrivateEndpointConnectionUpdate.json (200 / 202)'
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/test_monitor_pri'
        'vate_link_scope_scenario.yaml (reject PUT sent 06:24:38, answered 06:24:57; operation '
        'status Succeeded and the connection Rejected at 06:25:19)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/test_monitor_pri'
        'vate_link_scope_scenario.yaml (DELETE answered 202 with azure-asyncoperation '
        'privatelinkscopeoperationstatuses); spec example: Azure/azure-rest-api-specs '
        'specification/monitor/resource-manager/Microsoft.Insights/preview/2021-07-01-preview/exa'
        'mples/PrivateEndpointConnectionDelete.json (200, 202, 204)'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/test_monitor_pri'
        'vate_link_scope_scenario.yaml (actionsRequired: "None")'
    ),
    'statuses': (
        'our inference: AMPLS PrivateLinkServiceConnectionStateProperty.status is a free string; '
        'Approved/Rejected recorded'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/test_monitor_pri'
        'vate_link_scope_scenario.yaml'
    ),
    'provisioning_states': 'our inference: free string; recording shows Succeeded',
    'refused_transitions': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/test_monitor_pri'
        "vate_link_scope_scenario.yaml (Approved -> Rejected accepted; the CLI's approve of an "
        'already approved connection sent no PUT). Rejected -> Approved not exercised: our '
        'inference, unverified'
    ),
    'busy_codes': 'our inference: ARM-wide busy code',
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/test_monitor_pri'
        'vate_link_scope_scenario.yaml (private endpoint groupIds ["azuremonitor"])'
    ),
    'writable_fields': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/test_monitor_pri'
        'vate_link_scope_scenario.yaml (the Azure CLI monitor command sent ONLY {"properties": '
        '{"privateLinkServiceConnectionState": {"status": "Rejected", "description": ""}}} and '
        'it was accepted); spec: actionsRequired is read-only'
    ),
    'put_body_shape': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/test_monitor_pri'
        'vate_link_scope_scenario.yaml'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/test_monitor_pri'
        'vate_link_scope_scenario.yaml (reject PUT sent 06:24:38, answered 06:24:57; operation '
        'status Succeeded and the connection Rejected at 06:25:19); the delete: our inference '
        '(the same span)'
    ),
    'connection_naming': "research notes: names look like 'connection-<guid>'",
    'has_etag': 'research notes: connections carry an etag that changes on write',
    'notes': (
        'No stable api-version exists for AMPLS: the table must use a preview one '
        "(2021-07-01-preview). Connection names look like 'connection-<guid>' (not the "
        "endpoint's name). Ids and types come back lower-cased. Connections carry an etag that "
        'changes on write. The PUT itself is slow (~19 s) and then async.'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/monitor/tests/latest/recordings/test_monitor_pri'
        'vate_link_scope_scenario.yaml'
    ),
}
MONITOR_PRIVATE_LINK_SCOPE = Service(
    type='Microsoft.Insights/privateLinkScopes',
    key='monitor_private_link_scope',
    label='Azure Monitor private link scope (AMPLS)',
    names=('ampls', 'private_link_scope'),
    api_versions=versions(
        _MONITOR_PRIVATE_LINK_SCOPE_SOURCES, ('2019-10-17-preview', '2023-06-01-preview'), '2021-07-01-preview'
    ),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('azuremonitor',),
    sources=_MONITOR_PRIVATE_LINK_SCOPE_SOURCES,
    list_paged=False,
    realistic_seconds={"update": (19.0, 41.0), "delete": (19.0, 41.0)},
    connection_naming='connection_guid',
    has_etag=True,
)

ROWS = (MONITOR_PRIVATE_LINK_SCOPE,)

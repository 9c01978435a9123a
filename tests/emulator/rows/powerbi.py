"""Microsoft.PowerBI rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    BUSY_ANOTHER_OPERATION, CANNOT_CHANGE, missing_is_404, no_transitional, Refusal, Service, SPECS, versions,
    WriteAnswer)

_POWERBI_PRIVATE_LINK_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/powerbiprivatelinks/resource-manager/Microsoft.PowerBI/stable/2020-06-01/p'
        'owerbiprivatelinks.json (the spec file is powerbiprivatelinks.json; the only stable '
        'version); recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_powerbi_ignoreReject.yaml sends 2020-06-01'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_powerbi_ignoreReject.yaml (Aug 2021, Azure CLI 2.27); Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py (register_providers) registers '
        "'Microsoft.PowerBI/privateLinkServicesForPowerBI', '2020-06-01', support_list False"
    ),
    'connections_listing': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/powerbiprivatelinks/resource-manager/Microsoft.PowerBI/stable/2020-06-01/e'
        'xamples/PrivateEndpointConnections_ListByResource.json (GET '
        '.../privateLinkServicesForPowerBI/{name}/privateEndpointConnections answers 200 '
        '{"value": [...]} with full connection objects); NOTE the Azure CLI does not use it '
        '(support_list False) and lists through the parent GET '
        'properties.privateEndpointConnections (recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_powerbi_ignoreReject.yaml) — the parent route also works'
    ),
    'list_paged': (
        'our inference: the list example (spec example: Azure/azure-rest-api-specs '
        'specification/powerbiprivatelinks/resource-manager/Microsoft.PowerBI/stable/2020-06-01/e'
        'xamples/PrivateEndpointConnections_ListByResource.json) carries no nextLink; single '
        'page assumed'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_powerbi_ignoreReject.yaml'
    ),
    'get_missing': missing_is_404(
        'powerbiprivatelinks/resource-manager/Microsoft.PowerBI/stable/2020-06-01/powerbiprivatelinks.json '
        'PrivateEndpointConnections_Get'
    ),
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/powerbiprivatelinks/resource-manager/Microsoft.PowerBI/stable/2020-06-01/e'
        'xamples/PrivateEndpointConnections_Create.json (PUT answered 200 with the connection '
        'body; only a 200 response in the example); our inference: synchronous — after the '
        'recorded PUT every GET for 3 minutes showed status Approved with no provisioningState '
        '(recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_powerbi_ignoreReject.yaml)'
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_powerbi_ignoreReject.yaml (the first GET after the PUT already showed '
        'Approved)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_powerbi_ignoreReject.yaml (DELETE answered 202, empty body, '
        'content-type application/octet-stream, azure-asyncoperation '
        '.../privateLinkServicesForPowerBI/{name}/operationResults/{op}, no Location); 200/204: '
        'our inference'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_powerbi_ignoreReject.yaml ("actionsRequired":"None")'
    ),
    'statuses': (
        'spec: Azure/azure-rest-api-specs specification/powerbiprivatelinks/resource-manager/'
        'Microsoft.PowerBI/stable/2020-06-01/powerbiprivatelinks.json ConnectionState status enum '
        '(Pending, Approved, Rejected, Disconnected); recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_powerbi_ignoreReject.yaml (Approved)'
    ),
    'transitional_statuses': no_transitional(
        'powerbiprivatelinks/resource-manager/Microsoft.PowerBI/stable/2020-06-01/powerbiprivatelinks.json '
        'status enum (Pending, Approved, Rejected, Disconnected)'
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_powerbi_ignoreReject.yaml (connection bodies carry NO '
        "provisioningState at all — the Azure CLI's waiter, which looks for Succeeded/Ready, "
        'polled 20 times over ~3 minutes and gave up)'
    ),
    'refused_transitions': (
        'our inference: from Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        'nds.py (PowerBINetworkARMTemplateBasedScenarioTest: reject=False in the recorded test)'
    ),
    'busy_codes': BUSY_ANOTHER_OPERATION,
    'group_ids': (
        'our inference: recording/test: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        'nds.py creates the endpoint with --group-ids tenant'
    ),
    'writable_fields': (
        "spec: " + SPECS + 'powerbiprivatelinks/resource-manager/Microsoft.PowerBI/stable/2020-06-01/'
        'powerbiprivatelinks.json ConnectionState: status, description, actionsRequired, none read-only'
    ),
    'put_body_shape': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        "point_connection_powerbi_ignoreReject.yaml (the Azure CLI's echoed GET body was "
        'accepted)'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_powerbi_ignoreReject.yaml (the first GET after the PUT already showed '
        'Approved); the delete: our inference (the same span)'
    ),
    'shows_provisioning_state': 'research notes: no provisioningState on connections',
    'notes': (
        "Tenant-level resource: location 'global', one per Power BI tenant; responses are served "
        'by the Power BI backend (headers home-cluster-uri, request-redirected, requestid '
        "instead of x-ms-request-id — quote 'requestid' in error reports). No provisioningState "
        'on connections: a waiter must settle on privateLinkServiceConnectionState.status. The '
        "description sent with approve ('You are approved!') never appeared; GETs showed "
        "'Approved' throughout — expect the description to be ignored or replaced. List only "
        'through the parent (support_list False in the Azure CLI).'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_powerbi_ignoreReject.yaml'
    ),
}
POWERBI_PRIVATE_LINK = Service(
    type='Microsoft.PowerBI/privateLinkServicesForPowerBI',
    key='powerbi_private_link',
    label='Power BI private link service (tenant)',
    names=('powerbi', 'power_bi'),
    api_versions=versions(_POWERBI_PRIVATE_LINK_SOURCES, (), '2020-06-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=False, body="none"),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('tenant',),
    sources=_POWERBI_PRIVATE_LINK_SOURCES,
    list_paged=False,
    refusals=(
        Refusal('Approved', 'Rejected', 400, 'BadRequest', CANNOT_CHANGE),
        Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),
    ),
    realistic_seconds={"update": (0.0, 10.0), "delete": (0.0, 10.0)},
    shows_provisioning_state=False,
)

ROWS = (POWERBI_PRIVATE_LINK,)

"""Microsoft.Automation rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import BUSY_CONFLICT, CANNOT_CHANGE, missing_is_404, Refusal, Service, versions, WriteAnswer

_AUTOMATION_ACCOUNT_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/automation/resource-manager/Microsoft.Automation/preview/2020-01-13-previe'
        'w/privateEndpointConnection.json — the connection operations exist ONLY in this preview '
        'folder; no stable Automation folder (2015-10-31 … 2023-11-01) has '
        'PrivateEndpointConnection examples or operations (find_files listing of '
        'stable/2023-11-01: none); Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs and Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py (register_providers) both use 2020-01-13-preview'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_automation.yaml (May 2021, Azure CLI 2.23)'
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_automation.yaml (GET '
        '.../automationAccounts/{name}/privateEndpointConnections?api-version=2020-01-13-preview '
        'answered 200 {value:[...]}); Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI true; spec example PrivateEndpointConnectionListGet.json'
    ),
    'list_paged': (
        "our inference: spec example PrivateEndpointConnectionListGet.json has only 'value' (no "
        'nextLink); the recorded list had one entry'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_automation.yaml'
    ),
    'get_missing': missing_is_404(
        'automation/resource-manager/Microsoft.Automation/preview/2020-01-13-preview/privateEndpointConnectio'
        'n.json PrivateEndpointConnections_Get'
    ),
    'put': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_automation.yaml (reject PUT answered 200 at once, body '
        "properties.provisioningState 'Succeeded' + status Rejected — the ONLY place "
        'provisioningState ever appeared); spec example: Azure/azure-rest-api-specs '
        'specification/automation/resource-manager/Microsoft.Automation/preview/2020-01-13-previe'
        'w/examples/PrivateEndpointConnectionUpdate.json (responses 200 and 202); 202 with '
        'Location: our inference from the delete example'
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_automation.yaml (05:03:45 PUT 200 Rejected; the next GET at 05:03:57 '
        'showed Rejected)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_automation.yaml (DELETE answered 200, empty body, synchronously); spec '
        'example: Azure/azure-rest-api-specs '
        'specification/automation/resource-manager/Microsoft.Automation/preview/2020-01-13-previe'
        'w/examples/PrivateEndpointConnectionDelete.json (200; 202 with Location '
        '.../privateEndpointConnections/{name}/operationResults/{op}; 204)'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_automation.yaml ("actionsRequired":"None")'
    ),
    'statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_automation.yaml (Approved, Rejected); Pending/Disconnected: our '
        'inference (common PrivateLinkServiceConnectionState)'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_automation.yaml (none seen)'
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_automation.yaml (GET and list bodies carry NO provisioningState; only '
        "the PUT answer carried 'Succeeded'. The Azure CLI's waiter, looking for Succeeded/Ready "
        'on GET, polled ~every 11 s from 05:01:4x to 05:03:43 before giving up on approve)'
    ),
    'refused_transitions': (
        'our inference: recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_automation.yaml shows Approved -> Rejected accepted (200)'
    ),
    'busy_codes': BUSY_CONFLICT,
    'group_ids': (
        'our inference: Azure Automation private link docs '
        '(learn.microsoft.com/azure/automation/how-to/private-link-security) name these two '
        'sub-resources; Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        'nds.py expects 2 private link resources'
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/automation/resource-manager/Microsoft.Automation/preview/2020-01-13-previe'
        'w/examples/PrivateEndpointConnectionUpdate.json (PUT body '
        'properties.privateLinkServiceConnectionState {status, description})'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/automation/resource-manager/Microsoft.Automation/preview/2020-01-13-previe'
        'w/examples/PrivateEndpointConnectionUpdate.json; recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        "point_connection_automation.yaml (the Azure CLI's echoed GET body with description null "
        'was accepted)'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_automation.yaml (05:03:45 PUT 200 Rejected; the next GET at 05:03:57 '
        'showed Rejected); the delete: our inference (the same span)'
    ),
    'shows_provisioning_state': 'recording: GET bodies have no provisioningState',
    'connection_type': 'recording: the type is lower-cased in bodies',
    'connection_naming': "recording: names are '<guid>-<guid>' (one guid here: our inference)",
    'auto_approval_description': "recording: 'Auto-approved'",
    'notes': (
        'Connection API is preview-only (2020-01-13-preview) even today; no stable api-version '
        "carries it. Connection names are '<guid>-<guid>'; the 'type' in bodies is lowercased "
        "'Microsoft.Automation/automationaccounts/privateEndpointConnections' (compare "
        'case-insensitively). GET bodies have no provisioningState: a waiter must settle on '
        'privateLinkServiceConnectionState.status. Description: a PUT with description null '
        "answered description null, but the following GET still showed the old 'Auto-approved' — "
        'a null description keeps the old text; do not report a description change as applied '
        'without re-reading.'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_automation.yaml'
    ),
}
AUTOMATION_ACCOUNT = Service(
    type='Microsoft.Automation/automationAccounts',
    key='automation_account',
    label='Automation account',
    names=('automation',),
    api_versions=versions(_AUTOMATION_ACCOUNT_SOURCES, (), '2020-01-13-preview'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=False),
    delete=WriteAnswer(200, settles=False, body="none"),
    group_ids=('Webhook', 'DSCAndHybridWorker'),
    sources=_AUTOMATION_ACCOUNT_SOURCES,
    list_paged=False,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    busy_code='Conflict',
    realistic_seconds={"update": (0.0, 15.0), "delete": (0.0, 15.0)},
    shows_provisioning_state=False,
    connection_type='Microsoft.Automation/automationaccounts/privateEndpointConnections',
    connection_naming='guid',
    auto_approval_description='Auto-approved',
)

ROWS = (AUTOMATION_ACCOUNT,)

"""Microsoft.Authorization rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    BUSY_ANOTHER_OPERATION, CANNOT_CHANGE, GET_MISSING_404, NO_CONNECTION_SPEC, Refusal, Service, versions,
    WriteAnswer)

_RESOURCE_MANAGEMENT_PRIVATE_LINK_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/resources/resource-manager/Microsoft.Authorization/stable/2020-05-01/priva'
        'teLinks.json (only stable version of the parent; the connection operations are NOT in '
        'any spec) ; recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_resourcemanagementprivatelink.yaml uses 2020-05-01 for parent and '
        'connection calls'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_resourcemanagementprivatelink.yaml (Dec 2023, Azure CLI 2.55); '
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py (register_providers) registers '
        "'Microsoft.Authorization/resourceManagementPrivateLinks', '2020-05-01'"
    ),
    'connections_listing': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers ('Microsoft.Authorization/resourceManagementPrivateLinks', '2020-05-01', "
        'hasConnectionsURI true) and the Azure CLI registers support_list True, i.e. GET '
        '.../resourceManagementPrivateLinks/{name}/privateEndpointConnections is used by both '
        'tools; not in any spec; the recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_resourcemanagementprivatelink.yaml lists through the parent GET '
        'properties.privateEndpointConnections (full objects), which also works'
    ),
    'list_paged': 'our inference: no nextLink seen; the parent body carries all connections',
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_resourcemanagementprivatelink.yaml'
    ),
    'get_missing': f"{GET_MISSING_404}; {NO_CONNECTION_SPEC}",
    'put': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_resourcemanagementprivatelink.yaml (approve and reject PUT answered '
        '202 Accepted with body {"status":"Accepted"} and header azure-asyncoperation '
        'https://management.azure.com/providers/Microsoft.Authorization/operationStatus/{opaque '
        'token}?api-version=2020-05-01 — a TENANT-level URL, no Location)'
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_resourcemanagementprivatelink.yaml (approve PUT 08:58:56, GET at '
        '08:59:07 Approved/Succeeded; reject PUT 08:59:08, GET at 08:59:19 Rejected/Succeeded)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_resourcemanagementprivatelink.yaml (DELETE answered 202 with body '
        '{"status":"Accepted"} and the same tenant-level operationStatus header); 200/204: '
        'unknown'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_resourcemanagementprivatelink.yaml (after a write the state shows '
        '"actionsRequired":"None"; before, only status and description)'
    ),
    'statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_resourcemanagementprivatelink.yaml (Approved, Rejected); Pending: our '
        'inference'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_resourcemanagementprivatelink.yaml'
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_resourcemanagementprivatelink.yaml (only Succeeded seen); others '
        'unknown'
    ),
    'refused_transitions': (
        'our inference: Approved->Approved and Approved->Rejected recorded as accepted '
        '(Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_resourcemanagementprivatelink.yaml)'
    ),
    'busy_codes': BUSY_ANOTHER_OPERATION,
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_resourcemanagementprivatelink.yaml (groupIds ["ResourceManagement"] on '
        'the private endpoint)'
    ),
    'writable_fields': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_resourcemanagementprivatelink.yaml (the Azure CLI echoed the GET body; '
        'a null description made the service drop the description entirely)'
    ),
    'put_body_shape': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_resourcemanagementprivatelink.yaml'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_resourcemanagementprivatelink.yaml (approve PUT 08:58:56, GET at '
        '08:59:07 Approved/Succeeded; reject PUT 08:59:08, GET at 08:59:19 Rejected/Succeeded); '
        'the delete: our inference (the same span)'
    ),
    'status_url': (
        'recording: the async operation URL is tenant-level ' '(/providers/Microsoft.Authorization/operationStatus/...)'
    ),
    'auto_approval_description': "recording: 'Auto-approved'",
    'notes': (
        'Not in any REST spec: the connection GET/PUT/DELETE exist only in real traffic '
        "(recorded), and the spec's "
        'ResourceManagementPrivateLink.properties.privateEndpointConnections is wrongly typed as '
        'an array of strings — real bodies are full connection objects. The async operation URL '
        'is tenant-level (/providers/Microsoft.Authorization/operationStatus/...), outside the '
        "subscription. Connection names are '<private-endpoint-name>.<guid>'. Auto-approved "
        "connections say 'Auto-approved'. Effectively a control-plane security resource: "
        'rejecting or removing a connection cuts ARM access over that private endpoint for the '
        'associated management group.'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_resourcemanagementprivatelink.yaml'
    ),
}
RESOURCE_MANAGEMENT_PRIVATE_LINK = Service(
    type='Microsoft.Authorization/resourceManagementPrivateLinks',
    key='resource_management_private_link',
    label='Resource Management private link',
    names=('rmpl', 'arm_private_link'),
    api_versions=versions(_RESOURCE_MANAGEMENT_PRIVATE_LINK_SOURCES, (), '2020-05-01'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('ResourceManagement',),
    sources=_RESOURCE_MANAGEMENT_PRIVATE_LINK_SOURCES,
    list_paged=False,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    realistic_seconds={"update": (1.0, 12.0), "delete": (1.0, 12.0)},
    status_url='/providers/Microsoft.Authorization/operationStatus/{id}',
    auto_approval_description='Auto-approved',
)

ROWS = (RESOURCE_MANAGEMENT_PRIVATE_LINK,)

"""Microsoft.Compute rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import Service, WriteAnswer, versions

_DISK_ACCESS_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/compute/resource-manager/Microsoft.Compute/DiskRP/stable/2025-01-02/DiskRP'
        '.json (newest stable DiskRP folder, present in the index; PEC operations not re-read); '
        'real traffic used 2023-04-02'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_disk_access.yaml (connection calls api-version=2023-04-02, '
        '2025-06-17); Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py and Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs 2020-09-30'
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_disk_access.yaml (`private-endpoint-connection list --type '
        'Microsoft.Compute/diskAccesses` via GET .../privateEndpointConnections); recording: '
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_disk_access'
        '_private_endpoint.yaml (list showed the auto-approved connection)'
    ),
    'list_paged': "our inference: DiskRP's ListPrivateEndpointConnections is x-ms-pageable with nextLink",
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_disk_access.yaml (note the body type string is '
        "'Microsoft.Compute/diskAccesses/PrivateEndpointConnections' with a capital P)"
    ),
    'get_missing': 'our inference: spec declares 200 + default CloudError',
    'put': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_disk_access.yaml (reject PUT answered 202 Accepted with an EMPTY body; '
        'azure-asyncoperation '
        '.../providers/Microsoft.Compute/locations/westus/DiskOperations/{id} and location '
        '...&monitor=true)'
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_disk_access.yaml (PUT 13:55:21; GETs at 13:55:33 and 13:55:44 still '
        "showed Approved/'Auto-Approved' with provisioningState Succeeded; 13:55:56 showed "
        'Rejected)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_disk_access.yaml (DELETE answered 202 Accepted, empty body, '
        'azure-asyncoperation DiskOperations + location)'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_disk_access.yaml (actionsRequired: "None")'
    ),
    'statuses': (
        'our inference: DiskRP uses the common PrivateEndpointServiceConnectionStatus shape '
        '(spec: Azure/azure-rest-api-specs '
        'specification/common-types/resource-management/v5/privatelinks.json); Approved and '
        'Rejected recorded'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_disk_access.yaml'
    ),
    'provisioning_states': (
        'our inference: common shape; recording shows only Succeeded (even during the pending ' 'write)'
    ),
    'refused_transitions': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_disk_access.yaml (Approved -> Approved (approve on an auto-approved '
        'connection) and Approved -> Rejected accepted). Rejected -> Approved not exercised: our '
        'inference, unverified'
    ),
    'busy_codes': 'our inference: ARM-wide busy code',
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_disk_access'
        "_private_endpoint.yaml (private-link-resource name 'disks', --group-ids disks)"
    ),
    'writable_fields': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_disk_access.yaml (PUT carried actionsRequired, description, status and '
        'was accepted)'
    ),
    'put_body_shape': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_disk_access.yaml'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_disk_access.yaml (PUT 13:55:21; GETs at 13:55:33 and 13:55:44 still '
        "showed Approved/'Auto-Approved' with provisioningState Succeeded; 13:55:56 showed "
        'Rejected); the delete: our inference (the same span)'
    ),
    'settling_view': 'recording: GETs keep the OLD status with Succeeded for ~25-35 s',
    'connection_naming': 'recording: <disk-access-name>.<guid>',
    'notes': (
        'PUT returns 202 with an empty body, and GETs keep showing the OLD status with '
        'provisioningState Succeeded for ~25-35 s (stale read that looks final): poll the '
        'Azure-AsyncOperation URL. Connection names are <disk-access-name>.<guid>. A reject with '
        'description null removes the description key. Bodies are pretty-printed with \\r\\n '
        '(Compute RP style).'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_disk_access.yaml; Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_disk_access'
        '_private_endpoint.yaml'
    ),
}
DISK_ACCESS = Service(
    type='Microsoft.Compute/diskAccesses',
    key='disk_access',
    label='Disk access',
    names=('diskaccess',),
    api_versions=versions(_DISK_ACCESS_SOURCES, ('2020-09-30', '2023-04-02'), '2025-01-02'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('disks',),
    sources=_DISK_ACCESS_SOURCES,
    realistic_seconds={"update": (23.0, 35.0), "delete": (23.0, 35.0)},
    settling_view='old',
    connection_naming='parent_guid',
)

ROWS = (DISK_ACCESS,)

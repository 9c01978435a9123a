"""Microsoft.StorageSync rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    BUSY_ANOTHER_OPERATION, CANNOT_CHANGE, missing_is_404, no_transitional, Refusal, Service, versions,
    WriteAnswer)

_STORAGE_SYNC_SERVICE_SOURCES = {
    'api_version': (
        'our inference: newest stable Microsoft.StorageSync folder (Azure/azure-rest-api-specs '
        'specification/storagesync/resource-manager/Microsoft.StorageSync/stable/2022-09-01/stora'
        'gesync.json, PEC operations present since 2020-03-01; file not re-read this session)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_storage_sync.yaml (Oct 2021, Azure CLI 2.29 sends 2020-03-01); '
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py (register_providers) registers '
        "'Microsoft.StorageSync/storageSyncServices', '2020-03-01'"
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_storage_sync.yaml (GET '
        '.../storageSyncServices/{name}/privateEndpointConnections answered 200 {value:[...]})'
    ),
    'list_paged': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_storage_sync.yaml (no nextLink); our inference: single page '
        '(common-types PrivateEndpointConnectionListResult)'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_storage_sync.yaml'
    ),
    'get_missing': missing_is_404(
        'storagesync/resource-manager/Microsoft.StorageSync/stable/2022-09-01/storagesync.json '
        'PrivateEndpointConnections_Get'
    ),
    'put': (
        'our inference: the Storage Sync RP answers writes 202 with Azure-AsyncOperation + '
        'Location (recorded for DELETE); no PUT recorded (the Azure CLI test skips '
        'approve/reject: approve=False, rejected=False in Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        'nds.py)'
    ),
    'put_settle_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded ' 'services'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_storage_sync.yaml (DELETE answered 202, empty body, '
        'azure-asyncoperation '
        '.../providers/microsoft.storagesync/locations/eastus/operations/{base64 token} and '
        'location .../operationresults/{token}); 200/204: our inference'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_storage_sync.yaml ("actionsRequired":"None")'
    ),
    'statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_storage_sync.yaml (Approved); others: our inference (common-types '
        'status enum)'
    ),
    'transitional_statuses': no_transitional(
        'storagesync/resource-manager/Microsoft.StorageSync/stable/2022-09-01/storagesync.json status enum '
        '(Pending, Approved, Rejected)'
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_storage_sync.yaml (Succeeded); others: common-types enum, our inference'
    ),
    'refused_transitions': 'our inference: nothing recorded',
    'busy_codes': BUSY_ANOTHER_OPERATION,
    'group_ids': (
        "our inference: Azure File Sync documents the private link sub-resource 'afs' (the "
        'recorded endpoint got four FQDNs: '
        '<name>management/syncp/syncs/monitoring.<region>.afs.azure.net)'
    ),
    'writable_fields': 'our inference: common-types PrivateLinkServiceConnectionState',
    'put_body_shape': 'our inference: common-types shape',
    'realistic_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded '
        'services; the delete: our inference (the same span)'
    ),
    'auto_approval_description': "research notes: auto-approved connections carry description ''",
    'notes': (
        'The service returns ids and types LOWER-CASED '
        "('/providers/microsoft.storagesync/storageSyncServices/...', type "
        "'microsoft.storagesync/storageSyncServices/privateEndpointConnections') — compare ARM "
        "ids case-insensitively. Connection names are '<private-endpoint-name>.<guid>'. "
        "Auto-approved connections carry description ''. The async operation token is base64 "
        'JSON in the URL path.'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_storage_sync.yaml'
    ),
}
STORAGE_SYNC_SERVICE = Service(
    type='Microsoft.StorageSync/storageSyncServices',
    key='storage_sync_service',
    label='Storage Sync service (Azure File Sync)',
    names=('storagesync', 'file_sync'),
    api_versions=versions(_STORAGE_SYNC_SERVICE_SOURCES, ('2020-03-01',), '2022-09-01'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('afs',),
    sources=_STORAGE_SYNC_SERVICE_SOURCES,
    list_paged=False,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    realistic_seconds={"update": (10.0, 30.0), "delete": (10.0, 30.0)},
    auto_approval_description='',
)

ROWS = (STORAGE_SYNC_SERVICE,)

"""Microsoft.Batch rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import Service, WriteAnswer, versions

_BATCH_ACCOUNT_SOURCES = {
    'api_version': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/batch/resource-manager/Microsoft.Batch/stable/2024-07-01/examples/PrivateE'
        'ndpointConnectionUpdate.json (stable folder with PrivateEndpointConnection_Update); a '
        '2025-06-01 version is the default of the newest generated Azure SDK for JS client '
        '(@azure/arm-batch) - not checked here'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_batch_account.yaml (connection list/show/delete sent '
        'api-version=2023-11-01, 2024-09-14); Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py (old registry 2020-03-01; Batch has its own '
        'BatchPrivateEndpointClient); Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs 2022-06-01'
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_batch_account.yaml (GET '
        '.../batchAccounts/{name}/privateEndpointConnections answered {"value": [...]}); '
        'Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI=true'
    ),
    'list_paged': (
        "our inference: Batch's list takes a maxresults query parameter and returns nextLink "
        '(Azure SDK for JS _listByBatchAccountSend uses {?api-version,maxresults}); the recorded '
        'single page had no nextLink key'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_batch_account.yaml'
    ),
    'get_missing': ('our inference: spec declares 200 + default CloudError for PrivateEndpointConnection_Get'),
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/batch/resource-manager/Microsoft.Batch/stable/2024-07-01/examples/PrivateE'
        'ndpointConnectionUpdate.json (responses 200 with the connection and ETag header, or 202 '
        'with Location .../privateEndpointConnectionProxyResults/Updating$... and Retry-After '
        '15); generated SDKs list PATCH .../privateEndpointConnections/{name} expecting [200, '
        '202]; later spec revisions add an Azure-AsyncOperation header on 202'
    ),
    'put_settle_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded ' 'services'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_batch_account.yaml (DELETE answered 202 Accepted, empty body, with '
        'both azure-asyncoperation and location '
        '.../privateEndpointConnectionResults/Deleting$<name>$<guid>); generated SDKs expect '
        '[202, 204]'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_batch_account.yaml (privateLinkServiceConnectionState.actionsRequired: '
        '"None"); note the newer .NET SDK model names it actionRequired but the wire name '
        'recorded is actionsRequired; it is read-only in the Batch spec'
    ),
    'statuses': (
        'doc: '
        'https://learn.microsoft.com/en-us/dotnet/api/microsoft.azure.management.batch.models.pri'
        'vatelinkserviceconnectionstatus (Approved, Pending, Rejected, Disconnected; same in '
        'azure-mgmt-batch PrivateLinkServiceConnectionStatus)'
    ),
    'transitional_statuses': 'our inference: none in the Batch enum; transitions show as provisioningState Updating',
    'provisioning_states': (
        'doc: '
        'https://learn.microsoft.com/en-ie/dotnet/api/azure.resourcemanager.batch.models.batchpri'
        "vateendpointconnectionprovisioningstate.cancelled (Batch's own enum incl. Cancelled); "
        'recording shows Succeeded'
    ),
    'refused_transitions': 'our inference: nothing recorded or documented for Batch',
    'busy_codes': 'our inference: ARM-wide busy code; nothing Batch-specific recorded',
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_batch_account.yaml (groupIds ["batchAccount"]); nodeManagement is '
        "Batch's second documented sub-resource (doc: "
        'https://learn.microsoft.com/azure/batch/private-connectivity) - our inference for the '
        'table'
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/batch/resource-manager/Microsoft.Batch/stable/2024-07-01/examples/PrivateE'
        'ndpointConnectionUpdate.json (PATCH body carries status and description; '
        'actionsRequired is read-only)'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/batch/resource-manager/Microsoft.Batch/stable/2024-07-01/examples/PrivateE'
        'ndpointConnectionUpdate.json'
    ),
    'realistic_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded '
        'services; the delete: our inference (the same span)'
    ),
    'write_method': (
        'spec: PrivateEndpointConnection_Update is a PATCH; PUT is not an operation (our ' 'inference: answered 405)'
    ),
    'has_etag': 'recording: the connection carries an etag (body and ETag header)',
    'connection_naming': 'recording: <private-endpoint-name>.<guid>',
    'auto_approval_description': "recording: 'Auto-approved' (lower-case a)",
    'notes': (
        'Batch changes a connection with PATCH, not PUT (PrivateEndpointConnection_Update). The '
        'connection carries an etag both in the body and as ETag header (W/"0x8D...") plus '
        'Last-Modified; PATCH accepts If-Match. Connection names are '
        '<private-endpoint-name>.<guid>. Auto-approved connections say description '
        "'Auto-approved' (lower-case a). DELETE polls "
        'privateEndpointConnectionResults/Deleting$..., PATCH polls '
        'privateEndpointConnectionProxyResults/Updating$... .'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_batch_account.yaml'
    ),
}
BATCH_ACCOUNT = Service(
    type='Microsoft.Batch/batchAccounts',
    key='batch_account',
    label='Batch account',
    names=('batch',),
    api_versions=versions(_BATCH_ACCOUNT_SOURCES, ('2020-03-01', '2022-06-01', '2023-11-01'), '2024-07-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(202, settles=True, body="none", headers=('Location',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('batchAccount', 'nodeManagement'),
    sources=_BATCH_ACCOUNT_SOURCES,
    write_method='PATCH',
    realistic_seconds={"update": (10.0, 30.0), "delete": (10.0, 30.0)},
    has_etag=True,
    connection_naming='endpoint_guid',
    auto_approval_description='Auto-approved',
)

ROWS = (BATCH_ACCOUNT,)

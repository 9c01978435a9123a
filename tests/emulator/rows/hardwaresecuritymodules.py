"""Microsoft.HardwareSecurityModules rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import BUSY_CONFLICT, CANNOT_CHANGE, missing_is_404, Refusal, Service, versions, WriteAnswer

_CLOUD_HSM_CLUSTER_SOURCES = {
    'api_version': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hardwaresecuritymodules/resource-manager/Microsoft.HardwareSecurityModules'
        '/stable/2025-03-31/examples/CloudHsmClusterPrivateEndpointConnection_Create_MaximumSet_G'
        'en.json (stable 2025-03-31 folder has the PEC operations; earlier versions were '
        'previews)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_chsm_privat'
        'e_endpoint_connection.yaml (Apr 2023, Azure CLI 2.47, 2022-08-31-preview); '
        'Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.HardwareSecurityModules/cloudHsmClusters', "
        "'2022-08-31-preview', hasConnectionsURI true"
    ),
    'connections_listing': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI true; spec PrivateEndpointConnections_ListByCloudHsmCluster (SDK '
        'samples)'
    ),
    'list_paged': 'our inference: TypeSpec-generated list (nextLink)',
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_chsm_privat'
        'e_endpoint_connection.yaml'
    ),
    'get_missing': missing_is_404(
        'hardwaresecuritymodules/resource-manager/Microsoft.HardwareSecurityModules/preview/2023-12-10-previe'
        'w/cloudhsm.json CloudHsmClusterPrivateEndpointConnections_Get'
    ),
    'put': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_chsm_privat'
        'e_endpoint_connection.yaml (reject PUT answered 200 with body provisioningState '
        "'Updating', status already Rejected, and an azure-asyncoperation header pointing at the "
        "connection URL itself plus '&chsm-operation=<base64 token>'); 201: our inference"
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_chsm_privat'
        'e_endpoint_connection.yaml (PUT 14:36:23 Updating; GET 14:36:34 and 14:36:47 Updating; '
        "14:36:58 'SUCCEEDED' = 35 s)"
    ),
    'delete': (
        'our inference: not recorded (the test deletes the private endpoint, not the '
        'connection); the cluster DELETE recorded 202 with Location '
        '.../locations/{region}/cloudHsmOperationResults/{id}'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_chsm_privat'
        'e_endpoint_connection.yaml ("actionsRequired":"None")'
    ),
    'statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_chsm_privat'
        'e_endpoint_connection.yaml (Approved, Rejected); Pending: our inference (common-types)'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_chsm_privat'
        'e_endpoint_connection.yaml'
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_chsm_privat'
        "e_endpoint_connection.yaml (completed connections report 'SUCCEEDED' in UPPER CASE; "
        "in-flight 'Updating'); others: our inference"
    ),
    'refused_transitions': (
        'our inference: recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_chsm_privat'
        'e_endpoint_connection.yaml shows Approved->Rejected accepted'
    ),
    'busy_codes': BUSY_CONFLICT,
    'group_ids': "our inference: Cloud HSM private endpoint docs (group id 'cloudHsm')",
    'writable_fields': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_chsm_privat'
        "e_endpoint_connection.yaml (description 'You are rejected!' stored)"
    ),
    'put_body_shape': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_chsm_privat'
        "e_endpoint_connection.yaml (the Azure CLI's echoed GET body incl. etag and location was "
        'accepted)'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_chsm_privat'
        'e_endpoint_connection.yaml (PUT 14:36:23 Updating; GET 14:36:34 and 14:36:47 Updating; '
        "14:36:58 'SUCCEEDED' = 35 s); the delete: our inference (the same span)"
    ),
    'succeeded_state': "recording: provisioningState 'SUCCEEDED' in upper case",
    'connection_naming': "research report: named after the consumer's connection name",
    'notes': (
        "SURPRISE (recorded): provisioningState 'SUCCEEDED' in upper case — compare provisioning "
        "states case-insensitively (the Azure CLI's waiter, which compares 'Succeeded', polled "
        'for minutes). The async-operation URL is the connection URL with an opaque '
        "chsm-operation token. Bodies carry 'location' and 'etag'. Connection name equals the "
        "consumer's connection name ('cli-pec-000006' = the name given in the private endpoint's "
        "privateLinkServiceConnections), not '<pe>.<guid>'."
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_chsm_privat'
        'e_endpoint_connection.yaml'
    ),
}
CLOUD_HSM_CLUSTER = Service(
    type='Microsoft.HardwareSecurityModules/cloudHsmClusters',
    key='cloud_hsm_cluster',
    label='Azure Cloud HSM cluster',
    names=('cloud_hsm',),
    api_versions=versions(_CLOUD_HSM_CLUSTER_SOURCES, ('2022-08-31-preview',), '2025-03-31'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(200, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Location',)),
    group_ids=('cloudHsm',),
    sources=_CLOUD_HSM_CLUSTER_SOURCES,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    busy_code='Conflict',
    realistic_seconds={"update": (20.0, 45.0), "delete": (20.0, 45.0)},
    succeeded_state='SUCCEEDED',
    connection_naming='link',
)

ROWS = (CLOUD_HSM_CLUSTER,)

"""Microsoft.RecoveryServices rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    ANY, BUSY_ANOTHER_OPERATION, CANNOT_CHANGE, missing_is_404, no_transitional, Refusal, Service, versions,
    WriteAnswer)

_RECOVERY_SERVICES_VAULT_SOURCES = {
    'api_version': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/recoveryservicesbackup/resource-manager/Microsoft.RecoveryServices/stable/'
        '2021-12-01/examples/PrivateEndpointConnection/PutPrivateEndpointConnection.json '
        '(PrivateEndpointConnection_Put/Get/Delete live in the recoveryservicesbackup spec; '
        'newer stable folders keep them: our inference — the vault GET in Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_recoveryser'
        'vices_private_endpoint.yaml used 2025-08-01 for the Microsoft.RecoveryServices vaults '
        'spec)'
    ),
    'api_versions_seen': (
        'our inference: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        "ctions/custom.py (register_providers) registers 'Microsoft.RecoveryServices/vaults', "
        "'2021-07-01'; Azure/azure-powershell "
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers '2021-07-01'; recording: Azure/azure-cli "
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_recoveryser'
        'vices_private_endpoint.yaml (Nov 2025: vault calls at 2025-08-01; the test stops before '
        'any connection call)'
    ),
    'connections_listing': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs registers RecoveryServices/vaults with hasConnectionsURI false (list through the '
        "vault's properties.privateEndpointConnections); the backup spec has Get/Put/Delete of "
        'one connection but no list operation: our inference from the example set; the Azure CLI '
        'nevertheless registers support_list True'
    ),
    'list_paged': 'our inference: inside the vault body',
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/recoveryservicesbackup/resource-manager/Microsoft.RecoveryServices/stable/'
        '2021-12-01/examples/PrivateEndpointConnection/PutPrivateEndpointConnection.json'
    ),
    'get_missing': missing_is_404(
        'recoveryservicesbackup/resource-manager/Microsoft.RecoveryServices/stable/2024-04-01/bms.json '
        'PrivateEndpointConnection_Get'
    ),
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/recoveryservicesbackup/resource-manager/Microsoft.RecoveryServices/stable/'
        '2021-12-01/examples/PrivateEndpointConnection/PutPrivateEndpointConnection.json (201 '
        "with body provisioningState 'Pending' and headers Azure-AsyncOperation "
        '.../privateEndpointConnections/{name}/operationsStatus/{op}, Retry-After 60; 200 with '
        'Succeeded)'
    ),
    'put_settle_seconds': 'our inference: Retry-After 60 in the spec example; not recorded',
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/recoveryservicesbackup/resource-manager/Microsoft.RecoveryServices/stable/'
        '2021-12-01/examples/PrivateEndpointConnection/DeletePrivateEndpointConnection.json '
        '(200, 202 with Azure-AsyncOperation + Retry-After 60, 204)'
    ),
    'actions_field': (
        "our inference: the backup spec's PrivateLinkServiceConnectionState has an "
        'actionsRequired string; examples show only status/description'
    ),
    'statuses': 'our inference: backup spec PrivateEndpointConnectionStatus enum',
    'transitional_statuses': no_transitional(
        'recoveryservicesbackup/resource-manager/Microsoft.RecoveryServices/stable/2024-04-01/bms.json status'
        ' enum (Pending, Approved, Rejected, Disconnected)'
    ),
    'provisioning_states': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/recoveryservicesbackup/resource-manager/Microsoft.RecoveryServices/stable/'
        '2021-12-01/examples/PrivateEndpointConnection/PutPrivateEndpointConnection.json '
        '(Pending then Succeeded); Deleting/Failed: our inference (ProvisioningState enum of the '
        'backup spec)'
    ),
    'refused_transitions': (
        'our inference: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/test_private_endpoint_comma'
        'nds.py (test_recoveryservices_private_endpoint, live only) rejects an approved '
        'connection successfully'
    ),
    'busy_codes': BUSY_ANOTHER_OPERATION,
    'group_ids': (
        'our inference: Azure Backup / Site Recovery private endpoint docs; connection names '
        "carry '.backup.' (spec example name '<pe>.<number>.backup.<guid>')"
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/recoveryservicesbackup/resource-manager/Microsoft.RecoveryServices/stable/'
        '2021-12-01/examples/PrivateEndpointConnection/PutPrivateEndpointConnection.json (PUT '
        'body properties {provisioningState, privateEndpoint, '
        'privateLinkServiceConnectionState{status, description}})'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/recoveryservicesbackup/resource-manager/Microsoft.RecoveryServices/stable/'
        '2021-12-01/examples/PrivateEndpointConnection/PutPrivateEndpointConnection.json (the '
        'example PUT echoes privateEndpoint.id and provisioningState too; a minimal body: our '
        'inference)'
    ),
    'realistic_seconds': (
        'our inference: Retry-After 60 in the spec example; not recorded; the delete: our ' 'inference (the same span)'
    ),
    'notes': (
        'Connection operations are served by the Backup RP spec (recoveryservicesbackup), not '
        "the vaults spec. Two kinds of connections live on one vault: Backup ('.backup.' in the "
        'name) and Site Recovery; the vault exposes privateEndpointStateForBackup / '
        "privateEndpointStateForSiteRecovery (recorded 'None'). A vault needs a managed identity "
        'with rights before private endpoints can be created (the Azure CLI test assigns '
        'Contributor). The recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_recoveryser'
        'vices_private_endpoint.yaml ends after identity assignment: no connection traffic '
        'recorded.'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_recoveryser'
        'vices_private_endpoint.yaml'
    ),
}
RECOVERY_SERVICES_VAULT = Service(
    type='Microsoft.RecoveryServices/vaults',
    key='recovery_services_vault',
    label='Recovery Services vault',
    names=('recovery_vault', 'backup_vault_rsv'),
    api_versions=versions(_RECOVERY_SERVICES_VAULT_SOURCES, ('2021-07-01', '2025-08-01'), '2021-12-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('AzureBackup', 'AzureSiteRecovery', 'AzureBackup_secondary'),
    sources=_RECOVERY_SERVICES_VAULT_SOURCES,
    listing='parent_only',
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    settling_states=((ANY, 'Pending'),),
    realistic_seconds={"update": (30.0, 120.0), "delete": (30.0, 120.0)},
)

ROWS = (RECOVERY_SERVICES_VAULT,)

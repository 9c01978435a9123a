"""Microsoft.Attestation rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    BUSY_CONFLICT, CANNOT_CHANGE, missing_is_404, no_transitional, Refusal, REJECTED_STAYS_REJECTED, Service,
    versions, WriteAnswer)

_ATTESTATION_PROVIDER_SOURCES = {
    'api_version': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/attestation/resource-manager/Microsoft.Attestation/stable/2021-06-01/examp'
        'les/AttestationProviderPutPrivateEndpointConnection.json (newest stable Attestation '
        'folder with the connection operations)'
    ),
    'api_versions_seen': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.Attestation/attestationProviders', '2020-10-01', "
        'hasConnectionsURI true; no recording found'
    ),
    'connections_listing': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI true; spec PrivateEndpointConnections_List: our inference (example '
        'AttestationProviderListPrivateEndpointConnections.json not read)'
    ),
    'list_paged': 'our inference: common-types PrivateEndpointConnectionListResult (value only)',
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/attestation/resource-manager/Microsoft.Attestation/stable/2021-06-01/examp'
        'les/AttestationProviderPutPrivateEndpointConnection.json'
    ),
    'get_missing': missing_is_404(
        'attestation/resource-manager/Microsoft.Attestation/stable/2021-06-01/attestation.json '
        'PrivateEndpointConnections_Get'
    ),
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/attestation/resource-manager/Microsoft.Attestation/stable/2021-06-01/examp'
        'les/AttestationProviderPutPrivateEndpointConnection.json (only 200, body '
        "provisioningState 'Succeeded')"
    ),
    'put_settle_seconds': 'our inference: synchronous',
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/attestation/resource-manager/Microsoft.Attestation/stable/2021-06-01/examp'
        'les/AttestationProviderDeletePrivateEndpointConnection.json (200, 204)'
    ),
    'actions_field': ('our inference: common-types PrivateLinkServiceConnectionState (v1); the example omits it'),
    'statuses': 'our inference: common-types PrivateEndpointServiceConnectionStatus',
    'transitional_statuses': no_transitional(
        'attestation/resource-manager/Microsoft.Attestation/stable/2021-06-01/attestation.json status enum '
        '(Pending, Approved, Rejected)'
    ),
    'provisioning_states': (
        'our inference: common-types PrivateEndpointConnectionProvisioningState; example shows ' 'Succeeded'
    ),
    'refused_transitions': REJECTED_STAYS_REJECTED,
    'busy_codes': BUSY_CONFLICT,
    'group_ids': "our inference: Azure Attestation private endpoint docs (sub-resource 'standard')",
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/attestation/resource-manager/Microsoft.Attestation/stable/2021-06-01/examp'
        'les/AttestationProviderPutPrivateEndpointConnection.json '
        '(privateLinkServiceConnectionState {status, description})'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/attestation/resource-manager/Microsoft.Attestation/stable/2021-06-01/examp'
        'les/AttestationProviderPutPrivateEndpointConnection.json'
    ),
    'realistic_seconds': 'our inference: synchronous; the delete: our inference (the same span)',
    'notes': ('Spec-only; synchronous PUT and DELETE per the examples. Niche service (confidential ' 'computing).'),
    'recordings': 'none found',
}
ATTESTATION_PROVIDER = Service(
    type='Microsoft.Attestation/attestationProviders',
    key='attestation_provider',
    label='Microsoft Azure Attestation provider',
    names=('attestation',),
    api_versions=versions(_ATTESTATION_PROVIDER_SOURCES, ('2020-10-01',), '2021-06-01'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(200, settles=False, body="none"),
    delete=WriteAnswer(200, settles=False, body="none"),
    group_ids=('standard',),
    sources=_ATTESTATION_PROVIDER_SOURCES,
    list_paged=False,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    busy_code='Conflict',
    realistic_seconds={"update": (0.0, 5.0), "delete": (0.0, 5.0)},
)

ROWS = (ATTESTATION_PROVIDER,)

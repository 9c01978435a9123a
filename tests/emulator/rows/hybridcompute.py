"""Microsoft.HybridCompute rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    BUSY_CONFLICT, CANNOT_CHANGE, missing_is_404, no_transitional, RECORDED_SPANS, Refusal, REJECTED_STAYS_REJECTED,
    SAME_SPAN, Service, versions, WriteAnswer)

_ARC_PRIVATE_LINK_SCOPE_SOURCES = {
    'api_version': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hybridcompute/resource-manager/Microsoft.HybridCompute/stable/2024-07-10/e'
        'xamples/privateEndpoint/PrivateEndpointConnection_Update.json (newer stable '
        'HybridCompute folders exist, e.g. 2025-01-13 in SDK samples: our inference that shapes '
        'are unchanged)'
    ),
    'api_versions_seen': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.HybridCompute/privateLinkScopes', '2021-05-20', "
        'hasConnectionsURI true; Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py (register_providers) registers it; recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_hybridcompu'
        'te_private_endpoint.yaml (Nov 2025) holds only extension-index redirects, no connection '
        'traffic'
    ),
    'connections_listing': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hybridcompute/resource-manager/Microsoft.HybridCompute/stable/2024-07-10/e'
        'xamples/privateEndpoint/PrivateEndpointConnection_List.json — '
        'PrivateEndpointConnections_ListByPrivateLinkScope GET '
        '.../privateLinkScopes/{scopeName}/privateEndpointConnections'
    ),
    'list_paged': 'our inference: x-ms-pageable nextLink (SDK pager)',
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hybridcompute/resource-manager/Microsoft.HybridCompute/stable/2024-07-10/e'
        'xamples/privateEndpoint/PrivateEndpointConnection_Update.json'
    ),
    'get_missing': missing_is_404(
        'hybridcompute/resource-manager/Microsoft.HybridCompute/stable/2022-12-27/privateLinkScopes.json '
        'PrivateEndpointConnections_Get'
    ),
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hybridcompute/resource-manager/Microsoft.HybridCompute/stable/2024-07-10/e'
        'xamples/privateEndpoint/PrivateEndpointConnection_Update.json (200 with body '
        "provisioningState 'Succeeded'; 202 empty) — long-running; header: our inference from "
        'the delete example'
    ),
    'put_settle_seconds': (
        'our inference: no recorded connection write of this type; Arc scopes follow the design of '
        'Azure Monitor private link scopes, so '
        + RECORDED_SPANS
    ),
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hybridcompute/resource-manager/Microsoft.HybridCompute/stable/2024-07-10/e'
        'xamples/privateEndpoint/PrivateEndpointConnection_Delete.json (202 with Location, '
        'Azure-AsyncOperation and Retry-After 200 (!); 200; 204)'
    ),
    'actions_field': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hybridcompute/resource-manager/Microsoft.HybridCompute/stable/2024-07-10/e'
        'xamples/privateEndpoint/PrivateEndpointConnection_Update.json (response actionsRequired '
        "'None'; it is read-only in this spec's PrivateLinkServiceConnectionStateProperty: our "
        'inference from the Insights scope design)'
    ),
    'statuses': 'our inference: status is free text in the HybridCompute spec',
    'transitional_statuses': no_transitional(
        'hybridcompute/resource-manager/Microsoft.HybridCompute/stable/2022-12-27/privateLinkScopes.json, '
        'whose status is free text,'
    ),
    'provisioning_states': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hybridcompute/resource-manager/Microsoft.HybridCompute/stable/2024-07-10/e'
        'xamples/privateEndpoint/PrivateEndpointConnection_Update.json (Succeeded); others: our '
        'inference (provisioningState is a free read-only string)'
    ),
    'refused_transitions': REJECTED_STAYS_REJECTED,
    'busy_codes': BUSY_CONFLICT,
    'group_ids': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hybridcompute/resource-manager/Microsoft.HybridCompute/stable/2024-07-10/e'
        'xamples/privateEndpoint/PrivateEndpointConnection_Update.json (groupIds '
        "['hybridcompute'])"
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hybridcompute/resource-manager/Microsoft.HybridCompute/stable/2024-07-10/e'
        'xamples/privateEndpoint/PrivateEndpointConnection_Update.json (PUT body '
        'privateLinkServiceConnectionState {status, description})'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hybridcompute/resource-manager/Microsoft.HybridCompute/stable/2024-07-10/e'
        'xamples/privateEndpoint/PrivateEndpointConnection_Update.json'
    ),
    'realistic_seconds': SAME_SPAN,
    'notes': (
        'Spec-only. The delete example advertises Retry-After 200 seconds — honour Retry-After '
        "but cap it. Same 'private link scope' shape as Microsoft.Insights/privateLinkScopes "
        '(see /work/typefacts/Microsoft.Insights.privateLinkScopes.json (other researcher; same '
        "'private link scope' design)) and Microsoft.KubernetesConfiguration/privateLinkScopes "
        '(Arc-enabled Kubernetes, not written). Example connection name is free text.'
    ),
    'recordings': 'none found',
}
ARC_PRIVATE_LINK_SCOPE = Service(
    type='Microsoft.HybridCompute/privateLinkScopes',
    key='arc_private_link_scope',
    label='Azure Arc private link scope (Arc-enabled servers)',
    names=('hybridcompute_private_link_scope',),
    api_versions=versions(_ARC_PRIVATE_LINK_SCOPE_SOURCES, ('2021-05-20',), '2024-07-10'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=False),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('hybridcompute',),
    sources=_ARC_PRIVATE_LINK_SCOPE_SOURCES,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    busy_code='Conflict',
    realistic_seconds={"update": (5.0, 60.0), "delete": (5.0, 60.0)},
)

ROWS = (ARC_PRIVATE_LINK_SCOPE,)

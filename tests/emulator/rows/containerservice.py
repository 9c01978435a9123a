"""Microsoft.ContainerService rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    CANNOT_CHANGE, missing_is_404, no_transitional, Refusal, REJECTED_STAYS_REJECTED, Service, versions,
    WriteAnswer)

_AKS_CLUSTER_SOURCES = {
    'api_version': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/containerservice/resource-manager/Microsoft.ContainerService/aks/stable/20'
        '25-10-01/examples/PrivateEndpointConnectionsUpdate.json '
        '(PrivateEndpointConnections_List/Get/Update/Delete in every AKS stable folder since '
        '2020-11-01)'
    ),
    'api_versions_seen': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.ContainerService/managedClusters', '2021-07-01', "
        'hasConnectionsURI true; no recording found'
    ),
    'connections_listing': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/containerservice/resource-manager/Microsoft.ContainerService/aks/stable/20'
        '25-10-01/examples/PrivateEndpointConnectionsList.json — PrivateEndpointConnections_List '
        'GET .../managedClusters/{name}/privateEndpointConnections (not x-ms-pageable: '
        'PrivateEndpointConnectionListResult {value})'
    ),
    'list_paged': (
        'spec: AKS PrivateEndpointConnections_List has no x-ms-pageable nextLink (our reading of '
        'the SDKs: Go returns a single PrivateEndpointConnectionListResult)'
    ),
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/containerservice/resource-manager/Microsoft.ContainerService/aks/stable/20'
        '25-10-01/examples/PrivateEndpointConnectionsUpdate.json'
    ),
    'get_missing': missing_is_404(
        'containerservice/resource-manager/Microsoft.ContainerService/aks/stable/2024-02-01/managedClusters.j'
        'son PrivateEndpointConnections_Get'
    ),
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/containerservice/resource-manager/Microsoft.ContainerService/aks/stable/20'
        '25-10-01/examples/PrivateEndpointConnectionsUpdate.json (200 and 201 with body '
        "provisioningState 'Succeeded'); Azure/azure-sdk-for-go armcontainerservice example "
        'ExamplePrivateEndpointConnectionsClient_Update (plain Update, no poller; 2021-09-01 '
        'example)'
    ),
    'put_settle_seconds': 'our inference: synchronous',
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/containerservice/resource-manager/Microsoft.ContainerService/aks/stable/20'
        '25-10-01/examples/PrivateEndpointConnectionsDelete.json (200, 204); long-running (Go '
        'BeginDelete) and header: our inference'
    ),
    'actions_field': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/containerservice/resource-manager/Microsoft.ContainerService/aks/stable/20'
        '25-10-01/examples/PrivateEndpointConnectionsUpdate.json (AKS '
        'PrivateLinkServiceConnectionState has only status and description)'
    ),
    'statuses': 'spec: AKS ConnectionStatus enum (Pending, Approved, Rejected, Disconnected)',
    'transitional_statuses': no_transitional(
        'containerservice/resource-manager/Microsoft.ContainerService/aks/stable/2024-02-01/managedClusters.j'
        'son status enum (Pending, Approved, Rejected, Disconnected)'
    ),
    'provisioning_states': 'spec: AKS PrivateEndpointConnectionProvisioningState enum',
    'refused_transitions': REJECTED_STAYS_REJECTED,
    'busy_codes': (
        "our inference: AKS refuses changes while the cluster is Updating ('OperationNotAllowed " "... in progress')"
    ),
    'group_ids': "our inference: AKS private cluster docs (private link sub-resource 'management')",
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/containerservice/resource-manager/Microsoft.ContainerService/aks/stable/20'
        '25-10-01/examples/PrivateEndpointConnectionsUpdate.json (PUT body '
        'privateLinkServiceConnectionState {status})'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/containerservice/resource-manager/Microsoft.ContainerService/aks/stable/20'
        '25-10-01/examples/PrivateEndpointConnectionsUpdate.json'
    ),
    'realistic_seconds': 'our inference: synchronous; the delete: our inference (the same span)',
    'notes': (
        'Spec-only. Relevant for private AKS clusters where extra private endpoints to the API '
        "server are created in other VNets. The example answer's 'type' is "
        "'Microsoft.Network/privateLinkServices/privateEndpointConnections' and its id uses "
        "'managedCluster' (singular) — the AKS RP proxies a Network Private Link service: do not "
        'validate type/id strings strictly. No actionsRequired on this service.'
    ),
    'recordings': 'none found',
}
AKS_CLUSTER = Service(
    type='Microsoft.ContainerService/managedClusters',
    key='aks_cluster',
    label='AKS private cluster (API server private endpoint)',
    names=('managed_cluster', 'aks'),
    api_versions=versions(_AKS_CLUSTER_SOURCES, ('2021-07-01', '2021-09-01'), '2025-10-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=False, body="none"),
    delete=WriteAnswer(200, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('management',),
    sources=_AKS_CLUSTER_SOURCES,
    actions_field=None,
    list_paged=False,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    busy_code='OperationNotAllowed',
    realistic_seconds={"update": (0.0, 10.0), "delete": (0.0, 10.0)},
)

ROWS = (AKS_CLUSTER,)

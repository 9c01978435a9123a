"""Microsoft.DesktopVirtualization rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    BUSY_CONFLICT, CANNOT_CHANGE, missing_is_404, no_transitional, Refusal, REJECTED_STAYS_REJECTED, Service,
    versions, WriteAnswer)

_AVD_HOST_POOL_SOURCES = {
    'api_version': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/desktopvirtualization/resource-manager/Microsoft.DesktopVirtualization/sta'
        'ble/2024-04-03/examples/PrivateEndpointConnection_UpdateByHostPool.json '
        '(PrivateEndpointConnections_*ByHostPool first stable in 2023-09-05; newer previews up '
        'to 2025-11-01-preview)'
    ),
    'api_versions_seen': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.DesktopVirtualization/hostpools', '2021-09-03-preview', "
        'hasConnectionsURI true; spec folders; no recording found'
    ),
    'connections_listing': (
        'spec: PrivateEndpointConnections_ListByHostPool GET '
        '.../hostPools/{hostPoolName}/privateEndpointConnections; Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI true'
    ),
    'list_paged': (
        'our inference: DesktopVirtualization list operations are x-ms-pageable nextLink (with '
        'pageSize/isDescending/initialSkip query options)'
    ),
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/desktopvirtualization/resource-manager/Microsoft.DesktopVirtualization/sta'
        'ble/2024-04-03/examples/PrivateEndpointConnection_UpdateByHostPool.json'
    ),
    'get_missing': missing_is_404(
        'desktopvirtualization/resource-manager/Microsoft.DesktopVirtualization/stable/2024-04-03/desktopvirt'
        'ualization.json PrivateEndpointConnections_GetByHostPool'
    ),
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/desktopvirtualization/resource-manager/Microsoft.DesktopVirtualization/sta'
        'ble/2024-04-03/examples/PrivateEndpointConnection_UpdateByHostPool.json (only 200, body '
        "provisioningState 'Succeeded' with the new state; the SDKs expose a plain "
        'UpdateByHostPool, no poller)'
    ),
    'put_settle_seconds': 'our inference: synchronous PUT',
    'delete': (
        'our inference: generated SDK samples: Java deleteByHostPoolWithResponse / Go '
        'PrivateEndpointConnectionsClient.DeleteByHostPool (plain calls, no Begin*/poller) for '
        'stable 2023-09-05 and 2024-04-03 examples '
        'PrivateEndpointConnection_DeleteByHostPool.json'
    ),
    'actions_field': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/desktopvirtualization/resource-manager/Microsoft.DesktopVirtualization/sta'
        'ble/2024-04-03/examples/PrivateEndpointConnection_UpdateByHostPool.json'
    ),
    'statuses': (
        'our inference: PrivateEndpointServiceConnectionStatus enum of the DesktopVirtualization '
        'spec (Pending/Approved/Rejected)'
    ),
    'transitional_statuses': no_transitional(
        'common-types/resource-management/v5/privatelinks.json (used by desktopvirtualization 2024-04-03) '
        'status enum (Pending, Approved, Rejected)'
    ),
    'provisioning_states': (
        'our inference: PrivateEndpointConnectionProvisioningState enum (common-types shape) of '
        'the DesktopVirtualization spec; example shows Succeeded'
    ),
    'refused_transitions': REJECTED_STAYS_REJECTED,
    'busy_codes': BUSY_CONFLICT,
    'group_ids': (
        'our inference: Azure Virtual Desktop Private Link docs '
        '(learn.microsoft.com/azure/virtual-desktop/private-link-overview): host pool '
        "sub-resource 'connection'; workspace sub-resources 'feed' and 'global' (global = "
        'initial feed discovery, one per region/tenant)'
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/desktopvirtualization/resource-manager/Microsoft.DesktopVirtualization/sta'
        'ble/2024-04-03/examples/PrivateEndpointConnection_UpdateByHostPool.json (PUT body '
        "'connection' {properties:{privateLinkServiceConnectionState:{status, description, "
        'actionsRequired}}})'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/desktopvirtualization/resource-manager/Microsoft.DesktopVirtualization/sta'
        'ble/2024-04-03/examples/PrivateEndpointConnection_UpdateByHostPool.json'
    ),
    'realistic_seconds': 'our inference: synchronous PUT; the delete: our inference (the same span)',
    'connection_naming': "research report: '<parent>.<guid>'",
    'notes': (
        "No recording found. Connection names are '<hostPoolName>.<guid>' (spec example). The "
        "ARM type in bodies is lowercase 'hostpools' "
        "('Microsoft.DesktopVirtualization/hostpools/privateEndpointConnections'): compare "
        'case-insensitively. Both PUT and DELETE are synchronous per spec/SDKs.'
    ),
    'recordings': 'none found',
}
AVD_HOST_POOL = Service(
    type='Microsoft.DesktopVirtualization/hostPools',
    key='avd_host_pool',
    label='Azure Virtual Desktop host pool',
    names=('host_pool', 'hostpool'),
    api_versions=versions(_AVD_HOST_POOL_SOURCES, ('2021-09-03-preview', '2023-09-05'), '2024-04-03'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(200, settles=False, body="none"),
    delete=WriteAnswer(200, settles=False, body="none"),
    group_ids=('connection',),
    sources=_AVD_HOST_POOL_SOURCES,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    busy_code='Conflict',
    realistic_seconds={"update": (0.0, 5.0), "delete": (0.0, 5.0)},
    connection_naming='parent_guid',
)

_AVD_WORKSPACE_SOURCES = {
    'api_version': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/desktopvirtualization/resource-manager/Microsoft.DesktopVirtualization/sta'
        'ble/2024-04-03/examples/PrivateEndpointConnection_UpdateByHostPool.json (the '
        'ByWorkspace twin has the same shape: our inference) '
        '(PrivateEndpointConnections_*ByWorkspace first stable in 2023-09-05; newer previews up '
        'to 2025-11-01-preview)'
    ),
    'api_versions_seen': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.DesktopVirtualization/workspaces', '2021-09-03-preview', "
        'hasConnectionsURI true; spec folders; no recording found'
    ),
    'connections_listing': (
        'spec: PrivateEndpointConnections_ListByWorkspace GET '
        '.../workspaces/{workspaceName}/privateEndpointConnections; Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI true'
    ),
    'list_paged': (
        'our inference: DesktopVirtualization list operations are x-ms-pageable nextLink (with '
        'pageSize/isDescending/initialSkip query options)'
    ),
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/desktopvirtualization/resource-manager/Microsoft.DesktopVirtualization/sta'
        'ble/2024-04-03/examples/PrivateEndpointConnection_UpdateByHostPool.json (the '
        'ByWorkspace twin has the same shape: our inference)'
    ),
    'get_missing': missing_is_404(
        'desktopvirtualization/resource-manager/Microsoft.DesktopVirtualization/stable/2024-04-03/desktopvirt'
        'ualization.json PrivateEndpointConnections_GetByWorkspace'
    ),
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/desktopvirtualization/resource-manager/Microsoft.DesktopVirtualization/sta'
        'ble/2024-04-03/examples/PrivateEndpointConnection_UpdateByHostPool.json (the '
        'ByWorkspace twin has the same shape: our inference) (only 200, body provisioningState '
        "'Succeeded' with the new state; the SDKs expose a plain UpdateByWorkspace, no poller)"
    ),
    'put_settle_seconds': 'our inference: synchronous PUT',
    'delete': (
        'our inference: generated SDK samples: Java deleteByWorkspaceWithResponse / Go '
        'PrivateEndpointConnectionsClient.DeleteByWorkspace (plain calls, no Begin*/poller) for '
        'stable 2023-09-05 and 2024-04-03 examples '
        'PrivateEndpointConnection_DeleteByWorkspace.json'
    ),
    'actions_field': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/desktopvirtualization/resource-manager/Microsoft.DesktopVirtualization/sta'
        'ble/2024-04-03/examples/PrivateEndpointConnection_UpdateByHostPool.json (the '
        'ByWorkspace twin has the same shape: our inference)'
    ),
    'statuses': (
        'our inference: PrivateEndpointServiceConnectionStatus enum of the DesktopVirtualization '
        'spec (Pending/Approved/Rejected)'
    ),
    'transitional_statuses': no_transitional(
        'common-types/resource-management/v5/privatelinks.json (used by desktopvirtualization 2024-04-03) '
        'status enum (Pending, Approved, Rejected)'
    ),
    'provisioning_states': (
        'our inference: PrivateEndpointConnectionProvisioningState enum (common-types shape) of '
        'the DesktopVirtualization spec; example shows Succeeded'
    ),
    'refused_transitions': REJECTED_STAYS_REJECTED,
    'busy_codes': BUSY_CONFLICT,
    'group_ids': (
        'our inference: Azure Virtual Desktop Private Link docs '
        '(learn.microsoft.com/azure/virtual-desktop/private-link-overview): host pool '
        "sub-resource 'connection'; workspace sub-resources 'feed' and 'global' (global = "
        'initial feed discovery, one per region/tenant)'
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/desktopvirtualization/resource-manager/Microsoft.DesktopVirtualization/sta'
        'ble/2024-04-03/examples/PrivateEndpointConnection_UpdateByHostPool.json (the '
        "ByWorkspace twin has the same shape: our inference) (PUT body 'connection' "
        '{properties:{privateLinkServiceConnectionState:{status, description, actionsRequired}}})'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/desktopvirtualization/resource-manager/Microsoft.DesktopVirtualization/sta'
        'ble/2024-04-03/examples/PrivateEndpointConnection_UpdateByHostPool.json (the '
        'ByWorkspace twin has the same shape: our inference)'
    ),
    'realistic_seconds': 'our inference: synchronous PUT; the delete: our inference (the same span)',
    'connection_naming': "research report: '<parent>.<guid>'",
    'notes': (
        "No recording found. Connection names are '<workspaceName>.<guid>' (spec example). The "
        "ARM type in bodies is lowercase 'workspaces' "
        "('Microsoft.DesktopVirtualization/workspaces/privateEndpointConnections'): compare "
        "case-insensitively. Both PUT and DELETE are synchronous per spec/SDKs. The 'global' "
        'sub-resource connection usually lives on a dedicated placeholder workspace.'
    ),
    'recordings': 'none found',
}
AVD_WORKSPACE = Service(
    type='Microsoft.DesktopVirtualization/workspaces',
    key='avd_workspace',
    label='Azure Virtual Desktop workspace',
    names=('desktop_virtualization_workspace',),
    api_versions=versions(_AVD_WORKSPACE_SOURCES, ('2021-09-03-preview', '2023-09-05'), '2024-04-03'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(200, settles=False, body="none"),
    delete=WriteAnswer(200, settles=False, body="none"),
    group_ids=('feed', 'global'),
    sources=_AVD_WORKSPACE_SOURCES,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    busy_code='Conflict',
    realistic_seconds={"update": (0.0, 5.0), "delete": (0.0, 5.0)},
    connection_naming='parent_guid',
)

ROWS = (
    AVD_HOST_POOL,
    AVD_WORKSPACE,
)

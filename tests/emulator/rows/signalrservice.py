"""Microsoft.SignalRService rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import CANNOT_CHANGE, missing_is_404, Refusal, Service, versions, WriteAnswer

_SIGNALR_SOURCES = {
    'api_version': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/signalr/resource-manager/Microsoft.SignalRService/stable/2024-03-01/exampl'
        'es/SignalRPrivateEndpointConnections_Update.json (newest stable SignalR RP folder read; '
        '2025-01-01-preview exists)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml (Oct 2023, Azure CLI 2.53: connection calls at 2020-05-01, signalr '
        'network-rule at 2023-06-01-preview); Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        "ctions/custom.py (register_providers) registers 'Microsoft.SignalRService/signalr', "
        "'2020-05-01', support_list False; Azure/azure-powershell "
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers '2020-05-01', hasConnectionsURI false"
    ),
    'connections_listing': (
        'spec: SignalRPrivateEndpointConnections_List (stable since 2021-10-01, examples in '
        'stable/2022-02-01 and later); NOTE at 2020-05-01 there is no list: the Azure CLI '
        '(support_list False) and Az PowerShell (hasConnectionsURI false) list through the '
        'parent GET properties.privateEndpointConnections (recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml)'
    ),
    'list_paged': 'our inference: the SignalR RP list operations are x-ms-pageable nextLink',
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml'
    ),
    'get_missing': missing_is_404(
        'signalr/resource-manager/Microsoft.SignalRService/stable/2024-03-01/signalr.json '
        'SignalRPrivateEndpointConnections_Get'
    ),
    'put': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml (approve and reject PUTs answered 200 at once with status already '
        "set and provisioningState 'Updating', header azure-asyncoperation "
        '.../SignalR/{name}/operationStatuses/{id}); spec example: Azure/azure-rest-api-specs '
        'specification/signalr/resource-manager/Microsoft.SignalRService/stable/2024-03-01/exampl'
        'es/SignalRPrivateEndpointConnections_Update.json (200 only, with Location and '
        'Azure-AsyncOperation headers; the spec does not mark the PUT long-running)'
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml (approve: PUT 02:34:14, provisioningState Succeeded at 02:35:01 = 47 '
        's; reject: PUT 02:35:05, still Updating at 02:35:28, Succeeded by the next poll)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml (DELETE 202, empty body, azure-asyncoperation '
        '.../operationStatuses/{id} and location .../operationResults/{id}; the parent showed '
        'privateEndpointConnections [] 32 s later); spec example: Azure/azure-rest-api-specs '
        'specification/signalr/resource-manager/Microsoft.SignalRService/stable/2024-03-01/exampl'
        'es/SignalRPrivateEndpointConnections_Delete.json (200, 202 with Location + '
        'Azure-AsyncOperation, 204)'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml ("actionsRequired":"None")'
    ),
    'statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml (Pending, Approved, Rejected); Disconnected: our inference (SignalR '
        'spec PrivateLinkServiceConnectionStatus enum)'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml (status flips in the PUT answer; only provisioningState is '
        'transitional)'
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml (Updating then Succeeded); the rest: our inference (SignalR spec '
        'ProvisioningState enum)'
    ),
    'refused_transitions': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml shows Pending->Approved and Approved->Rejected accepted; '
        'Rejected->Approved not tried'
    ),
    'busy_codes': 'our inference: the SignalR RP serialises operations per resource',
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        "vate_endpoint.yaml (groupIds ['signalr']); Azure/azure-cli "
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/test_signalr_private_endpoi'
        'nt.py'
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/signalr/resource-manager/Microsoft.SignalRService/stable/2024-03-01/exampl'
        'es/SignalRPrivateEndpointConnections_Update.json (PUT body properties '
        '{privateEndpoint:{}, privateLinkServiceConnectionState:{status, actionsRequired}})'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/signalr/resource-manager/Microsoft.SignalRService/stable/2024-03-01/exampl'
        'es/SignalRPrivateEndpointConnections_Update.json (the example also sends an empty '
        'properties.privateEndpoint {}; a body with only the state: our inference that it is '
        'accepted); recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        "vate_endpoint.yaml (the Azure CLI's echoed GET body was accepted)"
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml (approve: PUT 02:34:14, provisioningState Succeeded at 02:35:01 = 47 '
        's; reject: PUT 02:35:05, still Updating at 02:35:28, Succeeded by the next poll); the '
        'delete: our inference (the same span)'
    ),
    'connection_naming': "research report: '<parent>.<guid>'",
    'notes': (
        "Connection names are '<resourceName>.<guid>'. Ids/types use the casing "
        "'Microsoft.SignalRService/SignalR' in bodies while requests use 'signalr'/'signalR' — "
        'compare case-insensitively. description stays null when none is sent. The parent also '
        'carries networkACLs.privateEndpoints[] keyed by connection name (allow/deny per '
        'endpoint) — separate from the connection state. '
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml'
    ),
}
SIGNALR = Service(
    type='Microsoft.SignalRService/signalR',
    key='signalr',
    label='Azure SignalR Service',
    names=('signalr_service',),
    api_versions=versions(_SIGNALR_SOURCES, ('2020-05-01', '2023-06-01-preview'), '2024-03-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('signalr',),
    sources=_SIGNALR_SOURCES,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    busy_code='Conflict',
    realistic_seconds={"update": (30.0, 60.0), "delete": (30.0, 60.0)},
    connection_naming='parent_guid',
)

_WEB_PUBSUB_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/webpubsub/resource-manager/Microsoft.SignalRService/stable/2024-03-01/webp'
        'ubsub.json (Web PubSub has its own spec folder specification/webpubsub/, not '
        'specification/signalr/; 2024-03-01 is the stable version checked)'
    ),
    'api_versions_seen': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.SignalRService/webPubSub', '2021-10-01', hasConnectionsURI "
        'true; Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py (register_providers) registers webPubSub 2021-10-01'
    ),
    'connections_listing': (
        'spec: WebPubSubPrivateEndpointConnections_List (stable 2021-10-01 and later); '
        'Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI true'
    ),
    'list_paged': 'our inference: the SignalR RP list operations are x-ms-pageable nextLink',
    'connection_segment': (
        'our inference: by analogy — recorded for Microsoft.SignalRService/signalr '
        '(Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml); Web PubSub is served by the same SignalR resource provider (same '
        'spec folder, same operation shapes): our inference that it behaves the same'
    ),
    'get_missing': missing_is_404(
        'webpubsub/resource-manager/Microsoft.SignalRService/stable/2024-03-01/webpubsub.json '
        'WebPubSubPrivateEndpointConnections_Get'
    ),
    'put': (
        'our inference: by analogy with Microsoft.SignalRService/signalR (same RP), recorded in '
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml; spec example: Azure/azure-rest-api-specs '
        'specification/signalr/resource-manager/Microsoft.SignalRService/stable/2024-03-01/exampl'
        "es/SignalRPrivateEndpointConnections_Update.json (SignalR's update example: 200 only, "
        'with Location and Azure-AsyncOperation headers). The Web PubSub update example was not '
        'found in the index (cited path under specification/signalr/ does not exist)'
    ),
    'put_settle_seconds': (
        'our inference: by analogy — recorded for Microsoft.SignalRService/signalr '
        '(Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml); Web PubSub is served by the same SignalR resource provider (same '
        'spec folder, same operation shapes): our inference that it behaves the same'
    ),
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/webpubsub/resource-manager/Microsoft.SignalRService/stable/2024-03-01/exam'
        'ples/WebPubSubPrivateEndpointConnections_Delete.json (200, 202 with Location + '
        'Azure-AsyncOperation, 204); lro/async header: our inference by analogy with the '
        'recorded SignalR DELETE (Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml)'
    ),
    'actions_field': (
        'our inference: by analogy — recorded for Microsoft.SignalRService/signalr '
        '(Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml); Web PubSub is served by the same SignalR resource provider (same '
        'spec folder, same operation shapes): our inference that it behaves the same'
    ),
    'statuses': (
        "our inference: the SignalR RP's PrivateLinkServiceConnectionStatus enum (Pending, "
        'Approved, Rejected, Disconnected) assumed identical in Azure/azure-rest-api-specs '
        'specification/webpubsub/resource-manager/Microsoft.SignalRService/stable/2024-03-01/webp'
        'ubsub.json (not read)'
    ),
    'transitional_statuses': (
        'our inference: by analogy — recorded for Microsoft.SignalRService/signalr '
        '(Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml); Web PubSub is served by the same SignalR resource provider (same '
        'spec folder, same operation shapes): our inference that it behaves the same'
    ),
    'provisioning_states': (
        'our inference: the SignalR RP ProvisioningState enum, assumed identical in '
        'Azure/azure-rest-api-specs '
        'specification/webpubsub/resource-manager/Microsoft.SignalRService/stable/2024-03-01/webp'
        'ubsub.json (not read); Succeeded/Updating by analogy with the SignalR recording'
    ),
    'refused_transitions': (
        'our inference: Rejected->Approved not tried anywhere for Web PubSub; '
        'MicrosoftDocs/azure-docs #115121 says rejected connections cannot be approved (general '
        'Private Link rule)'
    ),
    'busy_codes': 'our inference: the SignalR RP serialises operations per resource',
    'group_ids': "our inference: Web PubSub private endpoint docs (group id 'webpubsub')",
    'writable_fields': (
        'our inference: by analogy with spec example: Azure/azure-rest-api-specs '
        'specification/signalr/resource-manager/Microsoft.SignalRService/stable/2024-03-01/exampl'
        'es/SignalRPrivateEndpointConnections_Update.json (PUT body properties '
        '{privateEndpoint:{}, privateLinkServiceConnectionState:{status, actionsRequired}}); the '
        'Web PubSub update example was not found at the cited path'
    ),
    'put_body_shape': (
        'our inference: by analogy with spec example: Azure/azure-rest-api-specs '
        'specification/signalr/resource-manager/Microsoft.SignalRService/stable/2024-03-01/exampl'
        'es/SignalRPrivateEndpointConnections_Update.json (also sends an empty '
        'properties.privateEndpoint {}); a body with only the state is accepted: our inference'
    ),
    'realistic_seconds': (
        'our inference: by analogy — recorded for Microsoft.SignalRService/signalr '
        '(Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/signalr/tests/latest/recordings/test_signalr_pri'
        'vate_endpoint.yaml); Web PubSub is served by the same SignalR resource provider (same '
        'spec folder, same operation shapes): our inference that it behaves the same; the '
        'delete: our inference (the same span)'
    ),
    'notes': (
        'No recording found for Web PubSub; facts by analogy with SignalR (same RP, recorded). '
        "Connection names are '<resourceName>.<guid>' (our inference from SignalR). The parent "
        'also carries networkACLs.privateEndpoints[] keyed by connection name.'
    ),
    'recordings': 'none found',
}
WEB_PUBSUB = Service(
    type='Microsoft.SignalRService/webPubSub',
    key='web_pubsub',
    label='Azure Web PubSub',
    names=('webpubsub',),
    api_versions=versions(_WEB_PUBSUB_SOURCES, ('2021-10-01',), '2024-03-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('webpubsub',),
    sources=_WEB_PUBSUB_SOURCES,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    busy_code='Conflict',
    realistic_seconds={"update": (30.0, 60.0), "delete": (30.0, 60.0)},
)

ROWS = (
    SIGNALR,
    WEB_PUBSUB,
)

"""Microsoft.Network rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    CANNOT_CHANGE, missing_is_404, no_transitional, Refusal, REJECTED_STAYS_REJECTED, Service, versions,
    WriteAnswer)

_APPLICATION_GATEWAY_SOURCES = {
    'api_version': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/network/resource-manager/Microsoft.Network/stable/2024-05-01/examples/Appl'
        'icationGatewayPrivateEndpointConnectionDelete.json '
        '(ApplicationGatewayPrivateEndpointConnections_Get/_List/_Update/_Delete exist in every '
        'Network stable version since 2020-05-01; 2024-10-01, 2025-05-01 and 2025-07-01 are also '
        "stable — take the collection's Network default)"
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_manage_appg'
        'w_private_endpoint.yaml (Feb 2023, Azure CLI 2.45: parent GET at 2022-01-01); '
        'Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.Network/applicationgateways', '2020-05-01', hasConnectionsURI "
        'true'
    ),
    'connections_listing': (
        'spec: ApplicationGatewayPrivateEndpointConnections_List GET '
        '.../applicationGateways/{name}/privateEndpointConnections (x-ms-pageable nextLink; '
        'example ApplicationGatewayPrivateEndpointConnectionList.json in stable/2024-10-01); '
        'connections also inside the parent GET (recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_manage_appg'
        'w_private_endpoint.yaml)'
    ),
    'list_paged': 'our inference: Network list operations are x-ms-pageable nextLinkName nextLink',
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_manage_appg'
        'w_private_endpoint.yaml (ids '
        '.../applicationGateways/appgw/privateEndpointConnections/{pe}.{guid}); the path '
        'parameter is named connectionName'
    ),
    'get_missing': missing_is_404(
        'network/resource-manager/Microsoft.Network/stable/2024-01-01/applicationGateway.json '
        'ApplicationGatewayPrivateEndpointConnections_Get'
    ),
    'put': (
        'our inference: from generated SDK code/samples (not the spec itself): '
        'Azure/azure-sdk-for-go armnetwork v9 example '
        'ExampleApplicationGatewayPrivateEndpointConnectionsClient_BeginUpdate (generated from '
        'specification/network/resource-manager/Microsoft.Network/stable/2025-05-01/examples/Appl'
        'icationGatewayPrivateEndpointConnectionUpdate.json) (Update is a long-running '
        'BeginUpdate); codes, header and body: our inference from Network RP behaviour recorded '
        'for Microsoft.Network/privateLinkServices (200 + Azure-AsyncOperation, '
        'provisioningState Updating) [NOTE: the 2025-05-01 example path cited is not in the '
        'index; not verified]'
    ),
    'put_settle_seconds': (
        'our inference: an Application Gateway connection update re-provisions the gateway like '
        'any gateway change; gateway updates were recorded taking minutes in Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_manage_appg'
        'w_private_endpoint.yaml (not a connection update)'
    ),
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/network/resource-manager/Microsoft.Network/stable/2024-05-01/examples/Appl'
        'icationGatewayPrivateEndpointConnectionDelete.json (202 with location '
        '.../providers/Microsoft.Network/locations/{region}/operationResults/{id}; 204; 200)'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_manage_appg'
        'w_private_endpoint.yaml ("actionsRequired":"None" in parent GET)'
    ),
    'statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_manage_appg'
        "w_private_endpoint.yaml (Approved, 'Auto Approved' for same-subscription endpoints); "
        'others: our inference (Network free-text status)'
    ),
    'transitional_statuses': no_transitional(
        'network/resource-manager/Microsoft.Network/stable/2024-01-01/applicationGateway.json, whose status '
        'is free text,'
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_manage_appg'
        'w_private_endpoint.yaml (Succeeded); others: Network ProvisioningState enum (spec '
        'network.json)'
    ),
    'refused_transitions': REJECTED_STAYS_REJECTED,
    'busy_codes': 'our inference: Application Gateway refuses writes while a gateway operation runs',
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_manage_appg'
        "w_private_endpoint.yaml (the private endpoint used groupIds ['private_ip'] = the name "
        "of the gateway's frontendIPConfiguration that has a privateLinkConfiguration)"
    ),
    'writable_fields': (
        'our inference: from generated SDK code/samples (not the spec itself): '
        'Azure/azure-sdk-for-go armnetwork v9 example '
        'ExampleApplicationGatewayPrivateEndpointConnectionsClient_BeginUpdate (generated from '
        'specification/network/resource-manager/Microsoft.Network/stable/2025-05-01/examples/Appl'
        'icationGatewayPrivateEndpointConnectionUpdate.json) (body properties '
        '{privateEndpoint{id}, privateLinkServiceConnectionState{status, description}}) [NOTE: '
        'the 2025-05-01 example path cited is not in the index; not verified]'
    ),
    'put_body_shape': (
        'our inference: from generated SDK code/samples (not the spec itself): '
        'Azure/azure-sdk-for-go armnetwork v9 example '
        'ExampleApplicationGatewayPrivateEndpointConnectionsClient_BeginUpdate (generated from '
        'specification/network/resource-manager/Microsoft.Network/stable/2025-05-01/examples/Appl'
        'icationGatewayPrivateEndpointConnectionUpdate.json) (the example also sends name and '
        'properties.privateEndpoint.id; whether they are required: our inference — send the GET '
        'body back with the new state) [NOTE: the 2025-05-01 example path cited is not in the '
        'index; not verified]'
    ),
    'realistic_seconds': (
        'our inference: an Application Gateway connection update re-provisions the gateway like '
        'any gateway change; gateway updates were recorded taking minutes in Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_manage_appg'
        'w_private_endpoint.yaml (not a connection update); the delete: our inference (the same '
        'span)'
    ),
    'notes': (
        'Only Application Gateway v2 with a privateLinkConfiguration on a frontend IP has '
        "connections. Connection names are '<privateEndpointName>.<privateEndpoint "
        "resourceGuid>' (recorded); bodies carry properties.linkIdentifier. Group ids are "
        'frontend IP configuration names, not fixed strings. No connection update or delete was '
        'recorded (the Azure CLI test ends with a parent GET showing two auto-approved '
        'connections). Every connection change is a gateway update: expect minutes, and '
        '409-style refusals while another gateway operation runs.'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_manage_appg'
        'w_private_endpoint.yaml'
    ),
}
APPLICATION_GATEWAY = Service(
    type='Microsoft.Network/applicationGateways',
    key='application_gateway',
    label='Application Gateway (v2, Private Link configuration)',
    names=('app_gateway', 'appgw'),
    api_versions=versions(_APPLICATION_GATEWAY_SOURCES, ('2020-05-01', '2022-01-01'), '2024-05-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Removed'),
    put=WriteAnswer(200, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Location',)),
    group_ids=('<frontend IP configuration name>',),
    sources=_APPLICATION_GATEWAY_SOURCES,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    realistic_seconds={"update": (10.0, 600.0), "delete": (10.0, 600.0)},
)

_PRIVATE_LINK_SERVICE_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/network/resource-manager/Microsoft.Network/stable/2024-05-01/privateLinkSe'
        'rvice.json (PrivateLinkServices_GetPrivateEndpointConnection / '
        '_UpdatePrivateEndpointConnection / _DeletePrivateEndpointConnection / '
        '_ListPrivateEndpointConnections; every Network api-version carries them, 2024-10-01 '
        "also stable — take the collection's Network default)"
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_network_pri'
        'vate_endpoints.yaml (May 2022, Azure CLI 2.36, azure-mgmt-network 20.0.0 sends '
        '2021-08-01); Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.Network/privateLinkServices', '2020-05-01', hasConnectionsURI "
        'true'
    ),
    'connections_listing': (
        'spec: Azure/azure-rest-api-specs '
        'specification/network/resource-manager/Microsoft.Network/stable/2024-05-01/privateLinkSe'
        'rvice.json (GET .../privateLinkServices/{serviceName}/privateEndpointConnections, '
        'x-ms-pageable nextLinkName nextLink); connections also appear inside the parent GET '
        '(recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_network_pri'
        'vate_endpoints.yaml)'
    ),
    'list_paged': (
        'spec: Azure/azure-rest-api-specs '
        'specification/network/resource-manager/Microsoft.Network/stable/2024-05-01/privateLinkSe'
        'rvice.json (x-ms-pageable nextLinkName nextLink)'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_network_pri'
        'vate_endpoints.yaml (path parameter is named peConnectionName in the spec)'
    ),
    'get_missing': 'our inference: Network RP answers 404 NotFound for missing child resources',
    'put': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_network_pri'
        "vate_endpoints.yaml (reject PUT answered 200 with body provisioningState 'Updating', "
        "status already 'Rejected', AND an azure-asyncoperation header "
        '.../providers/Microsoft.Network/locations/{region}/operations/{id}); spec: '
        'Azure/azure-rest-api-specs '
        'specification/network/resource-manager/Microsoft.Network/stable/2024-05-01/privateLinkSe'
        'rvice.json lists only 200 and does NOT mark the PUT x-ms-long-running-operation — the '
        'header is real; follow it when present'
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_network_pri'
        'vate_endpoints.yaml (the consumer private endpoint showed status Rejected in the GET '
        'right after the PUT, same second 12:41:26)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_network_pri'
        'vate_endpoints.yaml (DELETE 202, empty body, azure-asyncoperation '
        '.../locations/centralus/operations/{id} AND location .../operationResults/{id}; the '
        'operation read Succeeded 10 s later and the parent showed privateEndpointConnections '
        '[]); spec: Azure/azure-rest-api-specs '
        'specification/network/resource-manager/Microsoft.Network/stable/2024-05-01/privateLinkSe'
        'rvice.json (200/202/204, x-ms-long-running-operation true, final-state-via location)'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_network_pri'
        "vate_endpoints.yaml (the PUT carried actionsRequired 'need action' and it was stored "
        "and mirrored to the consumer's privateLinkServiceConnectionState)"
    ),
    'statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_network_pri'
        "vate_endpoints.yaml (Approved via auto-approval 'Auto Approved', Rejected); Pending and "
        'Removed (shown on the consumer side after the connection is deleted): our inference '
        'from Network docs; status is free text in the Network spec'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_network_pri'
        'vate_endpoints.yaml (none: the status flipped in the PUT answer itself)'
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_network_pri'
        'vate_endpoints.yaml (Updating in the PUT answer, Succeeded on GET); Deleting/Failed: '
        'spec ProvisioningState enum of network.json'
    ),
    'refused_transitions': REJECTED_STAYS_REJECTED,
    'busy_codes': (
        'our inference: Network RP codes for concurrent writes to the same load balancer / ' 'private link service'
    ),
    'group_ids': (
        "our inference: a Private Link service has no group ids / sub-resources (the consumer's "
        'privateLinkServiceConnections carry none: recording Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_network_pri'
        'vate_endpoints.yaml)'
    ),
    'writable_fields': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_network_pri'
        'vate_endpoints.yaml (PUT body {properties:{privateLinkServiceConnectionState:{status, '
        'actionsRequired}}} accepted)'
    ),
    'put_body_shape': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_network_pri'
        "vate_endpoints.yaml (minimal body accepted; the answer echoed description '' because "
        "none was sent — a PUT REPLACES the whole state, omitted fields become '')"
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_network_pri'
        'vate_endpoints.yaml (the consumer private endpoint showed status Rejected in the GET '
        'right after the PUT, same second 12:41:26); the delete: our inference (the same span)'
    ),
    'first_party': 'research notes: the provider side of a customer-owned Private Link service',
    'has_etag': 'research notes: bodies carry an etag',
    'auto_approval_description': "research notes: 'Auto Approved'",
    'notes': (
        'Provider side of a customer-owned Private Link service (Microsoft.Network). Connection '
        "names are '<privateEndpointName>.<privateEndpoint resourceGuid>'. Bodies carry etag and "
        'properties.linkIdentifier. Auto-approval is configured on the service '
        "(properties.autoApproval.subscriptions); auto-approved connections say 'Auto Approved'. "
        "A PUT without description answered description '' — send the current description when "
        "only the status changes. The Azure CLI's GeneralPrivateEndpointClient does not handle "
        "this type (it has its own 'network private-link-service connection' commands); Az "
        'PowerShell registers it.'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_network_pri'
        'vate_endpoints.yaml'
    ),
}
PRIVATE_LINK_SERVICE = Service(
    type='Microsoft.Network/privateLinkServices',
    key='private_link_service',
    label='Private Link service (customer-owned, behind a Standard Load Balancer)',
    names=('pls',),
    api_versions=versions(_PRIVATE_LINK_SERVICE_SOURCES, ('2020-05-01', '2021-08-01'), '2024-05-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Removed'),
    put=WriteAnswer(200, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=(),
    sources=_PRIVATE_LINK_SERVICE_SOURCES,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    realistic_seconds={"update": (0.0, 15.0), "delete": (0.0, 15.0)},
    first_party=False,
    has_etag=True,
    auto_approval_description='Auto Approved',
)

ROWS = (
    APPLICATION_GATEWAY,
    PRIVATE_LINK_SERVICE,
)

"""Microsoft.Devices rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import missing_is_404, no_transitional, Service, versions, WriteAnswer

_IOT_HUB_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/iothub/resource-manager/Microsoft.Devices/stable/2023-06-30/iothub.json '
        '(newest stable; later ones are previews, e.g. 2026-03-01-preview in the newest .NET SDK)'
    ),
    'api_versions_seen': (
        'spec: Azure/azure-rest-api-specs specification/iothub stable 2023-06-30; plus the Azure '
        'CLI / Az PowerShell registries - Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py and Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs 2020-03-01; spec; no recording found'
    ),
    'connections_listing': (
        'spec: Azure/azure-rest-api-specs '
        'specification/iothub/resource-manager/Microsoft.Devices/stable/2023-06-30/iothub.json '
        'PrivateEndpointConnections_List GET '
        '.../iotHubs/{resourceName}/privateEndpointConnections, 200 schema '
        '#/definitions/PrivateEndpointConnectionsList, no x-ms-pageable; our inference: that '
        'definition is a bare array (the generated @azure/arm-iothub client maps it to '
        'Sequence<PrivateEndpointConnection>)'
    ),
    'list_paged': 'research notes: LIST returns a bare JSON array, no nextLink',
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/iothub/resource-manager/Microsoft.Devices/stable/2023-06-30/examples/iothu'
        "b_deleteprivateendpointconnection.json (ids spell it 'PrivateEndpointConnections' and "
        "the type 'Microsoft.Devices/IotHubs/PrivateEndpointConnections'; ARM paths are "
        'case-insensitive)'
    ),
    'get_missing': 'our inference: spec declares 200 + default ErrorDetails',
    'put': (
        'spec: Azure/azure-rest-api-specs '
        'specification/iothub/resource-manager/Microsoft.Devices/stable/2023-06-30/iothub.json '
        'PrivateEndpointConnections_Update: x-ms-long-running-operation true, responses 201 '
        "('returns a 201 ... includes an Azure-AsyncOperation header that contains a status "
        "URL') and 200, both with a PrivateEndpointConnection body"
    ),
    'put_settle_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded ' 'services'
    ),
    'delete': 'research notes: DELETE answers with a body whose status is already Disconnected',
    'actions_field': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/iothub/resource-manager/Microsoft.Devices/stable/2023-06-30/examples/iothu'
        'b_deleteprivateendpointconnection.json (actionsRequired: "None")'
    ),
    'statuses': (
        'our inference: IoT Hub PrivateLinkServiceConnectionStatus enum; Disconnected shown in '
        'Azure/azure-rest-api-specs '
        'specification/iothub/resource-manager/Microsoft.Devices/stable/2023-06-30/examples/iothu'
        'b_deleteprivateendpointconnection.json'
    ),
    'transitional_statuses': no_transitional(
        'iothub/resource-manager/Microsoft.Devices/stable/2023-06-30/iothub.json status enum (Pending, '
        'Approved, Rejected, Disconnected)'
    ),
    'provisioning_states': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/iothub/resource-manager/Microsoft.Devices/stable/2023-06-30/examples/iothu'
        'b_deleteprivateendpointconnection.json - IoT Hub connection properties carry NO '
        'provisioningState (only privateEndpoint and privateLinkServiceConnectionState)'
    ),
    'refused_transitions': 'our inference: nothing documented',
    'busy_codes': (
        'our inference: an IoT Hub that is being updated answers '
        '409/AnotherOperationInProgress-style errors; not verified'
    ),
    'group_ids': "our inference: IoT Hub's documented private link sub-resource",
    'writable_fields': (
        'our inference: IoT Hub PrivateLinkServiceConnectionState {status, description, '
        'actionsRequired}; NOTE spec-derived: Azure/bicep-types-az generated types for '
        'Microsoft.Devices iotHubs/privateEndpointConnections (and lukeorellana/azapi-templates '
        '.training/Microsoft.Devices/Microsoft.Devices_iotHubs_privateEndpointConnections@2022-04'
        '-30-preview@latest.md): PrivateLinkServiceConnectionState.description is string '
        '(required), status (required), actionsRequired optional; the generated TypeScript '
        'client also types description as non-optional'
    ),
    'put_body_shape': (
        "our inference: IoT Hub's PrivateEndpointConnectionProperties marks "
        'privateLinkServiceConnectionState required; spec-derived: Azure/bicep-types-az '
        'generated types for Microsoft.Devices iotHubs/privateEndpointConnections (and '
        'lukeorellana/azapi-templates '
        '.training/Microsoft.Devices/Microsoft.Devices_iotHubs_privateEndpointConnections@2022-04'
        '-30-preview@latest.md): PrivateLinkServiceConnectionState.description is string '
        '(required), status (required), actionsRequired optional; the generated TypeScript '
        'client also types description as non-optional'
    ),
    'realistic_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded '
        'services; the delete: our inference (the same span)'
    ),
    'shows_provisioning_state': 'research notes: connection bodies have no provisioningState',
    'list_bare_array': 'research notes: LIST returns a bare JSON array',
    'notes': (
        'LIST returns a bare JSON array (no value/nextLink wrapper). Connection bodies have NO '
        'provisioningState: settle must be judged by the async operation. DELETE answers 200/202 '
        "with a body whose status is already 'Disconnected' (description 'Deleted'). Segment and "
        'type spelled with a capital P. The spec marks '
        'privateLinkServiceConnectionState.description as REQUIRED (not only status): the module '
        'must always send a description, e.g. keep the current one when the user gives none.'
    ),
    'recordings': 'none found',
}
IOT_HUB = Service(
    type='Microsoft.Devices/IotHubs',
    key='iot_hub',
    label='IoT Hub',
    names=('iothub',),
    api_versions=versions(_IOT_HUB_SOURCES, ('2020-03-01',), '2023-06-30'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(200, settles=False, body="disconnected"),
    group_ids=('iotHub',),
    sources=_IOT_HUB_SOURCES,
    list_paged=False,
    realistic_seconds={"update": (10.0, 30.0), "delete": (10.0, 30.0)},
    shows_provisioning_state=False,
    list_bare_array=True,
)

_IOT_DPS_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/deviceprovisioningservices/resource-manager/Microsoft.Devices/stable/2022-'
        '12-12/iotdps.json (stable 2022-12-12; PEC examples present: Azure/azure-rest-api-specs '
        'specification/deviceprovisioningservices/resource-manager/Microsoft.Devices/stable/2022-'
        '12-12/examples/DPSGetPrivateEndpointConnection.json, Azure/azure-rest-api-specs '
        'specification/deviceprovisioningservices/resource-manager/Microsoft.Devices/stable/2022-'
        '12-12/examples/DPSListPrivateEndpointConnections.json)'
    ),
    'api_versions_seen': (
        'our inference: no recording found; gathered from the Az PowerShell registry - '
        'Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs 2020-03-01 (as Microsoft.Devices/ProvisioningServices); no recording found'
    ),
    'connections_listing': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/deviceprovisioningservices/resource-manager/Microsoft.Devices/stable/2022-'
        '12-12/examples/DPSListPrivateEndpointConnections.json '
        '(IotDpsResource_ListPrivateEndpointConnections GET '
        '.../provisioningServices/{resourceName}/privateEndpointConnections answers a bare JSON '
        'array)'
    ),
    'list_paged': 'research notes: a bare array, no nextLink (our inference)',
    'connection_segment': (
        'spec: PUT '
        '.../provisioningServices/{resourceName}/privateEndpointConnections/{privateEndpointConne'
        'ctionName} (generated clients pinned to 2022-12-12)'
    ),
    'get_missing': missing_is_404(
        'deviceprovisioningservices/resource-manager/Microsoft.Devices/stable/2022-12-12/iotdps.json '
        'IotDpsResource_GetPrivateEndpointConnection'
    ),
    'put': (
        'our inference: IotDpsResource_CreateOrUpdatePrivateEndpointConnection is a long-running ' "PUT like IoT Hub's"
    ),
    'put_settle_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded ' 'services'
    ),
    'delete': "our inference: IotDpsResource_DeletePrivateEndpointConnection LRO like IoT Hub's",
    'actions_field': ('our inference: DPS PrivateLinkServiceConnectionState {status, description, ' 'actionsRequired}'),
    'statuses': (
        'doc: MicrosoftDocs/azure-docs-sdk-node '
        'docs-ref-autogen/@azure/arm-deviceprovisioningservices/KnownPrivateLinkServiceConnection'
        'Status.yml (Approved, Disconnected, Pending, Rejected); also the generated client '
        'output schema for api 2022-12-12'
    ),
    'transitional_statuses': no_transitional(
        'deviceprovisioningservices/resource-manager/Microsoft.Devices/stable/2022-12-12/iotdps.json status '
        'enum (Pending, Approved, Rejected, Disconnected)'
    ),
    'provisioning_states': (
        'our inference: like IoT Hub, DPS connection properties have no provisioningState '
        '(generated output schema shows only privateEndpoint and '
        'privateLinkServiceConnectionState)'
    ),
    'refused_transitions': 'our inference: nothing documented',
    'busy_codes': 'our inference: ARM-wide busy code',
    'group_ids': 'our inference: DPS documented private link sub-resource',
    'writable_fields': (
        'our inference: NOTE spec-derived: generated TypeScript types for '
        'DevicesProvisioningservices (description: string non-optional, status required) - same '
        'shape as IoT Hub; our inference that the service rejects a missing description'
    ),
    'put_body_shape': (
        'our inference: as IoT Hub; spec-derived: generated TypeScript types for '
        'DevicesProvisioningservices (description: string non-optional, status required) - same '
        'shape as IoT Hub; our inference that the service rejects a missing description'
    ),
    'realistic_seconds': (
        'our inference: no timing recorded; 10-30 s, between the fastest and slowest recorded '
        'services; the delete: our inference (the same span)'
    ),
    'shows_provisioning_state': 'research notes: no provisioningState (inferred from the schema)',
    'list_bare_array': 'research notes: list probably a bare array like IoT Hub (our inference)',
    'notes': (
        "ARM type casing: PowerShell registers 'Microsoft.Devices/ProvisioningServices'; ARM is "
        'case-insensitive. No provisioningState on connections (inferred from the generated '
        'schema), list probably a bare array like IoT Hub - verify before relying on it. The '
        'spec marks privateLinkServiceConnectionState.description as REQUIRED (not only status): '
        'the module must always send a description, e.g. keep the current one when the user '
        'gives none.'
    ),
    'recordings': 'none found',
}
IOT_DPS = Service(
    type='Microsoft.Devices/provisioningServices',
    key='iot_dps',
    label='IoT Hub Device Provisioning Service',
    names=('device_provisioning_service', 'provisioning_service'),
    api_versions=versions(_IOT_DPS_SOURCES, ('2020-03-01',), '2022-12-12'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(200, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('iotDps',),
    sources=_IOT_DPS_SOURCES,
    list_paged=False,
    realistic_seconds={"update": (10.0, 30.0), "delete": (10.0, 30.0)},
    shows_provisioning_state=False,
    list_bare_array=True,
)

ROWS = (
    IOT_HUB,
    IOT_DPS,
)

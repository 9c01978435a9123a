"""Microsoft.ContainerRegistry rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import Service, WriteAnswer, versions

_CONTAINER_REGISTRY_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/containerregistry/resource-manager/Microsoft.ContainerRegistry/stable/2025'
        '-04-01/containerregistry.json (stable folder present in the index; Pulumi azure-native '
        'also lists a 2025-11-01 version, not checked)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acr.yaml (connection calls api-version=2019-12-01-preview, Dec 2021; '
        'response header api-supported-versions: 2019-12-01-preview, 2020-11-01-preview, '
        '2021-06-01-preview, 2021-08-01-preview, 2021-09-01, 2021-12-01-preview); '
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py and Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs 2019-12-01-preview'
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acr.yaml (GET .../registries/{name}/privateEndpointConnections '
        'answered {"value": [...]})'
    ),
    'list_paged': (
        'our inference: the ACR spec marks the list x-ms-pageable with nextLink; the recorded '
        'lists had no nextLink key'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acr.yaml'
    ),
    'get_missing': 'our inference: spec declares 200 + default error',
    'put': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acr.yaml (reject PUT on a Pending connection answered 201 Created; the '
        'body still showed the OLD status Pending with provisioningState Updating; header '
        'azure-asyncoperation .../privateEndpointConnections/{name}/operationStatuses/...)'
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acr.yaml (PUT 23:47:00; the next GET at 23:47:11 showed Rejected / '
        'Succeeded)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        "point_connection_acr.yaml (DELETE answered 202 Accepted, body 'null', Location "
        '.../providers/Microsoft.ContainerRegistry/locations/{region}/operationResults/privateend'
        'pointconnections-...; the connection was gone from the list 30 s later)'
    ),
    'actions_field': (
        "our inference: ACR's PrivateLinkServiceConnectionState has actionsRequired (enum "
        'None/Recreate); the recorded connection bodies omit the field entirely (only status and '
        'description)'
    ),
    'statuses': (
        'doc: '
        'https://learn.microsoft.com/en-my/dotnet/api/azure.resourcemanager.containerregistry.mod'
        'els.containerregistryprivatelinkserviceconnectionstatus (Approved, Pending, Rejected, '
        'Disconnected); recording shows Pending, Approved, Rejected'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acr.yaml (the write shows as provisioningState Updating with the old '
        'status)'
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acr.yaml shows Updating and Succeeded; the rest our inference from '
        "ACR's ProvisioningState enum"
    ),
    'refused_transitions': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acr.yaml (Pending -> Approved and Pending -> Rejected accepted). '
        'Approved -> Rejected and Rejected -> Approved not exercised: our inference, unverified'
    ),
    'busy_codes': 'our inference: ARM-wide busy code',
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acr.yaml (private endpoint --group-id registry; consumer side groupIds '
        '["registry"]). Geo-replicated registries also expose registry_data_<region>: our '
        'inference'
    ),
    'writable_fields': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acr.yaml (PUT carried status and description, accepted)'
    ),
    'put_body_shape': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acr.yaml (the CLI echoed type, id, name, privateEndpoint, '
        'provisioningState back and ACR accepted it)'
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acr.yaml (PUT 23:47:00; the next GET at 23:47:11 showed Rejected / '
        'Succeeded); the delete: our inference (the same span)'
    ),
    'settling_view': 'recording: the PUT answer shows the OLD status with Updating',
    'connection_naming': 'recording: <registry-name>.<32 hex> (a guid here: our inference)',
    'notes': (
        "Connection names are generated by ACR as <registry-name>.<32 hex> (not the endpoint's "
        "or the consumer's connection name). A Pending connection has no description and no "
        'actionsRequired key at all ({"status": "Pending"}). The PUT response shows the OLD '
        'status with provisioningState Updating: do not read the new status from the PUT body. '
        'Responses carry an api-supported-versions header listing what ARM accepts for this type.'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acr.yaml'
    ),
}
CONTAINER_REGISTRY = Service(
    type='Microsoft.ContainerRegistry/registries',
    key='container_registry',
    label='Container registry',
    names=('acr', 'registry'),
    api_versions=versions(_CONTAINER_REGISTRY_SOURCES, ('2019-12-01-preview', '2021-09-01'), '2025-04-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Disconnected'),
    put=WriteAnswer(201, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Location',)),
    group_ids=('registry',),
    sources=_CONTAINER_REGISTRY_SOURCES,
    realistic_seconds={"update": (1.0, 11.0), "delete": (1.0, 11.0)},
    settling_view='old_settling',
    connection_naming='parent_guid',
)

ROWS = (CONTAINER_REGISTRY,)

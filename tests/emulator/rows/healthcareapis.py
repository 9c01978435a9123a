"""Microsoft.HealthcareApis rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import BUSY_CONFLICT, CANNOT_CHANGE, missing_is_404, Refusal, Service, versions, WriteAnswer

_HEALTHCARE_APIS_SERVICE_SOURCES = {
    'api_version': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/healthcareapis/resource-manager/Microsoft.HealthcareApis/stable/2024-03-31'
        '/examples/legacy/ServiceGetPrivateEndpointConnection.json '
        '(PrivateEndpointConnections_Get for services at api-version 2024-03-31; services '
        'examples live under examples/legacy/). The previously cited '
        'ServiceCreatePrivateEndpointConnection.json is not in the index (was not read by the '
        'researcher either)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_health_care_apis.yaml (May 2021, Azure CLI 2.23 sends 2020-03-30); '
        'Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.HealthcareApis/services', '2020-03-30', hasConnectionsURI "
        'false; Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py (register_providers) registers 2020-03-30'
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_health_care_apis.yaml (GET '
        '.../services/{name}/privateEndpointConnections?api-version=2020-03-30 answered 200 '
        '{value:[...]}) — although Az PowerShell registers hasConnectionsURI false'
    ),
    'list_paged': "our inference: the recorded list has only 'value'",
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_health_care_apis.yaml'
    ),
    'get_missing': missing_is_404(
        'healthcareapis/resource-manager/Microsoft.HealthcareApis/stable/2024-03-31/healthcare-apis.json '
        'PrivateEndpointConnections_Get'
    ),
    'put': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_health_care_apis.yaml (approve and reject PUTs answered 200 at once '
        "with the new status and provisioningState 'Succeeded', plus azure-asyncoperation AND "
        'location '
        '.../providers/Microsoft.HealthcareApis/locations/{region}/operationresults/{id}); 201: '
        'our inference (spec CreateOrUpdate LRO)'
    ),
    'put_settle_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_health_care_apis.yaml (GET 10 s after each PUT showed the target '
        'status with Succeeded)'
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_health_care_apis.yaml (DELETE 202, empty body, azure-asyncoperation + '
        'location '
        '.../locations/{region}/operationresults/{id}[&operationResultResponseType=Location]); '
        '200/204: our inference'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_health_care_apis.yaml'
    ),
    'statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_health_care_apis.yaml (Approved, Rejected); Pending: our inference '
        '(HealthcareApis PrivateEndpointServiceConnectionStatus enum Pending/Approved/Rejected)'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_health_care_apis.yaml'
    ),
    'provisioning_states': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        "point_connection_health_care_apis.yaml (Succeeded; the LIST showed 'Creating' for a "
        "connection whose GET at the same second showed 'Succeeded'); Deleting/Failed: spec "
        'PrivateEndpointConnectionProvisioningState enum'
    ),
    'refused_transitions': (
        'our inference: recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_health_care_apis.yaml shows Approved->Rejected accepted'
    ),
    'busy_codes': BUSY_CONFLICT,
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        "point_connection_health_care_apis.yaml (groupIds ['fhir'])"
    ),
    'writable_fields': (
        'our inference: the cited update example (ServiceCreatePrivateEndpointConnection.json at '
        '2024-03-31) is not in the index; spec example: Azure/azure-rest-api-specs '
        'specification/healthcareapis/resource-manager/Microsoft.HealthcareApis/stable/2024-03-31'
        '/examples/legacy/ServiceGetPrivateEndpointConnection.json shows '
        'privateLinkServiceConnectionState {status, description, actionsRequired "None"}. '
        'Original note: (privateLinkServiceConnectionState {status, description}); our inference '
        'for actionsRequired'
    ),
    'put_body_shape': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        "point_connection_health_care_apis.yaml (the Azure CLI's echoed GET body was accepted)"
    ),
    'realistic_seconds': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_health_care_apis.yaml (GET 10 s after each PUT showed the target '
        'status with Succeeded); the delete: our inference (the same span)'
    ),
    'connection_naming': "research report: '<parent>.<guid>'",
    'notes': (
        'Azure API for FHIR is being retired (new deployments closed; retirement 30 Sep 2026); '
        'the successor is Health Data Services workspaces (Microsoft.HealthcareApis/workspaces, '
        'own privateEndpointConnections collection, not covered here). Connection names are '
        "'<serviceName>.<guid>'. A PUT with description null DROPPED the description from the "
        'connection (the answer and later GETs had no description key at all) — send the current '
        "description. The list reported provisioningState 'Creating' while the single GET "
        "already said 'Succeeded': trust the single GET when waiting."
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_health_care_apis.yaml'
    ),
}
HEALTHCARE_APIS_SERVICE = Service(
    type='Microsoft.HealthcareApis/services',
    key='healthcare_apis_service',
    label='Azure API for FHIR (Healthcare APIs service, legacy)',
    names=('api_for_fhir', 'fhir_service_legacy'),
    api_versions=versions(_HEALTHCARE_APIS_SERVICE_SOURCES, ('2020-03-30',), '2024-03-31'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(200, settles=False),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('fhir',),
    sources=_HEALTHCARE_APIS_SERVICE_SOURCES,
    list_paged=False,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    busy_code='Conflict',
    realistic_seconds={"update": (0.0, 10.0), "delete": (0.0, 10.0)},
    connection_naming='parent_guid',
)

ROWS = (HEALTHCARE_APIS_SERVICE,)

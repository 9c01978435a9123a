"""Microsoft.Cache rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    CANNOT_CHANGE, missing_is_404, no_transitional, RECORDED_SPANS, Refusal, REJECTED_STAYS_REJECTED, SAME_SPAN,
    Service, versions, WriteAnswer)

_REDIS_SOURCES = {
    'api_version': (
        'spec: Azure/azure-rest-api-specs '
        'specification/redis/resource-manager/Microsoft.Cache/stable/2024-11-01/redis.json '
        '(newest stable folder with PrivateEndpointConnections_* and examples)'
    ),
    'api_versions_seen': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acfr.yaml (connection calls api-version=2021-06-01, Jan 2024; the '
        'Azure-AsyncOperation URL carries api-version=2019-07-01); Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs 2021-06-01'
    ),
    'connections_listing': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acfr.yaml (GET .../Redis/{name}/privateEndpointConnections answered '
        '{"value": [...]}, and {"value": []} after the delete); Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        'cs hasConnectionsURI=true'
    ),
    'list_paged': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acfr.yaml (list bodies have only value, no nextLink); our inference '
        'that it is a single page'
    ),
    'connection_segment': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acfr.yaml'
    ),
    'get_missing': (
        'our inference: the spec declares 200 + default ErrorResponse for ' 'PrivateEndpointConnections_Get'
    ),
    'put': 'fact put: 201/200, Azure-AsyncOperation, no body at once',
    'put_settle_seconds': (
        "our inference: no recording of this type; the spec example's PUT is long-running (see put), so "
        + RECORDED_SPANS
    ),
    'delete': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acfr.yaml (DELETE answered 200 with empty body, no async header; the '
        'list right after was empty); spec example: Azure/azure-rest-api-specs '
        'specification/redis/resource-manager/Microsoft.Cache/stable/2024-11-01/examples/RedisCac'
        'heDeletePrivateEndpointConnection.json (200, 204)'
    ),
    'actions_field': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acfr.yaml (actionsRequired: "None"); spec example: '
        'Azure/azure-rest-api-specs '
        'specification/redis/resource-manager/Microsoft.Cache/stable/2024-11-01/examples/RedisCac'
        'hePutPrivateEndpointConnection.json'
    ),
    'statuses': (
        'our inference: redis.json uses the common-types PrivateEndpointServiceConnectionStatus '
        '(spec: Azure/azure-rest-api-specs '
        'specification/common-types/resource-management/v5/privatelinks.json); Approved and '
        'Rejected recorded'
    ),
    'transitional_statuses': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acfr.yaml'
    ),
    'provisioning_states': (
        'our inference: common-types PrivateEndpointConnectionProvisioningState; NOTE the '
        'recorded GET/PUT/list bodies carry NO provisioningState at all (spec example shows '
        'Succeeded)'
    ),
    'refused_transitions': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acfr.yaml (Approved -> Rejected accepted). Rejected -> Approved not '
        'exercised: our inference, unverified'
    ),
    'busy_codes': (
        'our inference: ARM-wide busy code; a cache that is itself updating/scaling is expected '
        'to refuse writes with 409'
    ),
    'group_ids': (
        'recording: Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acfr.yaml (private endpoint created with --group-id redisCache; '
        'groupIds ["redisCache"])'
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/redis/resource-manager/Microsoft.Cache/stable/2024-11-01/examples/RedisCac'
        'hePutPrivateEndpointConnection.json (status, description); recording: the CLI also sent '
        'actionsRequired "None" with the echoed GET body and it was accepted'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/redis/resource-manager/Microsoft.Cache/stable/2024-11-01/examples/RedisCac'
        'hePutPrivateEndpointConnection.json'
    ),
    'realistic_seconds': SAME_SPAN,
    'shows_provisioning_state': 'recording: real Redis connection bodies have no provisioningState',
    'connection_naming': 'recording: <private-endpoint-name>.<guid>',
    'auto_approval_description': "recording: 'Auto-Approved'",
    'notes': (
        'Real Redis connection bodies (GET, PUT, list, parent) have NO provisioningState, unlike '
        'the spec example: a client that waits for provisioningState == Succeeded never finishes '
        '(the Azure CLI polled for ~4 min, 11:55:15 -> 11:58:59, until its own timeout). Treat '
        'an absent provisioningState as settled, or poll the Azure-AsyncOperation URL. '
        'Connection names are <private-endpoint-name>.<guid>. Auto-approved: description '
        '\'Auto-Approved\'; a reject with description null comes back as "". DELETE is synchronous '
        '(200).'
    ),
    'recordings': (
        'Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/tests/latest/recordings/test_private_end'
        'point_connection_acfr.yaml'
    ),
}
REDIS = Service(
    type='Microsoft.Cache/Redis',
    key='redis',
    label='Azure Cache for Redis',
    names=('redis_cache', 'cache_redis'),
    api_versions=versions(_REDIS_SOURCES, ('2019-07-01', '2021-06-01'), '2024-11-01'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(201, settles=True, body="none", headers=("Azure-AsyncOperation",)),
    delete=WriteAnswer(200, settles=False, body="none"),
    group_ids=('redisCache',),
    sources=_REDIS_SOURCES,
    list_paged=False,
    realistic_seconds={"update": (0.0, 11.0), "delete": (0.0, 11.0)},
    shows_provisioning_state=False,
    connection_naming='endpoint_guid',
    auto_approval_description='Auto-Approved',
)

_REDIS_ENTERPRISE_SOURCES = {
    'api_version': (
        'spec: stable folders 2021-03-01 … 2024-02-01, 2024-10-01 of '
        'specification/redisenterprise/resource-manager/Microsoft.Cache '
        '(PrivateEndpointConnections_Get/Put/Delete/List in every one; examples read at '
        '2024-02-01; 2024-10-01 is the newest stable folder listed — our inference that it keeps '
        'the same shapes)'
    ),
    'api_versions_seen': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.Cache/redisEnterprise', '2021-03-01', hasConnectionsURI true; "
        'no recording found'
    ),
    'connections_listing': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/redisenterprise/resource-manager/Microsoft.Cache/stable/2024-02-01/example'
        's/RedisEnterpriseListPrivateEndpointConnections.json'
    ),
    'list_paged': (
        'our inference: PrivateEndpointConnectionListResult of common-types has no nextLink in '
        'this spec (Go SDK exposes a pager that ends after one page)'
    ),
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/redisenterprise/resource-manager/Microsoft.Cache/stable/2024-02-01/example'
        's/RedisEnterprisePutPrivateEndpointConnection.json'
    ),
    'get_missing': missing_is_404(
        'redisenterprise/resource-manager/Microsoft.Cache/stable/2024-02-01/redisenterprise.json '
        'PrivateEndpointConnections_Get'
    ),
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/redisenterprise/resource-manager/Microsoft.Cache/stable/2024-02-01/example'
        's/RedisEnterprisePutPrivateEndpointConnection.json (201 with body provisioningState '
        "'Succeeded'); Azure/azure-sdk-for-go armredisenterprise example "
        'PrivateEndpointConnectionsClient_BeginPut (Put is long-running); 200, the header and an '
        'Updating body: our inference'
    ),
    'put_settle_seconds': (
        "our inference: no recording of this type; the spec example's PUT is long-running (see put), so a "
        'span around the connection writes recorded for Azure Monitor private link scopes and Event Hubs (the'
        ' put_settle_seconds of Microsoft.Insights/privateLinkScopes and Microsoft.EventHub/namespaces)'
    ),
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/redisenterprise/resource-manager/Microsoft.Cache/stable/2024-02-01/example'
        's/RedisEnterpriseDeletePrivateEndpointConnection.json (200; 202 with '
        'Azure-AsyncOperation + Location; 204)'
    ),
    'actions_field': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/redisenterprise/resource-manager/Microsoft.Cache/stable/2024-02-01/example'
        "s/RedisEnterprisePutPrivateEndpointConnection.json (response actionsRequired 'None'; "
        'common-types PrivateLinkServiceConnectionState)'
    ),
    'statuses': (
        'our inference: common-types PrivateEndpointServiceConnectionStatus (v1/v2) ' 'Pending/Approved/Rejected'
    ),
    'transitional_statuses': no_transitional(
        'redisenterprise/resource-manager/Microsoft.Cache/stable/2024-02-01/redisenterprise.json status enum '
        '(Pending, Approved, Rejected)'
    ),
    'provisioning_states': (
        'our inference: common-types PrivateEndpointConnectionProvisioningState; example shows ' 'Succeeded'
    ),
    'refused_transitions': REJECTED_STAYS_REJECTED,
    'busy_codes': 'our inference: the cluster refuses writes while it is Updating/scaling',
    'group_ids': ('our inference: Azure Cache for Redis Enterprise private link docs (group id ' "'redisEnterprise')"),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/redisenterprise/resource-manager/Microsoft.Cache/stable/2024-02-01/example'
        's/RedisEnterprisePutPrivateEndpointConnection.json (PUT body '
        'properties.privateLinkServiceConnectionState {status, description})'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/redisenterprise/resource-manager/Microsoft.Cache/stable/2024-02-01/example'
        's/RedisEnterprisePutPrivateEndpointConnection.json'
    ),
    'realistic_seconds': (
        "our inference: no recording of this type; the spec example's PUT is long-running (see put), so a "
        'span around the connection writes recorded for Azure Monitor private link scopes and Event Hubs (the'
        ' put_settle_seconds of Microsoft.Insights/privateLinkScopes and Microsoft.EventHub/namespaces)'
        '; the delete: our inference (the same span)'
    ),
    'notes': (
        'Spec-only (redisenterprise is served by an Azure CLI extension; no recording found). '
        'Same ARM namespace as classic Azure Cache for Redis (Microsoft.Cache/Redis, other '
        'researcher) but a different RP and a different spec folder. Example connection name is '
        "free text ('pectest01'); real names are likely '<pe>.<guid>' — do not assume."
    ),
    'recordings': 'none found',
}
REDIS_ENTERPRISE = Service(
    type='Microsoft.Cache/redisEnterprise',
    key='redis_enterprise',
    label='Azure Cache for Redis Enterprise / Azure Managed Redis cluster',
    names=('managed_redis', 'redisenterprise'),
    api_versions=versions(_REDIS_ENTERPRISE_SOURCES, ('2021-03-01', '2024-02-01'), '2024-10-01'),
    statuses=('Pending', 'Approved', 'Rejected'),
    put=WriteAnswer(201, settles=True, body="connection", headers=('Azure-AsyncOperation',)),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Azure-AsyncOperation',)),
    group_ids=('redisEnterprise',),
    sources=_REDIS_ENTERPRISE_SOURCES,
    list_paged=False,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    busy_code='Conflict',
    realistic_seconds={"update": (5.0, 60.0), "delete": (5.0, 60.0)},
)

ROWS = (
    REDIS,
    REDIS_ENTERPRISE,
)

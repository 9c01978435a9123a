"""Microsoft.HDInsight rows of the emulator's type table, built from the research notes on each type
(docs/emulator.md "The type table"). Every fact keeps its source in the row's `sources`; a fact that
no recording, spec or doc page gives says "our inference"."""

from ..row import (
    CANNOT_CHANGE, missing_is_404, no_transitional, Refusal, REJECTED_STAYS_REJECTED, Service, versions,
    WriteAnswer)

_HDINSIGHT_CLUSTER_SOURCES = {
    'api_version': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hdinsight/resource-manager/Microsoft.HDInsight/stable/2021-06-01/examples/'
        'ApprovePrivateEndpointConnection.json (2021-06-01 is the only stable HDInsight folder '
        'with PrivateEndpointConnections_*; later ones 2023-04-15-preview, 2023-08-15-preview, '
        '2024-08-01-preview, 2025-01-15-preview are previews)'
    ),
    'api_versions_seen': (
        'our inference: Azure/azure-powershell '
        'src/Network/Network/PrivateLinkService/PrivateLinkServiceProvider/ProviderConfiguration.'
        "cs registers 'Microsoft.HDInsight/clusters', '2018-06-01-preview', hasConnectionsURI "
        'true; Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/network/private_link_resource_and_endpoint_conne'
        'ctions/custom.py (register_providers) registers HDInsight clusters; recordings of '
        'private-link clusters exist in the hdinsight module (Azure/azure-cli '
        'src/azure-cli/azure/cli/command_modules/hdinsight/tests/latest/recordings/test_hdinsight'
        '_cluster_with_private_link_configurations.yaml) but no connection approve/reject '
        'traffic was found'
    ),
    'connections_listing': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hdinsight/resource-manager/Microsoft.HDInsight/stable/2021-06-01/examples/'
        'GetAllPrivateEndpointConnectionsInCluster.json — '
        'PrivateEndpointConnections_ListByCluster (Go example NewListByClusterPager at '
        '2021-06-01)'
    ),
    'list_paged': 'spec: x-ms-pageable nextLink (Go pager)',
    'connection_segment': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hdinsight/resource-manager/Microsoft.HDInsight/stable/2021-06-01/examples/'
        'ApprovePrivateEndpointConnection.json'
    ),
    'get_missing': missing_is_404(
        'hdinsight/resource-manager/Microsoft.HDInsight/stable/2021-06-01/privateEndpointConnections.json '
        'PrivateEndpointConnections_Get'
    ),
    'put': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hdinsight/resource-manager/Microsoft.HDInsight/stable/2021-06-01/examples/'
        "ApprovePrivateEndpointConnection.json (200 with body provisioningState 'Succeeded'); "
        'long-running, 201 and header: our inference (HDInsight cluster operations are LRO; not '
        'verified in the spec text this session)'
    ),
    'put_settle_seconds': (
        "our inference: HDInsight applies connection changes through the cluster's gateway "
        'configuration; not recorded'
    ),
    'delete': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hdinsight/resource-manager/Microsoft.HDInsight/stable/2021-06-01/examples/'
        'DeletePrivateEndpointConnection.json (200; 202 with location '
        '.../providers/Microsoft.HDInsight/pathToOperationResult; 204)'
    ),
    'actions_field': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hdinsight/resource-manager/Microsoft.HDInsight/stable/2021-06-01/examples/'
        'ApprovePrivateEndpointConnection.json'
    ),
    'statuses': (
        'our inference: HDInsight PrivateLinkServiceConnectionStatus enum ' '(Approved/Rejected/Pending/Removed)'
    ),
    'transitional_statuses': no_transitional(
        'hdinsight/resource-manager/Microsoft.HDInsight/stable/2021-06-01/privateEndpointConnections.json '
        'status enum (Approved, Rejected, Pending, Removed)'
    ),
    'provisioning_states': (
        'our inference: HDInsight PrivateEndpointConnectionProvisioningState enum; example shows ' 'Succeeded'
    ),
    'refused_transitions': REJECTED_STAYS_REJECTED,
    'busy_codes': 'our inference: HDInsight refuses concurrent cluster operations',
    'group_ids': (
        'our inference: HDInsight Private Link docs (private link configurations named for '
        'gateway and headnode; clusters created with privateLink Enabled and '
        'resourceProviderConnection Outbound)'
    ),
    'writable_fields': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hdinsight/resource-manager/Microsoft.HDInsight/stable/2021-06-01/examples/'
        'ApprovePrivateEndpointConnection.json (PUT body privateLinkServiceConnectionState '
        '{status, description, actionsRequired})'
    ),
    'put_body_shape': (
        'spec example: Azure/azure-rest-api-specs '
        'specification/hdinsight/resource-manager/Microsoft.HDInsight/stable/2021-06-01/examples/'
        'ApprovePrivateEndpointConnection.json'
    ),
    'realistic_seconds': (
        "our inference: HDInsight applies connection changes through the cluster's gateway "
        'configuration; not recorded; the delete: our inference (the same span)'
    ),
    'notes': (
        'Spec-only. Connections exist only on clusters created with '
        "networkProperties.privateLink 'Enabled' (and outbound resource-provider connection). "
        "Names are '<privateEndpointName>.<guid>'; bodies carry properties.linkIdentifier "
        '(Network-style, like Private Link service). provisioningState enum differs from '
        'common-types (InProgress, Updating, Canceled).'
    ),
    'recordings': 'none found',
}
HDINSIGHT_CLUSTER = Service(
    type='Microsoft.HDInsight/clusters',
    key='hdinsight_cluster',
    label='HDInsight cluster (with Private Link)',
    names=('hdinsight',),
    api_versions=versions(_HDINSIGHT_CLUSTER_SOURCES, ('2018-06-01-preview',), '2021-06-01'),
    statuses=('Pending', 'Approved', 'Rejected', 'Removed'),
    put=WriteAnswer(200, settles=False),
    delete=WriteAnswer(202, settles=True, body="none", headers=('Location',)),
    group_ids=('headnode', 'gateway'),
    sources=_HDINSIGHT_CLUSTER_SOURCES,
    refusals=(Refusal('Rejected', 'Approved', 400, 'BadRequest', CANNOT_CHANGE),),
    busy_code='Conflict',
    realistic_seconds={"update": (10.0, 300.0), "delete": (10.0, 300.0)},
)

ROWS = (HDINSIGHT_CLUSTER,)

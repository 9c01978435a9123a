"""Which api-versions each emulated resource type accepts: one table, each version with where we know it from.

Real ARM accepts every version a resource type publishes and answers any other with 400
InvalidApiVersionParameter. The emulator accepts exactly the versions below, whatever SDK is installed: a
version is here because real Azure serves it, never because a client happens to send it. The table lives in code
so the emulator runs without /work/shared; its sources are AZURE_BEHAVIOUR.md and azure-rest-specs/.
"""

from .services import ALL_SERVICES

REFERENCE = "Azure REST API reference"

# family -> {api-version: source}. Families: one per row of the type table (its key; the row lists its versions
# with their sources, rows/), Microsoft.Network private endpoints, Microsoft.Resources, the subscription list.
VERSIONS = {
    **{row.api_family: dict(row.api_versions) for row in ALL_SERVICES},
    "network": {version: REFERENCE for version in (
        "2020-11-01", "2021-02-01", "2021-05-01", "2021-08-01", "2022-01-01", "2022-05-01", "2022-07-01",
        "2022-09-01", "2022-11-01", "2023-02-01", "2023-04-01", "2023-05-01", "2023-06-01", "2023-09-01",
        "2023-11-01", "2024-01-01", "2024-03-01", "2024-05-01", "2024-07-01", "2024-10-01",
    )},
    # 2015-11-01 is also what KeyVaultManagementClient.vaults.list() sends to /subscriptions/{id}/resources.
    "resources": {version: REFERENCE for version in (
        "2015-11-01", "2016-09-01", "2018-05-01", "2019-10-01", "2020-06-01", "2021-04-01", "2022-09-01",
        "2023-07-01", "2024-03-01", "2024-07-01", "2024-11-01", "2025-04-01",
    )},
    # GET /subscriptions, the list `az login` reads: the versions azure-mgmt-resource's SubscriptionClient ships.
    "subscriptions": {version: REFERENCE for version in (
        "2016-06-01", "2018-06-01", "2019-06-01", "2019-11-01", "2021-01-01", "2022-12-01",
    )},
    # POST /providers/Microsoft.ResourceGraph/resources: the stable versions of the REST specification's
    # resourcegraph folders; 2021-03-01 is what azure-mgmt-resourcegraph 8.0 and the CLI's extension send.
    "resourcegraph": {version: REFERENCE for version in (
        "2019-04-01", "2020-04-01-preview", "2021-03-01", "2021-06-01-preview", "2022-10-01", "2024-04-01",
    )},
}


class ApiVersions:
    """Supported versions per family (see VERSIONS)."""

    def __init__(self, table=None):
        self.by_family = {family: tuple(sorted(versions)) for family, versions in (table or VERSIONS).items()}

    def supported(self, family):
        return self.by_family[family]

    def as_dict(self):
        return {family: list(versions) for family, versions in self.by_family.items()}

"""Which api-versions each emulated resource type accepts.

The table lives in code so the emulator runs without /work/shared. Key Vault and Storage list the versions whose
specs the project keeps (azure-rest-specs/) plus the default of the installed SDK, read at start when importable.
Microsoft.Network and Microsoft.Resources list real published versions (Azure REST API reference).
"""
import importlib.util
import os
import re

KEYVAULT_VERSIONS = ("2021-06-01-preview", "2021-10-01", "2022-07-01", "2023-07-01", "2026-02-01", "2026-05-15")
STORAGE_VERSIONS = ("2021-06-01", "2023-05-01", "2026-09-01")
NETWORK_VERSIONS = (
    "2020-11-01", "2021-02-01", "2021-05-01", "2021-08-01", "2022-01-01", "2022-05-01", "2022-07-01",
    "2022-09-01", "2022-11-01", "2023-02-01", "2023-04-01", "2023-05-01", "2023-06-01", "2023-09-01",
    "2023-11-01", "2024-01-01", "2024-03-01", "2024-05-01", "2024-07-01", "2024-10-01",
)
# 2015-11-01 is what KeyVaultManagementClient.vaults.list() sends to /subscriptions/{id}/resources.
RESOURCES_VERSIONS = (
    "2015-11-01", "2016-09-01", "2018-05-01", "2019-10-01", "2020-06-01", "2021-04-01", "2022-09-01",
    "2023-07-01", "2024-03-01", "2024-07-01", "2024-11-01", "2025-04-01",
)


def _sdk_default(package):
    """The api-version an installed SDK sends by default, or None when the SDK is not installed.

    Read from the SDK's _configuration.py text rather than imported: importing azure.mgmt.* costs start-up time.
    """
    try:
        spec = importlib.util.find_spec(package)
        if spec is None or not spec.submodule_search_locations:
            return None
        config_path = os.path.join(list(spec.submodule_search_locations)[0], "_configuration.py")
        with open(config_path, encoding="utf-8") as handle:
            match = re.search(r'api_version: str = kwargs\.pop\("api_version", "([^"]+)"\)', handle.read())
    except (ImportError, OSError, ValueError):
        return None
    return match.group(1) if match else None


def _with_sdk_default(versions, module_name):
    default = _sdk_default(module_name)
    if default and default not in versions:
        return tuple(sorted(versions + (default,)))
    return versions


class ApiVersions:
    """Supported versions per family: keyvault, storage, network, resources."""

    def __init__(self):
        self.by_family = {
            "keyvault": _with_sdk_default(KEYVAULT_VERSIONS, "azure.mgmt.keyvault"),
            "storage": _with_sdk_default(STORAGE_VERSIONS, "azure.mgmt.storage"),
            "network": NETWORK_VERSIONS,
            "resources": RESOURCES_VERSIONS,
        }

    def supported(self, family):
        return self.by_family[family]

    def as_dict(self):
        return {family: list(versions) for family, versions in self.by_family.items()}

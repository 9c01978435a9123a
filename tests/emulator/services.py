"""What differs between Key Vault vaults, Managed HSMs and Storage accounts, as data.

Everything the route handlers need to know about a service is here: spellings, status enum, whether a PUT is
asynchronous, how a missing connection answers, and how connections are embedded in the parent resource.
"""
from dataclasses import dataclass


@dataclass(frozen=True)
class Service:
    type: str                       # canonical ARM type of the parent resource
    namespace: str
    collection: str                 # the type's last segment, as in the URL
    connection_type: str            # `type` written into connection bodies
    statuses: tuple                 # accepted privateLinkServiceConnectionState.status values
    actions_field: str              # actionsRequired (Key Vault) or actionRequired (Storage)
    has_etag: bool                  # connections carry an etag in their body
    asynchronous_writes: bool       # PUT answers Updating, DELETE answers 202 + Location
    missing_connection: str         # "no_content" | "not_found"
    embeds_full_connections: bool   # parent GET embeds {id,name,type,properties} instead of {id,etag,properties}
    bare_list_items: bool           # LIST items carry only id and properties (recorded for Managed HSM)
    api_family: str                 # key into ApiVersions
    group_id: str                   # the private link sub-resource endpoints target
    display_kind: str               # used in messages


KEY_VAULT = Service(
    type="Microsoft.KeyVault/vaults",
    namespace="Microsoft.KeyVault",
    collection="vaults",
    connection_type="Microsoft.KeyVault/vaults/privateEndpointConnections",
    statuses=("Pending", "Approved", "Rejected", "Disconnected"),
    actions_field="actionsRequired",
    has_etag=True,
    asynchronous_writes=True,
    missing_connection="no_content",
    embeds_full_connections=False,
    bare_list_items=False,
    api_family="keyvault",
    group_id="vault",
    display_kind="vault",
)

# Real Managed HSM answers have been seen carrying the *vault* connection type; the emulator does the same so that
# clients which trust `type` fail here rather than in production (see AZURE_BEHAVIOUR.md).
MANAGED_HSM = Service(
    type="Microsoft.KeyVault/managedHSMs",
    namespace="Microsoft.KeyVault",
    collection="managedHSMs",
    connection_type="Microsoft.KeyVault/vaults/privateEndpointConnections",
    statuses=("Pending", "Approved", "Rejected", "Disconnected"),
    actions_field="actionsRequired",
    has_etag=True,
    asynchronous_writes=True,
    missing_connection="not_found",
    embeds_full_connections=False,
    bare_list_items=True,
    api_family="mhsm",
    group_id="managedhsm",
    display_kind="managed HSM",
)

STORAGE = Service(
    type="Microsoft.Storage/storageAccounts",
    namespace="Microsoft.Storage",
    collection="storageAccounts",
    connection_type="Microsoft.Storage/storageAccounts/privateEndpointConnections",
    statuses=("Pending", "Approved", "Rejected"),
    actions_field="actionRequired",
    has_etag=False,
    asynchronous_writes=False,
    missing_connection="not_found",
    embeds_full_connections=True,
    bare_list_items=False,
    api_family="storage",
    group_id="blob",
    display_kind="storage account",
)

ALL_SERVICES = (KEY_VAULT, MANAGED_HSM, STORAGE)
_BY_TYPE = {service.type.lower(): service for service in ALL_SERVICES}


def service_for_type(resource_type):
    """The Service of an ARM type spelled in any case, or None."""
    return _BY_TYPE.get(str(resource_type).lower())


def service_for_path(namespace, collection):
    return _BY_TYPE.get(f"{namespace}/{collection}".lower())


def paged_connection_list(service, api_version):
    """Storage lists connections on a single page before 2026-09-01 and with nextLink since (AZURE_BEHAVIOUR.md)."""
    if service is STORAGE:
        return api_version >= "2026-09-01"
    return True


def says_null_next_link(service):
    """The spec: every Key Vault / HSM connection-list example ends with "nextLink": null (Storage's show none)."""
    return service is not STORAGE

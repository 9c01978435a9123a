"""Key Vault vaults and Managed HSMs (Microsoft.KeyVault): written by hand from AZURE_BEHAVIOUR.md, whose facts come
from recorded traffic (2020 and 2024) and the spec folders kept in /work/shared/azure-rest-specs/keyvault."""
from ..row import Refusal, Service, WriteAnswer

RECORDED = "recorded traffic (AZURE_BEHAVIOUR.md)"
SPEC_FOLDER = "spec folder kept in azure-rest-specs/"
PUBLISHED = "published spec folder (AZURE_BEHAVIOUR.md)"

# Our inference (docs/emulator.md): nothing shows a Rejected connection going back to Pending or Disconnected;
# 400 rather than 409 because the request itself, not the timing, is wrong.
_REJECTED_ONLY_TO_APPROVED = tuple(
    Refusal("Rejected", wanted, 400, "BadRequest",
            "Private endpoint connection '{name}' is Rejected and cannot be changed to '{wanted}'; it can only be "
            "approved again or stay rejected.")
    for wanted in ("Pending", "Disconnected")
)
_SOURCES = {
    "api_versions": "recorded traffic and spec folders (AZURE_BEHAVIOUR.md 'Api-versions')",
    "statuses": "spec: PrivateEndpointServiceConnectionStatus enum (keyvault.json, managedHsm.json)",
    "put": "recorded traffic: 200, body shows the new status with provisioningState Updating and a new etag; header "
           "Azure-AsyncOperation pointing back at the connection with kv-operation; not a declared long-running "
           "operation (AZURE_BEHAVIOUR.md)",
    "delete": "recorded traffic: 202 with Location (connection URL + kv-operation) and Retry-After; polling it gives "
              "202 then 204 (AZURE_BEHAVIOUR.md)",
    "actions_field": "spec: actionsRequired (enum None); recorded bodies",
    "etag": "recorded traffic: 32 lowercase hex digits, in the body only, new on every change",
    "body_location": "recorded traffic: connection bodies carry location",
    "listing": "spec: PrivateEndpointConnections_ListByResource, paged; every list example ends with nextLink null",
    "refusals": "recorded traffic: Rejected -> Approved accepted (2020, 2024), a repeated status starts another "
                "Updating cycle; Rejected -> Pending / Disconnected refused: our inference (docs/emulator.md)",
    "busy_code": "recorded traffic: 409 AnotherOperationInProgress while another change of the same vault runs",
    "realistic_seconds": "recorded traffic: approval 28-50 s (2024); delete: our inference (the HSM's 15-18 s)",
    "group_ids": "spec examples / recorded endpoint requests (groupIds vault, managedhsm)",
    "connection_naming": "recorded traffic: named after the consumer's link entry; '<name>.<guid>' in spec examples",
    "auto_approval_description": "recorded traffic: auto-approved connections carry no description",
}

KEY_VAULT = Service(
    type="Microsoft.KeyVault/vaults",
    key="keyvault",
    label="vault",
    names=("keyvault", "key_vault", "vault"),
    api_versions={
        "2018-02-14": RECORDED,
        "2019-09-01": RECORDED,
        "2021-06-01-preview": SPEC_FOLDER,
        "2021-10-01": SPEC_FOLDER,
        "2022-07-01": SPEC_FOLDER,
        "2023-02-01": RECORDED,             # the Azure CLI's vault GET, 2024
        "2023-07-01": RECORDED,             # the Azure CLI's vault connections, 2024; also a spec folder
        "2026-02-01": SPEC_FOLDER,
        "2026-05-15": SPEC_FOLDER,          # newest stable in the installed SDK
    },
    statuses=("Pending", "Approved", "Rejected", "Disconnected"),
    put=WriteAnswer(200, settles=True, body="connection", headers=("Azure-AsyncOperation",)),
    delete=WriteAnswer(202, settles=True, body="none", headers=("Location",)),
    group_ids=("vault",),
    sources={**_SOURCES, "missing_connection": "spec: 204 No Content for a missing vault connection"},
    connection_type="Microsoft.KeyVault/vaults/privateEndpointConnections",
    actions_field="actionsRequired",
    has_etag=True,
    omits_unwritten_description=True,
    body_location=True,
    list_null_next_link=True,
    embeds_full_connections=False,
    missing_connection=204,
    kv_operation=True,
    refusals=_REJECTED_ONLY_TO_APPROVED,
    connection_naming="link",
    auto_approval_description=None,
    realistic_seconds={"update": (30.0, 50.0), "delete": (15.0, 18.0)},
    parent_properties=(
        ("tenantId", "{tenant}"),
        ("sku", {"family": "A", "name": "standard"}),
        ("accessPolicies", []),
        ("vaultUri", "https://{name}.vault.azure.net/"),
        ("enableRbacAuthorization", True),
        ("publicNetworkAccess", "Disabled"),
        ("provisioningState", "Succeeded"),
    ),
)

# Real Managed HSM answers have been seen carrying the *vault* connection type; the emulator does the same so that
# clients which trust `type` fail here rather than in production (AZURE_BEHAVIOUR.md).
MANAGED_HSM = Service(
    type="Microsoft.KeyVault/managedHSMs",
    key="mhsm",
    label="managed HSM",
    names=("mhsm", "managed_hsm", "managedhsm"),
    api_versions={
        "2021-04-01-preview": RECORDED,     # the Azure CLI's Managed HSM connections, 2024
        "2021-06-01-preview": SPEC_FOLDER,
        "2021-10-01": SPEC_FOLDER,
        "2022-07-01": SPEC_FOLDER,
        "2023-07-01": SPEC_FOLDER,
        "2026-02-01": SPEC_FOLDER,
        "2026-05-15": SPEC_FOLDER,
        "2026-05-15-preview": PUBLISHED,
    },
    statuses=("Pending", "Approved", "Rejected", "Disconnected"),
    put=WriteAnswer(200, settles=True, body="connection", headers=("Azure-AsyncOperation",)),
    delete=WriteAnswer(202, settles=True, body="none", headers=("Location",)),
    group_ids=("managedhsm",),
    sources={
        **_SOURCES,
        "connection_type": "recorded traffic: HSM bodies seen with the vault connection type",
        "bare_list_items": "recorded traffic: HSM list items carry only id and properties",
        "missing_connection": "recorded traffic: 404 for a missing HSM connection",
        "refusals": "our inference: Key Vault's rules (same resource provider, no recording)",
        "realistic_seconds": "recorded traffic: approval 32-50 s, delete 15-18 s to the final 204",
    },
    connection_type="Microsoft.KeyVault/vaults/privateEndpointConnections",
    actions_field="actionsRequired",
    has_etag=True,
    omits_unwritten_description=True,
    body_location=True,
    list_null_next_link=True,
    bare_list_items=True,
    embeds_full_connections=False,
    missing_connection=404,
    kv_operation=True,
    refusals=_REJECTED_ONLY_TO_APPROVED,
    connection_naming="link",
    auto_approval_description=None,
    realistic_seconds={"update": (32.0, 50.0), "delete": (15.0, 18.0)},
    parent_top_level=(("sku", {"family": "B", "name": "Standard_B1"}),),
    parent_properties=(
        ("tenantId", "{tenant}"),
        ("initialAdminObjectIds", []),
        ("hsmUri", "https://{name}.managedhsm.azure.net/"),
        ("publicNetworkAccess", "Disabled"),
        ("provisioningState", "Succeeded"),
        ("statusMessage", "The Managed HSM is provisioned and ready to use."),
    ),
)

ROWS = (KEY_VAULT, MANAGED_HSM)

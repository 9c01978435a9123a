"""Storage accounts (Microsoft.Storage): written by hand from AZURE_BEHAVIOUR.md, whose facts come from recorded
traffic (2020 and 2024) and the spec folders kept in /work/shared/azure-rest-specs/storage."""
from ..row import ANY, Refusal, Service, WriteAnswer

RECORDED = "recorded traffic (AZURE_BEHAVIOUR.md)"
SPEC_FOLDER = "spec folder kept in azure-rest-specs/"
PUBLISHED = "published spec folder (AZURE_BEHAVIOUR.md)"
INVALID_STATUS = "Values for request parameters are invalid: privateLinkServiceConnectionState.status."

STORAGE = Service(
    type="Microsoft.Storage/storageAccounts",
    key="storage",
    label="storage account",
    names=("storage", "storage_account", "storageaccount"),
    api_versions={
        "2019-06-01": RECORDED,             # the Azure CLI's generic private-endpoint-connection commands
        "2020-08-01-preview": PUBLISHED,    # also what the 2021-06-01 folder's examples name
        "2021-02-01": PUBLISHED,
        "2021-06-01": SPEC_FOLDER,
        "2023-05-01": SPEC_FOLDER,
        "2025-08-01": PUBLISHED,
        "2026-04-01": PUBLISHED,
        "2026-09-01": SPEC_FOLDER,          # newest stable in the installed SDK
    },
    statuses=("Pending", "Approved", "Rejected"),
    put=WriteAnswer(200, settles=False),
    delete=WriteAnswer(200, settles=False, body="none"),
    group_ids=("blob", "blob_secondary", "table", "table_secondary", "queue", "queue_secondary", "file", "web",
               "web_secondary", "dfs", "dfs_secondary"),
    sources={
        "api_versions": "recorded traffic and spec folders (AZURE_BEHAVIOUR.md 'Api-versions')",
        "statuses": "spec: PrivateEndpointServiceConnectionStatus (Pending, Approved, Rejected)",
        "put": "recorded traffic: 200, synchronous, provisioningState Succeeded at once",
        "delete": "recorded traffic: synchronous, 200 with an empty body (204 when already gone)",
        "actions_field": "spec and recorded bodies: actionRequired (singular, free text)",
        "etag": "recorded traffic: Storage connections carry no etag",
        "listing": "spec: one page before 2026-09-01, nextLink from 2026-09-01 (AZURE_BEHAVIOUR.md)",
        "embeds_full_connections": "recorded traffic: the account embeds full {id, name, type, properties} items",
        "missing_connection": "recorded traffic: 404 PrivateEndpointConnectionNotFound",
        "refusals": "recorded traffic (2020, 2024): 400 InvalidValuesForRequestParameters for any change of a "
                    "Rejected connection and for Approved -> Approved",
        "invalid_status": "recorded traffic: 400 InvalidValuesForRequestParameters (Disconnected is no Storage "
                          "status)",
        "busy_code": "AZURE_BEHAVIOUR.md: StorageAccountOperationInProgress (never answered: writes are synchronous)",
        "group_ids": "doc: learn.microsoft.com storage-private-endpoints (blob, table, queue, file, web, dfs and "
                     "their _secondary)",
        "connection_naming": "recorded traffic: '<account>.<guid>', generated, not editable",
        "auto_approval_description": "recorded traffic: auto-approved Storage connections say 'Auto-Approved'",
    },
    actions_field="actionRequired",
    list_paged_since="2026-09-01",
    missing_connection=404,
    refusals=(
        Refusal("Rejected", ANY, 400, "InvalidValuesForRequestParameters", INVALID_STATUS),
        Refusal("Approved", "Approved", 400, "InvalidValuesForRequestParameters", INVALID_STATUS),
    ),
    invalid_status=Refusal(ANY, ANY, 400, "InvalidValuesForRequestParameters", INVALID_STATUS),
    busy_code="StorageAccountOperationInProgress",
    connection_naming="parent_guid",
    auto_approval_description="Auto-Approved",
    parent_top_level=(("kind", "StorageV2"), ("sku", {"name": "Standard_LRS", "tier": "Standard"})),
    parent_properties=(
        ("provisioningState", "Succeeded"),
        ("primaryLocation", "{location}"),
        ("statusOfPrimary", "available"),
        ("publicNetworkAccess", "Disabled"),
        ("primaryEndpoints", {service: f"https://{{name}}.{service}.core.windows.net/"
                              for service in ("blob", "queue", "table", "file", "dfs", "web")}),
    ),
)

ROWS = (STORAGE,)

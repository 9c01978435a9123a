"""Connection dicts shaped like the info modules' output (docs/design.md), for the filter tests."""

TYPES = {
    "kv": "Microsoft.KeyVault/vaults",
    "hsm": "Microsoft.KeyVault/managedHSMs",
    "st": "Microsoft.Storage/storageAccounts",
}
SUB = "00000000-0000-0000-0000-000000000000"
SPOKE = "33333333-3333-3333-3333-333333333333"


def connection(parent="kv-app", kind="kv", status="Pending", pe_name="pe-app", pe_sub=SPOKE, pe_rg="rg-spoke",
               rg="rg-app", sub=SUB, tags=None, name=None, description="", group_ids=(), request_message=None):
    parent_type = TYPES[kind]
    parent_id = "/subscriptions/%s/resourceGroups/%s/providers/%s/%s" % (sub, rg, parent_type, parent)
    name = name or pe_name
    pe_id = "/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Network/privateEndpoints/%s" % (
        pe_sub, pe_rg, pe_name)
    return {
        "id": "%s/privateEndpointConnections/%s" % (parent_id, name),
        "name": name,
        "status": status,
        "description": description,
        "request_message": request_message,
        "group_ids": list(group_ids),
        "actions_required": "None",
        "private_endpoint_id": pe_id,
        "private_endpoint_subscription_id": pe_sub,
        "private_endpoint_resource_group": pe_rg,
        "private_endpoint_name": pe_name,
        "provisioning_state": "Succeeded",
        "etag": None,
        "parent_id": parent_id,
        "parent_name": parent,
        "parent_type": parent_type,
        "parent_resource_group": rg,
        "parent_subscription_id": sub,
        "parent_tags": tags if tags is not None else {},
    }


def read(*connections):
    """What the scope reader (azure_pec_scope_info) returns, with these connections."""
    return {"connections": list(connections), "errors": [], "warnings": [], "resources": [], "reads": [],
            "changed": False}

"""JSON bodies of emulated resources, shaped as the real services send them (see AZURE_BEHAVIOUR.md)."""
from .services import KEY_VAULT, MANAGED_HSM


def connection_id(resource, conn):
    return f"{resource.id}/privateEndpointConnections/{conn.name}"


def _connection_properties(resource, conn):
    state = {"status": conn.status}
    if conn.description is not None:     # recorded: a Key Vault connection never written has no description
        state["description"] = conn.description
    state[resource.service.actions_field] = conn.actions_required
    return {
        "provisioningState": conn.provisioning_state,
        "privateEndpoint": {"id": conn.private_endpoint_id},
        "privateLinkServiceConnectionState": state,
    }


def connection_body(resource, conn):
    """A connection as its own GET / PUT / LIST answers it."""
    body = {
        "id": connection_id(resource, conn),
        "name": conn.name,
        "type": resource.service.connection_type,
    }
    if resource.service.has_etag and conn.etag:
        body["etag"] = conn.etag
    if resource.service.has_etag:       # recorded: Key Vault and HSM connection bodies carry location
        body["location"] = resource.location
    body["properties"] = _connection_properties(resource, conn)
    return body


def listed_connection(resource, conn):
    """An item of LIST .../privateEndpointConnections: recorded Managed HSM lists carry only id and properties."""
    if resource.service.bare_list_items:
        return {"id": connection_id(resource, conn), "properties": _connection_properties(resource, conn)}
    return connection_body(resource, conn)


def embedded_connection(resource, conn):
    """A connection inside the parent's properties.privateEndpointConnections."""
    if resource.service.embeds_full_connections:
        return connection_body(resource, conn)
    item = {"id": connection_id(resource, conn)}
    if conn.etag:
        item["etag"] = conn.etag
    item["properties"] = _connection_properties(resource, conn)
    return item


def resource_body(resource, tenant_id):
    connections = [embedded_connection(resource, conn) for conn in resource.connections.values()]
    body = {
        "id": resource.id,
        "name": resource.name,
        "type": resource.service.type,
        "location": resource.location,
        "tags": dict(resource.tags),
    }
    if resource.service is KEY_VAULT:
        body["properties"] = {
            "tenantId": tenant_id,
            "sku": {"family": "A", "name": "standard"},
            "accessPolicies": [],
            "vaultUri": f"https://{resource.name}.vault.azure.net/",
            "enableRbacAuthorization": True,
            "publicNetworkAccess": "Disabled",
            "provisioningState": "Succeeded",
            "privateEndpointConnections": connections,
        }
    elif resource.service is MANAGED_HSM:
        body["sku"] = {"family": "B", "name": "Standard_B1"}
        body["properties"] = {
            "tenantId": tenant_id,
            "initialAdminObjectIds": [],
            "hsmUri": f"https://{resource.name}.managedhsm.azure.net/",
            "publicNetworkAccess": "Disabled",
            "provisioningState": "Succeeded",
            "statusMessage": "The Managed HSM is provisioned and ready to use.",
            "privateEndpointConnections": connections,
        }
    else:
        body["kind"] = "StorageV2"
        body["sku"] = {"name": "Standard_LRS", "tier": "Standard"}
        body["properties"] = {
            "provisioningState": "Succeeded",
            "primaryLocation": resource.location,
            "statusOfPrimary": "available",
            "publicNetworkAccess": "Disabled",
            "primaryEndpoints": {
                service: f"https://{resource.name}.{service}.core.windows.net/"
                for service in ("blob", "queue", "table", "file", "dfs", "web")
            },
            "privateEndpointConnections": connections,
        }
    return body


def generic_resource_body(resource):
    """An item of GET /subscriptions/{id}/resources."""
    return {
        "id": resource.id,
        "name": resource.name,
        "type": resource.service.type,
        "location": resource.location,
        "tags": dict(resource.tags),
    }


def resource_group_body(group):
    return {
        "id": f"/subscriptions/{group['subscription_id']}/resourceGroups/{group['name']}",
        "name": group["name"],
        "type": "Microsoft.Resources/resourceGroups",
        "location": group["location"],
        "tags": dict(group.get("tags") or {}),
        "properties": {"provisioningState": "Succeeded"},
    }

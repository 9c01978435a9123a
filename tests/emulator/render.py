"""JSON bodies of emulated resources, shaped as the real services send them (see AZURE_BEHAVIOUR.md and each
row's sources)."""


def connection_id(resource, conn):
    return f"{resource.id}/privateEndpointConnections/{conn.name}"


def connection_state(service, status, description, actions_required):
    state = {"status": status}
    if description is not None:     # recorded: a Key Vault connection never written has no description
        state["description"] = description
    if service.actions_field:
        state[service.actions_field] = actions_required
    return state


def _connection_properties(resource, conn):
    service = resource.service
    properties = {}
    if service.shows_provisioning_state:
        properties["provisioningState"] = conn.provisioning_state
    properties["privateEndpoint"] = {"id": conn.private_endpoint_id}
    properties["privateLinkServiceConnectionState"] = connection_state(
        service, conn.status, conn.description, conn.actions_required)
    if service.group_ids_field == "groupIds":
        properties["groupIds"] = list(conn.group_ids)
    elif service.group_ids_field == "groupId":
        properties["groupId"] = conn.group_ids[0] if conn.group_ids else service.default_group_id
    return properties


def connection_body(resource, conn):
    """A connection as its own GET / PUT / LIST answers it."""
    service = resource.service
    body = {
        "id": connection_id(resource, conn),
        "name": f"{resource.name}/{conn.name}" if service.name_in_body == "parent/name" else conn.name,
        "type": service.body_connection_type(),
    }
    if service.has_etag and conn.etag:
        body["etag"] = conn.etag
    if service.body_location:
        body["location"] = resource.location
    body["properties"] = _connection_properties(resource, conn)
    return body


def state_echo(resource, conn, change):
    """What API Management answers a PUT with (recorded): the id and the requested state, nothing else."""
    state = connection_state(resource.service, change.status, change.description, change.actions_required)
    return {"id": connection_id(resource, conn), "properties": {"privateLinkServiceConnectionState": state}}


def settling_connection(resource, conn, change):
    """The connection with the requested state and the settling provisioningState, as App Configuration answers a
    PUT (recorded) while its GETs still read the old state."""
    body = connection_body(resource, conn)
    body["properties"]["privateLinkServiceConnectionState"] = connection_state(
        resource.service, change.status, change.description, change.actions_required)
    if resource.service.shows_provisioning_state:
        body["properties"]["provisioningState"] = resource.service.settling_state(change.status)
    return body


def operation_wrapper(resource, conn):
    """Kusto's answer to a PUT (recorded): an operation object named <cluster>/<connection> with the connection
    nested under properties and provisioningState Accepted."""
    inner = connection_body(resource, conn)
    return {"id": inner["id"], "name": f"{resource.name}/{conn.name}", "type": inner["type"],
            "properties": {**inner["properties"], "provisioningState": "Accepted"}}


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


def _filled(value, names):
    """A row's parent template with {name}, {location}, {tenant} filled in."""
    if isinstance(value, str):
        return value.format(**names)
    if isinstance(value, dict):
        return {key: _filled(item, names) for key, item in value.items()}
    if isinstance(value, list):
        return [_filled(item, names) for item in value]
    return value


def resource_body(resource, tenant_id):
    service = resource.service
    names = {"name": resource.name, "location": resource.location, "tenant": tenant_id}
    body = {
        "id": resource.id,
        "name": resource.name,
        "type": service.type,
        "location": resource.location,
        "tags": dict(resource.tags),
    }
    for key, value in service.parent_top_level:
        body[key] = _filled(value, names)
    properties = {key: _filled(value, names) for key, value in service.parent_properties}
    if service.parent_busy_while_settling and resource.busy_connection() is not None:
        properties["provisioningState"] = "Updating"
    properties["privateEndpointConnections"] = [embedded_connection(resource, conn)
                                                for conn in resource.connections.values()]
    body["properties"] = properties
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

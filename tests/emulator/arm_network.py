"""The consumer's side: Microsoft.Network/privateEndpoints PUT / GET / DELETE in any subscription.

Creating an endpoint creates a connection on each target resource of any modelled type, as that service does
(its row: name, description on auto-approval, group ids): Approved for `privateLinkServiceConnections` (the caller
has rights on the target; without them ARM refuses with 403 LinkedAuthorizationFailed) and Pending for
`manualPrivateLinkServiceConnections`. The endpoint shows the
provider's view of each connection; one the provider removed shows as Disconnected. Deleting the endpoint removes
its connections. Endpoints only implied by seeded connections can be read and deleted too.
"""
import time
import uuid

from . import errors, ids
from .rbac import allows
from .messages import Reply
from .state import EndpointLink, PrivateEndpoint

ENDPOINT_TYPE = "Microsoft.Network/privateEndpoints"
_LINK_KINDS = (("privateLinkServiceConnections", False), ("manualPrivateLinkServiceConnections", True))


def _endpoint_id(call):
    p = call.params
    return ids.resource_id(p["subscription"], p["resource_group"], ENDPOINT_TYPE, p["name"])


def _implied_endpoint(store, endpoint_id):
    """An endpoint the seed mentions only through connections on resources."""
    links = []
    for resource in store.resources.values():
        for conn in resource.connections.values():
            if conn.private_endpoint_id.lower() == endpoint_id.lower():
                links.append(EndpointLink(
                    name=conn.name, private_link_service_id=resource.id,
                    group_ids=list(conn.group_ids or resource.service.group_ids[:1]),
                    request_message=conn.description or "", manual=True, connection_name=conn.name,
                ))
    if not links:
        return None
    sub, group, name = ids.parse_private_endpoint_id(endpoint_id)
    return PrivateEndpoint(sub, group, name, "westeurope", links)


def _find(call):
    endpoint_id = _endpoint_id(call)
    return call.store.endpoints.get(endpoint_id.lower()) or _implied_endpoint(call.store, endpoint_id)


def _link_state(store, endpoint, link):
    target = store.resource_by_id(link.private_link_service_id)
    conn = target.connection(link.connection_name) if target else None
    if conn is None or conn.private_endpoint_id.lower() != endpoint.id.lower():
        return {"status": "Disconnected", "description": "The private link service connection was removed.",
                "actionsRequired": "None"}
    return {"status": conn.status, "description": conn.description or "", "actionsRequired": conn.actions_required}


def _body(store, endpoint):
    properties = {"provisioningState": endpoint.provisioning_state, "networkInterfaces": [], "customDnsConfigs": []}
    for field_name, manual in _LINK_KINDS:
        properties[field_name] = [
            {
                "id": f"{endpoint.id}/{field_name}/{link.name}",
                "name": link.name,
                "type": f"{ENDPOINT_TYPE}/privateLinkServiceConnections",
                "etag": endpoint.etag,
                "properties": {
                    "provisioningState": "Succeeded",
                    "privateLinkServiceId": link.private_link_service_id,
                    "groupIds": list(link.group_ids),
                    "requestMessage": link.request_message,
                    "privateLinkServiceConnectionState": _link_state(store, endpoint, link),
                },
            }
            for link in endpoint.links if link.manual == manual
        ]
    return {
        "id": endpoint.id, "name": endpoint.name, "type": ENDPOINT_TYPE, "location": endpoint.location,
        "etag": endpoint.etag, "properties": properties,
    }


def get_endpoint(call):
    endpoint = _find(call)
    if endpoint is None:
        raise errors.resource_not_found(ENDPOINT_TYPE, call.params["name"], call.params["resource_group"])
    return Reply(200, _body(call.store, endpoint))


def _requested_links(call, body):
    properties = body.get("properties") if isinstance(body, dict) else None
    if not isinstance(properties, dict):
        raise errors.ArmError(400, "InvalidRequestFormat", "Cannot parse the request: 'properties' is required.")
    links = []
    for field_name, manual in _LINK_KINDS:
        entries = properties.get(field_name) or []
        if not isinstance(entries, list):
            raise errors.ArmError(400, "InvalidRequestFormat", f"properties.{field_name} must be a list.")
        for index, entry in enumerate(entries):
            link_props = entry.get("properties") if isinstance(entry, dict) else None
            target_id = link_props.get("privateLinkServiceId") if isinstance(link_props, dict) else None
            if not target_id or not entry.get("name"):
                raise errors.ArmError(
                    400, "InvalidRequestFormat",
                    f"properties.{field_name}[{index}] needs a name and properties.privateLinkServiceId.",
                )
            links.append((entry["name"], target_id, link_props, manual))
    if not links:
        raise errors.ArmError(
            400, "PrivateEndpointRequiresPrivateLinkServiceConnection",
            "A private endpoint needs exactly one privateLinkServiceConnections or "
            "manualPrivateLinkServiceConnections entry.",
        )
    return links


def _check_one_group_id(endpoint_id, name, link_props, manual, target):
    """A user's recorded error (DFE-Digital/terraform-azurerm-container-apps-hosting #352): a link to a first-party
    resource names one group id; a customer's Private Link service takes none."""
    group_ids = [str(group_id) for group_id in link_props.get("groupIds") or []]
    if len(group_ids) > 1 and target.service.first_party:
        field = "manualPrivateLinkServiceConnections" if manual else "privateLinkServiceConnections"
        raise errors.ArmError(
            400, "OnlyOneGroupIdPermitted",
            f"Private link service connection {endpoint_id}/{field}/{name} has the following group Ids: "
            f"{', '.join(group_ids)}. Only one group Id is permitted when connecting to a first-party resource "
            f"({target.id}).",
        )


def put_endpoint(call):
    endpoint_id = _endpoint_id(call)
    requested = _requested_links(call, call.json_body())
    targets = []
    for name, target_id, link_props, manual in requested:
        target = call.store.resource_by_id(target_id)
        if target is None:
            raise errors.ArmError(
                400, "InvalidResourceReference",
                f"Resource {target_id} referenced by resource {endpoint_id} was not found. Please make sure that "
                "the referenced resource exists, and that both resources are in the same region.",
            )
        _check_one_group_id(endpoint_id, name, link_props, manual, target)
        approval = f"{target.service.type}/privateEndpointConnectionsApproval/action"
        if not manual and not allows(call.identity, target.id, approval):
            # An automatic (auto-approved) request needs the approval right on the target; without it ARM
            # refuses the whole endpoint rather than filing a Pending request.
            raise errors.linked_authorization_failed(
                call.identity.client_id, call.identity.object_id, approval, target.id,
            )
        targets.append(target)
    existing = call.store.endpoints.get(endpoint_id.lower()) or _implied_endpoint(call.store, endpoint_id)
    kept = {}
    if existing is not None:
        for link in existing.links:
            kept[(link.name.lower(), link.private_link_service_id.lower())] = link
    links = []
    for (name, target_id, link_props, manual), target in zip(requested, targets):
        link = kept.pop((name.lower(), target.id.lower()), None)
        if link is None:
            message = str(link_props.get("requestMessage") or "")
            # The row says how the service names the connection and what an auto-approved one's description is
            # (recorded: Storage "Auto-Approved", Key Vault / HSM none); a manual request's message is its
            # description.
            group_ids = list(link_props.get("groupIds") or target.service.group_ids[:1])
            conn = target.add_connection(
                endpoint_id, "Pending" if manual else "Approved",
                description=(message or None) if manual else target.service.auto_approval_description,
                link_name=name, group_ids=group_ids,
            )
            link = EndpointLink(name, target.id, group_ids, message, manual, conn.name)
        links.append(link)
    for stale in kept.values():
        _remove_connection(call.store, endpoint_id, stale)
    location = (call.json_body() or {}).get("location") or (existing.location if existing else "westeurope")
    endpoint = PrivateEndpoint(call.params["subscription"], call.params["resource_group"], call.params["name"],
                               location, links)
    # Recorded traffic / the spec: a private endpoint PUT is long-running: 201 (200 on update) Updating with
    # Azure-AsyncOperation, Succeeded later. The connections appear on the targets at once (our inference).
    endpoint.provisioning_state = "Updating"
    endpoint.operation_id = uuid.uuid4().hex
    endpoint.due = time.monotonic() + call.settings.change_seconds(ENDPOINT_TYPE, "update")
    call.store.endpoints[endpoint_id.lower()] = endpoint
    operation = f"/subscriptions/{call.params['subscription']}/providers/Microsoft.Network/locations/{location}" \
                f"/operations/{endpoint.operation_id}"
    headers = {"Azure-AsyncOperation": call.url(operation),
               "Retry-After": str(call.settings.retry_after_seconds)}
    return Reply(200 if existing else 201, _body(call.store, endpoint), headers)


def get_operation(call):
    """The Azure-AsyncOperation of a private endpoint PUT: {"status": "InProgress"} until it is done."""
    endpoint = call.store.endpoint_of_operation(call.params["operation"])
    if endpoint is None:
        # Our inference: an operation that is not (or no longer) known is reported done.
        return Reply(200, {"status": "Succeeded"})
    status = "InProgress" if endpoint.provisioning_state == "Updating" else "Succeeded"
    headers = {"Retry-After": str(call.settings.retry_after_seconds)} if status == "InProgress" else {}
    return Reply(200, {"status": status}, headers)


def _remove_connection(store, endpoint_id, link):
    target = store.resource_by_id(link.private_link_service_id)
    conn = target.connection(link.connection_name) if target else None
    if conn is not None and conn.private_endpoint_id.lower() == endpoint_id.lower():
        del target.connections[conn.name.lower()]


def delete_endpoint(call):
    endpoint = _find(call)
    if endpoint is None:
        return Reply(204)
    for link in endpoint.links:
        _remove_connection(call.store, endpoint.id, link)
    call.store.endpoints.pop(endpoint.id.lower(), None)
    return Reply(200)

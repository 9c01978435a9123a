"""Seed documents (design.md "Seed file"): validate, turn into a Store, and dump a Store back in seed shape.

Every validation error names the offending entry (e.g. `resources[2].connections[0].status`) and says what is
accepted, because seeds are hand-written.
"""
import json
import secrets
import uuid

import yaml

from . import ids
from .rbac import RbacError, validate_assignments
from .services import ALL_SERVICES, service_for_type
from .state import DELETING, FAILED, SUCCEEDED, UPDATING, EndpointLink, Principal, PrivateEndpoint, Resource, Store


# Microsoft.Resources' SubscriptionState (what GET /subscriptions shows; nothing else in the emulator reads it yet).
SUBSCRIPTION_STATES = ("Enabled", "Warned", "PastDue", "Disabled", "Deleted")


class SeedError(ValueError):
    pass


def load_seed_file(path):
    try:
        with open(path, encoding="utf-8") as handle:
            text = handle.read()
        # JSON is valid YAML, but the json module reads large generated seeds many times faster.
        document = json.loads(text) if str(path).endswith(".json") else yaml.safe_load(text)
    except json.JSONDecodeError as exc:
        raise SeedError(f"seed file {path} is not valid JSON: {exc}") from None
    except OSError as exc:
        raise SeedError(f"cannot read seed file {path}: {exc.strerror}") from None
    except yaml.YAMLError as exc:
        raise SeedError(f"seed file {path} is not valid YAML: {exc}") from None
    if not isinstance(document, dict):
        raise SeedError(f"seed file {path} must hold a mapping with subscription_id, tenant_id and resources")
    return document


def _text(mapping, key, where, required=True, default=None):
    value = mapping.get(key, default)
    if value is None:
        if required:
            raise SeedError(f"{where}.{key} is required")
        return None
    if not isinstance(value, (str, int)) or isinstance(value, bool) or str(value).strip() == "":
        raise SeedError(f"{where}.{key} must be a non-empty string, got {value!r}")
    return str(value)


def _mapping(value, where):
    if value is None:
        return {}
    if not isinstance(value, dict):
        raise SeedError(f"{where} must be a mapping, got {type(value).__name__}")
    return value


def _list(value, where):
    if value is None:
        return []
    if not isinstance(value, list):
        raise SeedError(f"{where} must be a list, got {type(value).__name__}")
    return value


def _role_assignments(value, where):
    try:
        return validate_assignments(value, where)
    except RbacError as problem:
        raise SeedError(str(problem)) from None


def _principal(entry, where, managed=False):
    entry = _mapping(entry, where)
    client_id = _text(entry, "client_id", where)
    principal = Principal(
        client_id=client_id,
        client_secret=_text(entry, "client_secret", where, required=False),
        certificate_pem=_text(entry, "certificate_pem", where, required=False),
        federated_token=_text(entry, "federated_token", where, required=False),
        denied_resources=[str(item) for item in _list(entry.get("denied_resources"), f"{where}.denied_resources")],
        role_assignments=_role_assignments(entry.get("role_assignments"), f"{where}.role_assignments"),
        object_id=_text(entry, "object_id", where, required=False) or ids.stable_guid("object", client_id),
        managed=managed,
        system=bool(entry.get("system", False)),
    )
    if not managed and not (principal.client_secret or principal.certificate_pem or principal.federated_token):
        raise SeedError(f"{where} needs client_secret, certificate_pem or federated_token to be able to sign in")
    if principal.certificate_pem and "BEGIN CERTIFICATE" not in principal.certificate_pem:
        raise SeedError(f"{where}.certificate_pem must be a PEM certificate (-----BEGIN CERTIFICATE-----)")
    return principal


def _provisioning_state(service, conn, state, where):
    """A seeded provisioningState: the generic words (Succeeded, Updating, Deleting, Failed) or the service's own
    (e.g. SQL's Ready, Approving, Dropping), always stored in the service's own words; a settling one is marked
    with its running change (schedule_loaded_operations gives it a due time)."""
    own = {
        SUCCEEDED: service.succeeded_state,
        UPDATING: service.settling_state(conn.status),
        DELETING: service.deleting_state,
        FAILED: FAILED,
    }
    changes = {service.settling_state(conn.status): "update", service.deleting_state: "delete"}
    accepted = {**{word.lower(): word for word in own}, **{word.lower(): word for word in own.values()}}
    state = str(state or SUCCEEDED)
    if state.lower() not in accepted:
        raise SeedError(f"{where}.provisioning_state must be one of {', '.join(sorted(set(accepted.values())))}, "
                        f"got {state!r}")
    state = own.get(accepted[state.lower()], accepted[state.lower()])
    conn.change = changes.get(state) if state not in (service.succeeded_state, FAILED) else None
    return state


def _connection(resource, entry, where):
    entry = _mapping(entry, where)
    endpoint_id = _text(entry, "private_endpoint_id", where)
    if ids.parse_private_endpoint_id(endpoint_id) is None:
        raise SeedError(
            f"{where}.private_endpoint_id must look like /subscriptions/S/resourceGroups/RG/providers/"
            f"Microsoft.Network/privateEndpoints/NAME, got {endpoint_id!r}"
        )
    status = _text(entry, "status", where, default="Pending")
    canonical = {s.lower(): s for s in resource.service.statuses}
    if status.lower() not in canonical:
        raise SeedError(
            f"{where}.status {status!r} is not one of {', '.join(resource.service.statuses)} ({resource.service.type})"
        )
    name = _text(entry, "name", where, required=False)
    if name and resource.connection(name):
        raise SeedError(f"{where}.name {name!r} is used twice on {resource.id}")
    conn = resource.add_connection(
        endpoint_id, canonical[status.lower()], name=name,
        description=None if entry.get("description") is None else str(entry["description"]), etag=entry.get("etag"),
        group_ids=[str(g) for g in _list(entry.get("group_ids"), f"{where}.group_ids")],
    )
    conn.actions_required = str(entry.get("actions_required") or "None")
    conn.provisioning_state = _provisioning_state(resource.service, conn, entry.get("provisioning_state"), where)
    failures = entry.get("fail_next_changes", 0)
    if isinstance(failures, bool) or not isinstance(failures, int) or failures < 0:
        raise SeedError(f"{where}.fail_next_changes must be a whole number of changes (0 or more), got {failures!r}")
    conn.fail_next_changes = failures
    return conn


def _resource(store, entry, where, default_subscription):
    entry = _mapping(entry, where)
    resource_type = _text(entry, "type", where)
    service = service_for_type(resource_type)
    if service is None:
        raise SeedError(
            f"{where}.type {resource_type!r} is not emulated; use one of {', '.join(s.type for s in ALL_SERVICES)}"
        )
    subscription_id = _text(entry, "subscription_id", where, required=False) or default_subscription
    group = _text(entry, "resource_group", where)
    location = _text(entry, "location", where, required=False) or "westeurope"
    resource = Resource(
        service=service,
        subscription_id=subscription_id,
        resource_group=group,
        name=_text(entry, "name", where),
        location=location,
        tags={str(k): str(v) for k, v in _mapping(entry.get("tags"), f"{where}.tags").items()},
    )
    if store.resource_by_id(resource.id):
        raise SeedError(f"{where} duplicates {resource.id}")
    existing_group = store.resource_group(subscription_id, group)
    store.add_resource_group(subscription_id, existing_group["name"] if existing_group else group, location)
    if existing_group:
        resource.resource_group = existing_group["name"]   # one spelling per group, as ARM keeps it
    store.add_resource(resource)
    for index, conn in enumerate(_list(entry.get("connections"), f"{where}.connections")):
        _connection(resource, conn, f"{where}.connections[{index}]")


def _endpoint(store, entry, where):
    entry = _mapping(entry, where)
    endpoint_id = _text(entry, "id", where)
    parsed = ids.parse_private_endpoint_id(endpoint_id)
    if parsed is None:
        raise SeedError(f"{where}.id must be a Microsoft.Network/privateEndpoints id, got {endpoint_id!r}")
    links = []
    for index, link in enumerate(_list(entry.get("links"), f"{where}.links")):
        link_where = f"{where}.links[{index}]"
        link = _mapping(link, link_where)
        links.append(EndpointLink(
            name=_text(link, "name", link_where),
            private_link_service_id=_text(link, "private_link_service_id", link_where),
            group_ids=[str(g) for g in _list(link.get("group_ids"), f"{link_where}.group_ids")],
            request_message=str(link.get("request_message") or ""),
            manual=bool(link.get("manual", False)),
            connection_name=_text(link, "connection_name", link_where),
        ))
    endpoint = PrivateEndpoint(parsed[0], parsed[1], parsed[2], str(entry.get("location") or "westeurope"), links)
    store.endpoints[endpoint.id.lower()] = endpoint


def build_store(document):
    """A Store from a seed document (dict). Raises SeedError naming what to fix."""
    document = _mapping(document, "seed")
    subscription_id = _text(document, "subscription_id", "seed")
    tenant_id = _text(document, "tenant_id", "seed", required=False) or str(uuid.uuid4())
    principals = [
        _principal(entry, f"principals[{i}]") for i, entry in enumerate(_list(document.get("principals"), "principals"))
    ]
    if not principals:
        principals = [Principal(client_id=str(uuid.uuid4()), client_secret=secrets.token_urlsafe(24))]
        principals[0].object_id = ids.stable_guid("object", principals[0].client_id)
    identities = [
        _principal(entry, f"managed_identities[{i}]", managed=True)
        for i, entry in enumerate(_list(document.get("managed_identities"), "managed_identities"))
    ]
    store = Store(tenant_id, subscription_id, principals, identities)
    for index, group in enumerate(_list(document.get("resource_groups"), "resource_groups")):
        where = f"resource_groups[{index}]"
        group = _mapping(group, where)
        store.add_resource_group(
            _text(group, "subscription_id", where, required=False) or subscription_id,
            _text(group, "name", where),
            _text(group, "location", where, required=False) or "westeurope",
            _mapping(group.get("tags"), f"{where}.tags"),
        )
    for index, entry in enumerate(_list(document.get("resources"), "resources")):
        _resource(store, entry, f"resources[{index}]", subscription_id)
    for index, entry in enumerate(_list(document.get("private_endpoints"), "private_endpoints")):
        _endpoint(store, entry, f"private_endpoints[{index}]")
    for index, sub in enumerate(_list(document.get("subscriptions"), "subscriptions")):
        store.extra_subscriptions.add(str(sub).lower())
    for sub, state in _mapping(document.get("subscription_states"), "subscription_states").items():
        if state not in SUBSCRIPTION_STATES:
            raise SeedError(f"subscription_states.{sub}: {state!r} is not one of {', '.join(SUBSCRIPTION_STATES)}")
        store.subscription_states[str(sub).lower()] = state
    return store


def schedule_loaded_operations(store, settings, now):
    """Connections loaded as Updating/Deleting settle after the configured time, like fresh writes."""
    for resource in store.resources.values():
        for conn in resource.connections.values():
            if conn.change == "update":
                conn.due = now + settings.lro_seconds
            elif conn.change == "delete":
                conn.due = now + settings.delete_seconds
                conn.operation_id = conn.operation_id or uuid.uuid4().hex
                store.delete_operations.add(conn.operation_id)


def _dump_principal(principal, managed):
    entry = {"client_id": principal.client_id}
    if managed:
        entry["system"] = principal.system
    for key in ("client_secret", "certificate_pem", "federated_token"):
        if getattr(principal, key):
            entry[key] = getattr(principal, key)
    entry["object_id"] = principal.object_id
    entry["denied_resources"] = list(principal.denied_resources)
    if principal.role_assignments is not None:
        entry["role_assignments"] = [dict(assignment) for assignment in principal.role_assignments]
    return entry


def dump_state(store):
    """The whole state in seed shape; connections gain provisioning_state, etag and actions_required."""
    return {
        "subscription_id": store.subscription_id,
        "tenant_id": store.tenant_id,
        "principals": [_dump_principal(p, managed=False) for p in store.principals],
        "managed_identities": [_dump_principal(p, managed=True) for p in store.managed_identities],
        "subscriptions": sorted(store.extra_subscriptions),
        "subscription_states": dict(store.subscription_states),
        "resource_groups": [dict(group) for group in store.resource_groups.values()],
        "resources": [
            {
                "type": res.service.type,
                "subscription_id": res.subscription_id,
                "resource_group": res.resource_group,
                "name": res.name,
                "location": res.location,
                "tags": dict(res.tags),
                "connections": [
                    {
                        "name": conn.name,
                        "private_endpoint_id": conn.private_endpoint_id,
                        "status": conn.status,
                        "description": conn.description,
                        "actions_required": conn.actions_required,
                        "provisioning_state": conn.provisioning_state,
                        "etag": conn.etag,
                        **({"group_ids": list(conn.group_ids)} if conn.group_ids else {}),
                        **({"fail_next_changes": conn.fail_next_changes} if conn.fail_next_changes else {}),
                    }
                    for conn in res.connections.values()
                ],
            }
            for res in store.resources.values()
        ],
        "private_endpoints": [
            {
                "id": endpoint.id,
                "location": endpoint.location,
                "links": [
                    {
                        "name": link.name,
                        "private_link_service_id": link.private_link_service_id,
                        "group_ids": list(link.group_ids),
                        "request_message": link.request_message,
                        "manual": link.manual,
                        "connection_name": link.connection_name,
                    }
                    for link in endpoint.links
                ],
            }
            for endpoint in store.endpoints.values()
        ],
    }

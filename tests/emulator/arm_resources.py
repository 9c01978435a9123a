"""Reads of subscriptions, resource groups and parent resources (GET one, list by group / subscription)."""
import re

from . import errors, render
from .rbac import holds_a_role_in, may_read
from .messages import Reply
from .paging import page
from .services import service_for_type

# The SDKs' form (resourceType eq '...') and the Azure CLI's vault look-up by name (recorded traffic):
# resourceType eq '...' and name eq '...'.
_RESOURCE_TYPE_FILTER = re.compile(
    r"^\s*resourceType\s+eq\s+'([^']+)'(?:\s+and\s+name\s+eq\s+'([^']+)')?\s*$", re.IGNORECASE)


def _visible(call, resources):
    # ARM silently leaves out what the caller may not read, rather than failing the whole list.
    return [res for res in resources if may_read(call.identity, res)]


def _subscription_body(store, subscription_id):
    return {
        "id": f"/subscriptions/{subscription_id}",
        "subscriptionId": subscription_id,
        "tenantId": store.tenant_id,
        "displayName": f"Emulated subscription {subscription_id}",
        "state": store.subscription_states.get(subscription_id.lower(), "Enabled"),
    }


def get_subscription(call):
    subscription_id = call.params["subscription"]
    if not call.store.has_subscription(subscription_id):
        raise errors.subscription_not_found(subscription_id)
    return Reply(200, _subscription_body(call.store, subscription_id))


def list_subscriptions(call):
    """GET /subscriptions: every subscription the seed names (the default one, `subscriptions`, those with groups)."""
    store = call.store
    known = {store.subscription_id.lower(), *store.extra_subscriptions, *(sub for sub, _group in store.resource_groups)}
    # ARM lists only the subscriptions the caller holds a role in: a denied subscription is left out.
    bodies = [_subscription_body(store, subscription_id) for subscription_id in sorted(known)
              if holds_a_role_in(call.identity, f"/subscriptions/{subscription_id}")]
    return Reply(200, page(bodies, call.request, call.settings.page_size))


def list_resource_groups(call):
    subscription_id = call.params["subscription"]
    if not call.store.has_subscription(subscription_id):
        raise errors.subscription_not_found(subscription_id)
    groups = [
        render.resource_group_body(group) for group in call.store.resource_groups.values()
        if group["subscription_id"].lower() == subscription_id.lower()
    ]
    return Reply(200, page(groups, call.request, call.settings.page_size))


def get_resource_group(call):
    return Reply(200, render.resource_group_body(call.resource_group()))


def list_subscription_resources(call):
    """GET /subscriptions/{id}/resources, with the $filter forms real clients send (resourceType eq '...' [and name
    eq '...'])."""
    subscription_id = call.params["subscription"]
    if not call.store.has_subscription(subscription_id):
        raise errors.subscription_not_found(subscription_id)
    type_filter = call.request.query_value("$filter")
    wanted = None
    if type_filter:
        match = _RESOURCE_TYPE_FILTER.match(type_filter)
        if not match:
            raise errors.ArmError(
                400, "InvalidFilterInQueryString",
                f"The $filter '{type_filter}' is not supported by the emulator; use resourceType eq '<type>' "
                "[and name eq '<name>'].",
            )
        wanted = service_for_type(match.group(1))
        if wanted is None:
            return Reply(200, {"value": []})
    wanted_name = match.group(2).lower() if type_filter and match.group(2) else None
    resources = [
        res for res in call.store.resources.values()
        if res.subscription_id.lower() == subscription_id.lower() and (wanted is None or res.service is wanted)
        and (wanted_name is None or res.name.lower() == wanted_name)
    ]
    items = [render.generic_resource_body(res) for res in _visible(call, resources)]
    return Reply(200, page(items, call.request, call.settings.page_size))


def list_by_subscription(call):
    subscription_id = call.params["subscription"]
    if not call.store.has_subscription(subscription_id):
        raise errors.subscription_not_found(subscription_id)
    resources = _visible(call, call.store.resources_of(call.service, subscription_id))
    items = [render.resource_body(res, call.store.tenant_id) for res in resources]
    return Reply(200, page(items, call.request, call.settings.page_size))


def list_by_resource_group(call):
    group = call.resource_group()
    resources = _visible(call, call.store.resources_of(call.service, group["subscription_id"], group["name"]))
    items = [render.resource_body(res, call.store.tenant_id) for res in resources]
    return Reply(200, page(items, call.request, call.settings.page_size))


def get_parent(call):
    return Reply(200, render.resource_body(call.parent(), call.store.tenant_id))

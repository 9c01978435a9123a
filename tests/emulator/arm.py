"""The ARM front end: route a path to a handler, then authenticate, check api-version and access, and run it.

Paths and names are matched case-insensitively, as ARM does. The order of checks follows ARM: token (401),
route (404 InvalidResourceType), api-version (400), authorization (403), then the resource itself.
"""
from dataclasses import dataclass

from . import arm_network, arm_operations, arm_pec, arm_resources, errors
from .rbac import check_access
from .arm_call import ArmCall
from .services import service_for_path

_COLLECTIONS = (arm_resources.list_by_resource_group, arm_resources.list_by_subscription)
# GET /subscriptions needs no action: it lists the subscriptions where the caller holds any role.
_UNCHECKED = (arm_resources.list_subscriptions,)
_ACTION_SUFFIX = {"GET": "read", "PUT": "write", "PATCH": "write", "POST": "action", "DELETE": "delete"}


@dataclass
class Route:
    handlers: dict          # method -> handler(call)
    family: str             # api-version family
    action_type: str        # the RBAC action's type, e.g. Microsoft.KeyVault/vaults/privateEndpointConnections
    params: dict
    service: object = None


def _not_served(path):
    return errors.ArmError(
        404, "NotFound",
        f"The path '{path}' is not emulated. docs/emulator.md lists the emulated operations.",
    )


def resolve(path):
    """The Route for an ARM path; ArmError 404 when nothing here serves it."""
    segments = [s for s in path.split("/") if s]
    lower = [s.lower() for s in segments]
    if lower == ["subscriptions"]:
        # `az login` lists the subscriptions it may use before it finishes
        return Route({"GET": arm_resources.list_subscriptions}, "subscriptions", "Microsoft.Resources/subscriptions", {})
    if len(segments) < 2 or lower[0] != "subscriptions":
        raise _not_served(path)
    params = {"subscription": segments[1]}
    rest, rest_lower = segments[2:], lower[2:]
    resources = "Microsoft.Resources"
    if not rest:
        return Route({"GET": arm_resources.get_subscription}, "resources", "Microsoft.Resources/subscriptions", params)
    if rest_lower == ["resourcegroups"]:
        return Route({"GET": arm_resources.list_resource_groups}, "resources", f"{resources}/subscriptions/resourceGroups", params)
    if rest_lower == ["resources"]:
        return Route({"GET": arm_resources.list_subscription_resources}, "resources", f"{resources}/subscriptions/resources", params)
    if rest_lower[0] == "resourcegroups" and len(rest) >= 2:
        params["resource_group"] = rest[1]
        if len(rest) == 2:
            return Route({"GET": arm_resources.get_resource_group}, "resources", f"{resources}/subscriptions/resourceGroups", params)
        rest, rest_lower = rest[2:], rest_lower[2:]
    if len(rest) < 3 or rest_lower[0] != "providers":
        raise _not_served(path)
    namespace, collection, tail = rest[1], rest[2], rest[3:]
    in_group = "resource_group" in params
    if (namespace.lower() == "microsoft.network" and collection.lower() == "locations" and not in_group
            and len(tail) == 3 and tail[1].lower() == "operations"):
        params["operation"] = tail[2]
        return Route({"GET": arm_network.get_operation}, "network", "Microsoft.Network/locations/operations", params)
    if namespace.lower() == "microsoft.network" and collection.lower() == "privateendpoints" and in_group and len(tail) == 1:
        params["name"] = tail[0]
        handlers = {"GET": arm_network.get_endpoint, "PUT": arm_network.put_endpoint,
                    "DELETE": arm_network.delete_endpoint}
        return Route(handlers, "network", arm_network.ENDPOINT_TYPE, params)
    service = service_for_path(namespace, collection)
    if service is None:
        raise errors.invalid_resource_type(namespace, collection, "")
    if not tail:
        handler = arm_resources.list_by_resource_group if in_group else arm_resources.list_by_subscription
        return Route({"GET": handler}, service.api_family, service.type, params, service)
    if not in_group:
        raise _not_served(path)
    params["name"] = tail[0]
    if len(tail) == 1:
        return Route({"GET": arm_resources.get_parent}, service.api_family, service.type, params, service)
    if tail[1].lower() != "privateendpointconnections" or len(tail) > 3:
        raise errors.invalid_resource_type(namespace, f"{collection}/{tail[1]}", "")
    connection_type = f"{service.type}/privateEndpointConnections"
    if len(tail) == 2:
        return Route({"GET": arm_pec.list_connections}, service.api_family, connection_type, params, service)
    params["connection"] = tail[2]
    handlers = {"GET": arm_pec.get_connection}
    if service.writable:
        handlers.update({service.write_method: arm_pec.put_connection, "DELETE": arm_pec.delete_connection})
    return Route(handlers, service.api_family, connection_type, params, service)


def operation_route(store, path):
    """The Route of a URL a settling change's answer named (arm_operations.py), or None."""
    operation, kind = store.operation_at(path)
    if operation is None:
        return None
    service = operation.resource.service
    handler = arm_operations.operation_status if kind == "status" else arm_operations.operation_result
    return Route({"GET": handler}, service.api_family, f"{service.type}/privateEndpointConnections",
                 {"operation": operation}, service)


class Arm:
    def __init__(self, store_holder, settings, authenticator, api_versions, budgets):
        self._store_holder = store_holder
        self._budgets = budgets
        self._settings = settings
        self._authenticator = authenticator
        self._api_versions = api_versions

    def handle(self, request):
        budget_headers = {}
        try:
            reply = self._handle(request, budget_headers)
        except errors.ArmError as error:
            reply = error.reply()
        for name, value in budget_headers.items():
            reply.headers.setdefault(name, value)
        return reply

    def _handle(self, request, budget_headers):
        store = self._store_holder()
        identity = self._authenticator.authenticate(request, store)
        segments = [s for s in request.path.split("/") if s]
        if len(segments) >= 2 and segments[0].lower() == "subscriptions":
            # Throttling comes after authentication (budgets are per principal) and before everything else.
            budget_headers.update(self._budgets.spend(request.method, request.path, segments[1], identity.client_id))
        route = operation_route(store, request.path) or resolve(request.path)
        handler = route.handlers.get(request.method)
        if handler is None:
            raise errors.method_not_allowed(request.method)
        api_version = request.api_version
        if not api_version:
            raise errors.missing_api_version()
        supported = self._api_versions.supported(route.family)
        if api_version not in supported:
            raise errors.invalid_api_version(api_version, sorted(supported, reverse=True))
        if handler not in _UNCHECKED:
            check_access(identity, request.path.rstrip("/"), f"{route.action_type}/{_ACTION_SUFFIX[request.method]}",
                         collection=handler in _COLLECTIONS)
        with store.lock:
            store.settle()
            call = ArmCall(request, store, self._settings, route.params, identity, route.service)
            return handler(call)

"""Azure RBAC as ARM applies it: a principal's role assignments (scope + actions) decide each request.

A principal of the seed may carry ``role_assignments``: a list of ``{"scope": "/subscriptions/...",
"actions": [...], "not_actions": [...]}`` or ``{"scope": ..., "role": "Owner" | "Contributor" | "Reader"}``.
An assignment covers its scope and everything under it ("/" is every subscription); an action pattern may use
``*`` (``Microsoft.KeyVault/*``, ``*/read``), compared case-insensitively, as Azure does. A principal without
``role_assignments`` may do everything (the emulator's default, as an Owner of every subscription), minus its
``denied_resources`` (a deny on those scopes).

ARM answers a request its caller may not make with ``403 AuthorizationFailed`` naming the action and the scope,
and lists leave out what the caller may not read, without a word (``may_read``): a list is refused only when the
caller may read nothing under its scope.
"""
import re

from .errors import authorization_failed

BUILT_IN_ROLES = {
    "owner": (["*"], []),
    "contributor": (["*"], ["Microsoft.Authorization/*/Delete", "Microsoft.Authorization/*/Write"]),
    "reader": (["*/read"], []),
}


class RbacError(ValueError):
    pass


def _pattern(action):
    return re.compile("^" + ".*".join(re.escape(part) for part in str(action).split("*")) + "$", re.IGNORECASE)


def _covers(scope, resource_path):
    scope = scope.rstrip("/").lower()
    path = resource_path.rstrip("/").lower()
    return scope == "" or path == scope or path.startswith(scope + "/")


def validate_assignments(value, where):
    """The seed's role_assignments, checked and normalised; None stays None (may do everything)."""
    if value is None:
        return None
    if not isinstance(value, list):
        raise RbacError(f"{where} must be a list of {{scope, actions | role}}, got {type(value).__name__}")
    assignments = []
    for index, entry in enumerate(value):
        at = f"{where}[{index}]"
        if not isinstance(entry, dict) or not isinstance(entry.get("scope"), str) or not entry["scope"].startswith("/"):
            raise RbacError(f"{at} needs a scope like /subscriptions/<id>[/resourceGroups/<name>...] (or /)")
        if "role" in entry:
            role = BUILT_IN_ROLES.get(str(entry["role"]).lower())
            if role is None:
                raise RbacError(f"{at}.role must be one of Owner, Contributor, Reader (or give actions), "
                                f"got {entry['role']!r}")
            actions, not_actions = role
        else:
            actions, not_actions = entry.get("actions"), entry.get("not_actions") or []
            if not isinstance(actions, list) or not all(isinstance(a, str) for a in actions + list(not_actions)):
                raise RbacError(f"{at} needs actions: a list of action strings (e.g. Microsoft.KeyVault/vaults/read)")
        unknown = set(entry) - {"scope", "role", "actions", "not_actions"}
        if unknown:
            raise RbacError(f"{at}: unknown field(s) {', '.join(sorted(unknown))}")
        assignments.append({"scope": entry["scope"], "actions": list(actions), "not_actions": list(not_actions),
                            **({"role": entry["role"]} if "role" in entry else {})})
    return assignments


def _denied(identity, resource_path):
    return any(_covers(prefix, resource_path) for prefix in identity.denied_resources)


def denies(identity, resource_path):
    """Whether one of the identity's denied_resources is resource_path or one of its ancestors."""
    return _denied(identity, resource_path)


def allows(identity, resource_path, action):
    """Whether the identity may perform ``action`` on ``resource_path`` (an ARM path)."""
    if _denied(identity, resource_path):
        return False
    assignments = getattr(identity, "role_assignments", None)
    if assignments is None:
        return True
    for assignment in assignments:
        if not _covers(assignment["scope"], resource_path):
            continue
        if any(_pattern(a).match(action) for a in assignment["actions"]) and not any(
                _pattern(n).match(action) for n in assignment["not_actions"]):
            return True
    return False


def allows_somewhere_under(identity, scope, action):
    """Whether the identity may perform ``action`` on ``scope`` or on anything under it (a list then shows that)."""
    if allows(identity, scope, action):
        return True
    assignments = getattr(identity, "role_assignments", None) or []
    # A list's own path (/subscriptions/S[/resourceGroups/G]/providers/<type>) is under no resource: what it lists
    # are the resources of its subscription or group.
    container = re.split(r"/providers/", scope, maxsplit=1, flags=re.IGNORECASE)[0]
    return any(_covers(container, assignment["scope"]) and not _denied(identity, assignment["scope"])
               and any(_pattern(a).match(action) for a in assignment["actions"]) for assignment in assignments)


def holds_a_role_in(identity, scope):
    """Whether any role assignment of the identity is on ``scope``, above it or under it (GET /subscriptions lists
    the subscriptions where the caller holds a role; that list itself needs no action)."""
    if _denied(identity, scope):
        return False
    assignments = getattr(identity, "role_assignments", None)
    if assignments is None:
        return True
    return any(_covers(assignment["scope"], scope) or _covers(scope, assignment["scope"])
               for assignment in assignments)


def may_read(identity, resource):
    """Whether a list shows this resource (its type's read action on its id)."""
    return allows(identity, resource.id, f"{resource.service.type}/read")


def check_access(identity, scope, action, collection=False):
    """Raise ARM's 403 AuthorizationFailed (naming the action and the scope) unless the identity may do it.

    ``collection``: a list, which ARM lets through when the caller may read something under its scope (the list
    then shows only that: ``may_read``).
    """
    allowed = allows_somewhere_under if collection else allows
    if not allowed(identity, scope, action):
        raise authorization_failed(identity.client_id, identity.object_id, action, scope)

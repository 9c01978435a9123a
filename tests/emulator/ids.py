"""ARM resource ids: building, parsing and the deterministic names Azure would generate."""
import re
import uuid

_NAMESPACE = uuid.UUID("6f1d4c1e-6a43-4c55-9a0e-5e7b1c0d2a11")  # fixed: the same seed yields the same names

_ENDPOINT_ID = re.compile(
    r"^/subscriptions/(?P<subscription>[^/]+)/resourceGroups/(?P<group>[^/]+)"
    r"/providers/Microsoft\.Network/privateEndpoints/(?P<name>[^/]+)$",
    re.IGNORECASE,
)


def resource_id(subscription_id, resource_group, resource_type, name):
    return f"/subscriptions/{subscription_id}/resourceGroups/{resource_group}/providers/{resource_type}/{name}"


def resource_group_id(subscription_id, resource_group):
    return f"/subscriptions/{subscription_id}/resourceGroups/{resource_group}"


def parse_private_endpoint_id(endpoint_id):
    """(subscription, resource group, name) of a private endpoint id, or None when it is not one."""
    match = _ENDPOINT_ID.match(str(endpoint_id or ""))
    if not match:
        return None
    return match.group("subscription"), match.group("group"), match.group("name")


def stable_guid(*parts):
    return str(uuid.uuid5(_NAMESPACE, "|".join(str(part).lower() for part in parts)))


def new_connection_etag():
    """A Key Vault / HSM connection etag as recorded: 32 lowercase hex digits, in the body only."""
    return uuid.uuid4().hex


def new_etag():
    return f'W/"{uuid.uuid4()}"'

# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""ARM resource ids: parse them and compare them the way ARM does (case-insensitively)."""

from __future__ import annotations

CONNECTIONS_SEGMENT = "privateEndpointConnections"


def normalize_id(resource_id):
    """The form used to compare two ARM ids: lower case, no trailing slash."""
    return (resource_id or "").strip().rstrip("/").lower()


def same_id(left, right):
    return bool(left) and bool(right) and normalize_id(left) == normalize_id(right)


def parse_id(resource_id):
    """Split an ARM id into its parts.

    Returns a dict with ``subscription_id``, ``resource_group``, ``provider``, ``name`` (the last segment)
    and ``segments`` (type/name pairs after the provider), or None when the text is not an ARM id.
    """
    parts = [part for part in (resource_id or "").strip().split("/") if part]
    if len(parts) < 2 or parts[0].lower() != "subscriptions":
        return None
    parsed = {"subscription_id": parts[1], "resource_group": None, "provider": None, "name": None, "segments": []}
    rest = parts[2:]
    if len(rest) >= 2 and rest[0].lower() == "resourcegroups":
        parsed["resource_group"] = rest[1]
        rest = rest[2:]
    if len(rest) >= 2 and rest[0].lower() == "providers":
        parsed["provider"] = rest[1]
        rest = rest[2:]
    if len(rest) % 2:
        return None
    parsed["segments"] = [(rest[i], rest[i + 1]) for i in range(0, len(rest), 2)]
    parsed["name"] = rest[-1] if rest else None
    return parsed


def private_endpoint_parts(endpoint_id):
    """subscription id, resource group and name of a private endpoint id (None for each when unparsable)."""
    parsed = parse_id(endpoint_id) or {}
    return parsed.get("subscription_id"), parsed.get("resource_group"), parsed.get("name")


def parent_id_of_connection(connection_id):
    """The parent resource's id: everything before ``/privateEndpointConnections/<name>``."""
    parts = (connection_id or "").rstrip("/").split("/")
    for index in range(len(parts) - 1, -1, -1):
        if parts[index].lower() == CONNECTIONS_SEGMENT.lower():
            return "/".join(parts[:index])
    return None


def last_segment(resource_id):
    return (resource_id or "").rstrip("/").split("/")[-1] or None


def parent_id(subscription_id, resource_group, parent_type, name):
    return "/subscriptions/%s/resourceGroups/%s/providers/%s/%s" % (subscription_id, resource_group, parent_type, name)

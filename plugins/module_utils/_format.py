# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The one formatter: an ARM private endpoint connection (wire JSON) -> the connection dict of docs/design.md.

Every module, the info modules and the role return connections built here, so they always look the same.
"""

from __future__ import annotations

import functools
import time

from ansible_collections.privatelink.azure.plugins.module_utils import _arm
from ansible_collections.privatelink.azure.plugins.module_utils._types import ACTIONS_FIELDS


def _group_ids(properties):
    """The sub-resources (blob, dfs, vault, sqlServer...) the connection serves: `groupIds` (common-types v5+) or
    the older single `groupId`; [] where the service's body names none (Key Vault, Storage)."""
    group_ids = properties.get("groupIds")
    if group_ids is None and properties.get("groupId"):
        group_ids = [properties["groupId"]]
    return [str(group_id) for group_id in group_ids or []]


@functools.lru_cache(maxsize=256)
def _parent_parts(parent_id):
    """(name, resource group, subscription id) of a parent id (None for each when unparsable); a parent's
    connections are formatted one after another (a list, a scope read), so it is parsed once for all of them."""
    parent = _arm.parse_id(parent_id) or {}
    return parent.get("name"), parent.get("resource_group"), parent.get("subscription_id")


def format_connection(raw, parent_type, parent_tags=None):
    """Build the connection dict from one connection as ARM sends it.

    ``raw`` may come from a connection GET/PUT/list or be embedded in its parent. The name is always taken from
    the id: Key Vault / HSM parents embed only ``id``, ``etag`` and ``properties``, and real Managed HSM lists send
    only ``id`` and ``properties``. The etag is passed through as an opaque string (absent on a connection never
    written). ``parent_type`` is the canonical type of the parent: never trusted from the response.
    """
    properties = raw.get("properties") or {}
    state = properties.get("privateLinkServiceConnectionState") or {}
    endpoint_id = (properties.get("privateEndpoint") or {}).get("id")
    endpoint_subscription, endpoint_group, endpoint_name = _arm.private_endpoint_parts(endpoint_id)
    connection_id = raw.get("id")
    parent_id = _arm.parent_id_of_connection(connection_id)
    parent_name, parent_group, parent_subscription = _parent_parts(parent_id)
    actions = None
    for field in ACTIONS_FIELDS:
        if field in state:
            actions = state[field]
            break
    status = state.get("status")
    description = state.get("description") or ""
    formatted = {
        "id": connection_id,
        "name": _arm.last_segment(connection_id) or raw.get("name"),
        "status": status,
        "description": description,
        # The consumer's request message: Azure files it as the description of the Pending connection, and the
        # owner's description replaces it on approval or rejection (our inference from the spec's
        # requestMessage and recorded traffic), so it is known on Pending connections only.
        "request_message": (description or None) if str(status).lower() == "pending" else None,
        "group_ids": _group_ids(properties),
        "actions_required": actions,
        "private_endpoint_id": endpoint_id,
        "private_endpoint_subscription_id": endpoint_subscription,
        "private_endpoint_resource_group": endpoint_group,
        "private_endpoint_name": endpoint_name,
        "provisioning_state": properties.get("provisioningState"),
        "etag": raw.get("etag"),
        "parent_id": parent_id,
        "parent_name": parent_name,
        "parent_type": parent_type,
        "parent_resource_group": parent_group,
        "parent_subscription_id": parent_subscription,
    }
    if parent_tags is not None:
        formatted["parent_tags"] = dict(parent_tags)
    return formatted


def utc_now():
    """Now in UTC, to the second, as reports show when a fact was read: ``2026-12-05T14:02:11Z``."""
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())

# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The Azure RBAC actions each operation of the collection needs, per resource type (docs/permissions.md).

``actions_for(service, operation)`` is the one place that turns a type's ARM type into action names; the docs'
tables and the custom role definitions in ``examples/roles/`` are checked against it by a unit test.
``missing_permission(message)`` reads the action and the scope out of ARM's 403 AuthorizationFailed message.
"""

from __future__ import annotations

import re

# What each operation sends (docs/permissions.md): the scope reader reads the parents, whose bodies embed their
# connections; the modules read the connection (a GET by name or the list of one parent) and, for "no such
# connection", the parent; a change is one PUT or DELETE of the connection.
OPERATIONS = {
    "read_scope": ("read",),
    "read_connections": ("read", "connections/read"),
    "approve": ("read", "connections/read", "connections/write", "approval"),
    "reject": ("read", "connections/read", "connections/write", "approval"),
    "remove": ("read", "connections/read", "connections/delete"),
}
_AUTHORIZATION_FAILED = re.compile(
    r"does not have authorization to perform action '([^']+)' over scope '([^']+)'", re.IGNORECASE)


def actions_for(service, operation):
    """The actions ``operation`` (a key of OPERATIONS) needs on a parent of ``service``'s type, in a stable order.

    ``service``: a row of the type table (``_types``). ``approval``: ``<type>/privateEndpointConnectionsApproval/
    action``, only for the rows whose ``approval_action`` says their approvals need it.
    """
    parent = service.parent_type
    actions = []
    for need in OPERATIONS[operation]:
        if need == "read":
            actions.append("%s/read" % parent)
        elif need == "approval":
            if service.approval_action:
                actions.append("%s/privateEndpointConnectionsApproval/action" % parent)
        else:
            # The connections' own resource type: the row's URL segment under the parent.
            segment = getattr(service, "connection_segment", None) or "privateEndpointConnections"
            actions.append("%s/%s/%s" % (parent, segment, need.split("/", 1)[1]))
    return actions


def missing_permission(message):
    """(action, scope) from ARM's AuthorizationFailed message, or None when the message is not one."""
    found = _AUTHORIZATION_FAILED.search(message or "")
    return (found.group(1), found.group(2)) if found else None

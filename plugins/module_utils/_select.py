# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""Which connection ``private_endpoint_id`` selects, when a parent has several from one endpoint (pure).

A private endpoint deleted and created again with the same name leaves its old connection behind (Rejected,
Disconnected, or on Storage still Approved), so one endpoint id can match several connections. The rule
(docs/selection.md):

- one match: that one;
- several: the one *live* connection (Pending or Approved), when exactly one is live;
- otherwise (none live, or several live) the choice is ambiguous: fail before writing and name them all;
- for a removal (``destructive``), several matches are always ambiguous: removing the live one while an old one
  from the same endpoint stays would be a guess about a destructive change.

"The newest" cannot stand in for "none live": connection bodies carry no creation time (no ``systemData``, in the
REST specs or in recorded traffic), and list order is not documented.
"""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.module_utils import _arm

LIVE_STATUSES = ("pending", "approved")


class AmbiguousSelection(Exception):
    """Several connections match and none can be chosen safely; ``matches`` lists them all."""

    def __init__(self, matches):
        super().__init__("%d connections match" % len(matches))
        self.matches = matches


def select_by_endpoint(connections, endpoint_id, destructive=False):
    """The connection (formatted dict) from ``endpoint_id``, or None; raises AmbiguousSelection.

    ``destructive``: the selection is for a removal, where any second match makes the choice ambiguous.
    """
    matches = [connection for connection in connections
               if _arm.same_id(connection.get("private_endpoint_id"), endpoint_id)]
    if len(matches) <= 1:
        return matches[0] if matches else None
    if destructive:
        raise AmbiguousSelection(matches)
    live = [connection for connection in matches if (connection.get("status") or "").lower() in LIVE_STATUSES]
    if len(live) == 1:
        return live[0]
    raise AmbiguousSelection(matches)


def describe_matches(matches):
    """'name (Status), name (Status)' for a message."""
    return ", ".join("'%s' (%s)" % (connection.get("name"), connection.get("status")) for connection in matches)

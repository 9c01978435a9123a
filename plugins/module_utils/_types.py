# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""Lookups in the type table (``_type_table``): the one way every other file learns about resource types.

One accepted set of spellings for a type, the same in every option and report: its canonical ARM type or one of
its row's ``names``, in any case. The engine, the policy filter, the reports, the inventory plugin and the event
source import from here; nothing else lists types or names what a service does (a unit test checks it).
"""

from __future__ import annotations

import difflib

from ansible_collections.privatelink.azure.plugins.module_utils import _arm
from ansible_collections.privatelink.azure.plugins.module_utils import _type_row
from ansible_collections.privatelink.azure.plugins.module_utils._type_table import (
    BUSY_PROVISIONING_STATES as _BUSY_PROVISIONING, DELETING_PROVISIONING_STATES as _DELETING, TABLE,
    WRITABLE_STATUSES as _WRITABLE)

# Every row, in the table's order.
ROWS = TABLE
RESOURCE_TYPES = tuple(row.arm_type for row in ROWS)
BY_KEY = {row.key: row for row in ROWS}
# The statuses an owner may write, and what "remove" leaves.
WRITABLE_STATUSES = _WRITABLE.value
ABSENT = _type_row.ABSENT
# Every status any row shows (final ones first, then transitional ones), in the table's order.
STATUSES = tuple(dict.fromkeys(
    [status for row in ROWS for status in row.statuses] + [status for row in ROWS for status in row.transitional_statuses]))
# Statuses some service shows while it applies a change (Approving, Rejecting): busy, wherever they appear.
TRANSITIONAL_STATUSES = tuple(dict.fromkeys(status for row in ROWS for status in row.transitional_statuses))
# provisioningStates meaning "Azure is still applying a change".
BUSY_PROVISIONING_STATES = _BUSY_PROVISIONING.value
# provisioningStates meaning "Azure is deleting the connection" (Deleting; SQL's Dropping).
DELETING_PROVISIONING_STATES = _DELETING.value
# 409 codes meaning "another change is still running" on some service. ARM-wide: a 409 with any of them is busy
# whatever type answered it (docs/waiting.md).
BUSY_CODES = tuple(dict.fromkeys(code for row in ROWS for code in row.busy_codes))
# How services spell the "actions required" field of privateLinkServiceConnectionState.
ACTIONS_FIELDS = tuple(dict.fromkeys(row.actions_field for row in ROWS if row.actions_field))

_BY_SPELLING = {}
for _row in ROWS:
    for _spelling in (_row.arm_type,) + _row.names:
        if _BY_SPELLING.setdefault(_spelling.lower(), _row) is not _row:
            raise ValueError("type table: %r names both %s and %s" % (_spelling, _BY_SPELLING[_spelling.lower()],
                                                                      _row))


def row_for(value):
    """The row of an ARM parent type (any case) or one of its names; None when the table has no such type."""
    return _BY_SPELLING.get(str(value or "").strip().lower())


def row_for_parent_id(parent_id):
    """The row of the resource an ARM id names (/subscriptions/../providers/<ns>/<type>/<name>), or None."""
    parsed = _arm.parse_id(parent_id)
    if not parsed or not parsed["provider"] or len(parsed["segments"]) != 1:
        return None
    return row_for("%s/%s" % (parsed["provider"], parsed["segments"][0][0]))


def spellings():
    """Every accepted spelling: the canonical ARM types first, then every row's names (any case is accepted)."""
    return list(RESOURCE_TYPES) + [name for row in ROWS for name in row.names]


def unknown_type(value, where):
    """The message for a type the table does not have: what was given, what is close, where the list is."""
    close = difflib.get_close_matches(str(value).lower(), list(_BY_SPELLING), n=3, cutoff=0.6)
    suggested = dict.fromkeys(_BY_SPELLING[spelling].arm_type for spelling in close)
    hint = " (did you mean %s?)" % " or ".join(suggested) if suggested else ""
    return ("%s: %r is not a known resource type%s; use an ARM type of docs/types.md such as %s, or one of its "
            "names, in any case" % (where, value, hint, ", ".join(RESOURCE_TYPES[:3])))


def is_busy_code(status, code):
    """A 409 whose code is any row's busy code (ARM-wide, AZURE_BEHAVIOUR.md)."""
    return status == 409 and (code or "").lower() in {busy.lower() for busy in BUSY_CODES}


def is_transitional(status):
    return (status or "").lower() in {transitional.lower() for transitional in TRANSITIONAL_STATUSES}


def is_busy_provisioning(state):
    return (state or "").lower() in {busy.lower() for busy in BUSY_PROVISIONING_STATES}


def is_deleting(state):
    return (state or "").lower() in {deleting.lower() for deleting in DELETING_PROVISIONING_STATES}

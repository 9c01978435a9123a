# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""Bounds of the numeric options of the connection modules and azure_pec_batch (documented in their options).

A number outside them is refused before anything is sent, with a message naming the option and its range: a
``wait_timeout`` of 10**400 used to end in "timestamp out of range" deep in the auth layer, or in a traceback.
"""

from __future__ import annotations

WAIT_TIMEOUT = (0, 3600)      # seconds; Key Vault takes up to about a minute per change (AZURE_BEHAVIOUR.md)
PARALLELISM = (1, 64)         # resources changed at once by azure_pec_batch


def out_of_bounds(option, value, bounds, unit=""):
    """The message for a value outside ``bounds`` (inclusive), or None when it is within."""
    low, high = bounds
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not low <= value <= high:
        shown = str(value)
        if len(shown) > 24:
            shown = shown[:12] + "..." + shown[-6:] + " (%d digits)" % len(shown)
        return "Option '%s' must be a number from %d to %d%s, not %s." % (option, low, high, unit, shown)
    return None

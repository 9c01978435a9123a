# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""Python's cyclic garbage collector paused for a step that builds a whole fleet's connections at once.

A step that reads, decides or reports tens of thousands of connections allocates hundreds of thousands of dicts
and lists; each allocation burst sets off the cyclic collector, whose full passes walk the whole (still growing,
still needed) heap again and again: 7 full passes, 0.6 s of the 2.4 s the reports of 30,000 connections took, 0.2 s
of deciding them. These structures come from JSON and hold no reference cycles, so reference counting frees them
as before; the collector resumes when the step ends and collects then whatever cycles were left meanwhile.

    with collector_paused():
        ...
"""

from __future__ import annotations

import contextlib
import gc


@contextlib.contextmanager
def collector_paused():
    """Pause the cyclic collector for the ``with`` block (nothing changes when it was already off)."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()

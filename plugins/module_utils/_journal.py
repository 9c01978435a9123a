# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""azure_pec_batch's journal: one JSON line per event, appended and flushed as it happens.

So that what a batch did survives it: the role shows progress while it runs and, when the job is cancelled (and
the module's own result never reaches Ansible), still knows what was done. Events (``event`` field):
``start`` and ``finish`` of each change, and a last ``end`` line (``cancelled`` true or false) with the
connection ids done, in flight and not started.
"""

from __future__ import annotations

import json
import threading
import time


class Journal:
    """Appends to ``path``; with no path, records nothing. Thread-safe."""

    def __init__(self, path=None):
        self._lock = threading.Lock()
        self._handle = open(path, "a", encoding="utf-8") if path else None  # pylint: disable=consider-using-with

    def write(self, event, **fields):
        if self._handle is None:
            return
        line = json.dumps(dict({"time": round(time.time(), 3), "event": event}, **fields), sort_keys=True)
        with self._lock:
            self._handle.write(line + "\n")
            self._handle.flush()

    def close(self):
        if self._handle is not None:
            self._handle.close()
            self._handle = None

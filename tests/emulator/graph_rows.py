"""What the emulated Resource Graph sees: one row per resource of the state, and that state as it was a while ago.

Rows carry the columns of Resource Graph's `resources` table the emulator can fill (id, name, type in lower case
as Resource Graph shows it, tenantId, kind, location, resourceGroup, subscriptionId, sku, tags, properties with
the embedded private endpoint connections, ...). Resource Graph is eventually consistent (AZURE_BEHAVIOUR.md,
"Budgets"): with the setting `graph_lag_seconds` above 0 it answers from the state as it was that many seconds ago,
so tests can show a stale candidate being read again from its resource provider.
"""
import threading
import time

from . import render

# Snapshots kept for the lag; older ones than the newest one old enough are dropped.
MAX_SNAPSHOTS = 64


def rows_of(store):
    """Every resource of ``store`` as a row of Resource Graph's `resources` table (call with the store's lock)."""
    rows = []
    for resource in store.resources.values():
        body = render.resource_body(resource, store.tenant_id)
        rows.append({
            "id": body["id"],
            "name": body["name"],
            "type": body["type"].lower(),   # Resource Graph shows types in lower case (REST spec examples)
            "tenantId": store.tenant_id,
            "kind": body.get("kind", ""),
            "location": body["location"],
            "resourceGroup": resource.resource_group,
            "subscriptionId": resource.subscription_id,
            "managedBy": "",
            "sku": body.get("sku"),
            "plan": None,
            "properties": body["properties"],
            "tags": body["tags"],
            "identity": None,
            "zones": None,
            "extendedLocation": None,
        })
    return rows


class GraphHistory:
    """The states Resource Graph may still be showing: snapshots taken before each change, when a lag is set.

    ``before_change(store, lag)`` is called before anything that may change the state (an ARM write, a state
    replaced through the control API); ``rows(store, lag)`` gives the rows of the newest state at least ``lag``
    seconds old (the oldest one kept when none is that old).
    """

    def __init__(self, clock=time.monotonic):
        self._clock = clock
        self._lock = threading.Lock()
        self._snapshots = []            # [(since, rows)], oldest first
        self._live_since = clock()      # when the live state last changed

    def before_change(self, store, lag):
        now = self._clock()
        if lag > 0:
            with store.lock:
                store.settle()
                rows = rows_of(store)
            with self._lock:
                self._snapshots.append((self._live_since, rows))
                self._prune(now - lag)
        with self._lock:
            self._live_since = now

    def _prune(self, cutoff):
        old_enough = [index for index, (since, _rows) in enumerate(self._snapshots) if since <= cutoff]
        if old_enough:
            del self._snapshots[:old_enough[-1]]
        del self._snapshots[:max(0, len(self._snapshots) - MAX_SNAPSHOTS)]

    def rows(self, store, lag):
        """Call with the store's lock held."""
        if lag <= 0:
            return rows_of(store)
        cutoff = self._clock() - lag
        with self._lock:
            if self._live_since <= cutoff or not self._snapshots:
                snapshot = None
            else:
                older = [rows for since, rows in self._snapshots if since <= cutoff]
                snapshot = older[-1] if older else self._snapshots[0][1]
        return rows_of(store) if snapshot is None else snapshot

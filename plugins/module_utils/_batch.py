# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""Many connection changes at once: parallel across resources, one at a time per resource.

Each change goes through the same engine as the single-connection modules (``_reconcile.reconcile``); this file
only parses the changes, opens one session for all of them (one sign-in), schedules the per-resource chains and
summarises.
"""

from __future__ import annotations

import time
from concurrent.futures import ThreadPoolExecutor

from ansible_collections.privatelink.azure.plugins.module_utils import _arm
from ansible_collections.privatelink.azure.plugins.module_utils._auth import azure_session
from ansible_collections.privatelink.azure.plugins.module_utils._cancel import CANCELLATION
from ansible_collections.privatelink.azure.plugins.module_utils._connect import ThreadClients, first_token_failure
from ansible_collections.privatelink.azure.plugins.module_utils._format import utc_now
from ansible_collections.privatelink.azure.plugins.module_utils._journal import Journal
from ansible_collections.privatelink.azure.plugins.module_utils._reconcile import reconcile
from ansible_collections.privatelink.azure.plugins.module_utils._types import row_for_parent_id

TARGET = {"approve": ("present", "Approved"), "reject": ("present", "Rejected"), "remove": ("absent", None)}


class BatchAuthFailed(Exception):
    """No token: nothing can be changed."""


class Change:
    """One requested change, with everything the engine needs parsed out of the connection id."""

    def __init__(self, index, item):
        self.index = index
        self.connection_id = item["connection_id"]
        self.action = item["action"]
        self.description = item.get("description")
        parent_id = _arm.parent_id_of_connection(self.connection_id)
        parent = _arm.parse_id(parent_id) if parent_id else None
        self.service = row_for_parent_id(parent_id) if parent_id else None
        if self.service is None or not parent["resource_group"]:
            raise ValueError(
                "changes[%d].connection_id must be the id of a private endpoint connection of a resource of a type "
                "in docs/types.md (/subscriptions/<id>/resourceGroups/<group>/providers/<type>/<name>/"
                "privateEndpointConnections/<name>), not %r" % (index, self.connection_id))
        self.parent_key = _arm.normalize_id(parent_id)
        self.subscription_id = parent["subscription_id"]
        self.resource_group = parent["resource_group"]
        self.parent_name = parent["name"]
        self.name = _arm.last_segment(self.connection_id)

    def engine_params(self, auth_params, wait_timeout):
        state, status = TARGET[self.action]
        return dict(auth_params, **{
            "subscription_id": self.subscription_id,
            "resource_group": self.resource_group,
            self.service.parent_option: self.parent_name,
            "name": self.name,
            "state": state,
            "status": status,
            "description": self.description if state == "present" else None,
            "wait": True,  # the next change on this resource must not start before this one is done
            "wait_timeout": wait_timeout,
        })


class Batch:
    """Runs the changes: one worker per resource at a time, at most `parallelism` resources at once."""

    def __init__(self, changes, auth_params, wait_timeout, check_mode, journal=None):
        self.changes = changes
        self.journal = journal or Journal()
        self.auth_params = auth_params
        self.wait_timeout = wait_timeout
        self.check_mode = check_mode
        self.session = None
        self._clients = ThreadClients()
        self._start = time.monotonic()

    def open_session(self):
        """One credential for every change, with its token fetched up front; returns the auth layer's warnings.

        An ARM token is for a tenant and an audience, not for a subscription: the one credential the auth options
        make serves every subscription of the changes (each change's client names its subscription, as the scope
        reader's do), so a batch over N subscriptions signs in once, not N times. The session is opened for the
        first change's subscription, so that a managed identity without subscription_id does not list its
        subscriptions first. Fetching the token here, before any worker starts, means one token request instead
        of one per worker racing for an empty cache, and bad credentials fail the task before any write.
        Raises AuthConfigError (bad options) or BatchAuthFailed (Entra ID said no).
        """
        if not self.changes:
            return []
        CANCELLATION.check()
        self.session = azure_session(dict(self.auth_params, subscription_id=self.changes[0].subscription_id))
        failure = first_token_failure(self.session)
        if failure:
            raise BatchAuthFailed(failure)
        return list(self.session.warnings)

    def close(self):
        if self.session is not None:
            self.session.close()

    def chains(self):
        """The changes grouped per resource, each group in the order given."""
        chains = {}
        for change in self.changes:
            chains.setdefault(change.parent_key, []).append(change)
        return list(chains.values())

    def run(self, parallelism):
        # Longest chains first: with fewer workers than resources, the run then ends close to the longest chain
        # instead of a long chain starting last.
        chains = sorted(self.chains(), key=len, reverse=True)
        results = [None] * len(self.changes)
        with ThreadPoolExecutor(max_workers=max(1, min(parallelism, len(chains)))) as pool:
            for chain_results in pool.map(self._run_chain, chains):
                for change, result in chain_results:
                    results[change.index] = result
        return results, max((len(chain) for chain in chains), default=0)

    def _run_chain(self, chain):
        return [(change, self.not_started(change) if CANCELLATION.requested() else self._run_one(change))
                for change in chain]

    def not_started(self, change):
        return dict(summarise(change, {"changed": False}, self.check_mode, 0, 0), progress="not started")

    def _run_one(self, change):
        self.journal.write("start", index=change.index, connection_id=change.connection_id, action=change.action)
        started = time.monotonic()
        try:
            client = self._clients.get(change.service, self.session, change.subscription_id)
            outcome = reconcile(change.service, change.engine_params(self.auth_params, self.wait_timeout),
                                check_mode=self.check_mode, client=client, session=self.session)
        except Exception as exc:  # pylint: disable=broad-except
            # The engine reports Azure and input problems itself; anything else must not lose the other
            # changes' results, which may already be written.
            outcome = {"failed": True, "changed": False,
                       "msg": "unexpected %s while changing %s: %s" % (type(exc).__name__, change.connection_id, exc)}
        result = summarise(change, outcome, self.check_mode, started - self._start, time.monotonic() - started)
        result["progress"] = "in flight" if outcome.get("cancelled") else "done"
        self.journal.write("finish", index=change.index, connection_id=change.connection_id, action=change.action,
                           progress=result["progress"], changed=result["changed"], status=result["status"],
                           error=result["error"])
        return result


def summarise(change, outcome, check_mode, started, seconds):
    """The per-change entry of `results` from the engine's module-style result dict."""
    connection = outcome.get("connection")
    error = None
    gone = bool(outcome.get("gone"))
    if outcome.get("failed") and not gone:
        azure = outcome.get("azure_error") or {}
        error = {"message": outcome.get("msg"), "code": azure.get("code"), "request_id": azure.get("request_id"),
                 "status": azure.get("status")}
    if gone or (change.action == "remove" and not error and not check_mode):
        status = "Absent"
        connection = None
    else:
        status = (connection or {}).get("status")
    return {
        "connection_id": change.connection_id,
        "action": change.action,
        "changed": bool(outcome.get("changed")),
        "status": status,
        "connection": connection,
        "error": error,
        # The connection the plan saw (e.g. a Resource Graph candidate) is not at its resource provider any more.
        "gone": gone,
        "read_at": utc_now() if connection or gone else None,   # when the resource provider last answered
        "warnings": outcome.get("warnings") or [],
        "diff": outcome.get("diff") if outcome.get("changed") else None,
        "started": round(started, 3),
        "seconds": round(seconds, 3),
    }

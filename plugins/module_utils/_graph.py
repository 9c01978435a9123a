# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""Azure Resource Graph: the candidates of a whole scope in one paged query, every type and subscription at once.

``POST /providers/Microsoft.ResourceGraph/resources`` (AZURE_BEHAVIOUR.md, "Budgets"): 1,000 rows a page
(``$skipToken``), at most 1,000 subscriptions a request (more are sent in batches), a user quota of about 15
queries per 5 seconds told in ``x-ms-user-quota-remaining`` / ``x-ms-user-quota-resets-after``: when a page leaves
no quota, the next one waits for the reset instead of running into a 429; a 429 waits the same way. A wait that
would outlast the caller's deadline is not made and the query is not sent: the batch stops, unread, with the
reset time as its ``retry_after``. An answer Resource Graph marks as partial (``resultTruncated: "true"``, or
fewer rows over all pages than its ``totalRecords``) stops the batch unread too: its subscriptions are reported,
never read as if complete. Resource Graph is eventually consistent, so what it shows is a candidate: every write reads the connection from its
resource provider first (``_reconcile``).

One row per parent resource, its connections embedded as its resource provider shows them: 1,000 parents a page
rather than 1,000 connections, and a parent without connections keeps its row (an ``mv-expand`` of the
connections would make a row per connection, so more pages, and drop or keep such parents depending on Kusto's
rules for empty arrays).
"""

from __future__ import annotations

import re

from ansible_collections.privatelink.azure.plugins.module_utils._calls import AzureCallFailed
from ansible_collections.privatelink.azure.plugins.module_utils._format import utc_now
from ansible_collections.privatelink.azure.plugins.module_utils._waiter import Backoff

SOURCE = "Resource Graph"
PATH = "providers/Microsoft.ResourceGraph/resources"
API_VERSION = "2021-03-01"      # stable; what the Azure CLI's resource-graph extension sends
MAX_SUBSCRIPTIONS = 1000        # per request (AZURE_BEHAVIOUR.md)
ROWS_PER_PAGE = 1000            # Resource Graph's largest page
_CLOCK = re.compile(r"^(\d+):(\d{2}):(\d{2})(?:\.\d+)?$")


def connections_query(parent_types):
    """The KQL of one query for every parent of ``parent_types`` (canonical ARM types) with its connections."""
    quoted = ", ".join("'%s'" % parent_type for parent_type in parent_types)
    return ("resources | where type in~ (%s) | project id, name, type, location, resourceGroup, subscriptionId, "
            "tags, connections = properties.privateEndpointConnections" % quoted)


def _clock_seconds(value):
    match = _CLOCK.match(str(value or "").strip())
    if not match:
        return None
    hours, minutes, seconds = (int(part) for part in match.groups())
    return hours * 3600 + minutes * 60 + seconds


def quota_wait(headers):
    """Seconds to wait before the next query when the user quota is used up (0 remaining), else None."""
    lowered = {str(name).lower(): value for name, value in headers.items()}
    if str(lowered.get("x-ms-user-quota-remaining", "")).strip() != "0":
        return None
    seconds = _clock_seconds(lowered.get("x-ms-user-quota-resets-after"))
    return None if seconds is None else max(seconds, 1)


def _throttle_wait(headers):
    """A 429's wait: the quota's reset time (Resource Graph sends no Retry-After with it)."""
    lowered = {str(name).lower(): value for name, value in headers.items()}
    seconds = _clock_seconds(lowered.get("x-ms-user-quota-resets-after"))
    return None if seconds is None else max(seconds, 1)


class Batch:
    """One paged query over up to MAX_SUBSCRIPTIONS subscriptions: its rows, or the failure that stopped it."""

    def __init__(self, subscriptions):
        self.subscriptions = subscriptions
        self.rows = []
        self.pages = 0
        self.as_of = None       # when the last page was answered (UTC, seconds)
        self.error = None       # AzureCallFailed
        self.unread = None      # why the batch stopped without an Azure error (text)
        self.retry_after = None  # seconds Resource Graph asked to wait before the next query, when it stopped so

    @property
    def failed(self):
        return self.error is not None or self.unread is not None

    @property
    def throttled(self):
        """Stopped by Resource Graph's quota (a 429, or a reset past the deadline): asking again now, or sending
        other requests instead, is what Azure asked not to do."""
        if self.error is not None:
            return self.error.error.status == 429
        return self.retry_after is not None

    def summary(self):
        return {"type": "Microsoft.ResourceGraph/resources", "subscription_id": None, "resource_group": None,
                "name": None, "method": "query", "subscriptions": len(self.subscriptions), "pages": self.pages,
                "parents": len(self.rows), "failed": self.failed}


class GraphQuery:
    """Runs one KQL query over many subscriptions through ``reads`` (``_arm_pipeline.ArmReads``)."""

    def __init__(self, reads):
        self.reads = reads
        self._quota_wait = None   # seconds the last answer asked to wait before the next query

    def run(self, query, subscriptions):
        """[Batch], one per MAX_SUBSCRIPTIONS subscriptions, each read to its last page (or its failure)."""
        batches = [Batch(subscriptions[start:start + MAX_SUBSCRIPTIONS])
                   for start in range(0, len(subscriptions), MAX_SUBSCRIPTIONS)]
        for batch in batches:
            try:
                self._read(batch, query)
            except AzureCallFailed as failure:
                batch.error = failure
        return batches

    def _read(self, batch, query):
        token = None
        while True:
            options = {"$top": ROWS_PER_PAGE, "resultFormat": "objectArray"}
            if token:
                options["$skipToken"] = token
            if self._quota_wait and not self.reads.deadline.wait(Backoff(), self._quota_wait):
                batch.retry_after = self._quota_wait
                batch.unread = ("Resource Graph's user quota is used up (x-ms-user-quota-remaining: 0) and resets in "
                                "%d s, after this task's deadline, so the query was not sent: give a longer timeout, "
                                "or run fewer queries at once" % self._quota_wait)
                return
            body, headers = self.reads.read(
                "Resource Graph query over %d subscription(s)" % len(batch.subscriptions), "POST", PATH,
                params={"api-version": API_VERSION},
                body={"subscriptions": batch.subscriptions, "query": query, "options": options},
                wait_hint=_throttle_wait)
            self._quota_wait = quota_wait(headers)
            batch.pages += 1
            batch.as_of = utc_now()
            batch.rows.extend((body or {}).get("data") or [])
            token = (body or {}).get("$skipToken")
            if not token:
                batch.unread = _partial(body or {}, len(batch.rows))
                return


def _partial(body, rows):
    """Why the last answer of a query leaves rows out (``resultTruncated``, ``totalRecords``), or None."""
    try:
        total = int(body.get("totalRecords"))
    except (TypeError, ValueError):
        total = None
    truncated = str(body.get("resultTruncated")).lower() == "true"
    if not truncated and (total is None or total <= rows):
        return None
    return ("Resource Graph answered %d of %s rows%s, so the answer is partial and was not used"
            % (rows, total if total is not None else "more", " (resultTruncated)" if truncated else ""))


def parent_of(row, service):
    """A row as the parent's ARM JSON (what ``_info.connections_of`` reads), its type spelled canonically."""
    return {"id": row.get("id"), "name": row.get("name"), "type": service.parent_type,
            "location": row.get("location"), "tags": row.get("tags") or {},
            "properties": {"privateEndpointConnections": row.get("connections") or []}}

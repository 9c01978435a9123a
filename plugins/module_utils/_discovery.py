# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""How the scope reader finds its candidates: Resource Graph (one query for the whole scope) or the resource
providers' own lists (one per type and subscription), and which subscriptions "all of them" means.

``discovery`` (an option of azure_pec_scope_info, the role, the inventory plugin and the event source):
- ``arm``: the resource providers' lists, as before (exact, one request series per type and subscription);
- ``resource_graph``: one paged Resource Graph query for every type and subscription in scope;
- ``auto`` (the default): Resource Graph when the lists would take more than AUTO_ABOVE_LISTS request series.

Why AUTO_ABOVE_LISTS = 8: the lists run 8 at a time (the default parallelism), so up to 8 of them cost one round
trip, about what a Resource Graph query costs, and they are exact. Beyond that the lists cost more rounds (3 types
in 500 subscriptions: 1,500 lists; every type of the table in one subscription: one list per type), while Resource
Graph stays at one query per 1,000 parents plus the subscription list. Resource Graph lags behind (most changes
within 30 s, no upper bound), which costs nothing for safety: every write reads the connection from its resource
provider first, and a candidate the provider no longer has is reported as gone.

When the Resource Graph query fails under ``auto`` (``after_graph``), the lists are read instead only if waiting
would not mend it (a refusal such as 403, or a partial answer) and the scope takes at most FALLBACK_MAX_LISTS
lists. Never after a 429 or a quota reset past the deadline: Azure asked for less traffic, so the subscriptions
Resource Graph did not answer for are reported unread with the wait it asked for (``retry_after``). Not after a
5xx or no answer either: those were asked again until the deadline, which leaves no time for lists.
Why FALLBACK_MAX_LISTS = 40: five rounds of the parallel lists, well under the smallest published list budget
(Storage's resource provider: 100 lists per 5 minutes per subscription and region); our inference, as the lists
are spread over subscriptions and types.
"""

from __future__ import annotations

import time

from ansible_collections.privatelink.azure.plugins.module_utils import _graph
from ansible_collections.privatelink.azure.plugins.module_utils._subscriptions import (
    left_out, list_subscriptions, readable)

CHOICES = ("auto", "resource_graph", "arm")
AUTO_ABOVE_LISTS = 8
FALLBACK_MAX_LISTS = 5 * AUTO_ABOVE_LISTS
RESOURCE_PROVIDER = "resource provider"
# A caller that reads again and again (the event source) lists the subscriptions again after this long.
SUBSCRIPTIONS_TTL_SECONDS = 600


def choose(discovery, planned_lists):
    """``resource_graph`` or ``arm`` for a scope whose resource-provider reads would be ``planned_lists`` series."""
    if discovery == "auto":
        return "resource_graph" if planned_lists > AUTO_ABOVE_LISTS else "arm"
    return discovery


def after_graph(discovery, batches, planned_lists):
    """Once Resource Graph was queried: (read the lists instead?, what to tell the user or None); see above."""
    failed = [batch for batch in batches if batch.failed]
    if not failed or discovery != "auto":
        return False, None
    why = "Resource Graph could not be queried (%s)" % batch_problem(failed[0])
    if any(batch.throttled for batch in failed):
        return False, refusal(why, planned_lists, throttled=True,
                              retry_after=max(batch_retry_after(batch) or 0 for batch in failed))
    transient = any(batch.error is not None and batch.error.error.transient for batch in failed)
    return lists_instead(why, planned_lists, transient)


def lists_instead(why, planned_lists, transient=False):
    """(read the lists instead?, what to tell the user) when ``why`` kept discovery auto from Resource Graph."""
    if transient or planned_lists > FALLBACK_MAX_LISTS:
        return False, refusal(why, planned_lists, transient=transient)
    return True, ("%s; the resource providers' lists were read instead (%d lists, at most %d are)."
                  % (why, planned_lists, FALLBACK_MAX_LISTS))


def refusal(why, planned_lists, throttled=False, transient=False, retry_after=None):
    if throttled:
        return ("%s; it asked for less traffic, so the resource providers' lists were not read instead: ask again "
                "in %d s or later." % (why, retry_after or 0))
    if transient:
        return ("%s; it was asked again until the deadline, which leaves no time to read the resource providers' "
                "lists instead." % why)
    return ("%s; the resource providers' lists were not read instead: this scope takes %d lists, more than the %d "
            "discovery auto reads in its place. Give discovery: arm to read them all."
            % (why, planned_lists, FALLBACK_MAX_LISTS))


def batch_problem(batch):
    if batch.error is not None:
        return "%s failed: %s" % (batch.error.what, batch.error.error.describe())
    return batch.unread


def batch_retry_after(batch):
    return batch.error.error.retry_after if batch.error is not None else batch.retry_after


def visible_subscriptions(reads, cache=None):
    """Every subscription the identity can list, with its state (``_subscriptions.list_subscriptions``); raises
    AzureCallFailed.

    ``cache``: a dict the caller keeps between reads; the list is reused for SUBSCRIPTIONS_TTL_SECONDS.
    """
    now = time.monotonic()
    if cache is not None and cache.get("subscriptions") and now - cache["subscriptions"][0] < SUBSCRIPTIONS_TTL_SECONDS:
        return cache["subscriptions"][1]
    listed = list_subscriptions(reads)
    if cache is not None:
        cache["subscriptions"] = (now, listed)
    return listed


class CandidateRead:
    """The parents of one type in one subscription as Resource Graph showed them (the scope reader's ``Read``
    interface: ``service``, ``parents``, ``expected``, ``error``, ``source``, ``read_at``; no summary of its own,
    the query's batches have theirs)."""

    error = None
    source = _graph.SOURCE

    def __init__(self, service, subscription_id, expected, read_at):
        self.service = service
        self.subscription_id = subscription_id
        self.expected = expected
        self.read_at = read_at
        self.parents = []

    def summary(self):
        return None


def graph_reads(scope, reads, listed):
    """Query Resource Graph for the (resolved) scope.

    Returns (candidate reads, batches (``_graph.Batch``), errors as (scope text, message, AzureError or None)).
    ``listed``: the subscriptions the identity can list (``visible_subscriptions``); a subscription of the scope
    not among them, or left out for its state, is an error (Resource Graph would leave it out silently).
    """
    services = scope.services_read()
    by_type = {service.parent_type.lower(): service for service in services}
    visible = {value.lower() for value in readable(listed)}
    states = {entry["subscription_id"].lower(): entry for entry in left_out(listed)}
    wanted = scope.subscription_ids()
    errors = [("subscription %s" % value, _unseen(value, states.get(value.lower())), None)
              for value in wanted if value.lower() not in visible]
    seen = [value for value in wanted if value.lower() in visible]
    batches = _graph.GraphQuery(reads).run(_graph.connections_query([s.parent_type for s in services]), seen)
    candidates = []
    for batch in batches:
        if batch.failed:
            errors.extend(_batch_errors(batch))
            continue
        keyed = {}
        for subscription_id in batch.subscriptions:
            for service in services:
                expected = [t for t in scope.resources if t.service is service
                            and t.subscription_id.lower() == subscription_id.lower()]
                keyed[(service, subscription_id.lower())] = CandidateRead(
                    service, subscription_id, expected, batch.as_of)
        for row in batch.rows:
            service = by_type.get(str(row.get("type") or "").lower())
            read = keyed.get((service, str(row.get("subscriptionId") or "").lower()))
            if read is not None:
                read.parents.append(_graph.parent_of(row, service))
        candidates.extend(keyed.values())
    return candidates, batches, errors


def _unseen(subscription_id, left):
    if left is not None:
        return "Subscription %s was not read: %s." % (subscription_id, left["reason"])
    return ("Subscription %s is not among the subscriptions this identity can list, so Resource Graph cannot see it "
            "and nothing of it was read: check the id, or give the identity a role on it (Reader is enough)."
            % subscription_id)


def _batch_errors(batch):
    azure = batch.error.error if batch.error is not None else None
    return [("subscription %s" % value, "Could not read subscription %s: %s" % (value, batch_problem(batch)), azure)
            for value in batch.subscriptions]

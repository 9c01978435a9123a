# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""One pacer per process: slow every thread down before a request budget of Azure runs empty (docs/waiting.md).

ARM answers every request with what is left of the budgets it spent (``x-ms-ratelimit-remaining-subscription-
reads``, ``-writes``, ``-deletes``, ``-global-*``, and the resource providers' ``-resource-requests`` and
``-resource-entities-read``). ``PACER`` remembers, per subscription and kind of request (read, list, write, delete;
and the resource provider's namespace), which budgets the last answer reported and how much was left. Before a
request of that kind it estimates what is left now (the last figure, plus the published refill since then, minus
the requests sent since) and, when that falls under a reserve kept for other callers (AWX slices, the event
source, people), waits until the refill has brought it back above the reserve. The threads of a process share the
estimate, so together they spend no faster than the refill. A 429 with ``Retry-After`` holds every request of that
kind until then.

Hooked at the one place every request goes through, ``_calls.ServiceCalls._call``, by azure-core's per-request
``raw_request_hook`` / ``raw_response_hook``.
"""

from __future__ import annotations

import re
import threading
import time

from ansible_collections.privatelink.azure.plugins.module_utils._cancel import CANCELLATION
from ansible_collections.privatelink.azure.plugins.module_utils._waiter import (
    MAX_RETRY_AFTER_SECONDS, clamp_retry_after, parse_retry_after)

HEADER_PREFIX = "x-ms-ratelimit-remaining-"
# Per budget header: the published refill per second. ARM's token buckets (25 reads/s, 10 writes/s, 10 deletes/s
# per principal; 15x per subscription) and the Storage resource provider's (800 reads and 100 lists per 5 minutes,
# writes 1,200 per hour: the slowest of its buckets behind one header) from AZURE_BEHAVIOUR.md "Budgets".
REFILL_PER_SECOND = {
    "subscription-reads": 25.0,
    "subscription-writes": 10.0,
    "subscription-deletes": 10.0,
    "subscription-global-reads": 375.0,
    "subscription-global-writes": 150.0,
    "subscription-global-deletes": 150.0,
    "subscription-resource-requests": 1200 / 3600.0,
    "subscription-resource-entities-read": 100 / 300.0,
}
# A budget header this table does not know: assume a slow refill (our inference: better slow than throttled).
UNKNOWN_REFILL_PER_SECOND = 1.0
# Left to other callers: a fifth of the fullest the bucket was seen (our inference: enough for another caller's
# burst, little cost to us; 50 of ARM's 250 reads, 20 of the Storage provider's 100 lists).
RESERVE_SHARE = 0.2
_SUBSCRIPTION = re.compile(r"/subscriptions/([^/?]+)", re.IGNORECASE)
_PROVIDER = re.compile(r"/providers/([^/?]+)/?([^?]*)", re.IGNORECASE)


def request_kind(method, url):
    """(subscription, kind) of a request: kind is read, list, write or delete, with the provider namespace."""
    subscription = _SUBSCRIPTION.search(url or "")
    provider = _PROVIDER.search(url or "")
    namespace = provider.group(1).lower() if provider else ""
    method = (method or "GET").upper()
    if method in ("GET", "HEAD"):
        rest = [part for part in (provider.group(2) if provider else "").split("/") if part]
        verb = "list" if len(rest) % 2 == 1 else "read"
    else:
        verb = "delete" if method == "DELETE" else "write"
    return (subscription.group(1).lower() if subscription else ""), "%s %s" % (verb, namespace)


def _budget_key(key, header):
    subscription, kind = key
    return subscription, header, "read" if kind.startswith(("read ", "list ")) else "write"


class _Budget:
    def __init__(self, header):
        self.refill = REFILL_PER_SECOND.get(header[len(HEADER_PREFIX):], UNKNOWN_REFILL_PER_SECOND)
        self.remaining = None
        self.fullest = 0
        self.seen_at = 0.0
        self.sent_since = 0

    def seen(self, remaining, now):
        self.remaining, self.seen_at, self.sent_since = remaining, now, 0
        self.fullest = max(self.fullest, remaining)

    @property
    def reserve(self):
        return int(RESERVE_SHARE * self.fullest)

    def estimate(self, now):
        if self.remaining is None:
            return float("inf")
        return self.remaining + self.refill * (now - self.seen_at) - self.sent_since

    def seconds_until_above_reserve(self, now):
        short = self.reserve + 1 - self.estimate(now)
        if self.remaining is None or short <= 0:
            return 0.0
        return max(0.0, short / self.refill)


class Pacer:
    """The process's pacer; thread-safe. ``clock``/``sleep`` are swappable for unit tests."""

    def __init__(self, clock=time.monotonic, sleep=None):
        self._clock = clock
        self._sleep = sleep or CANCELLATION.sleep
        self._lock = threading.Lock()
        # (subscription, header, "read" or "write") -> _Budget: the Storage provider reports its read and its write
        # bucket under one header name (resource-requests), so one header is two budgets by the request's direction.
        self._budgets = {}
        self._spends = {}        # (subscription, kind) -> the headers its answers carry
        self._held_until = {}    # (subscription, kind) -> monotonic time before which nothing of it is sent
        self.waited_seconds = 0.0
        self.throttled_answers = 0

    def reserve_slot(self, method, url):
        """Count a request about to be sent; returns how long to wait before sending it (seconds)."""
        key = request_kind(method, url)
        now = self._clock()
        with self._lock:
            delay = max(0.0, self._held_until.get(key, 0.0) - now)
            budgets = [self._budgets[_budget_key(key, header)] for header in self._spends.get(key, ())]
            for budget in budgets:
                delay = max(delay, budget.seconds_until_above_reserve(now))
            for budget in budgets:
                budget.sent_since += 1
        return delay

    def observe(self, method, url, status, headers):
        """Learn from one answer: the budgets it reports, and a 429's Retry-After."""
        key = request_kind(method, url)
        now = self._clock()
        reported = {}
        for name, value in (headers or {}).items():
            name = name.lower()
            if name.startswith(HEADER_PREFIX):
                try:
                    reported[name] = int(str(value).strip())
                except ValueError:
                    continue
        with self._lock:
            if reported:
                self._spends[key] = tuple(reported)
            for header, remaining in reported.items():
                self._budgets.setdefault(_budget_key(key, header), _Budget(header)).seen(remaining, now)
            if status == 429:
                self.throttled_answers += 1
                wait = clamp_retry_after(parse_retry_after((headers or {}).get("Retry-After"))) or 1.0
                self._held_until[key] = max(self._held_until.get(key, 0.0), now + min(wait, MAX_RETRY_AFTER_SECONDS))

    def wait_before(self, method, url, deadline=None):
        """Reserve a slot and sleep as long as the budgets ask, never past ``deadline`` (a _waiter.Deadline)."""
        delay = self.reserve_slot(method, url)
        if deadline is not None:
            delay = min(delay, max(0.0, deadline.remaining()))
        if delay > 0:
            with self._lock:
                self.waited_seconds += delay
            self._sleep(delay)
            CANCELLATION.check()

    def hooks(self, deadline=None):
        """azure-core per-request keyword arguments: pace before sending, learn from the answer."""
        def before(pipeline_request):
            request = pipeline_request.http_request
            self.wait_before(request.method, request.url, deadline)

        def after(pipeline_response):
            request, response = pipeline_response.http_request, pipeline_response.http_response
            self.observe(request.method, request.url, response.status_code, response.headers)

        return {"raw_request_hook": before, "raw_response_hook": after}

    def summary(self):
        """What pacing cost this process so far: seconds waited (summed over threads) and 429s seen."""
        with self._lock:
            return {"waited_seconds": round(self.waited_seconds, 3), "throttled_answers": self.throttled_answers}


PACER = Pacer()

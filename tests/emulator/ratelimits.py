"""ARM's and the Storage resource provider's request budgets: token buckets, their headers, 429 when empty.

Published limits (AZURE_BEHAVIOUR.md "Budgets"; learn.microsoft.com "Understand how Azure Resource Manager throttles
requests" and "Scalability targets for the Azure Storage resource provider"):

- ARM, per subscription, principal and region: reads 250 tokens refilled at 25/s, writes 200 at 10/s, deletes
  200 at 10/s; per subscription and region (every principal together) 15 times that ("global").
- The Storage resource provider, per subscription and region, on top of ARM's: reads 800 per 5 minutes, lists 100
  per 5 minutes, writes (PUT and DELETE) 10 per second and 1,200 per hour.

The emulator is one region. Every ARM answer carries the remaining tokens of the buckets its request spent:
``x-ms-ratelimit-remaining-subscription-{reads,writes,deletes}`` and ``...-global-{reads,writes,deletes}``; a
Storage request also ``x-ms-ratelimit-remaining-subscription-resource-entities-read`` (lists) or
``...-resource-requests`` (reads: the 5-minute bucket; writes: the hourly one; the 10-per-second write bucket is
enforced but not reported). Which header name the Storage provider uses for which bucket is our inference from
ARM's page on provider headers; no recording shows them.

A request that finds one of its buckets empty spends nothing and is answered 429 with ``Retry-After`` (whole
seconds until that bucket has a token again) and the error body real ARM (``SubscriptionRequestsThrottled``) or
the Storage provider (``TooManyRequests``) sends. With throttling off (``settings.throttling``), nothing is spent
or refused and the headers show full buckets.
"""
import dataclasses
import math
import threading
import time
from dataclasses import dataclass

from .errors import ArmError

STORAGE_NAMESPACE = "microsoft.storage"
GLOBAL_FACTOR = 15


@dataclass(frozen=True)
class Limit:
    capacity: float
    per_second: float
    header: str                   # "" : enforced, never reported
    per_principal: bool = False
    provider: bool = False        # the Storage resource provider's own, not ARM's


LIMITS = {
    "reads": Limit(250, 25.0, "x-ms-ratelimit-remaining-subscription-reads", per_principal=True),
    "writes": Limit(200, 10.0, "x-ms-ratelimit-remaining-subscription-writes", per_principal=True),
    "deletes": Limit(200, 10.0, "x-ms-ratelimit-remaining-subscription-deletes", per_principal=True),
    "global-reads": Limit(250 * GLOBAL_FACTOR, 25.0 * GLOBAL_FACTOR,
                          "x-ms-ratelimit-remaining-subscription-global-reads"),
    "global-writes": Limit(200 * GLOBAL_FACTOR, 10.0 * GLOBAL_FACTOR,
                           "x-ms-ratelimit-remaining-subscription-global-writes"),
    "global-deletes": Limit(200 * GLOBAL_FACTOR, 10.0 * GLOBAL_FACTOR,
                            "x-ms-ratelimit-remaining-subscription-global-deletes"),
    "storage-reads": Limit(800, 800 / 300.0, "x-ms-ratelimit-remaining-subscription-resource-requests",
                           provider=True),
    "storage-lists": Limit(100, 100 / 300.0, "x-ms-ratelimit-remaining-subscription-resource-entities-read",
                           provider=True),
    "storage-writes": Limit(10, 10.0, "", provider=True),
    "storage-writes-hourly": Limit(1200, 1200 / 3600.0, "x-ms-ratelimit-remaining-subscription-resource-requests",
                                   provider=True),
}
_ARM_KIND = {"GET": "reads", "HEAD": "reads", "DELETE": "deletes"}   # anything else is a write


class BudgetError(ValueError):
    pass


def buckets_for(method, path):
    """The bucket names one request spends: ARM's (principal's and global) and, for Storage, the provider's."""
    kind = _ARM_KIND.get(method.upper(), "writes")
    names = [kind, "global-" + kind]
    lower = [s for s in path.lower().split("/") if s]
    if STORAGE_NAMESPACE in lower:
        if kind == "reads":
            # A collection (storage accounts, or the connections of one) is a list; one named thing is a read.
            after = lower[lower.index(STORAGE_NAMESPACE) + 1:]
            names.append("storage-lists" if len(after) % 2 == 1 else "storage-reads")
        else:
            names.extend(["storage-writes", "storage-writes-hourly"])
    return names


class _Bucket:
    def __init__(self, limit, now):
        self.limit = limit
        self.tokens = float(limit.capacity)
        self.updated = now

    def refill(self, now):
        self.tokens = min(self.limit.capacity, self.tokens + (now - self.updated) * self.limit.per_second)
        self.updated = now

    def seconds_until_token(self):
        return max(0.0, (1.0 - self.tokens) / self.limit.per_second)


class Budgets:
    """Every bucket of this emulator, created full on first use; thread-safe."""

    def __init__(self, settings, clock=time.monotonic):
        self._settings = settings
        self._clock = clock
        self._lock = threading.Lock()
        self._limits = dict(LIMITS)
        self._buckets = {}        # (bucket name, subscription lower, principal lower or "") -> _Bucket
        self.throttled = 0        # requests answered 429 by a budget

    def configure(self, limits):
        """Change buckets' sizes and refills: {"reads": {"capacity": 5, "per_second": 0.1}, ...}; all refilled.

        For tests that need a bucket to stay empty (a slow refill) or a small one; ``{}`` restores the published
        limits.
        """
        if not isinstance(limits, dict):
            raise BudgetError("limits must be a JSON object: bucket -> {capacity, per_second}")
        changed = dict(LIMITS)
        for name, spec in limits.items():
            if name not in LIMITS:
                raise BudgetError(f"unknown bucket {name!r}; known buckets: {', '.join(sorted(LIMITS))}")
            if not isinstance(spec, dict) or set(spec) - {"capacity", "per_second"}:
                raise BudgetError(f"limits.{name} must be {{\"capacity\": n, \"per_second\": r}}")
            for key, value in spec.items():
                if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
                    raise BudgetError(f"limits.{name}.{key} must be a positive number, got {value!r}")
            changed[name] = dataclasses.replace(LIMITS[name], **spec)
        with self._lock:
            self._limits = changed
            self._buckets.clear()

    def _bucket(self, name, subscription_id, client_id, now):
        limit = self._limits[name]
        key = (name, subscription_id.lower(), client_id.lower() if limit.per_principal else "")
        bucket = self._buckets.get(key)
        if bucket is None:
            bucket = self._buckets[key] = _Bucket(limit, now)
        bucket.refill(now)
        return bucket

    def spend(self, method, path, subscription_id, client_id):
        """Spend one token of each bucket the request needs; returns the headers to add, or raises ArmError 429."""
        if not self._settings.throttling_on():
            return self._remaining_headers([(name, _Bucket(self._limits[name], 0.0))
                                            for name in buckets_for(method, path)])
        now = self._clock()
        with self._lock:
            buckets = [(name, self._bucket(name, subscription_id, client_id, now))
                       for name in buckets_for(method, path)]
            empty = [(name, bucket) for name, bucket in buckets if bucket.tokens < 1.0]
            if empty:
                self.throttled += 1
                name, bucket = max(empty, key=lambda item: item[1].seconds_until_token())
                raise self._throttled(name, bucket, subscription_id, client_id, self._remaining_headers(buckets))
            for _name, bucket in buckets:
                bucket.tokens = max(0.0, bucket.tokens - 1.0)
            return self._remaining_headers(buckets)

    def refill(self):
        """Every bucket full again (a test starting afresh)."""
        with self._lock:
            self._buckets.clear()
            self.throttled = 0

    @staticmethod
    def _remaining_headers(buckets):
        headers = {}
        for _name, bucket in buckets:
            if bucket.limit.header:
                headers[bucket.limit.header] = str(int(bucket.tokens))
        return headers

    @staticmethod
    def _throttled(name, bucket, subscription_id, client_id, headers):
        retry_after = max(1, math.ceil(bucket.seconds_until_token()))
        headers = dict(headers, **{"Retry-After": str(retry_after)})
        if bucket.limit.provider:
            window = {"storage-reads": "Read_ObservationWindow_00:05:00", "storage-lists": "List_ObservationWindow_00:05:00",
                      "storage-writes": "Write_ObservationWindow_00:00:01",
                      "storage-writes-hourly": "Write_ObservationWindow_01:00:00"}[name]
            return ArmError(429, "TooManyRequests",
                            "The request is being throttled as the limit has been reached for operation type - "
                            f"{window}. For more information, see - https://aka.ms/srpthrottlinglimits", headers)
        kind = {"reads": "read", "writes": "write", "deletes": "delete"}[name.replace("global-", "")]
        actor = "" if name.startswith("global-") else f" actor '{client_id}'"
        return ArmError(429, "SubscriptionRequestsThrottled",
                        f"Number of '{kind}' requests for subscription '{subscription_id}'{actor} exceeded. Please "
                        f"try again after '{retry_after}' seconds after additional tokens are available. Refer to "
                        "https://aka.ms/arm-throttling", headers)

    def drain(self, bucket, subscription_id, client_id="", tokens=None):
        """Spend ``tokens`` (default: all) of one bucket, as another caller would; returns what is left."""
        if bucket not in LIMITS:
            raise BudgetError(f"unknown bucket {bucket!r}; known buckets: {', '.join(sorted(LIMITS))}")
        if not isinstance(subscription_id, str) or not subscription_id:
            raise BudgetError("drain needs subscription_id")
        if LIMITS[bucket].per_principal and (not isinstance(client_id, str) or not client_id):
            raise BudgetError(f"bucket {bucket!r} is per principal: give client_id")
        if tokens is not None and (isinstance(tokens, bool) or not isinstance(tokens, (int, float)) or tokens < 0):
            raise BudgetError(f"tokens must be a positive number, got {tokens!r}")
        with self._lock:
            found = self._bucket(bucket, subscription_id, client_id or "", self._clock())
            found.tokens = max(0.0, found.tokens - (found.tokens if tokens is None else float(tokens)))
            return found.tokens

    def levels(self):
        """The current buckets (those used so far) and the count of throttled requests, for the control API."""
        now = self._clock()
        with self._lock:
            rows = []
            for (name, subscription_id, client_id), _bucket in sorted(self._buckets.items()):
                bucket = self._bucket(name, subscription_id, client_id, now)
                rows.append({"bucket": name, "subscription_id": subscription_id, "client_id": client_id or None,
                             "tokens": round(bucket.tokens, 3), "capacity": bucket.limit.capacity,
                             "per_second": bucket.limit.per_second})
            limits = {name: {"capacity": limit.capacity, "per_second": limit.per_second}
                      for name, limit in self._limits.items()}
            return {"enabled": self._settings.throttling_on(), "throttled": self.throttled, "buckets": rows,
                    "limits": limits}

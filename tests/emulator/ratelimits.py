"""The x-ms-ratelimit-remaining-subscription-* headers ARM puts on answers, counted per subscription and hour."""
import threading
import time

_LIMITS = {"reads": 12000, "writes": 1200, "deletes": 15000}


class RateLimitCounter:
    def __init__(self):
        self._lock = threading.Lock()
        self._used = {}   # (subscription, kind, hour) -> count

    def headers(self, subscription_id, method):
        kinds = ["reads"] if method == "GET" else ["writes"] + (["deletes"] if method == "DELETE" else [])
        hour = int(time.time() // 3600)
        headers = {}
        with self._lock:
            for kind in kinds:
                key = (subscription_id.lower(), kind, hour)
                self._used[key] = self._used.get(key, 0) + 1
                headers[f"x-ms-ratelimit-remaining-subscription-{kind}"] = str(max(_LIMITS[kind] - self._used[key], 0))
        return headers

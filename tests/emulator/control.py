"""Client of the emulator's control API (design.md). Standard library only, so any test or script can use it."""
import json
import ssl
import urllib.error
import urllib.parse
import urllib.request

WRITE_METHODS = ("PUT", "PATCH", "POST", "DELETE")


class ControlError(RuntimeError):
    pass


class Control:
    def __init__(self, control_url, ca_file, timeout=30):
        self.control_url = control_url.rstrip("/")
        self._context = ssl.create_default_context(cafile=ca_file)
        self._timeout = timeout

    def _call(self, method, path, body=None, query=None):
        url = f"{self.control_url}{path}"
        if query:
            url += "?" + urllib.parse.urlencode(query)
        data = None if body is None else json.dumps(body).encode()
        request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
        try:
            with urllib.request.urlopen(request, context=self._context, timeout=self._timeout) as response:
                return json.loads(response.read() or b"null")
        except urllib.error.HTTPError as exc:
            detail = exc.read().decode("utf-8", "replace")
            raise ControlError(f"{method} {path} failed with HTTP {exc.code}: {detail}") from None

    # --- state and settings ---
    def info(self):
        return self._call("GET", "/info")

    def state(self):
        return self._call("GET", "/state")

    def load_state(self, seed):
        return self._call("PUT", "/state", seed)

    def settings(self, **changes):
        """Current settings; with keyword arguments, change those first (lro_seconds=0.5, latency_ms=10, ...)."""
        if changes:
            return self._call("PUT", "/settings", changes)
        return self._call("GET", "/settings")

    # --- faults ---
    def add_fault(self, method="*", path_regex=".*", action="respond", status=500, headers=None, body=None,
                  delay_ms=0, times=1, skip=0):
        spec = {"method": method, "path_regex": path_regex, "action": action, "status": status,
                "headers": headers or {}, "body": body, "delay_ms": delay_ms, "times": times, "skip": skip}
        return self._call("POST", "/faults", spec)["id"]

    def faults(self):
        return self._call("GET", "/faults")

    def clear_faults(self):
        self._call("DELETE", "/faults")

    # --- request budgets (ratelimits.py) ---
    def budgets(self):
        """{"enabled", "throttled", "buckets": [{bucket, subscription_id, client_id, tokens, capacity, per_second}]}"""
        return self._call("GET", "/budgets")

    def budget_limits(self, **limits):
        """Change buckets (reads={"capacity": 5, "per_second": 0.1}); none given: the published limits again."""
        return self._call("PUT", "/budgets", {"limits": limits})

    def refill_budgets(self):
        """Every bucket full again."""
        return self._call("DELETE", "/budgets")

    def drain(self, bucket, subscription_id, client_id=None, tokens=None):
        """Spend ``tokens`` (default all) of a bucket as another caller would; returns {"tokens": left}."""
        body = {"bucket": bucket, "subscription_id": subscription_id, "client_id": client_id, "tokens": tokens}
        return self._call("POST", "/drain", {k: v for k, v in body.items() if v is not None})

    # --- request log ---
    def requests(self, kind=None):
        return self._call("GET", "/requests", query={"kind": kind} if kind else None)

    def writes(self):
        """ARM requests that may change something: PUT, PATCH, POST, DELETE, but not a Resource Graph query (a
        POST that only reads)."""
        return [entry for entry in self.requests(kind="arm") if entry["method"] in WRITE_METHODS
                and entry["path"].rstrip("/").lower() != "/providers/microsoft.resourcegraph/resources"]

    def clear_requests(self):
        self._call("DELETE", "/requests")

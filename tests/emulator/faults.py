"""Injected faults for matching requests: answer with a canned response, drop the connection, delay, or let the
request through and make the change it starts end in provisioningState Failed (`fail`)."""
import itertools
import re
import threading

ACTIONS = ("respond", "drop", "delay", "fail")


class FaultError(ValueError):
    pass


def _validate(spec):
    if not isinstance(spec, dict):
        raise FaultError("a fault must be a JSON object, e.g. {\"method\": \"PUT\", \"path_regex\": \"...\", \"status\": 429}")
    unknown = set(spec) - {"method", "path_regex", "action", "status", "headers", "body", "delay_ms", "times", "skip"}
    if unknown:
        raise FaultError(f"unknown fault field(s): {', '.join(sorted(unknown))}")
    method = str(spec.get("method", "*")).upper()
    pattern = spec.get("path_regex", ".*")
    try:
        compiled = re.compile(str(pattern), re.IGNORECASE)
    except re.error as exc:
        raise FaultError(f"path_regex {pattern!r} is not a valid regular expression: {exc}") from None
    action = spec.get("action", "respond")
    if action not in ACTIONS:
        raise FaultError(f"action must be one of {', '.join(ACTIONS)}, got {action!r}")
    status = spec.get("status", 500)
    if action == "respond" and (isinstance(status, bool) or not isinstance(status, int) or not 100 <= status <= 599):
        raise FaultError(f"status must be an HTTP status code (100-599), got {status!r}")
    headers = spec.get("headers") or {}
    if not isinstance(headers, dict):
        raise FaultError("headers must be a JSON object of header name -> value")
    delay_ms = spec.get("delay_ms", 0) or 0
    if isinstance(delay_ms, bool) or not isinstance(delay_ms, (int, float)) or not 0 <= delay_ms <= 600000:
        raise FaultError(f"delay_ms must be a number of milliseconds between 0 and 600000, got {delay_ms!r}")
    times = spec.get("times", 1)
    if times is not None and (isinstance(times, bool) or not isinstance(times, int) or times < 1):
        raise FaultError(f"times must be a positive integer or null (always), got {times!r}")
    skip = spec.get("skip", 0) or 0
    if isinstance(skip, bool) or not isinstance(skip, int) or skip < 0:
        raise FaultError(f"skip must be zero or a positive integer (matching requests let through first), got {skip!r}")
    return {
        "method": method, "path_regex": str(pattern), "action": action, "status": status,
        "headers": {str(k): str(v) for k, v in headers.items()}, "body": spec.get("body"),
        "delay_ms": delay_ms, "times": times, "skip": skip,
    }, compiled


class Faults:
    def __init__(self):
        self._lock = threading.Lock()
        self._ids = itertools.count(1)
        self._faults = []   # (description dict, compiled regex)

    def add(self, spec):
        description, compiled = _validate(spec)
        with self._lock:
            description["id"] = f"fault-{next(self._ids)}"
            description["hits"] = 0
            self._faults.append((description, compiled))
        return description["id"]

    def list(self):
        with self._lock:
            return [dict(description) for description, _compiled in self._faults]

    def clear(self):
        with self._lock:
            self._faults.clear()

    def take(self, method, path):
        """The first fault matching this request, counted as used (and removed when its times run out)."""
        with self._lock:
            for index, (description, compiled) in enumerate(self._faults):
                if description["method"] not in ("*", method.upper()) or not compiled.search(path):
                    continue
                if description["skip"] > 0:
                    # Let this matching request through: e.g. fail the second page of a list, not the first.
                    description["skip"] -= 1
                    continue
                description["hits"] += 1
                if description["times"] is not None:
                    description["times"] -= 1
                    if description["times"] <= 0:
                        del self._faults[index]
                return dict(description)
        return None

"""The request log the control API serves, so tests can count calls and writes."""
import itertools
import threading
import time


class RequestLog:
    def __init__(self):
        self._lock = threading.Lock()
        self._seq = itertools.count(1)
        self._entries = []

    def record(self, kind, method, path, api_version, status, duration_ms, fault_id, user_agent=None):
        with self._lock:
            self._entries.append({
                "seq": next(self._seq),
                "time": time.time(),
                "kind": kind,
                "method": method,
                "path": path,
                "api_version": api_version,
                "status": status,
                "duration_ms": round(duration_ms, 3),
                "fault": fault_id,
                "user_agent": user_agent,
            })

    def entries(self, kind=None):
        with self._lock:
            return [dict(e) for e in self._entries if kind is None or e["kind"] == kind]

    def clear(self):
        with self._lock:
            self._entries.clear()

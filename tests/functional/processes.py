"""What a stopped job left behind: live processes by command line, and when each logged request started."""

import os


def live_processes(marker):
    """pids of live processes whose command line contains ``marker``."""
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/cmdline" % entry, "rb") as handle:
                cmdline = handle.read().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if marker in cmdline:
            found.append((int(entry), cmdline))
    return found


def request_start(entry):
    """When the emulator began to answer a request of its log (its end less its duration)."""
    return entry["time"] - entry["duration_ms"] / 1000.0

"""_cancel.ParentWatch: the watchdog without signal handlers, for a module's work done in ansible-playbook's worker.
The parent going away is a cancellation; the block's end stops the watch. Real processes, no mock: a parent that
exits at once, a grandchild that reports what its watch saw."""

import json
import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._cancel import Cancellation, ParentWatch

WATCHED = textwrap.dedent("""
    import json, signal, sys
    from ansible_collections.privatelink.azure.plugins.module_utils._cancel import Cancellation, ParentWatch
    cancellation = Cancellation()
    with open(sys.argv[1] + ".ready", "w"):
        pass
    with ParentWatch(cancellation, interval=0.05):
        cancelled = cancellation._event.wait(30)
    with open(sys.argv[1], "w") as stream:
        json.dump({"cancelled": cancelled, "reason": cancellation.reason,
                   "sigterm_handler_is_default": signal.getsignal(signal.SIGTERM) == signal.SIG_DFL}, stream)
""")
PARENT = textwrap.dedent("""
    import os, subprocess, sys, time
    subprocess.Popen([sys.executable, "-c", sys.argv[1], sys.argv[2]])
    while not os.path.exists(sys.argv[2] + ".ready"):
        time.sleep(0.02)
""")


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="the watch reads parents from /proc (Linux)")
def test_the_parent_going_away_is_a_cancellation_and_no_signal_handler_is_installed(tmp_path):
    report = str(tmp_path / "watched.json")
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(sys.path))
    subprocess.run([sys.executable, "-c", PARENT, WATCHED, report], env=env, check=True, timeout=60)
    deadline = time.monotonic() + 30
    while not os.path.exists(report) and time.monotonic() < deadline:
        time.sleep(0.05)
    with open(report) as stream:
        seen = json.load(stream)
    assert seen["cancelled"] is True
    assert seen["reason"].startswith("the playbook that started this process is gone")
    assert seen["sigterm_handler_is_default"] is True


def test_the_block_end_stops_the_watch_and_cancels_nothing():
    cancellation = Cancellation()
    handler = signal.getsignal(signal.SIGTERM)
    with ParentWatch(cancellation, interval=0.05) as watch:
        assert watch._thread.is_alive()
    assert not watch._thread.is_alive()
    assert not cancellation.requested()
    assert signal.getsignal(signal.SIGTERM) == handler

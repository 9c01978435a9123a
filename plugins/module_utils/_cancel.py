# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""When the job is stopped, stop: a signal, or the playbook that started this module going away.

AWX cancels a job by sending SIGINT, then SIGTERM, to ``ansible-playbook`` only. The module's process is not
signalled: it is reparented and would go on writing. So besides SIGINT/SIGTERM/SIGHUP, a watchdog thread checks
that every process between this one and the playbook is still where it was when the module started (the shell
Ansible runs the module from, the worker that forked it); when one of them is gone, that is a cancellation too.

After a cancellation the engine starts no request (``check()`` raises ``Cancelled``) and stops waiting at once
(``sleep()`` wakes up and raises); a request already sent is let finish, so that its answer can be reported.
"""

from __future__ import annotations

import os
import signal
import threading

WATCH_INTERVAL_SECONDS = 0.1
# This process, the shell Ansible starts it from and the worker that forked the shell (whose parent is
# ansible-playbook itself): when any of them gets a new parent, something above it exited.
WATCHED_GENERATIONS = 3
SIGNALS = ("SIGINT", "SIGTERM", "SIGHUP")


class Cancelled(Exception):
    """The job was stopped; ``str()`` says how (which signal, or which process went away)."""


class Cancellation:
    """One flag per process: set once, by a signal handler or the watchdog; read by everything that waits."""

    def __init__(self):
        self._event = threading.Event()
        self.reason = None

    def cancel(self, reason):
        if not self._event.is_set():
            self.reason = reason
            self._event.set()

    def requested(self):
        return self._event.is_set()

    def check(self):
        """Raise Cancelled when the job was stopped: call it before starting anything."""
        if self._event.is_set():
            raise Cancelled(self.reason)

    def sleep(self, seconds):
        """Sleep ``seconds``, but wake up at once and raise Cancelled when the job is stopped meanwhile."""
        self.check()
        if self._event.wait(max(0.0, seconds)):
            raise Cancelled(self.reason)

    def reset(self):
        """For tests that run the engine in-process several times."""
        self._event.clear()
        self.reason = None


CANCELLATION = Cancellation()


def _parent_of(pid):
    """The parent pid of ``pid`` from /proc, or None when it is gone or /proc is not there."""
    try:
        with open("/proc/%d/stat" % pid) as handle:
            stat = handle.read()
    except (OSError, ValueError):
        return None
    # The command name (2nd field) is in parentheses and may hold spaces; the parent pid is 2 fields after it.
    fields = stat.rsplit(")", 1)[-1].split()
    return int(fields[1]) if len(fields) > 1 else None


def _lineage(generations):
    """[(pid, its parent)] for this process and its ancestors, ``generations`` deep, stopping at init."""
    lineage = [(os.getpid(), os.getppid())]
    while len(lineage) < generations:
        pid = lineage[-1][1]
        parent = _parent_of(pid)
        if pid <= 1 or parent is None or parent < 1:
            break
        lineage.append((pid, parent))
    return lineage


def _moved(lineage):
    """The first (pid, parent) whose process is gone or has another parent now, or None."""
    for pid, parent in lineage:
        now = os.getppid() if pid == os.getpid() else _parent_of(pid)
        if now != parent:
            return pid, parent
    return None


def _watch(cancellation, lineage, interval, stopped=None):
    while not cancellation.requested() and not (stopped is not None and stopped.is_set()):
        moved = _moved(lineage)
        if moved is not None:
            cancellation.cancel("the playbook that started this process is gone (process %d lost its parent %d)"
                                % moved)
            return
        cancellation._event.wait(interval)  # pylint: disable=protected-access


_WATCHDOGS = {}


def watch(cancellation=CANCELLATION, generations=WATCHED_GENERATIONS, interval=WATCH_INTERVAL_SECONDS):
    """Turn SIGINT/SIGTERM/SIGHUP and the playbook's disappearance into a cancellation. Called from main();
    once per process and cancellation (tests run modules in-process many times)."""
    if id(cancellation) in _WATCHDOGS:
        return _WATCHDOGS[id(cancellation)]

    def on_signal(number, frame):
        cancellation.cancel("stopped by %s" % signal.Signals(number).name)

    for name in SIGNALS:
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), on_signal)
    watchdog = threading.Thread(target=_watch, args=(cancellation, _lineage(generations), interval),
                                name="privatelink-azure-watchdog", daemon=True)
    watchdog.start()
    _WATCHDOGS[id(cancellation)] = watchdog
    return watchdog


class ParentWatch:
    """The watchdog alone, for one process: its parent going away is a cancellation; no signal handler. For an
    action that does a module's work in ansible-playbook's worker, whose signals ansible-core handles itself (2.19
    and later forward SIGINT/SIGTERM to the worker, which exits; 2.16 has no handler, so a playbook stopped by
    SIGTERM alone would leave its worker reading). ``with ParentWatch():`` watches until the block ends."""

    def __init__(self, cancellation=CANCELLATION, interval=WATCH_INTERVAL_SECONDS):
        self._stopped = threading.Event()
        self._thread = threading.Thread(target=_watch, args=(cancellation, _lineage(1), interval, self._stopped),
                                        name="privatelink-azure-parent-watch", daemon=True)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc_info):
        self._stopped.set()
        self._thread.join()

# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Seconds per task, written as JSON to $BENCH_TASK_TIMES_FILE at the end of the play (ansible-core ships no
profile_tasks). A task's time runs from its start to the next task's start, loops and includes included."""

from __future__ import annotations

DOCUMENTATION = """
name: bench_task_times
type: aggregate
short_description: seconds per task for the benchmarks
description: Writes [{name, path, seconds}] to the file named by BENCH_TASK_TIMES_FILE, with own_seconds and
  own_cpu_seconds (and own_steps) when the task returns its own timing; and ansible-playbook's own CPU seconds
  (playbook_cpu_s) and its reaped workers' (workers_cpu_s) to the file named by BENCH_PLAYBOOK_CPU_FILE.
requirements: [enable in ANSIBLE_CALLBACKS_ENABLED]
"""

import json
import os
import resource
import time

from ansible.plugins.callback import CallbackBase


class CallbackModule(CallbackBase):
    CALLBACK_VERSION = 2.0
    CALLBACK_TYPE = "aggregate"
    CALLBACK_NAME = "bench_task_times"
    CALLBACK_NEEDS_ENABLED = True

    def __init__(self):
        super().__init__()
        self._tasks = []
        self._current = None

    def _close(self):
        if self._current is not None:
            self._current["seconds"] = round(time.monotonic() - self._current.pop("started"), 4)
            self._tasks.append(self._current)
            self._current = None

    def _start(self, task):
        self._close()
        self._current = {"name": task.get_name(), "path": task.get_path() or "", "started": time.monotonic()}

    def v2_playbook_on_task_start(self, task, is_conditional):
        self._start(task)

    def v2_playbook_on_handler_task_start(self, task):
        self._start(task)

    def v2_runner_on_ok(self, result):
        # A task that reports its own cost (pec_approval_reports' `timing`): kept next to the wall time.
        timing = result._result.get("timing")  # pylint: disable=protected-access
        if self._current is not None and isinstance(timing, dict):
            self._current["own_seconds"] = timing.get("seconds")
            self._current["own_cpu_seconds"] = timing.get("cpu_seconds")
            if isinstance(timing.get("steps"), dict):
                self._current["own_steps"] = timing["steps"]

    def v2_playbook_on_stats(self, stats):
        self._close()
        path = os.environ.get("BENCH_TASK_TIMES_FILE")
        if path:
            with open(path, "w", encoding="utf-8") as handle:
                json.dump(self._tasks, handle, indent=1)
        path = os.environ.get("BENCH_PLAYBOOK_CPU_FILE")
        if path:
            # ansible-playbook's own CPU (its start, templating, result handling, waiting on workers) apart from
            # its workers' and their modules' (those that ended and were reaped by now).
            own, children = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
            with open(path, "w", encoding="utf-8") as handle:
                json.dump({"playbook_cpu_s": round(own.ru_utime + own.ru_stime, 3),
                           "workers_cpu_s": round(children.ru_utime + children.ru_stime, 3)}, handle)

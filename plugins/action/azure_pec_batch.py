# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action of azure_pec_batch: run the module as usual and, while it runs, show its progress in the job output.

A batch of hundreds of changes on slow Key Vaults runs for minutes as one task. When the module runs on the
controller (``connection: local``, as in the role), this action has it append its journal (one JSON line per change
started and finished, module option ``journal``) to a file of Ansible's temporary directory, reads the new lines
every few seconds on a separate thread and prints ``azure_pec_batch: 120/320 changes done, 2 failed`` when the
count has moved. The module itself is run exactly as without this action: its result, check mode, async and
cancellation (the module stops on SIGINT/SIGTERM and reports what it did) are unchanged. Elsewhere (a remote host,
``async``, a collection whose batch has no journal yet) the module simply runs without progress lines.
"""

from __future__ import annotations

import importlib.util
import json
import os
import tempfile
import threading

from ansible import constants as C
from ansible.plugins.action import ActionBase
from ansible.utils.vars import merge_hash

POLL_SECONDS = 5.0
JOURNAL = "ansible_collections.privatelink.azure.plugins.module_utils._journal"


class Progress:
    """Counts the journal's ``finish`` lines; ``line()`` is the text shown, or None when nothing moved."""

    def __init__(self, total):
        self.total = total
        self.done = 0
        self.failed = 0
        self._shown = None
        self._offset = 0
        self._partial = ""

    def read(self, path):
        """Take in the lines appended since the last read (a line still being written waits for the next read)."""
        try:
            with open(path, encoding="utf-8") as stream:
                stream.seek(self._offset)
                text = stream.read()
                self._offset = stream.tell()
        except OSError:
            return
        lines = (self._partial + text).split("\n")
        self._partial = lines.pop()
        for line in lines:
            try:
                event = json.loads(line)
            except ValueError:
                continue
            if event.get("event") == "finish":
                self.done += 1
                self.failed += 1 if event.get("error") else 0

    def line(self):
        current = (self.done, self.failed)
        if current == self._shown or self.done == 0:
            return None
        self._shown = current
        return "azure_pec_batch: %d/%d changes done, %d failed" % (self.done, self.total, self.failed)


class ActionModule(ActionBase):

    def run(self, tmp=None, task_vars=None):
        result = super().run(tmp, task_vars)
        del tmp  # tmp no longer has any effect
        wrap_async = self._task.async_val and not self._connection.has_native_async
        if wrap_async or not self._runs_on_controller() or importlib.util.find_spec(JOURNAL) is None:
            result = merge_hash(result, self._execute_module(task_vars=task_vars, wrap_async=wrap_async))
            if not wrap_async:
                self._remove_tmp_path(self._connection._shell.tmpdir)
            return result

        args = dict(self._task.args)
        handle, journal = tempfile.mkstemp(prefix="pec_batch_journal-", suffix=".jsonl", dir=C.DEFAULT_LOCAL_TMP)
        os.close(handle)
        if args.get("journal"):
            os.unlink(journal)
            journal = args["journal"]  # the user's own journal: follow it from its current end
        else:
            args["journal"] = journal
        progress = Progress(len(args.get("changes") or []))
        progress.read(journal)  # skip what an earlier run appended
        progress.done = progress.failed = 0
        stop = threading.Event()
        watcher = threading.Thread(target=self._watch, args=(progress, journal, stop), daemon=True)
        watcher.start()
        try:
            result = merge_hash(result, self._execute_module(module_args=args, task_vars=task_vars))
        finally:
            stop.set()
            watcher.join()
            if journal != self._task.args.get("journal"):
                os.unlink(journal)
        self._remove_tmp_path(self._connection._shell.tmpdir)
        return result

    def _runs_on_controller(self):
        return self._connection.transport in ("local", "ansible.builtin.local")

    def _watch(self, progress, journal, stop):
        while not stop.wait(POLL_SECONDS):
            progress.read(journal)
            line = progress.line()
            if line:
                self._display.display(line)

# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action of module pec_approval_plan (used by the pec_approval role): read the scope once, decide per connection.

Reads the whole scope once as azure_pec_scope_info does (in this process where the module would run here, in this
Python; else by running the module), applies the rules on the controller and keeps the full plan
(every decision) in a file of the controller's temporary directory, so that thousands of connections never pass
through Ansible's variables. The task result is small: the changes to make, counts, the safety valve, read errors.
"""

from __future__ import annotations

import json
import os
import shutil
import sys
import tempfile
import time

from ansible import constants as C
from ansible.plugins.action import ActionBase

from ansible_collections.privatelink.azure.plugins.module_utils import _defaults
from ansible_collections.privatelink.azure.plugins.module_utils._gc import collector_paused
from ansible_collections.privatelink.azure.plugins.module_utils._calls import check_client_library
from ansible_collections.privatelink.azure.plugins.module_utils._cancel import Cancelled, ParentWatch
from ansible_collections.privatelink.azure.plugins.module_utils._scope import Scope, ScopeError, split_list
from ansible_collections.privatelink.azure.plugins.module_utils._scope_task import (
    SCOPE_TASK_ARGSPEC, checked_scope, read_checked_scope)
from ansible_collections.privatelink.azure.plugins.plugin_utils._in_process import (
    libraries_quiet, masked, validated_options)
from ansible_collections.privatelink.azure.plugins.plugin_utils._policy import (
    PolicyError, batch_changes, build_plan, check_rules)

READER = "privatelink.azure.azure_pec_scope_info"
SCOPE_OPTIONS = ("resources", "resource_groups", "subscriptions", "resource_types", "exclude_subscriptions")
# Options of this action; everything else (auth options, from module_defaults too) goes to the reader.
OWN_OPTIONS = ("rules", "max_destructive_changes")


class ActionModule(ActionBase):
    TRANSFERS_FILES = False
    _requires_connection = False

    def run(self, tmp=None, task_vars=None):
        with collector_paused():  # tens of thousands of connections at once (_gc)
            return self._run(tmp, task_vars)

    def _run(self, tmp, task_vars):
        started, started_cpu = time.monotonic(), time.process_time()
        result = super().run(tmp, task_vars)
        args = dict(self._task.args)
        own = {name: args.pop(name, None) for name in OWN_OPTIONS}
        rules = own["rules"] if own["rules"] is not None else []
        try:
            # Bad rules and a bad scope are refused before anything is read.
            check_rules(rules)
            Scope.from_options(prefix="pec_approval_", **{name: args.get(name) for name in SCOPE_OPTIONS})
        except (PolicyError, ScopeError) as exc:
            return dict(result, failed=True, msg=str(exc))

        found, read_by = self._read_scope(args, task_vars)
        read = time.monotonic()
        if found.get("failed"):
            # Not a read error (those are in found["errors"]): the reader itself could not run.
            failure = dict(result, failed=True, msg=found.get("msg") or "azure_pec_scope_info failed",
                           module_stderr=found.get("module_stderr"), module_stdout=found.get("module_stdout"))
            if found.get("cancelled"):
                failure["cancelled"] = True
            return failure
        try:
            plan = build_plan(found, rules, max_destructive_changes=own["max_destructive_changes"]
                              if own["max_destructive_changes"] is not None else _defaults.MAX_DESTRUCTIVE_CHANGES)
        except PolicyError as exc:
            return dict(result, failed=True, msg=str(exc))
        decided = time.monotonic()
        plan["scope"] = scope_as_given(args)
        for warning in plan["warnings"]:
            self._display.warning(warning)
        changes = batch_changes(plan["changes"])
        result.update(
            changed=False,
            plan_file=_save(plan),
            changes=changes,
            connections=len(plan["decisions"]),
            resources=len(found.get("resources") or []),
            safety_valve=plan["safety_valve"],
            errors=plan["errors"],
            reads=found.get("reads") or [],
            discovery=found.get("discovery"),
            read_by=read_by,
        )
        # This step's own cost, read (the module run, its result included) / decide / save, for benchmarks.
        result["timing"] = {"seconds": round(time.monotonic() - started, 3),
                            "cpu_seconds": round(time.process_time() - started_cpu, 3),
                            "steps": {"read": round(read - started, 3), "decide": round(decided - read, 3),
                                      "save": round(time.monotonic() - decided, 3)}}
        return result

    def _read_scope(self, args, task_vars):
        """azure_pec_scope_info's result, and who read it: ``controller`` (this process) or ``module``.

        Where the module would run on this machine, as this user, in this Python (``_reads_here``), this process
        does the module's work itself (``_read_here``: the same options, checks, environment and reads) and spares
        a module process, its package and the hand-over of every connection (about 0.7 s of CPU at 30,000
        connections). Anywhere else, or when the options need the module to say what is wrong with them, the module
        runs; its connections come through a file when it runs on this machine, since ansible-core's result
        handling spends seconds per ten thousand connections."""
        module_args = dict(args, fail_on_error=False)
        environment = {}
        self._compute_environment_string(raw_environment_out=environment)
        why_not = self._reads_here(task_vars, environment)
        if why_not is None:
            found = self._read_here(module_args, environment)
            if found is not None:
                return found, "controller"
            why_not = "the options need the module's own checks"
        self._display.vvv("pec_approval_plan: azure_pec_scope_info runs as a module (%s)" % why_not)
        found = self._read_by_module(module_args, task_vars)
        found["warnings"] = [warning_text(warning) for warning in found.get("warnings") or []]
        return found, "module"

    def _read_by_module(self, module_args, task_vars):
        """azure_pec_scope_info's result; through a file when it runs on this machine as this user."""
        if self._elsewhere():
            return self._execute_module(module_name=READER, module_args=module_args, task_vars=task_vars)
        directory = tempfile.mkdtemp(prefix="pec_approval_scope-", dir=C.DEFAULT_LOCAL_TMP)
        try:
            module_args["result_file"] = os.path.join(directory, "scope.json")
            found = self._execute_module(module_name=READER, module_args=module_args, task_vars=task_vars)
            if found.get("result_file"):
                try:
                    with open(found["result_file"]) as stream:
                        found.update(json.load(stream))
                except (OSError, ValueError) as exc:
                    return self._read_scope_again(module_args, task_vars, found["result_file"], exc)
            return found
        finally:
            shutil.rmtree(directory, ignore_errors=True)

    def _reads_here(self, task_vars, environment):
        """None when azure_pec_scope_info would run on this machine, as this user, with this very Python and the
        same libraries; else why not. The interpreter is the one ansible-core would start:
        ``ansible_python_interpreter`` (or the interpreter_python setting), of the delegated host when delegated;
        the implicit localhost's is this Python, and so is ``{{ ansible_playbook_python }}``. An interpreter left
        to discovery (auto) is not guessed: the module runs. (The action refuses async: ActionBase.run.)"""
        elsewhere = self._elsewhere()
        if elsewhere:
            return elsewhere
        host_vars = task_vars
        if self._task.delegate_to:
            host_vars = (task_vars.get("ansible_delegated_vars") or {}).get(self._task.delegate_to) or {}
        try:
            interpreter = self._templar.template(C.config.get_config_value("INTERPRETER_PYTHON", variables=host_vars))
        except Exception as exc:  # pylint: disable=broad-exception-caught  # the module run will say it
            return "its interpreter could not be worked out here (%s)" % exc
        if not isinstance(interpreter, str) or not os.path.isabs(interpreter) \
                or os.path.normpath(interpreter) != os.path.normpath(sys.executable):
            return "its interpreter is %s, not this controller's %s" % (interpreter, sys.executable)
        # The same path, but other libraries: ansible-playbook's Python started with -s, -E or -I, or the task
        # setting what the module's Python would import from.
        if sys.flags.no_user_site or sys.flags.ignore_environment or sys.flags.isolated:
            return "ansible-playbook's Python runs with -s, -E or -I, the module's would not"
        python_settings = sorted(name for name in environment if str(name).upper().startswith("PYTHON"))
        if python_settings:
            return "the task's environment sets %s" % ", ".join(python_settings)
        return None

    def _elsewhere(self):
        """Why a module of this task would not run on this machine as this user (another connection, become), or
        None when it would."""
        if self._connection.transport.split(".")[-1] != "local":
            return "the connection is %s, not local" % self._connection.transport
        if self._play_context.become:
            return "become"
        return None

    def _read_here(self, module_args, environment):
        """The module's work in this process (``_scope_task``), as the module would do it (``_in_process``), or
        None when its options are not valid or the libraries are missing, for the module to say so in its own
        words. The task's environment goes into this worker's os.environ first (the worker ends with the task),
        since path options expand variables. A playbook that goes away stops the reads (_cancel.ParentWatch)."""
        os.environ.update({str(name): str(value) for name, value in environment.items()})
        options = validated_options(SCOPE_TASK_ARGSPEC, module_args)
        if options is None:
            return None
        try:
            scope = checked_scope(options.params)
            for row in scope.rows_read():
                check_client_library(row, plain_json=True)
        except (ScopeError, ImportError):
            return None
        for note in options.notes:
            self._display.warning(note)
        try:
            with ParentWatch(), libraries_quiet():
                found = read_checked_scope(options.params, scope)
        except Cancelled as cancelled:
            return {"failed": True, "cancelled": True, "msg": "Cancelled (%s). This step writes nothing; run it again."
                    % cancelled}
        # As the module's result is masked, but for what its result file would hand over.
        return masked(found, options.secrets, kept=("connections", "resources"))

    def _read_scope_again(self, module_args, task_vars, path, exc):
        """The module wrote its file where this process cannot read it (an interpreter behind a local connection in
        another mount namespace, such as a container wrapper): one more read, with the result in the task result."""
        self._display.warning("azure_pec_scope_info's result_file %s could not be read here (%s): the module runs "
                              "where this controller does not see its files; the scope is read once more, its "
                              "result passed back by Ansible." % (path, exc))
        module_args = {name: value for name, value in module_args.items() if name != "result_file"}
        return self._execute_module(module_name=READER, module_args=module_args, task_vars=task_vars)


def warning_text(warning):
    """A module's warning as text: ansible-core 2.19 and later hand module warnings to actions as WarningSummary
    objects (the text is their event's msg), earlier versions as strings."""
    if isinstance(warning, str):
        return warning
    return str(getattr(getattr(warning, "event", None), "msg", None) or warning)


def scope_as_given(args):
    """The scope options as the run was given them (for the report and its history): lists of strings."""
    def text(entry):
        if isinstance(entry, dict):
            return "/".join(str(entry[key]) for key in ("subscription_id", "type", "resource_group", "name")
                            if entry.get(key))
        return str(entry)
    return {name: [text(entry) for entry in split_list(args.get(name), name)] for name in SCOPE_OPTIONS}


def _save(plan):
    """The plan, as JSON, in a file of Ansible's local temporary directory (removed when ansible-playbook ends).

    Without its ``changes``: they go to the batch in the task result, and the reports read every decision, those
    changes included, from ``decisions`` (written twice, they were a fifth of the file at 30,000 connections)."""
    handle, path = tempfile.mkstemp(prefix="pec_approval_plan-", suffix=".json", dir=C.DEFAULT_LOCAL_TMP)
    with os.fdopen(handle, "w") as stream:
        # json.dump would encode in Python; json.dumps encodes in C: the same text
        stream.write(json.dumps({key: value for key, value in plan.items() if key != "changes"}))
    return path

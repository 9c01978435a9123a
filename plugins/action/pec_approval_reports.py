# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Action of module pec_approval_reports (used by the pec_approval role): build and write the drift reports.

Everything happens on the controller in one step: the plan file of pec_approval_plan and the apply step's results
become the report dict (plugins/plugin_utils/_report_model.py), which its renderers turn into the files, each written to a
temporary name and renamed (a reader never sees half a report). With ``html``, the report history (the trend of the
last runs) is read before and written after. With ``merge``, the hosts' JSON reports become one.
The task result and the fact ``pec_approval_report`` hold only the summary, the paths and a bounded drift list.
"""

from __future__ import annotations

import datetime
import json
import os
import tempfile
import time

from ansible.module_utils.common.arg_spec import ArgumentSpecValidator
from ansible.plugins.action import ActionBase

from ansible_collections.privatelink.azure.plugins.module_utils import _defaults
from ansible_collections.privatelink.azure.plugins.module_utils._gc import collector_paused
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_html import render_html
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_junit import render_junit
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_markdown import render_markdown
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_model import (
    build_report, drift, merge_reports, new_history, render_json, summary_lines)
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_model import history_runs as earlier_runs
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_text import service_rows
from ansible_collections.privatelink.azure.plugins.plugin_utils._role_diff import changing_entries, role_diff

# Format name -> (file extension, renderer). Each renderer takes the report, the history of earlier runs (HTML's
# trend) and the per-service counts (the Markdown and HTML summaries), worked out once for all formats.
FORMATS = {
    "json": ("json", lambda report, history, services: render_json(report)),
    "markdown": ("md", lambda report, history, services: render_markdown(report, services)),
    "junit": ("xml", lambda report, history, services: render_junit(report)),
    "html": ("html", render_html),
}
ARGUMENT_SPEC = {
    "plan_file": {"type": "path"},
    "batch": {"type": "dict"},
    "merge": {"type": "list", "elements": "path"},
    "dir": {"type": "path"},
    "name": {"type": "str", "default": "pec_approval_report"},
    "formats": {"type": "list", "elements": "str", "default": list(FORMATS), "choices": list(FORMATS)},
    "history_runs": {"type": "int", "default": _defaults.REPORT_HISTORY_RUNS},
    "history_file": {"type": "path"},
    "history_add": {"type": "bool", "default": True},
    "drift_limit": {"type": "int", "default": _defaults.DRIFT_LIMIT},
    "diff_limit": {"type": "int", "default": _defaults.DIFF_LIMIT},
}
FAILED_EXAMPLES = 5


def default_report_dir():
    """A directory any user can write to: one per user under the temporary directory."""
    return os.path.join(tempfile.gettempdir(), "pec_approval_reports-%d" % os.getuid())


class ActionModule(ActionBase):
    TRANSFERS_FILES = False
    _requires_connection = False

    def run(self, tmp=None, task_vars=None):
        with collector_paused():  # tens of thousands of connections at once (_gc)
            return self._run(tmp, task_vars)

    def _run(self, tmp, task_vars):
        result = super().run(tmp, task_vars)
        started, started_cpu = time.monotonic(), time.process_time()
        validation = ArgumentSpecValidator(ARGUMENT_SPEC, mutually_exclusive=[("plan_file", "merge")],
                                           required_one_of=[("plan_file", "merge")]).validate(self._task.args)
        if validation.error_messages:
            return dict(result, failed=True, msg="; ".join(validation.error_messages))
        args = validation.validated_parameters
        formats = list(dict.fromkeys(args["formats"]))
        try:
            if args["merge"]:
                report = merge_reports([_load(path) for path in args["merge"]])
            else:
                plan = _load(args["plan_file"])
                report = build_report(
                    plan, args["batch"], check_mode=self._task.check_mode,
                    generated_at=datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ"))
            directory = args["dir"] or default_report_dir()
            history_file = None
            if "html" in formats and args["history_runs"] > 0:
                history_file = args["history_file"] or os.path.join(directory, "%s.history.json" % args["name"])
            paths = write_reports(report, directory, args["name"], formats, history_file, args["history_runs"],
                                  args["history_add"])
        except (OSError, ValueError) as exc:  # ValueError: ReportError, a report JSON file not JSON
            return dict(result, failed=True, msg="Writing the drift report failed: %s" % exc)
        if args["plan_file"]:
            os.unlink(args["plan_file"])
        fact = brief(report, paths, directory, args["drift_limit"])
        # The connections this host's run changed (or would change, in check mode): changed, and with --diff one
        # diff each. A merge only gathers what the hosts' own steps have already shown.
        changing = not args["merge"] and bool(changing_entries(report))
        result.update(changed=changing, ansible_facts={"pec_approval_report": fact}, **fact)
        if changing and self._task.diff:
            result["diff"] = role_diff(report, args["diff_limit"], next(iter(paths.values()), directory))
        # This step's own cost (the worker's CPU, not the load around it), for benchmarks.
        result["timing"] = {"seconds": round(time.monotonic() - started, 3),
                            "cpu_seconds": round(time.process_time() - started_cpu, 3)}
        return result


def write_reports(report, directory, name, formats, history_file=None, history_runs=0, history_add=True):
    """Render and write each format, then the history (unless `history_add` is false: the trend is drawn from it,
    the run does not join it); returns {format: path}. Each file appears whole."""
    os.makedirs(directory, mode=0o755, exist_ok=True)
    # The history is read only with html (history_file is set only then), and is the html page's input first.
    history = earlier_runs(_read_text(history_file), "pec_approval_report_html") if history_file else None
    services = service_rows(report) if {"markdown", "html"} & set(formats) else None
    paths = {}
    for fmt in formats:
        extension, render = FORMATS[fmt]
        text = render(report, history, services)
        paths[fmt] = os.path.join(directory, "%s.%s" % (name, extension))
        _write(paths[fmt], text)
    if history_file and history_add:
        _write(history_file, new_history(history, report, history_runs))
        paths["history"] = history_file
    return paths


def _write(path, text):
    """Write under a temporary name in the same directory, then rename: the file appears whole or not at all."""
    directory = os.path.dirname(path) or "."
    os.makedirs(directory, mode=0o755, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix="." + os.path.basename(path) + ".", dir=directory)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            stream.write(text)
        os.chmod(temporary, 0o644)
        os.replace(temporary, path)
    except BaseException:
        os.unlink(temporary)
        raise


def _read_text(path):
    """A file's text, or '' when it does not exist yet (a first run)."""
    try:
        with open(path, encoding="utf-8") as stream:
            return stream.read()
    except FileNotFoundError:
        return ""


def _load(path):
    with open(path, encoding="utf-8") as stream:
        return json.load(stream)


def brief(report, paths, directory, drift_limit):
    """What the play keeps of a report: summary, where the files are, the first failures, a bounded drift list."""
    failures = ["%s/%s: %s" % (e["resource_name"], e["connection_name"], (e.get("error") or {}).get("message"))
                for e in report["connections"] if e["result"] == "failed"][:FAILED_EXAMPLES]
    return {
        "dir": directory,
        "paths": paths,
        "generated_at": report["generated_at"],
        "check_mode": report["check_mode"],
        "summary": report["summary"],
        "safety_valve": report["safety_valve"],
        "errors": report.get("errors") or [],
        "failures": failures,
        "drift": drift(report, drift_limit),
        "lines": summary_lines(report),
    }

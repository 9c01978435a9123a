# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The report history: earlier runs of the pec_approval role, for the HTML report's trend.

The role keeps one JSON file (``pec_approval_report_history_file``): ``{"history_version": 1, "runs": [...]}``,
oldest run first, at most ``pec_approval_report_history_runs`` runs. Each run is the run's JSON report with its
connections cut down to what the trend needs (``HISTORY_FIELDS``), so a run of 720 connections costs ~200 kB
rather than the ~900 kB of the full report. ``render_html`` takes these runs or whole JSON reports alike.
"""

from __future__ import annotations

import json

HISTORY_VERSION = 1
HISTORY_FIELDS = ("connection_id", "current_status", "final_status", "result")
_RUN_KEYS = ("schema_version", "generated_at", "check_mode", "scope", "summary")


class HistoryError(ValueError):
    """The history file cannot be used; the message says what to do."""


def history_run(report):
    """The report as kept in the history: its summary and each connection's id, statuses and result."""
    run = {key: report.get(key) for key in _RUN_KEYS}
    run["connections"] = [{field: entry.get(field) for field in HISTORY_FIELDS} for entry in report["connections"]]
    return run


def run_mode(run):
    """'check' or 'apply': what the run was."""
    return "check" if run.get("check_mode") else "apply"


def scope_label(scope):
    """A short description of a run's scope: '2 subscriptions (0000..., 1111...); 1 resource group (rg-app)'."""
    if not scope:
        return "not recorded"
    parts = []
    for name, singular in (("subscriptions", "subscription"), ("resource_groups", "resource group"),
                           ("resources", "resource")):
        items = scope.get(name) or []
        if items:
            shown = ", ".join(str(item).rsplit("/", 1)[-1] for item in items[:2]) + (", ..." if len(items) > 2 else "")
            parts.append("%d %s%s (%s)" % (len(items), singular, "" if len(items) == 1 else "s", shown))
    types = scope.get("resource_types") or []
    if types and (scope.get("subscriptions") or scope.get("resource_groups")):
        parts.append("types: %s" % ", ".join(types))
    return "; ".join(parts) or "empty"


def parse_history(text, source="the report history file"):
    """The runs of a history file's text, oldest first ([] for an empty or blank file)."""
    if not text or not str(text).strip():
        return []
    try:
        document = json.loads(text)
    except ValueError as exc:
        raise HistoryError("%s is not valid JSON (%s); delete it to start a new history" % (source, exc))
    if not isinstance(document, dict):
        document = {}
    runs = document.get("runs")
    if document.get("history_version") != HISTORY_VERSION or not isinstance(runs, list):
        raise HistoryError("%s is not a pec_approval report history (history_version %d with a list of runs); "
                           "delete it to start a new history, or point pec_approval_report_history_file elsewhere"
                           % (source, HISTORY_VERSION))
    return check_runs(runs, source)


def check_runs(runs, source="the report history"):
    """The runs, after checking each has what the trend reads (a summary and a list of connections)."""
    for index, run in enumerate(runs):
        if not (isinstance(run, dict) and isinstance(run.get("summary"), dict)
                and isinstance(run.get("connections"), list)):
            raise HistoryError("%s: run %d has no summary or connections; delete the file to start a new history"
                               % (source, index + 1))
    return runs


def add_run(runs, report, keep):
    """The history document (JSON text) with this run appended and only the last `keep` runs kept."""
    if not isinstance(keep, int) or isinstance(keep, bool) or keep < 1:
        raise HistoryError("the number of runs to keep must be a whole number of at least 1, got %r" % (keep,))
    kept = (list(runs) + [history_run(report)])[-keep:]
    return json.dumps({"history_version": HISTORY_VERSION, "runs": kept}, sort_keys=True,
                      separators=(",", ":")) + "\n"


def trend(runs):
    """One point per run, oldest first: the summary's counts and what changed since the run before.

    ``appeared``: connections the run saw that the run before did not; ``disappeared``: the other way round,
    except those the run before removed itself; ``changed_elsewhere``: status at this run's start differs from
    the status the run before left (someone else changed it).
    """
    points = []
    previous = None
    for run in runs:
        summary = run["summary"]
        by_result = summary.get("by_result") or {}
        statuses = {str(e.get("connection_id")).lower(): e for e in run["connections"]}
        point = {"generated_at": run.get("generated_at"), "check_mode": bool(run.get("check_mode")),
                 "mode": run_mode(run), "scope": scope_label(run.get("scope")),
                 "connections": summary.get("connections", 0), "drift": summary.get("drift", 0),
                 "drift_remaining": summary.get("drift_remaining", 0), "changed": by_result.get("changed", 0),
                 "failed": by_result.get("failed", 0), "appeared": None, "disappeared": None,
                 "changed_elsewhere": None}
        if previous is not None:
            point["appeared"] = sum(1 for key in statuses if key not in previous)
            point["disappeared"] = sum(1 for key, e in previous.items()
                                       if key not in statuses and e.get("final_status") != "Absent")
            point["changed_elsewhere"] = sum(
                1 for key, e in statuses.items() if key in previous
                and previous[key].get("final_status") not in (None, e.get("current_status")))
        points.append(point)
        previous = statuses
    return points

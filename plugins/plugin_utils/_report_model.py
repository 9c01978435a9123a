# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The report model of the pec_approval role: the plan and the batch's results become one report dict.

The report dict follows roles/pec_approval/files/report.schema.json (`schema_version` 1, documented in
docs/role.md): ``build_report`` makes it, ``merge_reports`` joins the hosts' reports, ``drift`` and
``summary_lines`` are what the play keeps of it, ``history_runs`` / ``new_history`` read and extend the report
history. Its renderers live beside it (``_report_junit``, ``_report_markdown``, ``_report_html``, JSON here).
Bad input raises ReportError (a ValueError) naming the filter whose input it was; the filters of
plugins/filter/pec_report.py turn it into AnsibleFilterError, the action plugin into a failed task.
"""

from __future__ import annotations


from ansible_collections.privatelink.azure.plugins.module_utils import _defaults
from ansible_collections.privatelink.azure.plugins.module_utils._discovery import RESOURCE_PROVIDER
from ansible_collections.privatelink.azure.plugins.plugin_utils._json_text import indented_json
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_history import (
    HistoryError, add_run, check_runs, parse_history)
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_text import (
    ACTION_NAMES, RESULT_NAMES, discovery_text, source_text)

SCHEMA_VERSION = 1


class ReportError(ValueError):
    """A filter's input is not what it takes (a report, a plan, a history); the message says which and why."""


def _result_after_run(decision, outcome, check_mode):
    """The final result of a decision that was due for a change, given the batch module's outcome."""
    if decision["result"] != "pending":
        return decision["result"], None
    if outcome is None:
        # The batch did not return this change: only possible when it never ran.
        return ("would_change", None) if check_mode else ("failed", {"message": "the change was not attempted"})
    if outcome.get("gone"):
        return "gone", None     # the resource provider no longer has it: nothing was written
    if outcome.get("error"):
        return "failed", outcome["error"]
    if check_mode:
        return "would_change", None
    return ("changed", None) if outcome.get("changed") else ("in_sync", None)


def build_report(plan, batch=None, check_mode=False, generated_at=None):
    """Merge the plan with the azure_pec_batch results into the report dict (schema_version 1).

    `batch` is the module's registered result (or None when there was nothing to change). Connections the batch
    found already in the desired state (someone changed them meanwhile) count as in_sync.
    """
    if not isinstance(plan, dict) or "decisions" not in plan:
        raise ReportError("pec_approval_report: expected the output of pec_approval_plan, got %r"
                          % (type(plan).__name__,))
    outcomes = {}
    for outcome in (batch or {}).get("results") or []:
        outcomes[str(outcome.get("connection_id", "")).lower()] = outcome
    connections = []
    for decision in plan["decisions"]:
        entry = dict(decision)
        outcome = outcomes.get(str(decision["connection_id"]).lower())
        entry["result"], entry["error"] = _result_after_run(decision, outcome, bool(check_mode))
        if entry["result"] == "in_sync" and decision["result"] == "pending":
            entry["reason"] = "already in the desired state when the change was due"
        entry["final_source"] = (source_text(RESOURCE_PROVIDER, outcome.get("read_at")) if outcome
                                 and outcome.get("read_at") else entry.get("current_source"))
        if outcome and outcome.get("status"):
            entry["final_status"] = outcome["status"]
        elif entry["result"] == "changed":
            entry["final_status"] = entry["desired_status"]
        else:
            entry["final_status"] = entry["current_status"]
        entry["seconds"] = outcome.get("seconds") if outcome else None
        # Drift found at the start of the run, and whether the run left it in place.
        entry["drift"] = entry["action"] != "none"
        entry["drift_remaining"] = entry["drift"] and entry["result"] not in ("changed", "in_sync", "gone")
        connections.append(entry)
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": generated_at,
        "check_mode": bool(check_mode),
        "scope": plan.get("scope"),
        "rules": list(plan.get("rules") or []),
        "safety_valve": dict(plan["safety_valve"]),
        "batch": _batch_timing(batch),
        "discovery": plan.get("discovery"),
        "warnings": list(plan.get("warnings") or []),
        "errors": list(plan.get("errors") or []),
        "summary": _summary(connections, plan.get("errors") or []),
        "connections": connections,
    }


def merge_reports(reports):
    """One report from the reports of several hosts (the role run per host): connections each once, counts summed.

    A connection in two hosts' reports (overlapping scopes) is kept once, from the first report that has it.
    """
    if not isinstance(reports, (list, tuple)) or not reports:
        raise ReportError("pec_approval_report_merge: expected a non-empty list of reports")
    for report in reports:
        require_report(report, "pec_approval_report_merge")
    connections, seen = [], set()
    for report in reports:
        for entry in report["connections"]:
            key = str(entry["connection_id"]).lower()
            if key not in seen:
                seen.add(key)
                connections.append(entry)
    valves = [report["safety_valve"] for report in reports]
    batches = [report["batch"] for report in reports if report.get("batch")]
    errors = [error for report in reports for error in report.get("errors") or []]
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": max((report.get("generated_at") or "" for report in reports), default="") or None,
        "check_mode": any(report["check_mode"] for report in reports),
        "scope": _merged_scope(reports),
        "rules": list(dict.fromkeys(name for report in reports for name in report["rules"])),
        "safety_valve": {
            "limit": min(valve["limit"] for valve in valves),
            "destructive_changes": sum(valve["destructive_changes"] for valve in valves),
            "tripped": any(valve["tripped"] for valve in valves),
            "examples": [example for valve in valves for example in valve["examples"]][:5],
        },
        "batch": {"changes": sum(batch["changes"] for batch in batches),
                  "seconds": max((batch["seconds"] or 0 for batch in batches), default=0),
                  "longest_chain": max((batch["longest_chain"] or 0 for batch in batches), default=0),
                  "paced_seconds": round(sum(batch.get("paced_seconds") or 0.0 for batch in batches), 3),
                  "throttled_answers": sum(batch.get("throttled_answers") or 0 for batch in batches)}
        if batches else None,
        "warnings": list(dict.fromkeys(warning for report in reports for warning in report["warnings"])),
        "discovery": next((report["discovery"] for report in reports if report.get("discovery")), None),
        "errors": errors,
        "summary": _summary(connections, errors),
        "connections": connections,
    }


def _merged_scope(reports):
    """The hosts' scopes together: each option's items, each once, in the order the hosts had them."""
    scopes = [report.get("scope") for report in reports if report.get("scope")]
    if not scopes:
        return None
    return {name: list(dict.fromkeys(item for scope in scopes for item in scope.get(name) or []))
            for name in dict.fromkeys(name for scope in scopes for name in scope)}


def drift(report, limit=_defaults.DRIFT_LIMIT):
    """The connections with drift, most urgent first (failed, then left in place, then corrected), at most `limit`.

    Small entries for AWX artifacts and notifications: where, which rule, from what to what, the result.
    """
    require_report(report, "pec_approval_drift")
    order = {"failed": 0, "blocked": 1, "refused": 2, "would_change": 3, "changed": 4, "gone": 5, "in_sync": 6}
    drifting = sorted((e for e in report["connections"] if e["drift"]), key=lambda e: order.get(e["result"], 9))
    return [{"resource": "%s/%s" % (e["resource_group"], e["resource_name"]), "resource_type": e["resource_type"],
             "subscription_id": e["subscription_id"], "connection": e["connection_name"],
             "private_endpoint_id": e["private_endpoint_id"], "current_status": e["current_status"],
             "desired_status": e["desired_status"], "action": e["action"], "rule": e["rule"],
             "result": e["result"], "error": (e.get("error") or {}).get("message")}
            for e in drifting[:max(0, int(limit))]]


def _batch_timing(batch):
    """How long the apply step took and its longest per-resource chain (null when nothing was applied)."""
    if not batch or "results" not in batch:
        return None
    pacing = batch.get("pacing") or {}
    return {"changes": len(batch["results"]), "seconds": batch.get("seconds"),
            "longest_chain": batch.get("longest_chain"), "paced_seconds": pacing.get("waited_seconds", 0.0),
            "throttled_answers": pacing.get("throttled_answers", 0)}


def _summary(connections, errors=()):
    by_action = {name: 0 for name in ACTION_NAMES}
    by_result = {name: 0 for name in RESULT_NAMES}
    for entry in connections:
        by_action[entry["action"]] += 1
        by_result[entry["result"]] += 1
    return {
        "connections": len(connections),
        "resources": len({str(e["resource_id"]).lower() for e in connections}),
        "drift": sum(1 for e in connections if e["drift"]),
        "drift_remaining": sum(1 for e in connections if e["drift_remaining"]),
        "unmatched": sum(1 for e in connections if e["rule"] is None),
        "read_errors": len(errors),
        "by_action": by_action,
        "by_result": by_result,
    }


def require_report(report, who):
    if not isinstance(report, dict) or report.get("schema_version") != SCHEMA_VERSION:
        raise ReportError("%s: expected the output of pec_approval_report (schema_version %d)"
                          % (who, SCHEMA_VERSION))


def render_json(report):
    """The JSON report: the report dict itself, keys sorted, indented by 2 (``_json_text``: json.dumps's text)."""
    return indented_json(report) + "\n"


def history_runs(history, who):
    """Earlier runs from a history file's text ('' or None: none) or a list of earlier JSON reports."""
    if history is None or isinstance(history, str):
        try:
            return parse_history(history, "the report history (pec_approval_report_history_file)")
        except HistoryError as exc:
            raise ReportError("%s: %s" % (who, exc))
    if isinstance(history, (list, tuple)):
        try:
            return check_runs(list(history))
        except HistoryError as exc:
            raise ReportError("%s: %s" % (who, exc))
    raise ReportError("%s: history must be a history file's text or a list of earlier reports, got %s"
                      % (who, type(history).__name__))


def new_history(history, report, keep=_defaults.REPORT_HISTORY_RUNS):
    """The history file's new text: the earlier runs plus this one, at most `keep` runs."""
    require_report(report, "pec_approval_report_history")
    runs = history_runs(history, "pec_approval_report_history")
    try:
        return add_run(runs, report, keep)
    except HistoryError as exc:
        raise ReportError("pec_approval_report_history: %s (pec_approval_report_history_runs)" % exc)


def summary_lines(report):
    """The few lines printed at the end of the play."""
    require_report(report, "pec_approval_summary")
    summary = report["summary"]
    lines = ["%s: %d connections on %d resources, %d with drift, %d matched no rule" % (
        "check mode" if report["check_mode"] else "applied", summary["connections"], summary["resources"],
        summary["drift"], summary["unmatched"])]
    lines.append("by action: " + ", ".join("%s=%d" % kv for kv in summary["by_action"].items()))
    lines.append("by result: " + ", ".join("%s=%d" % kv for kv in summary["by_result"].items()))
    read = discovery_text(report.get("discovery"))
    if read:
        lines.append(read)
    if report["safety_valve"]["tripped"]:
        lines.append("SAFETY VALVE TRIPPED: %(destructive_changes)d rejections/removals planned, limit %(limit)d"
                     % report["safety_valve"])
    lines.extend("warning: %s" % w for w in report["warnings"])
    lines.extend("not read: %s" % e["msg"] for e in report.get("errors") or [])
    return lines

# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Drift reports of the pec_approval role: one report dict, rendered as JSON, Markdown, JUnit XML and HTML.

The report dict follows roles/pec_approval/files/report.schema.json (`schema_version` 1, documented in
docs/role.md). Rendering lives in Python rather than Jinja so that escaping (Markdown pipes, XML, HTML) is done
right. The Markdown and HTML pages and the report history live in plugins/plugin_utils/ (controller side) so that
an action plugin can render them too; the filters here only check their input.
"""

from __future__ import annotations

import json
from xml.etree import ElementTree

from ansible.errors import AnsibleFilterError
from ansible_collections.privatelink.azure.plugins.module_utils._discovery import RESOURCE_PROVIDER
from ansible_collections.privatelink.azure.plugins.module_utils._types import row_for
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_history import (
    HistoryError, add_run, parse_history)
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_html import render_html
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_markdown import render_markdown
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_text import (
    ACTION_NAMES, RESULT_NAMES, action_label, discovery_text, problem_text, source_text)

SCHEMA_VERSION = 1


def _type_key(resource_type):
    """The type's first name in the type table (keyvault, managed_hsm, storage), a spelling users write in the
    options too, for JUnit class names, which CI tools split on dots."""
    row = row_for(resource_type)
    return row.names[0] if row is not None and row.names else "resource"


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


def pec_approval_report(plan, batch=None, check_mode=False, generated_at=None):
    """Merge the plan with the azure_pec_batch results into the report dict (schema_version 1).

    `batch` is the module's registered result (or None when there was nothing to change). Connections the batch
    found already in the desired state (someone changed them meanwhile) count as in_sync.
    """
    if not isinstance(plan, dict) or "decisions" not in plan:
        raise AnsibleFilterError("pec_approval_report: expected the output of pec_approval_plan, got %r"
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


def pec_approval_report_merge(reports):
    """One report from the reports of several hosts (the role run per host): connections each once, counts summed.

    A connection in two hosts' reports (overlapping scopes) is kept once, from the first report that has it.
    """
    if not isinstance(reports, (list, tuple)) or not reports:
        raise AnsibleFilterError("pec_approval_report_merge: expected a non-empty list of reports")
    for report in reports:
        _require_report(report, "pec_approval_report_merge")
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


def pec_approval_drift(report, limit=100):
    """The connections with drift, most urgent first (failed, then left in place, then corrected), at most `limit`.

    Small entries for AWX artifacts and notifications: where, which rule, from what to what, the result.
    """
    _require_report(report, "pec_approval_drift")
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


def _require_report(report, who):
    if not isinstance(report, dict) or report.get("schema_version") != SCHEMA_VERSION:
        raise AnsibleFilterError("%s: expected the output of pec_approval_report (schema_version %d)"
                                 % (who, SCHEMA_VERSION))


def pec_approval_report_json(report):
    _require_report(report, "pec_approval_report_json")
    return json.dumps(report, indent=2, sort_keys=True) + "\n"


def pec_approval_report_markdown(report):
    """The Markdown report (plugins/plugin_utils/_report_markdown.py), drift first."""
    _require_report(report, "pec_approval_report_markdown")
    return render_markdown(report)


def pec_approval_report_junit(report):
    """JUnit XML: one testsuite per resource, one testcase per connection; remaining drift is a failure."""
    _require_report(report, "pec_approval_report_junit")
    suites = {}
    for entry in report["connections"]:
        suites.setdefault(entry["resource_id"], []).append(entry)
    root = ElementTree.Element("testsuites", name="pec_approval")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for resource_id, entries in suites.items():
        suite = ElementTree.SubElement(root, "testsuite", name=str(resource_id))
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        for entry in entries:
            counts["tests"] += 1
            type_key = _type_key(entry["resource_type"])
            case = ElementTree.SubElement(
                suite, "testcase", name=str(entry["connection_name"]),
                classname="%s.%s.%s" % (type_key, entry["resource_group"], entry["resource_name"]))
            kind = _junit_kind(entry)
            if kind == "error":
                counts["errors"] += 1
                element = ElementTree.SubElement(case, "error", type=entry["action"],
                                                 message=problem_text(entry))
                element.text = problem_text(entry)
            elif kind == "failure":
                counts["failures"] += 1
                message = "%s -> %s: %s" % (entry["current_status"], entry["desired_status"],
                                            entry.get("reason") or action_label(entry))
                element = ElementTree.SubElement(case, "failure", type=entry["action"], message=message)
                element.text = "rule: %s" % entry["rule"]
            elif kind == "skipped":
                counts["skipped"] += 1
                ElementTree.SubElement(case, "skipped", message="no rule matched; kept as %s"
                                       % entry["current_status"])
            out = ElementTree.SubElement(case, "system-out")
            out.text = "private endpoint: %s\nstatus: %s\nrule: %s\naction: %s\nresult: %s" % (
                entry["private_endpoint_id"], entry["current_status"], entry["rule"], entry["action"],
                entry["result"])
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    if report.get("errors"):
        suite = ElementTree.SubElement(root, "testsuite", name="scope", tests=str(len(report["errors"])),
                                       failures="0", errors=str(len(report["errors"])), skipped="0")
        for error in report["errors"]:
            case = ElementTree.SubElement(suite, "testcase", name=str(error["scope"]), classname="scope.read")
            ElementTree.SubElement(case, "error", type="read", message=str(error["msg"])).text = str(error["msg"])
        totals["tests"] += len(report["errors"])
        totals["errors"] += len(report["errors"])
    for key, value in totals.items():
        root.set(key, str(value))
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _junit_kind(entry):
    if entry["result"] == "failed":
        return "error"
    if entry["drift_remaining"]:
        return "failure"  # drift left in place: check mode, refused, blocked by the safety valve
    if entry["rule"] is None:
        return "skipped"
    return "passed"


def _history_runs(history, who):
    """Earlier runs from a history file's text ('' or None: none) or a list of earlier JSON reports."""
    if history is None or isinstance(history, str):
        try:
            return parse_history(history, "the report history (pec_approval_report_history_file)")
        except HistoryError as exc:
            raise AnsibleFilterError("%s: %s" % (who, exc))
    if isinstance(history, (list, tuple)):
        return list(history)
    raise AnsibleFilterError("%s: history must be a history file's text or a list of earlier reports, got %s"
                             % (who, type(history).__name__))


def pec_approval_report_html(report, history=None):
    """The self-contained HTML page; `history`: the history file's text or earlier reports, oldest first."""
    _require_report(report, "pec_approval_report_html")
    try:
        return render_html(report, _history_runs(history, "pec_approval_report_html"))
    except HistoryError as exc:
        raise AnsibleFilterError("pec_approval_report_html: %s" % exc)


def pec_approval_report_history(history, report, keep=10):
    """The history file's new text: the earlier runs plus this one, at most `keep` runs."""
    _require_report(report, "pec_approval_report_history")
    runs = _history_runs(history, "pec_approval_report_history")
    try:
        return add_run(runs, report, keep)
    except HistoryError as exc:
        raise AnsibleFilterError("pec_approval_report_history: %s (pec_approval_report_history_runs)" % exc)


def pec_approval_summary(report):
    """The few lines printed at the end of the play."""
    _require_report(report, "pec_approval_summary")
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


class FilterModule(object):
    """Report filters of the pec_approval role."""

    def filters(self):
        return {
            "pec_approval_report": pec_approval_report,
            "pec_approval_report_json": pec_approval_report_json,
            "pec_approval_report_markdown": pec_approval_report_markdown,
            "pec_approval_report_junit": pec_approval_report_junit,
            "pec_approval_report_html": pec_approval_report_html,
            "pec_approval_report_history": pec_approval_report_history,
            "pec_approval_report_merge": pec_approval_report_merge,
            "pec_approval_drift": pec_approval_drift,
            "pec_approval_summary": pec_approval_summary,
        }

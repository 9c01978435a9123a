# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Drift reports of the pec_approval role: one report dict, rendered as JSON, Markdown and JUnit XML.

The report dict follows roles/pec_approval/files/report.schema.json (`schema_version` 1, documented in
docs/role.md). Rendering lives here rather than in Jinja so that escaping (Markdown pipes, XML) is done right.
"""

from __future__ import annotations

import json
from xml.etree import ElementTree

from ansible.errors import AnsibleFilterError

SCHEMA_VERSION = 1
CHANGE_ACTIONS = ("approve", "reject", "remove")
ACTION_NAMES = CHANGE_ACTIONS + ("none", "refused")
RESULT_NAMES = ("in_sync", "would_change", "changed", "failed", "refused", "blocked")

# Short type names for JUnit class names, which CI tools split on dots (package.class).
_TYPE_KEYS = {
    "microsoft.keyvault/vaults": "keyvault",
    "microsoft.keyvault/managedhsms": "managedhsm",
    "microsoft.storage/storageaccounts": "storage",
}
_TYPE_LABELS = {
    "microsoft.keyvault/vaults": "Key Vault",
    "microsoft.keyvault/managedhsms": "Managed HSM",
    "microsoft.storage/storageaccounts": "Storage account",
}


def _result_after_run(decision, outcome, check_mode):
    """The final result of a decision that was due for a change, given the batch module's outcome."""
    if decision["result"] != "pending":
        return decision["result"], None
    if outcome is None:
        # The batch did not return this change: only possible when it never ran.
        return ("would_change", None) if check_mode else ("failed", {"message": "the change was not attempted"})
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
        if outcome and outcome.get("status"):
            entry["final_status"] = outcome["status"]
        elif entry["result"] == "changed":
            entry["final_status"] = entry["desired_status"]
        else:
            entry["final_status"] = entry["current_status"]
        entry["seconds"] = outcome.get("seconds") if outcome else None
        # Drift found at the start of the run, and whether the run left it in place.
        entry["drift"] = entry["action"] != "none"
        entry["drift_remaining"] = entry["drift"] and entry["result"] not in ("changed", "in_sync")
        connections.append(entry)
    return {
        "schema_version": SCHEMA_VERSION,
        "generated_at": generated_at,
        "check_mode": bool(check_mode),
        "rules": list(plan.get("rules") or []),
        "safety_valve": dict(plan["safety_valve"]),
        "batch": _batch_timing(batch),
        "warnings": list(plan.get("warnings") or []),
        "summary": _summary(connections),
        "connections": connections,
    }


def _batch_timing(batch):
    """How long the apply step took and its longest per-resource chain (null when nothing was applied)."""
    if not batch or "results" not in batch:
        return None
    return {"changes": len(batch["results"]), "seconds": batch.get("seconds"),
            "longest_chain": batch.get("longest_chain")}


def _summary(connections):
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


def _resource_label(entry):
    label = _TYPE_LABELS.get(str(entry["resource_type"]).lower(), entry["resource_type"])
    return "%s (%s, %s)" % (entry["resource_name"], label, entry["resource_group"])


def _md_cell(value):
    """A Markdown table cell: pipes escaped, line breaks flattened, backslashes kept literal."""
    text = "" if value is None else str(value)
    text = text.replace("\\", "\\\\").replace("|", "\\|")
    return " ".join(text.split())


_PAST_TENSE = {"approve": "approved", "reject": "rejected", "remove": "removed"}


def _action_label(entry):
    if entry["result"] == "would_change":
        return "would %s" % entry["action"]
    if entry["result"] == "changed":
        return _PAST_TENSE[entry["action"]]
    if entry["result"] in ("failed", "blocked"):
        return "%s (%s)" % (entry["action"], entry["result"])
    if entry["result"] == "refused":
        return "refused"
    return "none"


def pec_approval_report_markdown(report):
    _require_report(report, "pec_approval_report_markdown")
    summary = report["summary"]
    lines = [
        "# Private endpoint connection drift report",
        "",
        "%s, %s: %d connections on %d resources, %d with drift, %d matched no rule."
        % (report.get("generated_at") or "", "check mode (no change made)" if report["check_mode"] else "applied",
           summary["connections"], summary["resources"], summary["drift"], summary["unmatched"]),
        "",
        "Actions: %s. Results: %s." % (
            ", ".join("%s %d" % (k, v) for k, v in summary["by_action"].items()),
            ", ".join("%s %d" % (k, v) for k, v in summary["by_result"].items())),
        "",
    ]
    valve = report["safety_valve"]
    if valve["tripped"]:
        lines += ["**Safety valve tripped:** %d connections would be rejected or removed, the limit is %d. "
                  "Nothing was changed." % (valve["destructive_changes"], valve["limit"]), ""]
    for warning in report["warnings"]:
        lines += ["Warning: %s" % _md_cell(warning), ""]
    lines += [
        "| Resource | Connection | Private endpoint | Current status | Desired status | Action | Rule |",
        "|---|---|---|---|---|---|---|",
    ]
    for entry in report["connections"]:
        rule = entry["rule"] if entry["rule"] is not None else "(no rule matched)"
        lines.append("| %s |" % " | ".join(_md_cell(cell) for cell in (
            _resource_label(entry), entry["connection_name"], entry["private_endpoint_id"],
            entry["current_status"], entry["desired_status"], _action_label(entry), rule)))
    notes = [e for e in report["connections"] if e.get("error") or e["result"] == "refused"]
    if notes:
        lines += ["", "## Problems", ""]
        for entry in notes:
            lines.append("- %s / %s: %s" % (_md_cell(entry["resource_name"]), _md_cell(entry["connection_name"]),
                                            _md_cell(_problem_text(entry))))
    return "\n".join(lines) + "\n"


def _problem_text(entry):
    error = entry.get("error")
    if not error:
        return entry.get("reason") or entry["result"]
    parts = [error.get("message") or "failed"]
    if error.get("code"):
        parts.insert(0, error["code"] + ":")
    if error.get("request_id"):
        parts.append("(x-ms-request-id %s)" % error["request_id"])
    return " ".join(parts)


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
            type_key = _TYPE_KEYS.get(str(entry["resource_type"]).lower(), "resource")
            case = ElementTree.SubElement(
                suite, "testcase", name=str(entry["connection_name"]),
                classname="%s.%s.%s" % (type_key, entry["resource_group"], entry["resource_name"]))
            kind = _junit_kind(entry)
            if kind == "error":
                counts["errors"] += 1
                element = ElementTree.SubElement(case, "error", type=entry["action"],
                                                 message=_problem_text(entry))
                element.text = _problem_text(entry)
            elif kind == "failure":
                counts["failures"] += 1
                message = "%s -> %s: %s" % (entry["current_status"], entry["desired_status"],
                                            entry.get("reason") or _action_label(entry))
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


def pec_approval_summary(report):
    """The few lines printed at the end of the play."""
    _require_report(report, "pec_approval_summary")
    summary = report["summary"]
    lines = ["%s: %d connections on %d resources, %d with drift, %d matched no rule" % (
        "check mode" if report["check_mode"] else "applied", summary["connections"], summary["resources"],
        summary["drift"], summary["unmatched"])]
    lines.append("by action: " + ", ".join("%s=%d" % kv for kv in summary["by_action"].items()))
    lines.append("by result: " + ", ".join("%s=%d" % kv for kv in summary["by_result"].items()))
    if report["safety_valve"]["tripped"]:
        lines.append("SAFETY VALVE TRIPPED: %(destructive_changes)d rejections/removals planned, limit %(limit)d"
                     % report["safety_valve"])
    lines.extend("warning: %s" % w for w in report["warnings"])
    return lines


class FilterModule(object):
    """Report filters of the pec_approval role."""

    def filters(self):
        return {
            "pec_approval_report": pec_approval_report,
            "pec_approval_report_json": pec_approval_report_json,
            "pec_approval_report_markdown": pec_approval_report_markdown,
            "pec_approval_report_junit": pec_approval_report_junit,
            "pec_approval_summary": pec_approval_summary,
        }

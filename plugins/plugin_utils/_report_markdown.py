# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The Markdown drift report, drift first (entry point: the filter pec_approval_report_markdown, or
``render_markdown(report)`` for a controller-side plugin)."""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.plugin_utils._report_text import (
    PROBLEM_EXAMPLES, action_label, by_resource, discovery_text, needs_attention, nonzero, problem_groups,
    read_from_label, resource_label, rule_label, service_rows, tags_text, why_text)


def render_markdown(report, services=None):
    """Drift first: the summary, then only the connections that drift or failed (grouped by resource), in-sync
    connections as counts per resource, and refusals/failures collapsed by cause with a count and examples.
    `services`: the report's ``service_rows``, when the caller has them already (it renders HTML too)."""
    lines = ["# Private endpoint connection drift report", ""] + _md_headline(report)
    lines += _md_summary(services or service_rows(report))
    lines += _md_attention(report["connections"])
    lines += _md_in_sync(report["connections"])
    lines += _md_problems(report["connections"])
    return "\n".join(lines) + "\n"


def _md_cell(value):
    """Markdown text from another tenant kept literal: backslashes and pipes escaped, '<' as an entity (no raw
    HTML reaches a renderer that allows it), line breaks flattened (one table cell, one list item)."""
    text = "" if value is None else str(value)
    text = text.replace("\\", "\\\\").replace("|", "\\|").replace("<", "&lt;")
    return " ".join(text.split())


def _md_row(*cells):
    return "| %s |" % " | ".join(_md_cell(cell) for cell in cells)


def _md_headline(report):
    summary = report["summary"]
    lines = ["%s, %s: %d connections on %d resources; drift found on %d, left on %d; %d matched no rule." % (
        report.get("generated_at") or "", "check mode (no change made)" if report["check_mode"] else "applied",
        summary["connections"], summary["resources"], summary["drift"], summary["drift_remaining"],
        summary["unmatched"]), ""]
    valve = report["safety_valve"]
    if valve["tripped"]:
        lines += ["**Safety valve tripped:** %d connections would be rejected or removed, the limit is %d. "
                  "Nothing was changed." % (valve["destructive_changes"], valve["limit"]), ""]
    read = discovery_text(report.get("discovery"))
    if read:
        lines += [_md_cell(read), ""]
    for warning in report["warnings"]:
        lines += ["Warning: %s" % _md_cell(warning), ""]
    for error in report.get("errors") or []:  # parts of the scope that could not be read
        lines += ["**Not read:** %s" % _md_cell(error.get("msg")), ""]
    return lines


def _md_summary(services):
    rows, total = services
    lines = ["## Summary", "",
             "| Service | Subscription | Resources | Connections | Drift found | Drift left | Actions | Results |",
             "|---|---|---:|---:|---:|---:|---|---|"]
    for row in rows + ([total] if len(rows) > 1 else []):
        lines.append(_md_row(row["service"], row["subscription"], row["resources"], row["connections"],
                             row["drift"], row["drift_remaining"], nonzero(row["by_action"]),
                             nonzero(row["by_result"])))
    return lines + [""]


def _md_attention(connections):
    flagged = [entry for entry in connections if needs_attention(entry)]
    groups = by_resource(flagged)
    lines = ["## Drift and failures: %d connections on %d resources" % (len(flagged), len(groups)), ""]
    if not flagged:
        return lines + ["None: every connection matches the policy.", ""]
    for entries in groups:
        tags = tags_text(entries[0])
        lines += ["### %s" % _md_cell(resource_label(entries[0])), ""]
        if tags:
            lines += ["Tags: %s" % _md_cell(tags), ""]
        lines += ["| Connection | Private endpoint | Status | Desired | Action | Rule | Earlier rules: first condition "
                  "that failed | Request message | Description to write | Read from |",
                  "|---|---|---|---|---|---|---|---|---|---|"]
        for entry in entries:
            lines.append(_md_row(entry["connection_name"], entry["private_endpoint_id"], entry["current_status"],
                                 entry["desired_status"], action_label(entry), rule_label(entry), why_text(entry),
                                 entry.get("request_message"), entry.get("description"), read_from_label(entry)))
        lines.append("")
    return lines


def _md_in_sync(connections):
    groups = [[e for e in entries if not needs_attention(e)] for entries in by_resource(connections)]
    groups = [entries for entries in groups if entries]
    count = sum(len(entries) for entries in groups)
    lines = ["## In sync: %d connections on %d resources" % (count, len(groups)), ""]
    if not groups:
        return lines + ["None.", ""]
    lines += ["| Resource | Tags | In sync | Matched no rule (kept) |", "|---|---|---:|---:|"]
    for entries in groups:
        lines.append(_md_row(resource_label(entries[0]), tags_text(entries[0]), len(entries),
                             sum(1 for e in entries if e["rule"] is None)))
    return lines + [""]


def _md_problems(connections):
    groups = problem_groups(connections)
    if not groups:
        return []
    lines = ["## Problems", ""]
    for group in groups:
        examples = ", ".join("%s / %s%s" % (entry["resource_name"], entry["connection_name"], _md_request_id(entry))
                             for entry in group["entries"][:PROBLEM_EXAMPLES])
        more = group["count"] - PROBLEM_EXAMPLES
        lines.append(_md_cell("- %s %dx: %s%s. %s: %s%s" % (
            group["result"], group["count"], "%s: " % group["code"] if group["code"] else "", group["message"],
            "Example" if group["count"] == 1 else "Examples", examples,
            " and %d more (all in the JSON report)" % more if more > 0 else "")))
    return lines + [""]


def _md_request_id(entry):
    request_id = (entry.get("error") or {}).get("request_id")
    return " (x-ms-request-id %s)" % request_id if request_id else ""

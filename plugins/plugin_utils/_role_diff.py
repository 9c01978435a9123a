# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""What ``--diff`` shows for a run of the pec_approval role: one Ansible diff per connection that changes.

Controller side only (the action of pec_approval_reports). It reads the role's result (the report dict built from
the plan and the batch results), never a rendered report. A connection counts when the run changed it, or in check
mode would change it; the first ``limit`` get a diff each, the rest one line with their count and the report's path.
"""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.module_utils._types import ABSENT

# Results of a report entry whose connection the run changed (or, in check mode, would change).
CHANGING_RESULTS = ("changed", "would_change")


def changing_entries(report):
    """The report entries of the connections this run changed or would change, in the report's order."""
    return [entry for entry in report["connections"] if entry["result"] in CHANGING_RESULTS]


def _text(status, entry, description):
    if status == ABSENT:
        return ""  # a removed connection: every line goes
    lines = ["status: %s" % status, "private_endpoint: %s" % entry["private_endpoint_id"]]
    if description:
        lines.append("description: %s" % description)
    return "\n".join(lines) + "\n"


def connection_diff(entry):
    """One Ansible diff (before/after with headers) for one changing report entry."""
    after_status = entry.get("final_status") if entry["result"] == "changed" else entry["desired_status"]
    if entry["result"] == "changed" and entry["action"] == "remove":
        after_status = ABSENT
    described = entry.get("description")
    return {
        "before_header": "%s %s/%s/%s, connection %s" % (
            entry["resource_type"], entry["subscription_id"], entry["resource_group"], entry["resource_name"],
            entry["connection_name"]),
        "after_header": "rule %s (%s%s)" % (entry["rule"], entry["action"],
                                            ", check mode" if entry["result"] == "would_change" else ""),
        "before": _text(entry["current_status"], entry, entry.get("current_description") if described else None),
        "after": _text(after_status, entry, described),
    }


def role_diff(report, limit, report_path):
    """The task's ``diff`` list: a diff for each of the first `limit` changing connections, then one line for the
    rest that names their count and where the full list is."""
    changing = changing_entries(report)
    limit = max(0, int(limit))
    diffs = [connection_diff(entry) for entry in changing[:limit]]
    left = len(changing) - len(diffs)
    if left:
        verb = "would change" if report.get("check_mode") else "changed"
        diffs.append({"prepared": "... and %d more connection(s) %s (diff_limit %d); every one is in the report %s\n"
                                  % (left, verb, limit, report_path)})
    return diffs

# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""What the Markdown and HTML drift reports say about a report entry, worked out once for both.

Controller side only (filters and action plugins import it). Plain text: each renderer escapes it its own way.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import compress
from operator import itemgetter

from ansible_collections.privatelink.azure.plugins.module_utils._types import row_for

CHANGE_ACTIONS = ("approve", "reject", "remove")
ACTION_NAMES = CHANGE_ACTIONS + ("none", "refused")
RESULT_NAMES = ("in_sync", "would_change", "changed", "gone", "failed", "refused", "blocked")
_PAST_TENSE = {"approve": "approved", "reject": "rejected", "remove": "removed"}
PROBLEM_EXAMPLES = 3  # examples quoted for a collapsed group of identical problems


def type_label(entry):
    """'Key Vault' for Microsoft.KeyVault/vaults (the descriptor's label); the ARM type when unknown."""
    row = row_for(entry["resource_type"])
    return row.label if row is not None else str(entry["resource_type"])


def resource_label(entry):
    return "%s (%s, %s)" % (entry["resource_name"], type_label(entry), entry["resource_group"])


def tags_text(entry):
    """The resource's tags as read, 'env=prod, team=payments' ('' when it has none; 'not known' when not read)."""
    tags = entry.get("resource_tags")
    if tags is None:
        return "not known" if "resource_tags" in entry else ""
    return ", ".join("%s=%s" % (name, "" if value is None else value) for name, value in sorted(tags.items()))


def why_text(entry, separator="; "):
    """Why the rules before the deciding one did not match: 'rule-a: tag env: missing; rule-b: status: ...'."""
    return separator.join("%s: %s" % (item["rule"], item["condition"])
                          for item in entry.get("rules_not_matched") or [])


def rule_label(entry):
    return entry["rule"] if entry["rule"] is not None else "(no rule matched)"


def action_label(entry):
    """What the run did about the connection, in words: 'approved', 'would reject', 'remove (failed)'."""
    if entry["result"] == "would_change":
        return "would %s" % entry["action"]
    if entry["result"] == "changed":
        return _PAST_TENSE[entry["action"]]
    if entry["result"] in ("failed", "blocked"):
        return "%s (%s)" % (entry["action"], entry["result"])
    if entry["result"] == "refused":
        return "refused"
    return "none"


def needs_attention(entry):
    """Drift found (corrected or not) or a failure: what the reports list one by one."""
    return bool(entry["drift"]) or entry["result"] == "failed"


def problem_text(entry):
    """One line for a refusal or failure: 'Code: message (x-ms-request-id ...)'."""
    error = entry.get("error")
    if not error:
        return entry.get("reason") or entry["result"]
    parts = [error.get("message") or "failed"]
    if error.get("code"):
        parts.insert(0, error["code"] + ":")
    if error.get("request_id"):
        parts.append("(x-ms-request-id %s)" % error["request_id"])
    return " ".join(parts)


def problem_groups(connections):
    """Refusals and failures grouped by what went wrong: result, error code and the message with the entry's own
    names and request id taken out (so that 140 failures of one cause are one group, not 140).

    Returns a list of dicts, most frequent first: ``result``, ``code``, ``message`` (the shared text, names as
    ``<connection>``, ``<resource>``...), ``count`` and ``entries`` (every entry of the group, in report order).
    """
    groups = {}
    for entry in connections:
        if not (entry.get("error") or entry["result"] == "refused"):
            continue
        error = entry.get("error") or {}
        message = generic_message(entry, error.get("message") or entry.get("reason") or entry["result"])
        key = (entry["result"], error.get("code") or "", message)
        groups.setdefault(key, []).append(entry)
    ordered = sorted(groups.items(), key=lambda item: -len(item[1]))
    return [{"result": key[0], "code": key[1], "message": key[2], "count": len(entries), "entries": entries}
            for key, entries in ordered]


_OWN_VALUES = (("request id", lambda e: (e.get("error") or {}).get("request_id")),
               ("connection", lambda e: e.get("connection_name")),
               ("private endpoint", lambda e: e.get("private_endpoint_name")),
               ("resource", lambda e: e.get("resource_name")),
               ("resource group", lambda e: e.get("resource_group")))


def generic_message(entry, message):
    """The message with this entry's own request id and names (whole words only) replaced by placeholders."""
    values = [(str(value(entry)), name) for name, value in _OWN_VALUES if value(entry)]
    for text, name in sorted(values, key=lambda pair: -len(pair[0])):
        # Most messages name none of them: no pattern to build (and compile: one per entry and value) for those.
        if text in message:
            message = re.sub(r"(?<![\w.-])%s(?![\w.-])" % re.escape(text), "<%s>" % name, message)
    return message


def in_order(counts, names):
    """Counts by name in the reports' order (a JSON report read back has its keys sorted), unknown names last."""
    ordered = {name: counts.get(name, 0) for name in names}
    ordered.update((name, count) for name, count in counts.items() if name not in ordered)
    return ordered


def service_rows(report):
    """Counts by action and by result per (service label, subscription), in a stable order, plus a total row.

    Each row: ``service``, ``subscription``, ``resources``, ``connections``, ``drift``, ``drift_remaining``,
    ``by_action`` and ``by_result`` (name -> count, every name of the summary, zeros included). Worked out once
    per report for both renderers; counted column by column (Counter, compress: each a loop in C).
    """
    action_names = list(in_order(report["summary"]["by_action"], ACTION_NAMES))
    result_names = list(in_order(report["summary"]["by_result"], RESULT_NAMES))
    connections = report["connections"]
    types = list(map(itemgetter("resource_type"), connections))
    labels = {resource_type: type_label({"resource_type": resource_type}) for resource_type in set(types)}
    keys = list(zip(map(labels.__getitem__, types), map(str, map(itemgetter("subscription_id"), connections))))
    resources = list(map(str.lower, map(str, map(itemgetter("resource_id"), connections))))
    counted = {
        "resources": Counter(key for key, _resource in set(zip(keys, resources))),
        "connections": Counter(keys),
        "drift": Counter(compress(keys, map(itemgetter("drift"), connections))),
        "drift_remaining": Counter(compress(keys, map(itemgetter("drift_remaining"), connections))),
        "by_action": Counter(zip(keys, map(itemgetter("action"), connections))),
        "by_result": Counter(zip(keys, map(itemgetter("result"), connections))),
    }

    def row(service, subscription):
        return {"service": service, "subscription": subscription, "resources": 0, "connections": 0, "drift": 0,
                "drift_remaining": 0, "by_action": dict.fromkeys(action_names, 0),
                "by_result": dict.fromkeys(result_names, 0)}

    rows = {key: row(*key) for key in sorted(counted["connections"])}
    total = row("all", "all")
    for field in ("connections", "drift", "drift_remaining", "resources"):
        for key, count in counted[field].items():
            rows[key][field] += count
            total[field] += count
    total["resources"] = len(set(resources))
    for field in ("by_action", "by_result"):
        for (key, name), count in counted[field].items():
            rows[key][field][name] += count  # a name the summary does not have: KeyError, as a bad report deserves
            total[field][name] += count
    return list(rows.values()), total


def nonzero(counts):
    """'approve 4, none 3' (names with a zero count left out; '-' when all are zero)."""
    text = ", ".join("%s %d" % (name.replace("_", " "), count) for name, count in counts.items() if count)
    return text or "-"


def by_resource(connections):
    """Entries grouped by resource id (case-insensitive), resources in report order."""
    groups = {}
    for entry in connections:
        groups.setdefault(str(entry["resource_id"]).lower(), []).append(entry)
    return list(groups.values())


def source_text(source, read_at):
    """Where a fact was read and as of when, for reports: ``Resource Graph, 14:02:11Z`` (None when unknown)."""
    if not source:
        return None
    when = str(read_at or "")
    return "%s, %s" % (source, when[11:] if len(when) == 20 and when[10] == "T" else when or "time unknown")


def read_from_label(entry):
    """Where the connection's status was read, and where its final status comes from when that differs."""
    first, final = entry.get("current_source"), entry.get("final_source")
    if final and final != first:
        return "%s; then %s" % (first or "?", final)
    return first or ""


def discovery_text(discovery):
    """One sentence on how the scope was read (the scope reader's ``discovery``), or None."""
    if not discovery:
        return None
    how = {"resource_graph": "Azure Resource Graph (candidates; every change reads its connection from the "
                             "resource provider first)",
           "arm": "the resource providers' lists"}.get(discovery.get("method"), str(discovery.get("method")))
    where = ("every subscription this identity can list (%d)" if discovery.get("all_subscriptions")
             else "%d subscription(s)") % (discovery.get("subscriptions") or 0)
    excluded = discovery.get("excluded") or []
    if excluded:
        where += ", %d excluded (%s)" % (len(excluded), ", ".join(excluded))
    left = discovery.get("left_out") or []
    if left:
        where += ", %d left out for its state (%s)" % (
            len(left), ", ".join("%s: %s" % (e["subscription_id"], e["state"]) for e in left))
    read_only = discovery.get("read_only") or []
    if read_only:
        where += "; %d read only, where a change would fail (%s)" % (
            len(read_only), ", ".join("%s: %s" % (e["subscription_id"], e["state"]) for e in read_only))
    return "Read from %s over %s." % (how, where)

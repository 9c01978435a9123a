# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""Pure policy evaluation for the pec_approval role: what to do with each connection.

Nothing here talks to Azure. The role feeds what the scope reader (azure_pec_scope_info) read in and gets back a
plan: one decision per connection (the rule that decided, the action, the change to make) plus the safety-valve
verdict. Types, statuses and what Azure refuses come from the type table (module_utils/_types.py): a refusal
says the same words as the modules and the batch (``ResourceType.refusal``).

Bad input raises PolicyError (a ValueError) with a message that says what to change; the filters of
plugins/filter/pec_policy.py turn it into AnsibleFilterError, the action plugins into a failed task.
"""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.module_utils import _defaults
from ansible_collections.privatelink.azure.plugins.module_utils._types import ABSENT, row_for
from ansible_collections.privatelink.azure.plugins.plugin_utils._policy_rules import (
    DESCRIPTION_FIELDS, RuleErrors, compile_rules, first_failed_condition)
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_text import source_text

DESTRUCTIVE_ACTIONS = ("reject", "remove")


class PolicyError(ValueError):
    """The rules or the plan's input cannot be used; the message says what to change."""


def _compiled(rules):
    try:
        return compile_rules(rules)
    except RuleErrors as exc:
        raise PolicyError(str(exc)) from None


# ---------------------------------------------------------------------------------------------------------
# Decisions

_DESIRED_STATUS = {"approve": "Approved", "reject": "Rejected", "remove": ABSENT}


def _first_match(connection, rules):
    """(the first rule that matches or None, why each rule before it did not: its first condition that failed)."""
    not_matched = []
    for rule in rules:
        failed = first_failed_condition(rule, connection)
        if failed is None:
            return rule, not_matched
        not_matched.append({"rule": rule["name"], "condition": failed})
    return None, not_matched


def decide(connection, rules):
    """The decision for one connection: first matching rule wins; no match means keep."""
    current = connection.get("status")
    rule, not_matched = _first_match(connection, rules)
    rule_action = rule["action"] if rule else "keep"
    desired = _DESIRED_STATUS.get(rule_action, current)
    row = row_for(connection.get("parent_type"))
    refusal = row.refusal(current, desired) if row is not None and desired != current else None
    if refusal:
        action = "refused"
    elif rule_action == "keep" or desired == current:
        action = "none"
    else:
        action = rule_action
    description = None
    if rule and rule["description"] is not None and action in ("approve", "reject"):
        fields = {f: str(connection.get(f) or "") for f in DESCRIPTION_FIELDS}
        fields.update(rule=rule["name"], action=rule_action)
        description = rule["description"].substitute(fields)
    return {
        "connection_id": connection.get("id"),
        "connection_name": connection.get("name"),
        "resource_id": connection.get("parent_id"),
        "resource_type": connection.get("parent_type"),
        "resource_group": connection.get("parent_resource_group"),
        "resource_name": connection.get("parent_name"),
        "subscription_id": connection.get("parent_subscription_id"),
        "resource_tags": connection.get("parent_tags"),
        "private_endpoint_id": connection.get("private_endpoint_id"),
        "private_endpoint_name": connection.get("private_endpoint_name"),
        "group_ids": list(connection.get("group_ids") or []),
        "request_message": connection.get("request_message"),
        "current_status": current,
        "current_source": source_text(connection.get("source"), connection.get("read_at")),
        "current_description": connection.get("description") or "",
        "desired_status": desired,
        "rule": rule["name"] if rule else None,
        "rule_action": rule_action,
        "action": action,
        "description": description,
        "reason": refusal or ("no rule matched; kept" if rule is None else None),
        # Why the rules before the deciding one did not match: only where a reader asks (drift, no match).
        "rules_not_matched": not_matched if rule is None or action != "none" else [],
        "result": "in_sync" if action == "none" else ("refused" if action == "refused" else "pending"),
        "error": None,
    }


def _report_order(decision):
    """Resource group, resource, then private endpoint: the order a reader scans a fleet in."""
    return tuple(str(decision[key] or "").lower() for key in (
        "subscription_id", "resource_group", "resource_name", "private_endpoint_name", "connection_id"))


def build_plan(found, rules, max_destructive_changes=_defaults.MAX_DESTRUCTIVE_CHANGES):
    """The plan for what was read: decisions (sorted by resource, then endpoint), changes to make, safety valve.

    `found` is what the scope reader returned (module privatelink.azure.azure_pec_scope_info, or
    module_utils._scope.read_scope): its `connections` (the connection dicts of docs/design.md, in scope, each
    once) and its `errors` (parts of the scope that could not be read), which the plan carries on to the report.
    """
    if not isinstance(found, dict) or not isinstance(found.get("connections"), list):
        raise PolicyError("pec_approval_plan: expected the result of privatelink.azure.azure_pec_scope_info "
                          "(a dict with connections), got %r" % (type(found).__name__,))
    compiled = _compiled(rules)
    try:
        limit = int(max_destructive_changes)
    except (TypeError, ValueError):
        limit = -1
    if limit < 0:
        raise PolicyError("pec_approval_max_destructive_changes: expected a whole number >= 0, got %r"
                          % (max_destructive_changes,))

    decisions = sorted((decide(connection, compiled) for connection in found["connections"]), key=_report_order)
    destructive = [d for d in decisions if d["action"] in DESTRUCTIVE_ACTIONS]
    tripped = len(destructive) > limit
    if tripped:
        for decision in decisions:
            if decision["result"] == "pending":
                decision["result"] = "blocked"
    return {
        "decisions": decisions,
        "changes": [d for d in decisions if d["result"] == "pending"],
        "safety_valve": {
            "limit": limit,
            "destructive_changes": len(destructive),
            "tripped": tripped,
            "examples": ["%s: %s %s (rule %s)" % (d["action"], d["resource_name"], d["connection_name"], d["rule"])
                         for d in destructive[:5]],
        },
        "rules": [r["name"] for r in compiled],
        "warnings": list(found.get("warnings") or []),
        "errors": list(found.get("errors") or []),
        "discovery": found.get("discovery"),
    }


def check_rules(rules):
    """The rule names, in order, once every rule is known to be valid; run before anything is read."""
    return [rule["name"] for rule in _compiled(rules)]


def batch_changes(changes):
    """The plan's changes in the shape azure_pec_batch takes."""
    batch = []
    for change in changes or []:
        item = {"connection_id": change["connection_id"], "action": change["action"]}
        if change.get("description") is not None:
            item["description"] = change["description"]
        batch.append(item)
    return batch

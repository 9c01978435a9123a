# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Pure policy evaluation for the pec_approval role: what to do with each connection.

Nothing here talks to Azure. The role feeds what the scope reader (azure_pec_scope_info) read in and gets back a
plan: one decision per connection (the rule that decided, the action, the change to make) plus the safety-valve
verdict. Types, statuses and what Azure refuses come from the service descriptors (module_utils/_services.py).
"""

from __future__ import annotations

import fnmatch
import string

from ansible.errors import AnsibleFilterError

from ansible_collections.privatelink.azure.plugins.module_utils._services import (
    ABSENT, STATUSES, service_for_type, type_spellings)

ACTIONS = ("approve", "reject", "remove", "keep")
DESTRUCTIVE_ACTIONS = ("reject", "remove")

MATCH_KEYS = (
    "private_endpoint_subscription_id", "private_endpoint_resource_group", "private_endpoint_name",
    "resource_type", "resource_group", "resource_name", "resource_tags", "status",
)
RULE_KEYS = ("name", "match", "action", "description")

# Connection fields a description may quote as ${field}; plus ${rule} and ${action}.
DESCRIPTION_FIELDS = (
    "name", "status", "private_endpoint_id", "private_endpoint_name", "private_endpoint_resource_group",
    "private_endpoint_subscription_id", "parent_name", "parent_type", "parent_resource_group",
    "parent_subscription_id", "rule", "action",
)


def canonical_type(value, where):
    """The canonical ARM spelling of a resource type or one of its short names (from the service descriptors)."""
    service = service_for_type(value)
    if service is None:
        raise AnsibleFilterError("%s: unknown resource type %r; use one of %s"
                                 % (where, value, ", ".join(type_spellings())))
    return service.parent_type


def _as_list(value, where):
    """Match values may be one string or a list of strings."""
    if value is None:
        return []
    if isinstance(value, (list, tuple)):
        items = list(value)
    else:
        items = [value]
    for item in items:
        if not isinstance(item, str):
            raise AnsibleFilterError("%s: expected a string or a list of strings, got %r" % (where, item))
    return items


# ---------------------------------------------------------------------------------------------------------
# Rules


def _validate_description(template, where):
    if template is None:
        return None
    if not isinstance(template, str):
        raise AnsibleFilterError("%s.description: expected a string, got %r" % (where, template))
    parsed = string.Template(template)
    try:
        names = set()
        for match in parsed.pattern.finditer(template):
            if match.group("invalid") is not None:
                raise ValueError("a lone '$' at offset %d (write $$ for a dollar sign)" % match.start())
            names.add(match.group("named") or match.group("braced"))
        names.discard(None)
    except ValueError as exc:
        raise AnsibleFilterError("%s.description: %s" % (where, exc))
    unknown = sorted(names - set(DESCRIPTION_FIELDS))
    if unknown:
        raise AnsibleFilterError("%s.description: unknown placeholder(s) %s; available: %s"
                                 % (where, ", ".join("${%s}" % n for n in unknown),
                                    ", ".join("${%s}" % f for f in DESCRIPTION_FIELDS)))
    return parsed


def _compile_rule(rule, index, seen_names):
    where = "pec_approval_rules[%d]" % index
    if not isinstance(rule, dict):
        raise AnsibleFilterError("%s: a rule is a dict with name, match, action, description; got %r"
                                 % (where, rule))
    unknown = sorted(set(rule) - set(RULE_KEYS))
    if unknown:
        raise AnsibleFilterError("%s: unknown key(s) %s; a rule has %s" % (where, ", ".join(unknown),
                                                                           ", ".join(RULE_KEYS)))
    name = rule.get("name")
    if not isinstance(name, str) or not name.strip():
        raise AnsibleFilterError("%s: every rule needs a name (it is quoted in the reports)" % where)
    where = "%s (%s)" % (where, name)
    if name in seen_names:
        raise AnsibleFilterError("%s: the rule name is used twice; names must be unique" % where)
    seen_names.add(name)
    action = rule.get("action")
    if action not in ACTIONS:
        raise AnsibleFilterError("%s.action: %r is not one of %s" % (where, action, ", ".join(ACTIONS)))
    match = rule.get("match") or {}
    if not isinstance(match, dict):
        raise AnsibleFilterError("%s.match: expected a dict of conditions, got %r" % (where, match))
    unknown = sorted(set(match) - set(MATCH_KEYS))
    if unknown:
        raise AnsibleFilterError("%s.match: unknown condition(s) %s; conditions are %s"
                                 % (where, ", ".join(unknown), ", ".join(MATCH_KEYS)))
    conditions = {}
    for key in MATCH_KEYS:
        if key not in match or key == "resource_tags":
            continue
        values = _as_list(match[key], "%s.match.%s" % (where, key))
        if key == "resource_type":
            values = [canonical_type(v, "%s.match.resource_type" % where).lower() for v in values]
        elif key == "status":
            by_lower = {status.lower(): status for status in STATUSES}
            for value in values:
                if value.lower() not in by_lower:
                    raise AnsibleFilterError("%s.match.status: %r is not one of %s"
                                             % (where, value, ", ".join(STATUSES)))
            values = [v.lower() for v in values]
        else:
            values = [v.lower() for v in values]
        conditions[key] = values
    tags = match.get("resource_tags")
    if tags is not None:
        if not isinstance(tags, dict):
            raise AnsibleFilterError("%s.match.resource_tags: expected a dict of tag name: value glob, got %r"
                                     % (where, tags))
        conditions["resource_tags"] = {
            str(k).lower(): _as_list(v, "%s.match.resource_tags.%s" % (where, k)) for k, v in tags.items()}
    return {"name": name, "action": action, "conditions": conditions,
            "description": _validate_description(rule.get("description"), where)}


def _glob_any(value, patterns):
    value = str(value or "").lower()
    return any(fnmatch.fnmatchcase(value, pattern) for pattern in patterns)


def _tags_match(parent_tags, wanted):
    """Every wanted tag must be present (name case-insensitive, as in Azure) with a value matching a glob."""
    if not isinstance(parent_tags, dict):
        return False  # tags unknown: a tag condition cannot hold
    by_lower = {str(k).lower(): "" if v is None else str(v) for k, v in parent_tags.items()}
    for tag, patterns in wanted.items():
        if tag not in by_lower:
            return False
        if not any(fnmatch.fnmatchcase(by_lower[tag], p) for p in patterns):
            return False
    return True


# Which connection field each match condition looks at.
_CONDITION_FIELDS = {
    "private_endpoint_subscription_id": "private_endpoint_subscription_id",
    "private_endpoint_resource_group": "private_endpoint_resource_group",
    "private_endpoint_name": "private_endpoint_name",
    "resource_group": "parent_resource_group",
    "resource_name": "parent_name",
    "status": "status",
}


def rule_matches(rule, connection):
    for key, patterns in rule["conditions"].items():
        if key == "resource_tags":
            if not _tags_match(connection.get("parent_tags"), patterns):
                return False
        elif key == "resource_type":
            if str(connection.get("parent_type", "")).lower() not in patterns:
                return False
        elif not _glob_any(connection.get(_CONDITION_FIELDS[key]), patterns):
            return False
    return True


# ---------------------------------------------------------------------------------------------------------
# Decisions

_DESIRED_STATUS = {"approve": "Approved", "reject": "Rejected", "remove": ABSENT}


def decide(connection, rules):
    """The decision for one connection: first matching rule wins; no match means keep."""
    current = connection.get("status")
    rule = next((r for r in rules if rule_matches(r, connection)), None)
    rule_action = rule["action"] if rule else "keep"
    desired = _DESIRED_STATUS.get(rule_action, current)
    service = service_for_type(connection.get("parent_type"))
    refusal = service.refusal(current, desired) if service is not None and desired != current else None
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
        "private_endpoint_id": connection.get("private_endpoint_id"),
        "private_endpoint_name": connection.get("private_endpoint_name"),
        "current_status": current,
        "current_description": connection.get("description") or "",
        "desired_status": desired,
        "rule": rule["name"] if rule else None,
        "rule_action": rule_action,
        "action": action,
        "description": description,
        "reason": refusal or ("no rule matched; kept" if rule is None else None),
        "result": "in_sync" if action == "none" else ("refused" if action == "refused" else "pending"),
        "error": None,
    }


def _report_order(decision):
    """Resource group, resource, then private endpoint: the order a reader scans a fleet in."""
    return tuple(str(decision[key] or "").lower() for key in (
        "subscription_id", "resource_group", "resource_name", "private_endpoint_name", "connection_id"))


def pec_approval_plan(found, rules, max_destructive_changes=3):
    """The plan for what was read: decisions (sorted by resource, then endpoint), changes to make, safety valve.

    `found` is what the scope reader returned (module privatelink.azure.azure_pec_scope_info, or
    module_utils._scope.read_scope): its `connections` (the connection dicts of docs/design.md, in scope, each
    once) and its `errors` (parts of the scope that could not be read), which the plan carries on to the report.
    """
    if not isinstance(found, dict) or not isinstance(found.get("connections"), list):
        raise AnsibleFilterError("pec_approval_plan: expected the result of privatelink.azure.azure_pec_scope_info "
                                 "(a dict with connections), got %r" % (type(found).__name__,))
    pec_approval_check_rules(rules)
    seen_names = set()
    compiled = [_compile_rule(rule, index, seen_names) for index, rule in enumerate(rules)]
    try:
        limit = int(max_destructive_changes)
    except (TypeError, ValueError):
        limit = -1
    if limit < 0:
        raise AnsibleFilterError("pec_approval_max_destructive_changes: expected a whole number >= 0, got %r"
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
    }


def pec_approval_check_rules(rules):
    """The rule names, in order, once every rule is known to be valid; run before anything is read."""
    if not isinstance(rules, (list, tuple)):
        raise AnsibleFilterError("pec_approval_rules: expected a list of rules, got %r" % (rules,))
    seen_names = set()
    return [_compile_rule(rule, index, seen_names)["name"] for index, rule in enumerate(rules)]


def pec_approval_batch_changes(changes):
    """The plan's changes in the shape azure_pec_batch takes."""
    batch = []
    for change in changes or []:
        item = {"connection_id": change["connection_id"], "action": change["action"]}
        if change.get("description") is not None:
            item["description"] = change["description"]
        batch.append(item)
    return batch


class FilterModule(object):
    """Policy evaluation filters of the pec_approval role."""

    def filters(self):
        return {
            "pec_approval_plan": pec_approval_plan,
            "pec_approval_batch_changes": pec_approval_batch_changes,
            "pec_approval_check_rules": pec_approval_check_rules,
        }

# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The rules of the pec_approval role: the one rule checker, the conditions, and why a rule did not match.

`compile_rules(rules)` checks every rule and reports every mistake once, in one message: the rule by index and
name, the field, what was given and what is allowed. The role's argument spec documents the rules but leaves
checking them to this module (meta/argument_specs.yml: `elements: raw`), so that a typo never ends in
ansible-core's generic argument-spec dump.

`first_failed_condition(rule, connection)` says why a rule did not match a connection ("tag env: missing",
"status: Approved not in [Pending]"), for the reports. What Azure refuses is not decided here (_policy.py).
"""

from __future__ import annotations

import fnmatch
import string

from ansible_collections.privatelink.azure.plugins.module_utils._types import STATUSES, row_for, unknown_type

ACTIONS = ("approve", "reject", "remove", "keep")
RULE_KEYS = ("name", "match", "action", "description")

# Each glob condition and the connection field it looks at. Values compare case-insensitively, as ARM names do.
_WILDCARDS = frozenset("*?[")  # what makes a pattern more than its own text for fnmatch
GLOB_CONDITIONS = {
    "private_endpoint_id": "private_endpoint_id",
    "private_endpoint_subscription_id": "private_endpoint_subscription_id",
    "private_endpoint_resource_group": "private_endpoint_resource_group",
    "private_endpoint_name": "private_endpoint_name",
    "resource_group": "parent_resource_group",
    "resource_name": "parent_name",
    "status": "status",
    "request_message": "request_message",
    "group_ids": "group_ids",
}
MATCH_KEYS = (
    "private_endpoint_id", "private_endpoint_subscription_id", "private_endpoint_resource_group",
    "private_endpoint_name", "resource_type", "resource_group", "resource_name", "resource_tags", "status",
    "group_ids", "request_message",
)

# Connection fields a description may quote as ${field}; plus ${rule} and ${action}.
DESCRIPTION_FIELDS = (
    "name", "status", "private_endpoint_id", "private_endpoint_name", "private_endpoint_resource_group",
    "private_endpoint_subscription_id", "parent_name", "parent_type", "parent_resource_group",
    "parent_subscription_id", "request_message", "rule", "action",
)


class RuleErrors(ValueError):
    """Every mistake found in pec_approval_rules, one line each."""

    def __init__(self, problems):
        self.problems = list(problems)
        if len(self.problems) == 1:
            text = self.problems[0]
        else:
            text = "%d mistakes in pec_approval_rules: %s" % (len(self.problems), "; ".join(self.problems))
        super().__init__(text)


def canonical_type(value):
    """The canonical ARM spelling of a resource type or one of its names (any case); None when unknown."""
    row = row_for(value)
    return row.arm_type if row is not None else None


def _shown(value):
    return repr(value) if not isinstance(value, str) else "'%s'" % value


def _strings(value, where, problems):
    """A condition's value: one string or a list of strings (numbers are taken as written)."""
    items = value if isinstance(value, (list, tuple)) else [value]
    good = []
    for item in items:
        if isinstance(item, (int, float)) and not isinstance(item, bool):
            item = str(item)
        if not isinstance(item, str):
            problems.append("%s: %s is not a string; give a string or a list of strings" % (where, _shown(item)))
            continue
        good.append(item)
    return good


def _check_description(template, where, problems):
    if template is None:
        return None
    if not isinstance(template, str):
        problems.append("%s.description: %s is not a string" % (where, _shown(template)))
        return None
    parsed = string.Template(template)
    names = set()
    for found in parsed.pattern.finditer(template):
        if found.group("invalid") is not None:
            problems.append("%s.description: a lone '$' at offset %d; write $$ for a dollar sign"
                            % (where, found.start()))
            return None
        names.add(found.group("named") or found.group("braced"))
    names.discard(None)
    unknown = sorted(names - set(DESCRIPTION_FIELDS))
    if unknown:
        problems.append("%s.description: unknown placeholder(s) %s; available: %s"
                        % (where, ", ".join("${%s}" % n for n in unknown),
                           ", ".join("${%s}" % f for f in DESCRIPTION_FIELDS)))
        return None
    return parsed


class Globs(tuple):
    """(patterns to match; patterns as written) of a glob condition, with its patterns without a wildcard kept
    apart: a value equal to one of those matches without fnmatch (which would say the same)."""

    def __new__(cls, patterns, written):
        self = super().__new__(cls, (patterns, written))
        self.written = written
        self.literal = frozenset(pattern for pattern in patterns if not _WILDCARDS.intersection(pattern))
        self.wildcards = [pattern for pattern in patterns if _WILDCARDS.intersection(pattern)]
        return self

    def __getnewargs__(self):  # copy and pickle rebuild it from (patterns, written), like a namedtuple
        return tuple(self)

    def match(self, text):
        """Whether ``text`` matches one of the patterns: any(fnmatchcase(text, p) for p in patterns)."""
        return text in self.literal or any(fnmatch.fnmatchcase(text, pattern) for pattern in self.wildcards)


def _check_condition(key, value, where, problems):
    """(patterns to match, lower-cased; patterns as written) of one condition, or None when it is wrong."""
    where = "%s.match.%s" % (where, key)
    before = len(problems)
    if key == "resource_tags":
        if not isinstance(value, dict):
            problems.append("%s: %s is not a dict; write tag name: value glob (or a list of globs)"
                            % (where, _shown(value)))
            return None
        # Tag values compare case-sensitively: their globs are kept as written.
        tags = {str(tag).lower(): (str(tag), _strings(globs, "%s.%s" % (where, tag), problems))
                for tag, globs in value.items()}
        tags = {tag: (name, Globs(globs, globs)) for tag, (name, globs) in tags.items()}
        return None if len(problems) > before else tags
    written = _strings(value, where, problems)
    if key == "resource_type":
        canonical = []
        for item in written:
            found = canonical_type(item)
            if found is None:
                problems.append(unknown_type(item, where))
            canonical.append(str(found).lower())
        return None if len(problems) > before else (canonical, written)
    if key == "status":
        allowed = {status.lower() for status in STATUSES}
        for item in written:
            if item.lower() not in allowed:
                problems.append("%s: %s is not one of %s" % (where, _shown(item), ", ".join(STATUSES)))
    if len(problems) > before:
        return None
    return Globs([item.lower() for item in written], written)


def _rows_without_group_ids(types):
    """The rows of these canonical types (lower case) whose connection bodies name no group ids (type table)."""
    rows = [row_for(arm_type) for arm_type in types]
    return [row for row in rows if row is not None and row.connection_group_ids is False]


def _check_group_ids_can_hold(conditions, where, problems):
    """A group_ids condition on a rule limited to types whose connections never name their group ids never holds:
    refused, with what to match instead (a rule for every type may still match types that name them)."""
    if "group_ids" not in conditions or "resource_type" not in conditions:
        return
    types = conditions["resource_type"][0]
    silent = _rows_without_group_ids(types)
    if silent and len(silent) == len(types):
        problems.append(
            "%s.match.group_ids: %s connections do not name their group ids (no groupIds in their connection "
            "bodies, per the REST specification), so this condition never holds; match on private_endpoint_name "
            "or request_message instead (docs/role.md, Group ids)"
            % (where, " and ".join(dict.fromkeys(row.label for row in silent))))


def _check_rule(rule, index, seen_names, problems):
    where = "pec_approval_rules[%d]" % index
    if not isinstance(rule, dict):
        problems.append("%s: %s is not a rule; a rule is a dict with %s" % (where, _shown(rule), ", ".join(RULE_KEYS)))
        return None
    before = len(problems)
    name = rule.get("name")
    if not isinstance(name, str) or not name.strip():
        problems.append("%s.name: %s; every rule needs a name, quoted in the reports"
                        % (where, "missing" if name is None else "%s is not a name" % _shown(name)))
    else:
        where = "%s (%s)" % (where, name)
        if name in seen_names:
            problems.append("%s.name: used by an earlier rule too; names must be unique" % where)
        seen_names.add(name)
    unknown = [key for key in rule if key not in RULE_KEYS]
    if unknown:
        problems.append("%s: unknown key(s) %s; a rule has %s"
                        % (where, ", ".join(map(str, unknown)), ", ".join(RULE_KEYS)))
    action = rule.get("action")
    if action is None:
        problems.append("%s.action: missing; give one of %s" % (where, ", ".join(ACTIONS)))
    elif action not in ACTIONS:
        problems.append("%s.action: %s is not one of %s" % (where, _shown(action), ", ".join(ACTIONS)))
    match = rule.get("match") or {}
    conditions = []
    if not isinstance(match, dict):
        problems.append("%s.match: %s is not a dict of conditions (%s)" % (where, _shown(match), ", ".join(MATCH_KEYS)))
        match = {}
    for key, value in match.items():
        if key not in MATCH_KEYS:
            problems.append("%s.match: unknown condition(s) %s; conditions are %s"
                            % (where, key, ", ".join(MATCH_KEYS)))
            continue
        if value is None:
            continue
        checked = _check_condition(key, value, where, problems)
        if checked is not None:
            conditions.append((key, checked))
    _check_group_ids_can_hold(dict(conditions), where, problems)
    description = _check_description(rule.get("description"), where, problems)
    if len(problems) > before:
        return None
    return {"name": name, "action": action, "conditions": conditions, "description": description}


def compile_rules(rules):
    """The rules, checked and ready to match; RuleErrors with every mistake when any is wrong."""
    if rules is None:
        return []
    if not isinstance(rules, (list, tuple)):
        raise RuleErrors(["pec_approval_rules: %s is not a list of rules" % _shown(rules)])
    problems, seen_names, compiled = [], set(), []
    for index, rule in enumerate(rules):
        compiled.append(_check_rule(rule, index, seen_names, problems))
    if problems:
        raise RuleErrors(problems)
    return compiled


# ---------------------------------------------------------------------------------------------------------
# Conditions


def _globs_text(written):
    return "[%s]" % ", ".join(written)


def _failed_tags(parent_tags, wanted):
    if not isinstance(parent_tags, dict):
        return "tags: not known"
    by_lower = {str(k).lower(): "" if v is None else str(v) for k, v in parent_tags.items()}
    for tag, (written_name, globs) in wanted.items():
        if tag not in by_lower:
            return "tag %s: missing" % written_name
        if not globs.match(by_lower[tag]):
            return "tag %s: %s not in %s" % (written_name, by_lower[tag], _globs_text(globs.written))
    return None


def _failed_condition(key, checked, connection):
    if key == "resource_tags":
        return _failed_tags(connection.get("parent_tags"), checked)
    patterns, written = checked
    if key == "resource_type":
        value = connection.get("parent_type")
        return None if str(value or "").lower() in patterns else "resource_type: %s not in %s" % (
            value, _globs_text(written))
    value = connection.get(GLOB_CONDITIONS[key])
    values = value if isinstance(value, (list, tuple)) else ([] if value in (None, "") else [value])
    if not values:
        if key == "group_ids" and _rows_without_group_ids([connection.get("parent_type")]):
            return "group_ids: %s connections do not name their group ids" % row_for(connection.get("parent_type")).label
        return "%s: missing" % key
    for item in values:
        if checked.match(str(item).lower()):
            return None
    shown = ", ".join(str(v) for v in values) if isinstance(value, (list, tuple)) else str(value)
    return "%s: %s not in %s" % (key, shown, _globs_text(written))


def first_failed_condition(rule, connection):
    """Why `rule` does not match `connection` (its first condition, in the order written, that fails), or None."""
    for key, checked in rule["conditions"]:
        failed = _failed_condition(key, checked, connection)
        if failed:
            return failed
    return None


def rule_matches(rule, connection):
    return first_failed_condition(rule, connection) is None

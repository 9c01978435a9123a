# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Pure policy evaluation for the pec_approval role: which reads to make, and what to do with each connection.

Nothing here talks to Azure. The role feeds the info modules' connections in and gets back a plan: one decision
per connection (the rule that decided, the action, the change to make) plus the safety-valve verdict.
"""

from __future__ import annotations

import fnmatch
import string

from ansible.errors import AnsibleFilterError

from ansible_collections.privatelink.azure.plugins.module_utils._services import service_for_type

KEY_VAULT = "Microsoft.KeyVault/vaults"
MANAGED_HSM = "Microsoft.KeyVault/managedHSMs"
STORAGE = "Microsoft.Storage/storageAccounts"
RESOURCE_TYPES = (KEY_VAULT, MANAGED_HSM, STORAGE)

# Short names accepted wherever a resource type is asked for; ARM types are case-insensitive anyway.
_TYPE_ALIASES = {
    "keyvault": KEY_VAULT, "key_vault": KEY_VAULT, "vault": KEY_VAULT,
    "managed_hsm": MANAGED_HSM, "managedhsm": MANAGED_HSM, "mhsm": MANAGED_HSM, "hsm": MANAGED_HSM,
    "storage": STORAGE, "storage_account": STORAGE, "storageaccount": STORAGE,
}
_TYPE_ALIASES.update({t.lower(): t for t in RESOURCE_TYPES})

STATUSES = ("Pending", "Approved", "Rejected", "Disconnected")
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
    """The canonical ARM spelling of a resource type or one of its short aliases."""
    found = _TYPE_ALIASES.get(str(value).strip().lower())
    if found is None:
        raise AnsibleFilterError(
            "%s: unknown resource type %r; use one of %s (or keyvault, managed_hsm, storage)"
            % (where, value, ", ".join(RESOURCE_TYPES)))
    return found


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


def _subscription_key(value):
    """'' stands for 'the subscription the credentials default to' (no subscription_id given)."""
    return str(value or "").strip().lower()


# ---------------------------------------------------------------------------------------------------------
# Scope


def _resource_types(types):
    if not types:
        return list(RESOURCE_TYPES)
    return [canonical_type(t, "pec_approval_resource_types") for t in _as_list(types, "pec_approval_resource_types")]


def _normalise_scope(resources, resource_groups, subscriptions, resource_types):
    """Scope entries in one comparable shape; every ARM name compares case-insensitively."""
    types = _resource_types(resource_types)
    explicit = []
    for index, entry in enumerate(resources or []):
        where = "pec_approval_resources[%d]" % index
        if not isinstance(entry, dict) or not all(entry.get(k) for k in ("type", "resource_group", "name")):
            raise AnsibleFilterError("%s: give type, resource_group and name, got %r" % (where, entry))
        explicit.append({
            "type": canonical_type(entry["type"], where),
            "subscription": _subscription_key(entry.get("subscription_id")),
            "resource_group": entry["resource_group"].lower(),
            "name": entry["name"].lower(),
        })
    groups = []
    for index, entry in enumerate(resource_groups or []):
        where = "pec_approval_resource_groups[%d]" % index
        if isinstance(entry, str):
            entry = {"name": entry}
        if not isinstance(entry, dict) or not entry.get("name"):
            raise AnsibleFilterError("%s: give a resource group name (or {name, subscription_id}), got %r"
                                     % (where, entry))
        groups.append({"subscription": _subscription_key(entry.get("subscription_id")),
                       "name": entry["name"].lower()})
    subs = [_subscription_key(s) for s in _as_list(subscriptions, "pec_approval_subscriptions")]
    if not (explicit or groups or subs):
        raise AnsibleFilterError(
            "the scope is empty: set pec_approval_resources, pec_approval_resource_groups "
            "or pec_approval_subscriptions")
    return {"types": types, "resources": explicit, "resource_groups": groups, "subscriptions": subs}


def pec_approval_reads(resources=None, resource_groups=None, subscriptions=None, resource_types=None):
    """The reads that cover the scope: {resource type: [subscription ids]}, '' meaning the default subscription.

    One paged list of a service type per subscription covers every resource group and resource in it, so the
    scope is read with as few calls as there are (type, subscription) pairs, whatever its size.
    """
    scope = _normalise_scope(resources, resource_groups, subscriptions, resource_types)
    reads = {t: set() for t in RESOURCE_TYPES}
    for entry in scope["resources"]:
        reads[entry["type"]].add(entry["subscription"])
    for entry in scope["resource_groups"]:
        for resource_type in scope["types"]:
            reads[resource_type].add(entry["subscription"])
    for subscription in scope["subscriptions"]:
        for resource_type in scope["types"]:
            reads[resource_type].add(subscription)
    return {t: sorted(subs) for t, subs in reads.items()}


def _in_scope(connection, read_subscriptions, scope):
    """Whether a connection, returned by the reads of `read_subscriptions` ('' = default), is in scope."""
    ctype = canonical_type(connection.get("parent_type", ""), "connection %s" % connection.get("id"))
    sub = _subscription_key(connection.get("parent_subscription_id"))
    group = str(connection.get("parent_resource_group", "")).lower()
    name = str(connection.get("parent_name", "")).lower()

    def same_subscription(wanted):
        # An entry without subscription_id means the default one, i.e. whatever the '' read returned.
        return sub == wanted if wanted else "" in read_subscriptions

    for entry in scope["resources"]:
        if (entry["type"] == ctype and entry["resource_group"] == group and entry["name"] == name
                and same_subscription(entry["subscription"])):
            return True
    if ctype not in scope["types"]:
        return False
    if sub in scope["subscriptions"]:
        return True
    return any(entry["name"] == group and same_subscription(entry["subscription"])
               for entry in scope["resource_groups"])


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
            by_lower = {s.lower(): s for s in STATUSES}
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

_DESIRED_STATUS = {"approve": "Approved", "reject": "Rejected", "remove": "Absent"}


def _refusal(current, rule_action, parent_type):
    """Why Azure cannot do what the rule asks, or None: the refusals of the service's descriptor (_services)."""
    service = service_for_type(parent_type)
    wanted = _DESIRED_STATUS.get(rule_action)
    if service is None or wanted is None:
        return None
    return service.refusal(current, wanted)


def decide(connection, rules):
    """The decision for one connection: first matching rule wins; no match means keep."""
    current = connection.get("status")
    rule = next((r for r in rules if rule_matches(r, connection)), None)
    rule_action = rule["action"] if rule else "keep"
    desired = _DESIRED_STATUS.get(rule_action, current)
    refusal = _refusal(current, rule_action, connection.get("parent_type"))
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


def _unique_connections(reads):
    """(subscriptions read, connection) pairs: each connection once, with every read that returned it.

    The default subscription ('') may also be listed by id, so the same connection can come from two reads.
    """
    found = {}
    for read in reads or []:
        if not isinstance(read, dict) or read.get("skipped"):
            continue
        if read.get("failed"):
            raise AnsibleFilterError("a read failed: %s" % read.get("msg", read))
        read_subscription = _subscription_key(read.get("item"))
        for connection in read.get("connections") or []:
            entry = found.setdefault(str(connection.get("id", "")).lower(), (set(), connection))
            entry[0].add(read_subscription)
    return list(found.values())


def pec_approval_plan(reads, rules, resources=None, resource_groups=None, subscriptions=None,
                      resource_types=None, max_destructive_changes=3):
    """The plan for the scope: decisions (sorted by resource, then endpoint), changes to make, safety valve, warnings.

    `reads` are the registered loop results of the info modules: each has `item` (the subscription id read, ''
    for the default one) and `connections` (the connection dicts of docs/design.md).
    """
    scope = _normalise_scope(resources, resource_groups, subscriptions, resource_types)
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

    decisions = []
    seen_resources = set()
    for read_subscriptions, connection in _unique_connections(reads):
        if _in_scope(connection, read_subscriptions, scope):
            decisions.append(decide(connection, compiled))
            seen_resources.add((
                canonical_type(connection.get("parent_type"), "connection"),
                str(connection.get("parent_resource_group", "")).lower(),
                str(connection.get("parent_name", "")).lower()))
    decisions.sort(key=_report_order)

    warnings = ["%s %s/%s was not found or has no private endpoint connections"
                % (entry["type"], entry["resource_group"], entry["name"])
                for entry in scope["resources"]
                if (entry["type"], entry["resource_group"], entry["name"]) not in seen_resources]

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
        "warnings": warnings,
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
            "pec_approval_reads": pec_approval_reads,
            "pec_approval_plan": pec_approval_plan,
            "pec_approval_batch_changes": pec_approval_batch_changes,
            "pec_approval_check_rules": pec_approval_check_rules,
        }

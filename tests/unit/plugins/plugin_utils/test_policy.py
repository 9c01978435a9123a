"""Rule matching, decisions and the safety valve of the pec_approval policy filter (the scope: test_scope.py)."""

import copy
import fnmatch
import json
import pickle

import pytest

from ansible_collections.privatelink.azure.plugins.plugin_utils._policy import PolicyError, build_plan
from ansible_collections.privatelink.azure.plugins.plugin_utils._policy_rules import Globs

from ansible_collections.privatelink.azure.tests.unit.plugins.filter.pec_connections import SPOKE, connection, read

OTHER_SUB = "55555555-5555-5555-5555-555555555555"


def plan(connections, rules, max_destructive_changes=10):
    return build_plan(read(*connections), rules, max_destructive_changes=max_destructive_changes)


def only(result):
    assert len(result["decisions"]) == 1
    return result["decisions"][0]


def test_first_matching_rule_wins():
    rules = [
        {"name": "spoke", "match": {"private_endpoint_subscription_id": SPOKE}, "action": "approve"},
        {"name": "everything", "action": "reject"},
    ]
    decision = only(plan([connection()], rules))
    assert (decision["rule"], decision["action"], decision["desired_status"]) == ("spoke", "approve", "Approved")


def test_later_rule_applies_when_earlier_does_not_match():
    rules = [
        {"name": "other-spoke", "match": {"private_endpoint_subscription_id": OTHER_SUB}, "action": "approve"},
        {"name": "everything", "action": "reject"},
    ]
    decision = only(plan([connection()], rules))
    assert (decision["rule"], decision["action"]) == ("everything", "reject")


def test_unmatched_connection_is_kept_and_reported():
    rules = [{"name": "other", "match": {"resource_name": "kv-nothing-*"}, "action": "remove"}]
    decision = only(plan([connection(status="Pending")], rules))
    assert decision["rule"] is None
    assert (decision["rule_action"], decision["action"], decision["result"]) == ("keep", "none", "in_sync")
    assert decision["desired_status"] == "Pending"
    assert "no rule matched" in decision["reason"]


@pytest.mark.parametrize("pattern, matches", [
    ("pe-*", True), ("PE-APP", True), ("pe-?pp", True), ("pe-[ab]pp", True), ("pe-b*", False), ("app", False),
])
def test_private_endpoint_name_globs_ignore_case(pattern, matches):
    rules = [{"name": "r", "match": {"private_endpoint_name": pattern}, "action": "approve"}]
    assert (only(plan([connection()], rules))["rule"] == "r") is matches


def test_a_list_of_patterns_matches_any_of_them():
    rules = [{"name": "r", "match": {"resource_group": ["rg-x", "rg-a*"]}, "action": "approve"}]
    assert only(plan([connection(rg="rg-app")], rules))["rule"] == "r"


def test_all_conditions_of_a_rule_must_hold():
    rules = [{"name": "r", "match": {"private_endpoint_resource_group": "rg-spoke", "resource_name": "kv-other"},
              "action": "approve"}]
    assert only(plan([connection()], rules))["rule"] is None


@pytest.mark.parametrize("kind, wanted, matches", [
    ("kv", "Microsoft.KeyVault/vaults", True), ("kv", "microsoft.keyvault/VAULTS", True), ("kv", "keyvault", True),
    ("hsm", "managed_hsm", True), ("st", "storage", True), ("st", ["keyvault", "managed_hsm"], False),
])
def test_resource_type_accepts_canonical_names_aliases_and_any_case(kind, wanted, matches):
    rules = [{"name": "r", "match": {"resource_type": wanted}, "action": "approve"}]
    assert (only(plan([connection(kind=kind)], rules))["rule"] == "r") is matches


@pytest.mark.parametrize("tags, wanted, matches", [
    ({"env": "prod"}, {"env": "prod"}, True),
    ({"Env": "prod"}, {"env": "prod"}, True),            # tag names are case-insensitive in Azure
    ({"env": "Prod"}, {"env": "prod"}, False),           # values are not
    ({"env": "prod-eu"}, {"env": "prod*"}, True),
    ({"env": "prod", "team": "x"}, {"env": "prod", "team": ["y", "x"]}, True),
    ({"env": "prod"}, {"env": "prod", "team": "*"}, False),  # a missing tag never matches
    ({}, {"env": "*"}, False),
    (None, {"env": "*"}, False),                            # tags unknown
])
def test_resource_tags(tags, wanted, matches):
    conn = connection(tags=tags)
    if tags is None:
        conn["parent_tags"] = None
    rules = [{"name": "r", "match": {"resource_tags": wanted}, "action": "approve"}]
    assert (only(plan([conn], rules))["rule"] == "r") is matches


def test_status_condition():
    rules = [{"name": "pending-only", "match": {"status": ["pending"]}, "action": "approve"}]
    decisions = plan([connection(status="Pending", pe_name="a"), connection(status="Approved", pe_name="b")],
                     rules)["decisions"]
    assert [d["rule"] for d in decisions] == ["pending-only", None]


@pytest.mark.parametrize("status, action, expected_action, expected_result, desired", [
    ("Pending", "approve", "approve", "pending", "Approved"),
    ("Approved", "approve", "none", "in_sync", "Approved"),
    ("Rejected", "approve", "approve", "pending", "Approved"),
    ("Disconnected", "approve", "refused", "refused", "Approved"),
    ("Pending", "reject", "reject", "pending", "Rejected"),
    ("Approved", "reject", "reject", "pending", "Rejected"),
    ("Rejected", "reject", "none", "in_sync", "Rejected"),
    ("Disconnected", "reject", "refused", "refused", "Rejected"),
    ("Rejected", "remove", "remove", "pending", "Absent"),
    ("Disconnected", "remove", "remove", "pending", "Absent"),
    ("Pending", "keep", "none", "in_sync", "Pending"),
])
def test_action_for_each_status(status, action, expected_action, expected_result, desired):
    decision = only(plan([connection(status=status)], [{"name": "r", "action": action}]))
    assert (decision["action"], decision["result"], decision["desired_status"]) == (
        expected_action, expected_result, desired)


def test_rejected_storage_connection_cannot_be_approved_and_says_why():
    rejected = connection(kind="st", status="Rejected")
    decision = only(plan([rejected], [{"name": "r", "action": "approve"}]))
    assert decision["action"] == "refused"
    assert "never approves a rejected connection again" in decision["reason"]
    assert decision not in plan([rejected], [{"name": "r", "action": "approve"}])["changes"]


@pytest.mark.parametrize("kind", ["kv", "hsm"])
def test_rejected_key_vault_and_hsm_connections_can_be_approved_again(kind):
    result = plan([connection(kind=kind, status="Rejected")], [{"name": "r", "action": "approve"}])
    decision = only(result)
    assert (decision["action"], decision["desired_status"], decision["reason"]) == ("approve", "Approved", None)
    assert decision in result["changes"]


def test_description_template_is_filled_per_connection():
    rules = [{"name": "spoke", "action": "approve",
              "description": "Approved by ${rule} for ${private_endpoint_name} on ${parent_name}; costs $$0"}]
    decision = only(plan([connection()], rules))
    assert decision["description"] == "Approved by spoke for pe-app on kv-app; costs $0"


def test_description_is_only_written_with_a_change():
    rules = [{"name": "r", "action": "approve", "description": "x"}]
    assert only(plan([connection(status="Approved")], rules))["description"] is None


@pytest.mark.parametrize("rules, message", [
    ([{"name": "r", "action": "approve", "description": "by ${rul}"}],
     "pec_approval_rules[0] (r).description: unknown placeholder(s) ${rul}; available: ${name}"),
    ([{"name": "r", "action": "approve", "description": "costs $5"}],
     "pec_approval_rules[0] (r).description: a lone '$' at offset 6; write $$ for a dollar sign"),
    ([{"name": "r", "action": "aprove"}],
     "pec_approval_rules[0] (r).action: 'aprove' is not one of approve, reject, remove, keep"),
    ([{"name": "r"}], "pec_approval_rules[0] (r).action: missing; give one of approve, reject, remove, keep"),
    ([{"action": "approve"}], "pec_approval_rules[0].name: missing; every rule needs a name"),
    ([{"name": "r", "action": "keep"}, {"name": "r", "action": "keep"}],
     "pec_approval_rules[1] (r).name: used by an earlier rule too; names must be unique"),
    ([{"name": "r", "action": "keep", "match": {"resource": "x"}}],
     "pec_approval_rules[0] (r).match: unknown condition(s) resource; conditions are private_endpoint_id, "),
    ([{"name": "r", "action": "keep", "macth": {}}],
     "pec_approval_rules[0] (r): unknown key(s) macth; a rule has name, match, action, description"),
    ([{"name": "r", "action": "keep", "match": {"status": "Aproved"}}],
     "pec_approval_rules[0] (r).match.status: 'Aproved' is not one of Pending, Approved, Rejected, Disconnected"),
    ([{"name": "r", "action": "keep", "match": {"resource_type": "vm"}}],
     "pec_approval_rules[0] (r).match.resource_type: 'vm' is not a known resource type; use an ARM type"),
    ([{"name": "r", "action": "keep", "match": {"resource_name": {"a": 1}}}],
     "pec_approval_rules[0] (r).match.resource_name: {'a': 1} is not a string"),
    ([{"name": "r", "action": "keep", "match": {"resource_tags": "env=prod"}}],
     "pec_approval_rules[0] (r).match.resource_tags: 'env=prod' is not a dict; write tag name: value glob"),
    ([{"name": "r", "action": "keep", "match": "all"}],
     "pec_approval_rules[0] (r).match: 'all' is not a dict of conditions"),
    (["approve"], "pec_approval_rules[0]: 'approve' is not a rule; a rule is a dict with name, match"),
    ("approve everything", "pec_approval_rules: 'approve everything' is not a list of rules"),
])
def test_bad_rules_fail_with_a_message_naming_the_fix(rules, message):
    with pytest.raises(PolicyError) as error:
        plan([connection()], rules)
    assert str(error.value).startswith(message)


def test_every_mistake_is_reported_once_in_one_message():
    rules = [{"name": "ok", "action": "keep"},
             {"name": "spoke-on-prod", "action": "approv", "match": {"status": ["Pending", "pending", "Aproved"]}},
             {"name": "other", "action": "reject", "description": "${endpoint_name}"}]
    with pytest.raises(PolicyError) as error:
        plan([connection()], rules)
    message = str(error.value)
    assert message.startswith("3 mistakes in pec_approval_rules: ")
    for problem in ("pec_approval_rules[1] (spoke-on-prod).action: 'approv' is not one of approve, reject, remove, "
                    "keep",
                    "pec_approval_rules[1] (spoke-on-prod).match.status: 'Aproved' is not one of",
                    "pec_approval_rules[2] (other).description: unknown placeholder(s) ${endpoint_name}"):
        assert message.count(problem) == 1, message


def test_numbers_in_a_condition_are_taken_as_written():
    rules = [{"name": "r", "action": "approve", "match": {"resource_name": 5}}]
    assert only(plan([connection(parent="5")], rules))["rule"] == "r"


def test_rules_are_validated_even_when_no_connection_reaches_them():
    with pytest.raises(PolicyError, match="unknown placeholder"):
        plan([], [{"name": "a", "action": "keep"}, {"name": "b", "action": "approve", "description": "${nope}"}])


# Safety valve


def fleet(count, status="Approved"):
    return [connection(pe_name="pe-%02d" % i, status=status) for i in range(count)]


def test_safety_valve_allows_up_to_the_limit():
    result = plan(fleet(3), [{"name": "cut", "action": "reject"}], max_destructive_changes=3)
    assert not result["safety_valve"]["tripped"]
    assert len(result["changes"]) == 3


def test_safety_valve_trips_above_the_limit_and_blocks_every_change():
    conns = fleet(4) + [connection(pe_name="pe-new", status="Pending")]
    rules = [{"name": "new", "match": {"status": "Pending"}, "action": "approve"},
             {"name": "cut", "action": "remove"}]
    result = plan(conns, rules, max_destructive_changes=3)
    valve = result["safety_valve"]
    assert (valve["tripped"], valve["destructive_changes"], valve["limit"]) == (True, 4, 3)
    assert result["changes"] == []  # not even the approval: the policy is suspect
    assert sorted(d["result"] for d in result["decisions"]) == ["blocked"] * 5
    assert valve["examples"][0].startswith("remove: kv-app pe-00 (rule cut)")


def test_no_op_rejections_do_not_count_against_the_safety_valve():
    result = plan(fleet(5, status="Rejected"), [{"name": "cut", "action": "reject"}], max_destructive_changes=0)
    assert result["safety_valve"]["destructive_changes"] == 0
    assert not result["safety_valve"]["tripped"]


@pytest.mark.parametrize("limit", [-1, "many", None])
def test_safety_valve_limit_must_be_a_whole_number(limit):
    with pytest.raises(PolicyError, match="pec_approval_max_destructive_changes"):
        plan([], [], max_destructive_changes=limit)


# What was read


def test_read_errors_and_warnings_are_carried_to_the_plan():
    error = {"scope": "subscription x", "msg": "boom", "azure_error": None}
    result = build_plan(dict(read(connection()), errors=[error], warnings=["careful"]), [])
    assert result["errors"] == [error] and result["warnings"] == ["careful"]
    assert len(result["decisions"]) == 1


def test_something_else_than_a_read_is_refused():
    with pytest.raises(PolicyError, match="expected the result of privatelink.azure.azure_pec_scope_info"):
        build_plan([{"item": "", "connections": []}], [])


def test_refusals_follow_the_service_descriptors():
    storage = plan([connection(kind="st", status="Rejected")], [{"name": "r", "action": "approve"}])
    assert only(storage)["action"] == "refused" and "never approves a rejected connection again" in only(storage)["reason"]
    gone = plan([connection(status="Disconnected")], [{"name": "r", "action": "reject"}])
    assert only(gone)["action"] == "refused" and "Disconnected" in only(gone)["reason"]
    removal = plan([connection(status="Disconnected")], [{"name": "r", "action": "remove"}])
    assert only(removal)["action"] == "remove"


def test_batch_changes_carry_id_action_and_description_only_when_set():
    from ansible_collections.privatelink.azure.plugins.plugin_utils._policy import batch_changes
    rules = [{"name": "a", "match": {"private_endpoint_name": "pe-a"}, "action": "approve", "description": "d"},
             {"name": "b", "action": "remove"}]
    result = plan([connection(pe_name="pe-a"), connection(pe_name="pe-b")], rules)
    assert batch_changes(result["changes"]) == [
        {"connection_id": result["changes"][0]["connection_id"], "action": "approve", "description": "d"},
        {"connection_id": result["changes"][1]["connection_id"], "action": "remove"},
    ]


def test_check_rules_returns_the_names_in_order_or_fails_like_the_plan():
    from ansible_collections.privatelink.azure.plugins.plugin_utils._policy import check_rules
    assert check_rules([{"name": "b", "action": "keep"}, {"name": "a", "action": "remove"}]) == ["b", "a"]
    with pytest.raises(PolicyError, match=r"pec_approval_rules\[1\] \(a\).action"):
        check_rules([{"name": "b", "action": "keep"}, {"name": "a", "action": "delete"}])


# Conditions on what the consumer asked for (issue 15): group ids, request message, private endpoint id


@pytest.mark.parametrize("group_ids, wanted, matches", [
    (["blob"], "blob", True), (["dfs"], "blob", False), (["blob", "dfs"], ["dfs"], True),
    (["sqlServer"], "sqlserver", True), (["blob_secondary"], "blob*", True), ([], "blob", False),
])
def test_group_ids_match_any_of_the_connections_group_ids(group_ids, wanted, matches):
    rules = [{"name": "r", "match": {"group_ids": wanted}, "action": "approve"}]
    assert (only(plan([connection(group_ids=group_ids)], rules))["rule"] == "r") is matches


@pytest.mark.parametrize("types, refused", [
    ("storage", "Storage account"), (["Microsoft.KeyVault/vaults", "mhsm"], "Key Vault and Managed HSM"),
])
def test_group_ids_on_a_rule_limited_to_types_whose_connections_name_none_is_refused(types, refused):
    """Key Vault, HSM and Storage connection bodies carry no groupIds (their specs): the condition could never hold."""
    rules = [{"name": "lake", "match": {"resource_type": types, "group_ids": ["blob", "dfs"]}, "action": "approve"}]
    with pytest.raises(PolicyError) as error:
        plan([], rules)
    assert str(error.value) == (
        "pec_approval_rules[0] (lake).match.group_ids: %s connections do not name their group ids (no groupIds in "
        "their connection bodies, per the REST specification), so this condition never holds; match on "
        "private_endpoint_name or request_message instead (docs/role.md, Group ids)" % refused)


def test_group_ids_on_a_rule_for_every_type_is_accepted_and_the_report_says_why_storage_does_not_match():
    rules = [{"name": "lake", "match": {"group_ids": "blob"}, "action": "approve"}]
    storage = dict(connection(), parent_type="Microsoft.Storage/storageAccounts")
    decision = only(plan([storage], rules))
    assert decision["rule"] is None
    assert "group_ids: Storage account connections do not name their group ids" in json.dumps(decision)


def test_the_rows_say_whether_connection_bodies_name_their_group_ids_with_a_spec_source():
    from ansible_collections.privatelink.azure.plugins.module_utils import _types
    for row in _types.ROWS:
        assert row.connection_group_ids in (True, False, None), row.arm_type
        if row.connection_group_ids is not None:
            assert row.sources["connection_group_ids"].startswith(("spec:", "recording:")), row.arm_type
    assert [_types.row_for(name).connection_group_ids for name in ("keyvault", "mhsm", "storage")] == [False] * 3


@pytest.mark.parametrize("message, wanted, matches", [
    ("CHG0012345", "CHG*", True), ("chg0012345", "CHG*", True), ("Please approve CHG0012345", "CHG*", False),
    ("Please approve CHG0012345", "*CHG[0-9]*", True), (None, "*", False),
])
def test_request_message_is_a_case_insensitive_glob_over_the_whole_message(message, wanted, matches):
    rules = [{"name": "r", "match": {"request_message": wanted}, "action": "approve"}]
    assert (only(plan([connection(request_message=message)], rules))["rule"] == "r") is matches


def test_private_endpoint_id_globs():
    pattern = "/subscriptions/*/resourcegroups/rg-spoke/providers/microsoft.network/privateendpoints/pe-*"
    rules = [{"name": "r", "action": "approve", "match": {"private_endpoint_id": pattern}}]
    assert only(plan([connection()], rules))["rule"] == "r"
    assert only(plan([connection(pe_rg="rg-other")], rules))["rule"] is None


# Why a rule did not match (the reports' explanation)


def test_a_connection_no_rule_matches_says_why_each_rule_did_not():
    rules = [{"name": "spoke-on-prod", "action": "approve",
              "match": {"private_endpoint_subscription_id": SPOKE, "resource_tags": {"env": "prod"}}},
             {"name": "pending-dev", "action": "reject",
              "match": {"status": "Pending", "resource_tags": {"env": "dev"}}},
             {"name": "old", "action": "remove", "match": {"status": ["Disconnected"]}}]
    decision = only(plan([connection(status="Pending", tags={"env": "test"})], rules))
    assert decision["rule"] is None
    assert decision["rules_not_matched"] == [
        {"rule": "spoke-on-prod", "condition": "tag env: test not in [prod]"},
        {"rule": "pending-dev", "condition": "tag env: test not in [dev]"},
        {"rule": "old", "condition": "status: Pending not in [Disconnected]"}]
    decision = only(plan([connection(status="Pending", tags={})], rules[:1]))
    assert decision["rules_not_matched"] == [{"rule": "spoke-on-prod", "condition": "tag env: missing"}]


def test_drift_names_the_earlier_rules_an_in_sync_connection_does_not():
    rules = [{"name": "pending-spoke", "action": "approve",
              "match": {"status": "Pending", "private_endpoint_subscription_id": SPOKE}},
             {"name": "everything-else", "action": "reject"}]
    drifting = only(plan([connection(status="Approved")], rules))
    assert (drifting["rule"], drifting["action"]) == ("everything-else", "reject")
    assert drifting["rules_not_matched"] == [
        {"rule": "pending-spoke", "condition": "status: Approved not in [Pending]"}]
    in_sync = only(plan([connection(status="Rejected")], rules))
    assert (in_sync["action"], in_sync["rules_not_matched"]) == ("none", [])


@pytest.mark.parametrize("text", ["rg-a", "rg-[a]", "rg-*", "rg-?", "RG-A", "rg-b", "", "rg-a\\", "a]b"])
def test_globs_match_as_fnmatch_does_with_or_without_wildcards(text):
    patterns = ["rg-a", "rg-[a]", "rg-*x", "rg-?", "a]b", "rg-a\\", "[!r]*"]
    globs = Globs(patterns, patterns)
    assert globs.match(text) == any(fnmatch.fnmatchcase(text, pattern) for pattern in patterns)


def test_globs_survive_copy_and_pickle():
    globs = Globs(["rg-a", "rg-*x"], ["RG-A", "rg-*x"])
    for again in (copy.deepcopy(globs), pickle.loads(pickle.dumps(globs))):
        assert tuple(again) == tuple(globs) and again.written == globs.written
        assert again.match("rg-a") and again.match("rg-bx") and not again.match("rg-b")

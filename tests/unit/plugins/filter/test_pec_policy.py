"""Rule matching, scope, decisions and the safety valve of the pec_approval policy filter."""

import pytest

from ansible.errors import AnsibleFilterError
from ansible_collections.privatelink.azure.plugins.filter.pec_policy import pec_approval_plan, pec_approval_reads

from ansible_collections.privatelink.azure.tests.unit.plugins.filter.pec_connections import SPOKE, SUB, connection, read

OTHER_SUB = "55555555-5555-5555-5555-555555555555"


def plan(connections, rules, max_destructive_changes=10, **scope):
    scope = scope or {"subscriptions": [SUB]}
    return pec_approval_plan([read(*connections, subscription=SUB)], rules,
                             max_destructive_changes=max_destructive_changes, **scope)


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
    assert "never be approved again" in decision["reason"]
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
    ([{"name": "r", "action": "approve", "description": "by ${rul}"}], "unknown placeholder(s) ${rul}"),
    ([{"name": "r", "action": "approve", "description": "costs $5"}], "lone '$'"),
    ([{"name": "r", "action": "aprove"}], "'aprove' is not one of approve, reject, remove, keep"),
    ([{"action": "approve"}], "every rule needs a name"),
    ([{"name": "r", "action": "keep"}, {"name": "r", "action": "keep"}], "used twice"),
    ([{"name": "r", "action": "keep", "match": {"resource": "x"}}], "unknown condition(s) resource"),
    ([{"name": "r", "action": "keep", "macth": {}}], "unknown key(s) macth"),
    ([{"name": "r", "action": "keep", "match": {"status": "Aproved"}}], "'Aproved' is not one of"),
    ([{"name": "r", "action": "keep", "match": {"resource_type": "vm"}}], "unknown resource type 'vm'"),
    ([{"name": "r", "action": "keep", "match": {"resource_name": 5}}], "expected a string or a list"),
    ([{"name": "r", "action": "keep", "match": {"resource_tags": "env=prod"}}], "expected a dict of tag"),
    ("approve everything", "expected a list of rules"),
])
def test_bad_rules_fail_with_a_message_naming_the_fix(rules, message):
    with pytest.raises(AnsibleFilterError) as error:
        plan([connection()], rules)
    assert message in str(error.value)


def test_rules_are_validated_even_when_no_connection_reaches_them():
    with pytest.raises(AnsibleFilterError, match="unknown placeholder"):
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
    with pytest.raises(AnsibleFilterError, match="pec_approval_max_destructive_changes"):
        plan([], [], max_destructive_changes=limit)


# Scope


def test_reads_are_one_per_type_and_subscription():
    reads = pec_approval_reads(
        resources=[{"type": "keyvault", "resource_group": "rg-a", "name": "kv-a", "subscription_id": OTHER_SUB}],
        resource_groups=["rg-app", {"name": "rg-b", "subscription_id": OTHER_SUB}],
        subscriptions=[SUB])
    assert reads == {
        "Microsoft.KeyVault/vaults": ["", SUB, OTHER_SUB],
        "Microsoft.KeyVault/managedHSMs": ["", SUB, OTHER_SUB],
        "Microsoft.Storage/storageAccounts": ["", SUB, OTHER_SUB],
    }


def test_explicit_resources_read_only_their_type():
    reads = pec_approval_reads(resources=[{"type": "storage", "resource_group": "rg", "name": "st"}])
    assert reads == {"Microsoft.KeyVault/vaults": [], "Microsoft.KeyVault/managedHSMs": [],
                     "Microsoft.Storage/storageAccounts": [""]}


def test_resource_types_limit_group_and_subscription_scopes():
    reads = pec_approval_reads(subscriptions=[SUB], resource_types=["storage"])
    assert reads["Microsoft.Storage/storageAccounts"] == [SUB]
    assert reads["Microsoft.KeyVault/vaults"] == []


def test_empty_scope_is_an_error():
    with pytest.raises(AnsibleFilterError, match="the scope is empty"):
        pec_approval_reads()


def test_explicit_resource_needs_type_group_and_name():
    with pytest.raises(AnsibleFilterError, match=r"pec_approval_resources\[0\]: give type, resource_group and name"):
        pec_approval_reads(resources=[{"type": "keyvault", "name": "kv"}])


def scoped(scope, connections):
    reads = [read(*connections, subscription="")]
    return [(d["resource_name"], d["connection_name"])
            for d in pec_approval_plan(reads, [{"name": "r", "action": "keep"}], **scope)["decisions"]]


CONNS = [
    connection(parent="kv-app", rg="rg-app", pe_name="a"),
    connection(parent="kv-other", rg="rg-app", pe_name="b"),
    connection(parent="st-app", kind="st", rg="rg-app", pe_name="c"),
    connection(parent="kv-shared", rg="rg-shared", pe_name="d"),
]


def test_scope_explicit_resource_keeps_only_that_resource():
    scope = {"resources": [{"type": "Microsoft.KeyVault/vaults", "resource_group": "RG-APP", "name": "kv-app"}]}
    assert scoped(scope, CONNS) == [("kv-app", "a")]


def test_scope_resource_group_keeps_all_its_resources_of_the_wanted_types():
    assert scoped({"resource_groups": ["rg-app"]}, CONNS) == [("kv-app", "a"), ("kv-other", "b"), ("st-app", "c")]
    assert scoped({"resource_groups": ["rg-app"], "resource_types": ["storage"]}, CONNS) == [("st-app", "c")]


def test_scope_subscription_keeps_everything_in_it():
    assert len(scoped({"subscriptions": [SUB.upper()]}, CONNS)) == 4
    assert scoped({"subscriptions": [OTHER_SUB]}, CONNS) == []


def test_scope_entry_with_subscription_ignores_other_subscriptions():
    elsewhere = connection(parent="kv-app", rg="rg-app", pe_name="x", sub=OTHER_SUB)
    reads = [read(CONNS[0], subscription=""), read(elsewhere, subscription=OTHER_SUB)]
    result = pec_approval_plan(reads, [], resource_groups=[{"name": "rg-app", "subscription_id": OTHER_SUB}])
    assert [d["connection_name"] for d in result["decisions"]] == ["x"]


def test_connection_read_twice_is_decided_once():
    reads = [read(CONNS[0], subscription=""), read(CONNS[0], subscription=SUB)]
    assert len(pec_approval_plan(reads, [], subscriptions=[SUB])["decisions"]) == 1


def test_default_subscription_scope_holds_whichever_read_came_first():
    # kv-app without subscription_id (the default one) while the same subscription is also listed by id, for
    # Storage only: kv-app is in scope through the default-subscription read, even though it came second.
    reads = [read(CONNS[0], subscription=SUB), read(CONNS[0], subscription="")]
    result = pec_approval_plan(reads, [], resources=[{"type": "keyvault", "resource_group": "rg-app", "name": "kv-app"}],
                               subscriptions=[SUB], resource_types=["storage"])
    assert [d["connection_name"] for d in result["decisions"]] == ["a"]


def test_explicit_resource_without_connections_is_a_warning():
    result = pec_approval_plan([read(subscription="")], [],
                               resources=[{"type": "keyvault", "resource_group": "rg", "name": "kv-missing"}])
    assert result["warnings"] == [
        "Microsoft.KeyVault/vaults rg/kv-missing was not found or has no private endpoint connections"]


def test_failed_read_is_an_error():
    with pytest.raises(AnsibleFilterError, match="a read failed: boom"):
        pec_approval_plan([{"item": "", "failed": True, "msg": "boom"}], [], subscriptions=[SUB])


def test_batch_changes_carry_id_action_and_description_only_when_set():
    from ansible_collections.privatelink.azure.plugins.filter.pec_policy import pec_approval_batch_changes
    rules = [{"name": "a", "match": {"private_endpoint_name": "pe-a"}, "action": "approve", "description": "d"},
             {"name": "b", "action": "remove"}]
    result = plan([connection(pe_name="pe-a"), connection(pe_name="pe-b")], rules)
    assert pec_approval_batch_changes(result["changes"]) == [
        {"connection_id": result["changes"][0]["connection_id"], "action": "approve", "description": "d"},
        {"connection_id": result["changes"][1]["connection_id"], "action": "remove"},
    ]


def test_check_rules_returns_the_names_in_order_or_fails_like_the_plan():
    from ansible_collections.privatelink.azure.plugins.filter.pec_policy import pec_approval_check_rules
    assert pec_approval_check_rules([{"name": "b", "action": "keep"}, {"name": "a", "action": "remove"}]) == ["b", "a"]
    with pytest.raises(AnsibleFilterError, match=r"pec_approval_rules\[1\] \(a\).action"):
        pec_approval_check_rules([{"name": "b", "action": "keep"}, {"name": "a", "action": "delete"}])

"""The engine's decisions: desired state + current connection -> plan. Pure, no HTTP."""

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._decide import (
    DELETE, NONE, REFUSE, UPDATE, Plan, decide, is_settled, reached)
from ansible_collections.privatelink.azure.plugins.module_utils._type_row import Fact, Transition, with_fields
from ansible_collections.privatelink.azure.plugins.module_utils._type_table import KEY_VAULT, STORAGE
from ansible_collections.privatelink.azure.plugins.module_utils._types import BY_KEY

PE = "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-spoke/providers/Microsoft.Network/" \
     "privateEndpoints/pe-app"


def connection(status="Pending", description="", actions="None", provisioning="Succeeded"):
    return {"name": "pe-app", "status": status, "description": description, "actions_required": actions,
            "private_endpoint_id": PE, "provisioning_state": provisioning}


def desired(state="present", status=None, description=None, actions_required=None):
    return {"state": state, "status": status, "description": description, "actions_required": actions_required}


def test_pending_to_approved_is_an_update_that_keeps_unmentioned_fields():
    plan = decide(desired(status="Approved"), connection(description="asked by team x"), KEY_VAULT)
    assert plan.action == UPDATE
    assert plan.target == {"status": "Approved", "description": "asked by team x", "actions_required": "None"}
    assert plan.diff["before"]["status"] == "Pending"
    assert plan.diff["after"] == {"exists": True, "status": "Approved", "description": "asked by team x",
                                  "actions_required": "None"}


def test_same_state_is_a_no_op_with_an_empty_diff():
    plan = decide(desired(status="Approved", description="ok"), connection("Approved", "ok"), KEY_VAULT)
    assert plan.action == NONE
    assert not plan.writes
    assert plan.diff["before"] == plan.diff["after"]


def test_status_compare_ignores_case_and_missing_description_equals_empty():
    plan = decide(desired(status="approved", description=""), connection("Approved", None), KEY_VAULT)
    assert plan.action == NONE


def test_description_only_change_is_an_update_where_the_service_accepts_the_same_status():
    plan = decide(desired(description="new words"), connection("Approved", "old words"), KEY_VAULT)
    assert plan.action == UPDATE
    assert plan.target["status"] == "Approved"


def test_description_only_change_is_skipped_with_a_warning_where_same_status_is_refused():
    plan = decide(desired(status="Approved", description="new words"), connection("Approved", "old words"), STORAGE)
    assert plan.action == NONE
    assert plan.diff["before"] == plan.diff["after"]
    assert "refuses (HTTP 400)" in plan.warnings[0]
    assert "description" in plan.warnings[0]


def test_status_change_with_description_is_an_update_even_where_same_status_is_refused():
    plan = decide(desired(status="Rejected", description="no"), connection("Approved"), STORAGE)
    assert plan.action == UPDATE
    assert plan.target["status"] == "Rejected"


def test_rejected_to_approved_is_refused_where_the_service_refuses_it_and_says_to_recreate_the_endpoint():
    plan = decide(desired(status="Approved"), connection("Rejected"), STORAGE)
    assert plan.action == REFUSE
    assert "never approves a rejected connection" in plan.reason
    assert PE in plan.reason
    assert plan.diff["after"]["status"] == "Approved"


def test_rejected_to_approved_is_an_update_with_a_warning_where_the_service_accepts_it():
    plan = decide(desired(status="Approved"), connection("Rejected"), KEY_VAULT)
    assert plan.action == UPDATE
    assert plan.target["status"] == "Approved"
    assert len(plan.warnings) == 1
    assert "cannot be approved again" in plan.warnings[0] and PE in plan.warnings[0]


def test_rejected_description_change_alone_does_not_warn():
    plan = decide(desired(description="still no"), connection("Rejected"), KEY_VAULT)
    assert plan.action == UPDATE and plan.warnings == []


@pytest.mark.parametrize("service_key, expected", [("keyvault", UPDATE), ("mhsm", UPDATE), ("storage", REFUSE)])
def test_each_service_descriptor_says_whether_rejected_can_be_approved_again(service_key, expected):
    plan = decide(desired(status="Approved"), connection("Rejected"), BY_KEY[service_key])
    assert plan.action == expected


def test_approved_to_rejected_is_allowed():
    assert decide(desired(status="Rejected"), connection("Approved"), KEY_VAULT).action == UPDATE


def test_rejected_stays_rejected_is_a_no_op():
    assert decide(desired(status="Rejected"), connection("Rejected"), KEY_VAULT).action == NONE


def test_disconnected_cannot_be_changed_but_can_be_left_alone():
    assert decide(desired(status="Approved"), connection("Disconnected"), KEY_VAULT).action == REFUSE
    assert decide(desired(), connection("Disconnected"), KEY_VAULT).action == NONE


def test_absent_deletes_an_existing_connection_and_shows_it_going_away():
    plan = decide(desired(state="absent"), connection("Approved"), KEY_VAULT)
    assert plan.action == DELETE
    assert plan.diff["before"]["exists"] is True
    assert plan.diff["after"] == {"exists": False}


def test_absent_when_already_gone_is_a_no_op():
    plan = decide(desired(state="absent"), None, KEY_VAULT)
    assert plan.action == NONE
    assert plan.diff == {"before": {"exists": False}, "after": {"exists": False}}


def test_present_without_a_connection_is_refused():
    assert decide(desired(status="Approved"), None, KEY_VAULT).action == REFUSE


def test_actions_required_change():
    plan = decide(desired(actions_required="Recreate"), connection(actions="None"), KEY_VAULT)
    assert plan.action == UPDATE
    assert plan.target["actions_required"] == "Recreate"


@pytest.mark.parametrize("state, settled", [
    ("Succeeded", True), ("Failed", True), (None, True), ("Updating", False), ("Creating", False),
    ("Deleting", False), ("Disconnected", True), ("updating", False), ("SomethingNew", True)])
def test_is_settled(state, settled):
    assert is_settled({"provisioning_state": state}) is settled


def test_reached_update_compares_what_was_written():
    plan = decide(desired(status="Approved", description="ok"), connection(), KEY_VAULT)
    assert not reached(plan, connection())
    assert not reached(plan, connection(status="Approved"))
    assert reached(plan, connection(status="Approved", description="ok", provisioning="Updating"))
    assert not reached(plan, None)


def test_reached_delete_once_gone_or_deleting():
    plan = Plan(DELETE)
    assert reached(plan, None)
    assert reached(plan, connection(provisioning="Deleting"))
    assert reached(plan, connection(provisioning="Dropping"))  # SQL's deleting state: a second DELETE is needless
    assert not reached(plan, connection())


def test_the_refusal_and_its_sentence_come_from_the_row_and_match_the_policy_report():
    """The module, the batch and the role's report say the same words: row.refusal() is in decide's reason."""
    plan = decide(desired(status="Approved"), connection("Rejected"), STORAGE)
    assert STORAGE.refusal("Rejected", "Approved") in plan.reason
    assert "400 InvalidValuesForRequestParameters" in plan.reason


def test_a_row_refusing_approved_to_rejected_refuses_it_and_says_what_to_do_instead():
    row = with_fields(KEY_VAULT, refused_transitions=Fact(
        (Transition(current="Approved", wanted="Rejected", answer="400 (not recorded)"),), "our inference: test"))
    plan = decide(desired(status="Rejected"), connection("Approved"), row)
    assert plan.action == REFUSE
    assert "never rejects an approved connection" in plan.reason and "remove the connection" in plan.reason
    assert decide(desired(state="absent"), connection("Approved"), row).action == DELETE


@pytest.mark.parametrize("status", ["Approving", "Rejecting", "approving"])
def test_a_transitional_status_counts_as_busy_wherever_a_row_shows_it(status, monkeypatch):
    from ansible_collections.privatelink.azure.plugins.module_utils import _types
    monkeypatch.setattr(_types, "TRANSITIONAL_STATUSES", ("Approving", "Rejecting"))
    assert not is_settled({"status": status, "provisioning_state": "Succeeded"})
    assert is_settled({"status": "Approved", "provisioning_state": "Succeeded"})


def test_a_read_only_type_refuses_every_change_and_removal_with_its_source():
    row = with_fields(KEY_VAULT, writable=Fact(False, "spec: only List and Get"))
    for wanted in (desired(status="Approved"), desired(state="absent")):
        plan = decide(wanted, connection("Pending"), row)
        assert plan.action == REFUSE and "can only be read" in plan.reason and "only List and Get" in plan.reason

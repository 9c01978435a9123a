"""Role assignments (tests/emulator/rbac.py): a principal may do what its assignments' actions allow on their scope
and below; otherwise 403 AuthorizationFailed naming the action and the scope, and lists leave the resource out."""

import pytest

from tests.emulator.control import ControlError

from . import fleet
from .arm import error_of

API = "2023-07-01"
SUBSCRIPTION = f"/subscriptions/{fleet.SUBSCRIPTION}"
VAULT = fleet.parent_id(fleet.KEYVAULT, fleet.RG, fleet.VAULT)
OTHER_VAULT = fleet.parent_id(fleet.KEYVAULT, fleet.RG_OTHER, fleet.OTHER_VAULT)
READ_ONLY = ["Microsoft.KeyVault/vaults/read", "Microsoft.KeyVault/vaults/privateEndpointConnections/read"]


def assign(emu, seed, assignments):
    document = dict(seed, principals=[dict(p) for p in seed["principals"]])
    document["principals"][0]["role_assignments"] = assignments
    emu.control.load_state(document)


def test_a_read_only_assignment_reads_and_is_refused_the_write_with_the_action_and_scope(arm, emu, seed):
    assign(emu, seed, [{"scope": SUBSCRIPTION, "actions": READ_ONLY}])
    connection = VAULT + "/privateEndpointConnections/pe-pending"

    assert arm.get(connection, API).status_code == 200
    refused = arm.put(connection, API, body={"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}})

    assert refused.status_code == 403
    code, message = error_of(refused)
    assert code == "AuthorizationFailed"
    assert "'Microsoft.KeyVault/vaults/privateEndpointConnections/write'" in message
    assert f"over scope '{connection}'" in message and fleet.CLIENT_ID in message
    assert refused.headers.get("x-ms-request-id")


def test_an_assignment_covers_its_scope_and_below_only_and_lists_leave_out_the_rest(arm, emu, seed):
    assign(emu, seed, [{"scope": fleet.parent_id(fleet.KEYVAULT, fleet.RG, fleet.VAULT), "role": "Reader"}])

    assert arm.get(VAULT, API).status_code == 200
    other = arm.get(OTHER_VAULT, API)
    assert other.status_code == 403 and "'Microsoft.KeyVault/vaults/read'" in error_of(other)[1]
    listed = arm.get(f"{SUBSCRIPTION}/providers/Microsoft.KeyVault/vaults", API)
    assert [vault["name"] for vault in listed.json()["value"]] == [fleet.VAULT]


def test_wildcards_and_not_actions(arm, emu, seed):
    assign(emu, seed, [{"scope": "/", "actions": ["Microsoft.KeyVault/*"],
                        "not_actions": ["Microsoft.KeyVault/vaults/privateEndpointConnections/delete"]}])
    connection = VAULT + "/privateEndpointConnections/pe-approved"

    assert arm.put(connection, API, body={"properties": {"privateLinkServiceConnectionState": {
        "status": "Rejected"}}}).status_code == 200
    refused = arm.delete(connection, API)
    assert refused.status_code == 403 and "privateEndpointConnections/delete" in error_of(refused)[1]


def test_a_bad_assignment_is_refused_by_the_seed_loader(emu, seed):
    with pytest.raises(ControlError, match="role must be one of Owner, Contributor, Reader"):
        assign(emu, seed, [{"scope": SUBSCRIPTION, "role": "Approver"}])
    with pytest.raises(ControlError, match="needs a scope"):
        assign(emu, seed, [{"actions": ["*"]}])


def test_assignments_survive_a_state_round_trip(emu, seed):
    assign(emu, seed, [{"scope": SUBSCRIPTION, "actions": READ_ONLY}])
    principal = emu.control.state()["principals"][0]
    assert principal["role_assignments"] == [{"scope": SUBSCRIPTION, "actions": READ_ONLY, "not_actions": []}]


def test_resource_graph_shows_only_what_the_role_assignments_let_the_caller_read(arm, emu, seed):
    # Resource Graph returns only the resources the caller may read (learn.microsoft.com, "Permissions in Azure
    # Resource Graph"): a Reader of one resource group sees that group; a vault reader sees the vaults.
    def names(text="resources | project name"):
        answer = arm.call("POST", "/providers/Microsoft.ResourceGraph/resources", "2021-03-01", body={"query": text})
        assert answer.status_code == 200, answer.text
        return sorted(row["name"] for row in answer.json()["data"])

    in_group = sorted(r["name"] for r in seed["resources"] if r["resource_group"] == fleet.RG)
    vaults = sorted(r["name"] for r in seed["resources"] if r["type"] == fleet.KEYVAULT)
    assert set(in_group) != {r["name"] for r in seed["resources"]} and set(vaults) != set(in_group)

    assign(emu, seed, [{"scope": f"{SUBSCRIPTION}/resourceGroups/{fleet.RG}", "role": "Reader"}])
    assert names() == in_group

    assign(emu, seed, [{"scope": SUBSCRIPTION, "actions": ["Microsoft.KeyVault/vaults/read"]}])
    assert names() == vaults

    assign(emu, seed, [{"scope": SUBSCRIPTION, "actions": ["Microsoft.KeyVault/vaults/privateEndpointConnections/read"]}])
    assert names() == []

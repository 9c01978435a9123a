"""The role's `group_ids` condition end to end, through real ansible on the emulator: on types whose connection
bodies name their group ids (SQL servers' `groupIds` list, Cosmos DB's single `groupId`), a rule with `group_ids`
approves the connections that serve the named sub-resources, and a Pending connection serving another sub-resource
falls to the next rule, with the group-id miss in the report's `rules_not_matched`."""

import pytest

from tests.emulator.launcher import running_emulator

from .runner import connections_by_endpoint, run_role

pytestmark = pytest.mark.slow

SPOKE = "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-spoke/providers/Microsoft.Network/" \
        "privateEndpoints/"
FLEET = {
    "subscription_id": "00000000-0000-0000-0000-000000000000",
    "tenant_id": "11111111-1111-1111-1111-111111111111",
    "principals": [{"client_id": "22222222-2222-2222-2222-222222222222",
                    "client_secret": "emulator-demo-secret-not-for-real-use", "denied_resources": []}],
    "resources": [
        {"type": "Microsoft.DocumentDB/databaseAccounts", "resource_group": "rg-data", "name": "cosmos-groups",
         "location": "westeurope", "connections": [
             {"private_endpoint_id": SPOKE + "pe-cosmos-sql", "status": "Pending", "group_ids": ["Sql"]},
             {"private_endpoint_id": SPOKE + "pe-cosmos-mongo", "status": "Pending", "group_ids": ["MongoDB"]}]},
        {"type": "Microsoft.Sql/servers", "resource_group": "rg-data", "name": "sql-groups",
         "location": "westeurope", "connections": [
             {"private_endpoint_id": SPOKE + "pe-sql-app", "status": "Pending", "group_ids": ["sqlServer"]}]},
    ],
}
RULES = [
    {"name": "sql-apis", "match": {"group_ids": ["Sql", "sqlServer"], "status": "Pending"}, "action": "approve",
     "description": "Approved by ${rule}"},
    {"name": "other-pending", "match": {"status": "Pending"}, "action": "reject", "description": "Rejected by ${rule}"},
]
ROLE_VARS = {"pec_approval_subscriptions": [FLEET["subscription_id"]], "pec_approval_rules": RULES}
EXPECTED = {
    ("cosmos-groups", (SPOKE + "pe-cosmos-sql").lower()): ("approve", "sql-apis", "Approved"),
    ("cosmos-groups", (SPOKE + "pe-cosmos-mongo").lower()): ("reject", "other-pending", "Rejected"),
    ("sql-groups", (SPOKE + "pe-sql-app").lower()): ("approve", "sql-apis", "Approved"),
}


@pytest.fixture()
def emu():
    with running_emulator(seed=FLEET, lro_seconds=0.2, delete_seconds=0.2) as emulator:
        emulator.control.settings(retry_after_seconds=0)
        yield emulator


def decisions(run):
    return {(c["resource_name"], c["private_endpoint_id"].lower()): c for c in run.report()["connections"]}


def test_a_group_ids_rule_approves_its_sub_resources_and_the_others_fall_to_the_next_rule(emu, tmp_path):
    check = run_role(emu, tmp_path, ROLE_VARS, check=True, name="check")

    assert check.returncode == 0, check
    assert check.writes == []
    found = decisions(check)
    assert {key: (c["action"], c["rule"]) for key, c in found.items()} == {
        key: (action, rule) for key, (action, rule, final) in EXPECTED.items()}
    mongo = found[("cosmos-groups", (SPOKE + "pe-cosmos-mongo").lower())]
    assert mongo["rules_not_matched"] == [
        {"rule": "sql-apis", "condition": "group_ids: MongoDB not in [Sql, sqlServer]"}], mongo

    apply = run_role(emu, tmp_path, ROLE_VARS, name="apply")

    assert apply.returncode == 0, apply
    assert sorted((w["method"], w["path"].split("/privateEndpointConnections/")[0].rsplit("/", 1)[-1])
                  for w in apply.writes) == [("PUT", "cosmos-groups"), ("PUT", "cosmos-groups"), ("PUT", "sql-groups")]
    state = connections_by_endpoint(emu.control.state())
    assert state == {key: final for key, (action, rule, final) in EXPECTED.items()}

    again = run_role(emu, tmp_path, ROLE_VARS, name="again")

    assert again.returncode == 0, again
    assert again.writes == [] and again.changed_tasks == 0, again
    assert again.report()["summary"]["drift"] == 0

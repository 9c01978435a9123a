"""Failures on the way: an Azure error on one vault, refusals, and bad rules. Explicit-resource scope, to keep the
runs short."""

import pytest

from . import policy
from .runner import connections_by_endpoint, run_role

pytestmark = pytest.mark.slow

KEYVAULT = "Microsoft.KeyVault/vaults"
REQUEST_ID = "00000000-1111-2222-3333-injected0001"


def prod_vaults_with_changes(fleet, count):
    per_resource = policy.changes_per_resource(fleet)
    vaults = [r for r in fleet["resources"] if r["type"] == KEYVAULT and r["tags"]["env"] == "prod"
              and per_resource.get(r["name"])]
    return vaults[:count]


def explicit_scope(resources):
    return [{"type": "keyvault", "resource_group": r["resource_group"], "name": r["name"],
             "subscription_id": r["subscription_id"]} for r in resources]


def test_an_azure_error_on_one_vault_is_reported_and_the_other_changes_are_made(emu, large_fleet, tmp_path):
    broken, healthy = prod_vaults_with_changes(large_fleet, 2)
    emu.control.add_fault(method="PUT", path_regex="/vaults/%s/privateEndpointConnections/" % broken["name"],
                          status=400, headers={"x-ms-request-id": REQUEST_ID},
                          body={"error": {"code": "InjectedFailure", "message": "Refused by the test"}}, times=None)
    run = run_role(emu, tmp_path, {"pec_approval_resources": explicit_scope([broken, healthy]),
                                   "pec_approval_rules": policy.RULES, "pec_approval_max_destructive_changes": 50})
    assert run.returncode != 0, run
    assert "change(s) failed" in run.output and "InjectedFailure" in run.output and REQUEST_ID in run.output

    report = run.report()
    by_resource = {}
    for entry in report["connections"]:
        by_resource.setdefault(entry["resource_name"], []).append(entry)
    puts_on_broken = [e for e in by_resource[broken["name"]] if e["action"] in ("approve", "reject")]
    assert puts_on_broken
    for entry in puts_on_broken:
        assert entry["result"] == "failed"
        assert (entry["error"]["code"], entry["error"]["request_id"], entry["error"]["status"]) == (
            "InjectedFailure", REQUEST_ID, 400)
        assert "Refused by the test" in entry["error"]["message"]
    assert all(e["result"] in ("changed", "in_sync", "refused") for e in by_resource[healthy["name"]])
    assert report["summary"]["by_result"]["failed"] == len(puts_on_broken)

    # The healthy vault is where the policy wants it; the broken one kept its statuses (removals still went through).
    state = connections_by_endpoint(emu.control.state())
    for connection in healthy["connections"]:
        key = (healthy["name"], connection["private_endpoint_id"].lower())
        assert state.get(key) == policy.expected_decision(healthy, connection).final
    for entry in puts_on_broken:
        assert state[(broken["name"], entry["private_endpoint_id"].lower())] == entry["current_status"]

    junit = run.junit()
    assert int(junit.get("errors")) == len(puts_on_broken)
    assert "InjectedFailure: Refused by the test" in run.markdown() and REQUEST_ID in run.markdown()


def test_refusals_fail_the_run_when_asked_to(emu, large_fleet, tmp_path):
    refused_on = [r for r in large_fleet["resources"]
                  if any(policy.expected_decision(r, c).action == "refused" for c in r["connections"])][:1]
    run = run_role(emu, tmp_path, {"pec_approval_resources": [
        {"type": refused_on[0]["type"], "resource_group": refused_on[0]["resource_group"],
         "name": refused_on[0]["name"], "subscription_id": refused_on[0]["subscription_id"]}],
        "pec_approval_rules": policy.RULES, "pec_approval_max_destructive_changes": 50,
        "pec_approval_fail_on_refused": True}, check=True)
    assert run.returncode != 0, run
    assert "cannot be brought to the state their" in run.output
    assert run.writes == []
    refused = [e for e in run.report()["connections"] if e["result"] == "refused"]
    assert refused and all("never approves a rejected connection again" in e["reason"] for e in refused)


@pytest.mark.parametrize("rules, message", [
    ([{"name": "r", "action": "approve", "description": "for ${endpoint}"}], "unknown placeholder(s) ${endpoint}"),
    ([{"name": "r", "action": "approve", "match": {"resource_tags": {"env": "prod"}, "colour": "red"}}],
     "colour"),
    ([{"name": "r", "action": "approve"}, {"name": "r", "action": "keep"}], "used by an earlier rule too"),
])
def test_bad_rules_fail_before_any_request(emu, tmp_path, rules, message):
    run = run_role(emu, tmp_path, {"pec_approval_subscriptions": ["00000000-0000-0000-0000-000000000000"],
                                   "pec_approval_rules": rules})
    assert run.returncode != 0, run
    assert message in run.output
    assert "Traceback" not in run.output
    assert run.arm == []

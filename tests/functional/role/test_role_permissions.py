"""Least privilege (docs/permissions.md): the role run by an identity holding only the custom roles shipped in
examples/roles/, assigned on the emulator (tests/emulator/rbac.py) exactly as `az role assignment create` would.

- the reader role: a drift report (check mode) works; an apply fails without changing anything, naming the missing
  action and the scope;
- the approver role: the apply works;
- a principal denied one vault: the vault is in the report as unreadable (Azure's code, message, request id), the
  others are changed, the run fails after writing the report.
"""

import json
import os

import pytest

from . import policy
from .runner import run_role
from .test_role_failures import explicit_scope, prod_vaults_with_changes

pytestmark = pytest.mark.slow

ROLES = os.path.join(os.path.dirname(__file__), os.pardir, os.pardir, os.pardir, "examples", "roles")
KEYVAULT = "Microsoft.KeyVault/vaults"


def custom_role(name):
    with open(os.path.join(ROLES, name)) as handle:
        return json.load(handle)


def grant(emu, fleet, role=None, denied=()):
    """The fleet, with the first principal holding ``role`` on every subscription (and denied ``denied``)."""
    state = json.loads(json.dumps(fleet))
    principal = state["principals"][0]
    if role is not None:
        principal["role_assignments"] = [{"scope": "/subscriptions/%s" % subscription, "actions": role["Actions"]}
                                         for subscription in policy.SUBSCRIPTIONS]
    principal["denied_resources"] = list(denied)
    emu.control.load_state(state)


def role_vars(resources):
    return {"pec_approval_resources": explicit_scope(resources), "pec_approval_rules": policy.RULES,
            "pec_approval_max_destructive_changes": 50}


def test_the_reader_role_reports_drift_and_an_apply_fails_naming_the_action_without_writing(emu, large_fleet, tmp_path):
    vaults = prod_vaults_with_changes(large_fleet, 2)
    grant(emu, large_fleet, custom_role("pec-reader.json"))

    drift = run_role(emu, tmp_path, role_vars(vaults), check=True, name="check")
    assert drift.returncode == 0, drift.output[-2000:]
    assert drift.writes == [] and any(e["drift"] for e in drift.report()["connections"])

    apply = run_role(emu, tmp_path, role_vars(vaults), name="apply")
    assert apply.returncode != 0
    assert [entry["status"] for entry in apply.writes] and all(entry["status"] == 403 for entry in apply.writes)
    assert "lacks the permission 'Microsoft.KeyVault/vaults/privateEndpointConnections/write'" in apply.output
    assert "on scope '/subscriptions/" in apply.output and "docs/permissions.md" in apply.output
    state = {r["name"]: r for r in emu.control.state()["resources"]}
    for vault in vaults:
        assert [c["status"] for c in state[vault["name"]]["connections"]] == [
            c["status"] for c in vault["connections"]]


def test_the_approver_role_applies_the_policy(emu, large_fleet, tmp_path):
    vaults = prod_vaults_with_changes(large_fleet, 2)
    grant(emu, large_fleet, custom_role("pec-approver.json"))

    run = run_role(emu, tmp_path, role_vars(vaults))

    assert run.returncode == 0, run.output[-2000:]
    assert run.writes and all(entry["status"] in (200, 202, 204) for entry in run.writes)
    assert not [entry for entry in run.arm if entry["status"] == 403]


def test_a_principal_denied_one_vault_gets_it_reported_and_the_run_fails_after_the_report(emu, large_fleet, tmp_path):
    denied, allowed = prod_vaults_with_changes(large_fleet, 2)
    denied_id = "/subscriptions/%s/resourceGroups/%s/providers/%s/%s" % (
        denied["subscription_id"], denied["resource_group"], KEYVAULT, denied["name"])
    grant(emu, large_fleet, custom_role("pec-approver.json"), denied=[denied_id])
    # The denied vault is named, and its resource group is in scope too: the group's list leaves it out silently.
    variables = dict(role_vars([denied, allowed]), pec_approval_resource_groups=[
        {"name": denied["resource_group"], "subscription_id": denied["subscription_id"]}])

    run = run_role(emu, tmp_path, variables)

    assert run.returncode != 0
    assert "could not be read" in run.output and "AuthorizationFailed" in run.output, run.output[-3000:]
    report = run.report()
    errors = [e for e in report["errors"] if denied["name"] in e["scope"]]
    assert len(errors) == 1, (report["errors"], run.output[-3000:])
    error = errors[0]
    assert error["azure_error"]["code"] == "AuthorizationFailed" and error["azure_error"]["request_id"]
    assert "Microsoft.KeyVault/vaults/read" in error["azure_error"]["message"]
    assert {e["resource_name"] for e in report["connections"]} >= {allowed["name"]}
    assert denied["name"] not in {e["resource_name"] for e in report["connections"]}
    assert [w for w in run.writes if allowed["name"] in w["path"]]
    assert not [w for w in run.writes if denied["name"] in w["path"]]

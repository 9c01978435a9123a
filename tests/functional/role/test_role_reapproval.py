"""Rejected -> Approved through the role: Key Vault accepts it (recorded traffic) and the role approves it with a
warning; Storage refuses it before any write (AZURE_BEHAVIOUR.md)."""

import pytest

from .runner import connections_by_endpoint, run_role

pytestmark = pytest.mark.slow

KEYVAULT = "Microsoft.KeyVault/vaults"
STORAGE = "Microsoft.Storage/storageAccounts"
RULES = [{"name": "give-rejected-another-chance", "match": {"status": "Rejected"}, "action": "approve"}]


def first_resource(fleet, resource_type):
    return next(r for r in fleet["resources"] if r["type"] == resource_type
                and any(c["status"] == "Rejected" for c in r["connections"]))


def scope(resource):
    return [{"type": resource["type"], "resource_group": resource["resource_group"], "name": resource["name"],
             "subscription_id": resource["subscription_id"]}]


def test_rejected_key_vault_connections_are_approved_again_with_a_warning(emu, large_fleet, tmp_path):
    vault = first_resource(large_fleet, KEYVAULT)
    rejected = [c["private_endpoint_id"].lower() for c in vault["connections"] if c["status"] == "Rejected"]

    run = run_role(emu, tmp_path, {"pec_approval_resources": scope(vault), "pec_approval_rules": RULES})

    assert run.returncode == 0, run
    assert len([w for w in run.writes if w["method"] == "PUT"]) == len(rejected)
    assert "cannot be approved again" in run.output
    state = connections_by_endpoint(emu.control.state())
    assert {state[(vault["name"], endpoint)] for endpoint in rejected} == {"Approved"}
    results = {c["private_endpoint_id"].lower(): c["result"] for c in run.report()["connections"]}
    assert {results[endpoint] for endpoint in rejected} == {"changed"}


def test_rejected_storage_connections_are_refused_before_any_write(emu, large_fleet, tmp_path):
    account = first_resource(large_fleet, STORAGE)

    run = run_role(emu, tmp_path, {"pec_approval_resources": scope(account), "pec_approval_rules": RULES})

    assert run.returncode == 0, run
    assert run.writes == []
    refused = [c for c in run.report()["connections"] if c["result"] == "refused"]
    assert refused and all("never approves a rejected connection again" in c["reason"] for c in refused)

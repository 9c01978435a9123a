"""The modules' api_version option: every ARM request of the task carries the pinned version, an older one works
end to end, a version the resource type does not serve is Azure's clear error, a malformed one is refused before
any request. The emulator's request log (api_version of each request) is the ground truth."""

import pytest

from tests.emulator.launcher import running_emulator
from tests.functional.modules.playbooks import DEMO_FLEET, explain, run_playbook, write_playbook

pytestmark = pytest.mark.slow

SPOKE = "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-spoke/providers/Microsoft.Network/" \
        "privateEndpoints/"
# Older versions real Azure serves (recorded traffic, AZURE_BEHAVIOUR.md), one per resource type.
PINNED = {"/vaults/": "2018-02-14", "/managedhsms/": "2021-04-01-preview", "/storageaccounts/": "2019-06-01"}

TASKS = [
    {"name": "approve on Key Vault with 2018-02-14", "privatelink.azure.azure_keyvault_pec": {
        "resource_group": "rg-app", "vault_name": "kv-app", "name": "pe-app", "status": "Approved",
        "api_version": "2018-02-14"}},
    {"name": "approve on Managed HSM with 2021-04-01-preview", "privatelink.azure.azure_mhsm_pec": {
        "resource_group": "rg-app", "hsm_name": "mhsm-payments", "name": "pe-hsm", "status": "Approved",
        "api_version": "2021-04-01-preview"}},
    {"name": "approve on Storage with 2019-06-01", "privatelink.azure.azure_storage_pec": {
        "resource_group": "rg-app", "account_name": "stappdata01", "private_endpoint_id": SPOKE + "pe-blob",
        "status": "Approved", "api_version": "2019-06-01"}},
    {"name": "read a vault with 2018-02-14", "privatelink.azure.azure_keyvault_pec_info": {
        "resource_group": "rg-app", "vault_name": "kv-app", "api_version": "2018-02-14"}},
    {"name": "read Storage accounts with 2019-06-01", "privatelink.azure.azure_storage_pec_info": {
        "resource_group": "rg-app", "api_version": "2019-06-01"}},
]
UNSERVED = {"name": "a version Key Vault does not serve", "ignore_errors": True,
            "privatelink.azure.azure_keyvault_pec": {"resource_group": "rg-app", "vault_name": "kv-app",
                                                     "name": "pe-app", "status": "Approved",
                                                     "api_version": "2099-01-01"}}
MALFORMED = {"name": "not an api-version", "ignore_errors": True,
             "privatelink.azure.azure_keyvault_pec": {"resource_group": "rg-app", "vault_name": "kv-app",
                                                      "name": "pe-app", "status": "Approved",
                                                      "api_version": "latest"}}


def test_pinned_older_versions_work_end_to_end_and_every_request_carries_them(tmp_path):
    with running_emulator(seed=DEMO_FLEET, lro_seconds=1.0) as emu:
        run, results = run_playbook(emu, write_playbook(tmp_path, tasks=TASKS))
        assert run.returncode == 0, explain(run)
        log = emu.control.requests(kind="arm")

    approvals, info_vault, info_storage = results[:3], results[3], results[4]
    for result in approvals:
        assert result["changed"] is True
        assert (result["connection"]["status"], result["connection"]["provisioning_state"]) == ("Approved",
                                                                                                "Succeeded")
    assert {c["name"] for c in info_vault["connections"]} >= {"pe-app"}
    assert info_storage["connections"]
    assert log
    for entry in log:
        expected = next(version for marker, version in PINNED.items() if marker in entry["path"].lower() + "/")
        assert entry["api_version"] == expected, entry


def test_an_unserved_version_is_azures_error_and_a_malformed_one_sends_nothing(tmp_path):
    with running_emulator(seed=DEMO_FLEET, lro_seconds=1.0) as emu:
        run, (unserved, malformed) = run_playbook(emu, write_playbook(tmp_path, tasks=[UNSERVED, MALFORMED]))
        assert run.returncode == 0, explain(run)
        log = emu.control.requests(kind="arm")

    assert unserved["failed"] is True and unserved["changed"] is False
    assert unserved["azure_error"]["code"] == "InvalidApiVersionParameter"
    assert unserved["azure_error"]["request_id"]
    assert "2099-01-01" in unserved["msg"]
    assert malformed["failed"] is True and "api_version" in malformed["msg"] and "latest" in malformed["msg"]
    assert [entry["api_version"] for entry in log] == ["2099-01-01"]

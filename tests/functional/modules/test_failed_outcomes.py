"""The engine's failure paths end to end: the emulator makes an accepted change end in provisioningState Failed
(a fault with action 'fail', docs/emulator.md) and the module reports it: failed, changed, where it was left."""

import pytest

from tests.emulator.launcher import running_emulator
from tests.functional.modules.playbooks import DEMO_FLEET, explain, run_playbook, write_playbook

pytestmark = pytest.mark.slow

APPROVE = {"name": "approve", "ignore_errors": True, "privatelink.azure.azure_keyvault_pec": {
    "resource_group": "rg-app", "vault_name": "kv-app", "name": "pe-app", "status": "Approved",
    "wait_timeout": 60}}
REMOVE = {"name": "remove", "ignore_errors": True, "privatelink.azure.azure_mhsm_pec": {
    "resource_group": "rg-app", "hsm_name": "mhsm-payments", "name": "pe-hsm", "state": "absent",
    "wait_timeout": 60}}


def test_an_update_and_a_removal_that_end_failed_are_reported_as_such(tmp_path):
    with running_emulator(seed=DEMO_FLEET, lro_seconds=1.0, profile="fast") as emu:
        emu.control.add_fault(method="PUT", path_regex=r"/vaults/kv-app/privateEndpointConnections/pe-app$",
                              action="fail")
        emu.control.add_fault(method="DELETE", path_regex=r"/managedHSMs/mhsm-payments/privateEndpointConnections/"
                              r"pe-hsm$", action="fail")
        run, (approve, remove) = run_playbook(emu, write_playbook(tmp_path, tasks=[APPROVE, REMOVE]))
        assert run.returncode == 0, explain(run)
        writes = [e["method"] for e in emu.control.writes()]

    assert approve["failed"] is True and approve["changed"] is True
    assert "ended Failed" in approve["msg"]
    assert (approve["connection"]["status"], approve["connection"]["provisioning_state"]) == ("Approved", "Failed")
    assert remove["failed"] is True and remove["changed"] is True
    assert "ended with provisioningState Failed" in remove["msg"] and "still there" in remove["msg"]
    assert remove["connection"]["provisioning_state"] == "Failed"
    assert writes == ["PUT", "DELETE"]   # nothing resent

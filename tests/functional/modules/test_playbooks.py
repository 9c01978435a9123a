"""The modules' integration targets, their EXAMPLES and the 'done when' scenario, run by real ansible-playbook
against a fresh emulator, with request counts read from the emulator's log."""

import os

import pytest

from tests.emulator.launcher import PROFILE_VARIABLE, running_emulator
from tests.functional.modules.playbooks import (
    DEMO_FLEET, TARGETS_DIR, explain, module_examples, run_playbook, write_playbook)

TARGETS = sorted(name for name in os.listdir(TARGETS_DIR) if not name.startswith("setup_"))
MODULES = ["azure_keyvault_pec", "azure_mhsm_pec", "azure_storage_pec",
           "azure_keyvault_pec_info", "azure_mhsm_pec_info", "azure_storage_pec_info"]
SPOKE = "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-spoke/providers/Microsoft.Network/" \
        "privateEndpoints/"
WRITES = ("PUT", "PATCH", "POST", "DELETE")

# Approve a Pending connection selected by its private endpoint id, on each service of the demo fleet.
APPROVALS = {
    "azure_keyvault_pec": {"resource_group": "rg-app", "vault_name": "kv-app", "endpoint": "pe-app"},
    "azure_mhsm_pec": {"resource_group": "rg-app", "hsm_name": "mhsm-payments", "endpoint": "pe-hsm"},
    "azure_storage_pec": {"resource_group": "rg-app", "account_name": "stappdata01", "endpoint": "pe-blob"},
}
ASYNCHRONOUS = ("azure_keyvault_pec", "azure_mhsm_pec")


def profile():
    """The emulator's time profile these tests run on (the realistic stage sets it)."""
    return os.environ.get(PROFILE_VARIABLE) or "fast"


@pytest.mark.slow
@pytest.mark.parametrize("target", TARGETS)
def test_integration_target(target, tmp_path):
    """Every target passes on a fresh emulator (the targets assert changed / not changed and request counts)."""
    with running_emulator(seed=DEMO_FLEET, lro_seconds=1.0) as emu:
        playbook = write_playbook(tmp_path, roles=[target])
        run = run_playbook(emu, playbook)[0]
        assert run.returncode == 0, explain(run)
        assert "failed=0" in run.stdout


@pytest.mark.slow
@pytest.mark.parametrize("module", MODULES)
def test_examples_run_on_the_demo_fleet(module, tmp_path):
    tasks = module_examples(module)
    assert tasks and all("privatelink.azure." + module in task for task in tasks)
    with running_emulator(seed=DEMO_FLEET, lro_seconds=1.0) as emu:
        run, parsed = run_playbook(emu, write_playbook(tmp_path, tasks=tasks))
        assert run.returncode == 0, explain(run)
        results = parsed
        assert len(results) == len(tasks)
        if module.endswith("_info"):
            assert all(not result["changed"] for result in results)
            assert all(result["connections"] for result in results), results
            writes = [e for e in emu.control.requests(kind="arm") if e["method"] in WRITES]
            assert writes == []
        else:
            assert all(result["changed"] for result in results), results


def _approve_task(module):
    options = dict(APPROVALS[module])
    endpoint = options.pop("endpoint")
    options.update(private_endpoint_id=SPOKE + endpoint, status="Approved", description="Approved by the test")
    return [{"name": "approve", "privatelink.azure." + module: options}]


@pytest.mark.slow
@pytest.mark.parametrize("module", sorted(APPROVALS))
def test_done_when(module, tmp_path):
    """Approve a Pending connection by private endpoint id: check mode shows the diff and writes nothing; the run
    writes once and (Key Vault/HSM) polls at the Retry-After cadence; the second run is one read, not changed."""
    playbook = write_playbook(tmp_path, tasks=_approve_task(module))
    with running_emulator(seed=DEMO_FLEET, lro_seconds=2.0) as emu:
        emu.control.clear_requests()
        run, parsed = run_playbook(emu, playbook, "--check", "--diff")
        assert run.returncode == 0, explain(run)
        result, = parsed
        assert result["changed"] is True
        assert result["diff"]["before"]["status"] == "Pending"
        assert result["diff"]["after"]["status"] == "Approved"
        log = emu.control.requests(kind="arm")
        assert [e["method"] for e in log] == ["GET"], log  # one LIST, no write

        emu.control.clear_requests()
        run, parsed = run_playbook(emu, playbook)
        assert run.returncode == 0, explain(run)
        result, = parsed
        assert result["changed"] is True
        assert result["connection"]["status"] == "Approved"
        assert result["connection"]["provisioning_state"] == "Succeeded"
        log = emu.control.requests(kind="arm")
        writes = [e for e in log if e["method"] in WRITES]
        assert [e["method"] for e in writes] == ["PUT"], log
        if module in ASYNCHRONOUS:
            put_index = log.index(writes[0])
            polls = [e for e in log[put_index + 1:] if e["method"] == "GET"]
            assert polls, log
            times = [writes[0]["time"]] + [e["time"] for e in polls]
            gaps = [later - earlier for earlier, later in zip(times, times[1:])]
            # Floors, order and counts only (a loaded CI machine may be slow, never too fast): a first look a few
            # seconds after the write (_waiter.FIRST_LOOK_SECONDS), never two requests less than the emulator's
            # 1 s Retry-After apart, and a handful of polls for a 30-50 s change (the realistic profile), plus one
            # retry per 504 it answered; on the fast profile (2 s) the first look finds it done.
            assert gaps[0] >= 2.9 and all(gap >= 0.95 for gap in gaps), gaps
            assert polls[-1]["status"] == 200, polls
            gateway_timeouts = sum(1 for e in polls if e["status"] == 504)
            assert len(polls) <= (1 if profile() == "fast" else 4) + gateway_timeouts, gaps
        else:
            assert len(log) == 2  # LIST + synchronous PUT

        emu.control.clear_requests()
        run, parsed = run_playbook(emu, playbook)
        assert run.returncode == 0, explain(run)
        result, = parsed
        assert result["changed"] is False
        log = emu.control.requests(kind="arm")
        assert [e["method"] for e in log] == ["GET"], log

"""Stopping a job stops it (docs/cancellation.md): a real ansible-playbook runs azure_pec_batch against the
emulator with slow Key Vault changes; the test sends SIGINT, then SIGTERM, to ansible-playbook only (what AWX
does) and checks, from the emulator's request log, that no write starts after the signal but the ones already in
flight, and that no module process is left."""

import json
import os
import signal
import subprocess
import sys
import time

import pytest
import yaml

from tests.emulator.launcher import running_emulator
from tests.functional.modules.cells import Cell, fleet
from tests.functional.modules.playbooks import ANSIBLE_PLAYBOOK, MODULE_DEFAULTS, REPO_ROOT
from tests.functional.processes import live_processes, request_start

# The module learns that the playbook is gone from its watchdog (every 0.1 s) once ansible-playbook's worker has
# exited; a write may start within that much of the signal, never later.
DETECTION_SECONDS = 0.6
VAULTS = [Cell("keyvault", number) for number in range(1, 5)]
for _vault in VAULTS:
    _vault.connections = [{"name": "pe-%d" % index, "status": "Pending",
                           "private_endpoint_id": "%s-%d" % (_vault.endpoint_id, index)} for index in range(3)]


def batch_playbook(tmp_path, journal):
    changes = [{"connection_id": "/subscriptions/%s/resourceGroups/rg-cells/providers/Microsoft.KeyVault/vaults/%s/"
                                 "privateEndpointConnections/%s" % (fleet([])["subscription_id"], vault.parent_name,
                                                                    connection["name"]),
                "action": "approve"} for vault in VAULTS for connection in vault.connections]
    play = {"hosts": "localhost", "gather_facts": False, "module_defaults": MODULE_DEFAULTS, "tasks": [
        {"name": "Approve twelve connections on four slow vaults, two at a time",
         "privatelink.azure.azure_pec_batch": {"changes": changes, "parallelism": 2, "wait_timeout": 120,
                                               "journal": str(journal)}}]}
    path = tmp_path / "cancel.yml"
    path.write_text(yaml.safe_dump([play], sort_keys=False))
    return str(path)


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir("/proc"), reason="finding the module's processes needs /proc (Linux)")
def test_sigint_then_sigterm_stops_the_batch(tmp_path):
    remote_tmp = tmp_path / "ansible-tmp"
    journal = tmp_path / "journal.jsonl"
    with running_emulator(seed=fleet(VAULTS), lro_seconds=3.0) as emu:
        env = dict(os.environ, **emu.module_env())
        env.update({"ANSIBLE_REMOTE_TMP": str(remote_tmp), "ANSIBLE_NOCOLOR": "1",
                    "ANSIBLE_LOCALHOST_WARNING": "0", "ANSIBLE_INVENTORY_UNPARSED_WARNING": "0"})
        playbook = subprocess.Popen(  # pylint: disable=consider-using-with
            [ANSIBLE_PLAYBOOK, batch_playbook(tmp_path, journal), "-i", "localhost,", "-c", "local",
             "-e", "ansible_python_interpreter=%s" % sys.executable],
            cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            deadline = time.monotonic() + 120
            while len(emu.control.writes()) < 3 and time.monotonic() < deadline and playbook.poll() is None:
                time.sleep(0.1)
            assert len(emu.control.writes()) >= 3, "the batch never got going"
            assert live_processes(str(remote_tmp)), "no module process found to stop"
            signalled = time.time()
            playbook.send_signal(signal.SIGINT)
            time.sleep(0.5)
            if playbook.poll() is None:
                playbook.send_signal(signal.SIGTERM)
            output = playbook.communicate(timeout=60)[0]
        finally:
            if playbook.poll() is None:
                playbook.kill()
        # Long enough for several more changes, had the batch gone on (each takes about 3 s here).
        time.sleep(8)
        writes = emu.control.writes()
        late = [entry for entry in writes if request_start(entry) > signalled + DETECTION_SECONDS]
        assert late == [], (late, output[-3000:])
        survivors = live_processes(str(remote_tmp))
        assert survivors == [], survivors
        assert len(writes) < len(VAULTS) * 3, "the batch ran to its end: it was not stopped"
        # The journal keeps what the result could not say.
        lines = [json.loads(line) for line in journal.read_text().splitlines()]
        end = lines[-1]
        assert end["event"] == "end" and end["cancelled"] is True, lines
        assert len(end["done"]) + len(end["in_flight"]) + len(end["not_started"]) == len(VAULTS) * 3
        finished = [line for line in lines if line["event"] == "finish" and line["progress"] == "done"]
        assert sorted(end["done"]) == sorted(line["connection_id"] for line in finished)
        assert end["not_started"], end
        states = {c["name"]: c["status"] for r in emu.control.state()["resources"] for c in r["connections"]
                  if r["name"] == VAULTS[0].parent_name}
        assert "Pending" in states.values(), states


WAITING_TASKS = {
    # Polls a Key Vault change that takes 60 s.
    "azure_keyvault_pec": {"resource_group": "rg-cells", "vault_name": VAULTS[0].parent_name, "name": "pe-0",
                           "status": "Approved", "wait_timeout": 120},
    # Retries reads answered 503 for its whole budget.
    "azure_storage_pec_info": {"resource_group": "rg-cells"},
    "azure_pec_scope_info": {"resource_groups": ["rg-cells"], "resource_types": ["Microsoft.KeyVault/vaults"],
                             "timeout": 120},
}


@pytest.mark.slow
@pytest.mark.skipif(not os.path.isdir("/proc"), reason="finding the module's processes needs /proc (Linux)")
@pytest.mark.parametrize("module", sorted(WAITING_TASKS))
def test_a_waiting_module_stops_at_once(tmp_path, module):
    remote_tmp = tmp_path / "ansible-tmp"
    with running_emulator(seed=fleet(VAULTS), lro_seconds=60.0) as emu:
        if module != "azure_keyvault_pec":
            emu.control.add_fault(method="GET", path_regex=r"/providers/", status=503, times=None,
                                  body={"error": {"code": "ServiceUnavailable", "message": "Injected."}})
        env = dict(os.environ, **emu.module_env())
        env.update({"ANSIBLE_REMOTE_TMP": str(remote_tmp), "ANSIBLE_NOCOLOR": "1",
                    "ANSIBLE_LOCALHOST_WARNING": "0", "ANSIBLE_INVENTORY_UNPARSED_WARNING": "0"})
        play = {"hosts": "localhost", "gather_facts": False, "module_defaults": MODULE_DEFAULTS,
                "tasks": [{"name": "wait", "privatelink.azure." + module: WAITING_TASKS[module]}]}
        path = tmp_path / "wait.yml"
        path.write_text(yaml.safe_dump([play], sort_keys=False))
        playbook = subprocess.Popen(  # pylint: disable=consider-using-with
            [ANSIBLE_PLAYBOOK, str(path), "-i", "localhost,", "-c", "local",
             "-e", "ansible_python_interpreter=%s" % sys.executable],
            cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
        try:
            deadline = time.monotonic() + 60
            while len(emu.control.requests(kind="arm")) < 3 and time.monotonic() < deadline:
                time.sleep(0.1)
            assert len(emu.control.requests(kind="arm")) >= 3, "the module never got going"
            signalled = time.time()
            playbook.send_signal(signal.SIGINT)
            time.sleep(0.5)
            if playbook.poll() is None:
                playbook.send_signal(signal.SIGTERM)
            playbook.communicate(timeout=60)
        finally:
            if playbook.poll() is None:
                playbook.kill()
        time.sleep(5)  # several more polls or retries, had the module gone on
        late = [entry for entry in emu.control.requests(kind="arm")
                if request_start(entry) > signalled + DETECTION_SECONDS]
        assert late == []
        assert live_processes(str(remote_tmp)) == []

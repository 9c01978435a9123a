"""The emulator as a process: started from a seed file, writing its state on stop, refusing a bad seed
with a message instead of a traceback. Each test runs its own emulator, apart from the shared one."""

import json
from pathlib import Path

import pytest
import yaml
from azure.identity import ClientSecretCredential
from azure.mgmt.keyvault import KeyVaultManagementClient

from tests.emulator.launcher import EmulatorStartError, running_emulator

from . import fleet
from .pec import connection_status, state_change

DEMO_SEED = Path(__file__).resolve().parents[2] / "emulator" / "fleets" / "demo.yml"


def keyvault_client(emu):
    credential = ClientSecretCredential(
        emu.info["tenant_id"], emu.info["client_id"], emu.info["client_secret"],
        authority=emu.info["authority"], disable_instance_discovery=True, connection_verify=emu.ca_file)
    return KeyVaultManagementClient(credential, emu.info["subscription_id"], base_url=emu.arm_url,
                                    connection_verify=emu.ca_file)


def test_demo_seed_file_serves_its_fleet_and_final_state_is_written_on_stop(tmp_path):
    demo = yaml.safe_load(DEMO_SEED.read_text())
    vault = next(r for r in demo["resources"] if r["type"] == "Microsoft.KeyVault/vaults" and
                 all("name" in c for c in r["connections"]))
    pending = next(c["name"] for c in vault["connections"] if c["status"] == "Pending")
    state_out = tmp_path / "final.json"

    with running_emulator(seed=DEMO_SEED, lro_seconds=0, state_out=state_out) as emu:
        assert emu.info["client_id"] == demo["principals"][0]["client_id"]
        keyvault = keyvault_client(emu)
        connections = keyvault.private_endpoint_connections.list_by_resource(vault["resource_group"], vault["name"])
        assert {c.name: connection_status(c) for c in connections} == {
            c["name"]: c["status"] for c in vault["connections"]}
        keyvault.private_endpoint_connections.put(
            vault["resource_group"], vault["name"], pending, state_change("Approved"))
        dumped_while_running = emu.control.state()

    written = json.loads(state_out.read_text())
    final_vault = next(r for r in written["resources"] if r["name"] == vault["name"])
    assert next(c for c in final_vault["connections"] if c["name"] == pending)["status"] == "Approved"
    assert written["resources"] == dumped_while_running["resources"]


def test_ready_line_has_every_field_of_the_contract():
    with running_emulator(seed=DEMO_SEED) as emu:
        assert {"arm_url", "authority", "tenant_id", "client_id", "client_secret", "subscription_id", "ca_file",
                "control_url", "identity_endpoint", "identity_header", "port", "pid"} <= set(emu.info)
        assert emu.arm_url.startswith("https://127.0.0.1:")
        assert Path(emu.ca_file).is_file()


@pytest.mark.parametrize("seed, complaint", [
    ({"subscription_id": "s", "tenant_id": "t",
      "resources": [{"type": "Microsoft.Foo/bars", "resource_group": "rg", "name": "n"}]}, "Microsoft.Foo/bars"),
    ({"subscription_id": "s", "tenant_id": "t", "resources": [{
        "type": "Microsoft.KeyVault/vaults", "resource_group": "rg", "name": "kv",
        "connections": [{"private_endpoint_id": fleet.endpoint_id("pe"), "status": "Maybe"}]}]}, "Maybe"),
    ({"subscription_id": "s", "tenant_id": "t", "resources": [{
        "type": "Microsoft.KeyVault/vaults", "resource_group": "rg", "name": "kv",
        "connections": [{"private_endpoint_id": "/subscriptions/x/pe", "status": "Pending"}]}]}, "/subscriptions/x/pe"),
], ids=["unknown-type", "bad-status", "bad-endpoint-id"])
def test_bad_seed_is_refused_with_a_clear_message(seed, complaint):
    with pytest.raises(EmulatorStartError) as raised:
        with running_emulator(seed=seed):
            pass

    message = str(raised.value)
    assert complaint in message
    assert "Traceback" not in message

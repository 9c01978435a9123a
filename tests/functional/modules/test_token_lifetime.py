"""A bulk run longer than its access token's lifetime renews the token and loses nothing (issue 16, item 6).

The emulator issues tokens of a few seconds here (Entra ID's are 60-90 minutes, an emulator can issue 5-minute
ones; `token_lifetime_seconds` makes them as short as a test needs). azure-core renews a token that is close to
its expiry before the request that would use it, so ARM never sees an expired one.
"""

import pytest

from tests.functional.modules.cells import Cell, fleet
from tests.functional.modules.playbooks import explain, run_once_on_new_emulator, write_playbook

pytestmark = pytest.mark.slow

LIFETIME_SECONDS = 3
VAULTS = [Cell("keyvault", number) for number in range(41, 44)]
for _vault in VAULTS:
    _vault.connections = [{"name": "pe-%d" % index, "status": "Pending",
                           "private_endpoint_id": "%s-%d" % (_vault.endpoint_id, index)} for index in range(3)]


def test_a_batch_outliving_its_token_renews_it_and_makes_every_change_once(tmp_path):
    seed = fleet(VAULTS)
    changes = [{"connection_id": "/subscriptions/%s/resourceGroups/rg-cells/providers/Microsoft.KeyVault/vaults/%s/"
                                 "privateEndpointConnections/%s" % (seed["subscription_id"], vault.parent_name,
                                                                    connection["name"]),
                "action": "approve"} for vault in VAULTS for connection in vault.connections]
    playbook = write_playbook(tmp_path, tasks=[{"privatelink.azure.azure_pec_batch": {
        "changes": changes, "parallelism": 3, "wait_timeout": 120}}])
    run, results, log, state = run_once_on_new_emulator(seed, playbook, settings={
        "token_lifetime_seconds": LIFETIME_SECONDS}, lro_seconds=1.0)

    assert run.returncode == 0, explain(run)
    result, = results
    assert result["failed_changes"] == 0 and all(r["status"] == "Approved" for r in result["results"])
    arm = [entry for entry in log if entry["kind"] == "arm"]
    tokens = [entry for entry in log if entry["kind"] == "token"]
    # The run outlived several tokens (three changes per vault, each at least its first look of 3 s)...
    assert arm[-1]["time"] - arm[0]["time"] > 2 * LIFETIME_SECONDS
    assert len(tokens) >= 2
    # ...renewed them before they expired, and lost nothing: one write per change, each accepted once.
    assert not [entry for entry in arm if entry["status"] == 401], arm
    writes = [entry for entry in arm if entry["method"] == "PUT"]
    assert len(writes) == len(changes) and all(entry["status"] == 200 for entry in writes)
    assert len({entry["path"].lower() for entry in writes}) == len(changes)
    assert all(c["status"] == "Approved" for r in state["resources"] for c in r["connections"])

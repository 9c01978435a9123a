"""The pacer slows a run down before a budget is empty instead of meeting a 429 (issue 16, docs/waiting.md).

Another caller has spent almost all of the Storage provider's read budget of the subscription (800 per 5 minutes,
``x-ms-ratelimit-remaining-subscription-resource-requests``) through the control API. A batch of Storage approvals
then sees the few tokens left on its first answers, and its one pacer per process waits for the refill before it
goes under its reserve: the emulator answers no 429, every change is written once, and the batch reports the wait.

Parallelism 1, so that the first request (sent before any budget is known) is the only blind one. The emulator's
read bucket refills here at the rate the pacer assumes for its header (the slowest bucket behind it, 1,200 per
hour), so that the drained bucket stays nearly empty while ansible starts; a loaded machine only makes the run
slower, which never costs a 429.
"""

import pytest

from tests.emulator.launcher import running_emulator
from tests.functional.modules.cells import SUBSCRIPTION, Cell, fleet
from tests.functional.modules.playbooks import explain, run_playbook, write_playbook

pytestmark = pytest.mark.slow

TOKENS_LEFT = 1           # of the Storage provider's 800 reads
# The refill the pacer assumes for that header (the slowest bucket behind it): ansible's start-up (seconds on a
# loaded machine) must not refill the drained bucket beyond the few reads the run makes.
STORAGE_READ_REFILL = 1200 / 3600.0
ACCOUNTS = [Cell("storage", number) for number in range(51, 57)]


def test_a_batch_on_a_nearly_drained_budget_waits_instead_of_meeting_a_429(tmp_path):
    seed = fleet(ACCOUNTS)
    changes = [{"connection_id": "/subscriptions/%s/resourceGroups/rg-cells/providers/Microsoft.Storage/"
                                 "storageAccounts/%s/privateEndpointConnections/%s" % (
                                     SUBSCRIPTION, cell.parent_name, cell.connections[0]["name"]),
                "action": "approve"} for cell in ACCOUNTS]
    playbook = write_playbook(tmp_path, tasks=[{"privatelink.azure.azure_pec_batch": {
        "changes": changes, "parallelism": 1, "wait_timeout": 120}}])
    with running_emulator(seed=seed, lro_seconds=1.0, extra_args=("--throttling", "on")) as emu:
        emu.control.budget_limits(**{"storage-reads": {"capacity": 800, "per_second": STORAGE_READ_REFILL}})
        left = emu.control.drain("storage-reads", SUBSCRIPTION, tokens=800 - TOKENS_LEFT)
        emu.control.clear_requests()
        run, results = run_playbook(emu, playbook)
        log = emu.control.requests(kind="arm")
        budgets = emu.control.budgets()
        state = emu.control.state()

    assert run.returncode == 0, explain(run)
    assert left["tokens"] <= TOKENS_LEFT
    result, = results
    assert result["failed_changes"] == 0 and all(r["status"] == "Approved" for r in result["results"]), result
    # No 429 on the wire, none seen by the pacer, and the pacer did wait.
    assert not [entry for entry in log if entry["status"] == 429], log
    assert budgets["throttled"] == 0
    assert result["pacing"]["throttled_answers"] == 0
    assert result["pacing"]["waited_seconds"] > 0
    # The run read more than the tokens that were left: only the wait for the refill kept it out of a 429.
    storage_reads = [entry for entry in log if entry["method"] == "GET" and "/storageAccounts/" in entry["path"]]
    assert len(storage_reads) > TOKENS_LEFT
    # Every change written once, and made.
    writes = [entry for entry in log if entry["method"] in ("PUT", "PATCH", "POST", "DELETE")]
    assert len(writes) == len(changes) and len({entry["path"].lower() for entry in writes}) == len(changes)
    assert all(c["status"] == "Approved" for r in state["resources"] for c in r["connections"])

"""A long apply shows its progress in the job output while it runs (azure_pec_batch's action reads the journal)."""

import re

import pytest

from tests.emulator.fleets.large import build_fleet
from tests.emulator.launcher import running_emulator

from . import policy
from .runner import run_role

pytestmark = pytest.mark.slow
PROGRESS = re.compile(r"^azure_pec_batch: (\d+)/(\d+) changes done, (\d+) failed$", re.MULTILINE)


def test_a_long_apply_prints_how_many_changes_are_done_while_it_runs(tmp_path):
    fleet = build_fleet(resources_per_type=6, connections_per_resource=12)
    counts = policy.action_counts(fleet)
    changes = counts["approve"] + counts["reject"] + counts["remove"]
    variables = dict(policy.SCOPE, pec_approval_rules=policy.RULES, pec_approval_parallelism=8,
                     pec_approval_max_destructive_changes=counts["reject"] + counts["remove"])
    # Each Key Vault/HSM change takes 2 s and changes on one vault run one after another: the apply step lasts
    # long enough for several progress lines (one every 5 s while the count moves).
    with running_emulator(seed=fleet, lro_seconds=2.0, delete_seconds=2.0) as emu:
        run = run_role(emu, tmp_path, variables, name="apply")
    assert run.returncode == 0, run
    lines = [tuple(int(n) for n in match) for match in PROGRESS.findall(run.output)]
    assert len(lines) >= 2, run.output[-3000:]
    assert all(total == changes and failed == 0 for done, total, failed in lines)
    done = [line[0] for line in lines]
    assert done == sorted(done) and len(set(done)) == len(done) and done[-1] <= changes
    # Printed while the task ran: between its header and the next task's.
    apply_task = run.output.index("Apply the changes")
    assert apply_task < run.output.index(PROGRESS.search(run.output).group(0)) < run.output.index("Write the drift")
    assert run.report()["summary"]["by_result"]["changed"] == changes

"""The role through ansible-runner, the engine AWX runs jobs with: the summary and the drift list the role returns
with set_stats are in the playbook_on_stats event's artifact_data, which is what AWX stores as the job's artifacts."""

import os

import ansible_runner
import pytest
import yaml

from tests.emulator.launcher import running_emulator
from tests.functional.role.policy import FLEET_TYPES

from .support import BIN, REPO_ROOT, ansible_env

pytestmark = pytest.mark.slow
DEMO_FLEET = os.path.join(REPO_ROOT, "tests", "emulator", "fleets", "demo.yml")


def stats_artifacts(runner):
    stats = [event for event in runner.events if event.get("event") == "playbook_on_stats"]
    assert len(stats) == 1
    return stats[0]["event_data"].get("artifact_data") or {}


@pytest.mark.parametrize("check", [True, False])
def test_set_stats_reach_the_playbook_on_stats_event(tmp_path, check):
    project = tmp_path / "project"
    project.mkdir()
    (tmp_path / "runner").mkdir()
    with open(os.path.join(REPO_ROOT, "examples", "policy.yml")) as handle:
        policy = yaml.safe_load(handle)
    (project / "site.yml").write_text(yaml.safe_dump([{
        "hosts": "localhost", "connection": "local", "gather_facts": False,
        "roles": [{"role": "privatelink.azure.pec_approval", "vars": dict(
            policy, pec_approval_resource_groups=[{"name": "rg-app"}, {"name": "rg-shared"}],
            pec_approval_resource_types=FLEET_TYPES,
            pec_approval_report_dir=str(tmp_path / "reports"))}],
    }], sort_keys=False))
    with running_emulator(seed=DEMO_FLEET, lro_seconds=0.5) as emu:
        env = ansible_env(emu, PATH=BIN + os.pathsep + os.environ["PATH"])
        runner = ansible_runner.run(
            private_data_dir=str(tmp_path / "runner"), project_dir=str(project), playbook="site.yml",
            inventory="localhost ansible_python_interpreter=%s" % os.path.join(BIN, "python"),
            envvars=env, cmdline="--check" if check else None, quiet=True, timeout=300)
        writes = emu.control.writes()

    assert runner.status == "successful", runner.stdout.read()[-3000:]
    artifacts = stats_artifacts(runner)
    summary = artifacts["pec_approval_summary"]
    assert summary["connections"] == 9 and summary["drift"] == 6
    assert summary["by_action"] == {"approve": 4, "reject": 1, "remove": 1, "none": 3, "refused": 0}
    assert artifacts["pec_approval_check_mode"] is check
    drift = artifacts["pec_approval_drift"]
    assert len(drift) == 6
    assert {entry["action"] for entry in drift} == {"approve", "reject", "remove"}
    assert {(entry["resource"], entry["connection"]) for entry in drift} >= {
        ("rg-app/kv-app", "pe-app"), ("rg-app/kv-app", "pe-unknown"), ("rg-shared/kv-shared", "pe-gone")}
    if check:
        assert writes == [] and summary["by_result"]["would_change"] == 6
    else:
        assert len(writes) == 6 and summary["by_result"]["changed"] == 6

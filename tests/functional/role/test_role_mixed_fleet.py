"""The role over a fleet mixing twelve resource types: check mode writes nothing and reports the drift of every
type; apply makes exactly the changes the policy asks, each the way its service answers (synchronous, settling,
stale reads, 201/202 answers); a second run changes nothing and writes nothing."""

import collections

import pytest

from tests.emulator.launcher import running_emulator

from .mixed_policy import ROLE_VARS, expectations, load_fleet
from .runner import connections_by_endpoint, run_role

pytestmark = pytest.mark.slow
FLEET = load_fleet()
EXPECTED = expectations(FLEET)


@pytest.fixture(scope="module")
def mixed_emulator():
    with running_emulator(seed=FLEET, lro_seconds=0.2, delete_seconds=0.2) as emulator:
        yield emulator


@pytest.fixture()
def emu(mixed_emulator):
    mixed_emulator.control.load_state(FLEET)
    mixed_emulator.control.settings(retry_after_seconds=0)
    mixed_emulator.control.clear_requests()
    return mixed_emulator


def report_decisions(run):
    return {(c["resource_name"], c["private_endpoint_id"].lower()): c for c in run.report()["connections"]}


def test_the_fleet_mixes_at_least_ten_types_and_every_status():
    assert len({resource["type"] for resource in FLEET["resources"]}) >= 10
    statuses = collections.Counter(c["status"] for r in FLEET["resources"] for c in r["connections"])
    assert set(statuses) == {"Pending", "Approved", "Rejected", "Disconnected"}
    actions = collections.Counter(expected.action for expected in EXPECTED.values())
    assert actions["approve"] and actions["reject"] and actions["remove"] and actions["none"]


def test_check_mode_reports_the_drift_of_every_type_and_writes_nothing(emu, tmp_path):
    run = run_role(emu, tmp_path, ROLE_VARS, check=True)

    assert run.returncode == 0, run
    assert run.writes == []
    report = run.report()
    decisions = report_decisions(run)
    assert set(decisions) == set(EXPECTED)
    for key, expected in EXPECTED.items():
        assert decisions[key]["action"] == expected.action, (key, decisions[key])
    assert len({c["resource_type"] for c in decisions.values()}) >= 10
    drift = len([e for e in EXPECTED.values() if e.action != "none"])
    assert report["check_mode"] is True
    assert (report["summary"]["drift"], report["summary"]["drift_remaining"]) == (drift, drift)
    print(f"\nrole over the mixed fleet, check mode: {len(run.arm)} ARM requests, no write, drift {drift} of "
          f"{len(EXPECTED)} connections on {len(FLEET['resources'])} resources")


def test_apply_then_a_second_run_changes_nothing(emu, tmp_path):
    first = run_role(emu, tmp_path, ROLE_VARS, name="apply")

    assert first.returncode == 0, first
    changes = [e for e in EXPECTED.values() if e.action != "none"]
    assert len(first.writes) == len(changes), [(w["method"], w["path"]) for w in first.writes]
    state = connections_by_endpoint(emu.control.state())
    for key, expected in EXPECTED.items():
        assert state.get(key) == expected.final, (key, state.get(key), expected)

    assert first.report()["summary"]["drift_remaining"] == 0

    again = run_role(emu, tmp_path, ROLE_VARS, name="again")

    assert again.returncode == 0, again
    assert again.writes == [] and again.changed_tasks == 0, again
    assert again.report()["summary"]["drift"] == 0
    print(f"\nrole over the mixed fleet: apply {len(first.writes)} writes, {len(first.arm)} ARM requests; "
          f"second run {len(again.arm)} ARM requests, no write")

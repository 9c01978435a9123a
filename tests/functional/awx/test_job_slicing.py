"""AWX job slicing, simulated: the AWX playbook (examples/awx/pec_fleet.yml) over the azure_pec inventory of a fleet
in six subscriptions, split the way AWX slices a job (hosts in name order, host i to slice i mod N), the three
slices run in parallel as three ansible-playbook processes. Compared with one run over the whole inventory on the
same starting state: no connection is written twice, Azure never answers 409, and the slices' reports merged are
the single run's report."""

import collections
import os
import subprocess

import pytest
import yaml

from tests.emulator.launcher import running_emulator
from tests.functional.role.policy import FLEET_TYPES

from .support import (
    BIN, REPO_ROOT, SUBSCRIPTIONS, ansible_env, ansible_inventory, ansible_playbook, explain, load_json,
    six_subscription_fleet, write_inventory_config)

pytestmark = pytest.mark.slow
SLICES = 3
PLAYBOOK = os.path.join(REPO_ROOT, "examples", "awx", "pec_fleet.yml")
# The example policy's safety valve (3 per host) would block most of this fleet's removals and rejections.
EXTRA_VARS = ["-e", "pec_approval_max_destructive_changes=1000"]
COMPARED = ("connection_id", "current_status", "desired_status", "final_status", "rule", "action", "result")


@pytest.fixture(scope="module")
def fleet():
    return six_subscription_fleet()


@pytest.fixture(scope="module")
def emu(fleet):
    with running_emulator(seed=fleet, lro_seconds=0.5) as emulator:
        yield emulator


def awx_slices(hostvars, count):
    """AWX's rule: the inventory's hosts ordered by name, host i goes to slice i mod count."""
    names = sorted(hostvars)
    return [{name: hostvars[name] for name in names[index::count]} for index in range(count)]


def run_slices(emu, tmp_path, slices):
    """Start every slice at once, like AWX's sliced workflow on N execution nodes; wait for all."""
    processes = []
    for index, hosts in enumerate(slices):
        directory = tmp_path / ("slice-%d" % index)
        directory.mkdir()
        (directory / "inventory.yml").write_text(yaml.safe_dump({"all": {"hosts": hosts}}))
        command = [_bin("ansible-playbook"), PLAYBOOK, "-i", "inventory.yml",
                   "-e", "pec_approval_report_dir=%s" % (directory / "reports")] + EXTRA_VARS
        processes.append((directory, subprocess.Popen(command, cwd=str(directory), env=ansible_env(emu),
                                                      stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)))
    finished = []
    for directory, process in processes:
        output = process.communicate(timeout=600)[0]
        finished.append((directory, process.returncode, output))
    return finished


def _bin(name):
    return os.path.join(BIN, name)


def merge_reports(emu, tmp_path, paths):
    playbook = tmp_path / "merge.yml"
    playbook.write_text(yaml.safe_dump([{"hosts": "localhost", "gather_facts": False, "tasks": [{
        "privatelink.azure.pec_approval_reports": {"merge": [str(path) for path in paths],
                                                   "dir": str(tmp_path / "merged"), "name": "slices",
                                                   "formats": ["json"]}}]}]))
    run = ansible_playbook(emu, str(playbook), tmp_path, "-i", "localhost,", "-c", "local",
                           "-e", "ansible_python_interpreter=" + _bin("python"))
    assert run.returncode == 0, explain(run)
    return load_json(tmp_path / "merged" / "slices.json")


def outcome(report):
    return sorted(tuple(entry[key] for key in COMPARED) for entry in report["connections"])


def test_three_slices_in_parallel_equal_one_run(emu, fleet, tmp_path):
    config = write_inventory_config(tmp_path, host_per="subscription", subscriptions=list(SUBSCRIPTIONS),
                                    resource_types=FLEET_TYPES)
    run, listing = ansible_inventory(emu, config, tmp_path)
    assert run.returncode == 0, explain(run)
    slices = awx_slices(listing["_meta"]["hostvars"], SLICES)
    assert [len(hosts) for hosts in slices] == [2, 2, 2]

    emu.control.load_state(fleet)
    emu.control.clear_requests()
    finished = run_slices(emu, tmp_path, slices)
    for directory, status, output in finished:
        assert status == 0, "%s:\n%s" % (directory.name, output[-4000:])
    sliced_requests = emu.control.requests(kind="arm")
    sliced = merge_reports(emu, tmp_path, [directory / "reports" / "pec_approval_report.json"
                                           for directory in (entry[0] for entry in finished)])

    emu.control.load_state(fleet)
    emu.control.clear_requests()
    single_dir = tmp_path / "single"
    single_dir.mkdir()
    single_run = ansible_playbook(emu, PLAYBOOK, single_dir, "-i", config,
                                  "-e", "pec_approval_report_dir=%s" % (single_dir / "reports"), *EXTRA_VARS)
    assert single_run.returncode == 0, explain(single_run)
    single = load_json(single_dir / "reports" / "pec_approval_report.json")
    single_requests = emu.control.requests(kind="arm")
    print("slices: %d ARM requests, %d writes; single run: %d ARM requests; %d connections"
          % (len(sliced_requests), sum(1 for e in sliced_requests if e["method"] != "GET"), len(single_requests),
             len(single["connections"])))

    writes = collections.Counter(entry["path"].lower() for entry in sliced_requests
                                 if entry["method"] in ("PUT", "PATCH", "DELETE", "POST"))
    assert writes and max(writes.values()) == 1, [path for path, count in writes.items() if count > 1]
    assert [entry for entry in sliced_requests if entry["status"] == 409] == []
    assert single["summary"]["by_result"]["changed"] == len(writes)
    assert outcome(sliced) == outcome(single)
    assert len(sliced["connections"]) == sum(len(resource["connections"]) for resource in fleet["resources"])
    for key in ("connections", "resources", "drift", "drift_remaining", "unmatched", "by_action", "by_result"):
        assert sliced["summary"][key] == single["summary"][key], key

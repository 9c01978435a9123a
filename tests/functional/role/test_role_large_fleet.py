"""The pec_approval role on the large fleet (36 resources, 720 connections, 2 subscriptions), end to end:
ansible-playbook -> info modules / azure_pec_batch -> real SDKs -> HTTPS -> emulator."""

import collections
import json
import math
import os

import pytest

from tests.emulator.fleets.large import SUBSCRIPTIONS

from . import policy
from .runner import connections_by_endpoint, run_role

pytestmark = pytest.mark.slow

LIST_TYPES = ("Microsoft.KeyVault/vaults", "Microsoft.KeyVault/managedHSMs", "Microsoft.Storage/storageAccounts")
LIST_SUFFIXES = ("/vaults", "/managedhsms", "/storageaccounts")


def role_vars(fleet, **extra):
    counts = policy.action_counts(fleet)
    destructive = sum(counts[action] for action in policy.DESTRUCTIVE)
    variables = dict(policy.SCOPE, pec_approval_rules=policy.RULES,
                     pec_approval_max_destructive_changes=destructive, pec_approval_parallelism=40)
    variables.update(extra)
    return variables


def report_by_endpoint(report):
    return {(c["resource_name"], c["private_endpoint_id"].lower()): c for c in report["connections"]}


def test_the_fleet_is_large_enough(large_fleet):
    statuses = collections.Counter(c["status"] for r in large_fleet["resources"] for c in r["connections"])
    assert len(large_fleet["resources"]) >= 30
    assert {r["type"] for r in large_fleet["resources"]} == set(LIST_TYPES)
    assert {r["subscription_id"] for r in large_fleet["resources"]} == set(SUBSCRIPTIONS)
    assert min(statuses[s] for s in ("Pending", "Approved", "Rejected", "Disconnected")) >= 100
    counts = policy.action_counts(large_fleet)
    assert min(counts[a] for a in ("approve", "reject", "remove", "refused", "none")) > 0


def test_check_mode_writes_the_full_report_and_nothing_else(emu, large_fleet, tmp_path):
    before = emu.control.state()
    run = run_role(emu, tmp_path, role_vars(large_fleet), check=True)
    assert run.returncode == 0, run

    assert run.writes == []
    assert emu.control.state()["resources"] == before["resources"]
    # Check mode decides from what was read: one paged list per type and subscription, one sign-in, nothing more.
    assert sorted({entry["path"].lower() for entry in run.arm}) == sorted(
        ("/subscriptions/%s/providers/%s" % (subscription, resource_type)).lower()
        for subscription in SUBSCRIPTIONS for resource_type in LIST_TYPES)
    assert len(run.arm) == 6 and len(run.tokens) == 1

    expected = policy.expectations(large_fleet)
    report = run.report()
    assert report["check_mode"] is True
    assert report["summary"]["connections"] == len(expected) == 720
    decided = report_by_endpoint(report)
    assert decided.keys() == expected.keys()
    for key, outcome in expected.items():
        assert (decided[key]["rule"], decided[key]["action"]) == (outcome.rule, outcome.action), key
    counts = policy.action_counts(large_fleet)
    changes = counts["approve"] + counts["reject"] + counts["remove"]
    assert report["summary"]["by_result"]["would_change"] == changes
    assert report["summary"]["by_result"]["refused"] == counts["refused"]
    assert report["summary"]["unmatched"] == sum(1 for outcome in expected.values() if outcome.rule is None)

    junit = run.junit()
    assert int(junit.get("tests")) == len(junit.findall("./testsuite/testcase")) == 720
    assert int(junit.get("failures")) == changes + counts["refused"]  # all drift is still there
    assert int(junit.get("errors")) == 0
    assert len(junit.findall("./testsuite")) == len(large_fleet["resources"])
    # Markdown, drift first: one table row per drifting connection, the in-sync ones only counted per resource.
    drift = run.markdown().split("## Drift and failures")[1].split("## In sync")[0]
    rows = [line for line in drift.splitlines() if line.startswith("| ") and not line.startswith("| Connection |")]
    assert len(rows) == changes + counts["refused"]
    # The HTML report and the history its trend is drawn from (one run so far).
    assert os.path.getsize(os.path.join(run.report_dir, "pec_approval_report.html")) > 0
    with open(os.path.join(run.report_dir, "pec_approval_report.history.json")) as handle:
        runs = json.load(handle)["runs"]
    assert [r["summary"] for r in runs] == [report["summary"]]
    # The run in the history says what it was: check mode, over which scope.
    assert runs[0]["check_mode"] is True and runs[0]["scope"] == report["scope"]
    assert (report["scope"]["subscriptions"], report["scope"]["resources"]) == (list(SUBSCRIPTIONS), [])


def test_safety_valve_fails_before_any_write(emu, large_fleet, tmp_path):
    variables = role_vars(large_fleet)
    variables["pec_approval_max_destructive_changes"] -= 1
    run = run_role(emu, tmp_path, variables)
    assert run.returncode != 0, run
    assert "Safety valve" in run.output
    assert run.writes == []

    report = run.report()
    counts = policy.action_counts(large_fleet)
    assert report["safety_valve"]["tripped"] is True
    assert report["safety_valve"]["destructive_changes"] == counts["reject"] + counts["remove"]
    assert report["summary"]["by_result"]["blocked"] == counts["approve"] + counts["reject"] + counts["remove"]
    assert report["batch"] is None


def test_apply_then_steady_state(emu, large_fleet, tmp_path):
    expected = policy.expectations(large_fleet)
    counts = policy.action_counts(large_fleet)
    changes = counts["approve"] + counts["reject"] + counts["remove"]

    applied = run_role(emu, tmp_path, role_vars(large_fleet), name="apply")
    assert applied.returncode == 0, applied

    # The fleet is what the policy asks for; removed connections are gone.
    state = connections_by_endpoint(emu.control.state())
    wanted = {key: outcome.final for key, outcome in expected.items() if outcome.final is not None}
    assert state == wanted
    # Serial per vault/HSM: the emulator answers 409 AnotherOperationInProgress to a change on a busy parent, as
    # Azure does, and the engine would retry it, so only the log shows whether the role ever sent one.
    assert [entry for entry in applied.arm if entry["status"] == 409] == []
    writes = collections.Counter(entry["method"] for entry in applied.writes)
    assert writes == {"PUT": counts["approve"] + counts["reject"], "DELETE": counts["remove"]}
    # One sign-in for all the reads, one for the batch: a token serves every subscription (before: one each).
    assert len(applied.tokens) == 2

    report = applied.report()
    assert report["summary"]["by_result"]["changed"] == changes
    assert report["summary"]["by_result"]["failed"] == 0
    assert report["summary"]["drift_remaining"] == counts["refused"]
    approved = [c for c in report["connections"] if c["action"] == "approve"]
    assert all(c["description"] == "Approved by spokes for %s" % c["private_endpoint_name"] for c in approved)
    junit = applied.junit()
    assert (int(junit.get("failures")), int(junit.get("errors"))) == (counts["refused"], 0)

    # Parallel across resources, serial per resource. Proven by order in the emulator's log, not by seconds (CI is
    # a loaded machine): other resources' changes were written while a change was still being followed.
    per_resource = policy.changes_per_resource(large_fleet)
    assert report["batch"]["longest_chain"] == max(per_resource.values())
    overlap = writes_while_another_settles(applied.arm)
    assert overlap >= 2, overlap

    # Steady state, with small pages: only the paged lists, one per type and subscription, following nextLink.
    emu.control.settings(page_size=4)
    steady = run_role(emu, tmp_path, role_vars(large_fleet), name="steady")
    assert steady.returncode == 0, steady
    assert steady.changed_tasks == 0
    assert steady.writes == []
    per_list = collections.Counter(entry["path"].lower() for entry in steady.arm)
    assert all(entry["method"] == "GET" for entry in steady.arm)
    resources = collections.Counter((r["subscription_id"], r["type"]) for r in large_fleet["resources"])
    assert per_list == {
        ("/subscriptions/%s/providers/%s" % (subscription, resource_type)).lower(): math.ceil(count / 4)
        for (subscription, resource_type), count in resources.items()}
    steady_report = steady.report()
    assert steady_report["summary"]["by_action"]["approve"] == 0
    assert steady_report["summary"]["by_action"]["reject"] == 0
    assert steady_report["summary"]["by_action"]["remove"] == 0
    assert steady_report["summary"]["connections"] == len(wanted)


def test_resource_group_scope_lists_only_that_group_and_keeps_only_it(emu, large_fleet, tmp_path):
    subscription = SUBSCRIPTIONS[1]
    variables = dict(role_vars(large_fleet), pec_approval_subscriptions=[],
                     pec_approval_resource_groups=[{"name": "rg-app", "subscription_id": subscription}],
                     pec_approval_resource_types=["keyvault", "storage"])
    run = run_role(emu, tmp_path, variables, check=True)
    assert run.returncode == 0, run
    lists = [entry["path"].lower() for entry in run.arm if entry["path"].lower().endswith(LIST_SUFFIXES)]
    assert sorted(lists) == sorted(
        ("/subscriptions/%s/resourceGroups/rg-app/providers/%s" % (subscription, t)).lower()
        for t in ("Microsoft.KeyVault/vaults", "Microsoft.Storage/storageAccounts"))
    in_group = {r["name"] for r in large_fleet["resources"]
                if r["subscription_id"] == subscription and r["resource_group"] == "rg-app"
                and r["type"] != "Microsoft.KeyVault/managedHSMs"}
    assert in_group
    assert {c["resource_name"] for c in run.report()["connections"]} == in_group


def writes_while_another_settles(entries):
    """The most writes to other resources sent between one connection's write and the last read that followed it."""
    def parent(path):
        return path.lower().split("/privateendpointconnections")[0]

    most = 0
    for index, write in enumerate(entries):
        if write["method"] not in ("PUT", "DELETE"):
            continue
        path = write["path"].lower()
        later = entries[index + 1:]
        last_read = max((position for position, entry in enumerate(later)
                         if entry["method"] == "GET" and entry["path"].lower() == path), default=None)
        if last_read is None:
            continue
        others = {parent(entry["path"]) for entry in later[:last_read]
                  if entry["method"] in ("PUT", "DELETE") and parent(entry["path"]) != parent(path)}
        most = max(most, len(others))
    return most

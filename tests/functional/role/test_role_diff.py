"""`--diff` from the pec_approval role, through ansible-playbook on the emulator: one diff per connection that
changes (or would, in check mode), bounded by pec_approval_diff_limit, nothing without --diff."""

import os
import re

import pytest

from . import policy
from .runner import run_role

pytestmark = pytest.mark.slow
DIFF_HEADER = re.compile(r"^--- before: (\S+) (\S+)/(\S+)/(\S+), connection (\S+)$", re.M)
AFTER_HEADER = re.compile(r"^\+\+\+ after: rule (\S+) \((approve|reject|remove)(, check mode)?\)$", re.M)


def policy_vars(fleet, **extra):
    counts = policy.action_counts(fleet)
    variables = dict(policy.SCOPE, pec_approval_rules=policy.RULES, pec_approval_parallelism=40,
                     pec_approval_max_destructive_changes=sum(counts[a] for a in policy.DESTRUCTIVE))
    variables.update(extra)
    return variables


def diffs(output):
    """[(resource name, connection name, rule, action, check mode?, status before, status after or None)]."""
    found = []
    blocks = output.split("\n--- before: ")[1:]
    for block in blocks:
        text = "--- before: " + block
        header, after = DIFF_HEADER.search(text), AFTER_HEADER.search(text)
        body = text[after.end():].split("\n\n", 1)[0]
        before_status = re.search(r"^[- ]status: (\S+)$", body, re.M).group(1)
        after_status = re.search(r"^[+ ]status: (\S+)$", body, re.M)
        found.append((header.group(4), header.group(5), after.group(1), after.group(2), bool(after.group(3)),
                      before_status, after_status.group(1) if after_status else None))
    return found


def endpoint_of(report, resource_name, connection_name):
    return next(c["private_endpoint_id"].lower() for c in report["connections"]
                if c["resource_name"] == resource_name and c["connection_name"] == connection_name)


def test_check_mode_shows_the_first_changes_then_counts_the_rest(emu, large_fleet, tmp_path):
    expected = policy.expectations(large_fleet)
    changing = [key for key, e in expected.items() if e.action in policy.CHANGES]
    run = run_role(emu, tmp_path, policy_vars(large_fleet, pec_approval_diff_limit=5), check=True, diff=True)
    assert run.returncode == 0, run
    assert run.writes == []

    shown = diffs(run.output)
    assert len(shown) == 5
    report = run.report()
    statuses = {(r["name"], c["private_endpoint_id"].lower()): c["status"]
                for r in large_fleet["resources"] for c in r["connections"]}
    for resource, connection, rule, action, check_mode, before, after in shown:
        key = (resource, endpoint_of(report, resource, connection))
        assert check_mode
        assert (rule, action, after) == (expected[key].rule, expected[key].action, expected[key].final)
        assert before == statuses[key]
    report_path = os.path.join(run.report_dir, "pec_approval_report.json")
    assert ("... and %d more connection(s) would change (diff_limit 5); every one is in the report %s"
            % (len(changing) - 5, report_path)) in run.output
    assert run.changed_tasks == 1  # the report step: check mode says that something would change


def test_without_diff_nothing_is_shown(emu, large_fleet, tmp_path):
    run = run_role(emu, tmp_path, policy_vars(large_fleet), check=True)
    assert run.returncode == 0, run
    assert "--- before:" not in run.output and "more connection(s) would change" not in run.output


def test_applying_shows_what_changed_and_the_next_run_shows_nothing(emu, large_fleet, tmp_path):
    expected = policy.expectations(large_fleet)
    # One vault whose policy approves and removes.
    resource = next(r for r in large_fleet["resources"] if r["type"] == policy.KEYVAULT and {
        expected[(r["name"], c["private_endpoint_id"].lower())].action for c in r["connections"]} >= {"approve",
                                                                                                      "remove"})
    resource_id = "/subscriptions/%s/resourceGroups/%s/providers/%s/%s" % (
        resource["subscription_id"], resource["resource_group"], policy.KEYVAULT, resource["name"])
    wanted = {(resource["name"], c["private_endpoint_id"].lower()): (c["status"], expected[(
        resource["name"], c["private_endpoint_id"].lower())]) for c in resource["connections"]}
    wanted = {key: value for key, value in wanted.items() if value[1].action in policy.CHANGES}
    variables = policy_vars(large_fleet, pec_approval_resources=[resource_id], pec_approval_subscriptions=[],
                            pec_approval_diff_limit=100)

    run = run_role(emu, tmp_path, variables, diff=True, name="apply")
    assert run.returncode == 0, run
    report = run.report()
    shown = {(name, endpoint_of(report, name, connection)): (before, rule, action, check_mode, after)
             for name, connection, rule, action, check_mode, before, after in diffs(run.output)}
    assert shown == {key: (before, e.rule, e.action, False, e.final) for key, (before, e) in wanted.items()}
    assert "more connection(s) changed" not in run.output

    again = run_role(emu, tmp_path, variables, diff=True, name="again")
    assert again.returncode == 0, again
    assert again.writes == [] and again.changed_tasks == 0
    assert "--- before:" not in again.output

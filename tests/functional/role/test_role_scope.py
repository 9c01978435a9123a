"""The role's scope, as AWX runs it: survey strings, resources it may not read, lists that keep failing (the report
is still written and the run fails after it), per-host runs merged into one report, and the job artifacts."""

import json
import os
import subprocess
import sys

import pytest

from tests.emulator.fleets.large import SUBSCRIPTIONS

from . import policy
from .runner import REPO_ROOT, run_role

pytestmark = pytest.mark.slow
KEYVAULT = "Microsoft.KeyVault/vaults"


def vault_ids(fleet, count, subscription=SUBSCRIPTIONS[0]):
    vaults = [r for r in fleet["resources"] if r["type"] == KEYVAULT and r["subscription_id"] == subscription]
    return ["/subscriptions/%s/resourceGroups/%s/providers/%s/%s" % (v["subscription_id"], v["resource_group"],
                                                                     KEYVAULT, v["name"]) for v in vaults[:count]]


def keep_all(**scope):
    return dict(scope, pec_approval_rules=[{"name": "keep", "action": "keep"}],
                pec_approval_resource_types=policy.FLEET_TYPES)


def test_a_survey_string_of_subscriptions_reads_them_all(emu, large_fleet, tmp_path):
    run = run_role(emu, tmp_path, keep_all(pec_approval_subscriptions="%s\n%s" % SUBSCRIPTIONS), check=True)
    assert run.returncode == 0, run
    assert run.report()["summary"]["connections"] == sum(len(r["connections"]) for r in large_fleet["resources"])
    assert len(run.arm) == 6 and len(run.tokens) == 1


def test_a_survey_string_that_is_not_subscription_ids_is_refused_before_any_request(emu, tmp_path):
    run = run_role(emu, tmp_path, keep_all(pec_approval_subscriptions="%s,sub2" % SUBSCRIPTIONS[0]))
    assert run.returncode != 0, run
    assert "pec_approval_subscriptions[1]: 'sub2' is not a subscription id" in run.output
    assert "Traceback" not in run.output
    assert [r for r in run.requests if r["kind"] in ("arm", "token")] == []


def test_a_named_vault_it_may_not_read_is_an_error_after_the_report(emu, large_fleet, tmp_path):
    readable, denied = vault_ids(large_fleet, 2)
    state = emu.control.state()
    state["principals"][0]["denied_resources"] = [denied]
    emu.control.load_state(state)
    run = run_role(emu, tmp_path, keep_all(pec_approval_resources=",".join([readable, denied])), check=True)
    assert run.returncode != 0, run
    assert "1 part(s) of the scope could not be read" in run.output and "AuthorizationFailed" in run.output
    report = run.report()
    assert {c["resource_name"] for c in report["connections"]} == {readable.rsplit("/", 1)[1]}
    assert [e["azure_error"]["code"] for e in report["errors"]] == ["AuthorizationFailed"]
    assert report["errors"][0]["azure_error"]["request_id"]
    assert "**Not read:**" in run.markdown()


def test_a_list_that_keeps_failing_is_retried_within_the_role_timeout_and_the_report_is_written(emu, tmp_path):
    emu.control.add_fault(method="GET", path_regex=r"^/subscriptions/%s/providers/Microsoft\.Storage/" % SUBSCRIPTIONS[1],
                          status=503, times=None)
    run = run_role(emu, tmp_path, keep_all(pec_approval_subscriptions=list(SUBSCRIPTIONS), pec_approval_wait_timeout=4),
                   check=True)
    assert run.returncode != 0, run
    report = run.report()
    assert [e["azure_error"]["status"] for e in report["errors"]] == [503]
    assert report["summary"]["connections"] > 0  # the five other lists
    failing = [r for r in run.arm if r["status"] == 503]
    assert 2 <= len(failing) <= 5  # retried, at least a second apart
    assert failing[-1]["time"] - failing[0]["time"] <= 4 + 1


def test_per_host_runs_write_their_own_reports_and_one_merged_report(emu, large_fleet, tmp_path):
    inventory = {"all": {"hosts": {
        "sub-a": {"pec_approval_subscriptions": [SUBSCRIPTIONS[0]]},
        "sub-b": {"pec_approval_subscriptions": [SUBSCRIPTIONS[1]]},
    }}}
    (tmp_path / "inventory.json").write_text(json.dumps(inventory))
    (tmp_path / "playbook.yml").write_text(
        "- hosts: all\n  connection: local\n  gather_facts: false\n  roles: [privatelink.azure.pec_approval]\n")
    variables = dict(policy.SCOPE, pec_approval_rules=policy.RULES, pec_approval_max_destructive_changes=1000,
                     pec_approval_report_dir=str(tmp_path / "reports"))
    variables.pop("pec_approval_subscriptions")
    (tmp_path / "vars.json").write_text(json.dumps(variables))
    env = dict(os.environ, **emu.module_env())
    env.update(ANSIBLE_CONFIG=os.path.join(REPO_ROOT, "ansible.cfg"), ANSIBLE_NOCOLOR="1",
               ANSIBLE_COLLECTIONS_PATH=os.path.join(REPO_ROOT, ".build"), ANSIBLE_SHOW_CUSTOM_STATS="1",
               ANSIBLE_PYTHON_INTERPRETER=sys.executable)
    run = subprocess.run([os.path.join(os.path.dirname(sys.executable), "ansible-playbook"), "playbook.yml",
                          "-i", "inventory.json", "-e", "@vars.json", "--check"], cwd=str(tmp_path), env=env,
                         capture_output=True, text=True, timeout=600, check=False)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-2000:]
    reports = tmp_path / "reports"

    def load(name):
        return json.loads((reports / name).read_text())

    per_host = [load("pec_approval_report-sub-a.json"), load("pec_approval_report-sub-b.json")]
    assert [{c["subscription_id"] for c in r["connections"]} for r in per_host] == [{SUBSCRIPTIONS[0]},
                                                                                    {SUBSCRIPTIONS[1]}]
    merged = load("pec_approval_report.json")
    assert merged["summary"]["connections"] == sum(r["summary"]["connections"] for r in per_host) \
        == sum(len(r["connections"]) for r in large_fleet["resources"])
    assert (reports / "pec_approval_report.md").exists() and (reports / "pec_approval_report.xml").exists()
    # The merged summary and drift list are the job's artifacts (set_stats), printed here by the default callback.
    stats = run.stdout[run.stdout.index("CUSTOM STATS"):]
    assert "pec_approval_summary:" in stats and "drift: %d " % merged["summary"]["drift"] in stats
    assert "pec_approval_drift:" in stats

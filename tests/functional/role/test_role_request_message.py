"""The consumer's request message through the whole path: a Pending connection's description as Azure files it,
read by the role, matched by a request_message rule, shown in the reports, quoted in the description written."""

import json
import os
import subprocess

import yaml

from tests.emulator.launcher import running_emulator

from .runner import PLAYBOOK
from .test_role_rule_messages import BIN, DEMO_FLEET, _user_env

RULES = [
    {"name": "ticketed", "match": {"request_message": "CHG[0-9]*", "status": "Pending"}, "action": "approve",
     "description": "Approved for ${request_message}"},
    {"name": "pending-without-ticket", "match": {"status": "Pending"}, "action": "reject",
     "description": "Ask again with a change ticket in the request message"},
    {"name": "everything-else", "action": "keep"},
]


def fleet_with_messages():
    with open(DEMO_FLEET) as handle:
        seed = yaml.safe_load(handle)
    vault = next(resource for resource in seed["resources"] if resource["name"] == "kv-app")
    for connection in vault["connections"]:
        if connection["name"] == "pe-app":
            connection["description"] = "CHG0042 nightly backup"   # a manual request's message
    return seed


def run(emu, tmp_path, name, check):
    report_dir = tmp_path / name
    variables = {"pec_approval_resources": [{"type": "keyvault", "resource_group": "rg-app", "name": "kv-app"}],
                 "pec_approval_rules": RULES, "pec_approval_report_dir": str(report_dir)}
    (tmp_path / "site.yml").write_text(PLAYBOOK)
    command = [os.path.join(BIN, "ansible-playbook"), "site.yml", "-e", json.dumps(variables)] + (
        ["--check"] if check else [])
    finished = subprocess.run(command, cwd=str(tmp_path), env=dict(_user_env(tmp_path), **emu.module_env()),
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True, timeout=300, check=False)
    assert finished.returncode == 0, finished.stdout[-4000:]
    with open(str(report_dir / "pec_approval_report.json")) as handle:
        report = json.load(handle)
    with open(str(report_dir / "pec_approval_report.md")) as handle:
        markdown = handle.read()
    return {entry["connection_name"]: entry for entry in report["connections"]}, markdown


def test_a_request_message_rule_approves_the_ticketed_request_and_explains_the_others(tmp_path):
    with running_emulator(seed=fleet_with_messages(), lro_seconds=0.2) as emu:
        planned, markdown = run(emu, tmp_path, "check", check=True)
        applied, _markdown = run(emu, tmp_path, "apply", check=False)
        steady, _markdown = run(emu, tmp_path, "steady", check=True)
        state = {c["name"]: c for r in emu.control.state()["resources"] if r["name"] == "kv-app"
                 for c in r["connections"]}

    ticketed, unticketed, approved = planned["pe-app"], planned["pe-unknown"], planned["pe-batch"]
    assert (ticketed["rule"], ticketed["action"], ticketed["request_message"]) == (
        "ticketed", "approve", "CHG0042 nightly backup")
    assert ticketed["description"] == "Approved for CHG0042 nightly backup"
    assert (unticketed["rule"], unticketed["action"], unticketed["request_message"]) == (
        "pending-without-ticket", "reject", None)
    assert unticketed["rules_not_matched"] == [{"rule": "ticketed", "condition": "request_message: missing"}]
    # An Approved connection's description is the owner's, not a request: no request message.
    assert (approved["rule"], approved["request_message"]) == ("everything-else", None)
    assert "| CHG0042 nightly backup | Approved for CHG0042 nightly backup |" in markdown

    assert applied["pe-app"]["result"] == "changed" and applied["pe-unknown"]["result"] == "changed"
    assert (state["pe-app"]["status"], state["pe-app"]["description"]) == (
        "Approved", "Approved for CHG0042 nightly backup")
    # Once approved, the owner's description replaced the message: the connection is decided by the catch-all.
    assert (steady["pe-app"]["rule"], steady["pe-app"]["request_message"], steady["pe-app"]["action"]) == (
        "everything-else", None, "none")

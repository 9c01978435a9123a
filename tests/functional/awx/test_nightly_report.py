"""examples/awx/nightly_drift_report.yml end to end: check mode only, the reports and the trend history kept in a
directory that outlives the job, the reports mailed to a real SMTP server (aiosmtpd on a free port), and the job
failed while drift is left. Run from a scratch copy of examples/ with the project's defaults (no ansible.cfg), as
AWX runs a project's playbook; community.general comes from .build/ (scripts/bootstrap)."""

import email
import email.policy
import json
import os
import shutil
import socket
import subprocess

import pytest
from aiosmtpd.controller import Controller

from tests.emulator.launcher import running_emulator
from tests.functional.role.policy import FLEET_TYPES

from .support import BIN, REPO_ROOT, ansible_env

pytestmark = pytest.mark.slow
DEMO_FLEET = os.path.join(REPO_ROOT, "tests", "emulator", "fleets", "demo.yml")
SCOPE = {"pec_approval_resource_groups": ["rg-app", "rg-shared"], "pec_approval_resource_types": FLEET_TYPES}


class Inbox:
    """aiosmtpd handler: every message received, parsed."""

    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):  # noqa: N802 (aiosmtpd's hook name)
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append((envelope.rcpt_tos, message))
        return "250 OK"


def free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture()
def smtp():
    inbox = Inbox()
    controller = Controller(inbox, hostname="127.0.0.1", port=free_port())
    controller.start()
    try:
        yield controller.port, inbox
    finally:
        controller.stop()


def run_nightly(emu, project, keep_dir, extra, check=True):
    variables = dict(SCOPE, nightly_keep_dir=str(keep_dir), **extra)
    command = [os.path.join(BIN, "ansible-playbook"), "awx/nightly_drift_report.yml", "-e", json.dumps(variables)]
    if check:
        command.append("--check")
    emu.control.clear_requests()
    finished = subprocess.run(command, cwd=str(project), env=ansible_env(emu), stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, timeout=600, check=False)
    return finished.returncode, finished.stdout, emu.control.writes()


def test_nightly_report_is_mailed_kept_with_its_trend_and_fails_while_drift_is_left(tmp_path, smtp):
    port, inbox = smtp
    project = tmp_path / "project"
    shutil.copytree(os.path.join(REPO_ROOT, "examples"), str(project), ignore=shutil.ignore_patterns("*.py"))
    keep = tmp_path / "kept"
    mail = {"nightly_mail_to": ["platform@example.com"], "nightly_smtp_host": "127.0.0.1", "nightly_smtp_port": port,
            "nightly_smtp_secure": "never"}
    with running_emulator(seed=DEMO_FLEET, lro_seconds=0.5) as emu:
        first = run_nightly(emu, project, keep, mail)
        second = run_nightly(emu, project, keep, mail)
        refused = run_nightly(emu, project, keep, mail, check=False)

    for returncode, output, writes in (first, second):
        assert returncode == 2, output[-4000:]                  # drift is left: the job fails
        assert writes == [], output[-4000:]                     # check mode: nothing written to Azure
        assert "6 connection(s) differ from the policy; the first:" in output
    # Two nights: two report folders and one history of two runs, outside the job's working directory.
    runs = sorted(os.listdir(str(keep / "runs")))
    assert len(runs) == 2
    for run in runs:
        assert sorted(os.listdir(str(keep / "runs" / run))) == [
            "pec_approval_report.html", "pec_approval_report.json", "pec_approval_report.md",
            "pec_approval_report.xml"]
    with open(str(keep / "pec_approval_report.history.json")) as handle:
        history = json.load(handle)["runs"]
    assert [run["check_mode"] for run in history] == [True, True]
    assert history[1]["scope"]["resource_groups"] == ["rg-app", "rg-shared"]
    # One mail a night, to the address given, with the four reports attached and the summary in its body.
    assert len(inbox.messages) == 2
    recipients, message = inbox.messages[1]
    assert recipients == ["platform@example.com"]
    assert message["Subject"].startswith("Private endpoint drift: 6 connection(s) to act on, 9 read (")
    attachments = {part.get_filename(): part.get_content() for part in message.iter_attachments()}
    assert sorted(attachments) == sorted(os.listdir(str(keep / "runs" / runs[1])))
    assert b"Trend over the last 2 runs" in attachments["pec_approval_report.html"]
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "check mode: 9 connections on 4 resources, 6 with drift" in body and str(keep / "runs" / runs[1]) in body
    # Without --check the play refuses before the role reads anything.
    returncode, output, writes = refused
    assert returncode == 2 and "run it with --check" in output and writes == []
    assert len(inbox.messages) == 2

"""End to end: a restart of ansible-rulebook does not run the playbook again for a request the rules keep Pending.

The rulebook approve_pending gives the source the rules. A stranger's request (kept Pending by a `keep` rule)
appears while the source runs: the playbook runs once for it and writes nothing. ansible-rulebook is stopped; an
allowed request arrives while it is down; ansible-rulebook is started again. The allowed request, existing at the
first poll and changed by the rules, is approved; the kept one is not sent again (no second playbook run, no
second report), nor is a stranger's request made while it was down (the rules keep it too; the source's log names
it at the first poll, docs/eda.md). Same harness as test_rulebook_e2e.py (the collection installed from its tarball, the emulator).
"""

import glob
import os
import signal
import subprocess
import tempfile
import time

import pytest

from tests.emulator.launcher import running_emulator

from .test_rulebook_e2e import (
    ALLOWED, CLIENT_ID, LRO_SECONDS, POLL_INTERVAL, SECRET, STRANGER, SUB, TENANT, connection_state, consumer_arm,
    endpoint_id, install_collection, missing_tools, playbook_runs, request_connection, rulebook_env, source_polls,
    wait_for, write_run_files)

SEED = {
    "subscription_id": SUB,
    "tenant_id": TENANT,
    "principals": [{"client_id": CLIENT_ID, "client_secret": SECRET}],
    "resources": [{"type": "Microsoft.KeyVault/vaults", "resource_group": "rg-app", "name": "kv-app",
                   "location": "westeurope", "connections": []}],
}
POLICY = {
    "pec_approval_subscriptions": [SUB],
    "pec_approval_resource_types": ["Microsoft.KeyVault/vaults"],
    "pec_approval_rules": [
        {"name": "spokes we own", "match": {"private_endpoint_subscription_id": ALLOWED, "status": "Pending"},
         "action": "approve"},
        {"name": "strangers wait for a person", "match": {"status": "Pending"}, "action": "keep"},
    ],
    "pec_approval_max_destructive_changes": 3,
    "pec_events_poll_interval": POLL_INTERVAL,
}
PLAYBOOK_SECONDS = 180  # one playbook run on a loaded 2-core machine, generously


@pytest.fixture(scope="module")
def workdir():
    with tempfile.TemporaryDirectory(prefix="pec-eda-restart-") as path:
        yield path


class Rulebook:
    """ansible-rulebook with approve_pending, its output in a log file; stopped with SIGINT as a service would."""

    def __init__(self, workdir, env, name):
        self.log_path = os.path.join(workdir, name + ".log")
        self.log = open(self.log_path, "w+", encoding="utf-8")
        self.process = subprocess.Popen(
            ["ansible-rulebook", "--rulebook", "privatelink.azure.approve_pending", "-i", "inventory.yml",
             "--vars", "policy.yml", "--shutdown-delay", "5", "-vv"], cwd=workdir, env=env, stdout=self.log,
            stderr=subprocess.STDOUT, start_new_session=True)

    def output(self):
        with open(self.log_path, encoding="utf-8") as handle:
            return handle.read()

    def wait_until(self, condition, timeout, what):
        deadline = time.monotonic() + timeout
        while not condition():
            assert self.process.poll() is None, "ansible-rulebook exited:\n" + self.output()[-3000:]
            assert time.monotonic() < deadline, "%s did not happen in %d s:\n%s" % (
                what, timeout, self.output()[-3000:])
            time.sleep(0.2)

    def stop(self):
        os.killpg(self.process.pid, signal.SIGINT)
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)
            self.process.wait()
        self.log.close()


def reports_for(report_dir, connection_name):
    """The JSON reports of the playbook runs for a connection (named pec_event_<time>_<resource>_<connection>)."""
    return glob.glob(os.path.join(report_dir, "pec_event_*_kv-app_%s*.json" % connection_name))


def test_a_restart_does_not_run_the_playbook_again_for_a_request_kept_pending(workdir):
    reason = missing_tools()
    if reason:
        pytest.skip(reason)
    collections = install_collection(workdir)
    report_dir = os.path.join(workdir, "reports")
    write_run_files(workdir, dict(POLICY, pec_event_report_dir=report_dir))

    with running_emulator(seed=SEED, lro_seconds=LRO_SECONDS) as emu:
        env = rulebook_env(emu, collections, workdir)
        arm = consumer_arm(emu)
        kept, allowed = endpoint_id(STRANGER, "pe-kept"), endpoint_id(ALLOWED, "pe-while-down")

        first = Rulebook(workdir, env, "first")
        try:
            first.wait_until(lambda: source_polls(emu.control.requests(kind="arm")) or
                             [r for r in emu.control.requests(kind="arm") if r["method"] == "GET"], 120,
                             "the source's first poll")
            request_connection(arm, STRANGER, "pe-kept")
            first.wait_until(lambda: len(playbook_runs(first.output())) == 1, POLL_INTERVAL + PLAYBOOK_SECONDS,
                             "the playbook run for the kept request")
        finally:
            first.stop()
        assert len(reports_for(report_dir, "pe-kept")) == 1, first.output()[-3000:]
        assert connection_state(emu, kept) == ("Pending", "Succeeded")

        request_connection(arm, ALLOWED, "pe-while-down")
        request_connection(arm, STRANGER, "pe-kept-while-down")
        emu.control.clear_requests()
        second = Rulebook(workdir, env, "second")
        try:
            wait_for(emu, allowed, ("Approved", "Succeeded"), 120 + POLL_INTERVAL + PLAYBOOK_SECONDS)
            second.wait_until(lambda: len(playbook_runs(second.output())) >= 1, PLAYBOOK_SECONDS,
                              "the end of the playbook run for the request made while down")
            time.sleep(3 * POLL_INTERVAL)  # polls after the approval: the kept request is still not sent
        finally:
            second.stop()
        writes = [(r["method"], r["path"]) for r in emu.control.requests(kind="arm")
                  if r["method"] in ("PUT", "PATCH", "POST", "DELETE")]

    second_runs = playbook_runs(second.output())
    print("\nrestart: playbook runs before %d, after %d; reports for the kept request: %d; writes after the "
          "restart: %s" % (len(playbook_runs(first.output())), len(second_runs),
                           len(reports_for(report_dir, "pe-kept")), writes))
    assert len(second_runs) == 1, second.output()[-3000:]
    assert len(reports_for(report_dir, "pe-while-down")) == 1
    assert len(reports_for(report_dir, "pe-kept")) == 1  # not run again after the restart
    assert reports_for(report_dir, "pe-kept-while-down") == []  # kept by the rules: not sent, named in the log
    withheld = [line for line in second.output().splitlines() if "not sent at the first poll" in line]
    assert len(withheld) == 1 and "2 existing connection(s)" in withheld[0], withheld  # pe-kept and this one
    assert "/pe-kept-while-down" in withheld[0], withheld
    assert len(writes) == 1 and writes[0][1].rsplit("/", 1)[-1].startswith("pe-while-down"), writes

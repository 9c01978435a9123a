"""Who reads the scope: the plan step itself, in ansible-playbook's Python, where azure_pec_scope_info would run
on the controller in that Python; the module anywhere else. Both give the same plan from the same requests; the
step in the controller takes the task's environment as the module would; options the module refuses are refused
in its words; either way the reader's warnings are shown; a stopped job stops the read in the controller too."""

import os
import signal
import stat
import subprocess
import sys
import time

import pytest

from tests.functional.processes import live_processes, request_start

from . import policy
from .runner import PLAYBOOK, REPO_ROOT, role_command, run_role

pytestmark = pytest.mark.slow
MODULE_RAN = "AnsiballZ_azure_pec_scope_info"
RUNS_AS_MODULE = "pec_approval_plan: azure_pec_scope_info runs as a module"


def drift_policy(**more):
    """The tests' policy without its rule that Storage refuses, and room for all its changes (else the run fails
    after the report)."""
    rules = [rule for rule in policy.RULES if rule["name"] != "spoke-rejected-storage"]
    return dict(policy.SCOPE, pec_approval_rules=rules, pec_approval_max_destructive_changes=1000, **more)


def python_elsewhere(tmp_path):
    """Another path to this Python (a script that runs it), so that ansible-core starts the module there."""
    wrapper = tmp_path / "python-elsewhere"
    wrapper.write_text('#!/bin/sh\nexec "%s" "$@"\n' % sys.executable)
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    return str(wrapper)


def decisions(run):
    """What each connection was found in and decided, without the times of the reads."""
    report = run.report()
    return report["summary"], sorted(
        (c["connection_id"], c["current_status"], c["desired_status"], c["action"], c["rule"], c["result"],
         c["description"]) for c in report["connections"])


def requests(run):
    return sorted((entry["method"], entry["path"]) for entry in run.arm), len(run.tokens)


def test_the_controller_and_the_module_read_the_same_plan_with_the_same_requests(emu, tmp_path):
    here = run_role(emu, tmp_path, drift_policy(), check=True, name="here", options=["-vvv"])
    module = run_role(emu, tmp_path, drift_policy(ansible_python_interpreter=python_elsewhere(tmp_path)), check=True,
                      name="module", options=["-vvv"])
    assert here.returncode == 0, here
    assert module.returncode == 0, module
    assert MODULE_RAN not in here.output and RUNS_AS_MODULE not in here.output
    assert MODULE_RAN in module.output
    assert RUNS_AS_MODULE + " (its interpreter is %s" % python_elsewhere(tmp_path) in module.output
    assert decisions(here) == decisions(module)
    assert decisions(here)[0]["connections"] > 0
    assert requests(here) == requests(module)
    assert not here.writes and not module.writes


def test_the_read_in_the_controller_takes_the_task_environment(emu, tmp_path):
    """The service principal's secret only in the play's ``environment``, as a module would get it."""
    secret = emu.module_env()["AZURE_CLIENT_SECRET"]
    play = PLAYBOOK.replace("  gather_facts: false\n",
                            "  gather_facts: false\n  environment:\n    AZURE_CLIENT_SECRET: \"{{ sp_secret }}\"\n")
    run = run_role(emu, tmp_path, drift_policy(sp_secret=secret), check=True, options=["-vvv"], playbook_text=play,
                   unset_env=("AZURE_CLIENT_SECRET",))
    assert run.returncode == 0, run
    assert MODULE_RAN not in run.output
    assert run.report()["errors"] == [] and run.report()["summary"]["connections"] > 0
    assert len(run.tokens) == 1
    assert secret not in run.output


def test_options_the_module_refuses_are_refused_in_its_words_before_any_request(emu, tmp_path):
    play = PLAYBOOK.replace("    - role: privatelink.azure.pec_approval\n", "")
    play = play.replace("  roles:\n", """  tasks:
    - name: Plan with a parallelism of 0
      privatelink.azure.pec_approval_plan:
        subscriptions: "{{ pec_approval_subscriptions }}"
        resource_types: "{{ pec_approval_resource_types }}"
        parallelism: 0
        rules: "{{ pec_approval_rules }}"
""")
    run = run_role(emu, tmp_path, drift_policy(), check=True, playbook_text=play)
    assert run.returncode != 0, run
    assert "parallelism must be between 1 and 64, not 0" in run.output
    assert "Traceback" not in run.output
    assert [r for r in run.requests if r["kind"] in ("arm", "token")] == []


@pytest.mark.parametrize("reader", ["controller", "module"])
def test_the_readers_warnings_are_shown_either_way(emu, large_fleet, tmp_path, reader):
    """Every subscription the identity can see, one of them Disabled: read, with a warning (not a failure)."""
    disabled = policy.SUBSCRIPTIONS[1]
    emu.control.load_state(dict(large_fleet, subscription_states={disabled: "Disabled"}))
    more = {} if reader == "controller" else {"ansible_python_interpreter": python_elsewhere(tmp_path)}
    run = run_role(emu, tmp_path, drift_policy(pec_approval_subscriptions=[], **more), check=True, options=["-vvv"])
    assert run.returncode == 0, run
    assert (RUNS_AS_MODULE in run.output) == (reader == "module")
    assert "[WARNING]: Subscription %s" % disabled in run.output and "ReadOnlyDisabledSubscription" in run.output


@pytest.mark.skipif(not os.path.isdir("/proc"), reason="finding the playbook's processes needs /proc (Linux)")
@pytest.mark.parametrize("signals", [("SIGINT", "SIGTERM"), ("SIGTERM",)])
def test_a_stopped_job_stops_the_read_in_the_controller(emu, tmp_path, signals):
    """SIGINT then SIGTERM to ansible-playbook only, as AWX stops a job, or SIGTERM alone (which ansible-core 2.16
    does not pass on to its worker), while the plan step reads slow, paged lists: the playbook ends, its worker
    with it, and no read starts afterwards."""
    emu.control.settings(latency_ms=1500, page_size=5)
    command, env, _reports = role_command(emu, tmp_path, drift_policy(pec_approval_parallelism=2), name="stopped")
    emu.control.clear_requests()
    playbook = subprocess.Popen(  # pylint: disable=consider-using-with
        command + ["--check", "-vvv"], cwd=REPO_ROOT, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 120
        while not [r for r in emu.control.requests() if r["kind"] == "arm"] and time.monotonic() < deadline:
            time.sleep(0.1)
        assert playbook.poll() is None, playbook.communicate()[0]
        signalled = time.time()
        for name in signals:
            if playbook.poll() is None:
                playbook.send_signal(getattr(signal, name))
                time.sleep(1)
        output = playbook.communicate(timeout=60)[0]
    finally:
        if playbook.poll() is None:
            playbook.kill()
    assert playbook.returncode != 0, output
    assert RUNS_AS_MODULE not in output
    time.sleep(2)  # anything left would still be reading
    assert live_processes(command[1]) == []
    started_late = [r for r in emu.control.requests() if r["kind"] == "arm" and request_start(r) > signalled + 0.5]
    assert started_late == []


def test_ansible_playbook_python_as_the_interpreter_reads_in_the_controller(emu, tmp_path):
    """The README's inventory line and the molecule scenario set ansible_python_interpreter to
    "{{ ansible_playbook_python }}": templated, it is this Python."""
    run = run_role(emu, tmp_path, drift_policy(ansible_python_interpreter="{{ ansible_playbook_python }}"),
                   check=True, options=["-vvv"])
    assert run.returncode == 0, run
    assert MODULE_RAN not in run.output and RUNS_AS_MODULE not in run.output


def test_a_path_option_expands_the_task_environment_in_the_controller(emu, tmp_path):
    """ca_bundle "$PEC_CA_DIR/ca.pem" with PEC_CA_DIR only in the play's environment, and no other CA setting:
    expanded as the module would expand it, the emulator's certificate is trusted."""
    ca_dir, ca_name = os.path.split(emu.module_env()["REQUESTS_CA_BUNDLE"])
    play = PLAYBOOK.replace("  gather_facts: false\n", """  gather_facts: false
  environment:
    PEC_CA_DIR: "%s"
  module_defaults:
    group/privatelink.azure.pec:
      ca_bundle: "$PEC_CA_DIR/%s"
""" % (ca_dir, ca_name))
    run = run_role(emu, tmp_path, drift_policy(), check=True, options=["-vvv"], playbook_text=play,
                   unset_env=("REQUESTS_CA_BUNDLE", "PRIVATELINK_AZURE_CA_BUNDLE"))
    assert run.returncode == 0, run
    assert RUNS_AS_MODULE not in run.output
    assert run.report()["errors"] == [] and run.report()["summary"]["connections"] > 0


def test_a_step_delegated_to_localhost_reads_in_the_controller(emu, tmp_path):
    """A play on a host reached by ssh, its plan step delegated to localhost: the delegated host's connection and
    interpreter decide (this Python), the ssh host is never contacted."""
    inventory = tmp_path / "inventory.ini"
    inventory.write_text("elsewhere ansible_host=192.0.2.1 ansible_connection=ssh\n")
    play = """---
- name: Plan for a host reached by ssh, on the controller
  hosts: elsewhere
  gather_facts: false
  tasks:
    - name: Read and decide
      privatelink.azure.pec_approval_plan:
        subscriptions: "{{ pec_approval_subscriptions }}"
        resource_types: "{{ pec_approval_resource_types }}"
        rules: "{{ pec_approval_rules }}"
      delegate_to: localhost
      register: plan
    - name: Who read
      ansible.builtin.debug:
        msg: "read_by={{ plan.read_by }} connections={{ plan.connections }}"
"""
    run = run_role(emu, tmp_path, drift_policy(), check=True, playbook_text=play, options=["-i", str(inventory)])
    assert run.returncode == 0, run
    assert "read_by=controller connections=" in run.output
    assert "read_by=controller connections=0" not in run.output

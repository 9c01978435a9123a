"""Run the pec_approval role with ansible-playbook against a running emulator and collect what it left behind.

The role runs exactly as a user runs it: a one-play playbook, its variables as extra vars, the modules talking
HTTPS to the emulator through the real SDKs. What the tests look at: the exit status, the play recap, the three
report files and the emulator's request log and state.
"""

import json
import os
import re
import subprocess
import sys
import time
from xml.etree import ElementTree

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__)))))
PLAYBOOK = """---
- name: Apply the approval policy
  hosts: localhost
  connection: local
  gather_facts: false
  roles:
    - role: privatelink.azure.pec_approval
"""
RECAP = re.compile(r"localhost\s*:\s*ok=(\d+)\s+changed=(\d+)\s+unreachable=(\d+)\s+failed=(\d+)")
WRITE_METHODS = ("PUT", "PATCH", "POST", "DELETE")


class RoleRun:
    """One ansible-playbook run of the role: its output, reports and the ARM requests it caused."""

    def __init__(self, returncode, output, seconds, report_dir, requests):
        self.returncode = returncode
        self.output = output
        self.seconds = seconds
        self.report_dir = report_dir
        self.requests = requests
        match = RECAP.search(output)
        self.changed_tasks = int(match.group(2)) if match else None
        self.failed_tasks = int(match.group(4)) if match else None

    @property
    def arm(self):
        return [entry for entry in self.requests if entry["kind"] == "arm"]

    @property
    def writes(self):
        """ARM requests that may change something; a Resource Graph query is a POST that only reads."""
        return [entry for entry in self.arm if entry["method"] in WRITE_METHODS
                and entry["path"].rstrip("/").lower() != "/providers/microsoft.resourcegraph/resources"]

    @property
    def tokens(self):
        return [entry for entry in self.requests if entry["kind"] == "token"]

    def report(self):
        with open(os.path.join(self.report_dir, "pec_approval_report.json")) as handle:
            return json.load(handle)

    def junit(self):
        return ElementTree.parse(os.path.join(self.report_dir, "pec_approval_report.xml")).getroot()

    def markdown(self):
        with open(os.path.join(self.report_dir, "pec_approval_report.md")) as handle:
            return handle.read()

    def __repr__(self):
        return "RoleRun(rc=%s, %.1fs, %d ARM requests)\n%s" % (self.returncode, self.seconds, len(self.arm),
                                                               self.output[-3000:])


def run_role(emu, workdir, role_vars, check=False, name="run", diff=False, playbook_text=PLAYBOOK, options=(),
             unset_env=()):
    """Run the role once with `role_vars` (dict) and return a RoleRun. The request log is cleared first.
    ``playbook_text``: another play around the role; ``options``: more ansible-playbook options (-vvv);
    ``unset_env``: names left out of ansible-playbook's environment (to be given by the play's ``environment``)."""
    command, env, report_dir = role_command(emu, workdir, role_vars, name, playbook_text, unset_env)
    command += list(options)
    if check:
        command.append("--check")
    if diff:
        command.append("--diff")
    emu.control.clear_requests()
    started = time.monotonic()
    finished = subprocess.run(command, cwd=REPO_ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, timeout=600, check=False)
    seconds = time.monotonic() - started
    return RoleRun(finished.returncode, finished.stdout, seconds, report_dir, emu.control.requests())


def role_command(emu, workdir, role_vars, name="run", playbook_text=PLAYBOOK, unset_env=()):
    """(ansible-playbook command, its environment, the report directory) for one run of the role in
    ``workdir/name``; the playbook and its variables are written there."""
    run_dir = os.path.join(str(workdir), name)
    os.makedirs(run_dir, exist_ok=True)
    playbook = os.path.join(run_dir, "playbook.yml")
    with open(playbook, "w") as handle:
        handle.write(playbook_text)
    variables = dict(role_vars, pec_approval_report_dir=os.path.join(run_dir, "reports"))
    vars_file = os.path.join(run_dir, "vars.json")
    with open(vars_file, "w") as handle:
        json.dump(variables, handle)
    env = dict(os.environ, **emu.module_env())
    env.update(ANSIBLE_CONFIG=os.path.join(REPO_ROOT, "ansible.cfg"),
               ANSIBLE_COLLECTIONS_PATH=os.path.join(REPO_ROOT, ".build"), ANSIBLE_NOCOLOR="1",
               ANSIBLE_LOCAL_TEMP=os.path.join(run_dir, "tmp"))
    for variable in unset_env:
        env.pop(variable, None)
    command = [os.path.join(os.path.dirname(sys.executable), "ansible-playbook"), playbook, "-e", "@" + vars_file]
    return command, env, variables["pec_approval_report_dir"]


def connections_by_endpoint(state):
    """{(resource name, private endpoint id lower-cased): status} from the emulator's state."""
    found = {}
    for resource in state["resources"]:
        for connection in resource.get("connections") or []:
            found[(resource["name"], connection["private_endpoint_id"].lower())] = connection["status"]
    return found

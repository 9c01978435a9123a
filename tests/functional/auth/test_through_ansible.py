"""The auth options through Ansible itself: module_defaults on the action group, no_log, the failure a user reads.

One ansible-playbook run (about 3 s) covers what the pure-Python tests cannot: that the doc fragment's options
reach the modules through `group/privatelink.azure.pec`, that AnsiballZ ships the _auth* module_utils, and that
neither the right nor a wrong secret shows up anywhere in the output, even at -vvv.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

from ansible_collections.privatelink.azure.plugins.module_utils._version import COLLECTION_VERSION

from .support import SECRET, SECRET_CLIENT, SUBSCRIPTION, TENANT, VAULT

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
WRONG_SECRET = "wrong-secret-seen-by-ansible-9d2c"

PLAYBOOK = """
- hosts: localhost
  gather_facts: false
  module_defaults:
    group/privatelink.azure.pec:
      subscription_id: "{{ subscription }}"
      tenant: "{{ tenant }}"
      client_id: "{{ client }}"
      secret: "{{ good_secret }}"
      resource_manager_endpoint: "{{ arm_url }}"
      authority_host: "{{ authority }}"
      ca_bundle: "{{ ca_file }}"
  tasks:
    - name: Sign in with the options from module_defaults
      privatelink.azure.azure_keyvault_pec_info:
        resource_group: rg-auth
        vault_name: "{{ vault }}"
      register: signed_in

    - name: A task-level secret overrides module_defaults, and a wrong one fails clearly
      privatelink.azure.azure_keyvault_pec_info:
        resource_group: rg-auth
        vault_name: "{{ vault }}"
        secret: "{{ bad_secret }}"
      register: refused
      ignore_errors: true

    - name: Write both results for the test to read
      ansible.builtin.copy:
        content: "{{ {'signed_in': signed_in, 'refused': refused} | to_json }}"
        dest: "{{ results_file }}"
        mode: "0600"
"""


def test_module_defaults_no_log_and_failure_message(emu, tmp_path):
    playbook = tmp_path / "auth.yml"
    playbook.write_text(PLAYBOOK)
    extra_vars = tmp_path / "vars.json"
    results_file = tmp_path / "results.json"
    extra_vars.write_text(json.dumps({
        "subscription": SUBSCRIPTION, "tenant": TENANT, "client": SECRET_CLIENT, "good_secret": SECRET,
        "bad_secret": WRONG_SECRET, "arm_url": emu.info["arm_url"], "authority": emu.info["authority"],
        "ca_file": emu.info["ca_file"], "vault": VAULT, "results_file": str(results_file),
    }))
    environment = dict(os.environ, ANSIBLE_CONFIG=os.path.join(REPO_ROOT, "ansible.cfg"),
                       ANSIBLE_COLLECTIONS_PATH=os.path.join(REPO_ROOT, ".build"),
                       ANSIBLE_LOCALHOST_WARNING="false", ANSIBLE_INVENTORY_UNPARSED_WARNING="false")
    ansible_playbook = os.path.join(os.path.dirname(sys.executable), "ansible-playbook")

    run = subprocess.run([ansible_playbook, "-vvv", str(playbook), "-e", "@%s" % extra_vars],
                         cwd=REPO_ROOT, env=environment, capture_output=True, text=True, timeout=120, check=False)

    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    results = json.loads(results_file.read_text())
    assert results["signed_in"]["failed"] is False
    assert [c["parent_name"] for c in results["signed_in"]["connections"]] == [VAULT]
    refused = results["refused"]
    assert refused["failed"] is True
    assert "AADSTS7000215: Invalid client secret provided." in refused["msg"]
    assert refused["msg"].startswith("Azure authentication failed (auth_source options, service principal with "
                                     "client secret, client_id %s" % SECRET_CLIENT)
    for text in (run.stdout, run.stderr, results_file.read_text()):
        assert SECRET not in text
        assert WRONG_SECRET not in text
    # Every request, token and ARM alike, names the collection and the ansible-core that ran it.
    entries = emu.control.requests()
    assert {entry["kind"] for entry in entries} >= {"token", "arm"}
    ansible_core = run.stdout.split("ansible-playbook [core ", 1)[1].split("]", 1)[0]
    assert all("privatelink.azure/%s ansible-core/%s" % (COLLECTION_VERSION, ansible_core) in entry["user_agent"]
               for entry in entries), entries


def test_awx_user_and_password_credential_is_refused_naming_its_variables(emu, tmp_path):
    """What AWX's Azure credential injects when it has a user name instead of a client id: refused with the reason,
    before any request, the password never shown."""
    password = "awx-user-password-never-shown-41c7"
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("AZURE_", "IDENTITY_"))}
    environment.update(ANSIBLE_CONFIG=os.path.join(REPO_ROOT, "ansible.cfg"), HOME=str(tmp_path),
                       ANSIBLE_COLLECTIONS_PATH=os.path.join(REPO_ROOT, ".build"), ANSIBLE_LOCALHOST_WARNING="false",
                       ANSIBLE_INVENTORY_UNPARSED_WARNING="false", AZURE_SUBSCRIPTION_ID=SUBSCRIPTION,
                       AZURE_AD_USER="someone@example.com", AZURE_PASSWORD=password,
                       AZURE_RESOURCE_MANAGER_ENDPOINT=emu.info["arm_url"], AZURE_AUTHORITY_HOST=emu.info["authority"],
                       PRIVATELINK_AZURE_CA_BUNDLE=emu.info["ca_file"])
    ansible = os.path.join(os.path.dirname(sys.executable), "ansible")

    run = subprocess.run([ansible, "localhost", "-m", "privatelink.azure.azure_keyvault_pec_info", "-a",
                          "resource_group=rg-auth vault_name=%s" % VAULT], cwd=str(tmp_path), env=environment,
                         capture_output=True, text=True, timeout=120, check=False)

    output = " ".join((run.stdout + run.stderr).split())
    assert run.returncode != 0
    assert ("environment variable AZURE_AD_USER and environment variable AZURE_PASSWORD: user name and password "
            "sign-in is not supported. Microsoft is retiring it") in output, output[-2000:]
    assert password not in output
    assert [e for e in emu.control.requests() if e["kind"] in ("arm", "token")] == []

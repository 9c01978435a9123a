"""A mistake in pec_approval_rules, as a user meets it: real ansible-playbook and ansible-doc, outside the clone.

The role's argument spec documents the rules but leaves checking them to the role's own checker (`elements: raw`),
so every mistake is reported once, naming the rule, before anything is read: no Azure is needed, and none is
given (a request would fail to sign in, and the test would see it).
"""

import json
import os
import subprocess
import sys

from ansible_collections.privatelink.azure.plugins.module_utils._types import STATUSES
from tests.emulator.launcher import running_emulator

from .runner import PLAYBOOK as ROLE_PLAY, REPO_ROOT

BIN = os.path.dirname(sys.executable)
DEMO_FLEET = os.path.join(REPO_ROOT, "tests", "emulator", "fleets", "demo.yml")
PLAYBOOK = ROLE_PLAY + """      vars:
        pec_approval_subscriptions: [00000000-0000-0000-0000-000000000000]
        pec_approval_rules:
          - {name: dev-untouched, match: {resource_tags: {env: dev}}, action: keep}
          - name: spoke-on-prod
            match: {status: Pending, resource_tags: {env: prod}}
            action: approv
            description: Approved for ${endpoint_name}
          - {name: reject-other-pending, match: {status: Pendng}, action: reject}
          - {name: lake-blob, match: {resource_type: storage, group_ids: [blob]}, action: approve}
"""


def _user_env(tmp_path):
    """What a user outside the clone has: no ansible.cfg of ours, the collection installed, no Azure settings."""
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("ANSIBLE_", "AZURE_")) and key != "REQUESTS_CA_BUNDLE"}
    env.update(ANSIBLE_COLLECTIONS_PATH=os.path.join(REPO_ROOT, ".build"), ANSIBLE_NOCOLOR="1",
               ANSIBLE_LOCAL_TEMP=str(tmp_path / "tmp"), HOME=str(tmp_path))
    return env


def test_every_mistake_in_the_rules_is_reported_once_by_rule_and_field_without_a_spec_dump(tmp_path):
    (tmp_path / "site.yml").write_text(PLAYBOOK)
    finished = subprocess.run([os.path.join(BIN, "ansible-playbook"), "-i", "localhost,", "site.yml"],
                              cwd=str(tmp_path), env=_user_env(tmp_path), stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, timeout=300, check=False)
    output = finished.stdout
    assert finished.returncode == 2, output
    # ansible-core's argument-spec check passes: the rules are the role's own checker's business.
    assert "Validating arguments against arg spec 'main'" in output and "argument_spec_data" not in output, output
    expected = (
        "4 mistakes in pec_approval_rules: ",
        "pec_approval_rules[1] (spoke-on-prod).action: 'approv' is not one of approve, reject, remove, keep",
        "pec_approval_rules[1] (spoke-on-prod).description: unknown placeholder(s) ${endpoint_name}",
        "pec_approval_rules[2] (reject-other-pending).match.status: 'Pendng' is not one of Pending, Approved, "
        "Rejected, Disconnected",
        # A condition that can never hold on the rule's type (review R12): Storage bodies carry no groupIds.
        "pec_approval_rules[3] (lake-blob).match.group_ids: Storage account connections do not name their group "
        "ids (no groupIds in their connection bodies, per the REST specification), so this condition never holds; "
        "match on private_endpoint_name or request_message instead",
    )
    fatal = [line for line in output.splitlines() if line.startswith("fatal: [localhost]: FAILED! => ")]
    assert len(fatal) == 1, output
    message = json.loads(fatal[0].split("=> ", 1)[1])["msg"]
    assert message.startswith(expected[0]), message
    for text in expected[1:]:
        assert message.count(text) == 1, (text, message)
    assert len(message) < 1200, message  # four mistakes, the statuses of every type of the table among them
    assert "Traceback" not in output and "Validation of arguments failed" not in output
    assert "ok=1" in output and "failed=1" in output  # the spec check, then the rule checker: nothing was read


def test_ansible_doc_shows_the_whole_rule_format(tmp_path):
    finished = subprocess.run([os.path.join(BIN, "ansible-doc"), "-t", "role", "privatelink.azure.pec_approval"],
                              cwd=str(tmp_path), env=_user_env(tmp_path), stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, timeout=300, check=True)
    text = " ".join(finished.stdout.split())
    for option in ("choices: [approve, reject, remove, keep]", "choices: [%s]" % ", ".join(STATUSES),
                   "group_ids", "request_message", "private_endpoint_id", "resource_tags", "Unique name of the rule"):
        assert option in text, option


def test_type_spellings_are_one_set_in_every_option_any_case(tmp_path):
    """The type table's names and the ARM types in any case, the same in the scope's types and in a rule."""
    variables = {
        "pec_approval_resource_groups": ["rg-app"],
        "pec_approval_resource_types": ["key_vault", "Microsoft.Storage/storageaccounts"],
        "pec_approval_rules": [
            {"name": "vaults-and-storage", "match": {"resource_type": ["KeyVault", "microsoft.storage/STORAGEACCOUNTS"],
                                                     "status": "Pending"}, "action": "keep"},
            {"name": "everything-else", "action": "keep"}],
        "pec_approval_report_dir": str(tmp_path / "reports"),
    }
    with running_emulator(seed=DEMO_FLEET) as emu:
        env = dict(_user_env(tmp_path), **emu.module_env())
        (tmp_path / "site.yml").write_text(ROLE_PLAY)
        finished = subprocess.run([os.path.join(BIN, "ansible-playbook"), "site.yml", "--check", "-e",
                                   json.dumps(variables)], cwd=str(tmp_path), env=env, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True, timeout=300, check=False)
    assert finished.returncode == 0, finished.stdout[-4000:]
    with open(str(tmp_path / "reports" / "pec_approval_report.json")) as handle:
        report = json.load(handle)
    # rg-app holds a Key Vault, a Managed HSM and a Storage account: the HSM is not in the types asked for.
    assert {entry["resource_type"] for entry in report["connections"]} == {
        "Microsoft.KeyVault/vaults", "Microsoft.Storage/storageAccounts"}
    pending = [entry for entry in report["connections"] if entry["current_status"] == "Pending"]
    assert pending and {entry["rule"] for entry in pending} == {"vaults-and-storage"}

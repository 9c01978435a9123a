"""An Azure Stack Hub signing in with AD FS (tenant ``adfs``), over real HTTPS to the emulator, by both paths.

The emulator seeded with ``tenant_id: adfs`` is such a stamp: its cloud metadata publishes
``loginEndpoint: <url>/adfs`` and it serves AD FS's discovery and ``/adfs/oauth2/token`` only (tests/emulator/entra.py).
The authority may come from that metadata (``cloud_environment``) or be given with AD FS's path, as
azure.azcollection's ``adfs_authority_url`` and the profile of docs/authentication.md carry it: either way the
session signs in at ``/adfs/oauth2/token`` with one token request, never at ``/adfs/adfs/...``.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._auth import azure_session
from tests.emulator.launcher import running_emulator

from .support import SECRET, SECRET_CLIENT, SUBSCRIPTION, VAULT, list_vault_names, params, write_credentials_file

ADFS = "adfs"
REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


@pytest.fixture(scope="module")
def stack():
    seed = {
        "subscription_id": SUBSCRIPTION,
        "tenant_id": ADFS,
        "principals": [{"client_id": SECRET_CLIENT, "client_secret": SECRET}],
        "resources": [{"type": "Microsoft.KeyVault/vaults", "resource_group": "rg-auth", "name": VAULT,
                       "location": "local", "connections": []}],
    }
    with running_emulator(seed=seed, lro_seconds=0.2) as emu:
        yield emu


@pytest.fixture
def adfs_stamp(stack, monkeypatch):
    stack.control.clear_requests()
    monkeypatch.setenv("PRIVATELINK_AZURE_CA_BUNDLE", stack.info["ca_file"])
    return stack


def sign_in_requests(emu):
    return [(entry["kind"], entry["method"], entry["path"]) for entry in emu.control.requests()
            if entry["kind"] in ("discovery", "token") or "/adfs" in entry["path"]]


def assert_signed_in_at_adfs(emu, session):
    assert session.authority_host == emu.info["authority"]  # the host: azure-identity appends the tenant, adfs
    assert list_vault_names(session) == [VAULT]              # a real ARM call with the token AD FS issued
    assert sign_in_requests(emu) == [("discovery", "GET", "/adfs/.well-known/openid-configuration"),
                                     ("token", "POST", "/adfs/oauth2/token")]


def test_the_authority_from_azure_stack_metadata(adfs_stamp):
    session = azure_session(params(cloud_environment=adfs_stamp.info["arm_url"], client_id=SECRET_CLIENT,
                                   secret=SECRET, tenant=ADFS, subscription_id=SUBSCRIPTION))
    assert [entry["path"] for entry in adfs_stamp.control.requests() if entry["kind"] == "metadata"] == [
        "/metadata/endpoints"]
    assert_signed_in_at_adfs(adfs_stamp, session)


def test_the_authority_given_as_azcollection_adfs_authority_url_through_ansible(adfs_stamp, tmp_path):
    """The alias as azure.azcollection users write it, in a task run by ansible itself (AnsiballZ, real argspec)."""
    environment = {key: value for key, value in os.environ.items() if not key.startswith(("AZURE_", "IDENTITY_"))}
    environment.update(ANSIBLE_CONFIG=os.path.join(REPO_ROOT, "ansible.cfg"), HOME=str(tmp_path),
                       ANSIBLE_COLLECTIONS_PATH=os.path.join(REPO_ROOT, ".build"), ANSIBLE_LOCALHOST_WARNING="false",
                       ANSIBLE_INVENTORY_UNPARSED_WARNING="false")
    arguments = {"resource_group": "rg-auth", "vault_name": VAULT, "subscription_id": SUBSCRIPTION, "tenant": ADFS,
                 "client_id": SECRET_CLIENT, "secret": SECRET, "resource_manager_endpoint": adfs_stamp.info["arm_url"],
                 "adfs_authority_url": adfs_stamp.info["authority"] + "/adfs/", "ca_bundle": adfs_stamp.info["ca_file"]}
    run = subprocess.run([os.path.join(os.path.dirname(sys.executable), "ansible"), "localhost", "-m",
                          "privatelink.azure.azure_keyvault_pec_info", "-a", json.dumps(arguments)],
                         cwd=str(tmp_path), env=environment, capture_output=True, text=True, timeout=120, check=False)

    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert "SUCCESS" in run.stdout and SECRET not in run.stdout + run.stderr
    assert any(VAULT in entry["path"] for entry in adfs_stamp.control.requests(kind="arm"))  # signed in, then read
    assert sign_in_requests(adfs_stamp) == [("discovery", "GET", "/adfs/.well-known/openid-configuration"),
                                            ("token", "POST", "/adfs/oauth2/token")]


def test_the_profile_of_the_docs_with_authority_host_ending_in_adfs(adfs_stamp, clean_environment):
    write_credentials_file(
        clean_environment,
        "[stack]\nsubscription_id = %s\nclient_id = %s\nsecret = %s\ntenant = adfs\n"
        "resource_manager_endpoint = %s\nauthority_host = %s/adfs\n"
        % (SUBSCRIPTION, SECRET_CLIENT, SECRET, adfs_stamp.info["arm_url"], adfs_stamp.info["authority"]))
    session = azure_session(params(auth_source="credential_file", profile="stack"))
    assert_signed_in_at_adfs(adfs_stamp, session)

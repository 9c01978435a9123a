"""auth_source=cli, with a fake `az` (fake_az/az explains why) that hands out real emulator tokens."""

from __future__ import annotations

import os

import pytest
from azure.core.exceptions import ClientAuthenticationError

from ansible_collections.privatelink.azure.plugins.module_utils._auth import (
    AuthConfigError, azure_session, describe_auth_failure)

from .support import (
    FAKE_AZ_DIR, SECRET, SECRET_CLIENT, SUBSCRIPTION, TENANT, VAULT, list_vault_names, params, request_kinds)


@pytest.fixture
def fake_az(emu, monkeypatch, tmp_path):
    log = tmp_path / "az.log"
    monkeypatch.setenv("PATH", FAKE_AZ_DIR + os.pathsep + os.environ["PATH"])
    for name, value in {
        "FAKE_AZ_TOKEN_URL": "%s/%s/oauth2/v2.0/token" % (emu.info["authority"], TENANT),
        "FAKE_AZ_CLIENT_ID": SECRET_CLIENT, "FAKE_AZ_CLIENT_SECRET": SECRET, "FAKE_AZ_CA_FILE": emu.info["ca_file"],
        "FAKE_AZ_SUBSCRIPTION_ID": SUBSCRIPTION, "FAKE_AZ_TENANT_ID": TENANT, "FAKE_AZ_LOG": str(log),
    }.items():
        monkeypatch.setenv(name, value)
    return log


def cli_endpoints(emu):
    return dict(resource_manager_endpoint=emu.info["arm_url"], ca_bundle=emu.info["ca_file"])


def test_cli_is_the_last_resort_of_auto_and_supplies_the_subscription(emu, fake_az):
    session = azure_session(params(**cli_endpoints(emu)))

    assert (session.auth_source, session.subscription_id) == ("cli", SUBSCRIPTION)
    assert list_vault_names(session) == [VAULT]
    calls = fake_az.read_text().splitlines()
    assert calls[0] == "account show --output json"
    assert calls[1].startswith("account get-access-token --output json --resource %s" % emu.info["arm_url"])
    assert request_kinds(emu) == {"token": 1, "arm": 1}  # the fake's own token request, then ARM


def test_cli_with_tenant_passes_it_on(emu, fake_az):
    session = azure_session(params(auth_source="cli", tenant=TENANT, subscription_id=SUBSCRIPTION,
                                   **cli_endpoints(emu)))

    assert list_vault_names(session) == [VAULT]
    assert fake_az.read_text().splitlines()[0].endswith("--tenant %s" % TENANT)


def test_cli_logged_out(emu, fake_az, monkeypatch):
    monkeypatch.setenv("FAKE_AZ_LOGGED_OUT", "1")

    with pytest.raises(AuthConfigError, match="'az account show' failed: ERROR: Please run 'az login'"):
        azure_session(params(auth_source="cli", **cli_endpoints(emu)))

    session = azure_session(params(auth_source="cli", subscription_id=SUBSCRIPTION, **cli_endpoints(emu)))
    with pytest.raises(ClientAuthenticationError) as raised:
        list_vault_names(session)
    message = describe_auth_failure(raised.value, session)
    assert message.startswith("Azure authentication failed (auth_source cli, Azure CLI login")
    assert "az login" in message

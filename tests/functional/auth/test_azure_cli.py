"""auth_source=cli, with a fake `az` (fake_az/az explains why) that hands out real emulator tokens."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from azure.core.exceptions import ClientAuthenticationError

from ansible_collections.privatelink.azure.plugins.module_utils._auth import (
    AuthConfigError, azure_session, describe_auth_failure)

from .support import (
    FAKE_AZ_DIR, SECRET, SECRET_CLIENT, SUBSCRIPTION, TENANT, VAULT, list_vault_names, params, request_kinds)


def write_cli_profile(config_dir, subscriptions):
    """The Azure CLI's azureProfile.json, as `az login` writes it (UTF-8 with a byte order mark)."""
    profile = {"installationId": "00000000-0000-0000-0000-00000000cafe", "subscriptions": subscriptions}
    (config_dir / "azureProfile.json").write_text(json.dumps(profile), encoding="utf-8-sig")


def logged_in_subscription(subscription_id, default):
    return {"id": subscription_id, "name": "sub " + subscription_id[:4], "state": "Enabled", "tenantId": TENANT,
            "isDefault": default, "environmentName": "AzureCloud",
            "user": {"name": SECRET_CLIENT, "type": "servicePrincipal"}}


@pytest.fixture
def fake_az(emu, monkeypatch, tmp_path):
    log = tmp_path / "az.log"
    monkeypatch.setenv("PATH", FAKE_AZ_DIR + os.pathsep + os.environ["PATH"])
    config_dir = tmp_path / "azure-cli"
    config_dir.mkdir()
    write_cli_profile(config_dir, [logged_in_subscription("12345678-0000-0000-0000-000000000000", False),
                                   logged_in_subscription(SUBSCRIPTION, True)])
    monkeypatch.setenv("AZURE_CONFIG_DIR", str(config_dir))
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
    calls = fake_az.read_text().splitlines()  # the default subscription came from the CLI's profile file
    assert len(calls) == 1 and calls[0].startswith(
        "account get-access-token --output json --resource %s" % emu.info["arm_url"])
    assert request_kinds(emu) == {"token": 1, "arm": 1}  # the fake's own token request, then ARM


def test_cli_with_tenant_passes_it_on(emu, fake_az):
    session = azure_session(params(auth_source="cli", tenant=TENANT, subscription_id=SUBSCRIPTION,
                                   **cli_endpoints(emu)))

    assert list_vault_names(session) == [VAULT]
    assert fake_az.read_text().splitlines()[0].endswith("--tenant %s" % TENANT)


def test_cli_logged_out(emu, fake_az, monkeypatch):
    monkeypatch.setenv("FAKE_AZ_LOGGED_OUT", "1")
    config_dir = Path(os.environ["AZURE_CONFIG_DIR"])
    write_cli_profile(config_dir, [])  # what `az logout` leaves behind

    with pytest.raises(AuthConfigError, match=r"names no default subscription\). Run 'az login'"):
        azure_session(params(auth_source="cli", **cli_endpoints(emu)))
    (config_dir / "azureProfile.json").unlink()  # never logged in
    with pytest.raises(AuthConfigError, match=r"azureProfile.json does not exist\). Run 'az login'"):
        azure_session(params(auth_source="cli", **cli_endpoints(emu)))

    session = azure_session(params(auth_source="cli", subscription_id=SUBSCRIPTION, **cli_endpoints(emu)))
    with pytest.raises(ClientAuthenticationError) as raised:
        list_vault_names(session)
    message = describe_auth_failure(raised.value, session)
    assert message.startswith("Azure authentication failed (auth_source cli, Azure CLI login")
    assert "az login" in message

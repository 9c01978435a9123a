"""azure.azcollection's behaviours over real HTTPS to the emulator: managed identity without subscription_id, Azure
Stack Hub's cloud_environment URL, and the User-Agent on every request (token, metadata, ARM)."""

from __future__ import annotations

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._auth import AuthConfigError, azure_session
from ansible_collections.privatelink.azure.plugins.module_utils._version import user_agent

from .support import (
    SECRET, SECRET_CLIENT, SUBSCRIPTION, TENANT, VAULT, list_vault_names, managed_identity_environment, params,
    request_kinds)

OTHER_SUBSCRIPTIONS = ["0a0a0a0a-0000-4000-8000-0000000000a1", "0a0a0a0a-0000-4000-8000-0000000000a2"]


@pytest.fixture
def more_subscriptions(emu):
    original = emu.control.state()
    emu.control.load_state(dict(original, subscriptions=OTHER_SUBSCRIPTIONS))
    emu.control.clear_requests()
    yield
    emu.control.load_state(original)


def test_managed_identity_without_subscription_takes_the_only_one_it_sees(emu, monkeypatch):
    managed_identity_environment(emu, monkeypatch)
    session = azure_session(params(auth_source="msi"))
    assert session.subscription_id == SUBSCRIPTION
    assert [(e["method"], e["path"]) for e in emu.control.requests(kind="arm")] == [("GET", "/subscriptions")]
    assert list_vault_names(session) == [VAULT]
    assert request_kinds(emu) == {"msi": 1, "arm": 2}  # one token for both


def test_managed_identity_that_sees_several_subscriptions_names_them(emu, monkeypatch, more_subscriptions):
    managed_identity_environment(emu, monkeypatch)
    with pytest.raises(AuthConfigError) as error:
        azure_session(params(auth_source="msi"))
    message = str(error.value)
    assert "can see 3 subscriptions: " in message and "Set subscription_id" in message
    assert all(subscription in message for subscription in OTHER_SUBSCRIPTIONS + [SUBSCRIPTION])


def test_managed_identity_takes_the_one_enabled_subscription_beside_a_disabled_and_a_deleted_one(
    emu, monkeypatch, more_subscriptions
):
    """The scope reader's subscription list and states (review R15): a Disabled subscription refuses writes, so the
    managed identity's default is the one Enabled subscription; the same list, through the same pipeline."""
    disabled, deleted = OTHER_SUBSCRIPTIONS
    emu.control.load_state(dict(emu.control.state(), subscription_states={disabled: "Disabled", deleted: "Deleted"}))
    emu.control.clear_requests()
    managed_identity_environment(emu, monkeypatch)
    session = azure_session(params(auth_source="msi"))
    assert session.subscription_id == SUBSCRIPTION
    [listing] = emu.control.requests(kind="arm")
    assert (listing["method"], listing["path"]) == ("GET", "/subscriptions")

    emu.control.load_state(dict(emu.control.state(), subscription_states={
        disabled: "Disabled", deleted: "Deleted", SUBSCRIPTION: "Disabled"}))
    with pytest.raises(AuthConfigError) as error:
        azure_session(params(auth_source="msi"))
    message = str(error.value)
    assert "can see no subscription where changes can be made" in message
    assert "%s (Disabled)" % disabled in message and "%s (Deleted)" % deleted in message


def test_cloud_environment_as_an_azure_stack_hub_url(emu, monkeypatch):
    monkeypatch.setenv("PRIVATELINK_AZURE_CA_BUNDLE", emu.info["ca_file"])
    session = azure_session(params(cloud_environment=emu.info["arm_url"], client_id=SECRET_CLIENT, secret=SECRET,
                                   tenant=TENANT, subscription_id=SUBSCRIPTION))
    assert session.resource_manager_endpoint == emu.info["arm_url"] + "/"
    assert session.authority_host == emu.info["authority"]
    assert session.credential_scopes == [emu.info["arm_url"] + "/.default"]
    assert list_vault_names(session) == [VAULT]
    assert [e["path"] for e in emu.control.requests() if e["kind"] == "metadata"] == ["/metadata/endpoints"]


def test_a_cloud_environment_url_that_is_not_azure_stack_is_refused(emu, monkeypatch):
    monkeypatch.setenv("PRIVATELINK_AZURE_CA_BUNDLE", emu.info["ca_file"])
    with pytest.raises(AuthConfigError, match="answered 401 without authentication.loginEndpoint"):
        azure_session(params(cloud_environment=emu.info["arm_url"] + "/subscriptions", client_id=SECRET_CLIENT,
                             secret=SECRET, tenant=TENANT, subscription_id=SUBSCRIPTION))


def test_azure_stack_metadata_is_read_with_the_tls_settings_of_the_session(emu, monkeypatch):
    """The metadata goes through the collection's one pipeline (_arm_pipeline) with the session's TLS settings:
    without the emulator's CA it is refused, and the message says what to check."""
    for name in ("PRIVATELINK_AZURE_CA_BUNDLE", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE"):
        monkeypatch.delenv(name, raising=False)
    with pytest.raises(AuthConfigError) as error:
        azure_session(params(cloud_environment=emu.info["arm_url"], client_id=SECRET_CLIENT, secret=SECRET,
                             tenant=TENANT, subscription_id=SUBSCRIPTION))
    message = str(error.value)
    assert "its metadata %s/metadata/endpoints could not be read" % emu.info["arm_url"] in message, message
    assert "certificate verify failed" in message.lower() and "Check the URL and ca_bundle." in message
    assert not [e for e in emu.control.requests() if e["kind"] == "metadata"]


def test_every_request_names_the_collection_and_ansible_core(emu, monkeypatch):
    monkeypatch.setenv("PRIVATELINK_AZURE_CA_BUNDLE", emu.info["ca_file"])
    session = azure_session(params(cloud_environment=emu.info["arm_url"], client_id=SECRET_CLIENT, secret=SECRET,
                                   tenant=TENANT, subscription_id=SUBSCRIPTION))
    list_vault_names(session)
    entries = emu.control.requests()
    assert {e["kind"] for e in entries} >= {"metadata", "token", "arm"}
    assert all(user_agent() in (e["user_agent"] or "") for e in entries), entries


def test_the_generic_arm_clients_send_the_user_agent_too(emu, monkeypatch):
    """The type table's client (_arm_client) and the Resource Graph reads' client go through the collection's one
    azure-core pipeline (_arm_pipeline): the collection's User-Agent is on their requests as on the SDKs'."""
    from azure.core.rest import HttpRequest

    from ansible_collections.privatelink.azure.plugins.module_utils._arm_client import build_arm_client
    from ansible_collections.privatelink.azure.plugins.module_utils._arm_pipeline import pipeline_client

    monkeypatch.setenv("PRIVATELINK_AZURE_CA_BUNDLE", emu.info["ca_file"])
    session = azure_session(params(resource_manager_endpoint=emu.info["arm_url"], authority_host=emu.info["authority"],
                                   client_id=SECRET_CLIENT, secret=SECRET, tenant=TENANT, subscription_id=SUBSCRIPTION))
    build_arm_client(session).send("GET", "/subscriptions/%s/resourcegroups?api-version=2021-04-01" % SUBSCRIPTION)
    graph = pipeline_client(session)
    graph.send_request(HttpRequest("GET", graph.format_url("/subscriptions?api-version=2022-12-01")))
    arm = emu.control.requests(kind="arm")
    assert len(arm) == 2 and all(user_agent() in entry["user_agent"] for entry in arm), arm

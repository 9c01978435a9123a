"""Service principals (secret and certificate) from options, both environment styles and a profile file."""

from __future__ import annotations

import os

from ansible_collections.privatelink.azure.plugins.module_utils._auth import azure_session

from .support import (
    CERT_CLIENT, KEY_PASSWORD, SECRET, SECRET_CLIENT, SUBSCRIPTION, TENANT, VAULT, emulator_endpoints,
    endpoint_variables, list_vault_names, params, request_kinds, write_credentials_file)


def test_secret_in_options(emu):
    session = azure_session(params(client_id=SECRET_CLIENT, secret=SECRET, **emulator_endpoints(emu)))

    assert list_vault_names(session) == [VAULT]
    assert (session.auth_source, session.credential_kind) == ("options", "secret")
    # MSAL discovers the tenant's endpoints once, then one token serves the ARM call.
    assert request_kinds(emu) == {"discovery": 1, "token": 1, "arm": 1}


def test_token_is_reused_across_clients_of_one_session(emu):
    session = azure_session(params(client_id=SECRET_CLIENT, secret=SECRET, **emulator_endpoints(emu)))

    for _attempt in range(3):
        assert list_vault_names(session) == [VAULT]

    assert request_kinds(emu) == {"discovery": 1, "token": 1, "arm": 3}


def test_azure_identity_environment_variables(emu, monkeypatch):
    for name, value in dict(endpoint_variables(emu), AZURE_CLIENT_ID=SECRET_CLIENT, AZURE_CLIENT_SECRET=SECRET,
                            AZURE_TENANT_ID=TENANT).items():
        monkeypatch.setenv(name, value)

    session = azure_session(params())

    assert (session.auth_source, session.credential_kind) == ("env", "secret")
    assert list_vault_names(session) == [VAULT]


def test_azcollection_environment_variables(emu, monkeypatch):
    for name, value in dict(AZURE_CLIENT_ID=SECRET_CLIENT, AZURE_SECRET=SECRET, AZURE_TENANT=TENANT,
                            AZURE_SUBSCRIPTION_ID=SUBSCRIPTION,
                            AZURE_RESOURCE_MANAGER_ENDPOINT=emu.info["arm_url"],
                            AZURE_AUTHORITY_HOST=emu.info["authority"],
                            REQUESTS_CA_BUNDLE=emu.info["ca_file"]).items():
        monkeypatch.setenv(name, value)

    session = azure_session(params())

    assert session.connection_verify == emu.info["ca_file"]
    assert list_vault_names(session) == [VAULT]


def test_module_env_of_the_launcher(emu, monkeypatch):
    """What the module tests and the demo use: emu.module_env() alone must be enough."""
    emu.export_module_env(monkeypatch)

    session = azure_session(params())

    assert list_vault_names(session) == [VAULT]


def test_profile_in_credentials_file(emu, clean_environment):
    write_credentials_file(
        clean_environment,
        "[default]\nclient_id = nobody\nsecret = wrong\ntenant = %s\nsubscription_id = %s\n\n"
        "[emulator]\nclient_id = %s\nsecret = %s\ntenant = %s\nsubscription_id = %s\n"
        "resource_manager_endpoint = %s\nauthority_host = %s\nca_bundle = %s\n"
        % (TENANT, SUBSCRIPTION, SECRET_CLIENT, SECRET, TENANT, SUBSCRIPTION, emu.info["arm_url"],
           emu.info["authority"], emu.info["ca_file"]))

    session = azure_session(params(profile="emulator"))

    assert (session.auth_source, session.credential_kind) == ("credential_file", "secret")
    assert list_vault_names(session) == [VAULT]


def test_certificate_without_password(emu, client_certificate):
    session = azure_session(params(client_id=CERT_CLIENT, x509_certificate_path=client_certificate["plain"],
                                   **emulator_endpoints(emu)))

    assert session.credential_kind == "certificate"
    assert list_vault_names(session) == [VAULT]


def test_certificate_with_password_from_environment(emu, client_certificate, monkeypatch):
    for name, value in dict(endpoint_variables(emu), AZURE_CLIENT_ID=CERT_CLIENT, AZURE_TENANT_ID=TENANT,
                            AZURE_CLIENT_CERTIFICATE_PATH=client_certificate["encrypted"],
                            AZURE_CLIENT_CERTIFICATE_PASSWORD=KEY_PASSWORD).items():
        monkeypatch.setenv(name, value)

    session = azure_session(params())

    assert (session.auth_source, session.credential_kind) == ("env", "certificate")
    assert list_vault_names(session) == [VAULT]
    assert os.environ["AZURE_CLIENT_CERTIFICATE_PASSWORD"] == KEY_PASSWORD  # left as found

"""Workload identity (federated token file) and managed identity (App Service style endpoint)."""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.module_utils._auth import azure_session

from .support import (
    FEDERATED_CLIENT, FEDERATED_TOKEN, SUBSCRIPTION, TENANT, USER_IDENTITY, VAULT, emulator_endpoints,
    endpoint_variables, list_vault_names, managed_identity_environment, params, request_kinds)


def test_workload_identity_as_on_aks(emu, monkeypatch, tmp_path):
    """The AKS webhook sets exactly these variables; the token file has no trailing newline."""
    token_file = tmp_path / "azure-identity-token"
    token_file.write_text(FEDERATED_TOKEN)
    for name, value in dict(endpoint_variables(emu), AZURE_CLIENT_ID=FEDERATED_CLIENT, AZURE_TENANT_ID=TENANT,
                            AZURE_FEDERATED_TOKEN_FILE=str(token_file)).items():
        monkeypatch.setenv(name, value)

    session = azure_session(params())

    assert (session.auth_source, session.credential_kind) == ("env", "workload_identity")
    assert list_vault_names(session) == [VAULT]
    # azure-identity posts the assertion itself (no MSAL, so no discovery request).
    assert request_kinds(emu) == {"token": 1, "arm": 1}


def test_workload_identity_from_options(emu, tmp_path):
    token_file = tmp_path / "token"
    token_file.write_text(FEDERATED_TOKEN)

    session = azure_session(params(auth_source="workload_identity", client_id=FEDERATED_CLIENT,
                                   federated_token_file=str(token_file), **emulator_endpoints(emu)))

    assert list_vault_names(session) == [VAULT]


def test_system_assigned_managed_identity_detected_by_auto(emu, monkeypatch):
    managed_identity_environment(emu, monkeypatch)

    session = azure_session(params(subscription_id=SUBSCRIPTION))

    assert (session.auth_source, session.credential_kind) == ("msi", "msi")
    assert list_vault_names(session) == [VAULT]
    assert request_kinds(emu) == {"msi": 1, "arm": 1}


def test_user_assigned_managed_identity(emu, monkeypatch):
    managed_identity_environment(emu, monkeypatch)

    session = azure_session(params(auth_source="msi", client_id=USER_IDENTITY, subscription_id=SUBSCRIPTION))

    assert list_vault_names(session) == [VAULT]
    msi_calls = [entry for entry in emu.control.requests() if entry["kind"] == "msi"]
    assert len(msi_calls) == 1 and msi_calls[0]["status"] == 200

"""What a user sees when authentication fails: Entra ID's code and text, TLS problems, never a secret."""

from __future__ import annotations

import time

import pytest
from azure.core.exceptions import ClientAuthenticationError, HttpResponseError, ServiceRequestError
from urllib3.exceptions import InsecureRequestWarning

from ansible_collections.privatelink.azure.plugins.module_utils._auth import (
    AuthConfigError, azure_session, describe_auth_failure)

from .support import (
    CERT_CLIENT, DENIED_CLIENT, SECRET, SECRET_CLIENT, SUBSCRIPTION, VAULT, emulator_endpoints, list_vault_names,
    params, request_kinds)

WRONG_SECRET = "wrong-secret-that-must-never-be-printed"


def failure_of(session):
    with pytest.raises(Exception) as raised:
        list_vault_names(session)
    return raised.value


def test_wrong_secret_reports_aadsts7000215_without_the_secret(emu):
    session = azure_session(params(client_id=SECRET_CLIENT, secret=WRONG_SECRET, **emulator_endpoints(emu)))

    error = failure_of(session)

    assert isinstance(error, ClientAuthenticationError)
    message = describe_auth_failure(error, session)
    assert "AADSTS7000215: Invalid client secret provided." in message
    assert "client_id %s" % SECRET_CLIENT in message
    assert "the client secret is wrong: set secret" in message
    assert WRONG_SECRET not in message and WRONG_SECRET not in str(error) and SECRET not in message
    assert request_kinds(emu).get("arm", 0) == 0  # nothing reached ARM


def test_unknown_client_id_reports_aadsts700016(emu):
    session = azure_session(params(client_id="99999999-0000-4000-8000-000000000000", secret=SECRET,
                                   **emulator_endpoints(emu)))

    message = describe_auth_failure(failure_of(session), session)

    assert "AADSTS700016" in message and "check client_id and tenant" in message
    assert SECRET not in message


def test_no_ca_bundle_means_certificate_verify_failure_reported_clearly(emu):
    endpoints = emulator_endpoints(emu)
    del endpoints["ca_bundle"]
    session = azure_session(params(client_id=SECRET_CLIENT, secret=SECRET, **endpoints))
    assert session.connection_verify is True

    started = time.monotonic()
    error = failure_of(session)
    elapsed = time.monotonic() - started

    message = describe_auth_failure(error, session)
    assert message is not None, "not recognised as a TLS failure: %r" % error
    assert message.startswith("TLS certificate verification failed talking to Azure (resource manager %s"
                              % emu.info["arm_url"])
    assert "CERTIFICATE_VERIFY_FAILED" in message or "certificate verify failed" in message
    assert "set ca_bundle" in message and SECRET not in message
    assert isinstance(error, (ServiceRequestError, ClientAuthenticationError))
    print("TLS failure surfaced after %.2f s as %s" % (elapsed, type(error).__name__))


def test_validate_certs_false_works_without_ca_and_warns(emu):
    endpoints = emulator_endpoints(emu)
    del endpoints["ca_bundle"]
    session = azure_session(params(client_id=SECRET_CLIENT, secret=SECRET, validate_certs=False, **endpoints))

    with pytest.warns(InsecureRequestWarning):  # proof that verification really is off on the wire
        assert list_vault_names(session) == [VAULT]
    assert session.connection_verify is False
    assert any("validate_certs is false" in warning for warning in session.warnings)


def test_wrong_certificate_password_fails_before_any_request(emu, client_certificate):
    wrong_password = "not-the-key-password"

    with pytest.raises(AuthConfigError) as raised:
        azure_session(params(client_id=CERT_CLIENT, x509_certificate_path=client_certificate["encrypted"],
                             x509_certificate_password=wrong_password, **emulator_endpoints(emu)))

    message = str(raised.value)
    assert message.startswith("Cannot load the client certificate %s: " % client_certificate["encrypted"])
    assert "x509_certificate_password" in message and wrong_password not in message
    assert request_kinds(emu) == {}


def test_authorization_failures_are_left_to_the_engine(emu):
    """A 403 is not an authentication problem: the engine reports its code, message and x-ms-request-id."""
    session = azure_session(params(client_id=DENIED_CLIENT, secret=SECRET, **emulator_endpoints(emu)))

    error = failure_of(session)

    assert isinstance(error, HttpResponseError) and error.status_code == 403
    assert error.error.code == "AuthorizationFailed"
    assert describe_auth_failure(error, session) is None


def test_unknown_user_assigned_identity(emu, monkeypatch):
    monkeypatch.setenv("IDENTITY_ENDPOINT", emu.info["identity_endpoint"])
    monkeypatch.setenv("IDENTITY_HEADER", emu.info["identity_header"])
    session = azure_session(params(auth_source="msi", client_id="00000000-dead-4000-8000-000000000000",
                                   subscription_id=SUBSCRIPTION, resource_manager_endpoint=emu.info["arm_url"],
                                   ca_bundle=emu.info["ca_file"]))

    error = failure_of(session)

    message = describe_auth_failure(error, session)
    assert message is not None, "not recognised as an authentication failure: %r" % error
    assert message.startswith("Azure authentication failed (auth_source msi, managed identity, client_id "
                              "00000000-dead-4000-8000-000000000000")
    assert "No User Assigned or Delegated Managed Identity found" in message
    assert "that client_id is its client id" in message

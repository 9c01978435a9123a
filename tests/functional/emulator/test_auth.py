"""Signing in the ways the collection supports, and ARM refusing what Azure refuses, with azure-identity."""

import time

import pytest
from azure.core.exceptions import ClientAuthenticationError, HttpResponseError
from azure.identity import (
    CertificateCredential, ClientAssertionCredential, CredentialUnavailableError, ManagedIdentityCredential,
)
from azure.mgmt.keyvault import KeyVaultManagementClient

from . import fleet
from .arm import ARM_SCOPE, error_of
from .conftest import make_credential, sdk_options
from .pec import error_details

PEC_LIST = fleet.parent_id(fleet.KEYVAULT, fleet.RG, fleet.VAULT) + "/privateEndpointConnections"


def can_list_connections(emu, credential):
    client = KeyVaultManagementClient(credential, fleet.SUBSCRIPTION, **sdk_options(emu))
    return len(list(client.private_endpoint_connections.list_by_resource(fleet.RG, fleet.VAULT))) == 4


def test_client_secret_credential_signs_in(emu):
    assert can_list_connections(emu, make_credential(emu))
    assert {r["kind"] for r in emu.control.requests()} >= {"token", "arm"}


def test_wrong_secret_is_refused_with_aadsts7000215(emu):
    credential = make_credential(emu, secret="not-the-secret")

    with pytest.raises(ClientAuthenticationError) as raised:
        credential.get_token(ARM_SCOPE)

    assert "AADSTS7000215" in str(raised.value)
    assert "not-the-secret" not in str(raised.value)


def test_certificate_credential_signs_in(emu, client_certificate):
    credential = CertificateCredential(
        fleet.TENANT, fleet.CERT_CLIENT_ID, certificate_path=str(client_certificate.path),
        authority=emu.info["authority"], disable_instance_discovery=True, connection_verify=emu.ca_file,
    )

    assert can_list_connections(emu, credential)


def test_client_assertion_credential_signs_in_with_a_federated_token(emu):
    credential = ClientAssertionCredential(
        fleet.TENANT, fleet.FEDERATED_CLIENT_ID, lambda: fleet.FEDERATED_TOKEN,
        authority=emu.info["authority"], connection_verify=emu.ca_file,
    )

    assert can_list_connections(emu, credential)


def test_unknown_federated_token_is_refused(emu):
    credential = ClientAssertionCredential(
        fleet.TENANT, fleet.FEDERATED_CLIENT_ID, lambda: "not.the.token",
        authority=emu.info["authority"], connection_verify=emu.ca_file,
    )

    with pytest.raises(ClientAuthenticationError) as raised:
        credential.get_token(ARM_SCOPE)

    assert "AADSTS" in str(raised.value)


@pytest.mark.parametrize("client_id", [None, fleet.USER_IDENTITY_CLIENT_ID], ids=["system", "user-assigned"])
def test_managed_identity_credential_signs_in_through_the_msi_endpoint(emu, monkeypatch, client_id):
    monkeypatch.setenv("IDENTITY_ENDPOINT", emu.info["identity_endpoint"])
    monkeypatch.setenv("IDENTITY_HEADER", emu.info["identity_header"])
    credential = ManagedIdentityCredential(client_id=client_id, connection_verify=emu.ca_file)

    assert can_list_connections(emu, credential)
    msi = [r for r in emu.control.requests() if r["kind"] == "msi"]
    assert msi and msi[0]["status"] == 200


def test_managed_identity_credential_with_an_unknown_identity_is_refused(emu, monkeypatch):
    monkeypatch.setenv("IDENTITY_ENDPOINT", emu.info["identity_endpoint"])
    monkeypatch.setenv("IDENTITY_HEADER", emu.info["identity_header"])
    credential = ManagedIdentityCredential(client_id=fleet.CLIENT_ID, connection_verify=emu.ca_file)

    with pytest.raises(CredentialUnavailableError):
        credential.get_token(ARM_SCOPE)
    assert [r["status"] for r in emu.control.requests() if r["kind"] == "msi"] == [400]


def test_msi_endpoint_wants_the_identity_header(emu, arm):
    response = arm.get_url(emu.info["identity_endpoint"], params={
        "api-version": "2019-08-01", "resource": "https://management.azure.com"})

    assert response.status_code in (400, 401, 403)


def test_missing_token_is_401(arm):
    response = arm.get(PEC_LIST, "2023-07-01", token=None)

    assert response.status_code == 401
    assert error_of(response)[0] == "AuthenticationFailed"
    assert response.headers.get("x-ms-request-id")
    # azure-core reads this challenge (claims, CAE); ARM always sends it with a 401.
    assert response.headers.get("WWW-Authenticate", "").startswith("Bearer ")


def test_garbled_token_is_401(arm):
    response = arm.get(PEC_LIST, "2023-07-01", token="eyJhbGciOiJIUzI1NiJ9.e30.c2lnbmF0dXJl")

    assert response.status_code == 401
    assert error_of(response)[0] == "InvalidAuthenticationToken"


def test_expired_token_is_401(emu, arm):
    emu.control.settings(token_lifetime_seconds=1)
    short_lived = make_credential(emu).get_token(ARM_SCOPE).token
    time.sleep(1.2)

    response = arm.get(PEC_LIST, "2023-07-01", token=short_lived)

    assert response.status_code == 401
    assert error_of(response)[0] == "ExpiredAuthenticationToken"


def test_denied_principal_gets_403_authorization_failed(emu):
    credential = make_credential(emu, fleet.DENIED_CLIENT_ID, fleet.DENIED_CLIENT_SECRET)
    client = KeyVaultManagementClient(credential, fleet.SUBSCRIPTION, **sdk_options(emu))

    with pytest.raises(HttpResponseError) as raised:
        client.private_endpoint_connections.put(fleet.RG, fleet.LOCKED_VAULT, "pe-locked", {
            "properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}})

    status, code, request_id = error_details(raised)
    assert (status, code) == (403, "AuthorizationFailed")
    assert fleet.DENIED_CLIENT_ID in raised.value.error.message
    assert request_id
    with pytest.raises(HttpResponseError) as raised_on_read:
        list(client.private_endpoint_connections.list_by_resource(fleet.RG, fleet.LOCKED_VAULT))
    assert error_details(raised_on_read)[:2] == (403, "AuthorizationFailed")
    # The same principal still reaches what it is not denied.
    assert len(list(client.private_endpoint_connections.list_by_resource(fleet.RG, fleet.VAULT))) == 4

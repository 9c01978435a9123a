"""AUTH_ARGSPEC, its doc fragment, AzureSession and the wording of describe_auth_failure (no network)."""

from __future__ import annotations

import ssl

import pytest
import yaml

from ansible_collections.privatelink.azure.plugins.doc_fragments.auth import ModuleDocFragment
from ansible_collections.privatelink.azure.plugins.module_utils._auth import (
    AUTH_ARGSPEC,
    AuthConfigError,
    azure_session,
    describe_auth_failure,
)
from ansible_collections.privatelink.azure.plugins.module_utils._version import user_agent

SECRET = "do-not-print-me-7f3a"
TENANT = "11111111-1111-1111-1111-111111111111"
CLIENT = "22222222-2222-2222-2222-222222222222"


def params(**given):
    values = {name: spec.get("default") for name, spec in AUTH_ARGSPEC.items()}
    values.update(given)
    return values


@pytest.fixture
def environ(tmp_path):
    return {"HOME": str(tmp_path), "PATH": ""}


def secret_session(environ, **extra):
    given = dict(client_id=CLIENT, tenant=TENANT, secret=SECRET, subscription_id="sub",
                 resource_manager_endpoint="https://127.0.0.1:8443", authority_host="https://127.0.0.1:8443")
    given.update(extra)
    return azure_session(params(**given), environ)


class TestArgspec:
    def test_secrets_are_no_log(self):
        assert AUTH_ARGSPEC["secret"]["no_log"] is True
        assert AUTH_ARGSPEC["x509_certificate_password"]["no_log"] is True

    def test_no_env_fallback_so_precedence_can_see_where_values_come_from(self):
        assert not any("fallback" in spec for spec in AUTH_ARGSPEC.values())

    def test_validate_certs_defaults_to_true(self):
        assert AUTH_ARGSPEC["validate_certs"] == {"type": "bool", "default": True}

    def test_doc_fragment_documents_every_option_exactly(self):
        documented = yaml.safe_load(ModuleDocFragment.DOCUMENTATION)["options"]
        assert set(documented) == set(AUTH_ARGSPEC)
        for name, spec in AUTH_ARGSPEC.items():
            doc = documented[name]
            assert doc["type"] == spec["type"], name
            assert doc.get("default") == spec.get("default"), name
            assert doc.get("choices") == spec.get("choices"), name


class TestSession:
    def test_client_kwargs_for_the_management_clients(self, environ, tmp_path):
        ca = tmp_path / "ca.pem"
        ca.write_text("pem")
        session = secret_session(environ, ca_bundle=str(ca))
        assert session.client_kwargs() == {
            "base_url": "https://127.0.0.1:8443/",
            "credential_scopes": ["https://127.0.0.1:8443/.default"],
            "connection_verify": str(ca),
            "user_agent": user_agent(),
        }
        assert (session.subscription_id, session.auth_source, session.credential_kind) == ("sub", "options", "secret")

    def test_one_credential_class_per_source(self, environ):
        assert type(secret_session(environ).credential).__name__ == "ClientSecretCredential"
        msi = azure_session(params(auth_source="msi", subscription_id="s"), environ)
        assert type(msi.credential).__name__ == "ManagedIdentityCredential"

    def test_custom_authority_disables_instance_discovery(self, environ):
        credential = secret_session(environ).credential
        assert credential._instance_discovery is False  # azure-identity keeps the flag inverted
        public = secret_session(environ, resource_manager_endpoint=None, authority_host=None).credential
        assert public._instance_discovery is None

    def test_only_auth_options_are_read(self, environ):
        session = azure_session(dict(params(client_id=CLIENT, tenant=TENANT, secret=SECRET, subscription_id="s"),
                                     state="approved", name="pe-1"), environ)
        assert session.credential_kind == "secret"

    def test_bad_tenant_is_a_config_error(self, environ):
        with pytest.raises(AuthConfigError, match="azure-identity rejected the secret settings: .*Check tenant"):
            secret_session(environ, tenant="not a tenant!")

    def test_broken_certificate_file_names_the_options(self, environ, tmp_path):
        pem = tmp_path / "broken.pem"
        pem.write_text("-----BEGIN CERTIFICATE-----\nnope\n-----END CERTIFICATE-----\n")
        with pytest.raises(AuthConfigError) as error:
            azure_session(params(client_id=CLIENT, tenant=TENANT, subscription_id="s",
                                 x509_certificate_path=str(pem), x509_certificate_password=SECRET), environ)
        assert "Cannot load the client certificate %s" % pem in str(error.value)
        assert "x509_certificate_password" in str(error.value)
        assert SECRET not in str(error.value)

    def test_cli_without_az_on_path(self, environ):
        with pytest.raises(AuthConfigError, match=r"auth_source is cli but the Azure CLI \('az'\) is not on PATH"):
            azure_session(params(auth_source="cli"), environ)

    def test_describe_names_identity_but_never_the_secret(self, environ):
        description = secret_session(environ).describe()
        assert description == ("auth_source options, service principal with client secret, client_id %s, tenant %s, "
                               "authority https://127.0.0.1:8443" % (CLIENT, TENANT))


class TestDescribeAuthFailure:
    def test_wrong_secret_gets_code_message_and_hint(self, environ):
        from azure.core.exceptions import ClientAuthenticationError

        exc = ClientAuthenticationError(
            message="ClientSecretCredential.get_token failed: (invalid_client) AADSTS7000215: Invalid client secret "
                    "provided.")
        text = describe_auth_failure(exc, secret_session(environ))
        assert text.startswith("Azure authentication failed (auth_source options, service principal with client "
                               "secret, client_id %s" % CLIENT)
        assert "AADSTS7000215: Invalid client secret provided." in text
        assert "the client secret is wrong: set secret" in text
        assert SECRET not in text

    def test_tls_failure_found_inside_the_sdk_wrapping(self, environ):
        from azure.core.exceptions import ServiceRequestError

        cause = ssl.SSLCertVerificationError(1, "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: "
                                                "self-signed certificate in certificate chain (_ssl.c:1006)")
        wrapped = ServiceRequestError("connection failed", error=cause)
        wrapped.__cause__ = cause  # as `raise ... from` leaves it in the SDK's transport
        text = describe_auth_failure(wrapped, secret_session(environ))
        assert text.startswith("TLS certificate verification failed talking to Azure (resource manager "
                               "https://127.0.0.1:8443/, authority https://127.0.0.1:8443)")
        assert "ca_bundle" in text and "validate_certs=false" in text and "dangerous" in text

    def test_other_errors_are_left_to_the_caller(self, environ):
        from azure.core.exceptions import HttpResponseError

        assert describe_auth_failure(HttpResponseError(message="Conflict"), secret_session(environ)) is None
        assert describe_auth_failure(ValueError("x"), secret_session(environ)) is None

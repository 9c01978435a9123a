"""What users of azure.azcollection bring: ANSIBLE_AZURE_AUTH_SOURCE, AZURE_AD_USER / ad_user (refused, with the
reason), every credentials-file key honoured or refused, Azure Stack Hub's metadata URL. Pure, no network."""

from __future__ import annotations

import os

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._auth import AUTH_ARGSPEC
from ansible_collections.privatelink.azure.plugins.module_utils._auth_settings import (
    AuthConfigError,
    resolve_settings,
)

TENANT = "11111111-1111-1111-1111-111111111111"
CLIENT = "22222222-2222-2222-2222-222222222222"
SUBSCRIPTION = "00000000-0000-0000-0000-000000000000"
SECRET = "do-not-print-me-7f3a"


def params(**given):
    """Module params the way AnsibleModule hands them over: every auth option present, defaults applied."""
    return dict({name: spec.get("default") for name, spec in AUTH_ARGSPEC.items()}, **given)


def explicit_secret(**extra):
    return params(**dict(dict(client_id=CLIENT, tenant=TENANT, secret=SECRET, subscription_id=SUBSCRIPTION), **extra))


def write_profile(home, text):
    os.makedirs(os.path.join(home["HOME"], ".azure"), exist_ok=True)
    with open(os.path.join(home["HOME"], ".azure", "credentials"), "w", encoding="utf-8") as handle:
        handle.write(text)

# What AWX's Azure Resource Manager credential injects when it has a user name instead of a client id.
AWX_USER_CREDENTIAL = {"AZURE_SUBSCRIPTION_ID": SUBSCRIPTION, "AZURE_AD_USER": "me@example.com",
                       "AZURE_PASSWORD": SECRET}


@pytest.fixture
def home(tmp_path):
    return {"HOME": str(tmp_path), "PATH": str(tmp_path / "empty-bin")}


class TestAuthSourceVariable:
    def test_the_variable_chooses_the_source_when_the_task_does_not(self, home):
        settings = resolve_settings(params(), dict(home, ANSIBLE_AZURE_AUTH_SOURCE="msi",
                                                   AZURE_SUBSCRIPTION_ID=SUBSCRIPTION))
        assert (settings.auth_source, settings.credential_kind) == ("msi", "msi")

    def test_the_task_wins_over_the_variable(self, home):
        settings = resolve_settings(explicit_secret(auth_source="auto"), dict(home, ANSIBLE_AZURE_AUTH_SOURCE="msi"))
        assert settings.auth_source == "options"

    def test_a_bad_value_names_the_variable(self, home):
        with pytest.raises(AuthConfigError, match=r"auth_source 'vm' \(from environment variable "
                                                  r"ANSIBLE_AZURE_AUTH_SOURCE\) is not supported"):
            resolve_settings(params(), dict(home, ANSIBLE_AZURE_AUTH_SOURCE="vm"))


class TestUserAndPassword:
    def test_awx_user_credential_is_refused_naming_the_variables_and_why(self, home):
        write_profile(home, "[default]\nclient_id=c\nsecret=s\ntenant=t\nsubscription_id=s\n")
        with pytest.raises(AuthConfigError) as error:
            resolve_settings(params(), dict(home, **AWX_USER_CREDENTIAL))
        message = str(error.value)
        assert message.startswith("environment variable AZURE_AD_USER and environment variable AZURE_PASSWORD: user "
                                  "name and password sign-in is not supported. Microsoft is retiring it")
        assert "multifactor authentication" in message and "Client Secret and Tenant ID" in message
        assert SECRET not in message

    def test_with_auth_source_env_too(self, home):
        with pytest.raises(AuthConfigError, match="environment variable AZURE_AD_USER .* not supported"):
            resolve_settings(params(auth_source="env"), dict(home, **AWX_USER_CREDENTIAL))

    def test_a_service_principal_in_the_environment_is_used_as_azure_azcollection_would(self, home):
        environ = dict(home, AZURE_CLIENT_ID=CLIENT, AZURE_SECRET=SECRET, AZURE_TENANT=TENANT, **AWX_USER_CREDENTIAL)
        assert resolve_settings(params(), environ).credential_kind == "secret"

    def test_options_are_refused(self, home):
        with pytest.raises(AuthConfigError, match="^option ad_user and option password: user name and password"):
            resolve_settings(params(ad_user="me", password=SECRET, subscription_id=SUBSCRIPTION), dict(home))


class TestCredentialsFileKeys:
    def test_adfs_authority_url_is_the_authority(self, home):
        write_profile(home, "[stack]\nclient_id=c\nsecret=s\ntenant=adfs\nsubscription_id=s\n"
                            "resource_manager_endpoint=https://management.local.azurestack.external\n"
                            "adfs_authority_url=https://adfs.local.azurestack.external/\n")
        settings = resolve_settings(params(profile="stack"), dict(home))
        assert settings.authority_host == "https://adfs.local.azurestack.external"
        assert settings.custom_authority is True

    def test_cert_validation_mode_ignore_turns_verification_off_with_a_warning(self, home):
        write_profile(home, "[default]\nclient_id=c\nsecret=s\ntenant=t\nsubscription_id=s\n"
                            "cert_validation_mode=ignore\n")
        settings = resolve_settings(params(auth_source="credential_file"), dict(home))
        assert settings.connection_verify is False
        assert settings.warnings[0].startswith("cert_validation_mode is ignore (from cert_validation_mode in profile")

    def test_a_bad_cert_validation_mode_is_refused(self, home):
        with pytest.raises(AuthConfigError, match="cert_validation_mode 'off' .* is not one of validate, ignore"):
            resolve_settings(explicit_secret(), dict(home, AZURE_CERT_VALIDATION_MODE="off"))

    def test_disable_instance_discovery_from_the_profile(self, home):
        write_profile(home, "[default]\nclient_id=c\nsecret=s\ntenant=t\nsubscription_id=s\n"
                            "disable_instance_discovery=True\n")
        assert resolve_settings(params(auth_source="credential_file"), dict(home)).disable_instance_discovery

    def test_a_thumbprint_without_a_certificate_is_refused(self, home):
        write_profile(home, "[default]\nclient_id=c\nsecret=s\ntenant=t\nsubscription_id=s\nthumbprint=AB:CD\n")
        with pytest.raises(AuthConfigError, match="thumbprint .* belongs to a client certificate"):
            resolve_settings(params(auth_source="credential_file"), dict(home))

    def test_a_key_nobody_reads_is_refused_by_name(self, home):
        write_profile(home, "[default]\nclient_id=c\nsecret=s\ntenant=t\nsubscription_id=s\nsubscription=typo\n")
        with pytest.raises(AuthConfigError, match="has key\\(s\\) subscription, which neither azure.azcollection"):
            resolve_settings(params(auth_source="credential_file"), dict(home))


class TestAzureStackHub:
    def test_a_metadata_url_gives_endpoint_authority_and_audience(self, home):
        asked = []

        def read_metadata(url, verify, origin):
            asked.append((url, verify, origin))
            return "https://adfs.local.azurestack.external", "https://management.adfs.azurestack.local/abc"

        settings = resolve_settings(explicit_secret(cloud_environment="https://management.local.azurestack.external"),
                                    dict(home), read_metadata=read_metadata)
        assert asked == [("https://management.local.azurestack.external/", True, "option cloud_environment")]
        assert settings.resource_manager_endpoint == "https://management.local.azurestack.external/"
        assert settings.authority_host == "https://adfs.local.azurestack.external"
        assert settings.credential_scope == "https://management.adfs.azurestack.local/abc/.default"

    def test_without_a_reader_a_url_is_refused_clearly(self, home):
        with pytest.raises(AuthConfigError, match="is a URL, whose metadata cannot be read here"):
            resolve_settings(explicit_secret(cloud_environment="https://management.local.azurestack.external"),
                             dict(home))


def test_managed_identity_without_subscription_leaves_it_to_the_session(home):
    settings = resolve_settings(params(auth_source="msi"), dict(home))
    assert settings.subscription_id is None

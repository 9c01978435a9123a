"""Pure resolution of auth options, environment variables and ~/.azure/credentials profiles (no network)."""

from __future__ import annotations

import os
import stat

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
    values = {name: spec.get("default") for name, spec in AUTH_ARGSPEC.items()}
    values.update(given)
    return values


@pytest.fixture
def home(tmp_path):
    """An empty HOME and PATH, so the machine's own ~/.azure and az never leak into a test."""
    return {"HOME": str(tmp_path), "PATH": str(tmp_path / "empty-bin")}


def write_profile(home, text):
    azure_dir = os.path.join(home["HOME"], ".azure")
    os.makedirs(azure_dir, exist_ok=True)
    path = os.path.join(azure_dir, "credentials")
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(text)
    return path


def explicit_secret(**extra):
    given = dict(client_id=CLIENT, tenant=TENANT, secret=SECRET, subscription_id=SUBSCRIPTION)
    given.update(extra)
    return params(**given)


class TestSourcePrecedence:
    def test_explicit_secret_options_win_over_everything(self, home):
        write_profile(home, "[default]\nclient_id=profile-client\nsecret=p\ntenant=t\nsubscription_id=s\n")
        environ = dict(home, AZURE_CLIENT_ID="env-client", AZURE_CLIENT_SECRET="e", AZURE_TENANT_ID="t")
        settings = resolve_settings(explicit_secret(), environ)
        assert (settings.auth_source, settings.credential_kind) == ("options", "secret")
        assert (settings.client_id, settings.secret) == (CLIENT, SECRET)

    def test_profile_option_beats_environment_credentials(self, home):
        write_profile(home, "[prod]\nclient_id=c-prod\nsecret=s-prod\ntenant=t-prod\nsubscription_id=sub-prod\n")
        environ = dict(home, AZURE_CLIENT_ID="env-client", AZURE_CLIENT_SECRET="e", AZURE_TENANT_ID="t",
                       AZURE_SUBSCRIPTION_ID="env-sub")
        settings = resolve_settings(params(profile="prod"), environ)
        assert settings.auth_source == "credential_file"
        assert (settings.client_id, settings.secret, settings.tenant) == ("c-prod", "s-prod", "t-prod")
        assert settings.subscription_id == "sub-prod"

    def test_azure_profile_variable_selects_the_profile(self, home):
        write_profile(home, "[default]\nclient_id=c0\nsecret=s0\ntenant=t0\nsubscription_id=x\n"
                            "[ci]\nclient_id=c-ci\nsecret=s-ci\ntenant=t-ci\nsubscription_id=sub-ci\n")
        settings = resolve_settings(params(), dict(home, AZURE_PROFILE="ci"))
        assert (settings.auth_source, settings.client_id) == ("credential_file", "c-ci")

    def test_environment_beats_default_profile(self, home):
        write_profile(home, "[default]\nclient_id=c0\nsecret=s0\ntenant=t0\nsubscription_id=x\n")
        environ = dict(home, AZURE_CLIENT_ID=CLIENT, AZURE_CLIENT_SECRET=SECRET, AZURE_TENANT_ID=TENANT,
                       AZURE_SUBSCRIPTION_ID=SUBSCRIPTION)
        settings = resolve_settings(params(), environ)
        assert (settings.auth_source, settings.credential_kind, settings.client_id) == ("env", "secret", CLIENT)

    def test_default_profile_used_when_nothing_else_is_configured(self, home):
        write_profile(home, "[default]\nclient_id=c0\nsecret=s0\ntenant=t0\nsubscription_id=sub0\n")
        settings = resolve_settings(params(), dict(home))
        assert (settings.auth_source, settings.client_id, settings.subscription_id) == (
            "credential_file", "c0", "sub0")

    def test_managed_identity_endpoint_detected(self, home):
        environ = dict(home, IDENTITY_ENDPOINT="https://127.0.0.1:1/msi/token", IDENTITY_HEADER="h",
                       AZURE_SUBSCRIPTION_ID=SUBSCRIPTION)
        settings = resolve_settings(params(), environ)
        assert (settings.auth_source, settings.credential_kind, settings.client_id) == ("msi", "msi", None)

    def test_azure_cli_used_last_when_az_is_on_path(self, home, tmp_path):
        bin_dir = tmp_path / "bin"
        bin_dir.mkdir()
        az = bin_dir / "az"
        az.write_text("#!/bin/sh\nexit 0\n")
        az.chmod(az.stat().st_mode | stat.S_IEXEC)
        settings = resolve_settings(params(), dict(home, PATH=str(bin_dir)))
        assert (settings.auth_source, settings.credential_kind) == ("cli", "cli")
        assert settings.subscription_id is None  # asked from `az account show` later

    def test_nothing_configured_says_what_to_set(self, home):
        with pytest.raises(AuthConfigError) as error:
            resolve_settings(params(), dict(home))
        message = str(error.value)
        assert "No Azure credentials found" in message
        assert "AZURE_CLIENT_SECRET" in message and "auth_source" in message

    def test_explicit_auth_source_msi_with_user_assigned_client_id(self, home):
        settings = resolve_settings(params(auth_source="msi", client_id="44444444", subscription_id="s"), home)
        assert (settings.credential_kind, settings.client_id) == ("msi", "44444444")

    def test_explicit_env_source_without_credentials_in_environment(self, home):
        with pytest.raises(AuthConfigError, match="auth_source is env but no credential is in the environment"):
            resolve_settings(params(auth_source="env", subscription_id="s"), dict(home, AZURE_CLIENT_ID=CLIENT))


class TestEnvironmentVariables:
    def test_azcollection_names(self, home):
        environ = dict(home, AZURE_CLIENT_ID=CLIENT, AZURE_SECRET=SECRET, AZURE_TENANT=TENANT,
                       AZURE_SUBSCRIPTION_ID=SUBSCRIPTION, AZURE_CLOUD_ENVIRONMENT="AzureChinaCloud")
        settings = resolve_settings(params(), environ)
        assert (settings.secret, settings.tenant) == (SECRET, TENANT)
        assert settings.resource_manager_endpoint == "https://management.chinacloudapi.cn/"

    def test_azure_identity_names(self, home):
        environ = dict(home, AZURE_CLIENT_ID=CLIENT, AZURE_CLIENT_SECRET=SECRET, AZURE_TENANT_ID=TENANT,
                       AZURE_SUBSCRIPTION_ID=SUBSCRIPTION, AZURE_AUTHORITY_HOST="https://127.0.0.1:8443",
                       AZURE_RESOURCE_MANAGER_ENDPOINT="https://127.0.0.1:8443")
        settings = resolve_settings(params(), environ)
        assert settings.authority_host == "https://127.0.0.1:8443"
        assert settings.custom_authority is True
        assert settings.resource_manager_endpoint == "https://127.0.0.1:8443/"
        assert settings.credential_scope == "https://127.0.0.1:8443/.default"

    def test_azcollection_spelling_wins_when_both_are_set(self, home):
        environ = dict(home, AZURE_CLIENT_ID=CLIENT, AZURE_SECRET="first", AZURE_CLIENT_SECRET="second",
                       AZURE_TENANT="tenant-a", AZURE_TENANT_ID="tenant-b", AZURE_SUBSCRIPTION_ID="s")
        settings = resolve_settings(params(), environ)
        assert (settings.secret, settings.tenant) == ("first", "tenant-a")

    def test_certificate_from_environment(self, home, tmp_path):
        pem = tmp_path / "sp.pem"
        pem.write_text("not parsed here")
        environ = dict(home, AZURE_CLIENT_ID=CLIENT, AZURE_TENANT_ID=TENANT, AZURE_SUBSCRIPTION_ID="s",
                       AZURE_CLIENT_CERTIFICATE_PATH=str(pem), AZURE_CLIENT_CERTIFICATE_PASSWORD="pw")
        settings = resolve_settings(params(), environ)
        assert (settings.credential_kind, settings.certificate_path, settings.certificate_password) == (
            "certificate", str(pem), "pw")

    def test_secret_beats_certificate_in_environment_like_azure_identity(self, home, tmp_path):
        pem = tmp_path / "sp.pem"
        pem.write_text("x")
        environ = dict(home, AZURE_CLIENT_ID=CLIENT, AZURE_TENANT_ID=TENANT, AZURE_SUBSCRIPTION_ID="s",
                       AZURE_CLIENT_SECRET=SECRET, AZURE_CLIENT_CERTIFICATE_PATH=str(pem))
        assert resolve_settings(params(), environ).credential_kind == "secret"

    def test_workload_identity_from_environment(self, home, tmp_path):
        token = tmp_path / "token"
        token.write_text("eyJ.federated.jwt")
        environ = dict(home, AZURE_CLIENT_ID=CLIENT, AZURE_TENANT_ID=TENANT, AZURE_SUBSCRIPTION_ID="s",
                       AZURE_FEDERATED_TOKEN_FILE=str(token))
        settings = resolve_settings(params(), environ)
        assert (settings.auth_source, settings.credential_kind, settings.federated_token_file) == (
            "env", "workload_identity", str(token))

    def test_options_override_single_fields_from_environment(self, home):
        environ = dict(home, AZURE_CLIENT_ID=CLIENT, AZURE_CLIENT_SECRET=SECRET, AZURE_TENANT_ID=TENANT,
                       AZURE_SUBSCRIPTION_ID="env-sub")
        settings = resolve_settings(params(subscription_id="task-sub"), environ)
        assert (settings.auth_source, settings.subscription_id) == ("env", "task-sub")

    def test_secret_in_task_takes_tenant_from_environment(self, home):
        environ = dict(home, AZURE_TENANT_ID=TENANT, AZURE_SUBSCRIPTION_ID="s")
        settings = resolve_settings(params(client_id=CLIENT, secret=SECRET), environ)
        assert (settings.auth_source, settings.tenant) == ("options", TENANT)

    def test_secret_from_environment_is_not_mixed_into_a_profile(self, home):
        write_profile(home, "[p]\nclient_id=c\ntenant=t\nsubscription_id=s\n")
        with pytest.raises(AuthConfigError, match="The profile 'p' of .* has neither secret nor x509_certificate_path"):
            resolve_settings(params(profile="p"), dict(home, AZURE_CLIENT_SECRET=SECRET))


class TestProfileFile:
    def test_missing_profile_lists_the_available_ones(self, home):
        path = write_profile(home, "[default]\nclient_id=c\n[prod]\nclient_id=c\n")
        with pytest.raises(AuthConfigError) as error:
            resolve_settings(params(profile="staging"), dict(home))
        assert "'staging'" in str(error.value) and "default, prod" in str(error.value) and path in str(error.value)

    def test_missing_file_named_in_error(self, home):
        with pytest.raises(AuthConfigError, match="credentials file .* does not exist"):
            resolve_settings(params(auth_source="credential_file"), dict(home))

    def test_user_password_profiles_are_refused(self, home):
        write_profile(home, "[default]\nad_user=me@example.com\npassword=pw\nsubscription_id=s\n")
        with pytest.raises(AuthConfigError, match="ad_user and password: user name and password sign-in"):
            resolve_settings(params(auth_source="credential_file"), dict(home))

    def test_percent_sign_in_secret_is_literal(self, home):
        write_profile(home, "[default]\nclient_id=c\nsecret=a%b%%c\ntenant=t\nsubscription_id=s\n")
        assert resolve_settings(params(auth_source="credential_file"), dict(home)).secret == "a%b%%c"

    def test_profile_cloud_and_endpoints(self, home):
        write_profile(home, "[stack]\nclient_id=c\nsecret=s\ntenant=adfs\nsubscription_id=s\n"
                            "resource_manager_endpoint=https://management.local.azurestack.external\n"
                            "resource_manager_audience=https://management.adfs.azurestack.local/abc\n"
                            "authority_host=https://adfs.local.azurestack.external/adfs\n")
        settings = resolve_settings(params(profile="stack"), dict(home))
        assert settings.resource_manager_endpoint == "https://management.local.azurestack.external/"
        assert settings.credential_scope == "https://management.adfs.azurestack.local/abc/.default"
        # AD FS's /adfs is dropped: azure-identity appends the tenant, adfs (test_auth_clouds, tests/functional/auth/test_adfs.py)
        assert settings.authority_host == "https://adfs.local.azurestack.external"
        assert settings.custom_authority is True

    def test_unparseable_file(self, home):
        write_profile(home, "client_id = outside any section\n")
        with pytest.raises(AuthConfigError, match="Cannot read the credentials file"):
            resolve_settings(params(auth_source="credential_file"), dict(home))


class TestErrors:
    def test_secret_without_tenant_names_option_and_variables(self, home):
        with pytest.raises(AuthConfigError) as error:
            resolve_settings(params(client_id=CLIENT, secret=SECRET, subscription_id="s"), dict(home))
        assert str(error.value) == (
            "tenant is required with a client secret: set option tenant or environment variable "
            "AZURE_TENANT / AZURE_TENANT_ID.")

    def test_secret_without_client_id(self, home):
        with pytest.raises(AuthConfigError, match="client_id is required with a client secret"):
            resolve_settings(params(tenant=TENANT, secret=SECRET, subscription_id="s"), dict(home))

    def test_missing_subscription(self, home):
        with pytest.raises(AuthConfigError, match="subscription_id is required: set option subscription_id or "
                                                  "environment variable AZURE_SUBSCRIPTION_ID"):
            resolve_settings(params(client_id=CLIENT, tenant=TENANT, secret=SECRET), dict(home))

    def test_secret_and_certificate_together(self, home, tmp_path):
        with pytest.raises(AuthConfigError, match="Options secret and x509_certificate_path were all given"):
            resolve_settings(explicit_secret(x509_certificate_path=str(tmp_path / "c.pem")), dict(home))

    def test_missing_certificate_file(self, home, tmp_path):
        missing = str(tmp_path / "nope.pem")
        with pytest.raises(AuthConfigError) as error:
            resolve_settings(params(client_id=CLIENT, tenant=TENANT, subscription_id="s",
                                    x509_certificate_path=missing), dict(home))
        assert str(error.value) == (
            "x509_certificate_path %s (from option x509_certificate_path) does not exist or is not a file." % missing)

    def test_token_file_that_is_a_directory(self, home, tmp_path):
        environ = dict(home, AZURE_CLIENT_ID=CLIENT, AZURE_TENANT_ID=TENANT, AZURE_SUBSCRIPTION_ID="s")
        with pytest.raises(AuthConfigError) as error:
            resolve_settings(params(auth_source="workload_identity", federated_token_file=str(tmp_path)), environ)
        assert "federated_token_file %s (from option federated_token_file) does not exist" % tmp_path in str(
            error.value)

    def test_workload_identity_without_token_file(self, home):
        environ = dict(home, AZURE_CLIENT_ID=CLIENT, AZURE_TENANT_ID=TENANT, AZURE_SUBSCRIPTION_ID="s")
        with pytest.raises(AuthConfigError, match="federated_token_file is required for workload identity: set "
                                                  "option federated_token_file or environment variable "
                                                  "AZURE_FEDERATED_TOKEN_FILE"):
            resolve_settings(params(auth_source="workload_identity"), environ)

    def test_unknown_cloud_from_environment(self, home):
        environ = dict(home, AZURE_CLOUD_ENVIRONMENT="AzureGermanCloud")
        with pytest.raises(AuthConfigError) as error:
            resolve_settings(explicit_secret(), environ)
        assert "cloud_environment 'AzureGermanCloud' (from environment variable AZURE_CLOUD_ENVIRONMENT) is " \
               "unknown; use one of AzureCloud, AzureChinaCloud, AzureUSGovernment" in str(error.value)

    def test_bad_endpoint_url(self, home):
        with pytest.raises(AuthConfigError, match="resource_manager_endpoint 'ftp://x' .* is not an https URL"):
            resolve_settings(explicit_secret(resource_manager_endpoint="ftp://x"), dict(home))

    def test_missing_ca_bundle_names_its_variable(self, home, tmp_path):
        missing = str(tmp_path / "ca.pem")
        with pytest.raises(AuthConfigError) as error:
            resolve_settings(explicit_secret(), dict(home, REQUESTS_CA_BUNDLE=missing))
        assert "ca_bundle %s (from environment variable REQUESTS_CA_BUNDLE) does not exist" % missing in str(
            error.value)

    @pytest.mark.parametrize("auth_source", ["msi", "cli", "workload_identity"])
    def test_secret_that_the_chosen_source_would_ignore(self, home, auth_source):
        with pytest.raises(AuthConfigError) as error:
            resolve_settings(explicit_secret(auth_source=auth_source), dict(home))
        assert str(error.value) == (
            "auth_source is %s, which does not use secret. Remove it, or set auth_source to auto." % auth_source)

    def test_unknown_auth_source(self, home):
        with pytest.raises(AuthConfigError, match=r"auth_source 'vault' \(from auth_source\) is not supported"):
            resolve_settings(params(auth_source="vault"), dict(home))

    def test_no_error_message_contains_a_secret(self, home, tmp_path):
        bad_inputs = [
            explicit_secret(tenant=None),
            explicit_secret(client_id=None),
            explicit_secret(subscription_id=None),
            explicit_secret(cloud_environment="Mars"),
            explicit_secret(ca_bundle=str(tmp_path / "none.pem")),
            explicit_secret(x509_certificate_path=str(tmp_path / "c.pem"), x509_certificate_password=SECRET),
            params(x509_certificate_path=str(tmp_path / "c.pem"), x509_certificate_password=SECRET),
        ]
        for bad in bad_inputs:
            with pytest.raises(AuthConfigError) as error:
                resolve_settings(bad, dict(home, AZURE_CLIENT_SECRET=SECRET))
            assert SECRET not in str(error.value)
            assert SECRET not in repr(error.value)

    def test_settings_repr_hides_secrets(self, home):
        settings = resolve_settings(explicit_secret(x509_certificate_password=None), dict(home))
        assert SECRET not in repr(settings)


class TestTls:
    def test_verification_on_by_default(self, home):
        assert resolve_settings(explicit_secret(), dict(home)).connection_verify is True

    def test_ca_bundle_option_beats_both_variables(self, home, tmp_path):
        ours, privatelink, requests_ca = (tmp_path / name for name in ("a.pem", "b.pem", "c.pem"))
        for path in (ours, privatelink, requests_ca):
            path.write_text("pem")
        environ = dict(home, PRIVATELINK_AZURE_CA_BUNDLE=str(privatelink), REQUESTS_CA_BUNDLE=str(requests_ca))
        assert resolve_settings(explicit_secret(ca_bundle=str(ours)), environ).connection_verify == str(ours)
        assert resolve_settings(explicit_secret(), environ).connection_verify == str(privatelink)
        del environ["PRIVATELINK_AZURE_CA_BUNDLE"]
        assert resolve_settings(explicit_secret(), environ).connection_verify == str(requests_ca)

    def test_validate_certs_false_disables_verification_and_warns(self, home, tmp_path):
        settings = resolve_settings(explicit_secret(validate_certs=False), dict(home))
        assert settings.connection_verify is False
        assert any("validate_certs is false" in warning for warning in settings.warnings)


# --- What users of azure.azcollection bring: ANSIBLE_AZURE_AUTH_SOURCE, AZURE_AD_USER / ad_user (refused, with the
# reason), every credentials-file key honoured or refused, Azure Stack Hub's metadata URL.

# What AWX's Azure Resource Manager credential injects when it has a user name instead of a client id.
AWX_USER_CREDENTIAL = {"AZURE_SUBSCRIPTION_ID": SUBSCRIPTION, "AZURE_AD_USER": "me@example.com",
                       "AZURE_PASSWORD": SECRET}


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

"""The cloud endpoint table and how custom endpoints get their token scope (no network)."""

from __future__ import annotations

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._auth import AUTH_ARGSPEC
from ansible_collections.privatelink.azure.plugins.module_utils._auth_clouds import (
    CLOUDS,
    default_scope_for,
    find_cloud,
    identity_authority,
    is_known_authority,
    normalize_url,
    scope_from_audience,
)
from ansible_collections.privatelink.azure.plugins.module_utils._auth_settings import resolve_settings


@pytest.mark.parametrize("name, endpoint, scope, authority", [
    ("AzureCloud", "https://management.azure.com/", "https://management.azure.com/.default",
     "https://login.microsoftonline.com"),
    ("AzureChinaCloud", "https://management.chinacloudapi.cn/", "https://management.chinacloudapi.cn/.default",
     "https://login.chinacloudapi.cn"),
    ("AzureUSGovernment", "https://management.usgovcloudapi.net/",
     "https://management.core.usgovcloudapi.net/.default", "https://login.microsoftonline.us"),
])
def test_cloud_table_through_resolution(tmp_path, name, endpoint, scope, authority):
    params = {option: spec.get("default") for option, spec in AUTH_ARGSPEC.items()}
    params.update(client_id="c", tenant="t", secret="s", subscription_id="sub", cloud_environment=name)
    settings = resolve_settings(params, {"HOME": str(tmp_path), "PATH": ""})
    assert (settings.resource_manager_endpoint, settings.credential_scope, settings.authority_host) == (
        endpoint, scope, authority)
    assert settings.custom_authority is False


def test_scopes_match_the_management_sdks():
    """Our table must agree with azure-mgmt-core, which KeyVaultManagementClient uses when given no scopes."""
    from azure.mgmt.core.tools import get_arm_endpoints
    from azure.core import AzureClouds

    sdk_names = {"AzureCloud": AzureClouds.AZURE_PUBLIC_CLOUD, "AzureChinaCloud": AzureClouds.AZURE_CHINA_CLOUD,
                 "AzureUSGovernment": AzureClouds.AZURE_US_GOVERNMENT}
    for name, cloud in CLOUDS.items():
        sdk = get_arm_endpoints(sdk_names[name])
        assert (cloud.resource_manager_endpoint, [cloud.credential_scope]) == (
            sdk["resource_manager"], sdk["credential_scopes"])


def test_authorities_match_azure_identity():
    from azure.identity import AzureAuthorityHosts

    expected = {"https://" + host for host in (AzureAuthorityHosts.AZURE_PUBLIC_CLOUD,
                                               AzureAuthorityHosts.AZURE_CHINA,
                                               AzureAuthorityHosts.AZURE_GOVERNMENT)}
    assert {cloud.authority_host for cloud in CLOUDS.values()} == expected


def test_find_cloud_is_case_insensitive():
    assert find_cloud(" azurechinacloud ").name == "AzureChinaCloud"
    assert find_cloud("AzureGermanCloud") is None


@pytest.mark.parametrize("given, with_slash, expected", [
    ("https://127.0.0.1:8443", True, "https://127.0.0.1:8443/"),
    ("https://127.0.0.1:8443///", False, "https://127.0.0.1:8443"),
    ("login.microsoftonline.us", False, "https://login.microsoftonline.us"),
    ("https://adfs.local/adfs/", False, "https://adfs.local/adfs"),
])
def test_normalize_url(given, with_slash, expected):
    assert normalize_url(given, with_slash) == expected


@pytest.mark.parametrize("given, expected", [
    ("https://adfs.local.azurestack.external/adfs", "https://adfs.local.azurestack.external"),
    ("https://adfs.local.azurestack.external/ADFS/", "https://adfs.local.azurestack.external"),
    ("https://adfs.local.azurestack.external", "https://adfs.local.azurestack.external"),
    ("https://login.microsoftonline.com/", "https://login.microsoftonline.com"),
    ("https://login.example/myadfs", "https://login.example/myadfs"),
])
def test_identity_authority_drops_the_ad_fs_path_azure_identity_adds_back_as_the_tenant(given, expected):
    assert identity_authority(given) == expected


@pytest.mark.parametrize("bad", ["ftp://host", "https://", "https:///path"])
def test_normalize_url_rejects(bad):
    with pytest.raises(ValueError):
        normalize_url(bad, True)


def test_default_scope_of_a_custom_endpoint_is_its_origin():
    assert default_scope_for("https://127.0.0.1:8443/some/prefix/") == "https://127.0.0.1:8443/.default"
    # A known cloud's endpoint typed by hand keeps that cloud's audience.
    assert default_scope_for("https://MANAGEMENT.usgovcloudapi.net/") == (
        "https://management.core.usgovcloudapi.net/.default")


def test_scope_from_audience():
    assert scope_from_audience("https://management.adfs.azurestack.local/abc/") == (
        "https://management.adfs.azurestack.local/abc/.default")
    assert scope_from_audience("https://x/.default") == "https://x/.default"


def test_known_authorities():
    assert is_known_authority("https://login.microsoftonline.com/")
    assert not is_known_authority("https://127.0.0.1:8443")

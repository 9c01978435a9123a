# Copyright (c) privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: the layout of this file may change at any time.
"""Endpoints of the Azure clouds, and how custom endpoints (Azure Stack, the local emulator) map to them."""

from __future__ import annotations

from urllib.parse import urlsplit


class Cloud:
    """Where Azure Resource Manager and Microsoft Entra ID live in one cloud."""

    def __init__(self, name, resource_manager_endpoint, credential_scope, authority_host):
        self.name = name
        self.resource_manager_endpoint = resource_manager_endpoint
        self.credential_scope = credential_scope
        self.authority_host = authority_host


# The scopes are those the management SDKs use by default (azure.mgmt.core.tools.get_arm_endpoints);
# US Government's token audience is management.core.usgovcloudapi.net, not the ARM host name.
CLOUDS = {
    "AzureCloud": Cloud(
        "AzureCloud",
        "https://management.azure.com/",
        "https://management.azure.com/.default",
        "https://login.microsoftonline.com",
    ),
    "AzureChinaCloud": Cloud(
        "AzureChinaCloud",
        "https://management.chinacloudapi.cn/",
        "https://management.chinacloudapi.cn/.default",
        "https://login.chinacloudapi.cn",
    ),
    "AzureUSGovernment": Cloud(
        "AzureUSGovernment",
        "https://management.usgovcloudapi.net/",
        "https://management.core.usgovcloudapi.net/.default",
        "https://login.microsoftonline.us",
    ),
}

DEFAULT_CLOUD = "AzureCloud"


def find_cloud(name):
    """The Cloud called `name` (case-insensitive), or None."""
    for cloud_name, cloud in CLOUDS.items():
        if cloud_name.lower() == name.strip().lower():
            return cloud
    return None


def normalize_url(url, with_trailing_slash):
    """`url` with an https:// scheme when none was given, and with or without one trailing slash.

    Raises ValueError when it is not an http(s) URL with a host.
    """
    url = url.strip()
    if "://" not in url:
        url = "https://" + url
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.netloc:
        raise ValueError("not an https URL")
    url = url.rstrip("/")
    return url + "/" if with_trailing_slash else url


def default_scope_for(resource_manager_endpoint):
    """The token scope for an ARM endpoint that is not one of the known clouds.

    Azure Stack Hub publishes its audience at <endpoint>/metadata/endpoints; without it, the endpoint's own
    origin is the audience (that is what the local emulator and most custom ARM endpoints expect).
    """
    for cloud in CLOUDS.values():
        if cloud.resource_manager_endpoint.rstrip("/") == resource_manager_endpoint.rstrip("/").lower():
            return cloud.credential_scope
    parts = urlsplit(resource_manager_endpoint)
    return "%s://%s/.default" % (parts.scheme, parts.netloc)


def scope_from_audience(audience):
    """`<audience>/.default`, the form azure-identity wants, from an audience such as `https://management.x/`."""
    audience = audience.strip()
    if audience.endswith("/.default"):
        return audience
    return audience.rstrip("/") + "/.default"


def identity_authority(authority):
    """The authority as azure-identity wants it: the host, without AD FS's ``/adfs`` path.

    azure-identity (1.27, ``_internal/msal_credentials.py``) gives MSAL ``<authority>/<tenant>``, and with tenant
    ``adfs`` MSAL (``authority.py``: ``is_adfs``) reads ``<authority>/adfs/.well-known/openid-configuration`` and
    the token endpoint it names (AD FS: ``/adfs/oauth2/token``). An AD FS authority written with its path (Azure
    Stack Hub's ``loginEndpoint``, azure.azcollection's ``adfs_authority_url``: ``https://adfs.<fqdn>/adfs``)
    would become ``.../adfs/adfs/...``, so a trailing ``/adfs`` is dropped, wherever the authority comes from.
    """
    authority = authority.rstrip("/")
    if authority.lower().endswith("/adfs"):
        authority = authority[:-len("/adfs")]
    return authority


def is_known_authority(authority_host):
    """True for the public authority hosts; for any other host instance discovery must be disabled."""
    known = {cloud.authority_host for cloud in CLOUDS.values()}
    return authority_host.rstrip("/").lower() in known

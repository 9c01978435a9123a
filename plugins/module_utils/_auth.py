# Copyright (c) privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: the layout of this file may change at any time.
"""Authentication for every module of the collection: the shared options and one session object.

    argument_spec = dict(AUTH_ARGSPEC, **module_options)
    session = azure_session(module.params)          # AuthConfigError -> module.fail_json(msg=str(exc))
    client = KeyVaultManagementClient(session.credential, session.subscription_id, **session.client_kwargs())

The interface is fixed in docs/design.md (Auth); how options, profile and environment combine is in
_auth_settings.py, which credential class each source uses is in _auth_credentials.py.
"""

from __future__ import annotations

import os
import re

from ansible_collections.privatelink.azure.plugins.module_utils._auth_discovery import (
    only_visible_subscription,
    read_cloud_metadata,
)
from ansible_collections.privatelink.azure.plugins.module_utils._auth_credentials import (
    azure_cli_default_subscription,
    build_credential,
)
from ansible_collections.privatelink.azure.plugins.module_utils._auth_settings import (
    AUTH_SOURCES,
    AuthConfigError,
    resolve_settings,
)
from ansible_collections.privatelink.azure.plugins.module_utils._version import user_agent

__all__ = ("AUTH_ARGSPEC", "AuthConfigError", "AzureSession", "azure_session", "describe_auth_failure")

# No env_fallback here on purpose: _auth_settings reads the environment itself, because the precedence
# (options > profile > environment) must know whether a value was written in the task.
# auth_source has no default: unset, ANSIBLE_AZURE_AUTH_SOURCE decides (as in azure.azcollection), else auto.
AUTH_ARGSPEC = dict(
    auth_source=dict(type="str", choices=list(AUTH_SOURCES)),
    subscription_id=dict(type="str"),
    tenant=dict(type="str"),
    client_id=dict(type="str"),
    secret=dict(type="str", no_log=True),
    x509_certificate_path=dict(type="path", no_log=False),
    x509_certificate_password=dict(type="str", no_log=True),
    federated_token_file=dict(type="path", no_log=False),
    profile=dict(type="str"),
    cloud_environment=dict(type="str"),  # a name of _auth_clouds.CLOUDS or an Azure Stack Hub Resource Manager URL
    resource_manager_endpoint=dict(type="str"),
    resource_manager_audience=dict(type="str"),
    authority_host=dict(type="str", aliases=["adfs_authority_url"]),
    ca_bundle=dict(type="path"),
    validate_certs=dict(type="bool", default=True),
    cert_validation_mode=dict(type="str", choices=["validate", "ignore"]),
    thumbprint=dict(type="str"),
    disable_instance_discovery=dict(type="bool", default=False),
    # Refused with a message that says why and what to use instead (_auth_settings.USER_PASSWORD_REFUSED).
    ad_user=dict(type="str"),
    password=dict(type="str", no_log=True),
)

CREDENTIAL_KIND_NAMES = {
    "secret": "service principal with client secret",
    "certificate": "service principal with client certificate",
    "workload_identity": "workload identity (federated token file)",
    "msi": "managed identity",
    "cli": "Azure CLI login",
}


class AzureSession:
    """The credential and endpoints the management clients need, for one module run."""

    def __init__(self, settings, credential, subscription_id):
        self.credential = credential
        self.subscription_id = subscription_id
        self.resource_manager_endpoint = settings.resource_manager_endpoint
        self.credential_scopes = [settings.credential_scope]
        self.authority_host = settings.authority_host
        self.auth_source = settings.auth_source
        self.credential_kind = settings.credential_kind
        self.connection_verify = settings.connection_verify
        self.warnings = list(settings.warnings)
        self._client_id = settings.client_id
        self._tenant = settings.tenant

    def client_kwargs(self):
        """Keyword arguments for KeyVaultManagementClient / StorageManagementClient after (credential, subscription)."""
        return {
            "base_url": self.resource_manager_endpoint,
            "credential_scopes": list(self.credential_scopes),
            "connection_verify": self.connection_verify,
            "user_agent": user_agent(),  # azure-core's UserAgentPolicy puts it before its own (SDK, Python, OS)
        }

    def describe(self):
        """Which identity this session uses, for error messages (ids only, never a secret)."""
        parts = ["auth_source %s" % self.auth_source, CREDENTIAL_KIND_NAMES[self.credential_kind]]
        if self._client_id:
            parts.append("client_id %s" % self._client_id)
        if self._tenant:
            parts.append("tenant %s" % self._tenant)
        if self.credential_kind not in ("msi", "cli"):
            parts.append("authority %s" % self.authority_host)
        return ", ".join(parts)

    def close(self):
        close = getattr(self.credential, "close", None)
        if close is not None:
            close()


def azure_session(params, environ=None, timeout=None):
    """The AzureSession for module `params`; raises AuthConfigError naming the option to fix.

    Nothing here talks to Azure (auth_source=cli without subscription_id reads the CLI's profile file): the
    token is fetched by the SDK on the first ARM call (see describe_auth_failure). `timeout` (seconds, e.g.
    what is left of wait_timeout) bounds each token request; without it azure-core's defaults apply.
    """
    environ = os.environ if environ is None else environ
    auth_params = {name: params.get(name) for name in AUTH_ARGSPEC}
    settings = resolve_settings(auth_params, environ, read_metadata=lambda url, verify, origin: read_cloud_metadata(
        url, verify, origin, timeout=timeout))
    credential = build_credential(settings, timeout)
    subscription_id = settings.subscription_id
    if subscription_id is None and settings.credential_kind == "cli":
        subscription_id = azure_cli_default_subscription(environ)
    session = AzureSession(settings, credential, subscription_id)
    if subscription_id is None:  # managed identity: the only subscription it can see, as azure.azcollection does
        try:
            session.subscription_id = only_visible_subscription(session, timeout)
        except AuthConfigError:
            raise
        except Exception as exc:  # the token request: ClientAuthenticationError and friends
            raise AuthConfigError(describe_auth_failure(exc, session) or "%s: %s" % (type(exc).__name__, exc)) \
                from None
    return session


# What to change, for the Entra ID errors people actually meet.
AADSTS_HINTS = {
    "AADSTS7000215": "the client secret is wrong: set secret (or AZURE_CLIENT_SECRET / AZURE_SECRET) to the "
                     "secret's value, not its ID",
    "AADSTS7000222": "the client secret has expired: create a new one for the application",
    "AADSTS700016": "no application with this client_id exists in the tenant: check client_id and tenant",
    "AADSTS90002": "the tenant does not exist: check tenant (or cloud_environment / authority_host)",
    "AADSTS900023": "the tenant is not a valid tenant id or domain: check tenant",
    "AADSTS700027": "the client certificate is not registered for this application: upload its public part",
    "AADSTS700024": "the client assertion is outside its validity period: check the clock of this machine",
    "AADSTS70021": "no federated identity credential of the application matches the token's issuer and subject",
    "AADSTS700211": "no federated identity credential of the application matches the token's issuer",
    "AADSTS700213": "no federated identity credential of the application matches the token's subject",
}
# When Entra ID gave no AADSTS code: what to check for the sources that talk to something else.
KIND_HINTS = {
    "msi": "check that this machine has a managed identity and, for a user-assigned one, that client_id is its "
           "client id (not its object id); or choose another auth_source",
    "cli": "run 'az login' (and 'az account set') on the Ansible controller, or choose another auth_source",
}
AADSTS_CODE = re.compile(r"AADSTS\d+")
TLS_VERIFY_FAILED = re.compile(r"CERTIFICATE_VERIFY_FAILED|certificate verify failed", re.IGNORECASE)


def _exception_chain(exc):
    seen = []
    pending = [exc]
    while pending:
        current = pending.pop()
        if current is None or any(current is known for known in seen):
            continue
        seen.append(current)
        pending.extend([current.__cause__, current.__context__, getattr(current, "inner_exception", None)])
        pending.extend(arg for arg in getattr(current, "args", ()) if isinstance(arg, BaseException))
    return seen


def _tls_failure_message(exc, session):
    for link in _exception_chain(exc):
        if TLS_VERIFY_FAILED.search(str(link)):
            return (
                "TLS certificate verification failed talking to Azure (resource manager %s, authority %s): %s. "
                "If the endpoint uses a private CA, set ca_bundle (or PRIVATELINK_AZURE_CA_BUNDLE / "
                "REQUESTS_CA_BUNDLE) to a PEM file with that CA; validate_certs=false turns verification off and "
                "is dangerous." % (session.resource_manager_endpoint, session.authority_host, _first_line(link))
            )
    return None


def _first_line(exc):
    text = str(exc).strip() or type(exc).__name__
    return text.splitlines()[0][:400]


def _timed_out(exc):
    """azure-core's ServiceRequestTimeoutError / ServiceResponseTimeoutError anywhere in the chain."""
    return any(klass.__name__.endswith("TimeoutError") and klass.__module__.startswith("azure.")
               for link in _exception_chain(exc) for klass in type(link).__mro__)


def _request_id(exc):
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None) or {}
    return headers.get("x-ms-request-id")


def describe_auth_failure(exc, session):
    """A clear message for an authentication or TLS failure, or None when `exc` is neither.

    azure-identity's messages carry Entra ID's error (AADSTS code and text, trace and correlation ids) but
    never the secret or assertion that was sent.
    """
    tls = _tls_failure_message(exc, session)
    if tls:
        return tls
    try:
        from azure.core.exceptions import ClientAuthenticationError
    except ImportError:
        return None
    if not isinstance(exc, ClientAuthenticationError):
        return None
    message = (getattr(exc, "message", None) or str(exc)).strip()
    text = "Azure authentication failed (%s): %s" % (session.describe(), message)
    request_id = _request_id(exc)
    if request_id and request_id not in message:
        text += " (x-ms-request-id %s)" % request_id
    code = AADSTS_CODE.search(message)
    if code:
        hint = AADSTS_HINTS.get(code.group(0))
    elif _timed_out(exc):
        hint = ("no token came in time: check that %s is reachable from this machine (modules with "
                "wait_timeout wait that long for a token, at least 5 s)" % session.authority_host)
    else:
        hint = KIND_HINTS.get(session.credential_kind)
    if hint:
        text += " -- %s." % hint
    return text

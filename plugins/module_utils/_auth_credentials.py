# Copyright (c) privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: the layout of this file may change at any time.
"""Build the one azure-identity credential that AuthSettings call for.

Never DefaultAzureCredential: its chain tries environment, workload identity, managed identity (an IMDS probe
with a timeout), shared cache, Azure CLI, PowerShell and azd in turn, which costs seconds when the first ones
are not configured and hides which identity was used. The import happens here, not at module import time, so
a run that fails on its options never pays for it (importing azure.identity loads all of its credential
modules, about 0.4 s; Python cannot import one of them without the package).
"""

from __future__ import annotations

import json
import os
import shutil

from ansible_collections.privatelink.azure.plugins.module_utils._auth_settings import AuthConfigError
from ansible_collections.privatelink.azure.plugins.module_utils._version import user_agent

MISSING_LIBRARY = (
    "The Python library azure-identity is required for authentication but could not be imported (%s). Install "
    "the collection's requirements.txt into the Python that runs the modules (ansible_python_interpreter)."
)
AZURE_CLI_TIMEOUT_SECONDS = 30
NOT_LOGGED_IN = (
    "auth_source is cli and subscription_id is not set, but the Azure CLI has no default subscription (%s). "
    "Run 'az login' (and 'az account set --subscription ...') as the user that runs Ansible, or set "
    "subscription_id."
)
# azure-core retries a failed connection 3 times with 0 + 1.6 + 3.2 s back-off. A TLS verification failure
# is a failed connection too, and waiting 5 s to report it helps nobody; one immediate retry still rides out
# a dropped connection to Entra ID. Throttling and 5xx answers keep azure-core's default retries.
TOKEN_CONNECT_RETRIES = 1
# The shortest time a token request gets, however little of the module's wait_timeout is left.
MIN_TOKEN_SECONDS = 5


def _http_options(settings, timeout=None):
    """Keyword arguments for credentials that talk HTTP to Entra ID or a managed identity endpoint.

    ``timeout`` bounds one token request, its retries included: azure-core otherwise waits up to 300 s for a
    connection and 300 s for an answer, each retry again, far past the module's wait_timeout.
    """
    options = {"connection_verify": settings.connection_verify, "user_agent": user_agent()}
    if timeout is not None:
        seconds = max(MIN_TOKEN_SECONDS, float(timeout))
        # connection_timeout/read_timeout go to the transport, timeout to the retry policy (whole request).
        options.update(connection_timeout=seconds, read_timeout=seconds, timeout=seconds)
    return options


def _entra_options(settings, timeout=None):
    options = dict(_http_options(settings, timeout), authority=settings.authority_host,
                   retry_connect=TOKEN_CONNECT_RETRIES)
    if settings.custom_authority or settings.disable_instance_discovery:
        # Instance discovery asks login.microsoftonline.com whether the authority is genuine, which fails for
        # Azure Stack (ADFS), sovereign test setups and the local emulator.
        options["disable_instance_discovery"] = True
    return options


def _client_secret(settings, timeout):
    from azure.identity import ClientSecretCredential

    return ClientSecretCredential(settings.tenant, settings.client_id, settings.secret,
                                  **_entra_options(settings, timeout))


def certificate_thumbprint(path, password):
    """The SHA-1 thumbprint (hex, upper case) of the certificate in a PEM or PKCS12 file, as Azure shows it."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.serialization import pkcs12

    with open(path, "rb") as handle:
        data = handle.read()
    if b"-----BEGIN CERTIFICATE-----" in data:
        certificate = x509.load_pem_x509_certificate(data)
    else:
        certificate = pkcs12.load_key_and_certificates(data, password.encode("utf-8") if password else None)[1]
    return certificate.fingerprint(hashes.SHA1()).hex().upper()  # nosec - a name for the certificate, not a check of it


def _check_thumbprint(settings):
    if not settings.certificate_thumbprint:
        return
    actual = certificate_thumbprint(settings.certificate_path, settings.certificate_password)
    if actual != settings.certificate_thumbprint:
        raise AuthConfigError(
            "thumbprint %s is not that of the certificate in %s (%s): point x509_certificate_path at the certificate "
            "with that thumbprint, or correct thumbprint."
            % (settings.certificate_thumbprint, settings.certificate_path, actual))


def _certificate(settings, timeout):
    from azure.identity import CertificateCredential

    try:
        _check_thumbprint(settings)
        return CertificateCredential(
            settings.tenant,
            settings.client_id,
            certificate_path=settings.certificate_path,
            password=settings.certificate_password,
            **_entra_options(settings, timeout),
        )
    except (ValueError, TypeError) as exc:
        # The messages of cryptography and azure-identity here describe the file, never the password.
        raise AuthConfigError(
            "Cannot load the client certificate %s: %s. x509_certificate_path must be a PEM file holding the "
            "certificate and its RSA private key (or a PKCS12 file); set x509_certificate_password when the key is "
            "encrypted, and check that it is right." % (settings.certificate_path, exc)
        ) from None


def _workload_identity(settings, timeout):
    from azure.identity import WorkloadIdentityCredential

    return WorkloadIdentityCredential(
        tenant_id=settings.tenant,
        client_id=settings.client_id,
        token_file_path=settings.federated_token_file,
        **_entra_options(settings, timeout),
    )


def _managed_identity(settings, timeout):
    from azure.identity import ManagedIdentityCredential

    return ManagedIdentityCredential(client_id=settings.client_id, **_http_options(settings, timeout))


def _azure_cli(settings, timeout):
    from azure.identity import AzureCliCredential

    seconds = AZURE_CLI_TIMEOUT_SECONDS if timeout is None else \
        min(AZURE_CLI_TIMEOUT_SECONDS, max(MIN_TOKEN_SECONDS, timeout))
    return AzureCliCredential(tenant_id=settings.tenant or "", process_timeout=seconds)


BUILDERS = {
    "secret": _client_secret,
    "certificate": _certificate,
    "workload_identity": _workload_identity,
    "msi": _managed_identity,
    "cli": _azure_cli,
}


def build_credential(settings, timeout=None):
    """The azure-identity TokenCredential for `settings`; raises AuthConfigError when it cannot be built.

    `timeout` (seconds, optional) bounds each token request, retries included (at least MIN_TOKEN_SECONDS).
    """
    try:
        return BUILDERS[settings.credential_kind](settings, timeout)
    except ImportError as exc:
        raise AuthConfigError(MISSING_LIBRARY % exc) from None
    except ValueError as exc:
        # azure-identity validates tenant and client ids before any network call.
        raise AuthConfigError(
            "azure-identity rejected the %s settings: %s. Check tenant and client_id." % (settings.credential_kind, exc)
        ) from None


def azure_cli_default_subscription(environ):
    """The id of the subscription `az account set` chose, for auth_source=cli without subscription_id.

    Read from the Azure CLI's profile, ``azureProfile.json`` in ``AZURE_CONFIG_DIR`` (default ``~/.azure``): the
    file `az login` and `az account set` write and `az account show` reads (its subscription with ``isDefault``).
    Reading it spares starting the CLI (one to two seconds) and running a command from module code, which
    Ansible wants done through AnsibleModule.run_command, not available here. The file layout is the CLI's,
    not a documented interface: our inference from the CLI's behaviour.
    """
    if shutil.which("az", path=environ.get("PATH")) is None:
        raise AuthConfigError(
            "auth_source is cli but the Azure CLI ('az') is not on PATH. Install it and run 'az login', or choose "
            "another auth_source."
        )
    config_dir = environ.get("AZURE_CONFIG_DIR") or os.path.join(os.path.expanduser("~"), ".azure")
    path = os.path.join(config_dir, "azureProfile.json")
    try:
        with open(path, encoding="utf-8-sig") as handle:  # the CLI writes it with a byte order mark
            profile = json.load(handle)
    except FileNotFoundError:
        raise AuthConfigError(NOT_LOGGED_IN % ("%s does not exist" % path)) from None
    except (OSError, ValueError) as exc:
        raise AuthConfigError("Reading the Azure CLI profile %s failed (%s); set subscription_id instead."
                              % (path, exc)) from None
    subscriptions = profile.get("subscriptions") if isinstance(profile, dict) else None
    for subscription in subscriptions or []:
        if isinstance(subscription, dict) and subscription.get("isDefault") and subscription.get("id"):
            return subscription["id"]
    raise AuthConfigError(NOT_LOGGED_IN % ("%s names no default subscription" % path))

"""Identities, seed and helpers shared by the auth functional tests."""

from __future__ import annotations

import datetime
import os

from ansible_collections.privatelink.azure.plugins.module_utils._auth import AUTH_ARGSPEC

FAKE_AZ_DIR = os.path.join(os.path.dirname(__file__), "fake_az")
SUBSCRIPTION = "0a0a0a0a-0000-4000-8000-000000000001"
TENANT = "1b1b1b1b-0000-4000-8000-000000000002"
SECRET_CLIENT = "2c2c2c2c-0000-4000-8000-000000000003"
SECRET = "s3cret-for-the-auth-tests-~%!"
CERT_CLIENT = "3d3d3d3d-0000-4000-8000-000000000004"
FEDERATED_CLIENT = "4e4e4e4e-0000-4000-8000-000000000005"
FEDERATED_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6cGVjOmFuc2libGUifQ.c2lnbmF0dXJl"
SYSTEM_IDENTITY = "5f5f5f5f-0000-4000-8000-000000000006"
USER_IDENTITY = "6a6a6a6a-0000-4000-8000-000000000007"
DENIED_CLIENT = "7b7b7b7b-0000-4000-8000-000000000008"
KEY_PASSWORD = "key-password-for-the-auth-tests"
VAULT = "kv-auth-test"

# Variables that would let the developer's own Azure setup leak into a test.
AMBIENT_VARIABLES = (
    "AZURE_SUBSCRIPTION_ID", "AZURE_CLIENT_ID", "AZURE_SECRET", "AZURE_CLIENT_SECRET", "AZURE_TENANT",
    "AZURE_TENANT_ID", "AZURE_CLIENT_CERTIFICATE_PATH", "AZURE_X509_CERTIFICATE_PATH",
    "AZURE_CLIENT_CERTIFICATE_PASSWORD", "AZURE_FEDERATED_TOKEN_FILE", "AZURE_PROFILE", "AZURE_CLOUD_ENVIRONMENT",
    "AZURE_RESOURCE_MANAGER_ENDPOINT", "AZURE_AUTHORITY_HOST", "PRIVATELINK_AZURE_CA_BUNDLE", "REQUESTS_CA_BUNDLE",
    "CURL_CA_BUNDLE", "IDENTITY_ENDPOINT", "IDENTITY_HEADER", "IDENTITY_SERVER_THUMBPRINT", "IMDS_ENDPOINT",
    "MSI_ENDPOINT", "MSI_SECRET", "AZURE_CONFIG_DIR",
)


def self_signed_certificate():
    """A fresh RSA key and self-signed certificate, as (key, certificate) cryptography objects."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID

    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "privatelink-azure auth tests")])
    now = datetime.datetime.now(datetime.timezone.utc)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5)).not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    return key, certificate


def params(**given):
    """Module params as AnsibleModule hands them over: every auth option present, defaults applied."""
    values = {name: spec.get("default") for name, spec in AUTH_ARGSPEC.items()}
    values.update(given)
    return values


def write_credentials_file(home, text):
    """``~/.azure/credentials`` (azure.azcollection's profiles) in the test's HOME."""
    azure_dir = home / ".azure"
    azure_dir.mkdir(exist_ok=True)
    (azure_dir / "credentials").write_text(text)


def emulator_endpoints(emu):
    """The options that point a session at the emulator (everything but the identity)."""
    return dict(resource_manager_endpoint=emu.info["arm_url"], authority_host=emu.info["authority"],
                ca_bundle=emu.info["ca_file"], subscription_id=SUBSCRIPTION, tenant=TENANT)


def endpoint_variables(emu):
    return {
        "AZURE_RESOURCE_MANAGER_ENDPOINT": emu.info["arm_url"],
        "AZURE_AUTHORITY_HOST": emu.info["authority"],
        "PRIVATELINK_AZURE_CA_BUNDLE": emu.info["ca_file"],
        "AZURE_SUBSCRIPTION_ID": SUBSCRIPTION,
    }


def list_vault_names(session):
    """One real ARM call through the management SDK, built from the session exactly as the modules do."""
    from azure.mgmt.keyvault import KeyVaultManagementClient

    client = KeyVaultManagementClient(session.credential, session.subscription_id, **session.client_kwargs())
    try:
        return sorted(vault.name for vault in client.vaults.list_by_subscription())
    finally:
        client.close()


def request_kinds(emu):
    """How many requests of each kind (token, msi, discovery, arm) the emulator has seen since the log was cleared."""
    counts = {}
    for entry in emu.control.requests():
        counts[entry["kind"]] = counts.get(entry["kind"], 0) + 1
    return counts


def managed_identity_environment(emu, monkeypatch):
    """The variables App Service announces its managed identity endpoint with, pointed at the emulator."""
    monkeypatch.setenv("IDENTITY_ENDPOINT", emu.info["identity_endpoint"])
    monkeypatch.setenv("IDENTITY_HEADER", emu.info["identity_header"])
    monkeypatch.setenv("PRIVATELINK_AZURE_CA_BUNDLE", emu.info["ca_file"])
    monkeypatch.setenv("AZURE_RESOURCE_MANAGER_ENDPOINT", emu.info["arm_url"])

"""One emulator for all auth tests, with an identity of every kind, and a clean environment per test.

Each test builds an AzureSession the way a module does, then makes one real ARM call with the management SDK
over HTTPS (KeyVaultManagementClient.vaults.list_by_subscription), so a token that ARM would refuse fails here.
"""

from __future__ import annotations

import os
import sys

import pytest

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
BUILD = os.path.join(REPO_ROOT, ".build")
if BUILD not in sys.path:  # this checkout as ansible_collections.privatelink.azure (made by scripts/bootstrap)
    sys.path.insert(0, BUILD)

from tests.emulator.launcher import running_emulator  # noqa: E402

from .support import (  # noqa: E402
    AMBIENT_VARIABLES, CERT_CLIENT, DENIED_CLIENT, FEDERATED_CLIENT, FEDERATED_TOKEN, KEY_PASSWORD, SECRET,
    SECRET_CLIENT, SUBSCRIPTION, SYSTEM_IDENTITY, TENANT, USER_IDENTITY, VAULT, self_signed_certificate)


@pytest.fixture(scope="session")
def client_certificate(tmp_path_factory):
    """PEM files with the same certificate: key in clear, and key encrypted with KEY_PASSWORD."""
    from cryptography.hazmat.primitives import serialization

    key, certificate = self_signed_certificate()
    certificate_pem = certificate.public_bytes(serialization.Encoding.PEM)
    folder = tmp_path_factory.mktemp("certificates")
    plain = folder / "sp.pem"
    plain.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                        serialization.NoEncryption()) + certificate_pem)
    encrypted = folder / "sp-encrypted.pem"
    encrypted.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                            serialization.BestAvailableEncryption(KEY_PASSWORD.encode()))
                          + certificate_pem)
    return {"public_pem": certificate_pem.decode(), "plain": str(plain), "encrypted": str(encrypted)}


@pytest.fixture(scope="session")
def emulator(client_certificate):
    seed = {
        "subscription_id": SUBSCRIPTION,
        "tenant_id": TENANT,
        "principals": [
            {"client_id": SECRET_CLIENT, "client_secret": SECRET},
            {"client_id": CERT_CLIENT, "certificate_pem": client_certificate["public_pem"]},
            {"client_id": FEDERATED_CLIENT, "federated_token": FEDERATED_TOKEN},
            {"client_id": DENIED_CLIENT, "client_secret": SECRET,
             "denied_resources": ["/subscriptions/%s" % SUBSCRIPTION]},
        ],
        "managed_identities": [
            {"client_id": SYSTEM_IDENTITY, "system": True},
            {"client_id": USER_IDENTITY, "system": False},
        ],
        "resources": [{
            "type": "Microsoft.KeyVault/vaults", "resource_group": "rg-auth", "name": VAULT,
            "location": "westeurope",
            "connections": [{
                "private_endpoint_id": "/subscriptions/%s/resourceGroups/rg-spoke/providers/Microsoft.Network/"
                                       "privateEndpoints/pe-auth" % SUBSCRIPTION,
                "status": "Pending",
            }],
        }],
    }
    with running_emulator(seed=seed, lro_seconds=0.2) as emu:
        yield emu


@pytest.fixture
def emu(emulator):
    """The shared emulator with an empty request log."""
    emulator.control.clear_requests()
    return emulator


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch, tmp_path):
    """No ambient Azure settings, an empty HOME, and a PATH without any real `az`.

    azure-identity and MSAL read os.environ themselves (managed identity endpoints, the az lookup), so tests
    that need variables set them with monkeypatch on the real environment and pass os.environ on.
    """
    for name in AMBIENT_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("PATH", os.path.dirname(sys.executable) + os.pathsep + "/usr/bin:/bin")
    return home

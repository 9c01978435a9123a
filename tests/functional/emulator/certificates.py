"""A self-signed client certificate for CertificateCredential tests."""

import datetime
from dataclasses import dataclass
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.x509.oid import NameOID


@dataclass(frozen=True)
class ClientCertificate:
    path: Path          # PEM with private key and certificate, what CertificateCredential reads
    public_pem: str     # the certificate alone, what the seed gives the principal


def self_signed_certificate(directory, common_name):
    # RSA because Entra ID's client assertions are RS256 (the emulator checks the same).
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .sign(key, hashes.SHA256())
    )
    public_pem = cert.public_bytes(serialization.Encoding.PEM).decode()
    private_pem = key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
    ).decode()
    path = Path(directory) / "client.pem"
    path.write_text(private_pem + public_pem)
    path.chmod(0o600)
    return ClientCertificate(path=path, public_pem=public_pem)

"""A throw-away certificate authority and a server certificate for 127.0.0.1 / localhost.

Clients trust the emulator by pointing ``connection_verify`` / ``REQUESTS_CA_BUNDLE`` at the CA file, so the SDKs
run their normal certificate checks instead of having verification switched off.
"""
import datetime
import ipaddress
import os
import ssl

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

CA_FILE_NAME = "ca.pem"
CERT_FILE_NAME = "server.pem"
KEY_FILE_NAME = "server.key"


def _name(common_name):
    return x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])


def _builder(subject, issuer, public_key, lifetime_days):
    # Backdated a little so a client with a slightly late clock still accepts it.
    now = datetime.datetime.now(datetime.timezone.utc)
    return (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(issuer)
        .public_key(public_key)
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=lifetime_days))
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False)
    )


def _make_ca():
    key = ec.generate_private_key(ec.SECP256R1())
    name = _name("privatelink.azure emulator CA")
    cert = (
        _builder(name, name, key.public_key(), lifetime_days=7)
        .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
        .add_extension(
            x509.KeyUsage(
                digital_signature=True, key_cert_sign=True, crl_sign=True, content_commitment=False,
                key_encipherment=False, data_encipherment=False, key_agreement=False,
                encipher_only=False, decipher_only=False,
            ),
            critical=True,
        )
        .sign(key, hashes.SHA256())
    )
    return key, cert


def _make_server_cert(ca_key, ca_cert):
    key = ec.generate_private_key(ec.SECP256R1())
    ca_ski = ca_cert.extensions.get_extension_for_class(x509.SubjectKeyIdentifier).value
    cert = (
        _builder(_name("127.0.0.1"), ca_cert.subject, key.public_key(), lifetime_days=7)
        .add_extension(
            x509.SubjectAlternativeName(
                [x509.IPAddress(ipaddress.ip_address("127.0.0.1")), x509.DNSName("localhost")]
            ),
            critical=False,
        )
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(x509.ExtendedKeyUsage([ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
        .add_extension(x509.AuthorityKeyIdentifier.from_issuer_subject_key_identifier(ca_ski), critical=False)
        .sign(ca_key, hashes.SHA256())
    )
    return key, cert


def _write(path, data, private=False):
    flags = os.O_WRONLY | os.O_CREAT | os.O_TRUNC
    with os.fdopen(os.open(path, flags, 0o600 if private else 0o644), "wb") as handle:
        handle.write(data)


def create_certificates(cert_dir):
    """Write ca.pem, server.pem and server.key into cert_dir; return the absolute CA file path."""
    os.makedirs(cert_dir, exist_ok=True)
    ca_key, ca_cert = _make_ca()
    key, cert = _make_server_cert(ca_key, ca_cert)
    pem = serialization.Encoding.PEM
    ca_file = os.path.abspath(os.path.join(cert_dir, CA_FILE_NAME))
    _write(ca_file, ca_cert.public_bytes(pem))
    _write(os.path.join(cert_dir, CERT_FILE_NAME), cert.public_bytes(pem) + ca_cert.public_bytes(pem))
    _write(
        os.path.join(cert_dir, KEY_FILE_NAME),
        key.private_bytes(pem, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()),
        private=True,
    )
    return ca_file


def server_context(cert_dir):
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    context.load_cert_chain(os.path.join(cert_dir, CERT_FILE_NAME), os.path.join(cert_dir, KEY_FILE_NAME))
    return context

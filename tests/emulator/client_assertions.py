"""Checks a client_assertion (RFC 7523 jwt-bearer) the way Entra ID does for certificate credentials.

MSAL signs with PS256 and an `x5t#S256` header (older versions: RS256 + `x5t`); both are accepted when the
thumbprint matches the principal's registered certificate and the signature verifies with its public key.
"""
import base64
import time

import jwt
from cryptography import x509
from cryptography.hazmat.primitives import hashes

_LEEWAY_SECONDS = 300   # Entra tolerates this much clock skew


class AssertionProblem(Exception):
    def __init__(self, code, text):
        super().__init__(text)
        self.code = code
        self.text = text


def _thumbprint(cert, algorithm):
    return base64.urlsafe_b64encode(cert.fingerprint(algorithm)).rstrip(b"=").decode()


def verify_certificate_assertion(assertion, certificate_pem, client_id, token_path):
    """Raise AssertionProblem (with the AADSTS code Entra uses) unless the assertion is valid."""
    try:
        header = jwt.get_unverified_header(assertion)
    except jwt.PyJWTError:
        raise AssertionProblem(50027, "JWT token is invalid or malformed.") from None
    cert = x509.load_pem_x509_certificate(certificate_pem.encode())
    algorithm = header.get("alg")
    # MSAL keeps base64 padding on the thumbprint; JOSE (RFC 7515) drops it. Compare without it.
    presented = str(header.get("x5t#S256") or header.get("x5t") or "").rstrip("=")
    expected = {_thumbprint(cert, hashes.SHA256()), _thumbprint(cert, hashes.SHA1())}
    if presented not in expected:
        raise AssertionProblem(
            700027,
            "The certificate with identifier used to sign the client assertion is not registered on application. "
            f"[Reason - The key was not found., Thumbprint of key used by client: '{presented}']",
        )
    if algorithm not in ("RS256", "PS256"):
        raise AssertionProblem(700027, f"Client assertion contains an unsupported signing algorithm '{algorithm}'.")
    try:
        claims = jwt.decode(
            assertion, cert.public_key(), algorithms=[algorithm],
            options={"verify_aud": False, "verify_exp": False, "verify_nbf": False, "verify_iat": False},
        )
    except jwt.PyJWTError:
        raise AssertionProblem(700027, "Client assertion failed signature validation.") from None
    now = time.time()
    if not claims.get("exp") or claims["exp"] + _LEEWAY_SECONDS < now or claims.get("nbf", 0) - _LEEWAY_SECONDS > now:
        raise AssertionProblem(
            700024,
            f"Client assertion is not within its valid time range. Current time: {int(now)}, "
            f"expiry time of assertion {claims.get('exp')}.",
        )
    if str(claims.get("iss", "")).lower() != client_id.lower() or str(claims.get("sub", "")).lower() != client_id.lower():
        raise AssertionProblem(700021, "Client assertion application identifier doesn't match 'client_id' parameter.")
    audience = str(claims.get("aud", ""))
    if not audience.rstrip("/").lower().endswith(token_path.rstrip("/").lower()):
        raise AssertionProblem(
            700212, f"No matching federated identity record found for presented assertion audience '{audience}'."
        )

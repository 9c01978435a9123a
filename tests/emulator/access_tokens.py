"""Access tokens the emulator issues and ARM accepts: JWT-shaped, HS256-signed with a per-run key.

Shaped like Entra ID v1 access tokens (aud, iss, tid, appid, oid, iat, nbf, exp) so clients that peek into the
token (expiry, tenant) behave as they would in Azure. Nothing outside the emulator can verify them.
"""
import secrets
import time
import uuid

import jwt

# ARM accepts tokens for these audiences in any cloud-agnostic client; the emulator's own URL is added at start.
ARM_AUDIENCES = ("https://management.azure.com", "https://management.core.windows.net")


class TokenError(Exception):
    def __init__(self, reason, detail=""):
        super().__init__(reason)
        self.reason = reason      # "malformed" | "expired" | "audience"
        self.detail = detail


class TokenIssuer:
    def __init__(self, tenant_id):
        self._key = secrets.token_bytes(32)
        self.tenant_id = tenant_id

    def issue(self, identity, audience, lifetime_seconds, tenant_id=None):
        now = int(time.time())
        tenant_id = tenant_id or self.tenant_id
        claims = {
            "aud": audience,
            "iss": f"https://sts.windows.net/{tenant_id}/",
            "iat": now,
            "nbf": now,
            "exp": now + int(lifetime_seconds),
            "tid": tenant_id,
            "appid": identity.client_id,
            "oid": identity.object_id,
            "sub": identity.object_id,
            "idtyp": "app",
            "ver": "1.0",
            "uti": uuid.uuid4().hex[:22],
        }
        return jwt.encode(claims, self._key, algorithm="HS256", headers={"typ": "JWT"}), claims

    def verify(self, token, accepted_audiences):
        """The claims of a token this emulator issued; TokenError says why it is not acceptable."""
        try:
            claims = jwt.decode(
                token, self._key, algorithms=["HS256"],
                options={"verify_exp": False, "verify_aud": False, "verify_nbf": False},
            )
        except jwt.PyJWTError as exc:
            raise TokenError("malformed", str(exc)) from None
        now = time.time()
        if claims.get("exp", 0) <= now:
            raise TokenError("expired", str(claims.get("exp")))
        audience = str(claims.get("aud", "")).rstrip("/").lower()
        if audience not in {a.rstrip("/").lower() for a in accepted_audiences}:
            raise TokenError("audience", str(claims.get("aud")))
        return claims

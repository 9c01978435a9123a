"""ARM's front door: the bearer token (401s). What the principal may do is rbac.py's (403 AuthorizationFailed)."""
import datetime

from .access_tokens import ARM_AUDIENCES, TokenError
from .errors import ArmError


def _arm_time(epoch):
    # ARM prints times like '11/23/2026 7:03:39 AM'
    moment = datetime.datetime.fromtimestamp(float(epoch), datetime.timezone.utc)
    return f"{moment.month}/{moment.day}/{moment.year} {moment.strftime('%I:%M:%S %p').lstrip('0')}"


class ArmAuthenticator:
    def __init__(self, issuer, own_audience):
        self._issuer = issuer
        self.audiences = ARM_AUDIENCES + (own_audience,)

    def _unauthorized(self, request, tenant_id, code, message, description):
        challenge = (
            f'Bearer authorization_uri="{request.base_url}/{tenant_id}", error="invalid_token", '
            f'error_description="{description}"'
        )
        return ArmError(401, code, message, {"WWW-Authenticate": challenge})

    def authenticate(self, request, store):
        """The identity (Principal) behind the request's bearer token; raises ArmError 401 otherwise."""
        header = request.header("Authorization")
        if not header:
            raise self._unauthorized(
                request, store.tenant_id, "AuthenticationFailed",
                "Authentication failed. The 'Authorization' header is missing.",
                "The authentication failed because of missing 'Authorization' header.",
            )
        scheme, _separator, token = header.partition(" ")
        if scheme.lower() != "bearer" or not token.strip():
            raise self._unauthorized(
                request, store.tenant_id, "AuthenticationFailed",
                "Authentication failed. The 'Authorization' header is provided in an invalid format.",
                "The authentication failed because of an invalid 'Authorization' header.",
            )
        try:
            claims = self._issuer.verify(token.strip(), self.audiences)
        except TokenError as problem:
            raise self._token_problem(request, store, problem) from None
        identity = store.identity_for_token(claims.get("appid"))
        if identity is None:
            raise self._unauthorized(
                request, store.tenant_id, "InvalidAuthenticationToken", "The access token is invalid.",
                "The principal of the access token no longer exists.",
            )
        return identity

    def _token_problem(self, request, store, problem):
        if problem.reason == "expired":
            now = datetime.datetime.now(datetime.timezone.utc).timestamp()
            return self._unauthorized(
                request, store.tenant_id, "ExpiredAuthenticationToken",
                f"The access token expiry UTC time '{_arm_time(problem.detail)}' is earlier than current UTC time "
                f"'{_arm_time(now)}'.",
                "The access token expiry UTC time is earlier than current UTC time.",
            )
        if problem.reason == "audience":
            allowed = ",".join(f"'{a}'" for audience in self.audiences for a in (audience + "/", audience))
            return self._unauthorized(
                request, store.tenant_id, "InvalidAuthenticationTokenAudience",
                f"The access token has been obtained for wrong audience or resource '{problem.detail}'. It should "
                f"exactly match with one of the allowed audiences {allowed}.",
                "The access token has been obtained from wrong audience or resource.",
            )
        return self._unauthorized(
            request, store.tenant_id, "InvalidAuthenticationToken", "The access token is invalid.",
            "The access token could not be validated.",
        )

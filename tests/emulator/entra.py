"""The Entra ID (login.microsoftonline.com) part: OIDC discovery and the client-credentials token endpoint.

Only what an unmodified MSAL / azure-identity confidential client asks for: the tenant's
`/v2.0/.well-known/openid-configuration` and `POST /{tenant}/oauth2/v2.0/token`. Errors carry the fields and
AADSTS texts Entra ID sends, so client-side error reports can be tested against realistic answers.

With the tenant `adfs` (an emulator seeded with `tenant_id: adfs`) it is an Azure Stack Hub's AD FS instead, which
has no tenants and no v2.0 endpoints: `/adfs/.well-known/openid-configuration` names `/adfs/oauth2/token`
(what MSAL asks an authority whose tenant is `adfs`; AD FS's OpenID Connect discovery, learn.microsoft.com
"AD FS OpenID Connect/OAuth flows and Application Scenarios"), and `/adfs/oauth2/v2.0/token` is not served.
"""
import datetime
import hmac
import re
import uuid

from .client_assertions import AssertionProblem, verify_certificate_assertion
from .messages import Reply

DISCOVERY_PATH = re.compile(r"^/(?P<tenant>[^/]+)(?P<v2>/v2\.0)?/\.well-known/openid-configuration$", re.IGNORECASE)
TOKEN_PATH = re.compile(r"^/(?P<tenant>[^/]+)/oauth2/v2\.0/token$", re.IGNORECASE)
ADFS = "adfs"
ADFS_TOKEN_PATH = re.compile(r"^/(?P<tenant>adfs)/oauth2/token$", re.IGNORECASE)
JWT_BEARER = "urn:ietf:params:oauth:client-assertion-type:jwt-bearer"


class EntraError(Exception):
    def __init__(self, status, error, code, text):
        super().__init__(text)
        self.status, self.error, self.code, self.text = status, error, code, text

    def reply(self, correlation_id):
        trace_id = str(uuid.uuid4())
        stamp = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M:%SZ")
        return Reply(self.status, {
            "error": self.error,
            "error_description": f"AADSTS{self.code}: {self.text}\r\nTrace ID: {trace_id}\r\n"
                                 f"Correlation ID: {correlation_id}\r\nTimestamp: {stamp}",
            "error_codes": [self.code],
            "timestamp": stamp,
            "trace_id": trace_id,
            "correlation_id": correlation_id,
            "error_uri": f"https://login.microsoftonline.com/error?code={self.code}",
        })


def _tenant_not_found(tenant):
    return EntraError(
        400, "invalid_request", 90002,
        f"Tenant '{tenant}' not found. Check to make sure you have the correct tenant ID and are signing into the "
        "correct cloud. Check with your subscription administrator, this may happen if there are no active "
        "subscriptions for the tenant.",
    )


def _missing(parameter):
    return EntraError(400, "invalid_request", 900144, f"The request body must contain the following parameter: '{parameter}'.")


class Entra:
    def __init__(self, store_holder, issuer, settings):
        self._store_holder = store_holder   # callable returning the current Store
        self._issuer = issuer
        self._settings = settings

    @staticmethod
    def kind_of(path):
        if DISCOVERY_PATH.match(path):
            return "discovery"
        if TOKEN_PATH.match(path) or ADFS_TOKEN_PATH.match(path):
            return "token"
        return None

    def _is_adfs(self):
        return self._store_holder().tenant_id.lower() == ADFS

    def handle(self, request):
        correlation_id = request.header("client-request-id") or str(uuid.uuid4())
        try:
            match = DISCOVERY_PATH.match(request.path)
            if match and request.method == "GET" and not (self._is_adfs() and match.group("v2")):
                return self._discovery(request, match.group("tenant"))
            match = (ADFS_TOKEN_PATH if self._is_adfs() else TOKEN_PATH).match(request.path)
            if match and request.method == "POST":
                return self._token(request, match.group("tenant"))
            if self._is_adfs():
                return Reply(404, {"error": "invalid_request", "error_description": "MSIS9xxx: not an AD FS endpoint"})
            raise EntraError(405, "invalid_request", 900561, "The endpoint only accepts POST, OPTIONS requests.")
        except EntraError as error:
            reply = error.reply(correlation_id)
            reply.headers["client-request-id"] = correlation_id
            return reply

    def _check_tenant(self, tenant):
        if tenant.lower() != self._store_holder().tenant_id.lower():
            raise _tenant_not_found(tenant)

    def _discovery(self, request, tenant):
        self._check_tenant(tenant)
        if self._is_adfs():
            return self._adfs_discovery(request)
        tenant_id = self._store_holder().tenant_id
        base = f"{request.base_url}/{tenant_id}"
        return Reply(200, {
            "token_endpoint": f"{base}/oauth2/v2.0/token",
            "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt", "client_secret_basic"],
            "jwks_uri": f"{request.base_url}/{tenant_id}/discovery/v2.0/keys",
            "response_modes_supported": ["query", "fragment", "form_post"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "issuer": f"{base}/v2.0",
            "request_uri_parameter_supported": False,
            "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
            "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
            "end_session_endpoint": f"{base}/oauth2/v2.0/logout",
            "tenant_region_scope": "EU",
            "cloud_instance_name": "microsoftonline.com",
        })

    @staticmethod
    def _adfs_discovery(request):
        """AD FS's OpenID Connect discovery: no tenant, no v2.0 (MSAL reads it without /v2.0 for tenant adfs)."""
        base = f"{request.base_url}/{ADFS}"
        return Reply(200, {
            "issuer": base,
            "token_endpoint": f"{base}/oauth2/token",
            "authorization_endpoint": f"{base}/oauth2/authorize",
            "device_authorization_endpoint": f"{base}/oauth2/devicecode",
            "jwks_uri": f"{base}/discovery/keys",
            "token_endpoint_auth_methods_supported": ["client_secret_post", "client_secret_basic", "private_key_jwt"],
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "scopes_supported": ["openid", "profile", "email", "allatclaims"],
            "access_token_issuer": "http://adfs.local.azurestack.external/adfs/services/trust",
        })

    def _token(self, request, tenant):
        self._check_tenant(tenant)
        form = request.form()
        grant_type = form.get("grant_type")
        if not grant_type:
            raise _missing("grant_type")
        if grant_type != "client_credentials":
            raise EntraError(
                400, "unsupported_grant_type", 70003,
                f"The app requested an unsupported grant type '{grant_type}'. The emulator supports client_credentials.",
            )
        client_id = form.get("client_id")
        if not client_id:
            raise _missing("client_id")
        principal = self._store_holder().principal(client_id)
        if principal is None:
            raise EntraError(
                400, "unauthorized_client", 700016,
                f"Application with identifier '{client_id}' was not found in the directory '{tenant}'. This can "
                "happen if the application has not been installed by the administrator of the tenant or consented "
                "to by any user in the tenant. You may have sent your authentication request to the wrong tenant.",
            )
        scope = form.get("scope")
        if not scope:
            raise _missing("scope")
        resource = scope.split()[0]
        if not resource.endswith("/.default"):
            raise EntraError(
                400, "invalid_scope", 1002012,
                f"The provided value for scope {scope} is not valid. Client credential flows must have a scope value "
                "with /.default suffixed to the resource identifier (application ID URI).",
            )
        self._authenticate(principal, form, request.path)
        lifetime = self._settings.token_lifetime_seconds
        token, _claims = self._issuer.issue(principal, resource[: -len("/.default")], lifetime)
        return Reply(200, {"token_type": "Bearer", "expires_in": lifetime, "ext_expires_in": lifetime,
                           "access_token": token})

    @staticmethod
    def _authenticate(principal, form, token_path):
        secret = form.get("client_secret")
        assertion = form.get("client_assertion")
        if secret is not None:
            if principal.client_secret and hmac.compare_digest(secret.encode(), principal.client_secret.encode()):
                return
            raise EntraError(
                401, "invalid_client", 7000215,
                "Invalid client secret provided. Ensure the secret being sent in the request is the client secret "
                f"value, not the client secret ID, for a secret added to app '{principal.client_id}'.",
            )
        if assertion is None:
            raise EntraError(
                401, "invalid_client", 7000218,
                "The request body must contain the following parameter: 'client_assertion' or 'client_secret'.",
            )
        if form.get("client_assertion_type") != JWT_BEARER:
            raise EntraError(400, "invalid_request", 900144,
                             "The request body must contain the following parameter: 'client_assertion_type'.")
        if principal.federated_token and hmac.compare_digest(assertion.encode(), principal.federated_token.encode()):
            return
        if principal.certificate_pem:
            try:
                verify_certificate_assertion(assertion, principal.certificate_pem, principal.client_id, token_path)
                return
            except AssertionProblem as problem:
                if not principal.federated_token:
                    raise EntraError(401, "invalid_client", problem.code, problem.text) from None
        raise EntraError(
            400, "invalid_request", 70021,
            "No matching federated identity record found for presented assertion. Please check your federated "
            "identity credential Subject, Audience and Issuer against the presented assertion.",
        )

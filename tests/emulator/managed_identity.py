"""The App Service flavour of the managed identity endpoint (IDENTITY_ENDPOINT + IDENTITY_HEADER).

azure-identity / MSAL send `GET {IDENTITY_ENDPOINT}?api-version=2019-08-01&resource=R[&client_id|object_id|mi_res_id]`
with header `X-IDENTITY-HEADER` and read `access_token` plus `expires_on` (epoch seconds, as a string) back.
Errors come as App Service sends them: `{"statusCode", "message", "correlationId"}`.
"""
import hmac
import uuid

from .messages import Reply

MSI_PATH = "/msi/token"
API_VERSION = "2019-08-01"


def _error(status, message):
    return Reply(status, {"statusCode": status, "message": message, "correlationId": str(uuid.uuid4())})


class ManagedIdentityEndpoint:
    def __init__(self, store_holder, issuer, settings, identity_header):
        self._store_holder = store_holder
        self._issuer = issuer
        self._settings = settings
        self.identity_header = identity_header

    def handle(self, request):
        if request.method != "GET":
            return _error(405, "The managed identity endpoint only accepts GET.")
        presented = request.header("X-IDENTITY-HEADER") or ""
        if not hmac.compare_digest(presented.encode(), self.identity_header.encode()):
            return _error(401, "The X-IDENTITY-HEADER header is missing or does not match IDENTITY_HEADER.")
        if request.query_value("api-version") != API_VERSION:
            return _error(400, f"Unsupported api-version '{request.query_value('api-version')}'; use {API_VERSION}.")
        resource = request.query_value("resource")
        if not resource:
            return _error(400, "Required query parameter 'resource' is missing.")
        identity = self._select_identity(request)
        if identity is None:
            return _error(
                400,
                "No User Assigned or Delegated Managed Identity found for specified ClientId/ResourceId/PrincipalId.",
            )
        audience = resource[: -len("/.default")] if resource.endswith("/.default") else resource
        lifetime = self._settings.token_lifetime_seconds
        token, claims = self._issuer.issue(identity, audience, lifetime)
        return Reply(200, {
            "access_token": token,
            "expires_on": str(claims["exp"]),
            "resource": resource,
            "token_type": "Bearer",
            "client_id": identity.client_id,
        })

    def _select_identity(self, request):
        store = self._store_holder()
        client_id = request.query_value("client_id")
        object_id = request.query_value("object_id") or request.query_value("principal_id")
        resource_id = request.query_value("mi_res_id")
        if client_id:
            return store.managed_identity(client_id=client_id)
        if object_id:
            return store.managed_identity(object_id=object_id)
        if resource_id:
            # User-assigned identities are not modelled as ARM resources; match the identity's name as its client id.
            name = resource_id.rstrip("/").rsplit("/", 1)[-1]
            return store.managed_identity(client_id=name)
        return store.managed_identity()

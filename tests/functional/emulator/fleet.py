"""The seed every emulator test starts from: a few parents per service, connections in every state, and
principals for each way of signing in. Names are fixed so that tests can address them directly."""

import hashlib

SUBSCRIPTION = "00000000-0000-0000-0000-000000000000"
TENANT = "11111111-1111-1111-1111-111111111111"
SPOKE_SUBSCRIPTION = "33333333-3333-3333-3333-333333333333"

CLIENT_ID = "22222222-2222-2222-2222-222222222222"
CLIENT_SECRET = "functional-test-secret-not-for-real-use"
DENIED_CLIENT_ID = "66666666-6666-6666-6666-666666666666"
DENIED_CLIENT_SECRET = "denied-principal-secret"
CERT_CLIENT_ID = "77777777-7777-7777-7777-777777777777"
FEDERATED_CLIENT_ID = "88888888-8888-8888-8888-888888888888"
FEDERATED_TOKEN = "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJzeXN0ZW06c2VydmljZWFjY291bnQ6ZGVmYXVsdDphcHAifQ.c2lnbmF0dXJl"
SYSTEM_IDENTITY_CLIENT_ID = "44444444-4444-4444-4444-000000000001"
USER_IDENTITY_CLIENT_ID = "44444444-4444-4444-4444-000000000002"

RG = "rg-test"
RG_MANY = "rg-many"
RG_OTHER = "rg-other"

VAULT = "kv-test"
LOCKED_VAULT = "kv-locked"          # the denied principal gets 403 on it
MANY_VAULT = "kv-many"              # enough connections to need several pages
OTHER_VAULT = "kv-other"
HSM = "hsm-test"
MANY_HSM = "hsm-many"
ACCOUNT = "sttest01"
MANY_ACCOUNT = "stmany01"
MANY = 7

KEYVAULT = "Microsoft.KeyVault/vaults"
MHSM = "Microsoft.KeyVault/managedHSMs"
STORAGE = "Microsoft.Storage/storageAccounts"

# Storage names its connections `<account>.<guid>`; the fleet spells them out to keep tests readable.
ST_PENDING = f"{ACCOUNT}.0d1a6f2e-0000-4000-8000-000000000001"
ST_APPROVED = f"{ACCOUNT}.0d1a6f2e-0000-4000-8000-000000000002"
ST_REJECTED = f"{ACCOUNT}.0d1a6f2e-0000-4000-8000-000000000003"


def endpoint_id(name, subscription=SPOKE_SUBSCRIPTION, resource_group="rg-spoke"):
    return (f"/subscriptions/{subscription}/resourceGroups/{resource_group}"
            f"/providers/Microsoft.Network/privateEndpoints/{name}")


def parent_id(parent_type, resource_group, name, subscription=SUBSCRIPTION):
    return f"/subscriptions/{subscription}/resourceGroups/{resource_group}/providers/{parent_type}/{name}"


def connection_id(parent_type, resource_group, parent, connection):
    return f"{parent_id(parent_type, resource_group, parent)}/privateEndpointConnections/{connection}"


def _connection(name, status, endpoint=None, description=""):
    """A seeded connection. Approved / Rejected ones were written by their owner, so Key Vault / HSM give them an
    etag (32 hex digits, as recorded); Pending ones were never written and have none (Storage has no etags)."""
    connection = {"name": name, "private_endpoint_id": endpoint_id(endpoint or name), "status": status,
                  "description": description}
    if status in ("Approved", "Rejected"):
        connection["etag"] = hashlib.md5(name.encode()).hexdigest()
    return connection


def _resource(parent_type, resource_group, name, connections, tags=None):
    return {"type": parent_type, "resource_group": resource_group, "name": name, "location": "westeurope",
            "tags": tags or {}, "connections": connections}


def _many(prefix, endpoint_prefix):
    return [_connection(f"{prefix}{i}", "Pending", endpoint=f"{endpoint_prefix}{i}") for i in range(MANY)]


def build_seed(certificate_pem):
    """The seed document; `certificate_pem` is the public certificate of the certificate principal."""
    locked = parent_id(KEYVAULT, RG, LOCKED_VAULT)
    return {
        "subscription_id": SUBSCRIPTION,
        "tenant_id": TENANT,
        "principals": [
            {"client_id": CLIENT_ID, "client_secret": CLIENT_SECRET, "denied_resources": []},
            {"client_id": DENIED_CLIENT_ID, "client_secret": DENIED_CLIENT_SECRET, "denied_resources": [locked]},
            {"client_id": CERT_CLIENT_ID, "certificate_pem": certificate_pem, "denied_resources": []},
            {"client_id": FEDERATED_CLIENT_ID, "federated_token": FEDERATED_TOKEN, "denied_resources": []},
        ],
        "managed_identities": [
            {"client_id": SYSTEM_IDENTITY_CLIENT_ID, "system": True},
            {"client_id": USER_IDENTITY_CLIENT_ID, "system": False},
        ],
        "resources": [
            _resource(KEYVAULT, RG, VAULT, [
                _connection("pe-pending", "Pending"),
                _connection("pe-approved", "Approved", description="Approved by the platform team"),
                _connection("pe-rejected", "Rejected", description="Not from a platform subscription"),
                _connection("pe-spare", "Pending"),
            ], tags={"env": "test"}),
            _resource(KEYVAULT, RG, LOCKED_VAULT, [_connection("pe-locked", "Pending")]),
            _resource(KEYVAULT, RG_MANY, MANY_VAULT, _many("pe-many-", "pe-kv-many-")),
            _resource(KEYVAULT, RG_OTHER, OTHER_VAULT, []),
            _resource(MHSM, RG, HSM, [
                _connection("pe-hsm-pending", "Pending"),
                _connection("pe-hsm-approved", "Approved"),
                _connection("pe-hsm-rejected", "Rejected"),
            ]),
            _resource(MHSM, RG_MANY, MANY_HSM, _many("pe-hsm-many-", "pe-hsm-many-")),
            _resource(STORAGE, RG, ACCOUNT, [
                _connection(ST_PENDING, "Pending", endpoint="pe-blob-pending"),
                _connection(ST_APPROVED, "Approved", endpoint="pe-blob-approved"),
                _connection(ST_REJECTED, "Rejected", endpoint="pe-blob-rejected"),
            ]),
            _resource(STORAGE, RG_MANY, MANY_ACCOUNT, [
                _connection(f"{MANY_ACCOUNT}.0d1a6f2e-0000-4000-8000-00000000010{i}", "Pending",
                            endpoint=f"pe-st-many-{i}")
                for i in range(MANY)
            ]),
        ],
    }

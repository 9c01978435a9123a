"""The emulated world: resource groups, parent resources with their connections, and private endpoints.

One lock guards everything; handlers hold it for the whole of a request so each answer sees a consistent state.
Slow changes are modelled as due times, settled lazily whenever the state is read. What a settling connection
shows (its transitional provisioningState, the new or the old status) comes from its row (row.py).
"""
import threading
import time
from dataclasses import dataclass, field
from typing import Optional

from . import ids

UPDATING = "Updating"
DELETING = "Deleting"
SUCCEEDED = "Succeeded"
FAILED = "Failed"
IN_PROGRESS = "InProgress"


@dataclass
class Connection:
    name: str
    private_endpoint_id: str
    status: str
    description: Optional[str] = ""     # None: never written on Key Vault / HSM, the body has no description
    actions_required: str = "None"
    provisioning_state: str = SUCCEEDED
    etag: Optional[str] = None
    due: Optional[float] = None          # monotonic time when the running change settles
    change: Optional[str] = None         # the running change: "update" or "delete"
    pending: Optional[tuple] = None      # (status, description, actions) shown only once settled (stale reads)
    operation_id: Optional[str] = None   # of the running change, for its operation URLs
    group_ids: tuple = ()                # shown in the body when the row says so
    refusal: Optional[object] = None     # a Refusal the running change ends in (the connection stays as it was)
    outcome: str = SUCCEEDED             # the provisioningState the running change ends in (Failed on demand)
    fail_next_changes: int = 0           # seeded rule: this many next changes end in provisioningState Failed

    @property
    def busy(self):
        return self.change is not None

    def take_outcome(self, forced_failure=False):
        """The provisioningState the change starting now will end in: Failed when a `fail` fault matched its
        request or a seeded `fail_next_changes` rule still has changes to fail, Succeeded otherwise."""
        if forced_failure:
            return FAILED
        if self.fail_next_changes > 0:
            self.fail_next_changes -= 1
            return FAILED
        return SUCCEEDED


@dataclass
class Resource:
    service: object
    subscription_id: str
    resource_group: str
    name: str
    location: str
    tags: dict
    connections: dict = field(default_factory=dict)   # lower-case name -> Connection, in insertion order

    @property
    def id(self):
        return ids.resource_id(self.subscription_id, self.resource_group, self.service.type, self.name)

    def connection(self, name):
        return self.connections.get(name.lower())

    def busy_connection(self):
        return next((conn for conn in self.connections.values() if conn.busy), None)

    def add_connection(self, private_endpoint_id, status, name=None, description=None, etag=None, link_name=None,
                       group_ids=()):
        """Attach a connection; its name is generated the way the service would when not given.

        Recorded traffic: a connection never written since it appeared has no etag (and, on Key Vault / HSM, no
        description) until its first change.
        """
        name = name or self.generated_connection_name(private_endpoint_id, link_name)
        if description is None and not self.service.omits_unwritten_description:
            description = ""
        conn = Connection(
            name=name,
            private_endpoint_id=private_endpoint_id,
            status=status,
            description=description,
            etag=etag if self.service.has_etag else None,
            provisioning_state=self.service.succeeded_state,
            group_ids=tuple(group_ids or self.service.group_ids[:1]) if self.service.group_ids_field else (),
        )
        self.connections[name.lower()] = conn
        return conn

    def generated_connection_name(self, private_endpoint_id, link_name=None):
        """The name the service gives a new connection (the row's connection_naming, row.py). The guid is derived
        from the resource and endpoint ids, so a seed always produces the same names."""
        guid = ids.stable_guid(self.id, private_endpoint_id)
        naming = self.service.connection_naming
        parsed = ids.parse_private_endpoint_id(private_endpoint_id)
        endpoint_name = parsed[2] if parsed else "endpoint"
        if naming == "parent_guid":
            return f"{self.name}.{guid}"
        if naming == "guid":
            return guid
        if naming == "connection_guid":
            return f"connection-{guid}"
        if naming == "endpoint_dash_guid":
            return f"{endpoint_name}-{guid}"
        if naming == "endpoint_guid":
            return f"{endpoint_name}.{guid}"
        if naming == "endpoint":
            return endpoint_name if endpoint_name.lower() not in self.connections else f"{endpoint_name}.{guid}"
        if naming == "link_dash_guid":
            return f"{link_name or endpoint_name}-{guid}"
        base = link_name or endpoint_name
        if base.lower() not in self.connections:
            return base
        return f"{base}.{guid}"


@dataclass
class Operation:
    """A running or finished change, for the operation URLs its answer named (Azure-AsyncOperation, Location)."""
    id: str
    resource: object
    connection_name: str
    change: str                          # "update" or "delete"
    started: str                         # ISO time, for the status body
    status: str = IN_PROGRESS            # then Succeeded or Failed
    error: Optional[tuple] = None        # (code, message) when it ended Failed


@dataclass
class EndpointLink:
    name: str                    # the link's own name inside the endpoint
    private_link_service_id: str
    group_ids: list
    request_message: str
    manual: bool
    connection_name: str         # the connection it created on the target resource


@dataclass
class PrivateEndpoint:
    subscription_id: str
    resource_group: str
    name: str
    location: str
    links: list
    etag: str = field(default_factory=ids.new_etag)
    provisioning_state: str = SUCCEEDED
    due: Optional[float] = None          # monotonic time when an Updating endpoint (PUT) becomes Succeeded
    operation_id: Optional[str] = None   # of its running PUT, for the Azure-AsyncOperation URL

    @property
    def id(self):
        return ids.resource_id(self.subscription_id, self.resource_group, "Microsoft.Network/privateEndpoints", self.name)


@dataclass
class Principal:
    client_id: str
    client_secret: Optional[str] = None
    certificate_pem: Optional[str] = None
    federated_token: Optional[str] = None
    denied_resources: list = field(default_factory=list)
    role_assignments: Optional[list] = None   # rbac.py; None: may do everything (minus denied_resources)
    object_id: str = ""
    managed: bool = False        # a managed identity, usable only through the MSI endpoint
    system: bool = False


class Store:
    def __init__(self, tenant_id, subscription_id, principals, managed_identities):
        self.lock = threading.RLock()
        self.tenant_id = tenant_id
        self.subscription_id = subscription_id
        self.principals = principals                  # list of Principal, seed order
        self.managed_identities = managed_identities  # list of Principal
        self.resource_groups = {}                     # (sub, rg) lower -> {"subscription_id", "name", "location", "tags"}
        self.resources = {}                           # id lower -> Resource
        self.endpoints = {}                           # id lower -> PrivateEndpoint
        self.extra_subscriptions = set()              # lower-case ids of subscriptions without resources
        self.subscription_states = {}                 # lower-case id -> state (Disabled, Deleted, ...); else Enabled
        self.delete_operations = set()                # kv-operation tokens of every delete started
        self.operations = {}                          # operation id -> Operation
        self.operation_paths = {}                     # lower-case URL path -> (Operation, "status" | "result")

    # --- look-ups -------------------------------------------------------------------------------------------
    def principal(self, client_id):
        wanted = str(client_id or "").lower()
        return next((p for p in self.principals if p.client_id.lower() == wanted), None)

    def managed_identity(self, client_id=None, object_id=None):
        for identity in self.managed_identities:
            if client_id is not None and identity.client_id.lower() == client_id.lower():
                return identity
            if object_id is not None and identity.object_id.lower() == object_id.lower():
                return identity
        if client_id is None and object_id is None:
            return next((i for i in self.managed_identities if i.system), None)
        return None

    def identity_for_token(self, client_id):
        """The principal or managed identity a token's appid names."""
        found = self.principal(client_id)
        if found is None:
            found = next((i for i in self.managed_identities if i.client_id.lower() == str(client_id).lower()), None)
        return found

    def has_subscription(self, subscription_id):
        wanted = subscription_id.lower()
        return (
            wanted == self.subscription_id.lower()
            or wanted in self.extra_subscriptions
            or any(sub == wanted for sub, _group in self.resource_groups)
        )

    def resource_group(self, subscription_id, name):
        return self.resource_groups.get((subscription_id.lower(), name.lower()))

    def add_resource_group(self, subscription_id, name, location="westeurope", tags=None):
        key = (subscription_id.lower(), name.lower())
        if key not in self.resource_groups:
            self.resource_groups[key] = {
                "subscription_id": subscription_id, "name": name, "location": location, "tags": dict(tags or {}),
            }
        return self.resource_groups[key]

    def resource(self, service, subscription_id, resource_group, name):
        key = ids.resource_id(subscription_id, resource_group, service.type, name).lower()
        return self.resources.get(key)

    def resource_by_id(self, resource_id):
        return self.resources.get(str(resource_id).lower().rstrip("/"))

    def resources_of(self, service, subscription_id, resource_group=None):
        return [
            res for res in self.resources.values()
            if res.service is service
            and res.subscription_id.lower() == subscription_id.lower()
            and (resource_group is None or res.resource_group.lower() == resource_group.lower())
        ]

    def add_resource(self, resource):
        self.resources[resource.id.lower()] = resource
        return resource

    # --- time -----------------------------------------------------------------------------------------------
    def settle(self, now=None):
        """Finish every running change whose time has come.

        An update ends in the row's succeeded state (or Failed on demand) with a new etag; a delete removes the
        connection, or, when it fails, leaves it in place with provisioningState Failed.
        """
        now = time.monotonic() if now is None else now
        for resource in self.resources.values():
            for key, conn in list(resource.connections.items()):
                if conn.due is None or conn.due > now:
                    continue
                self._finish(resource, key, conn)
        for endpoint in self.endpoints.values():
            if endpoint.due is not None and endpoint.due <= now:
                endpoint.provisioning_state, endpoint.due = SUCCEEDED, None

    def _finish(self, resource, key, conn):
        operation = self.operations.get(conn.operation_id)
        if operation is not None and operation.change == conn.change:
            operation.status = FAILED if conn.refusal else conn.outcome
            if conn.refusal:
                operation.error = (conn.refusal.code, conn.refusal.message.format(
                    name=conn.name, current=conn.status, wanted=conn.pending[0] if conn.pending else "",
                    allowed=", ".join(resource.service.statuses)))
        if conn.refusal is not None:    # the service accepted the write, then refused it: nothing changed
            conn.outcome, conn.due, conn.change, conn.pending, conn.refusal = SUCCEEDED, None, None, None, None
            return
        if conn.change == "delete" and conn.outcome != FAILED:
            del resource.connections[key]
            return
        if conn.change != "delete" and resource.service.has_etag:
            conn.etag = ids.new_connection_etag()
        if conn.pending is not None:
            conn.status, conn.description, conn.actions_required = conn.pending
        succeeded = resource.service.settled_state(conn.status)
        conn.provisioning_state = succeeded if conn.outcome == SUCCEEDED else conn.outcome
        conn.outcome, conn.due, conn.change, conn.pending = SUCCEEDED, None, None, None

    def add_operation(self, operation, urls):
        """Remember an operation and the URL paths ((path, "status" | "result")) that report on it."""
        self.operations[operation.id] = operation
        for path, kind in urls:
            self.operation_paths[path.lower().rstrip("/")] = (operation, kind)

    def operation_at(self, path):
        return self.operation_paths.get(path.lower().rstrip("/"), (None, None))

    def endpoint_of_operation(self, operation_id):
        return next((e for e in self.endpoints.values() if e.operation_id == operation_id), None)

    def connection_of_operation(self, operation_id):
        """(resource, connection) whose delete ``operation_id`` is still running or ended Failed, or (None, None)."""
        for resource in self.resources.values():
            for conn in resource.connections.values():
                if conn.operation_id == operation_id and (conn.change == "delete" or conn.provisioning_state == FAILED):
                    return resource, conn
        return None, None

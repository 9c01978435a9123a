"""One row of the emulator's type table: how one ARM parent type's private endpoint connections behave.

The route handlers know no service by name; every difference between services is a field here. Each row keeps
the source of every fact in `sources` (a recording, a spec, a doc page, or "our inference: ..."), as given by the
research notes it was built from (docs/emulator.md "The type table").
"""
from dataclasses import dataclass, field
from typing import Optional

ANY = "*"   # a Refusal's current or wanted status: any status
# The message of a refusal whose text no source gives (our inference; the status and code say where they come from).
CANNOT_CHANGE = "Private endpoint connection '{name}' cannot be changed from '{current}' to '{wanted}'."

# SQL's family (SQL servers and managed instances, the MySQL / PostgreSQL / MariaDB single servers) changes only a
# Pending connection: 400 PrivateEndpointConnectionStatusNotPending otherwise (MicrosoftDocs/azure-docs #71740;
# recorded for MySQL single server; the rows' sources say which is inferred for each), and shows the change under
# way as Approving / Rejecting (Dropping while deleting) before it settles in Ready.
NOT_PENDING = 'Private Endpoint Connection Status is not Pending'


# Reasons shared by the rows whose own research says nothing more (every "our inference:" gives its reason).
SPECS = "Azure/azure-rest-api-specs specification/"
# get_missing: ARM's contract for a GET of what does not exist (Key Vault's spec alone declares a 204 instead).
GET_MISSING_404 = ('doc: Azure/azure-resource-manager-rpc v1.0/resource-api-reference.md, Get Resource ("If the '
                   'resource does not exist, 404 (NotFound) should be returned")')
NO_CONNECTION_SPEC = "no spec declares the connection operations of this type"
# busy_code, by what the emulator answers a write while another change of the resource settles.
BUSY_CONFLICT = ("our inference: no recording, spec example or document shows this type answering a busy 409, so "
                 "the emulator answers ARM's generic code Conflict, which names no cause: a client learns that the "
                 "connection is busy only by reading it again")
BUSY_ANOTHER_OPERATION = ("our inference: AnotherOperationInProgress is ARM's answer to a change made while another "
                          "runs on the same resource (AZURE_BEHAVIOUR.md); nothing specific to this type is recorded")
BUSY_SINGLE_SERVER = ("our inference: ServerBusy (\"Server '...' is busy with another operation. Please try again "
                      "later.\") is reported for PostgreSQL flexible servers (Azure/bicep-registry-modules #4451, "
                      "hashicorp/terraform-provider-azurerm #28298); nothing is recorded for the single servers, "
                      "which the emulator answers alike")
# refusals: Rejected -> Approved refused with CANNOT_CHANGE.
REJECTED_STAYS_REJECTED = ("our inference: no recording or spec example of this type tries Rejected -> Approved; "
                           "MicrosoftDocs/azure-docs #115121 says a rejected connection cannot be approved (by "
                           "design, for Private Link in general; Storage's recordings refuse it, Key Vault's accept "
                           "it), so the emulator refuses it with 400 BadRequest and a message of its own")
# realistic_seconds / put_settle_seconds where nothing records this type's writes: the spans recorded on other rows.
RECORDED_SPANS = ("a span around the connection writes recorded for Azure Monitor private link scopes and Event Hubs "
                  "(the put_settle_seconds of Microsoft.Insights/privateLinkScopes and Microsoft.EventHub/namespaces)")
SAME_SPAN = "our inference: the span of put_settle_seconds; the delete: our inference (the same span)"


def missing_is_404(spec_operation):
    """get_missing 404: ARM's contract, and the GET `spec_operation` (spec file, operation id) declares no 204."""
    return f"{GET_MISSING_404}; spec: {SPECS}{spec_operation} declares 200 and no 204"


def no_transitional(spec_status):
    """transitional_statuses (): the connection status `spec_status` (spec file, its values) has no Approving."""
    return (f"our inference: no transitional status such as Approving in spec: {SPECS}{spec_status} nor in any "
            "recording or spec example of this type; the emulator shows a change under way in provisioningState "
            "only (settling_states)")


def versions(sources, seen, newest):
    """A row's api_versions: those seen (recordings, spec folders) and the newest stable, each with its source."""
    table = dict.fromkeys(seen, sources["api_versions_seen"])
    table[newest] = sources["api_version"]
    return table


@dataclass(frozen=True)
class Refusal:
    """A status change the service refuses, with its answer. `message` may name {name}, {current}, {wanted} and
    {allowed} (the statuses of the row)."""
    current: str
    wanted: str
    status: int
    code: str
    message: str
    # after_accept: the write is answered as accepted; its operation then ends Failed with this code and message and
    # the connection stays as it was (PostgreSQL flexible servers, recorded)
    after_accept: bool = False

    def matches(self, current, wanted):
        return self.current in (ANY, current) and self.wanted in (ANY, wanted)


ONLY_PENDING_CHANGES = (
    Refusal('Approved', 'Rejected', 400, 'PrivateEndpointConnectionStatusNotPending', NOT_PENDING),
    Refusal('Rejected', 'Approved', 400, 'PrivateEndpointConnectionStatusNotPending', NOT_PENDING),
)
SQL_FAMILY_STATES = dict(
    settling_states=(("Approved", "Approving"), ("Rejected", "Rejecting"), (ANY, "Approving")),
    deleting_state='Dropping',
    succeeded_state='Ready',
)


@dataclass(frozen=True)
class WriteAnswer:
    """What a PUT (approve / reject) or DELETE answers.

    status: the HTTP status of the answer. settles: False when the change is done when answered; True when the
    connection shows a transitional provisioningState until the change settles. body: "connection" (the connection
    as it now reads), "state" (id and privateLinkServiceConnectionState only, as API Management echoes it),
    "queued" ({"status": "Enqueued"}, Cosmos DB), "settling" (the connection with the new status and the
    settling provisioningState, whatever a GET shows meanwhile, App Configuration), "wrapper" (the connection nested under `properties` of an
    operation object named <parent>/<connection>, provisioningState Accepted, Kusto), "disconnected" (the
    connection with status Disconnected, Search's DELETE) or "none". headers: which of Azure-AsyncOperation /
    Location the answer carries."""
    status: int
    settles: bool
    body: str = "connection"
    headers: tuple = ()


# Where a settling change's answer points (status_url: Azure-AsyncOperation, result_url: Location), unless the row
# follows Key Vault (kv_operation: both are the connection's own URL plus a kv-operation query parameter).
# Templates name {connection} (the connection's path), {name} (its name), {provider} (/subscriptions/S/
# resourceGroups/RG/providers/{namespace}), {location}, {id} (the operation's id), {change} (Update / Delete).
# The default is ARM's usual asynchronous-operation pattern (our inference where no recording shows the URLs).
GENERIC_STATUS_URL = "{provider}/locations/{location}/operationStatuses/{id}"
GENERIC_RESULT_URL = "{provider}/locations/{location}/operationResults/{id}"
# How a connection created from the consumer's side is named (connection_naming):
# "link": the consumer's link entry name, else the endpoint's name ("<name>.<guid>" when taken);
# "parent_guid": "<parent name>.<guid>"; "endpoint_guid": "<endpoint name>.<guid>";
# "endpoint_dash_guid": "<endpoint name>-<guid>"; "link_dash_guid": "<link entry name>-<guid>"; "endpoint": the
# endpoint's name; "guid": a bare guid; "connection_guid": "connection-<guid>".
NAMINGS = ("link", "parent_guid", "endpoint_guid", "endpoint_dash_guid", "link_dash_guid", "endpoint", "guid",
           "connection_guid")


@dataclass(frozen=True)
class Service:
    type: str                       # canonical ARM type of the parent resource
    key: str                        # snake_case name; also its api-version family
    label: str                      # used in messages
    api_versions: dict              # api-version -> where we know it from
    statuses: tuple                 # privateLinkServiceConnectionState.status values
    put: WriteAnswer
    delete: WriteAnswer
    group_ids: tuple                # the private link sub-resources endpoints target (first: the default)
    sources: dict                   # fact -> source, for every fact of the row
    connection_type: str = ""       # `type` written into connection bodies (default: {type}/privateEndpointConnections)
    actions_field: Optional[str] = "actionsRequired"   # or actionRequired, or None when the service has neither
    has_etag: bool = False          # connections carry an etag in their body (32 hex digits, new on every change)
    omits_unwritten_description: bool = False   # a connection never given a description has no description key
    body_location: bool = False     # connection bodies carry the parent's location
    listing: str = "collection"     # "collection": GET {parent}/privateEndpointConnections; "parent_only"
    list_paged: bool = True         # the list is paged with nextLink
    list_bare_array: bool = False   # the list is a bare JSON array, no {"value": ...} (IoT Hub)
    writable: bool = True           # False: connections can only be read (no PUT / DELETE operation)
    list_paged_since: str = ""      # paged only from this api-version on (Storage)
    list_null_next_link: bool = False   # the last page says "nextLink": null
    bare_list_items: bool = False   # list items carry only id and properties (recorded for Managed HSM)
    embeds_full_connections: bool = True   # parent GET embeds {id,name,type,properties}, else {id,etag,properties}
    missing_connection: int = 404   # GET of a missing connection: 404 PrivateEndpointConnectionNotFound or 204
    kv_operation: bool = False      # operation URLs as Key Vault's (above)
    status_url: str = GENERIC_STATUS_URL
    result_url: str = GENERIC_RESULT_URL
    write_method: str = "PUT"       # how an owner changes a connection (Batch: PATCH)
    # What a settling connection reads: "new" (the new status), "old" (the old status, provisioningState untouched:
    # a stale read that looks final), "old_settling" (the old status with the settling provisioningState).
    settling_view: str = "new"
    settling_states: tuple = ((ANY, "Updating"),)   # (wanted status, provisioningState while it settles)
    settling_statuses: tuple = ()   # (wanted status, transitional status shown meanwhile), e.g. Approving (Web)
    deleting_state: str = "Deleting"
    succeeded_state: str = "Succeeded"
    settled_states: tuple = ()      # (status, provisioningState once settled) where not succeeded_state (Web)
    shows_provisioning_state: bool = True   # False: bodies carry no provisioningState at all (Redis, Power BI)
    group_ids_field: Optional[str] = None   # "groupIds" (list) or "groupId" (string) in connection bodies
    name_in_body: str = "name"      # "name", or "parent/name" (Cognitive Services' `name` field)
    parent_busy_while_settling: bool = False   # the parent itself shows provisioningState Updating meanwhile
    refusals: tuple = ()            # Refusal, first match wins
    invalid_status: Refusal = Refusal(ANY, ANY, 400, "BadRequest",
                                      "Invalid value {wanted!r} for properties.privateLinkServiceConnectionState."
                                      "status; allowed values: {allowed}.")
    busy_code: str = "AnotherOperationInProgress"
    connection_naming: str = "endpoint_guid"
    auto_approval_description: Optional[str] = "Auto-Approved"
    realistic_seconds: dict = field(default_factory=dict)   # "update" / "delete" -> (low, high) seconds
    parent_top_level: tuple = ()    # extra top-level members of the parent body: (key, value), "{name}" etc. filled
    parent_properties: tuple = (("provisioningState", "Succeeded"),)   # parent properties before the connections
    names: tuple = ()               # what users may write besides the ARM type
    first_party: bool = True        # False: a customer's own Private Link service (private endpoints name no group id)

    @property
    def namespace(self):
        return self.type.split("/", 1)[0]

    @property
    def collection(self):
        return self.type.split("/", 1)[1]

    @property
    def api_family(self):
        return self.key

    @property
    def display_kind(self):
        return self.label

    @property
    def default_group_id(self):
        return self.group_ids[0] if self.group_ids else None

    @property
    def asynchronous(self):
        return self.put.settles or self.delete.settles

    def body_connection_type(self):
        return self.connection_type or f"{self.type}/privateEndpointConnections"

    def settling_state(self, wanted):
        return next(state for status, state in self.settling_states if status in (ANY, wanted))

    def settling_status(self, wanted):
        return next((shown for status, shown in self.settling_statuses if status in (ANY, wanted)), wanted)

    def settled_state(self, status):
        return next((state for each, state in self.settled_states if each in (ANY, status)), self.succeeded_state)

    def refusal(self, current, wanted):
        return next((refusal for refusal in self.refusals if refusal.matches(current, wanted)), None)

    def paged_list(self, api_version):
        return self.list_paged and (not self.list_paged_since or api_version >= self.list_paged_since)

"""The policy the role's tests apply to the large fleet, and an independent oracle of what it must do.

The oracle is written out by hand for this one policy (no globbing engine, no rule list), so that a bug in the
role's filter cannot hide behind the same bug in the expectation.
"""

import collections

from tests.emulator.fleets.large import OUR_SPOKES, SUBSCRIPTIONS

KEYVAULT = "Microsoft.KeyVault/vaults"
MHSM = "Microsoft.KeyVault/managedHSMs"
STORAGE = "Microsoft.Storage/storageAccounts"

RULES = [
    {"name": "dev-untouched", "match": {"resource_tags": {"env": "dev"}}, "action": "keep"},
    {"name": "spokes", "match": {"private_endpoint_subscription_id": list(OUR_SPOKES), "status": "Pending"},
     "action": "approve", "description": "Approved by ${rule} for ${private_endpoint_name}"},
    {"name": "foreign-on-vaults",
     "match": {"private_endpoint_subscription_id": "9*", "resource_type": ["keyvault", "managed_hsm"],
               "status": ["Pending", "Approved"]},
     "action": "reject", "description": "Rejected by ${rule}"},
    {"name": "disconnected-in-shared", "match": {"status": "Disconnected", "resource_group": "RG-SHA*"},
     "action": "remove"},
    # Storage never approves a Rejected connection again, so this rule exercises refusals (Key Vault / HSM accept
    # it: test_role_reapproval.py).
    {"name": "spoke-rejected-storage", "match": {"private_endpoint_subscription_id": list(OUR_SPOKES),
                                                 "status": "Rejected", "resource_type": "storage"},
     "action": "approve"},
]

# The types the test fleets hold. A scope naming them reads one list per type and subscription, the figures the
# tests and benchmarks assert; an omitted list means every type of the table (docs/types.md), which auto discovery
# reads with Resource Graph.
FLEET_TYPES = [KEYVAULT, MHSM, STORAGE]
SCOPE = {"pec_approval_subscriptions": list(SUBSCRIPTIONS), "pec_approval_resource_types": FLEET_TYPES}
CHANGES = ("approve", "reject", "remove")
DESTRUCTIVE = ("reject", "remove")


# What the policy must do to one connection; `final` is the status it leaves, None when removed.
Expected = collections.namedtuple("Expected", "rule action final")


def endpoint_subscription(connection):
    return connection["private_endpoint_id"].split("/")[2]


def expected_decision(resource, connection):
    """The Expected outcome for one connection."""
    status = connection["status"]
    subscription = endpoint_subscription(connection)
    if resource.get("tags", {}).get("env") == "dev":
        return Expected("dev-untouched", "none", status)
    if subscription in OUR_SPOKES and status == "Pending":
        return Expected("spokes", "approve", "Approved")
    if subscription.startswith("9") and resource["type"] in (KEYVAULT, MHSM) and status in ("Pending", "Approved"):
        return Expected("foreign-on-vaults", "reject", "Rejected")
    if status == "Disconnected" and resource["resource_group"].lower().startswith("rg-sha"):
        return Expected("disconnected-in-shared", "remove", None)
    if subscription in OUR_SPOKES and status == "Rejected" and resource["type"] == STORAGE:
        return Expected("spoke-rejected-storage", "refused", status)
    return Expected(None, "none", status)


def expectations(fleet):
    """{(resource name, endpoint id lower-cased): Expected} over the whole fleet."""
    return {(resource["name"], connection["private_endpoint_id"].lower()): expected_decision(resource, connection)
            for resource in fleet["resources"] for connection in resource["connections"]}


def changes_per_resource(fleet):
    """{resource name: number of writes the policy needs on it}."""
    counts = {}
    for resource in fleet["resources"]:
        for connection in resource["connections"]:
            if expected_decision(resource, connection).action in ("approve", "reject", "remove"):
                counts[resource["name"]] = counts.get(resource["name"], 0) + 1
    return counts


def action_counts(fleet):
    """Counter of the actions the policy takes over the fleet (approve, reject, remove, refused, none)."""
    return collections.Counter(expected.action for expected in expectations(fleet).values())

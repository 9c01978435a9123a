"""Fleets of any size for the benchmarks, built on tests/emulator/fleets/large.py, and the reads they cost.

large.build_fleet makes the parents and connections (three types, statuses cycled, endpoints from our spokes and
from foreign subscriptions); here they are spread over any number of subscriptions. The policy is the one the
role's tests use (tests/functional/role/policy.py), so the drift report has real decisions to make.
"""

import collections
import math

from tests.emulator.fleets.large import OUR_SPOKES, SUBSCRIPTIONS, build_fleet
from tests.functional.role import policy

TYPES = ("Microsoft.KeyVault/vaults", "Microsoft.KeyVault/managedHSMs", "Microsoft.Storage/storageAccounts")


def subscription_ids(count):
    """`count` subscription ids; the first two are the large fleet's own."""
    extra = ["%08x-0000-4000-8000-%012x" % (0xb0000000 + index, index) for index in range(max(count - 2, 0))]
    return list(SUBSCRIPTIONS[:count]) + extra


def spread_fleet(parents, connections, subscriptions):
    """A seed: `parents` parents (a third of each type), `connections` in all, round-robin over `subscriptions`."""
    per_type = max(parents // len(TYPES), 1)
    fleet = build_fleet(resources_per_type=per_type, connections_per_resource=max(connections // (per_type * 3), 0))
    ids = subscription_ids(subscriptions)
    for index, resource in enumerate(r for t in TYPES for r in fleet["resources"] if r["type"] == t):
        resource["subscription_id"] = ids[index % len(ids)]
    fleet["subscriptions"] = ids
    return fleet


def count_connections(fleet):
    return sum(len(resource["connections"]) for resource in fleet["resources"])


def list_pages(fleet, page_size):
    """One paged list per type and subscription: how many pages (an empty list is still one request)."""
    per_list = collections.Counter((r["subscription_id"], r["type"]) for r in fleet["resources"])
    return sum(max(math.ceil(per_list[(sub, kind)] / page_size), 1) for sub in fleet["subscriptions"] for kind in TYPES)


def drift_vars(fleet):
    """The role's variables for the drift report: every listed subscription, the tests' policy."""
    changes = policy.action_counts(fleet)
    return dict(pec_approval_subscriptions=list(fleet["subscriptions"]), pec_approval_resource_types=policy.FLEET_TYPES,
                pec_approval_rules=policy.RULES,
                pec_approval_max_destructive_changes=changes["reject"] + changes["remove"] + 1)


def bulk_fleet(vaults, changes_per_vault):
    """`vaults` Key Vaults in one subscription, each with `changes_per_vault` Pending connections from our spokes."""
    fleet = build_fleet(resources_per_type=vaults, connections_per_resource=0)
    fleet["resources"] = [r for r in fleet["resources"] if r["type"] == TYPES[0]]
    for number, resource in enumerate(fleet["resources"]):
        resource["subscription_id"] = SUBSCRIPTIONS[0]
        resource["tags"] = {"team": "bench", "env": "prod"}
        resource["connections"] = [{
            "private_endpoint_id": "/subscriptions/%s/resourceGroups/rg-spoke/providers/Microsoft.Network/"
                                   "privateEndpoints/pe-v%03d-c%03d" % (OUR_SPOKES[0], number, index),
            "status": "Pending"} for index in range(changes_per_vault)]
    fleet["subscriptions"] = [SUBSCRIPTIONS[0]]
    return fleet


BULK_RULES = [{"name": "approve-spokes", "match": {"status": "Pending"}, "action": "approve",
               "description": "Approved by the benchmark"}]

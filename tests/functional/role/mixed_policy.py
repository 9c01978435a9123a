"""The policy the role applies to the mixed fleet (tests/emulator/fleets/mixed.yml, twelve resource types), and an
oracle written out by hand for it, independent of the role's rule engine."""

import collections
import os

import yaml

from tests.emulator.launcher import REPO_ROOT

MIXED_FLEET = os.path.join(REPO_ROOT, "tests", "emulator", "fleets", "mixed.yml")
OUR_SPOKES = ("33333333-3333-3333-3333-333333333333", "55555555-5555-5555-5555-555555555555")

RULES = [
    {"name": "dev-untouched", "match": {"resource_tags": {"env": "dev"}}, "action": "keep"},
    {"name": "spokes", "match": {"private_endpoint_subscription_id": list(OUR_SPOKES), "status": "Pending"},
     "action": "approve", "description": "Approved by ${rule}"},
    {"name": "strangers", "match": {"private_endpoint_subscription_id": "9*", "status": "Pending"},
     "action": "reject", "description": "Rejected by ${rule}"},
    {"name": "disconnected", "match": {"status": "Disconnected"}, "action": "remove"},
]
ROLE_VARS = {"pec_approval_subscriptions": ["00000000-0000-0000-0000-000000000000"], "pec_approval_rules": RULES,
             "pec_approval_max_destructive_changes": 20}

Expected = collections.namedtuple("Expected", "action final")


def load_fleet():
    with open(MIXED_FLEET) as handle:
        return yaml.safe_load(handle)


def expected_decision(resource, connection):
    status, subscription = connection["status"], connection["private_endpoint_id"].split("/")[2]
    if resource.get("tags", {}).get("env") == "dev":
        return Expected("none", status)
    if subscription in OUR_SPOKES and status == "Pending":
        return Expected("approve", "Approved")
    if subscription.startswith("9") and status == "Pending":
        return Expected("reject", "Rejected")
    if status == "Disconnected":
        return Expected("remove", None)
    return Expected("none", status)


def expectations(fleet):
    """{(resource name, endpoint id lower-cased): Expected} over the fleet."""
    return {(resource["name"], connection["private_endpoint_id"].lower()): expected_decision(resource, connection)
            for resource in fleet["resources"] for connection in resource["connections"]}

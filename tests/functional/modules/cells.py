"""Run the engine in-process (the real SDKs over real HTTPS to the emulator) on cells: one parent resource per
cell, each with its own name, so that faults (path_regex on the parent's name) and request-log entries of one cell
never touch another and many cells share one emulator and run in parallel.

The modules call the same ``reconcile`` with their parsed options; the playbook tests cover that part.
"""

import contextlib
import os
import re

from ansible_collections.privatelink.azure.plugins.module_utils._reconcile import reconcile
from ansible_collections.privatelink.azure.plugins.module_utils._types import BY_KEY

SUBSCRIPTION = "00000000-0000-0000-0000-000000000000"
TENANT = "11111111-1111-1111-1111-111111111111"
SPOKE = "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-spoke/providers/" \
        "Microsoft.Network/privateEndpoints/"
RESOURCE_GROUP = "rg-cells"
PREFIX = {"keyvault": "kv", "mhsm": "hsm", "storage": "st"}
ACTIONS = {"approve": {"status": "Approved"}, "reject": {"status": "Rejected"}, "remove": {"state": "absent"}}
WRITES = ("PUT", "PATCH", "POST", "DELETE")


class Cell:
    """One parent resource with one Pending connection (unless ``connections`` say otherwise)."""

    def __init__(self, service_key, number, action="approve", connections=None):
        self.service = BY_KEY[service_key]
        self.action = action
        self.parent_name = "%s%04d" % (PREFIX[service_key], number)
        self.endpoint_id = SPOKE + "pe-" + self.parent_name
        self.connections = connections or [{"name": "pe-" + self.parent_name, "status": "Pending",
                                            "private_endpoint_id": self.endpoint_id}]

    @property
    def parent_regex(self):
        """Matches every ARM path of this parent and its connections, and nothing of any other cell."""
        return r"/%s(/|$)" % re.escape(self.parent_name)

    @property
    def connection_regex(self):
        return r"/%s/privateEndpointConnections/[^/]+$" % re.escape(self.parent_name)

    @property
    def list_regex(self):
        return r"/%s/privateEndpointConnections$" % re.escape(self.parent_name)

    def seed_resource(self):
        return {"type": self.service.parent_type, "resource_group": RESOURCE_GROUP, "name": self.parent_name,
                "location": "westeurope", "connections": [dict(c) for c in self.connections]}

    def params(self, **options):
        params = {"auth_source": "env", "resource_group": RESOURCE_GROUP, self.service.parent_option: self.parent_name,
                  "private_endpoint_id": self.endpoint_id, "wait_timeout": 30}
        params.update(ACTIONS[self.action])
        params.update(options)
        return params

    def run(self, check_mode=False, **options):
        return reconcile(self.service, self.params(**options), check_mode=check_mode)

    def log(self, emu):
        """This cell's ARM requests, in order."""
        pattern = re.compile(self.parent_regex, re.IGNORECASE)
        return [entry for entry in emu.control.requests(kind="arm") if pattern.search(entry["path"])]

    def writes(self, emu):
        return [entry for entry in self.log(emu) if entry["method"] in WRITES]

    def state(self, emu):
        """The cell's connections as the emulator holds them now (control API, not logged)."""
        for resource in emu.control.state()["resources"]:
            if resource["name"] == self.parent_name:
                return resource.get("connections") or []
        return None


def fleet(cells):
    """A seed with every cell's parent resource."""
    return {"subscription_id": SUBSCRIPTION, "tenant_id": TENANT,
            "principals": [{"client_id": "22222222-2222-2222-2222-222222222222", "client_secret": "cells-secret"}],
            "resources": [cell.seed_resource() for cell in cells]}


def wire_connection(cell, connection, **changes):
    """A connection's ARM JSON as the service would send it, from the emulator's state (for canned answers)."""
    state = {"status": connection["status"], "description": connection.get("description") or ""}
    state[cell.service.actions_field] = connection.get("actions_required") or "None"
    properties = {"privateEndpoint": {"id": connection["private_endpoint_id"]},
                  "provisioningState": connection.get("provisioning_state") or "Succeeded",
                  "privateLinkServiceConnectionState": state}
    body = {"id": "/subscriptions/%s/resourceGroups/%s/providers/%s/%s/privateEndpointConnections/%s" % (
        SUBSCRIPTION, RESOURCE_GROUP, cell.service.parent_type, cell.parent_name, connection["name"]),
        "name": connection["name"], "properties": properties}
    if connection.get("etag"):
        body["etag"] = connection["etag"]
    for key, value in changes.items():
        if key in ("status", "description"):
            state[key] = value
        elif key == "provisioning_state":
            properties["provisioningState"] = value
        else:
            body[key] = value
    return body


def gaps(entries):
    times = [entry["time"] for entry in entries]
    return [later - earlier for earlier, later in zip(times, times[1:])]


@contextlib.contextmanager
def module_environment(emu):
    """The environment the modules read their auth from, pointed at ``emu`` for in-process runs; restored after."""
    saved = dict(os.environ)
    os.environ.update(emu.module_env())
    os.environ["AZURE_SUBSCRIPTION_ID"] = SUBSCRIPTION
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)

"""Turn a spec example into emulator state plus the request it documents, and compare answer shapes.

An example names its resources through its `parameters`; the emulator is loaded with exactly those (a parent
with the example's connection(s)), then the operation's method and path template are filled in from the same
parameters. Placeholders such as `{subscription-id}` are not valid names, so they get stand-in values.
The request carries the example's own api-version parameter (one Storage 2021-06-01 example still names
2020-08-01-preview, which real Azure serves), or the folder's version when the example names none.
"""

import copy
import re
import uuid
from dataclasses import dataclass

from . import fleet

PLACEHOLDER = re.compile(r"^\{.*\}$")
PARENT_NAME_PARAMETERS = ("vaultName", "name", "accountName")
CONNECTION_NAME_PARAMETER = "privateEndpointConnectionName"
REPLAY_CONNECTION = "pe-replay"
# Parent bodies carry many properties the emulator does not model (SKUs, access policies, endpoints ...);
# the keys compared are the ones it does.
PARENT_MODELED_KEYS = {"id", "name", "type", "location", "tags", "properties"}


@dataclass
class Scenario:
    example: object
    parameters: dict            # the example's parameters, placeholders replaced
    connections: list           # seed connections loaded on the parent

    @classmethod
    def from_example(cls, example):
        parameters = {key: _stand_in(key, value, example.parameters) for key, value in example.parameters.items()}
        return cls(example, parameters, _connections_for(example, parameters))

    @property
    def operation(self):
        return self.example.operation

    @property
    def api_version(self):
        return self.example.parameters.get("api-version") or self.operation.api_version

    @property
    def parent_name(self):
        return next(self.parameters[p] for p in PARENT_NAME_PARAMETERS if p in self.parameters)

    @property
    def connection_name(self):
        return self.parameters.get(CONNECTION_NAME_PARAMETER)

    @property
    def path(self):
        path = self.operation.path_template
        for name in self.operation.path_parameters:
            path = path.replace("{" + name + "}", self.parameters[name])
        return path

    @property
    def parent_path(self):
        return self.path.split("/privateEndpointConnections")[0]

    @property
    def body(self):
        name = self.operation.body_parameter
        return copy.deepcopy(self.example.parameters[name]) if name else None

    def seed(self, base_seed):
        """The base seed (its principals keep our token valid) with only this example's parent in it."""
        seed = copy.deepcopy(base_seed)
        seed["resources"] = [{
            "type": self.operation.parent_type,
            "subscription_id": self.parameters["subscriptionId"],
            "resource_group": self.parameters["resourceGroupName"],
            "name": self.parent_name,
            "location": self.parent_body.get("location", "westus"),
            "tags": self.parent_body.get("tags", {}),
            "connections": self.connections,
        }]
        return seed

    @property
    def parent_body(self):
        """The example's answer to a parent GET ({} for connection operations)."""
        if not self.operation.is_parent_get:
            return {}
        return self.example.responses["200"]["body"]

    def expected_status_of(self, name):
        if self.operation.method == "PUT":
            return self.body["properties"]["privateLinkServiceConnectionState"]["status"]
        return next(c["status"] for c in self.connections if c["name"] == name)

    def expected_provisioning_state(self):
        # Real traffic beats the spec: a Key Vault / HSM PUT answers Updating, not the example's Succeeded.
        if self.operation.method == "PUT" and self.operation.service == "keyvault":
            return "Updating"
        return "Succeeded"


def _stand_in(key, value, parameters):
    if not isinstance(value, str) or not PLACEHOLDER.match(value):
        return value
    if key == "subscriptionId":
        return fleet.SUBSCRIPTION
    if key == CONNECTION_NAME_PARAMETER:
        # Storage names connections `<account>.<guid>`.
        return f"{parameters.get('accountName', 'replay')}.5e1f0c3a-0000-4000-8000-000000000001"
    raise ValueError(f"no stand-in for placeholder parameter {key}={value}")


def _connections_for(example, parameters):
    operation = example.operation
    if operation.is_parent_get:
        return [_seed_connection(REPLAY_CONNECTION, "Approved", None)]
    ok_body = example.responses.get("200", {}).get("body") or {}
    if "value" in ok_body:  # a list: one connection per distinct example item
        connections = {}
        for index, item in enumerate(ok_body["value"]):
            name = item.get("name", "")
            if PLACEHOLDER.match(name):
                name = f"{parameters['accountName']}.5e1f0c3a-0000-4000-8000-00000000010{index}"
            connections.setdefault(name, _seed_connection(name, _status_in(item, "Approved"), item))
        return list(connections.values())
    name = parameters[CONNECTION_NAME_PARAMETER]
    if operation.method == "PUT":
        # Every example approves; from Pending that is a valid change on every service.
        return [_seed_connection(name, "Pending", ok_body)]
    return [_seed_connection(name, _status_in(ok_body, "Approved"), ok_body)]


def _status_in(body, default):
    return body.get("properties", {}).get("privateLinkServiceConnectionState", {}).get("status", default)


def _seed_connection(name, status, body):
    """The connection the example shows, as written by its owner: its etag (opaque, as given) and description."""
    endpoint = (body or {}).get("properties", {}).get("privateEndpoint", {}).get("id", "")
    if not endpoint or "{" in endpoint:
        endpoint = fleet.endpoint_id(f"pe-for-{name}")
    state = (body or {}).get("properties", {}).get("privateLinkServiceConnectionState", {})
    connection = {"name": name, "status": status, "private_endpoint_id": endpoint,
                  "description": state.get("description") or ""}
    if "etag" in (body or {}):   # some examples show an empty etag: the connection was written, give it one
        connection["etag"] = body["etag"] or uuid.uuid4().hex
    return connection


def missing_keys(expected, actual, path=""):
    """Key paths present in `expected` (an example body) but absent from `actual`, recursively.

    A null in the example marks an optional key (`"nextLink": null`); list items are compared with the first
    item of the example's list.
    """
    missing = []
    if isinstance(expected, dict):
        if not isinstance(actual, dict):
            return [f"{path or '<body>'} (not an object)"]
        for key, value in expected.items():
            if value is None:
                continue
            if key not in actual:
                missing.append(f"{path}{key}")
            else:
                missing.extend(missing_keys(value, actual[key], f"{path}{key}."))
    elif isinstance(expected, list) and expected:
        if not isinstance(actual, list) or not actual:
            return [f"{path.rstrip('.')} (empty or not a list)"]
        for index, item in enumerate(actual):
            missing.extend(missing_keys(expected[0], item, f"{path.rstrip('.')}[{index}]."))
    return missing


def parent_projection(body):
    """An example's parent body cut down to the keys the emulator models (`properties`: its presence only)."""
    projected = {key: body[key] for key in PARENT_MODELED_KEYS if key in body}
    if "properties" in projected:
        projected["properties"] = {}
    return projected

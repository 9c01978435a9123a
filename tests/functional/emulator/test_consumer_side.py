"""The consumer's side: creating a private endpoint makes a connection appear on the target resource;
removing the connection leaves the endpoint Disconnected."""

import time

import pytest

from . import fleet
from .arm import ARM_SCOPE, Arm, error_of
from .conftest import make_credential
from .pec import connection_status, state_change

NETWORK_API = "2023-09-01"
SUBNET = (f"/subscriptions/{fleet.SPOKE_SUBSCRIPTION}/resourceGroups/rg-spoke/providers/Microsoft.Network"
          "/virtualNetworks/vnet-spoke/subnets/endpoints")
TARGETS = {
    "vault": (fleet.KEYVAULT, fleet.VAULT, "vault"),
    "hsm": (fleet.MHSM, fleet.HSM, "managedhsm"),
    "storage": (fleet.STORAGE, fleet.ACCOUNT, "blob"),
}


def create_endpoint(arm, name, target, manual):
    parent_type, parent, group_id = TARGETS[target]
    link = {"name": name, "properties": {
        "privateLinkServiceId": fleet.parent_id(parent_type, fleet.RG, parent), "groupIds": [group_id]}}
    if manual:
        link["properties"]["requestMessage"] = "please approve"
    links = "manualPrivateLinkServiceConnections" if manual else "privateLinkServiceConnections"
    response = arm.put(fleet.endpoint_id(name), NETWORK_API, body={
        "location": "westeurope", "properties": {"subnet": {"id": SUBNET}, links: [link]}})
    assert response.status_code in (200, 201), response.text[:300]
    return response.json()


def list_connections(keyvault, storage, target):
    parent = TARGETS[target][1]
    if target == "vault":
        return list(keyvault.private_endpoint_connections.list_by_resource(fleet.RG, parent))
    if target == "hsm":
        return list(keyvault.mhsm_private_endpoint_connections.list_by_resource(fleet.RG, parent))
    return list(storage.private_endpoint_connections.list(fleet.RG, parent))


def connection_of(keyvault, storage, target, endpoint_name, timeout=5.0):
    """The connection the endpoint created on the target, waiting for the endpoint's creation to finish."""
    wanted = fleet.endpoint_id(endpoint_name).lower()
    deadline = time.monotonic() + timeout
    while True:
        for connection in list_connections(keyvault, storage, target):
            if connection.properties.private_endpoint.id.lower() == wanted:
                return connection
        if time.monotonic() > deadline:
            raise AssertionError(f"no connection from {endpoint_name} on the {target}")
        time.sleep(0.1)


@pytest.mark.parametrize("target", TARGETS)
def test_manual_request_appears_pending(keyvault, storage, arm, target):
    create_endpoint(arm, f"pe-new-{target}", target, manual=True)

    connection = connection_of(keyvault, storage, target, f"pe-new-{target}")

    assert connection_status(connection) == "Pending"
    if target == "storage":
        assert connection.name.startswith(f"{fleet.ACCOUNT}.")  # Storage generates `<account>.<guid>`


@pytest.mark.parametrize("target", TARGETS)
def test_automatic_request_with_rights_appears_approved(keyvault, storage, arm, target):
    create_endpoint(arm, f"pe-auto-{target}", target, manual=False)

    assert connection_status(connection_of(keyvault, storage, target, f"pe-auto-{target}")) == "Approved"


def test_removing_the_connection_leaves_the_endpoint_disconnected(keyvault, arm):
    create_endpoint(arm, "pe-goes-away", "vault", manual=True)
    connection = connection_of(keyvault, None, "vault", "pe-goes-away")

    keyvault.private_endpoint_connections.begin_delete(
        fleet.RG, fleet.VAULT, connection.name, polling_interval=0.1).result(timeout=15)

    endpoint = arm.get(fleet.endpoint_id("pe-goes-away"), NETWORK_API).json()
    link = endpoint["properties"]["manualPrivateLinkServiceConnections"][0]
    assert link["properties"]["privateLinkServiceConnectionState"]["status"] == "Disconnected"


def test_removing_a_storage_connection_leaves_the_endpoint_disconnected(storage, arm):
    create_endpoint(arm, "pe-blob-goes-away", "storage", manual=False)
    connection = connection_of(None, storage, "storage", "pe-blob-goes-away")

    storage.private_endpoint_connections.delete(fleet.RG, fleet.ACCOUNT, connection.name)

    endpoint = arm.get(fleet.endpoint_id("pe-blob-goes-away"), NETWORK_API).json()
    link = endpoint["properties"]["privateLinkServiceConnections"][0]
    assert link["properties"]["privateLinkServiceConnectionState"]["status"] == "Disconnected"


def test_approval_by_the_owner_shows_on_the_endpoint(keyvault, arm):
    create_endpoint(arm, "pe-waiting", "vault", manual=True)
    connection = connection_of(keyvault, None, "vault", "pe-waiting")

    keyvault.private_endpoint_connections.put(fleet.RG, fleet.VAULT, connection.name, state_change("Approved", "ok"))

    endpoint = arm.get(fleet.endpoint_id("pe-waiting"), NETWORK_API).json()
    state = endpoint["properties"]["manualPrivateLinkServiceConnections"][0]["properties"][
        "privateLinkServiceConnectionState"]
    assert (state["status"], state["description"]) == ("Approved", "ok")


def test_deleting_the_endpoint_removes_its_connection(keyvault, arm):
    create_endpoint(arm, "pe-short-lived", "vault", manual=True)
    connection_of(keyvault, None, "vault", "pe-short-lived")

    response = arm.delete(fleet.endpoint_id("pe-short-lived"), NETWORK_API)

    assert response.status_code in (200, 202, 204)
    deadline = time.monotonic() + 5
    while any(c.properties.private_endpoint.id.lower() == fleet.endpoint_id("pe-short-lived").lower()
              for c in list_connections(keyvault, None, "vault")):
        assert time.monotonic() < deadline, "the connection outlived its private endpoint"
        time.sleep(0.1)


def test_automatic_request_without_rights_is_never_approved(emu, keyvault):
    """AZURE_BEHAVIOUR.md: Approved at once only if the requester has rights on the resource. Without them Azure
    files the request as a manual one (Pending) or refuses it (403 LinkedAuthorizationFailed)."""
    denied = make_credential(emu, fleet.DENIED_CLIENT_ID, fleet.DENIED_CLIENT_SECRET)
    as_denied = Arm(emu.arm_url, emu.ca_file, lambda: denied.get_token(ARM_SCOPE).token)
    link = {"name": "pe-sneaky", "properties": {
        "privateLinkServiceId": fleet.parent_id(fleet.KEYVAULT, fleet.RG, fleet.LOCKED_VAULT), "groupIds": ["vault"]}}

    response = as_denied.put(fleet.endpoint_id("pe-sneaky"), NETWORK_API, body={
        "location": "westeurope", "properties": {"subnet": {"id": SUBNET}, "privateLinkServiceConnections": [link]}})

    created = [c for c in keyvault.private_endpoint_connections.list_by_resource(fleet.RG, fleet.LOCKED_VAULT)
               if c.properties.private_endpoint.id.lower() == fleet.endpoint_id("pe-sneaky").lower()]
    if response.status_code == 403:
        assert error_of(response)[0] == "LinkedAuthorizationFailed" and created == []
    else:
        assert response.status_code in (200, 201), response.text[:300]
        assert [connection_status(c) for c in created] == ["Pending"]


def test_a_link_to_a_first_party_resource_names_one_group_id(arm, storage):
    link = {"name": "pe-two-groups", "properties": {
        "privateLinkServiceId": fleet.parent_id(fleet.STORAGE, fleet.RG, fleet.ACCOUNT), "groupIds": ["blob", "file"]}}
    before = len(list_connections(None, storage, "storage"))

    response = arm.put(fleet.endpoint_id("pe-two-groups"), NETWORK_API, body={
        "location": "westeurope", "properties": {"subnet": {"id": SUBNET}, "privateLinkServiceConnections": [link]}})

    assert response.status_code == 400
    code, message = error_of(response)
    assert code == "OnlyOneGroupIdPermitted" and "blob, file" in message
    assert len(list_connections(None, storage, "storage")) == before

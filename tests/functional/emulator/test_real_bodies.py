"""Bodies as recorded real traffic shows them (AZURE_BEHAVIOUR.md "Details of real bodies"), where the spec
examples differ: etags, never-written connections, location, Managed HSM list items, names of connections created
from the consumer's side, auto-approval descriptions, the CLI's look-up by name, nextLink null."""

import re
import time

from . import fleet
from .conftest import LRO_SECONDS
from .pec import state_change

API = "2023-07-01"
NETWORK_API = "2024-05-01"
HEX32 = re.compile(r"^[0-9a-f]{32}$")
VAULT = fleet.parent_id(fleet.KEYVAULT, fleet.RG, fleet.VAULT)
HSM = fleet.parent_id(fleet.MHSM, fleet.RG, fleet.HSM)
ACCOUNT = fleet.parent_id(fleet.STORAGE, fleet.RG, fleet.ACCOUNT)


def test_a_written_key_vault_connection_has_a_32_hex_etag_and_location(arm):
    answer = arm.put(f"{VAULT}/privateEndpointConnections/pe-pending", API, state_change("Approved", "ok")).json()

    assert HEX32.match(answer["etag"])
    assert answer["location"] == "westeurope"
    assert answer["properties"]["privateLinkServiceConnectionState"]["description"] == "ok"


def test_a_connection_never_written_has_no_etag_and_no_description(arm, emu, seed):
    seeded = dict(seed, resources=[dict(r, connections=[
        {"name": "pe-fresh", "private_endpoint_id": fleet.endpoint_id("pe-fresh"), "status": "Pending"}])
        for r in seed["resources"] if r["name"] == fleet.VAULT])
    emu.control.load_state(seeded)

    body = arm.get(f"{VAULT}/privateEndpointConnections/pe-fresh", API).json()

    assert "etag" not in body
    assert "description" not in body["properties"]["privateLinkServiceConnectionState"]


def test_managed_hsm_list_items_carry_only_id_and_properties(arm):
    listed = arm.get(f"{HSM}/privateEndpointConnections", API).json()

    assert listed["value"] and all(set(item) == {"id", "properties"} for item in listed["value"])
    assert listed["nextLink"] is None


def test_key_vault_list_ends_with_next_link_null_and_storage_without(arm):
    assert arm.get(f"{VAULT}/privateEndpointConnections", API).json()["nextLink"] is None
    assert "nextLink" not in arm.get(f"{ACCOUNT}/privateEndpointConnections", "2023-05-01").json()


def _endpoint(name, target, link_name, manual=False, message=""):
    field = "manualPrivateLinkServiceConnections" if manual else "privateLinkServiceConnections"
    return {"location": "westeurope", "properties": {field: [
        {"name": link_name, "properties": {"privateLinkServiceId": target, "requestMessage": message}}]}}


def test_connections_created_from_the_consumer_side_are_named_and_described_as_recorded(arm, emu):
    endpoints = f"/subscriptions/{fleet.SPOKE_SUBSCRIPTION}/resourceGroups/rg-spoke/providers/" \
                "Microsoft.Network/privateEndpoints"
    arm.put(f"{endpoints}/pe-consumer", NETWORK_API, _endpoint("pe-consumer", VAULT, "link-to-kv"))
    arm.put(f"{endpoints}/pe-manual", NETWORK_API,
            _endpoint("pe-manual", VAULT, "manual-link", manual=True, message="please approve"))
    arm.put(f"{endpoints}/pe-blob-new", NETWORK_API, _endpoint("pe-blob-new", ACCOUNT, "link-to-blob"))

    auto = arm.get(f"{VAULT}/privateEndpointConnections/link-to-kv", API).json()
    assert auto["properties"]["privateLinkServiceConnectionState"]["status"] == "Approved"
    assert "description" not in auto["properties"]["privateLinkServiceConnectionState"]
    manual = arm.get(f"{VAULT}/privateEndpointConnections/manual-link", API).json()
    assert manual["properties"]["privateLinkServiceConnectionState"]["description"] == "please approve"
    storage = [item for item in arm.get(f"{ACCOUNT}/privateEndpointConnections", "2023-05-01").json()["value"]
               if item["properties"]["privateEndpoint"]["id"].endswith("/pe-blob-new")]
    assert storage[0]["name"].startswith(f"{fleet.ACCOUNT}.")
    assert storage[0]["properties"]["privateLinkServiceConnectionState"]["description"] == "Auto-Approved"


def test_the_cli_finds_a_vault_by_type_and_name(arm):
    query = f"resourceType eq 'Microsoft.KeyVault/vaults' and name eq '{fleet.VAULT.upper()}'"
    answer = arm.get_url(arm.base_url + f"/subscriptions/{fleet.SUBSCRIPTION}/resources",
                         params={"api-version": "2021-04-01", "$filter": query}, headers=arm.auth_header())

    assert answer.status_code == 200
    assert [item["id"] for item in answer.json()["value"]] == [VAULT]


def test_a_key_vault_delete_location_carries_kv_operation(arm):
    deleting = arm.delete(f"{VAULT}/privateEndpointConnections/pe-approved", API)

    assert deleting.status_code == 202
    assert "kv-operation=" in deleting.headers["Location"]
    assert deleting.headers["Location"].split("?")[0].endswith("/privateEndpointConnections/pe-approved")


def test_a_private_endpoint_put_is_long_running(arm, emu):
    endpoints = f"/subscriptions/{fleet.SPOKE_SUBSCRIPTION}/resourceGroups/rg-spoke/providers/" \
                "Microsoft.Network/privateEndpoints"

    created = arm.put(f"{endpoints}/pe-slow", NETWORK_API, _endpoint("pe-slow", VAULT, "link-slow"))

    assert created.status_code == 201
    assert created.json()["properties"]["provisioningState"] == "Updating"
    operation = created.headers["Azure-AsyncOperation"]
    assert "/providers/Microsoft.Network/locations/westeurope/operations/" in operation
    assert arm.get_url(operation, headers=arm.auth_header()).json() == {"status": "InProgress"}
    time.sleep(LRO_SECONDS + 0.2)
    assert arm.get_url(operation, headers=arm.auth_header()).json() == {"status": "Succeeded"}
    assert arm.get(f"{endpoints}/pe-slow", NETWORK_API).json()["properties"]["provisioningState"] == "Succeeded"

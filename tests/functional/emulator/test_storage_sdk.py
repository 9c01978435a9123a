"""Storage accounts through azure-mgmt-storage: synchronous writes, no etag, `actionRequired`."""

import pytest
from azure.core.exceptions import HttpResponseError, ResourceNotFoundError
from azure.mgmt.storage import StorageManagementClient

from . import fleet
from .conftest import sdk_options
from .pec import connection_status, error_details, state_change

RG, ACCOUNT = fleet.RG, fleet.ACCOUNT
MANY_NAMES = sorted(f"{fleet.MANY_ACCOUNT}.0d1a6f2e-0000-4000-8000-00000000010{i}" for i in range(fleet.MANY))


def test_list_returns_every_connection_of_the_account(storage):
    connections = list(storage.private_endpoint_connections.list(RG, ACCOUNT))

    assert {c.name: connection_status(c) for c in connections} == {
        fleet.ST_PENDING: "Pending", fleet.ST_APPROVED: "Approved", fleet.ST_REJECTED: "Rejected",
    }


def test_list_follows_next_link_in_2026_09_01(emu, storage):
    emu.control.settings(page_size=3)

    connections = list(storage.private_endpoint_connections.list(fleet.RG_MANY, fleet.MANY_ACCOUNT))

    assert sorted(c.name for c in connections) == MANY_NAMES
    pages = [r for r in emu.control.requests(kind="arm") if r["path"].endswith("/privateEndpointConnections")]
    assert [p["api_version"] for p in pages] == ["2026-09-01"] * 3


def test_list_is_one_page_before_2026_09_01(emu, arm):
    emu.control.settings(page_size=3)
    path = fleet.parent_id(fleet.STORAGE, fleet.RG_MANY, fleet.MANY_ACCOUNT) + "/privateEndpointConnections"

    body = arm.get(path, "2023-05-01").json()

    assert sorted(c["name"] for c in body["value"]) == MANY_NAMES
    assert not body.get("nextLink")


def test_get_reads_one_connection_without_etag(storage, arm):
    connection = storage.private_endpoint_connections.get(RG, ACCOUNT, fleet.ST_APPROVED)
    raw = arm.get(fleet.connection_id(fleet.STORAGE, RG, ACCOUNT, fleet.ST_APPROVED), "2023-05-01").json()

    assert connection.id.lower() == fleet.connection_id(fleet.STORAGE, RG, ACCOUNT, fleet.ST_APPROVED).lower()
    assert connection.properties.private_endpoint.id == fleet.endpoint_id("pe-blob-approved")
    assert connection.properties.provisioning_state == "Succeeded"
    assert connection_status(connection) == "Approved"
    assert "etag" not in raw
    assert "actionRequired" in raw["properties"]["privateLinkServiceConnectionState"]
    assert "actionsRequired" not in raw["properties"]["privateLinkServiceConnectionState"]


def test_get_of_a_missing_connection_is_404(storage):
    with pytest.raises(ResourceNotFoundError) as raised:
        storage.private_endpoint_connections.get(RG, ACCOUNT, f"{ACCOUNT}.nobody")

    status, code, request_id = error_details(raised)
    assert status == 404 and code and request_id


def test_approve_is_synchronous(emu, storage):
    answered = storage.private_endpoint_connections.put(RG, ACCOUNT, fleet.ST_PENDING, state_change("Approved", "ok"))

    assert answered.properties.provisioning_state == "Succeeded"
    assert connection_status(answered) == "Approved"
    assert connection_status(storage.private_endpoint_connections.get(RG, ACCOUNT, fleet.ST_PENDING)) == "Approved"
    assert [(w["method"], w["status"]) for w in emu.control.writes()] == [("PUT", 200)]


def test_reject_a_pending_connection(storage):
    answered = storage.private_endpoint_connections.put(RG, ACCOUNT, fleet.ST_PENDING, state_change("Rejected"))

    assert (answered.properties.provisioning_state, connection_status(answered)) == ("Succeeded", "Rejected")


def test_approved_can_be_rejected(storage):
    answered = storage.private_endpoint_connections.put(RG, ACCOUNT, fleet.ST_APPROVED, state_change("Rejected"))

    assert (answered.properties.provisioning_state, connection_status(answered)) == ("Succeeded", "Rejected")


def test_re_approving_an_approved_connection_is_400(storage):
    with pytest.raises(HttpResponseError) as raised:
        storage.private_endpoint_connections.put(RG, ACCOUNT, fleet.ST_APPROVED, state_change("Approved"))

    status, code, request_id = error_details(raised)
    assert (status, code) == (400, "InvalidValuesForRequestParameters")
    assert "privateLinkServiceConnectionState.status" in raised.value.error.message
    assert request_id


def test_rejected_cannot_be_approved_again(storage):
    with pytest.raises(HttpResponseError) as raised:
        storage.private_endpoint_connections.put(RG, ACCOUNT, fleet.ST_REJECTED, state_change("Approved"))

    assert error_details(raised)[:2] == (400, "InvalidValuesForRequestParameters")


def test_delete_is_synchronous(emu, storage):
    storage.private_endpoint_connections.delete(RG, ACCOUNT, fleet.ST_APPROVED)

    with pytest.raises(ResourceNotFoundError):
        storage.private_endpoint_connections.get(RG, ACCOUNT, fleet.ST_APPROVED)
    assert [(w["method"], w["status"] in (200, 204)) for w in emu.control.writes()] == [("DELETE", True)]


def test_missing_account_is_404(storage):
    with pytest.raises(ResourceNotFoundError) as raised:
        list(storage.private_endpoint_connections.list(RG, "stdoesnotexist"))

    assert error_details(raised)[:2] == (404, "ResourceNotFound")


def test_unsupported_api_version_is_400(emu, credential):
    client = StorageManagementClient(credential, fleet.SUBSCRIPTION, **sdk_options(emu, api_version="2099-01-01"))

    with pytest.raises(HttpResponseError) as raised:
        client.private_endpoint_connections.get(RG, ACCOUNT, fleet.ST_APPROVED)

    assert error_details(raised)[:2] == (400, "InvalidApiVersionParameter")


def test_account_get_and_lists_embed_full_connections(storage, arm):
    account = storage.storage_accounts.get_properties(RG, ACCOUNT)
    by_group = {a.name: a for a in storage.storage_accounts.list_by_resource_group(RG)}
    by_subscription = {a.name: a for a in storage.storage_accounts.list()}
    raw = arm.get(fleet.parent_id(fleet.STORAGE, RG, ACCOUNT), "2023-05-01").json()

    assert set(by_group) == {ACCOUNT} and set(by_subscription) == {ACCOUNT, fleet.MANY_ACCOUNT}
    for read in (account, by_group[ACCOUNT], by_subscription[ACCOUNT]):
        assert sorted(c.name for c in read.properties.private_endpoint_connections) == sorted(
            [fleet.ST_PENDING, fleet.ST_APPROVED, fleet.ST_REJECTED])
    for item in raw["properties"]["privateEndpointConnections"]:
        assert set(item) == {"id", "name", "type", "properties"}

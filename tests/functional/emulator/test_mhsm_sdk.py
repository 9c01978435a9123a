"""Managed HSMs through azure-mgmt-keyvault's mhsm_* operation groups."""

import pytest
from azure.core.exceptions import HttpResponseError, ResourceNotFoundError

from . import fleet
from .conftest import LRO_SECONDS
from .pec import connection_status, error_details, state_change, wait_until_succeeded

RG, HSM = fleet.RG, fleet.HSM


def test_list_returns_every_connection_of_the_hsm(keyvault):
    connections = list(keyvault.mhsm_private_endpoint_connections.list_by_resource(RG, HSM))

    # Recorded traffic: HSM list items carry only id and properties, so the name comes from the id.
    assert {c.id.rsplit("/", 1)[-1]: connection_status(c) for c in connections} == {
        "pe-hsm-pending": "Pending", "pe-hsm-approved": "Approved", "pe-hsm-rejected": "Rejected",
    }
    assert {c.name for c in connections} == {None}


def test_list_follows_next_link_across_pages(emu, keyvault):
    emu.control.settings(page_size=2)

    connections = list(keyvault.mhsm_private_endpoint_connections.list_by_resource(fleet.RG_MANY, fleet.MANY_HSM))

    assert sorted(c.id.rsplit("/", 1)[-1] for c in connections) == [f"pe-hsm-many-{i}" for i in range(fleet.MANY)]
    pages = [r for r in emu.control.requests(kind="arm") if r["path"].endswith("/privateEndpointConnections")]
    assert len(pages) == 4  # 2 + 2 + 2 + 1


def test_get_reads_one_connection(keyvault):
    connection = keyvault.mhsm_private_endpoint_connections.get(RG, HSM, "pe-hsm-approved")

    assert connection.id.lower() == fleet.connection_id(fleet.MHSM, RG, HSM, "pe-hsm-approved").lower()
    assert connection.properties.private_endpoint.id == fleet.endpoint_id("pe-hsm-approved")
    assert connection_status(connection) == "Approved"
    assert connection.etag


def test_get_of_a_missing_connection_is_an_error(keyvault):
    with pytest.raises(ResourceNotFoundError) as raised:
        keyvault.mhsm_private_endpoint_connections.get(RG, HSM, "pe-nobody")

    status, code, request_id = error_details(raised)
    assert status == 404 and code and request_id


def test_approve_answers_updating_with_a_new_etag_then_settles(keyvault):
    before = keyvault.mhsm_private_endpoint_connections.get(RG, HSM, "pe-hsm-pending")

    answered = keyvault.mhsm_private_endpoint_connections.put(RG, HSM, "pe-hsm-pending", state_change("Approved"))

    assert answered.properties.provisioning_state == "Updating"
    assert connection_status(answered) == "Approved"
    assert answered.etag != before.etag
    settled = wait_until_succeeded(lambda: keyvault.mhsm_private_endpoint_connections.get(RG, HSM, "pe-hsm-pending"))
    assert connection_status(settled) == "Approved"
    assert settled.etag != answered.etag


def test_reject_a_pending_connection(keyvault):
    keyvault.mhsm_private_endpoint_connections.put(RG, HSM, "pe-hsm-pending", state_change("Rejected"))

    settled = wait_until_succeeded(lambda: keyvault.mhsm_private_endpoint_connections.get(RG, HSM, "pe-hsm-pending"))
    assert connection_status(settled) == "Rejected"


def test_re_approving_an_approved_connection_starts_another_update(keyvault):
    answered = keyvault.mhsm_private_endpoint_connections.put(RG, HSM, "pe-hsm-approved", state_change("Approved"))

    assert answered.properties.provisioning_state == "Updating"


def test_rejected_can_be_approved_again(keyvault):
    # Our inference: no recording for Managed HSM; same resource provider as vaults, so the vault behaviour.
    answered = keyvault.mhsm_private_endpoint_connections.put(RG, HSM, "pe-hsm-rejected", state_change("Approved"))

    assert (answered.properties.provisioning_state, connection_status(answered)) == ("Updating", "Approved")
    settled = wait_until_succeeded(lambda: keyvault.mhsm_private_endpoint_connections.get(RG, HSM, "pe-hsm-rejected"))
    assert connection_status(settled) == "Approved"


def test_second_change_on_the_hsm_while_updating_is_409(emu, keyvault):
    emu.control.settings(lro_seconds=5)
    keyvault.mhsm_private_endpoint_connections.put(RG, HSM, "pe-hsm-pending", state_change("Approved"))

    with pytest.raises(HttpResponseError) as raised:
        keyvault.mhsm_private_endpoint_connections.put(RG, HSM, "pe-hsm-approved", state_change("Rejected"))

    assert error_details(raised)[:2] == (409, "AnotherOperationInProgress")


def test_delete_through_the_sdk_poller_removes_the_connection(emu, keyvault):
    poller = keyvault.mhsm_private_endpoint_connections.begin_delete(RG, HSM, "pe-hsm-approved", polling_interval=0.1)
    poller.result(timeout=10 * LRO_SECONDS + 5)

    with pytest.raises(ResourceNotFoundError):
        keyvault.mhsm_private_endpoint_connections.get(RG, HSM, "pe-hsm-approved")
    delete = [r for r in emu.control.writes() if r["method"] == "DELETE"]
    assert [r["status"] for r in delete] == [202]  # AZURE_BEHAVIOUR.md: HSM answers 202 + Location


def test_missing_hsm_is_404(keyvault):
    with pytest.raises(ResourceNotFoundError) as raised:
        list(keyvault.mhsm_private_endpoint_connections.list_by_resource(RG, "hsm-does-not-exist"))

    assert error_details(raised)[:2] == (404, "ResourceNotFound")


def test_hsm_get_and_lists_embed_connections_as_id_etag_properties(keyvault, arm):
    hsm = keyvault.managed_hsms.get(RG, HSM)
    by_group = {h.name: h for h in keyvault.managed_hsms.list_by_resource_group(RG)}
    by_subscription = {h.name: h for h in keyvault.managed_hsms.list_by_subscription()}
    raw = arm.get(fleet.parent_id(fleet.MHSM, RG, HSM), "2023-07-01").json()

    assert set(by_group) == {HSM} and set(by_subscription) == {HSM, fleet.MANY_HSM}
    for read in (hsm, by_group[HSM], by_subscription[HSM]):
        assert sorted(c.id.rsplit("/", 1)[-1] for c in read.properties.private_endpoint_connections) == [
            "pe-hsm-approved", "pe-hsm-pending", "pe-hsm-rejected"]
    for item in raw["properties"]["privateEndpointConnections"]:
        pending = item["properties"]["privateLinkServiceConnectionState"]["status"] == "Pending"
        assert set(item) == ({"id", "properties"} if pending else {"id", "etag", "properties"})

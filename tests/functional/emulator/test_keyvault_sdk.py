"""Key Vault vaults through azure-mgmt-keyvault: the emulator must look like Azure to the real SDK."""

import pytest
from azure.core.exceptions import HttpResponseError, ResourceNotFoundError

from . import fleet
from .conftest import LRO_SECONDS
from .pec import connection_status, error_details, state_change, wait_until_succeeded

RG, VAULT = fleet.RG, fleet.VAULT


def test_list_returns_every_connection_of_the_vault(keyvault):
    connections = list(keyvault.private_endpoint_connections.list_by_resource(RG, VAULT))

    assert {c.name: connection_status(c) for c in connections} == {
        "pe-pending": "Pending", "pe-approved": "Approved", "pe-rejected": "Rejected", "pe-spare": "Pending",
    }


def test_list_follows_next_link_across_pages(emu, keyvault):
    emu.control.settings(page_size=3)

    connections = list(keyvault.private_endpoint_connections.list_by_resource(fleet.RG_MANY, fleet.MANY_VAULT))

    assert sorted(c.name for c in connections) == [f"pe-many-{i}" for i in range(fleet.MANY)]
    pages = [r for r in emu.control.requests(kind="arm") if r["path"].endswith("/privateEndpointConnections")]
    assert len(pages) == 3  # 3 + 3 + 1


def test_get_reads_one_connection_in_full(keyvault):
    connection = keyvault.private_endpoint_connections.get(RG, VAULT, "pe-approved")

    assert connection.id.lower() == fleet.connection_id(fleet.KEYVAULT, RG, VAULT, "pe-approved").lower()
    assert connection.name == "pe-approved"
    assert connection.properties.provisioning_state == "Succeeded"
    assert connection.properties.private_endpoint.id == fleet.endpoint_id("pe-approved")
    state = connection.properties.private_link_service_connection_state
    assert (state.status, state.description) == ("Approved", "Approved by the platform team")


def test_get_of_a_missing_connection_is_none_from_204(emu, keyvault):
    assert keyvault.private_endpoint_connections.get(RG, VAULT, "pe-nobody") is None
    assert emu.control.requests(kind="arm")[-1]["status"] == 204


def test_approve_answers_updating_with_a_new_etag_then_settles(keyvault):
    before = keyvault.private_endpoint_connections.get(RG, VAULT, "pe-pending")

    answered = keyvault.private_endpoint_connections.put(
        RG, VAULT, "pe-pending", state_change("Approved", "approved by tests"))

    assert answered.properties.provisioning_state == "Updating"
    assert connection_status(answered) == "Approved"
    assert answered.etag and answered.etag != before.etag
    settled = wait_until_succeeded(lambda: keyvault.private_endpoint_connections.get(RG, VAULT, "pe-pending"))
    assert connection_status(settled) == "Approved"
    assert settled.properties.private_link_service_connection_state.description == "approved by tests"
    assert settled.etag != answered.etag  # Azure changes it again when the update finishes


def test_reject_a_pending_connection(keyvault):
    keyvault.private_endpoint_connections.put(RG, VAULT, "pe-pending", state_change("Rejected", "not ours"))

    settled = wait_until_succeeded(lambda: keyvault.private_endpoint_connections.get(RG, VAULT, "pe-pending"))
    assert connection_status(settled) == "Rejected"


def test_approved_can_be_rejected(keyvault):
    keyvault.private_endpoint_connections.put(RG, VAULT, "pe-approved", state_change("Rejected"))

    settled = wait_until_succeeded(lambda: keyvault.private_endpoint_connections.get(RG, VAULT, "pe-approved"))
    assert connection_status(settled) == "Rejected"


def test_re_approving_an_approved_connection_starts_another_update(keyvault):
    answered = keyvault.private_endpoint_connections.put(RG, VAULT, "pe-approved", state_change("Approved"))

    assert answered.properties.provisioning_state == "Updating"


def test_rejected_can_be_approved_again(keyvault):
    # Recorded traffic (2020, api 2018-02-14; 2024, api 2023-07-01): 200 Updating with a new etag, then Succeeded.
    before = keyvault.private_endpoint_connections.get(RG, VAULT, "pe-rejected")
    answered = keyvault.private_endpoint_connections.put(RG, VAULT, "pe-rejected", state_change("Approved"))

    assert (answered.properties.provisioning_state, connection_status(answered)) == ("Updating", "Approved")
    assert answered.etag != before.etag
    settled = wait_until_succeeded(lambda: keyvault.private_endpoint_connections.get(RG, VAULT, "pe-rejected"))
    assert connection_status(settled) == "Approved"


def test_rejected_cannot_go_back_to_pending(keyvault):
    with pytest.raises(HttpResponseError) as raised:
        keyvault.private_endpoint_connections.put(RG, VAULT, "pe-rejected", state_change("Pending"))

    # Our inference (docs/emulator.md): only Approved or Rejected again.
    status, code, request_id = error_details(raised)
    assert (status, code) == (400, "BadRequest") and request_id


def test_second_change_on_the_vault_while_updating_is_409(emu, keyvault):
    emu.control.settings(lro_seconds=5)  # keep the first change running while the second one arrives
    keyvault.private_endpoint_connections.put(RG, VAULT, "pe-pending", state_change("Approved"))

    with pytest.raises(HttpResponseError) as raised:
        keyvault.private_endpoint_connections.put(RG, VAULT, "pe-spare", state_change("Approved"))

    status, code, request_id = error_details(raised)
    assert (status, code) == (409, "AnotherOperationInProgress")
    assert request_id


def test_delete_through_the_sdk_poller_removes_the_connection(emu, keyvault):
    poller = keyvault.private_endpoint_connections.begin_delete(RG, VAULT, "pe-approved", polling_interval=0.1)
    poller.result(timeout=10 * LRO_SECONDS + 5)

    assert poller.status().lower() == "succeeded"
    assert keyvault.private_endpoint_connections.get(RG, VAULT, "pe-approved") is None
    deletes = [r for r in emu.control.writes() if r["method"] == "DELETE"]
    assert len(deletes) == 1 and deletes[0]["status"] in (200, 202, 204)


def test_connection_reads_deleting_while_the_delete_runs(emu, keyvault):
    emu.control.settings(delete_seconds=5)  # still running when the GET arrives, however busy the machine
    keyvault.private_endpoint_connections.begin_delete(RG, VAULT, "pe-approved", polling=False)

    deleting = keyvault.private_endpoint_connections.get(RG, VAULT, "pe-approved")
    assert deleting.properties.provisioning_state == "Deleting"


def test_missing_vault_is_404(keyvault):
    with pytest.raises(ResourceNotFoundError) as raised:
        list(keyvault.private_endpoint_connections.list_by_resource(RG, "kv-does-not-exist"))

    assert error_details(raised)[:2] == (404, "ResourceNotFound")


def test_missing_resource_group_is_404(keyvault):
    with pytest.raises(ResourceNotFoundError) as raised:
        list(keyvault.private_endpoint_connections.list_by_resource("rg-does-not-exist", VAULT))

    assert error_details(raised)[:2] == (404, "ResourceGroupNotFound")


def test_vault_get_embeds_connections_as_id_etag_properties(keyvault, arm):
    vault_id = fleet.parent_id(fleet.KEYVAULT, RG, VAULT)

    vault = keyvault.vaults.get(RG, VAULT)
    raw = arm.get(vault_id, "2023-07-01").json()

    embedded = vault.properties.private_endpoint_connections
    assert {c.id.rsplit("/", 1)[-1]: connection_status(c) for c in embedded} == {
        "pe-pending": "Pending", "pe-approved": "Approved", "pe-rejected": "Rejected", "pe-spare": "Pending",
    }
    for item in raw["properties"]["privateEndpointConnections"]:
        # no name, no type: what Azure sends; no etag on a connection never written (the Pending ones)
        pending = item["properties"]["privateLinkServiceConnectionState"]["status"] == "Pending"
        assert set(item) == ({"id", "properties"} if pending else {"id", "etag", "properties"})


def test_vault_lists_by_group_and_subscription_embed_connections(keyvault):
    by_group = {v.name: v for v in keyvault.vaults.list_by_resource_group(RG)}
    by_subscription = {v.name: v for v in keyvault.vaults.list_by_subscription()}

    assert set(by_group) == {VAULT, fleet.LOCKED_VAULT}
    assert {VAULT, fleet.LOCKED_VAULT, fleet.MANY_VAULT, fleet.OTHER_VAULT} <= set(by_subscription)
    for listed in (by_group[VAULT], by_subscription[VAULT]):
        assert len(listed.properties.private_endpoint_connections) == 4
    assert len(by_subscription[fleet.MANY_VAULT].properties.private_endpoint_connections) == fleet.MANY


def test_vaults_list_goes_through_the_generic_resources_api(emu, keyvault):
    names = sorted(v.name for v in keyvault.vaults.list())

    assert names == sorted([VAULT, fleet.LOCKED_VAULT, fleet.MANY_VAULT, fleet.OTHER_VAULT])
    assert emu.control.requests(kind="arm")[0]["path"] == f"/subscriptions/{fleet.SUBSCRIPTION}/resources"

"""ARM conventions every service follows, seen on the wire: headers, case-insensitive paths, request ids,
token audience, paging of parent lists (AZURE_BEHAVIOUR.md)."""

from urllib.parse import parse_qs, urlsplit

import pytest

from . import fleet
from .arm import error_of
from .conftest import make_credential
from .pec import state_change

API = "2023-07-01"
VAULT_CONNECTIONS = fleet.parent_id(fleet.KEYVAULT, fleet.RG, fleet.VAULT) + "/privateEndpointConnections"


def test_keyvault_put_points_azure_asyncoperation_back_at_the_connection(arm):
    path = f"{VAULT_CONNECTIONS}/pe-pending"

    response = arm.put(path, API, body=state_change("Approved"))

    assert response.status_code == 200
    operation = urlsplit(response.headers["Azure-AsyncOperation"])
    assert operation.path.lower() == path.lower()
    assert "kv-operation" in parse_qs(operation.query)
    polled = arm.get_url(response.headers["Azure-AsyncOperation"], headers=arm.auth_header())
    assert polled.status_code == 200 and polled.json()["name"] == "pe-pending"


def test_writes_carry_rate_limit_headers(arm):
    put = arm.put(f"{VAULT_CONNECTIONS}/pe-pending", API, body=state_change("Rejected"))
    storage = fleet.connection_id(fleet.STORAGE, fleet.RG, fleet.ACCOUNT, fleet.ST_APPROVED)
    delete = arm.delete(storage, "2023-05-01")

    assert int(put.headers["x-ms-ratelimit-remaining-subscription-writes"]) > 0
    assert int(delete.headers["x-ms-ratelimit-remaining-subscription-deletes"]) > 0


def test_every_answer_has_its_own_request_id(arm):
    answers = [arm.get(VAULT_CONNECTIONS, API), arm.get(VAULT_CONNECTIONS, API),
               arm.get(VAULT_CONNECTIONS + "/pe-nobody", API), arm.get(VAULT_CONNECTIONS, "1999-01-01")]

    request_ids = [a.headers.get("x-ms-request-id") for a in answers]
    assert all(request_ids) and len(set(request_ids)) == len(request_ids)


def test_paths_are_case_insensitive(arm):
    shouted = (f"/SUBSCRIPTIONS/{fleet.SUBSCRIPTION}/RESOURCEGROUPS/RG-TEST/PROVIDERS/microsoft.keyvault/VAULTS"
               "/KV-TEST/privateendpointconnections/pe-approved")

    response = arm.get(shouted, API)

    assert response.status_code == 200
    assert response.json()["name"] == "pe-approved"


def test_keyvault_delete_of_a_connection_already_gone_is_204(arm):
    response = arm.delete(f"{VAULT_CONNECTIONS}/pe-nobody", API)

    assert response.status_code == 204


def test_storage_refuses_disconnected_as_a_status(arm):
    path = fleet.connection_id(fleet.STORAGE, fleet.RG, fleet.ACCOUNT, fleet.ST_PENDING)

    response = arm.put(path, "2023-05-01", body=state_change("Disconnected"))

    assert response.status_code == 400
    assert error_of(response)[0] == "InvalidValuesForRequestParameters"


def test_token_for_another_audience_is_refused(emu, arm):
    vault_token = make_credential(emu).get_token("https://vault.azure.net/.default").token

    response = arm.get(VAULT_CONNECTIONS, API, token=vault_token)

    assert response.status_code == 401
    assert error_of(response)[0] == "InvalidAuthenticationTokenAudience"  # ARM's code for a wrong `aud`


def test_parent_lists_follow_next_link(emu, keyvault, storage):
    emu.control.settings(page_size=1)

    vaults = [v.name for v in keyvault.vaults.list_by_subscription()]
    accounts = [a.name for a in storage.storage_accounts.list()]

    assert sorted(vaults) == sorted([fleet.VAULT, fleet.LOCKED_VAULT, fleet.MANY_VAULT, fleet.OTHER_VAULT])
    assert sorted(accounts) == sorted([fleet.ACCOUNT, fleet.MANY_ACCOUNT])
    assert len(emu.control.requests(kind="arm")) == len(vaults) + len(accounts)


def test_bad_skiptoken_is_a_400_with_an_arm_error(arm):
    response = arm.call("GET", VAULT_CONNECTIONS + "?%24skiptoken=not-a-token", API)

    assert response.status_code == 400
    assert error_of(response)[0]


@pytest.mark.parametrize("parent_type, parent, api_version", [
    (fleet.KEYVAULT, fleet.VAULT, API), (fleet.MHSM, fleet.HSM, API), (fleet.STORAGE, fleet.ACCOUNT, "2023-05-01"),
], ids=["vault", "hsm", "storage"])
def test_owner_cannot_create_a_connection(arm, parent_type, parent, api_version):
    # AZURE_BEHAVIOUR.md: connections come from the private endpoint's side; the owner only changes or deletes.
    connections = fleet.parent_id(parent_type, fleet.RG, parent) + "/privateEndpointConnections"
    before = arm.get(connections, api_version).json()["value"]

    response = arm.put(f"{connections}/pe-made-up", api_version, body=state_change("Approved"))

    assert 400 <= response.status_code < 500
    assert error_of(response)[0]
    assert arm.get(connections, api_version).json()["value"] == before

"""Faults injected through the control API, seen by raw HTTPS, by azure-identity and by the SDKs' retries and
pollers."""

import time

import pytest
import requests
from azure.core.exceptions import (
    ClientAuthenticationError, HttpResponseError, ServiceRequestError, ServiceResponseError,
)
from azure.mgmt.keyvault import KeyVaultManagementClient

from . import fleet
from .arm import ARM_SCOPE
from .conftest import make_credential, sdk_options
from .pec import state_change

API = "2023-07-01"
CONNECTIONS = fleet.parent_id(fleet.KEYVAULT, fleet.RG, fleet.VAULT) + "/privateEndpointConnections"
LIST_REGEX = r"/vaults/kv-test/privateEndpointConnections$"


def test_respond_fault_answers_n_times_then_normally(emu, arm):
    fault_id = emu.control.add_fault(
        method="GET", path_regex=LIST_REGEX, status=429, headers={"Retry-After": "7"},
        body={"error": {"code": "TooManyRequests", "message": "slow down"}}, times=2)

    answers = [arm.get(CONNECTIONS, API) for attempt in range(3)]

    assert [a.status_code for a in answers] == [429, 429, 200]
    assert answers[0].headers["Retry-After"] == "7"
    assert answers[0].json() == {"error": {"code": "TooManyRequests", "message": "slow down"}}
    assert [r["fault"] for r in emu.control.requests(kind="arm")] == [fault_id, fault_id, None]


def test_fault_matches_method_and_path_only(emu, arm):
    emu.control.add_fault(method="PUT", path_regex=LIST_REGEX, status=500, times=None)

    assert arm.get(CONNECTIONS, API).status_code == 200
    assert arm.get(CONNECTIONS + "/pe-pending", API).status_code == 200


def test_always_fault_lasts_until_cleared(emu, arm):
    emu.control.add_fault(method="*", path_regex=LIST_REGEX, status=503, times=None)

    assert [arm.get(CONNECTIONS, API).status_code for attempt in range(3)] == [503, 503, 503]
    assert len(emu.control.faults()) == 1
    emu.control.clear_faults()
    assert emu.control.faults() == []
    assert arm.get(CONNECTIONS, API).status_code == 200


def test_sdk_retries_through_a_transient_fault(emu, keyvault):
    emu.control.add_fault(method="GET", path_regex=LIST_REGEX, status=503, headers={"Retry-After": "0"}, times=1)

    assert len(list(keyvault.private_endpoint_connections.list_by_resource(fleet.RG, fleet.VAULT))) == 4
    assert [r["status"] for r in emu.control.requests(kind="arm")] == [503, 200]


def test_sdk_poller_rides_out_a_gateway_timeout(emu, keyvault):
    # AZURE_BEHAVIOUR.md: 504 GatewayTimeout while polling is real; the SDK must retry, not fail the delete.
    emu.control.add_fault(method="GET", path_regex=r"/pe-approved$", status=504, times=1,
                          headers={"x-ms-failure-cause": "service"},
                          body={"error": {"code": "GatewayTimeout", "message": "The gateway did not receive a response"}})

    keyvault.private_endpoint_connections.begin_delete(
        fleet.RG, fleet.VAULT, "pe-approved", polling_interval=0.1).result(timeout=15)

    polls = [r for r in emu.control.requests(kind="arm") if r["method"] == "GET"]
    assert polls[0]["status"] == 504 and polls[-1]["status"] == 204


def test_write_fault_reaches_the_sdk_as_an_error_with_request_id(emu, credential):
    client = KeyVaultManagementClient(credential, fleet.SUBSCRIPTION, **sdk_options(emu, retry_total=0))
    emu.control.add_fault(method="PUT", path_regex=r"/pe-pending$", status=409, times=1,
                          body={"error": {"code": "AnotherOperationInProgress", "message": "busy"}})

    with pytest.raises(HttpResponseError) as raised:
        client.private_endpoint_connections.put(fleet.RG, fleet.VAULT, "pe-pending", state_change("Approved"))

    assert raised.value.status_code == 409 and raised.value.error.code == "AnotherOperationInProgress"
    assert raised.value.response.headers.get("x-ms-request-id")


def test_drop_fault_is_a_connection_error(emu, arm, credential):
    emu.control.add_fault(method="GET", path_regex=LIST_REGEX, action="drop", times=2)
    client = KeyVaultManagementClient(credential, fleet.SUBSCRIPTION, **sdk_options(emu, retry_total=0))

    with pytest.raises(requests.ConnectionError):
        arm.get(CONNECTIONS, API)
    with pytest.raises((ServiceRequestError, ServiceResponseError)):
        list(client.private_endpoint_connections.list_by_resource(fleet.RG, fleet.VAULT))
    assert arm.get(CONNECTIONS, API).status_code == 200


def test_delay_fault_slows_the_answer_then_answers_normally(emu, arm):
    emu.control.add_fault(method="GET", path_regex=LIST_REGEX, action="delay", delay_ms=400, times=1)

    started = time.monotonic()
    response = arm.get(CONNECTIONS, API)

    assert response.status_code == 200
    assert time.monotonic() - started >= 0.4


def test_fault_on_the_token_endpoint_reaches_azure_identity(emu):
    emu.control.add_fault(method="POST", path_regex=r"/oauth2/v2\.0/token$", status=401, times=1, body={
        "error": "invalid_client", "error_description": "AADSTS7000222: The provided client secret keys are expired."})

    with pytest.raises(ClientAuthenticationError) as raised:
        make_credential(emu).get_token(ARM_SCOPE)

    assert "AADSTS7000222" in str(raised.value)
    assert [r["fault"] is not None for r in emu.control.requests(kind="token")] == [True]


def test_fault_list_shows_remaining_times_and_hits(emu, arm):
    fault_id = emu.control.add_fault(method="GET", path_regex=LIST_REGEX, status=500, times=3)
    arm.get(CONNECTIONS, API)

    (listed,) = emu.control.faults()

    assert (listed["id"], listed["times"], listed["hits"]) == (fault_id, 2, 1)

"""The emulator's control API: faults, latency, the request log, state dump/load and settings."""

import time

import pytest
import requests
from azure.core.exceptions import (
    ClientAuthenticationError, HttpResponseError, ServiceRequestError, ServiceResponseError,
)
from azure.mgmt.keyvault import KeyVaultManagementClient

from tests.emulator.control import ControlError

from . import fleet
from .arm import ARM_SCOPE
from .conftest import LRO_SECONDS, make_credential, sdk_options
from .pec import state_change, wait_until_succeeded

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


def test_latency_setting_applies_to_every_request(emu, arm):
    emu.control.settings(latency_ms=250)

    started = time.monotonic()
    assert arm.get(CONNECTIONS, API).status_code == 200
    assert time.monotonic() - started >= 0.25
    assert emu.control.requests(kind="arm")[-1]["duration_ms"] >= 250


def test_latency_setting_applies_to_sign_in_too(emu):
    emu.control.settings(latency_ms=250)

    make_credential(emu).get_token(ARM_SCOPE)

    sign_in = [r for r in emu.control.requests() if r["kind"] in ("discovery", "token")]
    assert sign_in and all(r["duration_ms"] >= 250 for r in sign_in)


def test_fault_on_the_token_endpoint_reaches_azure_identity(emu):
    emu.control.add_fault(method="POST", path_regex=r"/oauth2/v2\.0/token$", status=401, times=1, body={
        "error": "invalid_client", "error_description": "AADSTS7000222: The provided client secret keys are expired."})

    with pytest.raises(ClientAuthenticationError) as raised:
        make_credential(emu).get_token(ARM_SCOPE)

    assert "AADSTS7000222" in str(raised.value)
    assert [r["fault"] is not None for r in emu.control.requests(kind="token")] == [True]


def test_request_log_records_each_call(emu, arm):
    arm.get(CONNECTIONS, API)
    arm.put(CONNECTIONS + "/pe-pending", API, body=state_change("Approved"))
    arm.get(CONNECTIONS + "/pe-nobody", API)

    log = emu.control.requests(kind="arm")

    assert [(r["method"], r["path"], r["api_version"], r["status"]) for r in log] == [
        ("GET", CONNECTIONS, API, 200),
        ("PUT", CONNECTIONS + "/pe-pending", API, 200),
        ("GET", CONNECTIONS + "/pe-nobody", API, 204),
    ]
    for entry in log:
        assert {"seq", "time", "kind", "method", "path", "api_version", "status", "duration_ms", "fault"} <= set(entry)
        assert entry["kind"] == "arm" and entry["fault"] is None and entry["duration_ms"] >= 0
    assert [r["seq"] for r in log] == sorted(r["seq"] for r in log)
    assert [(w["method"], w["path"]) for w in emu.control.writes()] == [("PUT", CONNECTIONS + "/pe-pending")]


def test_request_log_kinds_and_clearing(emu):
    make_credential(emu).get_token(ARM_SCOPE)  # a fresh credential signs in

    kinds = {r["kind"] for r in emu.control.requests()}
    assert "token" in kinds
    assert kinds <= {"arm", "token", "msi", "discovery"}
    emu.control.clear_requests()
    emu.control.state()
    emu.control.settings()
    assert emu.control.requests() == []  # control calls are never logged


def test_state_dump_reflects_changes_and_loads_back(emu, keyvault):
    keyvault.private_endpoint_connections.put(fleet.RG, fleet.VAULT, "pe-pending", state_change("Rejected", "no"))
    # Settled first, so the comparison below cannot race the end of the update.
    wait_until_succeeded(lambda: keyvault.private_endpoint_connections.get(fleet.RG, fleet.VAULT, "pe-pending"))
    dumped = emu.control.state()

    vault = next(r for r in dumped["resources"] if r["name"] == fleet.VAULT)
    changed = next(c for c in vault["connections"] if c["name"] == "pe-pending")
    assert changed["status"] == "Rejected"
    assert {"provisioning_state", "etag", "actions_required"} <= set(changed)

    emu.control.load_state(dumped)
    assert emu.control.state() == dumped
    reloaded = keyvault.private_endpoint_connections.get(fleet.RG, fleet.VAULT, "pe-pending")
    assert reloaded.properties.private_link_service_connection_state.status == "Rejected"


def test_load_state_replaces_everything(emu, keyvault, seed):
    smaller = dict(seed, resources=[r for r in seed["resources"] if r["name"] == fleet.VAULT])

    emu.control.load_state(smaller)

    assert [v.name for v in keyvault.vaults.list_by_subscription()] == [fleet.VAULT]
    assert [r["name"] for r in emu.control.state()["resources"]] == [fleet.VAULT]


def test_settings_round_trip(emu):
    changed = emu.control.settings(lro_seconds=1.5, latency_ms=5)

    assert emu.control.settings() == changed
    assert (changed["lro_seconds"], changed["latency_ms"]) == (1.5, 5)
    assert changed["delete_seconds"] == LRO_SECONDS


def test_fault_list_shows_remaining_times_and_hits(emu, arm):
    fault_id = emu.control.add_fault(method="GET", path_regex=LIST_REGEX, status=500, times=3)
    arm.get(CONNECTIONS, API)

    (listed,) = emu.control.faults()

    assert (listed["id"], listed["times"], listed["hits"]) == (fault_id, 2, 1)


def test_info_repeats_the_ready_line(emu):
    assert emu.control.info() == emu.info


@pytest.mark.parametrize("call, complaint", [
    (lambda control: control.settings(lro_seconds="fast"), "lro_seconds"),
    (lambda control: control.settings(lro_secs=1), "lro_secs"),
    (lambda control: control.add_fault(action="explode"), "explode"),
    (lambda control: control.add_fault(path_regex="(unclosed"), "path_regex"),
], ids=["bad-setting-value", "unknown-setting", "unknown-fault-action", "bad-regex"])
def test_bad_control_input_is_refused_with_a_clear_message(emu, call, complaint):
    with pytest.raises(ControlError) as raised:
        call(emu.control)

    assert "400" in str(raised.value) and complaint in str(raised.value)
    assert emu.control.faults() == []


def test_bad_state_is_refused_and_the_old_state_kept(emu, seed):
    broken = dict(seed, resources=[{"type": "Microsoft.KeyVault/vaults", "name": "kv-no-group"}])

    with pytest.raises(ControlError) as raised:
        emu.control.load_state(broken)

    assert "resource_group" in str(raised.value)
    assert len(emu.control.state()["resources"]) == len(seed["resources"])

"""The emulator's control API apart from faults: latency, the request log, state dump/load, settings, info and
refusal of bad input."""

import time

import pytest

from tests.emulator.control import ControlError

from . import fleet
from .arm import ARM_SCOPE
from .conftest import LRO_SECONDS, make_credential
from .pec import state_change, wait_until_succeeded

API = "2023-07-01"
CONNECTIONS = fleet.parent_id(fleet.KEYVAULT, fleet.RG, fleet.VAULT) + "/privateEndpointConnections"


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

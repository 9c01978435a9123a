"""Failure states on demand: a `fail` fault or a seeded `fail_next_changes` rule makes a change end in
provisioningState Failed, through the emulator's real state machine (not a canned answer)."""

import copy
import time

import pytest

from tests.emulator.control import ControlError

from . import fleet
from .arm import error_of
from .conftest import LRO_SECONDS
from .pec import state_change

API = "2023-07-01"
STORAGE_API = "2023-05-01"
VAULT_CONNECTION = fleet.connection_id(fleet.KEYVAULT, fleet.RG, fleet.VAULT, "pe-pending")
STORAGE_CONNECTION = fleet.connection_id(fleet.STORAGE, fleet.RG, fleet.ACCOUNT, fleet.ST_PENDING)


def _settled(arm, path, api_version=API):
    time.sleep(LRO_SECONDS + 0.2)
    return arm.get(path, api_version)


def _seed_with_rule(seed, resource_name, connection_name, changes):
    seeded = copy.deepcopy(seed)
    resource = next(r for r in seeded["resources"] if r["name"] == resource_name)
    connection = next(c for c in resource["connections"] if c["name"] == connection_name)
    connection["fail_next_changes"] = changes
    return seeded


def test_fail_fault_lets_the_put_through_and_the_update_ends_failed(emu, arm):
    fault_id = emu.control.add_fault(method="PUT", path_regex=r"/pe-pending$", action="fail")

    accepted = arm.put(VAULT_CONNECTION, API, state_change("Approved"))
    assert accepted.status_code == 200
    assert accepted.json()["properties"]["provisioningState"] == "Updating"

    settled = _settled(arm, VAULT_CONNECTION).json()
    assert settled["properties"]["provisioningState"] == "Failed"
    assert settled["properties"]["privateLinkServiceConnectionState"]["status"] == "Approved"
    assert settled["etag"] != accepted.json()["etag"]
    assert [r["fault"] for r in emu.control.writes()] == [fault_id]
    assert emu.control.faults() == []


def test_a_failed_connection_can_be_changed_again_and_then_succeeds(emu, arm):
    emu.control.add_fault(method="PUT", path_regex=r"/pe-pending$", action="fail")
    arm.put(VAULT_CONNECTION, API, state_change("Approved"))
    assert _settled(arm, VAULT_CONNECTION).json()["properties"]["provisioningState"] == "Failed"

    assert arm.put(VAULT_CONNECTION, API, state_change("Approved")).status_code == 200

    assert _settled(arm, VAULT_CONNECTION).json()["properties"]["provisioningState"] == "Succeeded"


def test_seeded_rule_fails_that_many_changes_then_stops(emu, arm, seed):
    emu.control.load_state(_seed_with_rule(seed, fleet.VAULT, "pe-pending", 1))
    assert emu.control.state()["resources"][0]["connections"][0]["fail_next_changes"] == 1

    arm.put(VAULT_CONNECTION, API, state_change("Approved"))
    first = _settled(arm, VAULT_CONNECTION).json()["properties"]["provisioningState"]
    arm.put(VAULT_CONNECTION, API, state_change("Approved"))
    second = _settled(arm, VAULT_CONNECTION).json()["properties"]["provisioningState"]

    assert (first, second) == ("Failed", "Succeeded")
    assert "fail_next_changes" not in emu.control.state()["resources"][0]["connections"][0]


def test_failed_delete_leaves_the_connection_and_its_location_reports_the_failure(emu, arm):
    emu.control.add_fault(method="DELETE", path_regex=r"/pe-pending$", action="fail")

    deleting = arm.delete(VAULT_CONNECTION, API)
    assert deleting.status_code == 202
    location = deleting.headers["Location"]

    remaining = _settled(arm, VAULT_CONNECTION)
    assert remaining.status_code == 200
    assert remaining.json()["properties"]["provisioningState"] == "Failed"
    outcome = arm.get_url(location, headers=arm.auth_header())
    assert outcome.status_code == 500
    assert error_of(outcome)[0] == "InternalServerError"


def test_storage_change_fails_at_once(emu, arm):
    emu.control.add_fault(method="PUT", path_regex=fleet.ST_PENDING.replace(".", r"\.") + "$", action="fail")

    answer = arm.put(STORAGE_CONNECTION, STORAGE_API, state_change("Approved"))

    assert answer.status_code == 200
    assert answer.json()["properties"]["provisioningState"] == "Failed"


def test_storage_delete_that_fails_keeps_the_connection(emu, arm, seed):
    emu.control.load_state(_seed_with_rule(seed, fleet.ACCOUNT, fleet.ST_PENDING, 1))

    failed = arm.delete(STORAGE_CONNECTION, STORAGE_API)
    assert failed.status_code == 500
    assert arm.get(STORAGE_CONNECTION, STORAGE_API).json()["properties"]["provisioningState"] == "Failed"
    assert arm.delete(STORAGE_CONNECTION, STORAGE_API).status_code == 200


def test_bad_seeded_rule_names_the_entry(emu, seed):
    with pytest.raises(ControlError, match=r"resources\[0\]\.connections\[0\]\.fail_next_changes"):
        emu.control.load_state(_seed_with_rule(seed, fleet.VAULT, "pe-pending", -1))

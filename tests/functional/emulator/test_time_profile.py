"""The realistic time profile: Key Vault / HSM changes take as long as real ones and polls sometimes get a 504
(AZURE_BEHAVIOUR.md); the default profile stays fast."""

import time

import pytest

from tests.emulator.control import ControlError
from tests.emulator.settings import REALISTIC_SECONDS, Settings

from . import fleet
from .pec import state_change

API = "2023-07-01"
VAULT_CONNECTION = fleet.connection_id(fleet.KEYVAULT, fleet.RG, fleet.VAULT, "pe-pending")


@pytest.mark.parametrize("parent_type, change, low, high", [
    (fleet.KEYVAULT, "update", 30, 50), (fleet.MHSM, "update", 32, 50), (fleet.MHSM, "delete", 15, 18)])
def test_realistic_durations_are_drawn_from_the_recorded_ranges(parent_type, change, low, high):
    settings = Settings()
    settings.update({"profile": "realistic"})

    draws = [settings.change_seconds(parent_type, change) for attempt in range(200)]

    assert REALISTIC_SECONDS[(parent_type, change)] == (low, high)
    assert low <= min(draws) and max(draws) <= high
    assert max(draws) - min(draws) > (high - low) / 2   # spread over the range, not one fixed value


def test_fast_profile_uses_the_settings():
    settings = Settings()
    settings.update({"lro_seconds": 0.5, "delete_seconds": 0.25})

    assert settings.change_seconds(fleet.KEYVAULT, "update") == 0.5
    assert settings.change_seconds(fleet.MHSM, "delete") == 0.25
    assert not any(settings.gateway_timeout_now() for attempt in range(500))


def test_realistic_profile_answers_some_polls_with_a_gateway_timeout():
    settings = Settings()
    settings.update({"profile": "realistic"})

    share = sum(settings.gateway_timeout_now() for attempt in range(4000)) / 4000

    assert 0.02 < share < 0.09


def test_realistic_profile_through_the_settings_api_keeps_a_vault_updating(emu, arm):
    assert emu.control.settings(profile="realistic")["profile"] == "realistic"

    arm.put(VAULT_CONNECTION, API, state_change("Approved"))
    time.sleep(2)   # far beyond the fast profile's lro_seconds
    answers = [arm.get(VAULT_CONNECTION, API) for attempt in range(40)]

    ok = [a.json()["properties"]["provisioningState"] for a in answers if a.status_code == 200]
    assert ok and set(ok) == {"Updating"}
    timeouts = [a for a in answers if a.status_code == 504]
    assert all(a.headers["x-ms-failure-cause"] == "service" and a.json()["error"]["code"] == "GatewayTimeout"
               for a in timeouts)


def test_unknown_profile_is_refused_with_the_choices(emu):
    with pytest.raises(ControlError, match="must be one of fast, realistic"):
        emu.control.settings(profile="slow")

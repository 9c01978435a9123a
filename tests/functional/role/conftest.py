"""One emulator with the large fleet for the role's tests, reset to the fleet before every test."""

import pytest

from tests.emulator.fleets.large import build_fleet
from tests.emulator.launcher import running_emulator

# Short, so that a run with ~100 changes stays quick; the engine still polls until Succeeded after each PUT.
LRO_SECONDS = 0.2


@pytest.fixture(scope="session")
def large_fleet():
    return build_fleet()


@pytest.fixture(scope="session")
def role_emulator(large_fleet):
    with running_emulator(seed=large_fleet, lro_seconds=LRO_SECONDS, delete_seconds=LRO_SECONDS) as emulator:
        yield emulator


@pytest.fixture()
def emu(role_emulator, large_fleet):
    role_emulator.control.load_state(large_fleet)
    role_emulator.control.clear_faults()
    role_emulator.control.settings(lro_seconds=LRO_SECONDS, delete_seconds=LRO_SECONDS, latency_ms=0, page_size=100,
                                   graph_lag_seconds=0)
    role_emulator.control.clear_requests()
    return role_emulator

"""Fixtures of the browser tests: one headless Chromium for the session, a directory for screenshots, and the
large-fleet emulator of the role tests. The browser stage (scripts/stages/browser) reports N/A when Chromium is
missing; run directly without it, these tests fail and say how to install it."""

import os

import pytest

from tests.functional.role.conftest import emu, large_fleet, role_emulator  # noqa: F401  pylint: disable=unused-import

from .chromium import Browser, find_chromium


@pytest.fixture(scope="session")
def browser():
    executable = find_chromium()
    if executable is None:
        pytest.fail("Chromium is not installed: run `bash scripts/system_packages` as root "
                    "(scripts/system-packages.txt lists it), or set PRIVATELINK_CHROMIUM to its path")
    with Browser(executable) as started:
        yield started


@pytest.fixture(scope="session")
def artifacts(tmp_path_factory):
    """Where screenshots go: $PRIVATELINK_BROWSER_ARTIFACTS (the browser stage sets it) or a temporary dir."""
    path = os.environ.get("PRIVATELINK_BROWSER_ARTIFACTS") or str(tmp_path_factory.mktemp("browser"))
    os.makedirs(path, exist_ok=True)
    return path

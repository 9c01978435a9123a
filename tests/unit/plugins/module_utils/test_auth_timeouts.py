"""A token request is bounded by what is left of the module's deadline (at least MIN_TOKEN_SECONDS)."""

from ansible_collections.privatelink.azure.plugins.module_utils._auth_credentials import (
    MIN_TOKEN_SECONDS, _entra_options, _http_options)
from ansible_collections.privatelink.azure.plugins.module_utils._version import user_agent


class Settings:
    connection_verify = True
    authority_host = "https://login.example"
    custom_authority = False
    disable_instance_discovery = False


def test_without_a_timeout_azure_core_defaults_stay():
    assert _http_options(Settings()) == {"connection_verify": True, "user_agent": user_agent()}


def test_timeout_bounds_connect_read_and_retries():
    options = _entra_options(Settings(), timeout=42)
    assert (options["connection_timeout"], options["read_timeout"], options["timeout"]) == (42.0, 42.0, 42.0)


def test_timeout_has_a_floor():
    options = _http_options(Settings(), timeout=0.2)
    assert options["read_timeout"] == options["timeout"] == MIN_TOKEN_SECONDS

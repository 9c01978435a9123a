"""The EDA controller's argument schema of pec_events is the one scripts/eda_schema.py derives from the source's
DOCUMENTATION and the auth doc fragment, and it covers exactly the options the source accepts."""

import importlib.util
import json
import os

from ansible_collections.privatelink.azure.plugins.plugin_utils._watch import (
    SCOPE_OPTIONS, WATCH_OPTIONS, watch_options)
from ansible_collections.privatelink.azure.plugins.module_utils._auth import AUTH_ARGSPEC

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))


def generator():
    spec = importlib.util.spec_from_file_location("eda_schema", os.path.join(REPO_ROOT, "scripts", "eda_schema.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_schema_file_is_what_the_docs_say():
    eda_schema = generator()
    with open(eda_schema.SCHEMA, encoding="utf-8") as handle:
        assert handle.read() == eda_schema.render(), "run: python scripts/eda_schema.py"


def test_the_schema_offers_every_option_the_source_takes_and_hides_secrets():
    schema = generator().build_schema()
    offered = set(schema["properties"])
    accepted = set(SCOPE_OPTIONS) | set(WATCH_OPTIONS) | set(AUTH_ARGSPEC)
    assert offered == accepted - {"ad_user", "password"}  # refused with the reason, never offered
    assert {name for name, prop in schema["properties"].items() if prop.get("format") == "password"} == {
        name for name, spec in AUTH_ARGSPEC.items() if spec.get("no_log") and name in offered}
    assert schema["properties"]["emit_existing_at_start"]["default"] == "pending"
    # What the schema's defaults say is what the source does without the option.
    defaults = watch_options({"subscriptions": ["00000000-0000-0000-0000-000000000000"]})
    assert schema["properties"]["poll_interval"]["default"] == defaults["poll_interval"]
    assert schema["properties"]["max_backoff"]["default"] == defaults["max_backoff"]
    json.dumps(schema)

"""Every copy of an option default that YAML has to write again (DOCUMENTATION, the filters' .yml docs, the role's
defaults and argument specs, the event source, the rulebook) says what module_utils/_defaults.py says.

The event source's EDA schema is checked against its DOCUMENTATION by tests/functional/docs/test_eda_schema.py,
and the modules' argument specs against their DOCUMENTATION by ansible-test sanity (validate-modules)."""

import ast
import importlib
import os
import re

import pytest
import yaml

from ansible_collections.privatelink.azure.plugins.module_utils import _defaults

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", "..", ".."))
COLLECTION = "ansible_collections.privatelink.azure.plugins"


def _module_option(module, option, attribute="DOCUMENTATION"):
    """`option`'s default in the DOCUMENTATION of plugins/<module> (a module, an inventory plugin, a doc fragment)."""
    imported = importlib.import_module("%s.%s" % (COLLECTION, module))
    owner = getattr(imported, "ModuleDocFragment", imported)
    return yaml.safe_load(getattr(owner, attribute))["options"][option].get("default")


def _yaml(*path):
    with open(os.path.join(REPO_ROOT, *path), encoding="utf-8") as handle:
        return yaml.safe_load(handle)


def _filter_option(name, option):
    return _yaml("plugins", "filter", name + ".yml")["DOCUMENTATION"]["options"][option].get("default")


def _role_default(variable):
    return _yaml("roles", "pec_approval", "defaults", "main.yml")[variable]


def _role_spec(variable):
    return _yaml("roles", "pec_approval", "meta", "argument_specs.yml")["argument_specs"]["main"]["options"][
        variable].get("default")


def _event_source_option(option):
    """The event source is read as text: ansible-rulebook runs it as a file, not as a collection module."""
    path = os.path.join(REPO_ROOT, "extensions", "eda", "plugins", "event_source", "pec_events.py")
    with open(path, encoding="utf-8") as handle:
        tree = ast.parse(handle.read())
    documentation = next(node.value.value for node in tree.body if isinstance(node, ast.Assign)
                         and [target.id for target in node.targets] == ["DOCUMENTATION"])
    return yaml.safe_load(documentation)["options"][option].get("default")


def _rulebook_default(variable):
    """The value of ``{{ variable | default(N) }}`` in the rulebook approve_pending."""
    with open(os.path.join(REPO_ROOT, "extensions", "eda", "rulebooks", "approve_pending.yml"),
              encoding="utf-8") as handle:
        found = re.findall(r"\b%s \| default\(([^)]*)\)" % re.escape(variable), handle.read())
    assert found, "%s | default(...) is not in the rulebook any more: update this test" % variable
    return [yaml.safe_load(value) for value in found]


COPIES = {
    "WAIT_TIMEOUT": [
        ("doc fragment connection: wait_timeout", lambda: _module_option("doc_fragments.connection", "wait_timeout")),
        ("azure_pec_batch: wait_timeout", lambda: _module_option("modules.azure_pec_batch", "wait_timeout")),
        ("role defaults: pec_approval_wait_timeout", lambda: _role_default("pec_approval_wait_timeout")),
        ("role argument spec: pec_approval_wait_timeout", lambda: _role_spec("pec_approval_wait_timeout")),
    ],
    "PARALLELISM": [
        ("azure_pec_batch: parallelism", lambda: _module_option("modules.azure_pec_batch", "parallelism")),
        ("azure_pec_scope_info: parallelism", lambda: _module_option("modules.azure_pec_scope_info", "parallelism")),
        ("pec_approval_plan: parallelism", lambda: _module_option("modules.pec_approval_plan", "parallelism")),
        ("inventory azure_pec: parallelism", lambda: _module_option("inventory.azure_pec", "parallelism")),
        ("role defaults: pec_approval_parallelism", lambda: _role_default("pec_approval_parallelism")),
        ("role argument spec: pec_approval_parallelism", lambda: _role_spec("pec_approval_parallelism")),
    ],
    "DISCOVERY": [
        ("azure_pec_scope_info: discovery", lambda: _module_option("modules.azure_pec_scope_info", "discovery")),
        ("pec_approval_plan: discovery", lambda: _module_option("modules.pec_approval_plan", "discovery")),
        ("inventory azure_pec: discovery", lambda: _module_option("inventory.azure_pec", "discovery")),
        ("role defaults: pec_approval_discovery", lambda: _role_default("pec_approval_discovery")),
        ("role argument spec: pec_approval_discovery", lambda: _role_spec("pec_approval_discovery")),
    ],
    "SCOPE_TIMEOUT": [
        ("azure_pec_scope_info: timeout", lambda: _module_option("modules.azure_pec_scope_info", "timeout")),
        ("pec_approval_plan: timeout", lambda: _module_option("modules.pec_approval_plan", "timeout")),
        ("inventory azure_pec: timeout", lambda: _module_option("inventory.azure_pec", "timeout")),
    ],
    "MAX_DESTRUCTIVE_CHANGES": [
        ("pec_approval_plan: max_destructive_changes",
         lambda: _module_option("modules.pec_approval_plan", "max_destructive_changes")),
        ("filter pec_approval_plan: max_destructive_changes",
         lambda: _filter_option("pec_approval_plan", "max_destructive_changes")),
        ("role defaults: pec_approval_max_destructive_changes",
         lambda: _role_default("pec_approval_max_destructive_changes")),
        ("role argument spec: pec_approval_max_destructive_changes",
         lambda: _role_spec("pec_approval_max_destructive_changes")),
        ("rulebook approve_pending: pec_approval_max_destructive_changes",
         lambda: _rulebook_default("pec_approval_max_destructive_changes")[0]),
    ],
    "REPORT_HISTORY_RUNS": [
        ("pec_approval_reports: history_runs", lambda: _module_option("modules.pec_approval_reports", "history_runs")),
        ("filter pec_approval_report_history: keep", lambda: _filter_option("pec_approval_report_history", "keep")),
        ("role defaults: pec_approval_report_history_runs", lambda: _role_default("pec_approval_report_history_runs")),
        ("role argument spec: pec_approval_report_history_runs",
         lambda: _role_spec("pec_approval_report_history_runs")),
    ],
    "DRIFT_LIMIT": [
        ("pec_approval_reports: drift_limit", lambda: _module_option("modules.pec_approval_reports", "drift_limit")),
        ("filter pec_approval_drift: limit", lambda: _filter_option("pec_approval_drift", "limit")),
    ],
    "DIFF_LIMIT": [
        ("pec_approval_reports: diff_limit", lambda: _module_option("modules.pec_approval_reports", "diff_limit")),
        ("role defaults: pec_approval_diff_limit", lambda: _role_default("pec_approval_diff_limit")),
        ("role argument spec: pec_approval_diff_limit", lambda: _role_spec("pec_approval_diff_limit")),
    ],
    "POLL_INTERVAL": [
        ("event source pec_events: poll_interval", lambda: _event_source_option("poll_interval")),
        ("rulebook approve_pending: pec_events_poll_interval",
         lambda: _rulebook_default("pec_events_poll_interval")[0]),
    ],
    "MAX_BACKOFF": [
        ("event source pec_events: max_backoff", lambda: _event_source_option("max_backoff")),
    ],
}


@pytest.mark.parametrize("name, where, read", [(name, where, read) for name, copies in COPIES.items()
                                               for where, read in copies])
def test_every_yaml_copy_of_a_default_is_the_python_value(name, where, read):
    assert read() == getattr(_defaults, name), "%s says %r, _defaults.%s is %r" % (
        where, read(), name, getattr(_defaults, name))


def test_every_default_has_its_copies_checked():
    names = {name for name in vars(_defaults) if name.isupper()}
    assert names == set(COPIES)

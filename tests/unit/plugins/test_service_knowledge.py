"""One source of service knowledge: the role's argument specs and defaults, the module docs and the report schema
spell types and statuses exactly as the service descriptors (plugins/module_utils/_services.py) do."""

import ast
import json
import os

import yaml

from ansible_collections.privatelink.azure.plugins.doc_fragments.connection import ModuleDocFragment
from ansible_collections.privatelink.azure.plugins.module_utils._argspec import info_argspec, scope_argspec
from ansible_collections.privatelink.azure.plugins.module_utils._services import (
    KEY_VAULT, RESOURCE_TYPES, STATUSES, WRITABLE_STATUSES, type_spellings)

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
ROLE = os.path.join(ROOT, "roles", "pec_approval")


def load_yaml(*parts):
    with open(os.path.join(*parts)) as handle:
        return yaml.safe_load(handle)


def module_doc(name):
    with open(os.path.join(ROOT, "plugins", "modules", name + ".py")) as handle:
        tree = ast.parse(handle.read())
    source = next(node.value.value for node in tree.body
                  if isinstance(node, ast.Assign) and node.targets[0].id == "DOCUMENTATION")
    return yaml.safe_load(source)


def test_role_argument_specs_take_types_and_statuses_from_the_descriptors():
    options = load_yaml(ROLE, "meta", "argument_specs.yml")["argument_specs"]["main"]["options"]
    assert options["pec_approval_resource_types"]["choices"] == type_spellings()
    assert options["pec_approval_resource_types"]["default"] == list(RESOURCE_TYPES)
    match = options["pec_approval_rules"]["options"]["match"]["options"]
    assert match["status"]["choices"] == list(STATUSES)
    assert load_yaml(ROLE, "defaults", "main.yml")["pec_approval_resource_types"] == list(RESOURCE_TYPES)


def test_module_docs_and_argspecs_take_them_from_the_descriptors_too():
    for name in ("azure_pec_scope_info", "pec_approval_plan"):
        assert module_doc(name)["options"]["resource_types"].get("choices", type_spellings()) == type_spellings()
    assert scope_argspec()["resource_types"]["choices"] == type_spellings()
    assert info_argspec(KEY_VAULT)["status"]["choices"] == list(STATUSES)
    fragments = yaml.safe_load(ModuleDocFragment.DOCUMENTATION)["options"]
    assert fragments["status"]["choices"] == list(WRITABLE_STATUSES)
    assert yaml.safe_load(ModuleDocFragment.INFO)["options"]["status"]["choices"] == list(STATUSES)


def test_the_report_schema_knows_the_same_types_and_statuses():
    with open(os.path.join(ROLE, "files", "report.schema.json")) as handle:
        schema = json.load(handle)
    connection = schema["$defs"]["connection"]["properties"]
    assert connection["resource_type"]["enum"] == list(RESOURCE_TYPES)
    assert schema["$defs"]["status"]["enum"] == list(STATUSES)

"""One source of service knowledge: the role's argument specs and defaults, the module docs and the report schema
spell statuses exactly as the type table (plugins/module_utils/_type_table.py) does, and list no types at all
(any type of the table is accepted, in any case; an omitted list means every type)."""

import ast
import json
import os

import yaml

from ansible_collections.privatelink.azure.plugins.doc_fragments.connection import ModuleDocFragment
from ansible_collections.privatelink.azure.plugins.module_utils._argspec import info_argspec, scope_argspec
from ansible_collections.privatelink.azure.plugins.module_utils._type_table import KEY_VAULT
from ansible_collections.privatelink.azure.plugins.module_utils._types import STATUSES, WRITABLE_STATUSES

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


def test_role_argument_specs_take_statuses_from_the_table_and_any_type():
    options = load_yaml(ROLE, "meta", "argument_specs.yml")["argument_specs"]["main"]["options"]
    assert "choices" not in options["pec_approval_resource_types"]
    assert options["pec_approval_resource_types"]["default"] == []
    match = options["pec_approval_rules"]["options"]["match"]["options"]
    assert match["status"]["choices"] == list(STATUSES)
    assert load_yaml(ROLE, "defaults", "main.yml")["pec_approval_resource_types"] == []


def test_module_docs_and_argspecs_take_them_from_the_table_too():
    for name in ("azure_pec_scope_info", "pec_approval_plan"):
        assert "choices" not in module_doc(name)["options"]["resource_types"]
    assert "choices" not in scope_argspec()["resource_types"]
    assert info_argspec(KEY_VAULT)["status"]["choices"] == list(STATUSES)
    fragments = yaml.safe_load(ModuleDocFragment.DOCUMENTATION)["options"]
    assert fragments["status"]["choices"] == list(WRITABLE_STATUSES)
    assert yaml.safe_load(ModuleDocFragment.INFO)["options"]["status"]["choices"] == list(STATUSES)


def test_the_report_schema_takes_any_type_and_knows_the_same_statuses():
    with open(os.path.join(ROLE, "files", "report.schema.json")) as handle:
        schema = json.load(handle)
    connection = schema["$defs"]["connection"]["properties"]
    assert "enum" not in connection["resource_type"]
    assert schema["$defs"]["status"]["enum"] == list(STATUSES)

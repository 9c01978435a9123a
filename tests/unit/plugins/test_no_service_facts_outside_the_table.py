"""Nothing outside the type table names a service fact (issue 15): no ARM type of a row, no busy code, no spelling of
the actions field and no api-version of a row appears in the code of plugins/, extensions/ or roles/.

Documentation is not code: module DOCUMENTATION / EXAMPLES / RETURN, docstrings, comments, doc fragments and the
descriptions of argument specs may name types as examples. Statuses (Pending, Approved, ...) are ARM's common
enum, not one service's fact; where a list of them is needed it is checked against the table
(test_service_knowledge.py).
"""

import ast
import os

import yaml

from ansible_collections.privatelink.azure.plugins.module_utils import _types

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
TABLE = ("plugins/module_utils/_type_table.py", "plugins/module_utils/_type_row.py")
DOCS = {"DOCUMENTATION", "EXAMPLES", "RETURN"}
FACTS = sorted({row.arm_type.lower() for row in _types.ROWS} | {code.lower() for code in _types.BUSY_CODES}
               | {field.lower() for field in _types.ACTIONS_FIELDS} | {row.api_version for row in _types.ROWS})


def code_strings(path):
    """(line, text) of every string constant of a Python file that is not documentation."""
    with open(path, encoding="utf-8") as handle:
        tree = ast.parse(handle.read())
    documentation = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(target, "id", None) in DOCS for target in node.targets):
            documentation.add(id(node.value))
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)) and node.body:
            first = node.body[0]
            if isinstance(first, ast.Expr) and isinstance(first.value, ast.Constant):
                documentation.add(id(first.value))
    return [(node.lineno, node.value) for node in ast.walk(tree)
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in documentation]


def data_strings(value):
    """Every string of a YAML / JSON document except descriptions."""
    if isinstance(value, dict):
        return [text for key, item in value.items() if key != "description" for text in data_strings(item)]
    if isinstance(value, list):
        return [text for item in value for text in data_strings(item)]
    return [value] if isinstance(value, str) else []


def strings_of(relative):
    path = os.path.join(ROOT, relative)
    if relative.endswith(".py"):
        return code_strings(path)
    with open(path, encoding="utf-8") as handle:
        documents = list(yaml.safe_load_all(handle))
    return [(None, text) for document in documents for text in data_strings(document)]


def sources():
    for top in ("plugins", "extensions", "roles"):
        for directory, _dirs, files in os.walk(os.path.join(ROOT, top)):
            for name in files:
                relative = os.path.relpath(os.path.join(directory, name), ROOT).replace(os.sep, "/")
                if relative in TABLE or "/doc_fragments/" in relative or "/molecule/" in relative:
                    continue
                if name.endswith((".py", ".yml", ".yaml", ".json")):
                    yield relative


def test_the_table_has_facts_to_look_for():
    assert "microsoft.sql/servers" in FACTS and "anotheroperationinprogress" in FACTS and "actionrequired" in FACTS


def test_no_code_outside_the_table_names_a_service_fact():
    found = {}
    for relative in sources():
        for line, text in strings_of(relative):
            named = [fact for fact in FACTS if fact in text.lower()]
            if named:
                found.setdefault(relative, []).append((line, named))
    assert found == {}

#!/usr/bin/env python
"""Write (or, with --check, compare) the argument schema of the pec_events event source for the EDA controller.

The EDA controller reads a source's arguments from ``extensions/eda/plugins/event_source/schemas/<source>.json``
(a JSON Schema, draft 2020-12, as the ansible.eda collection ships them, ansible/event-driven-ansible PR #198):
titles, descriptions, types, defaults, enums, and ``format: password`` for secrets. The options are documented
once, in the source's DOCUMENTATION and the auth doc fragment; this script derives the schema from them, and the
test tests/functional/docs/test_eda_schema.py fails when the file is not what it would write.

Usage: python scripts/eda_schema.py [--check]
"""

from __future__ import annotations

import ast
import json
import os
import re
import sys

import yaml

REPO_ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(REPO_ROOT, "extensions", "eda", "plugins", "event_source", "pec_events.py")
AUTH_FRAGMENT = os.path.join(REPO_ROOT, "plugins", "doc_fragments", "auth.py")
SCHEMA = os.path.join(REPO_ROOT, "extensions", "eda", "plugins", "event_source", "schemas", "pec_events.json")
# The source's DOCUMENTATION lists the auth options under one entry; they are documented in the fragment.
AUTH_ENTRY = "auth_source"
# Refused options (docs/authentication.md): not offered in a form.
LEFT_OUT = ("ad_user", "password")
SECRETS = ("secret", "x509_certificate_password")
JSON_TYPES = {"str": "string", "path": "string", "int": "integer", "float": "number", "bool": "boolean",
              "dict": "object", "list": "array", "raw": None}
MARKUP = re.compile(r"\b[OVCEMI]\(([^()]*)\)")


def _string_constant(path, name):
    """The value of a module-level string constant (or a class attribute) in a Python file, without importing it."""
    with open(path, encoding="utf-8") as handle:
        tree = ast.parse(handle.read())
    for node in ast.walk(tree):
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise KeyError("%s has no %s" % (path, name))


def _text(description):
    lines = description if isinstance(description, list) else [description]
    return " ".join(MARKUP.sub(r"\1", str(line)) for line in lines)


def _title(name):
    return " ".join(word.upper() if word in ("id", "ca", "x509") else word.capitalize() for word in name.split("_"))


def _property(name, spec):
    prop = {"title": _title(name), "description": _text(spec.get("description", ""))}
    json_type = JSON_TYPES[spec.get("type", "str")]
    if json_type == "array":
        element = JSON_TYPES[spec.get("elements", "str")]
        prop["type"] = ["array", "string", "null"]  # a list, or one comma-, space- or newline-separated string
        if element:
            prop["items"] = {"type": element}
    elif json_type:
        prop["type"] = [json_type, "null"]  # the rulebook passes `| default(none)` for what is not set
    if "choices" in spec:
        prop["enum"] = list(spec["choices"]) + [None]
    if "default" in spec and spec["default"] is not None:
        prop["default"] = spec["default"]
    if name in SECRETS:
        prop["format"] = "password"
    return prop


def build_schema():
    source = yaml.safe_load(_string_constant(SOURCE, "DOCUMENTATION"))
    auth = yaml.safe_load(_string_constant(AUTH_FRAGMENT, "DOCUMENTATION"))["options"]
    properties = {}
    for name, spec in source["options"].items():
        if name != AUTH_ENTRY:
            properties[name] = _property(name, spec)
    for name, spec in auth.items():
        if name not in LEFT_OUT:
            properties[name] = _property(name, spec)
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "https://github.com/privatelink-azure/privatelink.azure/extensions/eda/plugins/event_source/schemas/"
               "pec_events.json",
        "title": "Azure private endpoint connections (privatelink.azure.pec_events)",
        "description": _text(source["short_description"]),
        "type": "object",
        "properties": dict(sorted(properties.items())),
        "additionalProperties": False,
    }


def render():
    return json.dumps(build_schema(), indent=4) + "\n"


def main(argv):
    text = render()
    if "--check" in argv:
        with open(SCHEMA, encoding="utf-8") as handle:
            if handle.read() != text:
                sys.stderr.write("%s is out of date: run python scripts/eda_schema.py\n" % SCHEMA)
                return 1
        return 0
    os.makedirs(os.path.dirname(SCHEMA), exist_ok=True)
    with open(SCHEMA, "w", encoding="utf-8") as handle:
        handle.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

#!/usr/bin/env python
"""Write docs/types.md from the type table (plugins/module_utils/_type_table.py); never edit that page by hand.

Usage: python scripts/types_doc.py          (writes docs/types.md)
       python scripts/types_doc.py --check  (exits 1 when docs/types.md is not what the table gives)
A unit test runs the check, so a row changed without the page fails CI.
"""

from __future__ import annotations

import os
import sys

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), ".."))
PAGE = os.path.join(ROOT, "docs", "types.md")
sys.path.insert(0, os.path.join(ROOT, ".build"))

from ansible_collections.privatelink.azure.plugins.module_utils._permissions import actions_for  # noqa: E402
from ansible_collections.privatelink.azure.plugins.module_utils._type_row import FACT_FIELDS  # noqa: E402
from ansible_collections.privatelink.azure.plugins.module_utils._types import (  # noqa: E402
    BUSY_CODES, BUSY_PROVISIONING_STATES, ROWS)

OBSERVED = ("recording:", "spec:", "spec example:", "doc:")
# galaxy-importer refuses a documentation file over 512 KiB; the two repository paths most sources start with are
# written short on the page (a legend says so), and a test keeps the page well under the limit.
SHORT_PATHS = (("Azure/azure-cli src/azure-cli/azure/cli/command_modules/", "cli:"),
               ("Azure/azure-rest-api-specs specification/", "specs:"))
PAGE_LIMIT_BYTES = 512 * 1024


def _kind(source):
    return next(kind.rstrip(":") for kind in OBSERVED + ("our inference:",) if source.startswith(kind))


def _value(value):
    """A fact's value, short and readable in a table cell."""
    if value is None or value == ():
        return "-"
    if hasattr(value, "codes"):
        text = "/".join(str(code) for code in value.codes)
        if getattr(value, "method", "PUT") != "PUT":
            text = "%s %s" % (value.method, text)
        text += ", long-running" if value.lro else ", at once"
        if value.async_header:
            text += ", " + value.async_header
        if getattr(value, "body_at_once", None):
            text += ", body " + value.body_at_once
        return text
    if isinstance(value, tuple) and value and hasattr(value[0], "wanted"):
        return "; ".join("%s -> %s (%s)" % (t.current, t.wanted, t.answer) for t in value
                         if t.current.lower() != "disconnected")
    if isinstance(value, tuple):
        return ", ".join(str(item) for item in value)
    return str(value)


def _cell(text):
    return str(text).replace("|", "\\|").replace("\n", " ")


def _source(text):
    for path, short in SHORT_PATHS:
        text = text.replace(path, short)
    return _cell(text)


def render():
    lines = [
        "# Supported resource types",
        "",
        "Generated from the type table (`plugins/module_utils/_type_table.py`) by `python scripts/types_doc.py`; do",
        "not edit. Every module, the role, the scope reader, the inventory plugin and the event source take any of",
        "these types, by its ARM type or one of its names, in any case (`azure_pec` / `azure_pec_info` for any type;",
        "`azure_keyvault_pec`, `azure_mhsm_pec`, `azure_storage_pec` and their `_info` modules name their own).",
        "An omitted `resource_types` means all %d of them." % len(ROWS),
        "",
        "Every fact of a row names its source: **recording** (Azure CLI tests recorded against real Azure), **spec** /",
        "**spec example** (Azure/azure-rest-api-specs), **doc** (learn.microsoft.com or an azure-docs issue), or",
        "**our inference** (nothing above says it; the reason is given). *Observed* counts the facts with one of the",
        "first kinds; *inferred* lists the facts that are our inference. Key Vault, Managed HSM and Storage accounts",
        "are sent through their management SDKs; every other type through plain ARM JSON requests",
        "(docs/design.md, \"The type table\").",
        "",
        "In the sources, %s." % "; ".join("`%s` stands for %s" % (short, path) for path, short in SHORT_PATHS),
        "",
        "A 409 whose code is a busy code of any type is waited out on every type (%s); so is a connection whose"
        % ", ".join("`%s`" % code for code in BUSY_CODES),
        "provisioningState is one of %s or whose status is transitional." % ", ".join(
            "`%s`" % state for state in BUSY_PROVISIONING_STATES),
        "",
        "| type | names | api-version | listing | change (PUT) | removal (DELETE) | refused changes | observed | inferred |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for row in ROWS:
        kinds = {field: _kind(row.sources[field]) for field in FACT_FIELDS}
        inferred = [field for field in FACT_FIELDS if kinds[field] == "our inference"]
        refused = _value(row.refused_transitions) if row.writable else "read only"
        lines.append("| " + " | ".join(_cell(text) for text in (
            "[`%s`](#%s)" % (row.arm_type, _anchor(row)), ", ".join(row.names), row.api_version,
            row.connections_listing + ("" if row.list_paged else ", one page"), _value(row.put), _value(row.delete),
            refused or "-", "%d of %d" % (len(FACT_FIELDS) - len(inferred), len(FACT_FIELDS)),
            ", ".join(inferred) or "-")) + " |")
    for row in ROWS:
        lines += ["", "## %s" % row.arm_type, "",
                  "%s; names: %s; key `%s`%s." % (row.label, ", ".join("`%s`" % n for n in row.names), row.key,
                                                  "; through its management SDK" if row.sdk else ""),
                  "", "| fact | value | source |", "|---|---|---|"]
        for field in FACT_FIELDS:
            value = getattr(row, field)
            if field == "refused_transitions":
                value = "; ".join("%s -> %s (%s)" % (t.current, t.wanted, t.answer) for t in value) or "-"
            lines.append("| %s | %s | %s |" % (field, _cell(_value(value)), _source(row.sources[field])))
        lines += ["", "Azure RBAC actions a run needs on it (docs/permissions.md; derived from the ARM type): "
                  + _actions_text(row)]
    return "\n".join(lines) + "\n"


_OPERATION_NAMES = {"read_scope": "read a scope (drift report, inventory, event source)",
                    "read_connections": "read its connections (the modules, check mode too)",
                    "approve": "approve or reject", "remove": "remove"}


def _actions_text(row):
    """Each operation's actions: reading the connections adds to reading a scope; a change adds to both."""
    scope = actions_for(row, "read_scope")
    connections = actions_for(row, "read_connections")
    parts = ["%s: %s" % (_OPERATION_NAMES["read_scope"], _actions(scope)),
             "%s: also %s" % (_OPERATION_NAMES["read_connections"],
                              _actions(a for a in connections if a not in scope))]
    for operation in (("approve", "remove") if row.writable else ()):
        parts.append("%s: also %s" % (_OPERATION_NAMES[operation],
                                      _actions(a for a in actions_for(row, operation) if a not in connections)))
    return "; ".join(parts) + "."


def _actions(actions):
    return ", ".join("`%s`" % action for action in actions)


def _anchor(row):
    return row.arm_type.lower().replace(".", "").replace("/", "")


def main(argv):
    text = render()
    if "--check" in argv:
        with open(PAGE) as handle:
            if handle.read() != text:
                print("docs/types.md is not what the type table gives: run python scripts/types_doc.py")
                return 1
        return 0
    with open(PAGE, "w") as handle:
        handle.write(text)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

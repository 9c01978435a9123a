# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The JUnit XML drift report (entry point: the filter pec_approval_report_junit, or ``render_junit(report)`` for
a controller-side plugin): one testsuite per resource, one testcase per connection, drift left in place a failure,
a failed change an error, a part of the scope that could not be read an error of the testsuite ``scope``.

Written as text, not built as an ElementTree (at 30,000 connections the tree and its serialisation cost four
times the text): the same bytes as ``ElementTree.indent`` then ``tostring(encoding="unicode",
xml_declaration=True)`` would give, attribute values and text escaped as ElementTree escapes them.
"""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.module_utils._types import row_for
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_text import action_label, problem_text

_DECLARATION = "<?xml version='1.0' encoding='utf-8'?>\n"
_COUNTS = ("tests", "failures", "errors", "skipped")


def _type_key(resource_type):
    """The type's first name in the type table (keyvault, managed_hsm, storage), a spelling users write in the
    options too, for JUnit class names, which CI tools split on dots."""
    row = row_for(resource_type)
    return row.names[0] if row is not None and row.names else "resource"


# ElementTree's escaping: character data's entities, and in an attribute value (between double quotes) the quote
# too, and CR, LF and tab as character references (a parser would turn them into spaces otherwise).
_TEXT_ENTITIES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"))
_ATTRIBUTE_ENTITIES = _TEXT_ENTITIES + (('"', "&quot;"), ("\r", "&#13;"), ("\n", "&#10;"), ("\t", "&#09;"))


def _escaped(value, entities):
    for character, entity in entities:
        if character in value:
            value = value.replace(character, entity)
    return value


def _text(value):
    return _escaped(value, _TEXT_ENTITIES)


def _attribute(value):
    return _escaped(value, _ATTRIBUTE_ENTITIES)


def _start(tag, attributes):
    return "<%s%s" % (tag, "".join(' %s="%s"' % (name, _attribute(value)) for name, value in attributes))


def _leaf(indent, tag, attributes, text):
    """An element without children on its own line: its text, or self-closed when it has none."""
    if text:
        return "%s%s>%s</%s>" % (indent, _start(tag, attributes), _text(text), tag)
    return "%s%s />" % (indent, _start(tag, attributes))


def render_junit(report):
    """JUnit XML: one testsuite per resource, one testcase per connection; remaining drift is a failure."""
    suites = {}
    for entry in report["connections"]:
        suites.setdefault(entry["resource_id"], []).append(entry)
    type_keys = {}
    lines = []
    totals = dict.fromkeys(_COUNTS, 0)
    for resource_id, entries in suites.items():
        opening = len(lines)
        lines.append(None)  # the testsuite's start tag, once its counts are known
        counts = dict.fromkeys(_COUNTS, 0)
        for entry in entries:
            counts["tests"] += 1
            type_key = type_keys.get(entry["resource_type"])
            if type_key is None:
                type_key = type_keys[entry["resource_type"]] = _type_key(entry["resource_type"])
            lines.append('    <testcase name="%s" classname="%s">' % (
                _attribute(str(entry["connection_name"])),
                _attribute("%s.%s.%s" % (type_key, entry["resource_group"], entry["resource_name"]))))
            kind = _junit_kind(entry)
            if kind == "error":
                counts["errors"] += 1
                lines.append(_leaf("      ", "error", (("type", entry["action"]), ("message", problem_text(entry))),
                                   problem_text(entry)))
            elif kind == "failure":
                counts["failures"] += 1
                message = "%s -> %s: %s" % (entry["current_status"], entry["desired_status"],
                                            entry.get("reason") or action_label(entry))
                lines.append(_leaf("      ", "failure", (("type", entry["action"]), ("message", message)),
                                   "rule: %s" % entry["rule"]))
            elif kind == "skipped":
                counts["skipped"] += 1
                lines.append(_leaf("      ", "skipped", (
                    ("message", "no rule matched; kept as %s" % entry["current_status"]),), None))
            lines.append("      <system-out>%s</system-out>" % _text(
                "private endpoint: %s\nstatus: %s\nrule: %s\naction: %s\nresult: %s" % (
                    entry["private_endpoint_id"], entry["current_status"], entry["rule"], entry["action"],
                    entry["result"])))
            lines.append("    </testcase>")
        lines[opening] = "  %s>" % _start("testsuite", [("name", str(resource_id))]
                                          + [(key, str(counts[key])) for key in _COUNTS])
        lines.append("  </testsuite>")
        for key in _COUNTS:
            totals[key] += counts[key]
    errors = report.get("errors") or []
    if errors:
        lines.append("  %s>" % _start("testsuite", (("name", "scope"), ("tests", str(len(errors))), ("failures", "0"),
                                                    ("errors", str(len(errors))), ("skipped", "0"))))
        for error in errors:
            lines.append("    %s>" % _start("testcase", (("name", str(error["scope"])), ("classname", "scope.read"))))
            lines.append(_leaf("      ", "error", (("type", "read"), ("message", str(error["msg"]))), str(error["msg"])))
            lines.append("    </testcase>")
        lines.append("  </testsuite>")
        totals["tests"] += len(errors)
        totals["errors"] += len(errors)
    root = _start("testsuites", [("name", "pec_approval")] + [(key, str(totals[key])) for key in _COUNTS])
    if not lines:
        return "%s%s />\n" % (_DECLARATION, root)
    return "%s%s>\n%s\n</testsuites>\n" % (_DECLARATION, root, "\n".join(lines))


def _junit_kind(entry):
    if entry["result"] == "failed":
        return "error"
    if entry["drift_remaining"]:
        return "failure"  # drift left in place: check mode, refused, blocked by the safety valve
    if entry["rule"] is None:
        return "skipped"
    return "passed"

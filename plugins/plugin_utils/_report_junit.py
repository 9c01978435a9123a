# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The JUnit XML drift report (entry point: the filter pec_approval_report_junit, or ``render_junit(report)`` for
a controller-side plugin): one testsuite per resource, one testcase per connection, drift left in place a failure,
a failed change an error, a part of the scope that could not be read an error of the testsuite ``scope``."""

from __future__ import annotations

from xml.etree import ElementTree

from ansible_collections.privatelink.azure.plugins.module_utils._types import row_for
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_text import action_label, problem_text


def _type_key(resource_type):
    """The type's first name in the type table (keyvault, managed_hsm, storage), a spelling users write in the
    options too, for JUnit class names, which CI tools split on dots."""
    row = row_for(resource_type)
    return row.names[0] if row is not None and row.names else "resource"


def render_junit(report):
    """JUnit XML: one testsuite per resource, one testcase per connection; remaining drift is a failure."""
    suites = {}
    for entry in report["connections"]:
        suites.setdefault(entry["resource_id"], []).append(entry)
    root = ElementTree.Element("testsuites", name="pec_approval")
    totals = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
    for resource_id, entries in suites.items():
        suite = ElementTree.SubElement(root, "testsuite", name=str(resource_id))
        counts = {"tests": 0, "failures": 0, "errors": 0, "skipped": 0}
        for entry in entries:
            counts["tests"] += 1
            type_key = _type_key(entry["resource_type"])
            case = ElementTree.SubElement(
                suite, "testcase", name=str(entry["connection_name"]),
                classname="%s.%s.%s" % (type_key, entry["resource_group"], entry["resource_name"]))
            kind = _junit_kind(entry)
            if kind == "error":
                counts["errors"] += 1
                element = ElementTree.SubElement(case, "error", type=entry["action"],
                                                 message=problem_text(entry))
                element.text = problem_text(entry)
            elif kind == "failure":
                counts["failures"] += 1
                message = "%s -> %s: %s" % (entry["current_status"], entry["desired_status"],
                                            entry.get("reason") or action_label(entry))
                element = ElementTree.SubElement(case, "failure", type=entry["action"], message=message)
                element.text = "rule: %s" % entry["rule"]
            elif kind == "skipped":
                counts["skipped"] += 1
                ElementTree.SubElement(case, "skipped", message="no rule matched; kept as %s"
                                       % entry["current_status"])
            out = ElementTree.SubElement(case, "system-out")
            out.text = "private endpoint: %s\nstatus: %s\nrule: %s\naction: %s\nresult: %s" % (
                entry["private_endpoint_id"], entry["current_status"], entry["rule"], entry["action"],
                entry["result"])
        for key, value in counts.items():
            suite.set(key, str(value))
            totals[key] += value
    if report.get("errors"):
        suite = ElementTree.SubElement(root, "testsuite", name="scope", tests=str(len(report["errors"])),
                                       failures="0", errors=str(len(report["errors"])), skipped="0")
        for error in report["errors"]:
            case = ElementTree.SubElement(suite, "testcase", name=str(error["scope"]), classname="scope.read")
            ElementTree.SubElement(case, "error", type="read", message=str(error["msg"])).text = str(error["msg"])
        totals["tests"] += len(report["errors"])
        totals["errors"] += len(report["errors"])
    for key, value in totals.items():
        root.set(key, str(value))
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _junit_kind(entry):
    if entry["result"] == "failed":
        return "error"
    if entry["drift_remaining"]:
        return "failure"  # drift left in place: check mode, refused, blocked by the safety valve
    if entry["rule"] is None:
        return "skipped"
    return "passed"

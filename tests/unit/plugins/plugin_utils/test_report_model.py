"""Report building and rendering: JSON against its schema, Markdown escaping, JUnit structure and counts."""

import json
import os
from xml.etree import ElementTree

import jsonschema
import pytest

from ansible_collections.privatelink.azure.plugins.plugin_utils._policy import build_plan
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_junit import render_junit
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_markdown import render_markdown
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_model import (
    ReportError, build_report, drift, merge_reports, new_history, render_json, summary_lines)

from ansible_collections.privatelink.azure.tests.unit.plugins.filter.pec_connections import (
    SPOKE, SUB, connection, read)
from ansible_collections.privatelink.azure.tests.unit.plugins.filter.pec_reports import fleet
from ansible_collections.privatelink.azure.tests.unit.plugins.filter.pec_reports import report as report_of_many

SCHEMA = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "roles", "pec_approval", "files",
                      "report.schema.json")
RULES = [
    {"name": "spoke", "match": {"private_endpoint_resource_group": "rg-spoke", "status": "Pending"},
     "action": "approve", "description": "ok by ${rule}"},
    {"name": "old", "match": {"private_endpoint_name": "pe-old*"}, "action": "remove"},
    {"name": "stranger", "match": {"private_endpoint_resource_group": "rg-x"}, "action": "reject"},
    {"name": "revive", "match": {"private_endpoint_name": "pe-dead"}, "action": "approve"},
]
PROD = {"env": "prod", "team": "payments"}
FLEET = [
    connection(pe_name="pe-app", tags=PROD, request_message="CHG0042 please"),  # approve
    connection(pe_name="pe-old1", status="Approved", tags=PROD),                 # remove
    connection(pe_name="pe-x", pe_rg="rg-x", kind="st", parent="st01"),         # reject
    connection(kind="st", parent="st01", pe_name="pe-dead", status="Rejected"),  # refused (Storage)
    connection(pe_name="pe-done", status="Approved", tags=PROD),                 # unmatched, kept
]


def make_plan(limit=5):
    return build_plan(read(*FLEET), RULES, max_destructive_changes=limit)


def batch_for(plan, failures=()):
    results = []
    for change in plan["changes"]:
        failed = change["connection_name"] in failures
        results.append({
            "connection_id": change["connection_id"], "action": change["action"], "changed": not failed,
            "status": None if failed else change["desired_status"], "seconds": 1.25,
            "error": {"code": "Conflict", "message": "Another operation | is in progress <now>",
                      "request_id": "req-1"} if failed else None})
    return {"changed": True, "results": results, "seconds": 2.5, "longest_chain": 2,
            "pacing": {"waited_seconds": 1.25, "throttled_answers": 1}}


def by_name(report):
    return {c["connection_name"]: c for c in report["connections"]}


def test_check_mode_report_shows_would_change_and_all_drift_remaining():
    report = build_report(make_plan(), {"results": []}, check_mode=True, generated_at="2026-11-23T08:00:00Z")
    results = {name: c["result"] for name, c in by_name(report).items()}
    assert results == {"pe-app": "would_change", "pe-old1": "would_change", "pe-x": "would_change",
                       "pe-dead": "refused", "pe-done": "in_sync"}
    summary = report["summary"]
    assert (summary["connections"], summary["drift"], summary["drift_remaining"], summary["unmatched"]) == (5, 4, 4, 1)
    assert summary["by_action"] == {"approve": 1, "reject": 1, "remove": 1, "none": 1, "refused": 1}
    assert summary["resources"] == 2


def test_applied_report_counts_changes_and_failures():
    plan = make_plan()
    report = build_report(plan, batch_for(plan, failures=("pe-x",)), check_mode=False)
    entries = by_name(report)
    assert entries["pe-app"]["result"] == "changed" and entries["pe-app"]["final_status"] == "Approved"
    assert entries["pe-old1"]["final_status"] == "Absent"
    assert entries["pe-old1"]["seconds"] == 1.25 and entries["pe-done"]["seconds"] is None
    assert entries["pe-x"]["result"] == "failed"
    assert entries["pe-x"]["error"]["request_id"] == "req-1"
    assert report["summary"]["by_result"] == {"in_sync": 1, "would_change": 0, "changed": 2, "gone": 0, "failed": 1,
                                              "refused": 1, "blocked": 0}
    assert report["summary"]["drift_remaining"] == 2
    assert report["batch"] == {"changes": 3, "seconds": 2.5, "longest_chain": 2, "paced_seconds": 1.25,
                               "throttled_answers": 1}


def test_change_found_already_done_by_the_batch_is_in_sync():
    plan = make_plan()
    batch = batch_for(plan)
    batch["results"][0]["changed"] = False
    entry = next(c for c in build_report(plan, batch)["connections"]
                 if c["connection_id"] == batch["results"][0]["connection_id"])
    assert entry["result"] == "in_sync" and not entry["drift_remaining"]


def test_a_change_the_batch_did_not_report_is_failed_not_silently_ok():
    report = build_report(make_plan(), {"results": []}, check_mode=False)
    assert by_name(report)["pe-app"]["result"] == "failed"


@pytest.mark.parametrize("check_mode", [True, False])
def test_json_report_validates_against_the_published_schema(check_mode):
    plan = make_plan()
    report = build_report(plan, batch_for(plan, failures=("pe-x",)), check_mode=check_mode,
                          generated_at="2026-11-23T08:00:00Z")
    document = json.loads(render_json(report))
    with open(SCHEMA) as handle:
        jsonschema.validate(document, json.load(handle))
    assert document["schema_version"] == 1


def test_tripped_safety_valve_report_validates_and_blocks_everything():
    report = build_report(make_plan(limit=1), None, check_mode=False)
    with open(SCHEMA) as handle:
        jsonschema.validate(json.loads(render_json(report)), json.load(handle))
    assert report["safety_valve"]["tripped"]
    assert report["summary"]["by_result"]["blocked"] == 3
    assert "SAFETY VALVE TRIPPED: 2 rejections/removals planned, limit 1" in summary_lines(report)


def section(markdown, title):
    """The lines of one '## title...' section."""
    lines = markdown.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("## " + title))
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("## ")), len(lines))
    return lines[start:end]


def test_markdown_puts_the_summary_first_then_only_drift_and_failures_by_resource():
    plan = make_plan()
    markdown = render_markdown(build_report(plan, batch_for(plan, ("pe-x",)), check_mode=False))
    titles = [line for line in markdown.splitlines() if line.startswith("#")]
    assert titles == ["# Private endpoint connection drift report", "## Summary",
                      "## Drift and failures: 4 connections on 2 resources", "### kv-app (Key Vault, rg-app)",
                      "### st01 (Storage account, rg-app)", "## In sync: 1 connections on 1 resources", "## Problems"]
    summary = section(markdown, "Summary")
    assert "| Key Vault | %s | 1 | 3 | 2 | 0 | approve 1, remove 1, none 1 | in sync 1, changed 2 |" % SUB in summary
    assert "| Storage account | %s | 1 | 2 | 2 | 2 | reject 1, refused 1 | failed 1, refused 1 |" % SUB in summary
    assert summary[-2].startswith("| all | all | 2 | 5 | 4 | 2 |")
    drift = "\n".join(section(markdown, "Drift and failures"))
    assert "| pe-app | /subscriptions/%s/resourceGroups/rg-spoke/providers/Microsoft.Network/privateEndpoints/pe-app " \
           "| Pending | Approved | approved | spoke |  | CHG0042 please | ok by spoke |" % SPOKE in drift
    assert "Tags: env=prod, team=payments" in drift
    # Why the earlier rules did not match the connection the third rule rejected: their first failed condition.
    assert "| reject (failed) | stranger | spoke: private_endpoint_resource_group: rg-x not in [rg-spoke]; " \
           "old: private_endpoint_name: pe-x not in [pe-old*] |  |  |" in drift
    assert "| pe-dead |" in drift and "| Rejected | Approved | refused | revive |" in drift
    assert "pe-done" not in drift  # in sync: only counted
    assert "| kv-app (Key Vault, rg-app) | env=prod, team=payments | 1 | 1 |" in section(markdown, "In sync")


def test_markdown_collapses_repeated_problems_with_a_count_and_examples():
    made = report_of_many(fleet(200), fail_every=2)
    failed = made["summary"]["by_result"]["failed"]
    refused = made["summary"]["by_result"]["refused"]
    problems = section(render_markdown(made), "Problems")
    items = [line for line in problems if line.startswith("- ")]
    assert len(items) == 2  # one cause of failure, one of refusal, however many connections
    failure = next(line for line in items if line.startswith("- failed"))
    assert failure.startswith("- failed %dx: Conflict: Another operation is in progress on the vault. Examples: "
                              % failed)
    assert failure.count("(x-ms-request-id req-") == 3
    assert failure.endswith("and %d more (all in the JSON report)" % (failed - 3))
    assert any(line.startswith("- refused %dx: " % refused) for line in items)


def test_markdown_without_drift_says_so():
    made = report_of_many([connection(pe_name="pe-ok", status="Approved")])
    assert "None: every connection matches the policy." in render_markdown(made)


def test_markdown_escapes_pipes_markup_and_line_breaks():
    plan = make_plan()
    plan["decisions"][0]["connection_name"] = "evil|name\nwith break <img src=x>"
    markdown = render_markdown(build_report(plan, batch_for(plan, ("pe-x",))))
    assert "evil\\|name with break &lt;img src=x>" in markdown
    assert "Conflict: Another operation \\| is in progress &lt;now>. Example: st01 / pe-x (x-ms-request-id req-1)" \
        in markdown


def test_history_keeps_at_most_keep_runs_and_refuses_keeping_none():
    made = build_report(make_plan(), None, check_mode=True)
    history = ""
    for run in range(4):
        history = new_history(history, made, 2)
    assert len(json.loads(history)["runs"]) == 2
    with pytest.raises(ReportError, match="pec_approval_report_history_file.*is not valid JSON.*delete it"):
        new_history("{broken", made, 2)
    with pytest.raises(ReportError, match="at least 1.*pec_approval_report_history_runs"):
        new_history("", made, 0)


def junit(report):
    return ElementTree.fromstring(render_junit(report).encode())


def test_junit_has_one_testcase_per_connection_and_drift_is_failure():
    root = junit(build_report(make_plan(), {"results": []}, check_mode=True))
    cases = root.findall("./testsuite/testcase")
    assert len(cases) == 5
    assert (root.get("tests"), root.get("failures"), root.get("errors"), root.get("skipped")) == ("5", "4", "0", "1")
    suites = root.findall("testsuite")
    assert sum(int(s.get("tests")) for s in suites) == 5
    assert {s.get("name").rsplit("/", 1)[1] for s in suites} == {"kv-app", "st01"}
    assert {c.get("classname") for c in cases} == {"keyvault.rg-app.kv-app", "storage.rg-app.st01"}


def test_junit_after_apply_passes_changes_and_errors_failed_writes():
    plan = make_plan()
    root = junit(build_report(plan, batch_for(plan, failures=("pe-x",)), check_mode=False))
    assert (root.get("failures"), root.get("errors"), root.get("skipped")) == ("1", "1", "1")  # refused, failed
    error = root.find(".//testcase[@name='pe-x']/error")
    assert "<now>" in error.get("message") and "req-1" in error.text  # escaped by the serializer, read back intact


def test_junit_escapes_markup_in_names():
    plan = make_plan()
    plan["decisions"][0]["connection_name"] = 'a<b>&"c"'
    root = junit(build_report(plan, None, check_mode=True))
    assert root.find("./testsuite/testcase").get("name") == 'a<b>&"c"'


def test_junit_keeps_quotes_markup_and_line_breaks_in_attributes_and_text():
    plan = make_plan()
    odd = 'a "b" <c> & d\te\r\nf ]]>'
    plan["decisions"][0]["connection_name"] = odd
    report = build_report(plan, batch_for(plan, failures=("pe-x",)), check_mode=False)
    failed = next(e for e in report["connections"] if e["connection_name"] == "pe-x")
    failed["error"]["message"] = odd
    root = junit(report)
    assert root.find("./testsuite/testcase").get("name") == odd  # CR, LF and tab as character references
    error = root.find(".//testcase[@name='pe-x']/error")
    assert error.get("message") == "Conflict: %s (x-ms-request-id req-1)" % odd
    # In text a parser reads CR LF as LF (XML's end-of-line rule); everything else comes back intact.
    assert error.text == "Conflict: %s (x-ms-request-id req-1)" % odd.replace("\r\n", "\n")


def test_junit_of_an_empty_scope_is_one_empty_testsuites():
    report = build_report(build_plan(read(), RULES), None, check_mode=True)
    text = render_junit(report)
    assert text.startswith("<?xml version='1.0' encoding='utf-8'?>\n") and text.endswith("/>\n")
    root = junit(report)
    assert root.tag == "testsuites" and len(root) == 0
    assert [root.get(key) for key in ("tests", "failures", "errors", "skipped")] == ["0", "0", "0", "0"]


def test_junit_skipped_testcase_is_self_closed_and_read_errors_are_a_testsuite():
    error = {"scope": 'subscription "6666"', "msg": "Could not read <all> & more"}
    report = build_report(dict(make_plan(), errors=[error]), None, check_mode=True)
    root = junit(report)
    skipped = root.find(".//testcase[@name='pe-done']/skipped")
    assert skipped.get("message") == "no rule matched; kept as Approved" and skipped.text is None
    scope = root.find("./testsuite[@name='scope']/testcase")
    assert scope.get("name") == 'subscription "6666"' and scope.find("error").text == "Could not read <all> & more"


def test_summary_lines_count_by_action():
    lines = summary_lines(build_report(make_plan(), None, check_mode=True))
    assert lines[0] == "check mode: 5 connections on 2 resources, 4 with drift, 1 matched no rule"
    assert lines[1] == "by action: approve=1, reject=1, remove=1, none=1, refused=1"


def test_report_refuses_something_else_than_a_plan():
    with pytest.raises(ReportError, match="expected the output of pec_approval_plan"):
        build_report([])


def test_read_errors_are_in_every_format_and_counted():
    error = {"scope": "subscription 6666", "msg": "Could not read the Key Vaults of subscription 6666: 403",
             "azure_error": {"status": 403, "code": "AuthorizationFailed", "message": "no", "request_id": "r"}}
    plan = dict(make_plan(), errors=[error])
    report = build_report(plan, None, check_mode=True)
    assert report["errors"] == [error] and report["summary"]["read_errors"] == 1
    assert "**Not read:** Could not read the Key Vaults" in render_markdown(report)
    junit = ElementTree.fromstring(render_junit(report).split("\n", 1)[1])
    scope_suite = [s for s in junit if s.get("name") == "scope"][0]
    assert scope_suite.get("errors") == "1" and int(junit.get("errors")) >= 1


def test_merged_reports_hold_each_connection_once_and_sum_the_counts():
    plan = make_plan()
    first = build_report(plan, batch_for(plan), check_mode=False, generated_at="2026-11-23T08:00:00Z")
    other = build_report(build_plan(read(connection(parent="kv-b", pe_name="pe-b")), RULES),
                         None, check_mode=False, generated_at="2026-11-23T08:00:05Z")
    merged = merge_reports([first, other, first])
    assert len(merged["connections"]) == len(first["connections"]) + 1
    assert merged["summary"]["connections"] == len(merged["connections"])
    assert merged["generated_at"] == "2026-11-23T08:00:05Z"
    assert merged["batch"]["changes"] == 2 * first["batch"]["changes"]
    assert render_json(merged)  # renders like any report


def test_drift_list_is_bounded_and_failures_come_first():
    plan = make_plan()
    report = build_report(plan, batch_for(plan, failures=("pe-x",)), check_mode=False)
    worst = drift(report, limit=2)
    assert len(worst) == 2 and worst[0]["connection"] == "pe-x" and worst[0]["result"] == "failed"
    assert worst[0]["error"].startswith("Another operation")
    assert len(drift(report)) == report["summary"]["drift"]


def test_markdown_collapses_failures_whose_messages_differ_only_by_names_and_request_ids():
    made = report_of_many(fleet(60), fail_every=1)
    failed = [entry for entry in made["connections"] if entry["error"]]
    for entry in failed:
        entry["error"]["message"] = "PUT private endpoint connection '%s' of Key Vault '%s' in resource group '%s' " \
            "failed: HTTP 403 AuthorizationFailed (x-ms-request-id: %s)" % (
                entry["connection_name"], entry["resource_name"], entry["resource_group"],
                entry["error"]["request_id"])
    failed[0]["error"]["message"] = "something else entirely"
    items = [line for line in section(render_markdown(made), "Problems") if line.startswith("- failed")]
    assert len(items) == 2
    assert items[0].startswith("- failed %dx: Conflict: PUT private endpoint connection '&lt;connection>' of Key Vault "
                               "'&lt;resource>' in resource group '&lt;resource group>' failed: HTTP 403 "
                               "AuthorizationFailed (x-ms-request-id: &lt;request id>). Examples: " % (len(failed) - 1))
    assert items[1].startswith("- failed 1x: Conflict: something else entirely. Example: ")

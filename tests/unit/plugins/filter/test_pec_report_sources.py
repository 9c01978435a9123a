"""Where each fact of the report came from: candidates from Resource Graph, the final word from the resource
provider, a candidate the provider no longer has reported as gone (not failed, no drift left), and the JSON still
valid against the schema."""

import json
import os

import jsonschema

from ansible_collections.privatelink.azure.plugins.plugin_utils._policy import build_plan
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_markdown import render_markdown
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_model import build_report, summary_lines

from ansible_collections.privatelink.azure.tests.unit.plugins.filter.pec_connections import connection, read

SCHEMA = os.path.join(os.path.dirname(__file__), "..", "..", "..", "..", "roles", "pec_approval", "files",
                      "report.schema.json")
RULES = [{"name": "spoke", "match": {"private_endpoint_resource_group": "rg-spoke", "status": "Pending"},
          "action": "approve"}]
GRAPH_AT = {"source": "Resource Graph", "read_at": "2026-12-05T14:02:11Z"}
DISCOVERY = {"requested": "auto", "method": "resource_graph", "subscriptions": 500, "all_subscriptions": True,
             "excluded": []}


def test_a_gone_candidate_is_neither_failed_nor_drift_left_and_every_status_says_where_it_was_read():
    found = dict(read(dict(connection(pe_name="pe-app"), **GRAPH_AT), dict(connection(pe_name="pe-gone"), **GRAPH_AT)),
                 discovery=DISCOVERY)
    plan = build_plan(found, RULES)
    results = [{"connection_id": change["connection_id"], "action": change["action"], "seconds": 0.5,
                "changed": change["connection_name"] == "pe-app", "gone": change["connection_name"] == "pe-gone",
                "status": "Approved" if change["connection_name"] == "pe-app" else "Absent", "error": None,
                "read_at": "2026-12-05T14:02:15Z"} for change in plan["changes"]]
    report = build_report(plan, {"results": results}, generated_at="2026-12-05T14:02:16Z")

    entries = {entry["connection_name"]: entry for entry in report["connections"]}
    assert (entries["pe-gone"]["result"], entries["pe-gone"]["final_status"]) == ("gone", "Absent")
    assert entries["pe-gone"]["drift_remaining"] is False and entries["pe-gone"]["error"] is None
    assert entries["pe-app"]["current_source"] == "Resource Graph, 14:02:11Z"
    assert entries["pe-app"]["final_source"] == "resource provider, 14:02:15Z"
    assert report["summary"]["by_result"]["gone"] == 1 and report["summary"]["drift_remaining"] == 0
    assert report["discovery"] == DISCOVERY
    with open(SCHEMA) as handle:
        jsonschema.validate(json.loads(json.dumps(report)), json.load(handle))
    assert any(line.startswith("Read from Azure Resource Graph") for line in summary_lines(report))
    markdown = render_markdown(report)
    assert "every subscription this identity can list (500)" in markdown
    assert "Resource Graph, 14:02:11Z; then resource provider, 14:02:15Z" in markdown


def test_a_connection_nothing_changed_keeps_where_it_was_read():
    plan = build_plan(read(dict(connection(status="Approved"), source="resource provider",
                                read_at="2026-12-05T09:00:00Z")), RULES)
    [entry] = build_report(plan, None)["connections"]
    assert entry["current_source"] == entry["final_source"] == "resource provider, 09:00:00Z"


def test_the_html_page_says_how_the_scope_was_read():
    from ansible_collections.privatelink.azure.plugins.plugin_utils._report_html import render_html

    plan = build_plan(dict(read(dict(connection(), **GRAPH_AT)), discovery=DISCOVERY), RULES)
    page = render_html(build_report(plan, None, check_mode=True))
    assert ('<p class="meta" id="discovery">Read from Azure Resource Graph (candidates; every change reads its '
            "connection from the resource provider first) over every subscription this identity can list (500).</p>"
            in page.replace("&#x27;", "'"))

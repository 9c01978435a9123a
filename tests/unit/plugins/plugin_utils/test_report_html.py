"""The HTML drift report as text: self-contained, every number from the report, every text escaped."""

import base64
import hashlib
import json
import re
from html import unescape
from html.parser import HTMLParser

from ansible_collections.privatelink.azure.plugins.plugin_utils._report_html import render_html
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_history import history_run
from ansible_collections.privatelink.azure.plugins.plugin_utils._policy import build_plan
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_model import build_report
from ansible_collections.privatelink.azure.tests.unit.plugins.filter.pec_connections import connection, read
from ansible_collections.privatelink.azure.tests.unit.plugins.filter.pec_reports import fleet, report

HOSTILE = '<script>alert(1)</script><img src=x onerror=alert(2)>"\'</td></table><!--'


class Page(HTMLParser):
    """Tags, attributes and the text of the script and data blocks of a page."""

    def __init__(self, text):
        super().__init__(convert_charrefs=True)
        self.tags, self.scripts, self.attributes, self._in_script = [], [], [], None
        self.feed(text)

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attributes.extend(attrs)
        if tag in ("script", "style"):
            self._in_script = dict(attrs).get("type") or tag
            self.scripts.append([self._in_script, ""])

    def handle_endtag(self, tag):
        if tag in ("script", "style"):
            self._in_script = None

    def handle_data(self, data):
        if self._in_script:
            self.scripts[-1][1] += data


def data_block(page):
    """The table data with the coded columns decoded: {"columns": [...], "rows": [[...]]}."""
    data = json.loads(next(text for kind, text in page.scripts if kind == "application/json"))
    coded = [(data["columns"].index(name), values) for name, values in data["values"].items()]
    for row in data["rows"]:
        for position, values in coded:
            row[position] = values[row[position]]
    return data


def test_page_is_self_contained_and_its_policy_allows_only_its_own_style_and_script():
    text = render_html(report(fleet(40), fail_every=5), [])
    page = Page(text)
    assert not [value for name, value in page.attributes if name in ("src", "href") and value]
    assert "url(" not in text and "@import" not in text
    policy = unescape(re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', text).group(1))
    assert "default-src 'none'" in policy
    for kind, body in page.scripts:
        if kind != "application/json":
            digest = base64.b64encode(hashlib.sha256(body.encode()).digest()).decode()
            assert "'sha256-%s'" % digest in policy, kind
    assert [script[0] for script in page.scripts] == ["style", "application/json", "script"]


def test_every_connection_is_in_the_table_data_and_the_cards_are_the_summary():
    made = report(fleet(60), fail_every=4)
    text = render_html(made, [])
    data = data_block(Page(text))
    assert len(data["rows"]) == len(made["connections"]) == 60
    column = data["columns"].index("connection")
    names = [row[column] for row in data["rows"]]
    assert sorted(names) == sorted(e["connection_name"] for e in made["connections"])
    flags = [(row[data["columns"].index("result")], row[-1], row[-2]) for row in data["rows"]]
    rank = [0 if result == "failed" else (1 if left else (2 if found else 3)) for result, left, found in flags]
    assert rank == sorted(rank) and rank[0] == 0 and rank[-1] == 3  # failed, drift left, drift fixed, in sync
    for key in ("connections", "drift", "drift_remaining", "unmatched"):
        assert 'data-summary="%s"><b>%d</b>' % (key, made["summary"][key]) in text
    assert 'data-summary="by_result.failed"><b>%d</b>' % made["summary"]["by_result"]["failed"] in text
    assert text.count("<svg") == 2  # results and actions; no trend without history


def test_rows_carry_the_tags_the_request_message_the_description_to_write_and_why_earlier_rules_did_not_match():
    connections = [connection(pe_name="pe-req", pe_sub="77777777-7777-7777-7777-777777777777", status="Pending",
                              tags={"env": "dev"}, request_message="CHG0042")]
    rules = [{"name": "prod-only", "match": {"resource_tags": {"env": "prod"}}, "action": "approve"},
             {"name": "pending", "match": {"status": "Pending"}, "action": "approve",
              "description": "ok for ${request_message}"}]
    plan = build_plan(read(*connections), rules)
    data = data_block(Page(render_html(build_report(plan, None, check_mode=True), [])))
    row = dict(zip(data["columns"], data["rows"][0]))
    assert (row["tags"], row["request"], row["writes"], row["rule"], row["why"]) == (
        "env=dev", "CHG0042", "ok for CHG0042", "pending", "prod-only: tag env: dev not in [prod]")


def test_each_azure_error_shows_code_message_and_request_id_grouped_by_cause():
    made = report(fleet(30), fail_every=3)
    failed = [e for e in made["connections"] if e["error"]]
    failed[0]["error"]["message"] = "Quota exceeded for %s" % failed[0]["resource_name"]
    text = render_html(made, [])
    errors = text[text.index("<h3>Azure errors: %d</h3>" % len(failed)):text.index("</section>", text.index("Azure"))]
    assert errors.count("<tr>") == len(failed) + 2  # two groups, each with its header row
    assert "<summary><b>%dx</b> Conflict: Another operation is in progress on the vault</summary>" % (
        len(failed) - 1) in errors
    assert "<summary><b>1x</b> Conflict: Quota exceeded for &lt;resource&gt;</summary>" in errors
    for entry in failed:
        assert "<td>%s</td>" % entry["error"]["request_id"] in errors
    assert "<td>Conflict</td><td>Quota exceeded for %s</td>" % failed[0]["resource_name"] in errors


def test_names_messages_and_history_from_other_tenants_are_escaped():
    connections = [connection(pe_name="pe-%d" % n, name="c%s%d" % (HOSTILE, n), parent="kv" + HOSTILE,
                              description=HOSTILE, rg="rg" + HOSTILE) for n in range(3)]
    made = report(connections, fail_every=1)
    for entry in made["connections"]:
        entry["error"].update(message=HOSTILE, code=HOSTILE, request_id=HOSTILE)
    made["warnings"] = [HOSTILE]
    text = render_html(made, [dict(made, generated_at=HOSTILE)])
    page = Page(text)
    assert "img" not in page.tags
    assert [script[0] for script in page.scripts] == ["style", "application/json", "script"]
    assert not [pair[0] for pair in page.attributes if pair[0].startswith("on")]
    data = next(body for kind, body in page.scripts if kind == "application/json")
    assert "<" not in data and ">" not in data
    assert data_block(page)["rows"][0][0] == "kv" + HOSTILE  # intact once parsed


def test_history_draws_the_trend_with_one_row_per_run():
    connections = fleet(50)
    trial = report(connections[:40], check_mode=True, generated_at="2026-11-21T08:00:00Z")
    trial["scope"] = {"subscriptions": [], "resource_groups": ["rg-01"], "resources": [], "resource_types": []}
    earlier = [history_run(trial),
               report(connections[:45], generated_at="2026-11-22T08:00:00Z")]  # a whole JSON report works too
    latest = report(connections, generated_at="2026-11-23T08:00:00Z")
    latest["scope"] = {"subscriptions": ["00000000-0000-0000-0000-000000000000", "1", "2"], "resource_groups": [],
                       "resources": [], "resource_types": ["keyvault"]}
    text = render_html(latest, earlier)
    runs = text[text.index('<table class="plain" id="runs">'):]
    runs = runs[:runs.index("</table>")]
    assert runs.count("<tr>") == 1 + 3
    # Times with their year and zone; each run's mode and scope (a run written before scopes were kept: "not
    # recorded").
    assert "<td>2026-11-21 08:00 UTC</td><td>check</td><td>1 resource group (rg-01)</td>" in runs
    assert "<td>2026-11-22 08:00 UTC</td><td>apply</td><td>not recorded</td>" in runs
    assert "<td>2026-11-23 08:00 UTC</td><td>apply</td><td>3 subscriptions (00000000-0000-0000-0000-000000000000, " \
           "1, ...); types: keyvault</td>" in runs
    assert "Trend over the last 3 runs" in text and text.count("<svg") == 3


def test_parts_of_the_scope_not_read_are_shown_with_the_azure_error():
    made = report(fleet(5))
    made["errors"] = [{"scope": "subscription 1", "msg": "403 <b>denied</b>",
                       "azure_error": {"status": 403, "code": "AuthorizationFailed", "request_id": "r-9"}}]
    text = render_html(made, [])
    assert '<b>Not read:</b> 403 &lt;b&gt;denied&lt;/b&gt; <small>(status 403, code AuthorizationFailed, ' \
           'request id r-9)</small>' in text

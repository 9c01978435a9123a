# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The HTML drift report: one self-contained page (inline style, script and SVG charts; nothing fetched).

Entry point: ``render_html(report, history)``; `history` is a list of earlier runs (their JSON reports, or the
runs kept in the role's history file, see _report_history), oldest first, possibly empty. Used by the
``pec_approval_report_html`` filter and by any controller-side plugin that writes reports.

Every text from Azure (names, descriptions, error messages: they come from other tenants too) goes through
``escape``; the page's Content-Security-Policy then only lets our own style sheet and script run.
"""

from __future__ import annotations

import base64
import hashlib
import json
from html import escape
from operator import itemgetter

from ansible_collections.privatelink.azure.plugins.plugin_utils._report_assets import SCRIPT, STYLE
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_history import check_runs, history_run, trend
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_svg import bar_chart, line_chart
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_text import (
    ACTION_NAMES, PROBLEM_EXAMPLES, RESULT_NAMES, action_label, discovery_text, in_order,
    nonzero, problem_groups, problem_text, rule_label, service_rows, tags_text, type_label, why_text)
from ansible_collections.privatelink.azure.plugins.module_utils._arm import private_endpoint_parts

# Summary cards: (summary path, label, highlighted when not zero).
_CARDS = (
    (("connections",), "connections", False),
    (("resources",), "resources", False),
    (("drift",), "drift found", True),
    (("drift_remaining",), "drift left", True),
    (("by_result", "changed"), "changed", False),
    (("by_result", "would_change"), "would change", True),
    (("by_result", "failed"), "failed", True),
    (("by_result", "refused"), "refused", True),
    (("by_result", "blocked"), "blocked", True),
    (("unmatched",), "matched no rule", False),
)
# Filters above the connections table: (row data attribute, label, kind); "choice" ones list the values found.
_FILTERS = (
    ("resource", "Resource", "text"),
    ("status", "Status", "choice"),
    ("action", "Action", "choice"),
    ("result", "Result", "choice"),
    ("rule", "Rule", "choice"),
    ("epsub", "Endpoint subscription", "choice"),
    ("any", "Search everything", "text"),
)
# What the script gets per connection (the last two are 0/1 flags), and the columns it draws from them.
_ROW_FIELDS = ["resource", "group", "tags", "type", "connection", "endpoint", "endpoint_id", "epsub", "status",
               "desired", "action_text", "result", "rule", "why", "request", "writes", "note", "action", "drift",
               "drift_remaining"]
_CODED = ("resource", "group", "tags", "type", "epsub", "status", "desired", "action_text", "result", "rule", "why",
          "note", "action")
_COLUMNS = ("Resource", "Type", "Connection", "Private endpoint", "Endpoint subscription", "Status", "Desired",
            "Action", "Result", "Rule", "Request message", "Description to write", "Note")
_OPEN_GROUP = 5  # a group of Azure errors this small starts unfolded
_TREND_SERIES = (("drift found", "drift"), ("drift left", "drift_remaining"), ("changed", "changed"),
                 ("failed", "failed"), ("new connections", "appeared"))


def render_html(report, history=(), services=None):
    """The whole page (str) for a report dict (schema_version 1) and the earlier runs, oldest first.
    `services`: the report's ``service_rows``, when the caller has them already (it renders Markdown too)."""
    runs = check_runs(list(history or ()))
    title = "Private endpoint connection drift report"
    body = [
        "<h1>%s</h1>" % title,
        '<p class="meta">%s &middot; %s</p>' % (escape(str(report.get("generated_at") or "time unknown")),
                                                "check mode (no change made)" if report["check_mode"] else "applied"),
    ]
    read = discovery_text(report.get("discovery"))
    if read:
        body.append('<p class="meta" id="discovery">%s</p>' % escape(read))
    body += _banners(report)
    body += _summary(report, services or service_rows(report))
    if runs:
        body += _trend(runs + [history_run(report)])
    body += _problems(report["connections"])
    body += _connections(report["connections"])
    csp = "default-src 'none'; style-src '%s'; script-src '%s'; img-src data:; base-uri 'none'; form-action 'none'" \
        % (_digest(STYLE), _digest(SCRIPT))
    return "".join([
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">',
        '<meta http-equiv="Content-Security-Policy" content="%s">' % escape(csp),
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>%s %s</title>" % (title, escape(str(report.get("generated_at") or ""))),
        "<style>%s</style></head>\n<body>\n" % STYLE,
        "\n".join(body),
        "\n<script>%s</script>\n</body></html>\n" % SCRIPT,
    ])


def _digest(text):
    return "sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")


def _cell(value, css=None):
    return "<td%s>%s</td>" % (' class="%s"' % css if css else "", escape("" if value is None else str(value)))


def _banners(report):
    lines = []
    valve = report["safety_valve"]
    if valve["tripped"]:
        lines.append('<p class="banner bad" id="safety-valve"><b>Safety valve tripped:</b> %d connections would be '
                     "rejected or removed, the limit is %d. Nothing was changed.</p>"
                     % (valve["destructive_changes"], valve["limit"]))
    lines.extend('<p class="banner warn">Warning: %s</p>' % escape(str(warning)) for warning in report["warnings"])
    for error in report.get("errors") or []:  # parts of the scope that could not be read
        azure = error.get("azure_error") or {}
        details = ", ".join("%s %s" % (key.replace("_", " "), azure[key])
                            for key in ("status", "code", "request_id") if azure.get(key))
        lines.append('<p class="banner bad not-read"><b>Not read:</b> %s%s</p>' % (
            escape(str(error.get("msg"))), " <small>(%s)</small>" % escape(details) if details else ""))
    return lines


def _summary(report, services):
    summary = report["summary"]
    cards = []
    for path, label, hot in _CARDS:
        value = summary
        for key in path:
            value = value.get(key, 0)
        cards.append('<div class="card%s" data-summary="%s"><b>%d</b><span>%s</span></div>'
                     % (" hot" if hot and value else "", ".".join(path), value, label))
    results = [(name.replace("_", " "), count, name)
               for name, count in in_order(summary["by_result"], RESULT_NAMES).items()]
    actions = [(name, count, name) for name, count in in_order(summary["by_action"], ACTION_NAMES).items()]
    rows, total = services
    table = ['<table class="plain" id="by-service"><thead><tr><th>Service</th><th>Subscription</th><th>Resources</th>'
             "<th>Connections</th><th>Drift found</th><th>Drift left</th><th>Actions</th><th>Results</th></tr>"
             "</thead><tbody>"]
    for row in rows + ([total] if len(rows) > 1 else []):
        table.append("<tr>%s</tr>" % "".join([
            _cell(row["service"]), _cell(row["subscription"]), _cell(row["resources"], "n"),
            _cell(row["connections"], "n"), _cell(row["drift"], "n"), _cell(row["drift_remaining"], "n"),
            _cell(nonzero(row["by_action"])), _cell(nonzero(row["by_result"]))]))
    table.append("</tbody></table>")
    return ['<section id="summary"><h2>Summary</h2>', '<div class="cards">%s</div>' % "".join(cards),
            '<div class="charts"><figure>%s<figcaption>Connections by result</figcaption></figure>'
            "<figure>%s<figcaption>Connections by action</figcaption></figure></div>"
            % (bar_chart("Connections by result", results), bar_chart("Connections by action", actions)),
            "".join(table), "</section>"]


def _run_label(point, index):
    """'2026-11-23 08:00 UTC' (generated_at is UTC, like the headline), or 'run 3' when the run has no time."""
    stamp = str(point["generated_at"] or "")
    return stamp[:16].replace("T", " ") + " UTC" if len(stamp) >= 16 else "run %d" % (index + 1)


def _trend(runs):
    points = trend(runs)
    labels = [_run_label(point, index) for index, point in enumerate(points)]
    series = [(name, key, [point[key] for point in points]) for name, key in _TREND_SERIES]
    table = ['<table class="plain" id="runs"><thead><tr><th>Run</th><th>Mode</th><th>Scope</th>'
             "<th>Connections</th><th>Drift found</th><th>Drift left</th><th>Changed</th><th>Failed</th><th>New</th>"
             "<th>Gone</th><th>Changed outside the role</th></tr></thead><tbody>"]
    keys = ("connections", "drift", "drift_remaining", "changed", "failed", "appeared", "disappeared",
            "changed_elsewhere")
    for label, point in zip(labels, points):
        cells = [_cell(label), _cell(point["mode"]), _cell(point["scope"])]
        cells += [_cell("-" if point[key] is None else point[key], "n") for key in keys]
        table.append("<tr>%s</tr>" % "".join(cells))
    table.append("</tbody></table>")
    return ['<section id="history"><h2>Trend over the last %d runs</h2>' % len(points),
            "<figure>%s</figure>" % line_chart("Drift and changes per run", labels, series), "".join(table),
            "<p><small>Times are UTC. New / gone: connections that appeared or disappeared since the run before "
            "(not counting those the role removed); a change of scope between two runs shows up here too. Changed "
            "outside the role: status at the start of the run differs from the status the run before left. A run "
            "with <code>pec_approval_report_history_add: false</code> draws this trend without joining it."
            "</small></p></section>"]


def _problems(connections):
    """Azure errors and refusals, grouped by cause. Each group of errors opens onto a table of every error in it
    (resource, connection, action, HTTP status, code, message, request id); large groups start folded."""
    groups = problem_groups(connections)
    failures = [group for group in groups if group["result"] != "refused"]
    refusals = [group for group in groups if group["result"] == "refused"]
    if not groups:
        return []
    lines = ['<section id="problems"><h2>Problems</h2>']
    if failures:
        lines.append("<h3>Azure errors: %d</h3>" % sum(group["count"] for group in failures))
    for group in failures:
        lines.append('<details class="errors"%s><summary><b>%dx</b> %s%s</summary>' % (
            " open" if group["count"] <= _OPEN_GROUP else "", group["count"],
            "%s: " % escape(group["code"]) if group["code"] else "", escape(group["message"])))
        lines.append('<table class="errors"><thead><tr><th>Resource</th><th>Connection</th><th>Action</th>'
                     "<th>HTTP status</th><th>Code</th><th>Message</th><th>Request id</th></tr></thead><tbody>")
        for entry in group["entries"]:
            error = entry.get("error") or {}
            lines.append("<tr>%s</tr>" % "".join([
                _cell(entry["resource_name"]), _cell(entry["connection_name"]), _cell(entry["action"]),
                _cell(error.get("status")), _cell(error.get("code")), _cell(error.get("message")),
                _cell(error.get("request_id"))]))
        lines.append("</tbody></table></details>")
    if refusals:
        lines.append("<h3>Refused: %d</h3><ul>" % sum(group["count"] for group in refusals))
        for group in refusals:
            examples = ", ".join("%s / %s" % (e["resource_name"], e["connection_name"])
                                 for e in group["entries"][:PROBLEM_EXAMPLES])
            more = group["count"] - PROBLEM_EXAMPLES
            lines.append("<li><b>%dx</b> %s <small>e.g. %s%s</small></li>" % (
                group["count"], escape(group["message"]), escape(examples),
                " and %d more (filter the table by result &ldquo;refused&rdquo;)" % more if more > 0 else ""))
        lines.append("</ul>")
    lines.append("</section>")
    return lines


def _connections(connections):
    """The table of every connection, drift first: its rows are JSON data drawn a page at a time by the page's
    script, so that opening, filtering and sorting cost the same for 30 or 3,000 connections."""
    columns = _table_columns(sorted(connections, key=_attention_order))  # drift first, like the Markdown report
    choices = {spec[0]: set(columns[spec[0]]) for spec in _FILTERS if spec[2] == "choice"}
    data = json.dumps(_coded(columns), separators=(",", ":"))
    # Inside <script type="application/json"> only "<" can end the block early ("</script>", "<!--").
    data = data.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return ['<section id="table"><h2>Connections</h2>', _filter_form(choices),
            '<p id="shown" data-total="%d">%d connections</p>' % (len(connections), len(connections)),
            "<noscript><p>Sorting, filtering and this table need JavaScript; the JSON and Markdown reports beside "
            "this file hold every connection.</p></noscript>",
            '<div class="wide"><table id="connections"><thead><tr>%s</tr></thead><tbody></tbody></table></div>'
            % "".join("<th>%s</th>" % name for name in _COLUMNS),
            '<div id="pager" hidden><button type="button" data-page="-1">Previous</button> '
            '<button type="button" data-page="1">Next</button> <label>Rows per page <select id="page-size">'
            '<option value="50">50</option><option value="200">200</option><option value="0">all</option>'
            "</select></label></div>",
            '<script type="application/json" id="report-data">%s</script></section>' % data]


def _coded(columns):
    """The table data for the page: in the columns whose values repeat (_CODED), each value becomes an index into
    ``values[column]`` (3,000 connections: about 40% less to read when the page opens); rows of _ROW_FIELDS."""
    values = {}
    for name in _CODED:
        values[name] = list(dict.fromkeys(columns[name]))  # in order of first appearance
        index = {value: position for position, value in enumerate(values[name])}
        columns[name] = list(map(index.__getitem__, columns[name]))
    return {"columns": _ROW_FIELDS, "values": values, "rows": list(zip(*[columns[name] for name in _ROW_FIELDS]))}


def _attention_order(entry):
    """Failed, then drift left in place, then drift corrected, then the rest (sorted() keeps report order within)."""
    if entry["result"] == "failed":
        return 0
    return 1 if entry["drift_remaining"] else (2 if entry["drift"] else 3)


def _texts(values):
    """Each value as the page shows it: a string, '' for none."""
    values = list(values)
    if set(map(type, values)) <= {str}:
        return values
    return ["" if value is None else str(value) for value in values]


def _table_columns(entries):
    """_ROW_FIELDS of every entry, column by column: strings but the two 0/1 flags. A label is worked out once per
    distinct value (type, action and result), a private endpoint id parsed once per entry."""
    def own(key):
        return list(map(itemgetter(key), entries))

    def own_or_none(key):
        return [entry.get(key) for entry in entries]

    types, results, actions = own("resource_type"), own("result"), own("action")
    type_labels = {name: type_label({"resource_type": name}) for name in set(types)}
    action_labels = {pair: action_label({"result": pair[0], "action": pair[1]}) for pair in set(zip(results, actions))}
    endpoint_ids = own_or_none("private_endpoint_id")
    endpoints = list(map(private_endpoint_parts, endpoint_ids))
    return {
        "resource": _texts(own("resource_name")), "group": _texts(own("resource_group")),
        "tags": list(map(tags_text, entries)), "type": _texts(map(type_labels.__getitem__, types)),
        "connection": _texts(own("connection_name")),
        "endpoint": _texts("%s/%s" % (group, name) if name else endpoint_id
                           for endpoint_id, (_subscription, group, name) in zip(endpoint_ids, endpoints)),
        "endpoint_id": _texts(endpoint_ids),
        "epsub": _texts(subscription or "(none)" for subscription, _group, _name in endpoints),
        "status": _texts(own("current_status")), "desired": _texts(own("desired_status")),
        "action_text": _texts(map(action_labels.__getitem__, zip(results, actions))), "result": _texts(results),
        "rule": _texts(map(rule_label, entries)),
        "why": [why_text(entry, "\n") if entry.get("rules_not_matched") else "" for entry in entries],
        "request": _texts(own_or_none("request_message")), "writes": _texts(own_or_none("description")),
        "note": [problem_text(entry) if entry.get("error") or entry.get("reason") else "" for entry in entries],
        "action": _texts(actions),
        "drift": [1 if entry["drift"] else 0 for entry in entries],
        "drift_remaining": [1 if entry["drift_remaining"] else 0 for entry in entries],
    }


def _filter_form(choices):
    fields = []
    for field, label, kind in _FILTERS:
        if kind == "text":
            control = '<input type="search" data-f="%s" data-kind="text" placeholder="contains">' % field
        else:
            options = "".join('<option value="%s">%s</option>' % (escape(value), escape(value))
                              for value in sorted(choices[field], key=str.lower))
            control = '<select data-f="%s" data-kind="choice"><option value="">all</option>%s</select>' % (
                field, options)
        fields.append("<label>%s%s</label>" % (label, control))
    fields.append('<label>Drift found<input type="checkbox" data-f="drift" data-kind="flag"></label>')
    fields.append('<button type="reset">Clear</button>')
    return '<form id="filters" hidden>%s</form>' % "".join(fields)

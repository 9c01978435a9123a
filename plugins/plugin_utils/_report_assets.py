# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The HTML drift report's style sheet and script, inlined into every report (no external file, font or script).

The page's Content-Security-Policy allows exactly these two texts (by their SHA-256), so nothing else can run or
style the page even if a name from another tenant slipped through the escaping. The script reads the connections
from the page's JSON data block and draws one page of rows at a time with textContent (never markup), so opening
and filtering cost the same for 30 or 3,000 connections. Without the script (an e-mail client's preview) the
summary, trend and problems are all there; the connection table says where to find every connection.
"""

from __future__ import annotations

STYLE = """
body{font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;margin:0 24px 40px;color:#1f2328}
h1{font-size:22px;margin:18px 0 4px}h2{font-size:18px;margin:26px 0 8px;border-bottom:1px solid #d0d7de}
.meta{color:#59636e;margin:0 0 8px}
.banner{padding:8px 12px;border-radius:6px;margin:8px 0}.banner.bad{background:#ffebe9;border:1px solid #ff8182}
.banner.warn{background:#fff8c5;border:1px solid #d4a72c}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:10px 0}
.card{border:1px solid #d0d7de;border-radius:6px;padding:6px 12px;min-width:72px}
.card b{display:block;font-size:22px}.card span{color:#59636e}.card.hot b{color:#cf222e}
.charts{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
.chart text{font-size:12px;fill:#1f2328}.chart .grid{stroke:#d0d7de}
.chart polyline{fill:none!important;stroke-width:2}
.c-in_sync,.c-none,.c-gone{fill:#8c959f}.c-would_change,.c-drift{fill:#bf8700}.c-changed,.c-approve{fill:#1a7f37}
.c-failed{fill:#cf222e}.c-refused{fill:#8250df}.c-blocked,.c-reject{fill:#bc4c00}.c-remove{fill:#0969da}
.s-drift{stroke:#bf8700;fill:#bf8700}.s-drift_remaining{stroke:#cf222e;fill:#cf222e}
.s-changed{stroke:#1a7f37;fill:#1a7f37}.s-failed{stroke:#8250df;fill:#8250df}.s-appeared{stroke:#0969da;fill:#0969da}
table{border-collapse:collapse;margin:6px 0}th,td{border:1px solid #d0d7de;padding:3px 6px;text-align:left;vertical-align:top}
th{background:#f6f8fa}td.n{text-align:right}
#connections{width:100%;font-size:13px}#connections th{cursor:pointer;position:sticky;top:0}
#connections th[aria-sort=ascending]::after{content:" \\25b2"}#connections th[aria-sort=descending]::after{content:" \\25bc"}
tr.drift td{background:#fff8c5}tr.failed td{background:#ffebe9}tr.fixed td{background:#dafbe1}
small{color:#59636e}details.errors{margin:6px 0}details.errors summary{cursor:pointer}
details.why summary{cursor:pointer;color:#59636e;font-size:smaller}details.why div{white-space:pre-line;font-size:smaller}
div.wide{overflow-x:auto}#connections td:last-child{min-width:16em}
form#filters{display:flex;flex-wrap:wrap;gap:8px 14px;align-items:end;margin:6px 0}
form#filters label{display:flex;flex-direction:column;font-size:12px;color:#59636e}
#shown{font-weight:600}
"""

SCRIPT = """
(function () {
  "use strict";
  var source = document.getElementById("report-data");
  var table = document.getElementById("connections");
  var form = document.getElementById("filters");
  if (!source || !table || !form) { return; }
  var data = JSON.parse(source.textContent);
  var col = {};
  data.columns.forEach(function (name, index) { col[name] = index; });
  // Columns whose values repeat hold an index into data.values[column] (a smaller page to read).
  var coded = data.values || {};
  function get(row, name) {
    var value = row[col[name]];
    return coded[name] ? coded[name][value] : value;
  }
  var items = data.rows.map(function (row, index) { return {row: row, index: index, text: {}}; });
  var body = table.tBodies[0];
  var shown = document.getElementById("shown");
  var pager = document.getElementById("pager");
  var pageSize = document.getElementById("page-size");
  var controls = Array.prototype.slice.call(form.querySelectorAll("[data-f]"));
  // What a text filter looks at: the resource filter its name and group, "any" every text of the row.
  var textFields = {resource: ["resource", "group"], any: data.columns.slice(0, col.drift)};
  // What each column shows (and sorts by).
  var columns = [["resource", "group"], ["type"], ["connection"], ["endpoint", "endpoint_id"], ["epsub"],
                 ["status"], ["desired"], ["action_text"], ["result"], ["rule", "why"], ["request"], ["writes"],
                 ["note"]];
  var matching = items;
  var page = 0;

  function lowered(item, field) {
    if (item.text[field] === undefined) {
      item.text[field] = textFields[field].map(function (name) { return get(item.row, name); }).join(" ")
        .toLowerCase();
    }
    return item.text[field];
  }

  function wanted() {
    return controls.map(function (control) {
      var kind = control.getAttribute("data-kind");
      var value = kind === "flag" ? control.checked : control.value;
      if (kind === "text") { value = value.trim().toLowerCase(); }
      return {field: control.getAttribute("data-f"), kind: kind, value: value};
    }).filter(function (want) { return want.value !== "" && want.value !== false; });
  }

  function matches(item, wants) {
    for (var i = 0; i < wants.length; i++) {
      var want = wants[i];
      if (want.kind === "text") {
        if (lowered(item, want.field).indexOf(want.value) < 0) { return false; }
      } else if (want.kind === "flag") {
        if (item.row[col[want.field]] !== 1) { return false; }
      } else if (get(item.row, want.field) !== want.value) {
        return false;
      }
    }
    return true;
  }

  function cell(tr, text, title) {
    var td = document.createElement("td");
    td.textContent = text;
    if (title) { td.title = title; }
    tr.appendChild(td);
    return td;
  }

  // Why the rules before the deciding one did not match: folded under the rule, one line per rule.
  function why(td, text) {
    if (!text) { return; }
    var details = document.createElement("details");
    details.className = "why";
    var summary = document.createElement("summary");
    var lines = document.createElement("div");
    lines.textContent = text;
    summary.textContent = "earlier rules: " + text.split("\\n").length + " not matched";
    details.appendChild(summary);
    details.appendChild(lines);
    td.appendChild(details);
  }

  // A second, smaller line in a cell (the resource's group and tags).
  function below(td, text) {
    if (!text) { return; }
    var small = document.createElement("small");
    small.textContent = text;
    td.appendChild(document.createElement("br"));
    td.appendChild(small);
  }

  function drawRow(row) {
    var tr = document.createElement("tr");
    var result = get(row, "result");
    if (result === "failed") { tr.className = "failed"; }
    else if (row[col.drift_remaining] === 1) { tr.className = "drift"; }
    else if (result === "changed") { tr.className = "fixed"; }
    var first = cell(tr, get(row, "resource"));
    below(first, get(row, "group"));
    below(first, get(row, "tags") && "tags: " + get(row, "tags"));
    cell(tr, get(row, "type"));
    cell(tr, get(row, "connection"));
    cell(tr, get(row, "endpoint"), get(row, "endpoint_id"));
    ["epsub", "status", "desired", "action_text"].forEach(function (name) { cell(tr, get(row, name)); });
    cell(tr, result.replace("_", " "));
    why(cell(tr, get(row, "rule")), get(row, "why"));
    ["request", "writes", "note"].forEach(function (name) { cell(tr, get(row, name)); });
    return tr;
  }

  function draw() {
    var size = Number(pageSize.value) || matching.length || 1;
    var pages = Math.max(1, Math.ceil(matching.length / size));
    page = Math.min(Math.max(page, 0), pages - 1);
    var first = page * size;
    var slice = matching.slice(first, first + size);
    var fragment = document.createDocumentFragment();
    slice.forEach(function (item) { fragment.appendChild(drawRow(item.row)); });
    body.textContent = "";
    body.appendChild(fragment);
    shown.setAttribute("data-matching", String(matching.length));
    shown.textContent = matching.length + " of " + items.length + " connections match" +
      (slice.length < matching.length ? "; showing " + (first + 1) + "-" + (first + slice.length) : "");
    pager.hidden = matching.length <= Number(pageSize.options[0].value);
  }

  function apply() {
    var wants = wanted();
    matching = wants.length ? items.filter(function (item) { return matches(item, wants); }) : items;
    page = 0;
    draw();
    return matching.length;
  }

  function sortBy(header) {
    var fields = columns[header.cellIndex];
    var descending = header.getAttribute("aria-sort") === "ascending";
    Array.prototype.forEach.call(header.parentNode.cells, function (th) { th.removeAttribute("aria-sort"); });
    header.setAttribute("aria-sort", descending ? "descending" : "ascending");
    var keyed = items.map(function (item) {
      return {item: item, key: fields.map(function (name) { return get(item.row, name); }).join(" ").toLowerCase()};
    });
    keyed.sort(function (a, b) {
      var order = a.key < b.key ? -1 : (a.key > b.key ? 1 : a.item.index - b.item.index);
      return descending ? -order : order;
    });
    items = keyed.map(function (entry) { return entry.item; });
    apply();
  }

  form.hidden = false;
  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () { setTimeout(apply, 0); });
  pageSize.addEventListener("change", function () { page = 0; draw(); });
  Array.prototype.forEach.call(pager.querySelectorAll("button[data-page]"), function (button) {
    button.addEventListener("click", function () { page += Number(button.getAttribute("data-page")); draw(); });
  });
  Array.prototype.forEach.call(table.tHead.rows[0].cells, function (header) {
    header.tabIndex = 0;
    header.addEventListener("click", function () { sortBy(header); });
    header.addEventListener("keydown", function (event) { if (event.key === "Enter") { sortBy(header); } });
  });
  window.pecReport = {apply: apply, sortBy: sortBy};
  apply();
}());
"""

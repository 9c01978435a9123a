"""What a test reads from, and does to, an HTML drift report open in Chromium, and what the JSON report says
it should find. The expected numbers are worked out here from the JSON, independently of the renderer."""

import json

PAGE_SIZE = 50  # rows the table draws per page by default

STATE = """(function () {
  var cards = {};
  document.querySelectorAll("[data-summary]").forEach(function (card) {
    cards[card.getAttribute("data-summary")] = Number(card.querySelector("b").textContent);
  });
  var shown = document.getElementById("shown");
  return {cards: cards, total: Number(shown.getAttribute("data-total")),
          matching: Number(shown.getAttribute("data-matching")),
          rows: document.querySelectorAll("#connections tbody tr").length,
          errors: document.querySelectorAll("table.errors tbody tr").length,
          runs: document.querySelectorAll("#runs tbody tr").length,
          scripts: document.scripts.length, filters_shown: !document.getElementById("filters").hidden};
}())"""


def state(browser):
    return browser.evaluate(STATE)


def set_filter(browser, field, value):
    """Set one filter control like a user would (the change event), return how many connections match then."""
    return browser.evaluate("""(function (field, value) {
      var control = document.querySelector('#filters [data-f="' + field + '"]');
      if (control.type === "checkbox") { control.checked = value; } else { control.value = value; }
      control.dispatchEvent(new Event(control.type === "search" ? "input" : "change", {bubbles: true}));
      return Number(document.getElementById("shown").getAttribute("data-matching"));
    }(%s, %s))""" % (json.dumps(field), json.dumps(value)))


def clear_filters(browser):
    return browser.evaluate("""(function () {
      document.getElementById("filters").reset();
      return window.pecReport.apply();
    }())""")


def show_all_rows(browser):
    return browser.evaluate("""(function () {
      var size = document.getElementById("page-size");
      size.value = "0";
      size.dispatchEvent(new Event("change", {bubbles: true}));
      return document.querySelectorAll("#connections tbody tr").length;
    }())""")


def endpoint_subscription(entry):
    parts = (entry.get("private_endpoint_id") or "").split("/")
    return parts[2] if len(parts) > 2 and parts[1].lower() == "subscriptions" else "(none)"


def expected_matches(report, field, value):
    """How many connections a filter should leave, from the JSON report."""
    tests = {
        "status": lambda e: e["current_status"] == value,
        "action": lambda e: e["action"] == value,
        "result": lambda e: e["result"] == value,
        "rule": lambda e: (e["rule"] if e["rule"] is not None else "(no rule matched)") == value,
        "epsub": lambda e: endpoint_subscription(e) == value,
        "resource": lambda e: value.lower() in ("%s %s" % (e["resource_name"], e["resource_group"])).lower(),
        "drift": lambda e: bool(e["drift"]),
    }
    return sum(1 for entry in report["connections"] if tests[field](entry))


def summary_value(report, path):
    value = report["summary"]
    for key in path.split("."):
        value = value[key]
    return value


def assert_page_matches_report(browser, report, runs=None):
    """The page's numbers are the JSON's: total rows, each summary card, Azure errors, trend rows."""
    found = state(browser)
    total = len(report["connections"])
    assert found["filters_shown"], "the script did not run (the filter form is still hidden)"
    assert found["total"] == found["matching"] == total
    assert found["rows"] == min(total, PAGE_SIZE)
    assert found["cards"], "no summary cards"
    for path, value in found["cards"].items():
        assert value == summary_value(report, path), path
    assert found["errors"] == sum(1 for entry in report["connections"] if entry.get("error"))
    if runs is not None:
        assert found["runs"] == runs
    assert found["scripts"] == 2  # our script and the data block, nothing else
    return found


def assert_filters_narrow(browser, report):
    """Each filter, alone, leaves exactly the connections the JSON says; at least one of them narrows."""
    sample = next((e for e in report["connections"] if e["drift"]), report["connections"][0])
    checks = [("status", sample["current_status"]), ("action", sample["action"]), ("result", sample["result"]),
              ("rule", sample["rule"] if sample["rule"] is not None else "(no rule matched)"),
              ("epsub", endpoint_subscription(sample)), ("resource", sample["resource_name"]), ("drift", True)]
    narrowed = []
    for field, value in checks:
        clear_filters(browser)
        matching = set_filter(browser, field, value)
        assert matching == expected_matches(report, field, value), (field, value)
        rows = state(browser)["rows"]
        assert rows == min(matching, PAGE_SIZE), (field, value)
        narrowed.append(matching < len(report["connections"]))
    assert any(narrowed)
    clear_filters(browser)

"""The HTML drift report in a real browser (headless Chromium): the demo's three runs and the 720-connection
fleet, made by the role on the emulator, then opened, counted against their JSON reports, filtered and
photographed; plus injection attempts from names in other tenants."""

import json
import os
import subprocess
import sys
import time

from ansible_collections.privatelink.azure.plugins.plugin_utils._report_html import render_html
from ansible_collections.privatelink.azure.tests.unit.plugins.filter.pec_connections import SUB, connection
from ansible_collections.privatelink.azure.tests.unit.plugins.filter.pec_reports import fleet, report as make_report

from tests.functional.role import policy
from tests.functional.role.runner import REPO_ROOT, run_role

from .page import (PAGE_SIZE, assert_filters_narrow, assert_page_matches_report, clear_filters, set_filter,
                   show_all_rows, state)


def load(path):
    with open(path) as handle:
        return json.load(handle)


def test_the_demo_reports_show_what_their_json_says(browser, artifacts, tmp_path):
    reports = tmp_path / "demo"
    finished = subprocess.run([sys.executable, os.path.join(REPO_ROOT, "examples", "run_demo.py"), "--quiet",
                               "--lro-seconds", "0.5", "--reports", str(reports)],
                              cwd=REPO_ROOT, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                              timeout=600, check=False)
    assert finished.returncode == 0, finished.stdout[-3000:]
    for runs, name in enumerate(("check", "apply", "steady"), start=1):
        report = load(reports / name / "pec_approval_report.json")
        browser.open(str(reports / name / "pec_approval_report.html"))
        # The three runs share one history file: each page draws the trend of the runs so far (from the second).
        assert_page_matches_report(browser, report, runs=runs if runs > 1 else 0)
        assert_filters_narrow(browser, report)
        if name == "apply":
            # docs/html-report.png (the README's) is this screenshot.
            browser.screenshot(os.path.join(artifacts, "demo-apply.png"), max_height=1400, scale=0.8)


def test_the_large_fleet_report_shows_720_connections_and_filters_them(
        browser, artifacts, emu, large_fleet, tmp_path):
    counts = policy.action_counts(large_fleet)
    variables = dict(policy.SCOPE, pec_approval_rules=policy.RULES, pec_approval_parallelism=40,
                     pec_approval_max_destructive_changes=sum(counts[a] for a in policy.DESTRUCTIVE),
                     pec_approval_report_history_file=str(tmp_path / "history.json"))
    check = run_role(emu, tmp_path, variables, check=True, name="check")
    assert check.returncode == 0, check
    applied = run_role(emu, tmp_path, variables, name="apply")
    assert applied.returncode == 0, applied

    report = applied.report()
    assert len(report["connections"]) == 720
    browser.open(os.path.join(applied.report_dir, "pec_approval_report.html"))
    assert_page_matches_report(browser, report, runs=2)
    assert_filters_narrow(browser, report)
    assert show_all_rows(browser) == 720
    browser.screenshot(os.path.join(artifacts, "large-fleet-apply.png"), max_height=4000)


def timed_open_and_filter(browser, path):
    """Seconds to open the page (navigation to its first frame) and to filter it (input to the next frame)."""
    opened = browser.open(path)
    filtered = browser.evaluate("""new Promise(function (done) {
      var started = performance.now();
      var control = document.querySelector('#filters [data-f="status"]');
      control.value = "Pending";
      control.dispatchEvent(new Event("change", {bubbles: true}));
      requestAnimationFrame(function () { requestAnimationFrame(function () {
        done((performance.now() - started) / 1000); }); });
    })""")
    return opened, filtered


def test_3000_connections_open_and_filter_in_under_a_second(browser, tmp_path):
    timings = {}
    for size in (30, 3000):
        report = make_report(fleet(size), fail_every=40)
        path = tmp_path / ("report-%d.html" % size)
        path.write_text(render_html(report, []))
        # Best of five: the machine is shared, and a slow attempt measures the neighbours, not the page.
        attempts = [timed_open_and_filter(browser, str(path)) for attempt in range(5)]
        timings[size] = min(attempts, key=sum)
        found = state(browser)
        assert found["total"] == size and found["matching"] == sum(
            1 for entry in report["connections"] if entry["current_status"] == "Pending")
        assert found["rows"] == min(found["matching"], PAGE_SIZE)
    for size, (opened, filtered) in timings.items():
        print("%5d connections: open %4.0f ms, filter %4.0f ms, total %4.0f ms"
              % (size, opened * 1000, filtered * 1000, (opened + filtered) * 1000))
    # For the record, not a limit: drawing every one of the 3,000 rows at once ("Rows per page: all").
    started = time.perf_counter()
    clear_filters(browser)
    assert show_all_rows(browser) == 3000
    print("3000 rows drawn at once on request: %.0f ms" % ((time.perf_counter() - started) * 1000))
    assert sum(timings[3000]) < 1.0, timings


HOSTILE = '<script>window.pwned = 1</script><img src=x onerror="window.pwned = 2">"\'&amp;</td></table>'


def test_names_from_other_tenants_stay_text(browser, tmp_path):
    connections = [connection(pe_name="pe-%d" % index, name="conn%s%d" % (HOSTILE, index),
                              parent="kv%s" % HOSTILE, description=HOSTILE) for index in range(3)]
    report = make_report(connections, fail_every=1)
    for entry in report["connections"]:
        entry["error"]["message"] = "denied " + HOSTILE
        entry["error"]["code"] = "Code" + HOSTILE
    report["warnings"] = ["warning " + HOSTILE]
    report["rules"].append("rule" + HOSTILE)
    history = [dict(report, generated_at="2026-11-22T08:00:00Z" + HOSTILE)]
    path = tmp_path / "hostile.html"
    path.write_text(render_html(report, history))
    browser.open(str(path))
    assert browser.evaluate("window.pwned === undefined")
    assert browser.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert state(browser)["scripts"] == 2
    assert set_filter(browser, "any", "<script>window.pwned") == 3  # the text is there, as text
    cells = browser.evaluate("Array.from(document.querySelectorAll('#connections tbody td:nth-child(3)'))"
                             ".map(function (td) { return td.textContent; })")
    assert cells == ["conn%s%d" % (HOSTILE, index) for index in range(3)]
    assert browser.evaluate("document.querySelector('table.errors tbody td:nth-child(6)').textContent") == \
        "denied " + HOSTILE
    assert SUB in browser.evaluate("document.body.textContent")

"""The reports step's files: a run with history_add false draws the trend from the history and leaves it alone."""

import json

from ansible_collections.privatelink.azure.plugins.action.pec_approval_reports import write_reports
from ansible_collections.privatelink.azure.tests.unit.plugins.filter.pec_reports import fleet, report


def test_a_trial_run_draws_the_trend_without_joining_it(tmp_path):
    history = tmp_path / "kept" / "history.json"
    connections = fleet(30)
    first = report(connections, generated_at="2026-11-21T08:00:00Z")
    write_reports(first, str(tmp_path / "night-1"), "r", ["json", "html"], str(history), 10)
    kept = history.read_text()
    assert len(json.loads(kept)["runs"]) == 1

    trial = report(connections[:10], check_mode=True, generated_at="2026-11-22T09:30:00Z")
    paths = write_reports(trial, str(tmp_path / "trial"), "r", ["json", "html"], str(history), 10, history_add=False)
    assert "history" not in paths
    assert history.read_text() == kept
    html = (tmp_path / "trial" / "r.html").read_text()
    assert "Trend over the last 2 runs" in html and "2026-11-21 08:00 UTC" in html

    second = report(connections, generated_at="2026-11-23T08:00:00Z")
    write_reports(second, str(tmp_path / "night-2"), "r", ["html"], str(history), 10)
    assert [run["generated_at"] for run in json.loads(history.read_text())["runs"]] == [
        "2026-11-21T08:00:00Z", "2026-11-23T08:00:00Z"]

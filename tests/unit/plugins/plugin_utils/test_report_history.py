"""The report history: bounded, compact, checked when read, and the changes between runs it reveals."""

import json

import pytest

from ansible_collections.privatelink.azure.plugins.plugin_utils._report_history import (
    HistoryError, add_run, history_run, parse_history, trend)
from ansible_collections.privatelink.azure.tests.unit.plugins.filter.pec_reports import fleet, report


def test_runs_are_kept_oldest_first_and_only_the_last_ones():
    connections = fleet(20)
    text = ""
    for day in range(1, 6):
        text = add_run(parse_history(text), report(connections, generated_at="2026-11-0%dT08:00:00Z" % day), 3)
    runs = parse_history(text)
    assert [run["generated_at"][:10] for run in runs] == ["2026-11-03", "2026-11-04", "2026-11-05"]
    assert set(runs[0]["connections"][0]) == {"connection_id", "current_status", "final_status", "result"}


def test_a_run_keeps_the_summary_and_is_much_smaller_than_the_report():
    made = report(fleet(300))
    run = history_run(made)
    assert run["summary"] == made["summary"]
    assert len(json.dumps(run)) * 3 < len(json.dumps(made))


@pytest.mark.parametrize("text, message", [
    ("{not json", "is not valid JSON"),
    ("[]", "is not a pec_approval report history"),
    ('{"history_version": 2, "runs": []}', "is not a pec_approval report history"),
    ('{"history_version": 1, "runs": [{"summary": {}}]}', "run 1 has no summary or connections"),
])
def test_an_unusable_history_file_says_what_to_do(text, message):
    with pytest.raises(HistoryError, match=message) as caught:
        parse_history(text, "h.json")
    assert "delete" in str(caught.value)


@pytest.mark.parametrize("keep", [0, -1, "3", True])
def test_keep_must_be_a_positive_whole_number(keep):
    with pytest.raises(HistoryError, match="at least 1"):
        add_run([], report(fleet(5)), keep)


def test_trend_counts_new_gone_and_changes_made_outside_the_role():
    connections = fleet(30)
    first = report(connections[:25], generated_at="2026-11-01T08:00:00Z")
    left = {e["connection_id"]: e["final_status"] for e in first["connections"]}
    second_fleet = [dict(c, status=left[c["id"]]) for c in connections[1:25] if left[c["id"]] != "Absent"]
    gone = 0 if left[connections[0]["id"]] == "Absent" else 1   # removed by the role itself is not "gone"
    touched = next(c for c in second_fleet if c["status"] == "Approved")
    touched["status"] = "Rejected"                             # someone else rejected it between the runs
    second = report(second_fleet + connections[25:], generated_at="2026-11-02T08:00:00Z")
    points = trend([history_run(first), history_run(second)])
    assert points[0]["appeared"] is None
    assert (points[1]["appeared"], points[1]["disappeared"], points[1]["changed_elsewhere"]) == (5, gone, 1)
    assert points[1]["drift"] == second["summary"]["drift"]


def _run(*connections):
    return {"summary": {}, "connections": [dict(zip(("connection_id", "current_status", "final_status"), c))
                                           for c in connections]}


def test_trend_tells_connections_apart_by_id_in_any_case_and_ignores_unknown_earlier_statuses():
    first = _run(("A", "Pending", "Approved"), ("B", "Pending", None), ("C", "Approved", "Absent"),
                 ("D", "Pending", "Pending"), ("E", "Pending", "Rejected"), ("e", "Pending", "Approved"),
                 ("G", "Approved", "Approved"), ("H", "Pending", "Approved"))
    second = _run(("a", "Rejected", "Rejected"),   # someone else rejected it: changed elsewhere
                  ("B", "Pending", "Pending"),     # no status left before: not counted
                  ("D", "Pending", "Pending"),
                  ("E", "Approved", "Approved"),   # as the last entry of id e/E left it
                  ("H", None, None),               # a status left before, none read now: changed
                  ("F", "Pending", "Pending"))     # new; C was removed by the role, G is gone
    points = trend([first, second])
    assert (points[1]["appeared"], points[1]["disappeared"], points[1]["changed_elsewhere"]) == (1, 1, 2)

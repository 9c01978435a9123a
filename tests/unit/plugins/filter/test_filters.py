"""The filter layer: the filters the .yml docs name, each a thin wrapper of plugins/plugin_utils whose bad input
fails as AnsibleFilterError with plugin_utils' own message (the logic's tests: tests/unit/plugins/plugin_utils/)."""

import glob
import os

import pytest

from ansible.errors import AnsibleFilterError
from ansible_collections.privatelink.azure.plugins.filter import pec_policy, pec_report

from ansible_collections.privatelink.azure.tests.unit.plugins.filter.pec_connections import connection, read

FILTERS = dict(pec_policy.FilterModule().filters(), **pec_report.FilterModule().filters())
RULES = [{"name": "spoke", "match": {"private_endpoint_resource_group": "rg-spoke"}, "action": "approve"}]
RENDERERS = ("pec_approval_report_json", "pec_approval_report_markdown", "pec_approval_report_junit",
             "pec_approval_report_html", "pec_approval_summary", "pec_approval_drift")


def report():
    plan = FILTERS["pec_approval_plan"](read(connection()), RULES)
    return FILTERS["pec_approval_report"](plan, None, check_mode=True, generated_at="2026-11-23T08:00:00Z")


def test_every_documented_filter_is_published_and_nothing_else():
    documented = {os.path.basename(path)[:-len(".yml")]
                  for path in glob.glob(os.path.join(os.path.dirname(pec_policy.__file__), "*.yml"))}
    assert set(FILTERS) == documented


def test_policy_errors_fail_as_filter_errors_with_the_same_message():
    with pytest.raises(AnsibleFilterError, match=r"pec_approval_rules\[0\] \(a\).action"):
        FILTERS["pec_approval_check_rules"]([{"name": "a", "action": "delete"}])
    with pytest.raises(AnsibleFilterError, match="pec_approval_max_destructive_changes"):
        FILTERS["pec_approval_plan"](read(connection()), RULES, max_destructive_changes="many")


@pytest.mark.parametrize("name", RENDERERS)
def test_renderers_refuse_something_else_than_a_report(name):
    with pytest.raises(AnsibleFilterError, match="%s: expected the output of pec_approval_report" % name):
        FILTERS[name]({"connections": []})


def test_report_refuses_something_else_than_a_plan():
    with pytest.raises(AnsibleFilterError, match="pec_approval_report: expected the output of pec_approval_plan"):
        FILTERS["pec_approval_report"]([])


def test_html_filter_takes_the_history_file_text_or_earlier_reports():
    made = report()
    html = FILTERS["pec_approval_report_html"]
    assert "Trend over" not in html(made, "")
    history = FILTERS["pec_approval_report_history"]("", made, 5)
    assert "Trend over the last 2 runs" in html(made, history)
    assert "Trend over the last 2 runs" in html(made, [made])


def test_history_filters_refuse_a_broken_file_or_keeping_no_run():
    made = report()
    with pytest.raises(AnsibleFilterError, match="pec_approval_report_html: .*pec_approval_report_history_file.*"
                                                 "is not valid JSON.*delete it"):
        FILTERS["pec_approval_report_html"](made, "{broken")
    with pytest.raises(AnsibleFilterError, match="pec_approval_report_html: .*run 1 has no summary"):
        FILTERS["pec_approval_report_html"](made, [{"generated_at": "x"}])
    with pytest.raises(AnsibleFilterError, match="at least 1.*pec_approval_report_history_runs"):
        FILTERS["pec_approval_report_history"]("", made, 0)

# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Report filters of the pec_approval role (documented in the .yml files beside this one).

A thin layer: the report model lives in plugins/plugin_utils/_report_model.py and the renderers beside it
(``_report_junit``, ``_report_markdown``, ``_report_html``), controller side, shared with the action plugin
pec_approval_reports. The filters here check that their input is a report and turn a ReportError into
AnsibleFilterError.
"""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.plugin_utils._filter_errors import as_filters
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_html import render_html
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_junit import render_junit
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_markdown import render_markdown
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_model import (
    ReportError, build_report, drift, history_runs, merge_reports, new_history, render_json, require_report,
    summary_lines)


def pec_approval_report_json(report):
    require_report(report, "pec_approval_report_json")
    return render_json(report)


def pec_approval_report_markdown(report):
    require_report(report, "pec_approval_report_markdown")
    return render_markdown(report)


def pec_approval_report_junit(report):
    require_report(report, "pec_approval_report_junit")
    return render_junit(report)


def pec_approval_report_html(report, history=None):
    """`history`: the history file's text or earlier reports, oldest first."""
    require_report(report, "pec_approval_report_html")
    return render_html(report, history_runs(history, "pec_approval_report_html"))


class FilterModule(object):
    """Report filters of the pec_approval role."""

    def filters(self):
        return as_filters({
            "pec_approval_report": build_report,
            "pec_approval_report_json": pec_approval_report_json,
            "pec_approval_report_markdown": pec_approval_report_markdown,
            "pec_approval_report_junit": pec_approval_report_junit,
            "pec_approval_report_html": pec_approval_report_html,
            "pec_approval_report_history": new_history,
            "pec_approval_report_merge": merge_reports,
            "pec_approval_drift": drift,
            "pec_approval_summary": summary_lines,
        }, ReportError)

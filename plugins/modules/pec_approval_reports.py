#!/usr/bin/python
# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)

from __future__ import annotations

DOCUMENTATION = r"""
module: pec_approval_reports
short_description: Write the pec_approval drift reports in one step (the pec_approval role's last step)
version_added: 0.1.0
description:
  - Builds the drift report from the plan of M(privatelink.azure.pec_approval_plan) and the results of
    M(privatelink.azure.azure_pec_batch), and writes it in every format asked for, on the controller, in one step.
    Each file is written under a temporary name and renamed, so no reader ever sees half a report.
  - With O(merge), merges the JSON reports of several hosts (the role run per host) into one report instead.
  - Sets the fact C(pec_approval_report) to a small summary (not the connections; they are in the files).
  - Writes in check mode too (reports describe Azure, they do not change it).
  - Reports C(changed) when the run changed a connection, or in check mode would change one (the apply step is
    skipped in check mode, so this is where a check run says what would change). With C(--diff), shows one diff per
    such connection (resource, connection, status before and after, the rule), the first O(diff_limit) of them,
    then one line with how many more and the report's path. A merge (O(merge)) shows nothing and never reports
    C(changed), since each host's own step did.
  - Used by the role C(privatelink.azure.pec_approval); an action plugin, run on the controller.
options:
  plan_file:
    description: The RV(privatelink.azure.pec_approval_plan#module:plan_file); removed once the report is written.
    type: path
  batch:
    description: The registered result of M(privatelink.azure.azure_pec_batch); omitted when nothing was applied.
    type: dict
  merge:
    description: JSON reports (paths) to merge into one; instead of O(plan_file).
    type: list
    elements: path
  dir:
    description:
      - Directory to write to, created when missing. Default, a directory any user can write to,
        C(<temporary directory>/pec_approval_reports-<uid>).
    type: path
  name:
    description: File name without extension.
    type: str
    default: pec_approval_report
  formats:
    description:
      - Which files to write; C(html) is one self-contained page with a trend chart over the earlier runs.
    type: list
    elements: str
    choices: [json, markdown, junit, html]
    default: [json, markdown, junit, html]
  history_runs:
    description:
      - With C(html), how many runs (this one included) the report history keeps for the trend; C(0) keeps none.
    type: int
    default: 10
  history_file:
    description:
      - The report history (JSON); read before and written after the reports. Default,
        C(<dir>/<name>.history.json).
    type: path
  history_add:
    description:
      - Whether this run joins the report history. V(false) draws the trend from the history but leaves the file
        as it is, for a trial run (a throw-away policy or scope).
    type: bool
    default: true
  drift_limit:
    description: At most this many entries in RV(drift).
    type: int
    default: 100
  diff_limit:
    description:
      - With C(--diff), at most this many connections get a diff of their own; the rest are counted in one line
        that names the report's path.
    type: int
    default: 20
attributes:
  check_mode:
    support: full
    description: Writes the reports in check mode too; they are the point of a check run.
  diff_mode:
    support: full
    description: One diff per connection changed (or, in check mode, that would change), at most O(diff_limit).
  action:
    support: full
    description: Runs on the controller.
author:
  - privatelink.azure maintainers (@privatelink-azure)
seealso:
  - module: privatelink.azure.pec_approval_plan
"""

EXAMPLES = r"""
- name: Write the reports of this host
  privatelink.azure.pec_approval_reports:
    plan_file: "{{ plan.plan_file }}"
    dir: /tmp/reports
    formats: [json, markdown]

- name: Merge the reports of every host into one
  privatelink.azure.pec_approval_reports:
    merge: "{{ ansible_play_hosts | map('extract', hostvars, ['pec_approval_report', 'paths', 'json']) | list }}"
    dir: /tmp/reports
  run_once: true
"""

RETURN = r"""
paths:
  description: Format -> path of the file written; C(history) -> the report history, when kept.
  returned: success
  type: dict
  sample: {json: /tmp/reports/pec_approval_report.json, markdown: /tmp/reports/pec_approval_report.md}
dir:
  description: The directory written to.
  returned: success
  type: str
summary:
  description: The report's C(summary) (counts by action and result, drift, read errors).
  returned: success
  type: dict
safety_valve:
  description: The report's C(safety_valve).
  returned: success
  type: dict
errors:
  description: Parts of the scope that could not be read.
  returned: success
  type: list
  elements: dict
failures:
  description: The first five failed changes, one line each.
  returned: success
  type: list
  elements: str
drift:
  description: At most O(drift_limit) connections with drift, failed first.
  returned: success
  type: list
  elements: dict
lines:
  description: The summary as a few lines of text, for the job output.
  returned: success
  type: list
  elements: str
timing:
  description: This step's wall time (C(seconds)) and the CPU time of the process that ran it (C(cpu_seconds)).
  returned: success
  type: dict
  sample: {seconds: 0.41, cpu_seconds: 0.39}
generated_at:
  description: UTC time of the report.
  returned: success
  type: str
check_mode:
  description: Whether the run was a check run.
  returned: success
  type: bool
"""

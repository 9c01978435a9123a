# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The defaults of the collection's options: the only Python place that writes them.

The argument specs (module_utils/_argspec.py, azure_pec_batch's entry in _module.py, the action plugins) and the
engines (_reconcile, _scope, _policy, _report_model, the event source's _watch / _watch_reads) take them from here.
YAML cannot import Python: the modules' and plugins' DOCUMENTATION, the filters' .yml docs, the role's
defaults/main.yml and meta/argument_specs.yml, the event source's DOCUMENTATION and schema and the rulebook
repeat them, and tests/unit/plugins/module_utils/test_defaults.py checks that every copy says the same.
The bounds a value must stay within are _limits.py's.
"""

from __future__ import annotations

# Seconds a connection module, azure_pec_batch and the role (pec_approval_wait_timeout) wait for a change to land.
WAIT_TIMEOUT = 300
# Resources read (azure_pec_scope_info, the inventory plugin) or changed (azure_pec_batch) at once.
PARALLELISM = 8
# How the scope is read (azure_pec_scope_info, the role, the inventory plugin, the event source): _discovery.CHOICES.
DISCOVERY = "auto"
# Seconds the scope reader's reads may take in all (azure_pec_scope_info, the inventory plugin; the event source
# bounds each poll by its poll interval, never more than this).
SCOPE_TIMEOUT = 120
# The role's safety valve: more rejections and removals than this in one run and none is made.
MAX_DESTRUCTIVE_CHANGES = 3
# Runs the report history keeps (pec_approval_report_history_runs, the filter pec_approval_report_history's keep).
REPORT_HISTORY_RUNS = 10
# Drift entries kept in the task result and the fact (pec_approval_reports' drift_limit, the filter's limit).
DRIFT_LIMIT = 100
# Connections shown one diff each with --diff (pec_approval_diff_limit); the rest are counted.
DIFF_LIMIT = 20
# The event source pec_events: seconds between two polls, and the longest wait after failures.
POLL_INTERVAL = 30
MAX_BACKOFF = 600

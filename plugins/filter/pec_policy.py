# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Policy evaluation filters of the pec_approval role (documented in the .yml files beside this one).

A thin layer: the evaluation lives in plugins/plugin_utils/_policy.py (controller side, shared with the action
plugins and the event source); bad input (its PolicyError) becomes AnsibleFilterError here.
"""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.plugin_utils._filter_errors import as_filters
from ansible_collections.privatelink.azure.plugins.plugin_utils._policy import (
    PolicyError, batch_changes, build_plan, check_rules)


class FilterModule(object):
    """Policy evaluation filters of the pec_approval role."""

    def filters(self):
        return as_filters({
            "pec_approval_plan": build_plan,
            "pec_approval_batch_changes": batch_changes,
            "pec_approval_check_rules": check_rules,
        }, PolicyError)

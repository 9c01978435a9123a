# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""azure_pec_scope_info's work, from its validated options to what it found: one place for the module and for
the pec_approval_plan action, which does the same work in its own process when the module would run on the
controller in the controller's Python (plugins/action/pec_approval_plan.py says when).

    from ansible_collections.privatelink.azure.plugins.module_utils._scope_task import (
        SCOPE_TASK_ARGSPEC, checked_scope, read_checked_scope)

    scope = checked_scope(params)          # ScopeError (a ValueError) with the option to change
    found = read_checked_scope(params, scope)
"""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.module_utils._argspec import scope_argspec
from ansible_collections.privatelink.azure.plugins.module_utils._auth import AUTH_ARGSPEC
from ansible_collections.privatelink.azure.plugins.module_utils._gc import collector_paused
from ansible_collections.privatelink.azure.plugins.module_utils._scope import Scope, ScopeError, read_scope

# The options of azure_pec_scope_info, auth options included.
SCOPE_TASK_ARGSPEC = dict(AUTH_ARGSPEC, **scope_argspec())
# Upper bounds of its numeric options.
SCOPE_LIMITS = {"parallelism": 64, "timeout": 3600}


def checked_scope(params):
    """The Scope that validated options name; ScopeError saying what to change for a number out of bounds or a
    bad scope. Nothing is read."""
    for option in ("parallelism", "timeout"):
        if not 1 <= params[option] <= SCOPE_LIMITS[option]:
            raise ScopeError("%s must be between 1 and %d, not %d" % (option, SCOPE_LIMITS[option], params[option]))
    return Scope.from_options(params["resources"], params["resource_groups"], params["subscriptions"],
                              params["resource_types"], exclude_subscriptions=params["exclude_subscriptions"])


def read_checked_scope(params, scope):
    """read_scope's result for ``scope`` with the options' auth, parallelism, timeout and discovery, less
    ``retry_after`` (for callers that read again; one run does not). Its ``warnings`` are the caller's to show."""
    auth_params = {name: params.get(name) for name in AUTH_ARGSPEC}
    with collector_paused():  # tens of thousands of connections at once (_gc)
        found = read_scope(auth_params, scope, parallelism=params["parallelism"], timeout=params["timeout"],
                           discovery=params["discovery"])
    found.pop("retry_after")
    return found

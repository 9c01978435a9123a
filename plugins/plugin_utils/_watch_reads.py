# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The ``pec_events`` event source's reads: the fleet reader (module_utils/_scope.py) run again and again.

The same reads as azure_pec_scope_info and the role: one paged list per resource type and subscription (one GET
per resource for a few named ones), or one Resource Graph query over a large scope (``_discovery``), the
connections embedded in the parents. The subscription list Resource Graph needs is kept for
``_discovery.SUBSCRIPTIONS_TTL_SECONDS``, so that a poll over an unchanged scope is one query page per 1,000 parents. Blocking: the source runs ``read()``
in a thread.
"""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.module_utils import _defaults
from ansible_collections.privatelink.azure.plugins.module_utils._auth import azure_session
from ansible_collections.privatelink.azure.plugins.module_utils._scope import read_scope
from ansible_collections.privatelink.azure.plugins.plugin_utils._watch import LOG, ReadFailed


class ScopeReader:
    """Reads one scope with one credential for the life of the source, so that its token is reused and refreshed.

    ``__init__`` raises _auth.AuthConfigError when the auth options are unusable: that does not heal by waiting.
    ``read_budget``: how long one poll may wait out throttling and server errors (at Retry-After) before it fails.
    """

    def __init__(self, scope, auth_params, read_budget=_defaults.SCOPE_TIMEOUT, environ=None,
                 discovery=_defaults.DISCOVERY):
        self.scope = scope
        self.auth_params = auth_params
        self.discovery = discovery
        self.cache = {}     # the subscription list, listed again every _discovery.SUBSCRIPTIONS_TTL_SECONDS
        self.read_budget = min(read_budget, _defaults.SCOPE_TIMEOUT)
        self.session = azure_session(auth_params, environ=environ)
        self.warnings = []

    def read(self):
        """Every connection in scope, or ReadFailed: never a partial answer, which would look like deletions.

        A named resource that is not found is no failure (its connections are gone); ``warnings`` says so.
        """
        found = read_scope(self.auth_params, self.scope, timeout=self.read_budget, session=self.session,
                           discovery=self.discovery, cache=self.cache)
        failed_reads = [read for read in found["reads"] if read["failed"]]
        if failed_reads or (found["errors"] and not found["reads"]):
            errors = found["errors"]
            raise ReadFailed("%d of %d reads failed: %s" % (
                len(failed_reads), len(found["reads"]), "; ".join(error["msg"] for error in errors[:3])
                + (" (and %d more)" % (len(errors) - 3) if len(errors) > 3 else "")), found["retry_after"])
        warnings = [error["msg"] for error in found["errors"]] + list(found["warnings"])
        if warnings != self.warnings:
            for warning in warnings:
                LOG.warning("pec_events: %s", warning)
            self.warnings = warnings
        return found["connections"]

    def close(self):
        self.session.close()

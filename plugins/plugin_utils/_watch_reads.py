# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The ``pec_events`` event source's reads: every connection in the scope, read the way the role reads it.

One paged list of the parents per (resource type, subscription), as the info modules do with no resource group;
the connections come embedded in the parents. Blocking (SDK calls): the source runs ``read()`` in a thread.
"""

from __future__ import annotations

import copy

from ansible_collections.privatelink.azure.plugins.filter.pec_policy import connections_in_scope, pec_approval_reads
from ansible_collections.privatelink.azure.plugins.module_utils._auth import azure_session
from ansible_collections.privatelink.azure.plugins.module_utils._calls import AzureCallFailed, ServiceCalls, build_client
from ansible_collections.privatelink.azure.plugins.module_utils._connect import failure_from_call
from ansible_collections.privatelink.azure.plugins.module_utils._info import RETRY_BUDGET_SECONDS, connections_of
from ansible_collections.privatelink.azure.plugins.module_utils._services import SERVICES
from ansible_collections.privatelink.azure.plugins.module_utils._waiter import Deadline
from ansible_collections.privatelink.azure.plugins.plugin_utils._watch import ReadFailed

SERVICE_OF_TYPE = {service.parent_type: service for service in SERVICES.values()}


class ScopeReader:
    """Reads the scope again and again with one credential, so that its token cache is reused and refreshed.

    ``__init__`` raises _auth.AuthConfigError when the auth options are unusable: that does not heal by waiting.
    """

    def __init__(self, scope, auth_params, read_budget=RETRY_BUDGET_SECONDS, environ=None):
        self.scope = scope
        # Throttling and 5xx are waited out (at Retry-After) within one poll for this long, then the poll fails.
        self.read_budget = min(read_budget, RETRY_BUDGET_SECONDS)
        self.reads = pec_approval_reads(**scope)
        self.session = azure_session(auth_params, environ=environ)
        self._clients = {}

    def _client(self, service, subscription):
        """One SDK client per client class and subscription, kept for the life of the source."""
        key = (service.sdk_module, service.sdk_class, subscription)
        if key not in self._clients:
            session = self.session
            if subscription:
                session = copy.copy(self.session)  # same credential, so the same token cache
                session.subscription_id = subscription
            self._clients[key] = build_client(service, session)
        return self._clients[key]

    def read(self):
        """Every connection in scope, or ReadFailed: never a partial answer, which would look like deletions."""
        deadline = Deadline(self.read_budget)
        reads = []
        for parent_type, subscriptions in sorted(self.reads.items()):
            service = SERVICE_OF_TYPE[parent_type]
            for subscription in subscriptions:
                calls = ServiceCalls(service, self._client(service, subscription), deadline)
                try:
                    parents = calls.list_parents()
                except AzureCallFailed as failure:
                    raise ReadFailed(failure_from_call(failure, self.session).msg, failure.error.retry_after) from None
                reads.append({"item": subscription,
                              "connections": [c for parent in parents for c in connections_of(service, parent)]})
        return connections_in_scope(reads, **self.scope)

    def close(self):
        for client in self._clients.values():
            client.close()
        self.session.close()


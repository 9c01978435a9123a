# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The info modules' engine: connections read from the parents, which embed them.

One resource costs one GET; a resource group or a whole subscription costs one paged LIST of the parents,
never a call per parent.
"""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.module_utils import _arm
from ansible_collections.privatelink.azure.plugins.module_utils._calls import AzureCallFailed, ParentMissing, ServiceCalls
from ansible_collections.privatelink.azure.plugins.module_utils._cancel import Cancelled
from ansible_collections.privatelink.azure.plugins.module_utils._connect import (
    failure_from_call, open_client, with_session_warnings)
from ansible_collections.privatelink.azure.plugins.module_utils._errors import PecError
from ansible_collections.privatelink.azure.plugins.module_utils._format import format_connection
from ansible_collections.privatelink.azure.plugins.module_utils._waiter import Deadline

# How long throttling (429), 5xx and 409 answers are waited out before an info module gives up.
RETRY_BUDGET_SECONDS = 120


def collect(service, params, client=None, session=None, deadline=None, parent_option=None):
    """The info module's result dict: ``{"changed": False, "connections": [...]}`` or a failure.

    ``parent_option``: the option naming one parent (default ``service.parent_option``; ``resource_name`` for
    azure_pec_info).
    """
    parent_option = parent_option or service.parent_option
    resource_group = params.get("resource_group")
    parent_name = params.get(parent_option)
    if parent_name and not resource_group:
        return PecError("Option '%s' needs 'resource_group' too." % parent_option).result()
    deadline = deadline or Deadline(RETRY_BUDGET_SECONDS)
    if client is None:
        try:
            client, session = open_client(service, params, deadline)
        except PecError as failure:
            return failure.result()
    calls = ServiceCalls(service, client, deadline)
    try:
        parents = _read_parents(service, calls, resource_group, parent_name)
    except PecError as failure:
        return with_session_warnings(failure.result(), session)
    except AzureCallFailed as failure:
        return with_session_warnings(failure_from_call(failure, session).result(), session)
    except Cancelled as cancelled:
        return dict(PecError("Cancelled (%s). Nothing was read completely; this module writes nothing." % cancelled)
                    .result(), cancelled=True)
    connections = [connection for parent in parents for connection in connections_of(service, parent)]
    return with_session_warnings({"changed": False, "connections": filter_connections(connections, params)}, session)


def _read_parents(service, calls, resource_group, parent_name):
    if parent_name:
        try:
            return [calls.get_parent(resource_group, parent_name)]
        except ParentMissing as missing:
            raise PecError("%s was not found." % service.describe_parent(resource_group, parent_name),
                           azure=missing.error) from None
    return calls.list_parents(resource_group)


def connections_of(service, parent):
    """The formatted connections embedded in one parent's wire JSON, each with the parent's tags."""
    embedded = (parent.get("properties") or {}).get("privateEndpointConnections") or []
    tags = parent.get("tags") or {}
    connections = []
    for raw in embedded:
        if not raw.get("id") and parent.get("id"):
            # Defensive: an embedded item without id still belongs to this parent.
            raw = dict(raw, id="%s/privateEndpointConnections/%s" % (parent["id"], raw.get("name")))
        connections.append(format_connection(raw, service.parent_type, parent_tags=tags))
    return connections


def filter_connections(connections, params):
    """Keep the connections matching every filter given: status (any of), endpoint id, endpoint subscription."""
    statuses = {status.lower() for status in params.get("status") or []}
    endpoint_id = params.get("private_endpoint_id")
    endpoint_subscription = (params.get("private_endpoint_subscription_id") or "").lower()
    kept = []
    for connection in connections:
        if statuses and (connection.get("status") or "").lower() not in statuses:
            continue
        if endpoint_id and not _arm.same_id(connection.get("private_endpoint_id"), endpoint_id):
            continue
        if endpoint_subscription and (connection.get("private_endpoint_subscription_id") or "").lower() \
                != endpoint_subscription:
            continue
        kept.append(connection)
    return kept

# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""Plain ARM JSON requests for every row of the type table without an SDK of its own (``row.sdk is None``).

One client (azure-mgmt-core's ``ARMPipelineClient``, built and sent through by ``_arm_pipeline``, the collection's one
pipeline: the SDK clients' credential and scopes, TLS settings and User-Agent, no retries) serves every such type in
a subscription: the type is in the URL. (``_arm_pipeline`` is imported where used: it imports ``_calls``, which
imports this file.)
``ArmOperations`` has the same interface as ``_sdk_operations.SdkOperations``: one request per method, the raw
response back, an azure-core ``HttpResponseError`` for any error answer, so that ``_calls.ServiceCalls`` treats
both alike. URLs: ``{parent id}/{row.connection_segment}[/{name}]?api-version={row.api_version}``; a row whose
connections are listed only inside the parent (``connections_listing: parent_only``) is listed by reading the
parent. A PUT body carries only ``properties.privateLinkServiceConnectionState`` (built by ``_reconcile``):
never read-only properties echoed back (Azure/azure-cli #20424, "Property set method not found").
"""

from __future__ import annotations

import json
from urllib.parse import quote

from ansible_collections.privatelink.azure.plugins.module_utils import _arm

LIBRARY = ("azure.mgmt.core", "azure-mgmt-core")


class ArmClient:
    """An ARMPipelineClient for one subscription; ``api_version`` (the module option) overrides every row's."""

    def __init__(self, pipeline_client, subscription_id, api_version=None):
        self.pipeline_client = pipeline_client
        self.subscription_id = subscription_id
        self.api_version = api_version

    def send(self, method, url, body=None, **options):
        """One request; an error answer raises HttpResponseError (ResourceNotFoundError for 404)."""
        from ansible_collections.privatelink.azure.plugins.module_utils._arm_pipeline import send

        return send(self.pipeline_client, method, url, body=body, **options)


def build_arm_client(session, subscription_id=None, api_version=None):
    """An ArmClient from an ``_auth.AzureSession`` on ``_arm_pipeline``'s one pipeline (the session's credential,
    endpoint, TLS settings and User-Agent, no retry policy, no automatic resource provider registration)."""
    from ansible_collections.privatelink.azure.plugins.module_utils._arm_pipeline import pipeline_client

    return ArmClient(pipeline_client(session), subscription_id or session.subscription_id, api_version)


def _items_page(response):
    """(items, nextLink) of a list answer: ``{"value": [...], "nextLink": ...}``, or a bare JSON array (IoT Hub)."""
    body = json.loads(response.text() or "{}") or {}
    if isinstance(body, list):
        return body, None
    return list(body.get("value") or []), body.get("nextLink") or None


class ArmOperations:
    """One request per method for one row, through an ArmClient (``options``: azure-core per-request timeouts)."""

    def __init__(self, row, client):
        self.row = row
        self.client = client

    def _query(self):
        return "?api-version=%s" % quote(self.client.api_version or self.row.api_version)

    def _parent(self, resource_group, parent_name):
        return _arm.parent_id(self.client.subscription_id, quote(resource_group, safe=""), self.row.arm_type,
                              quote(parent_name, safe=""))

    def _connections(self, resource_group, parent_name):
        return "%s/%s" % (self._parent(resource_group, parent_name), self.row.connection_segment)

    def _connection(self, resource_group, parent_name, name):
        return "%s/%s%s" % (self._connections(resource_group, parent_name), quote(name, safe=""), self._query())

    def get_connection(self, resource_group, parent_name, name, **options):
        return self.client.send("GET", self._connection(resource_group, parent_name, name), **options)

    def list_connections_page(self, resource_group, parent_name, next_link, **options):
        if self.row.connections_listing == "parent_only":
            parent = json.loads(self.get_parent(resource_group, parent_name, **options).text() or "{}") or {}
            return list((parent.get("properties") or {}).get("privateEndpointConnections") or []), None
        url = next_link or self._connections(resource_group, parent_name) + self._query()
        return _items_page(self.client.send("GET", url, **options))

    def put_connection(self, resource_group, parent_name, name, body, **options):
        return self.client.send(self.row.put.method, self._connection(resource_group, parent_name, name), body=body,
                                **options)

    def delete_connection(self, resource_group, parent_name, name, **options):
        return self.client.send("DELETE", self._connection(resource_group, parent_name, name), **options)

    def get_parent(self, resource_group, parent_name, **options):
        return self.client.send("GET", self._parent(resource_group, parent_name) + self._query(), **options)

    def list_parents_page(self, resource_group, next_link, **options):
        if not next_link:
            scope = "/subscriptions/%s" % self.client.subscription_id
            if resource_group:
                scope += "/resourceGroups/%s" % quote(resource_group, safe="")
            next_link = "%s/providers/%s%s" % (scope, self.row.arm_type, self._query())
        return _items_page(self.client.send("GET", next_link, **options))

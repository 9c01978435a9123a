# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The ARM calls of one row of the type table: plain JSON in and out, our own bounded retries.

A row with an SDK binding sends through its management SDK (``_sdk_operations``), every other row through plain
ARM JSON requests (``_arm_client``); both have the same interface and every request goes through
``ServiceCalls._call``. Clients are built with ``retry_total=0`` so that nothing retries behind our back: every
request Azure sees is one we decided to send (request counts stay exact). Reads answered 429/5xx/409-busy are retried
here by the waiting rule (``_waiter``) within the caller's deadline; writes never are (the engine reads first).
"""

from __future__ import annotations

import importlib
import json

from ansible_collections.privatelink.azure.plugins.module_utils._arm_client import (
    LIBRARY, ArmClient, ArmOperations, build_arm_client)
from ansible_collections.privatelink.azure.plugins.module_utils._errors import from_exception
from ansible_collections.privatelink.azure.plugins.module_utils._pacer import PACER
from ansible_collections.privatelink.azure.plugins.module_utils._sdk_operations import SdkOperations, build_sdk_client
from ansible_collections.privatelink.azure.plugins.module_utils._waiter import Backoff


MIN_READ_SECONDS = 5
MAX_READ_SECONDS = 60


class AzureCallFailed(Exception):
    """An ARM request failed for good (not retryable, or the deadline ran out); ``error`` is an AzureError."""

    def __init__(self, error, what, exception=None):
        super().__init__("%s failed: %s" % (what, error.describe()))
        self.error = error
        self.what = what
        self.exception = exception  # the SDK's exception, for describe_auth_failure()


class WriteOutcomeUnknown(AzureCallFailed):
    """A PUT/DELETE got no answer or a 5xx: it may have been applied. Never resent blindly; read, then decide."""


class WriteRefused(AzureCallFailed):
    """A PUT/DELETE answered with an error other than a 5xx: not applied. The engine decides what it means."""


class ParentMissing(AzureCallFailed):
    """The Key Vault / HSM / Storage account (or its resource group) answered 404."""


def _through_sdk(row, plain_json):
    """Whether the requests of ``row`` go through its management SDK: only a row with one, unless ``plain_json``
    asks for the ARM JSON client (the scope reader does: see ``ServiceCalls``)."""
    return row.sdk is not None and not plain_json


def client_library(row, plain_json=False):
    """(import name, package name) of the library the requests of ``row`` need."""
    return (row.sdk.module, row.sdk.package) if _through_sdk(row, plain_json) else LIBRARY


def check_client_library(row, plain_json=False):
    """Raise ImportError when the library the requests of ``row`` need is not installed."""
    importlib.import_module(client_library(row, plain_json)[0])


def client_key(row, plain_json=False):
    """Rows with the same key share one client (per subscription and thread): one per SDK, one for ARM JSON."""
    return (row.sdk.module, row.sdk.client_class) if _through_sdk(row, plain_json) else LIBRARY


def build_client(service, session, subscription_id=None, api_version=None, plain_json=False):
    """The client for the row ``service`` from an ``_auth.AzureSession``: its SDK's, or the ARM JSON client.

    ``subscription_id``: another subscription than the session's, with the same credential (one sign-in).
    ``api_version``: the api-version every request sends (the module option); None keeps the default (the SDK's,
    or the row's ``api_version``). Retries are off in both. ``plain_json``: the ARM JSON client even for a row with
    an SDK.
    """
    if _through_sdk(service, plain_json):
        return build_sdk_client(service, session, subscription_id, api_version)
    return build_arm_client(session, subscription_id, api_version)


def _is_connection(body):
    return isinstance(body, dict) and isinstance((body.get("properties") or {}).get(
        "privateLinkServiceConnectionState"), dict)


def _is_azure_exception(exc):
    """azure-core and azure-identity errors (HTTP answers, connection and TLS failures, token failures)."""
    return type(exc).__module__.split(".")[0] == "azure"


def _json_or_none(response):
    """The JSON body of a response, or None (204, empty, not JSON).

    ``text()`` exists on both generations of azure-core responses; the legacy transport response that older
    SDKs hand to ``cls`` has no ``json()``.
    """
    if response is None or response.status_code == 204:
        return None
    try:
        body = json.loads(response.text() or "null")
    except ValueError:
        return None
    return body or None


class ServiceCalls:
    """The reads and writes the engine needs, for one service and one client.

    The client says which way the requests go: the ARM JSON client (``_arm_client``) sends plain ARM JSON, for a row
    with an SDK too when it was built with ``build_client(..., plain_json=True)``. The scope reader does: its lists
    of thousands of parents would otherwise be turned into the SDK's models and back into JSON, for nothing. The URLs
    are the same, and the api-version is the row's ``api_version`` (the newest SDK's default;
    tests/functional/modules/test_scope_info.py checks what is sent); the named modules, the batch and ``_info``
    keep the SDKs.
    """

    def __init__(self, service, client, deadline):
        self.service = service
        self.client = client
        self.deadline = deadline
        self.operations = (ArmOperations if isinstance(client, ArmClient) else SdkOperations)(service, client)

    def _call(self, what, function, *args, is_write=False, **kwargs):
        """Send one request (an SDK call or an ARM JSON request). Nothing is sent once the job is cancelled.

        A read that gets a transient answer (no answer, 429, 5xx) or a busy 409 (of any row) is sent again by the
        waiting rule (``_waiter``) until the deadline. A write is never sent again here: it raises
        WriteOutcomeUnknown (no answer, 5xx: it may have been applied) or WriteRefused, and the engine reads
        the connection before deciding anything (``_reconcile``).
        """
        backoff = Backoff()
        # Every request (each page of a list too) waits for the process's pacer first and tells it what Azure's
        # budget headers said (docs/waiting.md, "Sharing Azure's request budgets").
        paced = PACER.hooks(self.deadline)
        while True:
            self.deadline.check()
            try:
                # azure-core waits up to 300 s to connect and 300 s for an answer by default; never wait past
                # our own deadline.
                timeout = min(MAX_READ_SECONDS, max(MIN_READ_SECONDS, self.deadline.remaining()))
                return function(*args, connection_timeout=timeout, read_timeout=timeout, **dict(kwargs, **paced))
            except Exception as exc:  # pylint: disable=broad-except
                if not _is_azure_exception(exc):
                    raise  # a bug of ours: let it show
                error = from_exception(exc)
                if is_write:
                    raise (WriteOutcomeUnknown if error.outcome_unknown else WriteRefused)(error, what, exc)
                if not error.retryable or not self.deadline.wait(backoff, error.retry_after):
                    raise AzureCallFailed(error, what, exc)

    def _list_all(self, what, page_reader, *args):
        """Every item of a paged list (wire JSON), one ``_call`` per page.

        A page that must be asked again (429, 5xx, no answer) is asked again by itself, from its nextLink: the
        pages already read are kept, never read a second time.
        """
        items = []
        next_link = None
        while True:
            page, next_link = self._call(what, page_reader, *(args + (next_link,)))
            items.extend(page)
            if not next_link:
                return items

    def get_connection(self, resource_group, parent_name, name):
        """The connection's wire JSON, or None when the service says it does not exist (204 or 404)."""
        what = "GET private endpoint connection '%s' of %s" % (
            name, self.service.describe_parent(resource_group, parent_name))
        try:
            response = self._call(what, self.operations.get_connection, resource_group, parent_name, name)
        except AzureCallFailed as failure:
            if failure.error.not_found:
                return None
            raise
        return _json_or_none(response)

    def list_connections(self, resource_group, parent_name):
        """All connections of one parent (wire JSON), following nextLink; raises AzureCallFailed (404: no parent)."""
        what = "LIST private endpoint connections of %s" % self.service.describe_parent(resource_group, parent_name)
        return self._list_all(what, self.operations.list_connections_page, resource_group, parent_name)

    def put_connection(self, resource_group, parent_name, name, body):
        """PUT the connection; returns (wire JSON of the answer, response headers).

        The answer's body is None unless it is the connection as it now is: a 202 (accepted, applied later: only a
        read shows the outcome) or a body that is not a connection (an operation status such as Cosmos DB's
        ``{"status": "Enqueued"}``, Kusto's operation wrapper) tells nothing about the connection.
        """
        what = "%s private endpoint connection '%s' of %s" % (
            self.service.put.method, name, self.service.describe_parent(resource_group, parent_name))
        response = self._call(what, self.operations.put_connection, resource_group, parent_name, name, body,
                              is_write=True)
        answer = _json_or_none(response)
        if response.status_code == 202 or not _is_connection(answer):
            answer = None
        return answer, dict(response.headers)

    def delete_connection(self, resource_group, parent_name, name):
        """Send the DELETE (never poll it here); returns (HTTP status, response headers)."""
        what = "DELETE private endpoint connection '%s' of %s" % (
            name, self.service.describe_parent(resource_group, parent_name))
        response = self._call(what, self.operations.delete_connection, resource_group, parent_name, name,
                              is_write=True)
        return response.status_code, dict(response.headers)

    def get_parent(self, resource_group, parent_name):
        """The parent resource's wire JSON; ParentMissing (with Azure's 404) when it or its group does not exist."""
        what = "GET %s" % self.service.describe_parent(resource_group, parent_name)
        try:
            response = self._call(what, self.operations.get_parent, resource_group, parent_name)
        except AzureCallFailed as failure:
            if failure.error.not_found:
                raise ParentMissing(failure.error, what, failure.exception) from None
            raise
        return _json_or_none(response)

    def list_parents(self, resource_group=None):
        """Every parent of this type in one resource group, or in the whole subscription (wire JSON)."""
        if resource_group:
            what = "LIST %ss in resource group '%s'" % (self.service.label, resource_group)
        else:
            what = "LIST %ss in the subscription" % self.service.label
        return self._list_all(what, self.operations.list_parents_page, resource_group)

# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The ARM calls of one service through its SDK client: plain JSON in and out, our own bounded retries.

The client is built with ``retry_total=0`` so that the SDK never retries behind our back: every request
Azure sees is one we decided to send (request counts stay exact). Reads answered 429/5xx/409-busy are retried
here by the waiting rule (``_waiter``) within the caller's deadline; writes never are (the engine reads first).
"""

from __future__ import annotations

import json

from ansible_collections.privatelink.azure.plugins.module_utils._errors import from_exception
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


def build_client(service, session, subscription_id=None, api_version=None):
    """An SDK client for ``service`` from an ``_auth.AzureSession``, with the SDK's own retries off.

    ``subscription_id``: another subscription than the session's, with the same credential (one sign-in).
    ``api_version``: the api-version every request sends (the module option); None keeps the SDK's default.
    """
    client_class = service.client_class()
    pinned = {"api_version": api_version} if api_version else {}
    return client_class(session.credential, subscription_id or session.subscription_id, retry_total=0,
                        **dict(session.client_kwargs(), **pinned))


def _raw(pipeline_response, deserialized, headers):
    """``cls`` hook: keep the HTTP response itself (status, headers, JSON body) instead of SDK models."""
    return pipeline_response.http_response


class _FirstResponseOnly:
    """A polling method that keeps the first response of a long-running operation and polls nothing.

    The SDK's default poller sleeps a blind 30 s between polls; we follow the operation ourselves.
    Implements azure.core.polling.PollingMethod by duck typing.
    """

    def __init__(self):
        self.response = None

    def initialize(self, client, initial_response, deserialization_callback):
        self.response = initial_response.http_response

    def run(self):
        return None

    def status(self):
        return "Succeeded"

    def finished(self):
        return True

    def resource(self):
        return None

    def get_continuation_token(self):
        raise NotImplementedError("this polling method keeps no continuation token")


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


def _plain(item):
    """An SDK model as a plain dict in the wire's shape: camelCase keys, ``properties`` nested.

    Newer SDKs' models are mappings over the wire JSON (``as_dict()`` keeps its shape). Older SDKs' msrest-style
    models flatten ``properties`` into snake_case attributes in ``as_dict()``; their ``serialize()`` gives the
    wire JSON back (``keep_readonly``: id, name, provisioningState are read-only fields).
    """
    serialize = getattr(item, "serialize", None)
    if callable(serialize):
        return serialize(keep_readonly=True)
    as_dict = getattr(item, "as_dict", None)
    return as_dict() if as_dict else dict(item)


def _one_page(lister, args, next_link, **options):
    """One page of a paged SDK list, from its start or from ``next_link``: (items as wire JSON, next link or None)."""
    pages = lister(*args, **options).by_page(continuation_token=next_link)
    page = [_plain(item) for item in next(pages, [])]
    return page, pages.continuation_token


class ServiceCalls:
    """The reads and writes the engine needs, for one service and one client."""

    def __init__(self, service, client, deadline):
        self.service = service
        self.client = client
        self.deadline = deadline

    def _connections(self):
        return getattr(self.client, self.service.connections_group)

    def _parents(self):
        return getattr(self.client, self.service.parents_group)

    def _call(self, what, function, *args, is_write=False, **kwargs):
        """Run one SDK call. Nothing is sent once the job is cancelled.

        A read that gets a transient answer (no answer, 429, 5xx) or the service's busy 409 is sent again by the
        waiting rule (``_waiter``) until the deadline. A write is never sent again here: it raises
        WriteOutcomeUnknown (no answer, 5xx: it may have been applied) or WriteRefused, and the engine reads
        the connection before deciding anything (``_reconcile``).
        """
        backoff = Backoff()
        while True:
            self.deadline.check()
            try:
                # azure-core waits up to 300 s to connect and 300 s for an answer by default; never wait past
                # our own deadline.
                timeout = min(MAX_READ_SECONDS, max(MIN_READ_SECONDS, self.deadline.remaining()))
                return function(*args, connection_timeout=timeout, read_timeout=timeout, **kwargs)
            except Exception as exc:  # pylint: disable=broad-except
                if not _is_azure_exception(exc):
                    raise  # a bug of ours: let it show
                error = from_exception(exc)
                if is_write:
                    raise (WriteOutcomeUnknown if error.outcome_unknown else WriteRefused)(error, what, exc)
                if not error.retryable(self.service) or not self.deadline.wait(backoff, error.retry_after):
                    raise AzureCallFailed(error, what, exc)

    def _list_all(self, what, lister, *args):
        """Every item of a paged list (wire JSON), one ``_call`` per page.

        A page that must be asked again (429, 5xx, no answer) is asked again by itself, from its nextLink: the
        pages already read are kept, never read a second time.
        """
        items = []
        next_link = None
        while True:
            page, next_link = self._call(what, _one_page, lister, args, next_link)
            items.extend(page)
            if not next_link:
                return items

    def get_connection(self, resource_group, parent_name, name):
        """The connection's wire JSON, or None when the service says it does not exist (204 or 404)."""
        what = "GET private endpoint connection '%s' of %s" % (
            name, self.service.describe_parent(resource_group, parent_name))
        try:
            response = self._call(what, self._connections().get, resource_group, parent_name, name, cls=_raw)
        except AzureCallFailed as failure:
            if failure.error.not_found:
                return None
            raise
        return _json_or_none(response)

    def list_connections(self, resource_group, parent_name):
        """All connections of one parent (wire JSON), following nextLink; raises AzureCallFailed (404: no parent)."""
        what = "LIST private endpoint connections of %s" % self.service.describe_parent(resource_group, parent_name)
        lister = getattr(self._connections(), self.service.list_connections)
        return self._list_all(what, lister, resource_group, parent_name)

    def put_connection(self, resource_group, parent_name, name, body):
        """PUT the connection; returns (wire JSON of the answer, response headers)."""
        what = "PUT private endpoint connection '%s' of %s" % (
            name, self.service.describe_parent(resource_group, parent_name))
        response = self._call(what, self._connections().put, resource_group, parent_name, name, body, cls=_raw,
                              is_write=True)
        return _json_or_none(response), dict(response.headers)

    def delete_connection(self, resource_group, parent_name, name):
        """Send the DELETE (never poll it here); returns (HTTP status, response headers)."""
        what = "DELETE private endpoint connection '%s' of %s" % (
            name, self.service.describe_parent(resource_group, parent_name))
        delete = getattr(self._connections(), self.service.delete_connection)
        if self.service.delete_is_lro:
            def send(**options):
                first_response = _FirstResponseOnly()
                delete(resource_group, parent_name, name, polling=first_response, **options)
                return first_response.response
        else:
            def send(**options):
                return delete(resource_group, parent_name, name, cls=_raw, **options)
        response = self._call(what, send, is_write=True)
        return response.status_code, dict(response.headers)

    def get_parent(self, resource_group, parent_name):
        """The parent resource's wire JSON; ParentMissing (with Azure's 404) when it or its group does not exist."""
        what = "GET %s" % self.service.describe_parent(resource_group, parent_name)
        getter = getattr(self._parents(), self.service.get_parent)
        try:
            response = self._call(what, getter, resource_group, parent_name, cls=_raw)
        except AzureCallFailed as failure:
            if failure.error.not_found:
                raise ParentMissing(failure.error, what, failure.exception) from None
            raise
        return _json_or_none(response)

    def list_parents(self, resource_group=None):
        """Every parent of this type in one resource group, or in the whole subscription (wire JSON)."""
        if resource_group:
            what = "LIST %ss in resource group '%s'" % (self.service.label, resource_group)
            lister = getattr(self._parents(), self.service.list_parents_in_group)
            return self._list_all(what, lister, resource_group)
        what = "LIST %ss in the subscription" % self.service.label
        lister = getattr(self._parents(), self.service.list_parents)
        return self._list_all(what, lister)

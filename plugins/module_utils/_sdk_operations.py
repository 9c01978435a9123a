# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The requests of a row that keeps a management SDK (``row.sdk``: Key Vault, Managed HSM, Storage).

Each method sends exactly one request through the SDK's operation group and hands back the raw HTTP response (or
one page of a list as wire JSON); ``_calls.ServiceCalls`` decides about retries. The same interface as
``_arm_client.ArmOperations``, which serves every other row with plain ARM JSON.
"""

from __future__ import annotations

import importlib


def build_sdk_client(row, session, subscription_id=None, api_version=None):
    """The row's SDK client from an ``_auth.AzureSession``, with the SDK's own retries off.

    ``api_version``: the api-version every request sends (the module option); None keeps the SDK's default.
    """
    client_class = getattr(importlib.import_module(row.sdk.module), row.sdk.client_class)
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


class SdkOperations:
    """One request per method, through the row's SDK client (``options``: azure-core per-request timeouts)."""

    def __init__(self, row, client):
        self.row = row
        self.client = client

    def _connections(self):
        return getattr(self.client, self.row.sdk.connections_group)

    def _parents(self):
        return getattr(self.client, self.row.sdk.parents_group)

    def get_connection(self, resource_group, parent_name, name, **options):
        return self._connections().get(resource_group, parent_name, name, cls=_raw, **options)

    def list_connections_page(self, resource_group, parent_name, next_link, **options):
        lister = getattr(self._connections(), self.row.sdk.list_connections)
        return _one_page(lister, (resource_group, parent_name), next_link, **options)

    def put_connection(self, resource_group, parent_name, name, body, **options):
        return self._connections().put(resource_group, parent_name, name, body, cls=_raw, **options)

    def delete_connection(self, resource_group, parent_name, name, **options):
        delete = getattr(self._connections(), self.row.sdk.delete_connection)
        if self.row.delete_is_lro:
            first_response = _FirstResponseOnly()
            delete(resource_group, parent_name, name, polling=first_response, **options)
            return first_response.response
        return delete(resource_group, parent_name, name, cls=_raw, **options)

    def get_parent(self, resource_group, parent_name, **options):
        return getattr(self._parents(), self.row.sdk.get_parent)(resource_group, parent_name, cls=_raw, **options)

    def list_parents_page(self, resource_group, next_link, **options):
        if resource_group:
            lister, args = getattr(self._parents(), self.row.sdk.list_parents_in_group), (resource_group,)
        else:
            lister, args = getattr(self._parents(), self.row.sdk.list_parents), ()
        return _one_page(lister, args, next_link, **options)

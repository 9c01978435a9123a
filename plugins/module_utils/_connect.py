# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""From module parameters to an SDK client, and from a failed call to the sentence the user reads.

The one place that builds sessions' clients and caches them (``ThreadClients``) and fetches a session's first
token (``first_token_failure``), for the single modules, the batch and the scope reads alike.
"""

from __future__ import annotations

import re
import threading

from ansible_collections.privatelink.azure.plugins.module_utils._auth import (
    AuthConfigError, azure_session, describe_auth_failure)
from ansible_collections.privatelink.azure.plugins.module_utils._calls import build_client, client_key
from ansible_collections.privatelink.azure.plugins.module_utils._errors import PecError

_API_VERSION = re.compile(r"^\d{4}-\d{2}-\d{2}(-[a-z]+)?$")


def open_client(service, params, deadline=None):
    """(SDK client, AzureSession) for ``service``; raises PecError when the auth or api_version options are unusable.

    With a ``deadline`` (``_waiter.Deadline``), getting a token is bounded by what is left of it.
    """
    api_version = checked_api_version(params.get("api_version"))
    try:
        session = azure_session(params, timeout=deadline.remaining() if deadline is not None else None)
    except AuthConfigError as exc:
        raise PecError(str(exc))
    return build_client(service, session, api_version=api_version), session


def first_token_failure(session):
    """Fetch the session's token now, before any worker starts; None, or the sentence saying why there is none.

    One token request for every thread and subscription instead of one per worker racing for an empty cache, and
    bad credentials stop the run before any write.
    """
    try:
        session.credential.get_token(*session.credential_scopes)
    except Exception as exc:  # pylint: disable=broad-except
        return describe_auth_failure(exc, session) or "Getting a token for %s failed: %s" % (session.describe(), exc)
    return None


class ThreadClients:
    """The clients of parallel workers: SDK clients are not shared between threads, so one per thread, client kind
    (``_calls.client_key``) and subscription, built on first use with that subscription's session."""

    def __init__(self):
        self._local = threading.local()

    def get(self, row, session, subscription_id, plain_json=False):
        clients = self._local.__dict__.setdefault("clients", {})
        key = (client_key(row, plain_json), subscription_id.lower())
        if key not in clients:
            clients[key] = build_client(row, session, subscription_id=subscription_id, plain_json=plain_json)
        return clients[key]


def checked_api_version(value):
    """The api_version option, or None for the SDK's default; PecError when it is not shaped like one.

    Whether Azure serves it is Azure's to say (400 InvalidApiVersionParameter, quoted with its request id).
    """
    if value is None or value == "":
        return None
    if not _API_VERSION.match(str(value)):
        raise PecError("Option 'api_version' must be an ARM api-version such as 2023-07-01 or 2021-04-01-preview, "
                       "not %r." % (value,))
    return str(value)


def failure_from_call(failure, session, changed=False, connection=None, prefix=""):
    """A PecError for an AzureCallFailed: auth problems explained by _auth, everything else code/message/id."""
    explained = describe_auth_failure(failure.exception, session) if failure.exception is not None else None
    msg = prefix + (explained or "%s failed: %s" % (failure.what, failure.error.describe()))
    # An answer from ARM (a 401, say) keeps its code and request id even when the auth layer explains it.
    azure = failure.error if not explained or (failure.error.status and failure.error.code) else None
    return PecError(msg, azure=azure, connection=connection, changed=changed)


def with_session_warnings(result, session):
    """Add what the auth layer warned about (e.g. certificate checks off) to the result's warnings."""
    warnings = list(getattr(session, "warnings", None) or [])
    if warnings:
        result["warnings"] = warnings + list(result.get("warnings") or [])
    return result

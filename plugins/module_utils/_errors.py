# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""Azure errors as data: status, ARM error code, message and x-ms-request-id, plus which ones are worth a retry.

Duck-typed on azure-core's HttpResponseError so that this file imports no SDK.
"""

from __future__ import annotations

import json

from ansible_collections.privatelink.azure.plugins.module_utils._permissions import missing_permission
from ansible_collections.privatelink.azure.plugins.module_utils._types import is_busy_code
from ansible_collections.privatelink.azure.plugins.module_utils._waiter import parse_retry_after


class PecError(Exception):
    """A failure to report to the user: a sentence saying what went wrong, and the Azure error when there was one."""

    def __init__(self, msg, azure=None, connection=None, changed=False, gone=False):
        super().__init__(msg)
        self.msg = msg
        self.azure = azure
        self.connection = connection
        self.changed = changed
        self.gone = gone      # the resource provider has no such connection (any more): nothing was written

    def result(self):
        result = {"failed": True, "changed": self.changed, "msg": self.msg}
        if self.gone:
            result["gone"] = True
        if self.azure is not None:
            result["azure_error"] = self.azure.as_dict()
        if self.connection is not None:
            result["connection"] = self.connection
        return result


class AzureError:
    """What Azure answered to one failed request."""

    def __init__(self, status=None, code=None, message=None, request_id=None, retry_after=None, lost_response=False):
        self.lost_response = lost_response  # the request went out but no answer came back (dropped, timed out)
        self.status = status
        self.code = code
        self.message = message
        self.request_id = request_id
        self.retry_after = retry_after

    def as_dict(self):
        return {"status": self.status, "code": self.code, "message": self.message, "request_id": self.request_id}

    def describe(self):
        words = []
        if self.status is not None:
            words.append("HTTP %s" % self.status)
        if self.code:
            words.append(self.code)
        text = " ".join(words) or "no answer"
        if self.message:
            text += ": " + self.message.rstrip(".") + "."
        text += " (x-ms-request-id: %s)" % (self.request_id or "none")
        missing = missing_permission(self.message) if (self.code or "").lower() == "authorizationfailed" else None
        if missing:
            text += (" This identity lacks the permission '%s' on scope '%s': grant it with a role assignment "
                     "(docs/permissions.md lists what each operation needs)." % missing)
        return text

    @property
    def transient(self):
        """No answer, throttling (429) or a server error (5xx): on every service, these go away if we wait."""
        return self.lost_response or self.status == 429 or (self.status is not None and self.status >= 500)

    @property
    def busy(self):
        """A 409 with a code meaning 'another change is still running' on any row of the type table: such codes
        are ARM-wide (AnotherOperationInProgress), so whichever service sends one is busy (docs/waiting.md)."""
        return is_busy_code(self.status, self.code)

    @property
    def retryable(self):
        """Worth sending the same read again after a wait: transient, or busy."""
        return self.transient or self.busy

    @property
    def outcome_unknown(self):
        """For a write: no answer, or a server error. Azure may have applied it or not; only a read can tell.

        429 and 409-busy are refusals: the write was not applied, so sending it again is right.
        """
        return self.lost_response or (self.status is not None and self.status >= 500)

    @property
    def not_found(self):
        return self.status == 404


def _response_json(response):
    try:
        return response.json()
    except Exception:  # pylint: disable=broad-except
        # Bodies of failed requests are not always JSON (gateways answer with HTML or nothing).
        try:
            return json.loads(response.text())
        except Exception:  # pylint: disable=broad-except
            return None


def from_exception(exc):
    """An AzureError from an azure-core exception (or any exception: then only the message is known)."""
    response = getattr(exc, "response", None)
    status = getattr(exc, "status_code", None) or getattr(response, "status_code", None)
    headers = getattr(response, "headers", None) or {}
    code = message = None
    body = _response_json(response) if response is not None else None
    if isinstance(body, dict):
        error = body.get("error") if isinstance(body.get("error"), dict) else body
        code = error.get("code")
        message = error.get("message")
    model = getattr(exc, "error", None)
    code = code or getattr(model, "code", None)
    message = message or getattr(model, "message", None)
    if not message:
        message = getattr(exc, "reason", None) or _first_line(exc)
    return AzureError(
        status=status,
        code=code,
        message=message,
        request_id=headers.get("x-ms-request-id"),
        retry_after=parse_retry_after(headers.get("Retry-After")),
        # azure-core's ServiceResponseError and its subclasses (ServiceResponseTimeoutError for a read timeout):
        # sent, but the connection dropped or no answer came in time. Connection and TLS failures
        # (ServiceRequestError) are not retried: they do not go away by waiting.
        lost_response=response is None and _is_a(exc, "ServiceResponseError"),
    )


def _is_a(exc, class_name):
    """isinstance() by class name, so that this file needs no azure-core import."""
    return any(klass.__name__ == class_name for klass in type(exc).__mro__)


def _first_line(exc):
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__

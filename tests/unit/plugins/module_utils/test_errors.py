"""SDK error -> code, message, request id, retryable or not."""

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._errors import AzureError, PecError, from_exception


class FakeResponse:
    def __init__(self, status, body, headers):
        self.status_code = status
        self._body = body
        self.headers = headers

    def json(self):
        if self._body is None:
            raise ValueError("no body")
        return self._body

    def text(self):
        return ""


class FakeHttpError(Exception):
    def __init__(self, response):
        super().__init__("Operation returned an invalid status")
        self.response = response
        self.status_code = response.status_code


def test_arm_error_body_and_request_id():
    exc = FakeHttpError(FakeResponse(409, {"error": {"code": "AnotherOperationInProgress", "message": "Busy."}},
                                     {"x-ms-request-id": "rid-1", "Retry-After": "4"}))
    error = from_exception(exc)
    assert (error.status, error.code, error.message, error.request_id) == (
        409, "AnotherOperationInProgress", "Busy.", "rid-1")
    assert error.retry_after == 4.0
    assert error.retryable
    assert error.describe() == "HTTP 409 AnotherOperationInProgress: Busy. (x-ms-request-id: rid-1)"


@pytest.mark.parametrize("status, code, retryable", [
    (429, "TooManyRequests", True), (500, None, True), (504, "GatewayTimeout", True),
    (409, "AnotherOperationInProgress", True), (409, "ConflictError", True), (409, "anotheroperationinprogress", True),
    (409, "StorageAccountOperationInProgress", True),
    # A busy code of any row is busy whoever sends it (issue 15: AnotherOperationInProgress is ARM-wide); a plain
    # Conflict is nobody's busy code (the engine reads, then decides).
    (409, "Conflict", False), (409, "SomethingElse", False), (400, "InvalidValuesForRequestParameters", False),
    (404, "ResourceNotFound", False), (None, None, False)])
def test_retryable(status, code, retryable):
    assert AzureError(status=status, code=code).retryable is retryable


def test_body_that_is_not_json_still_gives_status_and_request_id():
    error = from_exception(FakeHttpError(FakeResponse(502, None, {"x-ms-request-id": "rid-2"})))
    assert error.status == 502
    assert error.request_id == "rid-2"
    assert error.message == "Operation returned an invalid status"


def test_failure_result_never_claims_a_change_unless_told():
    result = PecError("nope", azure=AzureError(status=400, code="Bad", message="m", request_id="r")).result()
    assert result == {"failed": True, "changed": False, "msg": "nope",
                      "azure_error": {"status": 400, "code": "Bad", "message": "m", "request_id": "r"}}
    assert PecError("late", changed=True).result()["changed"] is True


class ServiceResponseError(Exception):
    """Named like azure-core's: the request went out, the answer never came (dropped, read timeout)."""


class ServiceRequestError(Exception):
    """Named like azure-core's: the request could not be sent (connection refused, TLS failure)."""


def test_a_lost_answer_is_retried_but_a_failed_connection_is_not():
    lost = from_exception(ServiceResponseError("Connection aborted."))
    assert lost.lost_response and lost.transient
    assert lost.describe() == "no answer: Connection aborted. (x-ms-request-id: none)"
    refused = from_exception(ServiceRequestError("certificate verify failed"))
    assert not refused.transient


# Stand-ins with azure-core's class names and hierarchy (this test, like _errors, imports no SDK).
class ServiceResponseError(Exception):
    pass


class ServiceResponseTimeoutError(ServiceResponseError):
    pass


class ServiceRequestError(Exception):
    pass


class ServiceRequestTimeoutError(ServiceRequestError):
    pass


@pytest.mark.parametrize("exc, lost", [
    (ServiceResponseError("Connection aborted."), True),
    (ServiceResponseTimeoutError("Read timed out."), True),
    (ServiceRequestError("Failed to establish a new connection"), False),
    (ServiceRequestTimeoutError("Connect timed out"), False),
])
def test_a_lost_answer_is_retried_and_a_failed_connection_is_not(exc, lost):
    error = from_exception(exc)
    assert error.lost_response is lost
    assert error.transient is lost


@pytest.mark.parametrize("error, unknown", [
    (AzureError(lost_response=True), True), (AzureError(status=500), True), (AzureError(status=504), True),
    (AzureError(status=429), False), (AzureError(status=409, code="Conflict"), False),
    (AzureError(status=400), False)])
def test_a_write_outcome_is_unknown_only_without_answer_or_on_5xx(error, unknown):
    assert error.outcome_unknown is unknown

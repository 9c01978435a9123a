"""Small helpers the SDK tests share: request bodies, waiting for a settled connection, error details."""

import time

from azure.core.exceptions import HttpResponseError


def state_change(status, description=""):
    """The body of an approve / reject PUT, in the shape every service accepts."""
    return {"properties": {"privateLinkServiceConnectionState": {"status": status, "description": description}}}


def connection_status(connection):
    return connection.properties.private_link_service_connection_state.status


def wait_until_succeeded(read, timeout=10.0, interval=0.05):
    """Poll `read()` until provisioningState is Succeeded; the connection it last read, or AssertionError."""
    deadline = time.monotonic() + timeout
    while True:
        connection = read()
        if connection.properties.provisioning_state == "Succeeded":
            return connection
        if time.monotonic() > deadline:
            raise AssertionError(f"still {connection.properties.provisioning_state} after {timeout} s")
        time.sleep(interval)


def error_details(raises_info):
    """(status, code, request id) of the HttpResponseError captured by pytest.raises."""
    error = raises_info.value
    assert isinstance(error, HttpResponseError)
    return error.status_code, error.error.code if error.error else None, error.response.headers.get("x-ms-request-id")

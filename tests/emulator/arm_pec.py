"""Private endpoint connections seen from the resource owner: GET, LIST, PUT (approve/reject), DELETE.

Key Vault and Managed HSM are slow and ask clients to serialize: a PUT answers 200 with `Updating` and an
`Azure-AsyncOperation` header, a DELETE answers 202 with `Location`, and any further change on the same parent
while one is running gets 409 AnotherOperationInProgress. Storage does everything synchronously.
"""
import time
import uuid

from . import ids, render
from .errors import ArmError
from .messages import Reply
from .paging import page
from .pec_rules import check_transition, requested_change
from .services import paged_connection_list
from .state import DELETING, SUCCEEDED, UPDATING


def _connection_not_found(resource, name):
    return ArmError(
        404, "PrivateEndpointConnectionNotFound",
        f"Private endpoint connection '{name}' was not found on {resource.service.display_kind} '{resource.name}'. "
        "Private endpoint connections are created from the private endpoint's side.",
    )


def list_connections(call):
    resource = call.parent()
    items = [render.connection_body(resource, conn) for conn in resource.connections.values()]
    if not paged_connection_list(resource.service, call.api_version):
        return Reply(200, {"value": items})
    return Reply(200, page(items, call.request, call.settings.page_size))


def get_connection(call):
    resource = call.parent()
    operation_id = call.request.query_value("operationid")
    if operation_id:
        return _delete_status(call, resource, operation_id)
    conn = resource.connection(call.params["connection"])
    if conn is None:
        if resource.service.missing_connection == "no_content":
            return Reply(204)
        raise _connection_not_found(resource, call.params["connection"])
    return Reply(200, render.connection_body(resource, conn))


def _check_not_busy(resource):
    busy = resource.busy_connection()
    if busy is not None:
        raise ArmError(
            409, "AnotherOperationInProgress",
            f"Another operation is in progress on {resource.service.display_kind} '{resource.name}' "
            f"(private endpoint connection '{busy.name}' is {busy.provisioning_state}). Operations on the private "
            "endpoint connections of one resource must be serialized: retry after it completes.",
        )


def _check_if_match(call, conn):
    wanted = call.request.header("If-Match")
    if wanted and wanted.strip() != "*" and wanted.strip() != (conn.etag or ""):
        raise ArmError(
            412, "PreconditionFailed",
            f"The condition specified using HTTP conditional header(s) is not met: If-Match {wanted} does not match "
            f"the current etag {conn.etag} of private endpoint connection '{conn.name}'.",
        )


def put_connection(call):
    resource = call.parent()
    service = resource.service
    change = requested_change(service, call.json_body())
    conn = resource.connection(call.params["connection"])
    if conn is None:
        raise _connection_not_found(resource, call.params["connection"])
    if service.asynchronous_writes:
        _check_not_busy(resource)
        _check_if_match(call, conn)
    check_transition(service, conn.name, conn.status, change)
    conn.status, conn.description, conn.actions_required = change.status, change.description, change.actions_required
    if not service.asynchronous_writes:
        conn.provisioning_state = SUCCEEDED
        return Reply(200, render.connection_body(resource, conn))
    conn.provisioning_state = UPDATING
    conn.etag = ids.new_etag()
    conn.due = time.monotonic() + call.settings.lro_seconds
    path = render.connection_id(resource, conn)
    headers = {
        "Azure-AsyncOperation": call.url(path, **{"kv-operation": uuid.uuid4().hex}),
        "Retry-After": str(call.settings.retry_after_seconds),
    }
    return Reply(200, render.connection_body(resource, conn), headers)


def delete_connection(call):
    resource = call.parent()
    conn = resource.connection(call.params["connection"])
    if conn is None:
        return Reply(204)
    if not resource.service.asynchronous_writes:
        del resource.connections[conn.name.lower()]
        return Reply(200)
    _check_not_busy(resource)
    conn.provisioning_state = DELETING
    conn.operation_id = uuid.uuid4().hex
    conn.due = time.monotonic() + call.settings.delete_seconds
    return Reply(202, None, _delete_headers(call, resource, conn))


def _delete_headers(call, resource, conn):
    return {
        "Location": call.url(render.connection_id(resource, conn), operationid=conn.operation_id),
        "Retry-After": str(call.settings.retry_after_seconds),
    }


def _delete_status(call, resource, operation_id):
    """The delete's Location: 202 while the connection is Deleting, then 204 once it is gone."""
    owner, conn = call.store.deleting_connection(operation_id)
    if conn is not None and owner is resource:
        return Reply(202, None, _delete_headers(call, resource, conn))
    return Reply(204)

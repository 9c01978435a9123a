"""Private endpoint connections seen from the resource owner: GET, LIST, PUT (approve/reject), DELETE.

What each answer looks like is the row's (row.py): a synchronous change (Storage) is done when answered; a settling
one shows a transitional provisioningState until its time has come, its answer names where to follow it
(Azure-AsyncOperation / Location, arm_operations.py), and any further change on the same parent meanwhile gets 409
with the service's busy code (Key Vault asks clients to serialize).
"""
import time
import uuid
from datetime import datetime, timezone

from . import ids, render
from .errors import ArmError
from .messages import Reply
from .paging import page
from .pec_rules import check_transition, requested_change
from .state import FAILED, SUCCEEDED, Operation


def _connection_not_found(resource, name):
    return ArmError(
        404, "PrivateEndpointConnectionNotFound",
        f"Private endpoint connection '{name}' was not found on {resource.service.display_kind} '{resource.name}'. "
        "Private endpoint connections are created from the private endpoint's side.",
    )


def _no_list(resource):
    # Our inference: a service whose connections are only embedded in the parent has no list operation; the
    # resource provider answers like for any URL it does not serve.
    return ArmError(
        404, "NotFound",
        f"The {resource.service.display_kind} '{resource.name}' does not list its private endpoint connections "
        "on their own; read them from the resource's properties.privateEndpointConnections.",
    )


def list_connections(call):
    resource = call.parent()
    service = resource.service
    if service.listing != "collection":
        raise _no_list(resource)
    items = [render.listed_connection(resource, conn) for conn in resource.connections.values()]
    if service.list_bare_array:
        return Reply(200, items)
    if not service.paged_list(call.api_version):
        return Reply(200, {"value": items})
    return Reply(200, page(items, call.request, call.settings.page_size, null_next_link=service.list_null_next_link))


def get_connection(call):
    resource = call.parent()
    operation_id = call.request.query_value("kv-operation")
    if operation_id in call.store.delete_operations:
        return _kv_delete_status(call, resource, operation_id)
    conn = resource.connection(call.params["connection"])
    if conn is None:
        if resource.service.missing_connection == 204:
            return Reply(204)
        raise _connection_not_found(resource, call.params["connection"])
    if conn.busy and call.settings.gateway_timeout_now():
        raise gateway_timeout(resource.service)
    return Reply(200, render.connection_body(resource, conn))


def gateway_timeout(service):
    # Recorded traffic (Managed HSM, 2024): the gateway's 504 while polling, with x-ms-failure-cause: service.
    return ArmError(504, "GatewayTimeout", f"The gateway did not receive a response from '{service.namespace}' "
                    "within the specified time period.", headers={"x-ms-failure-cause": "service"})


def _check_not_busy(resource):
    busy = resource.busy_connection()
    if busy is not None:
        raise ArmError(
            409, resource.service.busy_code,
            f"Another operation is in progress on {resource.service.display_kind} '{resource.name}' "
            f"(private endpoint connection '{busy.name}' is {busy.provisioning_state}). Operations on the private "
            "endpoint connections of one resource must be serialized: retry after it completes.",
        )


def _check_if_match(call, conn):
    # Our inference: ARM's usual If-Match semantics on the connection's body etag.
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
    if conn is None:    # the spec: owners cannot create connections; the 404 code is our inference
        raise _connection_not_found(resource, call.params["connection"])
    if service.asynchronous:
        _check_not_busy(resource)
    if service.has_etag:
        _check_if_match(call, conn)
    late_refusal = check_transition(service, conn.name, conn.status, change)
    outcome = conn.take_outcome(call.request.fail_change)
    new_state = (change.status, change.description, change.actions_required)
    if not service.put.settles:
        conn.status, conn.description, conn.actions_required = new_state
        # our inference: a failed synchronous change shows Failed at once
        conn.provisioning_state = service.settled_state(change.status) if outcome == SUCCEEDED else FAILED
        return Reply(service.put.status, render.connection_body(resource, conn))
    conn.change, conn.outcome = "update", outcome
    if late_refusal is not None:
        conn.refusal, conn.pending = late_refusal, new_state
    else:
        _start_settling(service, conn, change, new_state)
    if service.has_etag:
        conn.etag = ids.new_connection_etag()
    conn.due = time.monotonic() + call.settings.change_seconds(service.type, "update")
    headers = _follow_headers(call, resource, conn, service.put)
    return Reply(service.put.status, _write_body(resource, conn, service.put, change), headers)


def _start_settling(service, conn, change, new_state):
    """What the connection reads while the change settles: the row's settling_view (row.py)."""
    shown = service.settling_status(change.status)
    if service.settling_view == "new":
        conn.status, conn.description, conn.actions_required = shown, change.description, change.actions_required
        conn.pending = new_state if shown != change.status else None
    else:   # the old status keeps showing until the change settles (a stale read)
        conn.pending = new_state
    if service.settling_view != "old":
        conn.provisioning_state = service.settling_state(change.status)


def _write_body(resource, conn, answer, change):
    if answer.body == "connection":
        return render.connection_body(resource, conn)
    if answer.body == "state":
        return render.state_echo(resource, conn, change)
    if answer.body == "settling":
        return render.settling_connection(resource, conn, change)
    if answer.body == "queued":
        return {"status": "Enqueued"}
    if answer.body == "wrapper":
        return render.operation_wrapper(resource, conn)
    return None


def delete_connection(call):
    resource = call.parent()
    service = resource.service
    conn = resource.connection(call.params["connection"])
    if conn is None:    # the spec: DELETE of a missing connection answers 204
        return Reply(204)
    if not service.delete.settles:
        if conn.take_outcome(call.request.fail_change) == FAILED:
            conn.provisioning_state = FAILED     # our inference: the connection stays, the answer is an error
            raise delete_failed(resource, conn)
        del resource.connections[conn.name.lower()]
        if service.delete.body == "disconnected":    # Search answers with the connection, now Disconnected
            conn.status = "Disconnected"
            return Reply(service.delete.status, render.connection_body(resource, conn))
        return Reply(service.delete.status)
    _check_not_busy(resource)
    conn.change, conn.outcome = "delete", conn.take_outcome(call.request.fail_change)
    conn.provisioning_state = service.deleting_state
    conn.due = time.monotonic() + call.settings.change_seconds(service.type, "delete")
    headers = _follow_headers(call, resource, conn, service.delete)
    return Reply(service.delete.status, _write_body(resource, conn, service.delete, None), headers)


def delete_failed(resource, conn):
    return ArmError(
        500, "InternalServerError",
        f"Deleting private endpoint connection '{conn.name}' of {resource.service.display_kind} '{resource.name}' "
        "failed; the connection is left with provisioningState Failed.",
    )


def _follow_headers(call, resource, conn, answer):
    """The headers that say where to follow a settling change, and the operation they name."""
    headers = {"Retry-After": str(call.settings.retry_after_seconds)}
    if resource.service.kv_operation:
        # Recorded traffic (Key Vault): both point back at the connection, with a kv-operation parameter; a PUT's
        # Azure-AsyncOperation is answered by the connection itself, a DELETE's Location by _kv_delete_status.
        token = uuid.uuid4().hex
        if conn.change == "delete":
            conn.operation_id = token
            call.store.delete_operations.add(token)
        url = call.url(render.connection_id(resource, conn), **{"kv-operation": token})
        for header in answer.headers:
            headers[header] = url
        return headers
    operation = Operation(uuid.uuid4().hex, resource, conn.name, conn.change,
                          datetime.now(timezone.utc).isoformat().replace("+00:00", "Z"))
    conn.operation_id = operation.id
    (status_path, status_query), (result_path, result_query) = (
        _operation_url(template, resource, conn, operation)
        for template in (resource.service.status_url, resource.service.result_url))
    call.store.add_operation(operation, ((status_path, "status"), (result_path, "result")))
    urls = {"Azure-AsyncOperation": call.url(status_path, **status_query),
            "Location": call.url(result_path, **result_query)}
    for header in answer.headers:
        headers[header] = urls[header]
    return headers


def _operation_url(template, resource, conn, operation):
    """(path, extra query) of an operation URL from the row's template (row.py)."""
    filled = template.format(
        connection=render.connection_id(resource, conn), name=conn.name, location=resource.location,
        provider=f"{ids.resource_group_id(resource.subscription_id, resource.resource_group)}/providers/"
                 f"{resource.service.namespace}",
        id=operation.id, change="Delete" if operation.change == "delete" else "Update",
    )
    path, _separator, query = filled.partition("?")
    return path, dict(part.split("=", 1) for part in query.split("&") if part)


def kv_delete_headers(call, resource, conn):
    # Recorded traffic: the Location of a Key Vault DELETE is the connection URL plus a kv-operation parameter.
    return {
        "Location": call.url(render.connection_id(resource, conn), **{"kv-operation": conn.operation_id}),
        "Retry-After": str(call.settings.retry_after_seconds),
    }


def _kv_delete_status(call, resource, operation_id):
    """The delete's Location: 202 while the connection is Deleting, then 204 once it is gone (recorded traffic);
    an error when the delete ended Failed (our inference)."""
    owner, conn = call.store.connection_of_operation(operation_id)
    if conn is None or owner is not resource:
        return Reply(204)
    if call.settings.gateway_timeout_now():
        raise gateway_timeout(resource.service)
    if conn.provisioning_state == FAILED:
        raise delete_failed(resource, conn)
    return Reply(202, None, kv_delete_headers(call, resource, conn))

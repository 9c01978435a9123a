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
from .services import paged_connection_list, says_null_next_link
from .state import DELETING, FAILED, UPDATING


def _connection_not_found(resource, name):
    return ArmError(
        404, "PrivateEndpointConnectionNotFound",
        f"Private endpoint connection '{name}' was not found on {resource.service.display_kind} '{resource.name}'. "
        "Private endpoint connections are created from the private endpoint's side.",
    )


def list_connections(call):
    resource = call.parent()
    items = [render.listed_connection(resource, conn) for conn in resource.connections.values()]
    if not paged_connection_list(resource.service, call.api_version):
        return Reply(200, {"value": items})
    return Reply(200, page(items, call.request, call.settings.page_size,
                           null_next_link=says_null_next_link(resource.service)))


def get_connection(call):
    resource = call.parent()
    operation_id = call.request.query_value("kv-operation")
    if operation_id in call.store.delete_operations:
        return _delete_status(call, resource, operation_id)
    conn = resource.connection(call.params["connection"])
    # The spec: a missing Key Vault connection is 204 No Content; HSM and Storage answer 404 (recorded traffic).
    if conn is None:
        if resource.service.missing_connection == "no_content":
            return Reply(204)
        raise _connection_not_found(resource, call.params["connection"])
    if conn.busy and call.settings.gateway_timeout_now():
        raise _gateway_timeout()
    return Reply(200, render.connection_body(resource, conn))


def _gateway_timeout():
    # Recorded traffic (Managed HSM, 2024): the gateway's 504 while polling, with x-ms-failure-cause: service.
    return ArmError(504, "GatewayTimeout", "The gateway did not receive a response from 'Microsoft.KeyVault' within "
                    "the specified time period.", headers={"x-ms-failure-cause": "service"})


def _check_not_busy(resource):
    # Recorded traffic: 409 AnotherOperationInProgress while another change of the same vault runs.
    busy = resource.busy_connection()
    if busy is not None:
        raise ArmError(
            409, "AnotherOperationInProgress",
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
    if service.asynchronous_writes:
        _check_not_busy(resource)
        _check_if_match(call, conn)
    check_transition(service, conn.name, conn.status, change)
    conn.status, conn.description, conn.actions_required = change.status, change.description, change.actions_required
    outcome = conn.take_outcome(call.request.fail_change)
    # Recorded traffic: Storage PUTs are synchronous; Key Vault / HSM answer 200 Updating, then Succeeded later.
    if not service.asynchronous_writes:
        conn.provisioning_state = outcome    # our inference: a failed synchronous change shows Failed at once
        return Reply(200, render.connection_body(resource, conn))
    conn.provisioning_state, conn.outcome = UPDATING, outcome
    conn.etag = ids.new_connection_etag()
    conn.due = time.monotonic() + call.settings.change_seconds(service.type, "update")
    path = render.connection_id(resource, conn)
    headers = {
        "Azure-AsyncOperation": call.url(path, **{"kv-operation": uuid.uuid4().hex}),
        "Retry-After": str(call.settings.retry_after_seconds),
    }
    return Reply(200, render.connection_body(resource, conn), headers)


def delete_connection(call):
    resource = call.parent()
    conn = resource.connection(call.params["connection"])
    if conn is None:    # the spec: DELETE of a missing connection answers 204
        return Reply(204)
    # Recorded traffic: Storage deletes at once (200); Key Vault / HSM answer 202 + Location and finish later.
    if not resource.service.asynchronous_writes:
        if conn.take_outcome(call.request.fail_change) == FAILED:
            conn.provisioning_state = FAILED     # our inference: the connection stays, the answer is an error
            raise _delete_failed(resource, conn)
        del resource.connections[conn.name.lower()]
        return Reply(200)
    _check_not_busy(resource)
    conn.provisioning_state, conn.outcome = DELETING, conn.take_outcome(call.request.fail_change)
    conn.operation_id = uuid.uuid4().hex
    call.store.delete_operations.add(conn.operation_id)
    conn.due = time.monotonic() + call.settings.change_seconds(resource.service.type, "delete")
    return Reply(202, None, _delete_headers(call, resource, conn))


def _delete_failed(resource, conn):
    return ArmError(
        500, "InternalServerError",
        f"Deleting private endpoint connection '{conn.name}' of {resource.service.display_kind} '{resource.name}' "
        "failed; the connection is left with provisioningState Failed.",
    )


def _delete_headers(call, resource, conn):
    # Recorded traffic: the Location of a Key Vault DELETE is the connection URL plus a kv-operation parameter.
    return {
        "Location": call.url(render.connection_id(resource, conn), **{"kv-operation": conn.operation_id}),
        "Retry-After": str(call.settings.retry_after_seconds),
    }


def _delete_status(call, resource, operation_id):
    """The delete's Location: 202 while the connection is Deleting, then 204 once it is gone (recorded traffic);
    an error when the delete ended Failed (our inference)."""
    owner, conn = call.store.connection_of_operation(operation_id)
    if conn is None or owner is not resource:
        return Reply(204)
    if call.settings.gateway_timeout_now():
        raise _gateway_timeout()
    if conn.provisioning_state == FAILED:
        raise _delete_failed(resource, conn)
    return Reply(202, None, _delete_headers(call, resource, conn))

"""The URLs a settling change's answer names (Azure-AsyncOperation, Location), for every row whose
operation_urls are not Key Vault's (row.py): status documents and operation results.

A status URL answers 200 {"id", "name", "status": InProgress | Succeeded | Failed, "startTime"} (ARM's
asynchronous-operation pattern); a result URL answers 202 with Location and Retry-After while the change runs,
then 200 with the connection (an update) or 204 (a delete), or 500 when the change ended Failed (our inference,
as for Key Vault's delete Location).
"""
from . import render
from .arm_pec import delete_failed, gateway_timeout
from .errors import ArmError
from .messages import Reply
from .state import FAILED, IN_PROGRESS


def _retry_after(call):
    return {"Retry-After": str(call.settings.retry_after_seconds)}


def operation_status(call):
    operation = call.params["operation"]
    if operation.status == IN_PROGRESS and call.settings.gateway_timeout_now():
        raise gateway_timeout(operation.resource.service)
    body = {"id": call.request.path, "name": operation.id, "status": operation.status,
            "startTime": operation.started}
    if operation.status == FAILED:
        code, message = operation.error or ("InternalServerError", f"The {operation.change} of private endpoint "
                                            f"connection '{operation.connection_name}' failed.")
        body["error"] = {"code": code, "message": message}
    return Reply(200, body, _retry_after(call) if operation.status == IN_PROGRESS else {})


def operation_result(call):
    operation = call.params["operation"]
    resource = operation.resource
    if operation.status == IN_PROGRESS:
        if call.settings.gateway_timeout_now():
            raise gateway_timeout(resource.service)
        return Reply(202, None, {"Location": call.url(call.request.path), **_retry_after(call)})
    conn = resource.connection(operation.connection_name)
    if operation.status == FAILED:
        if operation.change == "delete" and conn is not None:
            raise delete_failed(resource, conn)
        if operation.error:
            raise ArmError(400, *operation.error)
        raise ArmError(500, "InternalServerError",
                       f"Changing private endpoint connection '{operation.connection_name}' failed; the connection "
                       "is left with provisioningState Failed.")
    if operation.change == "delete" or conn is None:
        return Reply(204)
    return Reply(200, render.connection_body(resource, conn))

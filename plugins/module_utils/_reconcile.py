# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The one place that reads a connection, decides (``_decide``), writes and waits.

``reconcile(service, params, check_mode)`` needs no AnsibleModule: the modules call it once, the role's batch
module once per item. It never raises for Azure or input problems; it returns the result dict.
"""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.module_utils import _arm
from ansible_collections.privatelink.azure.plugins.module_utils._calls import (
    AzureCallFailed, ParentMissing, ServiceCalls, WriteOutcomeUnknown)
from ansible_collections.privatelink.azure.plugins.module_utils._connect import (
    failure_from_call, open_client, with_session_warnings)
from ansible_collections.privatelink.azure.plugins.module_utils._decide import (
    NONE, REFUSE, UPDATE, decide, is_settled, reached)
from ansible_collections.privatelink.azure.plugins.module_utils._errors import PecError
from ansible_collections.privatelink.azure.plugins.module_utils._format import format_connection
from ansible_collections.privatelink.azure.plugins.module_utils._services import WRITABLE_STATUSES
from ansible_collections.privatelink.azure.plugins.module_utils._waiter import Backoff, Deadline, parse_retry_after

DEFAULT_WAIT_TIMEOUT = 300
LOST_ANSWER_GRACE_SECONDS = 1.0
STATUSES = WRITABLE_STATUSES


def reconcile(service, params, check_mode=False, client=None, session=None, deadline=None):
    """Bring one connection to the state ``params`` ask for; return the module result dict.

    ``params``: the module options (``resource_group``, ``service.parent_option``, ``name`` or
    ``private_endpoint_id``, ``state``, ``status``, ``description``, ``actions_required``, ``wait``,
    ``wait_timeout`` and the auth options). ``client``/``session``: an SDK client and its AzureSession
    to reuse (from ``_connect.open_client``); built from the auth options when absent.
    """
    try:
        request = _Request(service, params)
    except PecError as failure:
        return failure.result()
    deadline = deadline or Deadline(request.wait_timeout)
    if client is None:
        try:
            client, session = open_client(service, params, deadline)
        except PecError as failure:
            return failure.result()
    engine = _Engine(service, ServiceCalls(service, client, deadline), request, deadline, session)
    try:
        result = engine.run(check_mode)
    except PecError as failure:
        result = dict(failure.result(), diff=engine.diff)
    except AzureCallFailed as failure:
        result = dict(engine.failure_after(failure).result(), diff=engine.diff)
    # On failures too: a validate_certs=false warning matters most when something went wrong.
    return with_session_warnings(result, session)


class _Request:
    """The module options, checked: what to select and what to make of it."""

    def __init__(self, service, params):
        self.resource_group = params.get("resource_group")
        self.parent_name = params.get(service.parent_option)
        self.name = params.get("name")
        self.private_endpoint_id = params.get("private_endpoint_id")
        self.state = params.get("state") or "present"
        self.wait = params.get("wait", True) is not False
        self.wait_timeout = params.get("wait_timeout")
        if self.wait_timeout is None:
            self.wait_timeout = DEFAULT_WAIT_TIMEOUT
        self.desired = {
            "state": self.state,
            "status": params.get("status"),
            "description": params.get("description"),
            "actions_required": params.get("actions_required"),
        }
        self._check(service)

    def _check(self, service):
        for option, value in (("resource_group", self.resource_group), (service.parent_option, self.parent_name)):
            if not value:
                raise PecError("Option '%s' is required." % option)
        if bool(self.name) == bool(self.private_endpoint_id):
            raise PecError("Give exactly one of 'name' or 'private_endpoint_id' to select the connection.")
        if self.private_endpoint_id and _arm.parse_id(self.private_endpoint_id) is None:
            raise PecError("Option 'private_endpoint_id' must be an ARM id like /subscriptions/<id>/resourceGroups/"
                           "<group>/providers/Microsoft.Network/privateEndpoints/<name>, not %r."
                           % self.private_endpoint_id)
        if self.state not in ("present", "absent"):
            raise PecError("Option 'state' must be present or absent, not %r." % self.state)
        status = self.desired["status"]
        if status is not None:
            matches = [choice for choice in STATUSES if choice.lower() == str(status).lower()]
            if not matches:
                raise PecError("Option 'status' must be Approved or Rejected, not %r." % status)
            self.desired["status"] = matches[0]
        if self.wait_timeout < 0:
            raise PecError("Option 'wait_timeout' must be zero or more seconds, not %s." % self.wait_timeout)

    def selector(self):
        if self.name:
            return "named '%s'" % self.name
        return "from private endpoint %s" % self.private_endpoint_id


class _Engine:
    def __init__(self, service, calls, request, deadline, session):
        self.service = service
        self.calls = calls
        self.request = request
        self.deadline = deadline
        self.session = session
        self.diff = {"before": {}, "after": {}}
        self.written = False  # a write was accepted: any later failure still reports changed
        self.last_seen = None  # the connection as last read or written back, for failures after a write
        self.connection_name = request.name
        self._listed = []
        self.parent = service.describe_parent(request.resource_group, request.parent_name)

    # ---- reading
    def _read(self):
        """The current connection (formatted) or None. One ARM request: a GET by name, or one LIST."""
        request = self.request
        if request.name:
            raw = self.calls.get_connection(request.resource_group, request.parent_name, request.name)
            return self._seen(self._format(raw) if raw else None)
        try:
            listed = self.calls.list_connections(request.resource_group, request.parent_name)
        except AzureCallFailed as failure:
            if failure.error.not_found:
                raise self._parent_missing(failure.error)
            raise
        self._listed = [self._format(raw) for raw in listed]
        for connection in self._listed:
            if _arm.same_id(connection["private_endpoint_id"], request.private_endpoint_id):
                return self._seen(connection)
        return None

    def _reread(self):
        """Read again during a wait, always by the connection's name (one GET)."""
        raw = self.calls.get_connection(self.request.resource_group, self.request.parent_name, self.connection_name)
        return self._seen(self._format(raw) if raw else None)

    def _format(self, raw):
        return format_connection(raw, self.service.parent_type)

    def _seen(self, connection):
        self.last_seen = connection
        return connection

    def failure_after(self, failure):
        """The PecError for an ARM call that failed; after an accepted write, say where the connection was left."""
        if not self.written:
            error = failure_from_call(failure, self.session)
            if isinstance(failure, WriteOutcomeUnknown) and self.last_seen is not None:
                error.msg = "%s Read again, the connection does not show the change (status %s, provisioningState " \
                            "%s): it was most likely not applied. Run again." % (
                                error.msg.rstrip(), self.last_seen.get("status"),
                                self.last_seen.get("provisioning_state"))
                error.connection = self.last_seen
            return error
        left = self.last_seen
        if left is None:
            where = "It was last seen removed or not at all."
        else:
            where = "It was last seen with status %s, provisioningState %s." % (
                left.get("status"), left.get("provisioning_state"))
        error = failure_from_call(failure, self.session, changed=True, connection=left,
                                  prefix="Azure accepted the change of connection '%s' of %s, but following it "
                                         "failed: " % (self.connection_name, self.parent))
        error.msg = "%s %s Run again to confirm." % (error.msg.rstrip(), where)
        return error

    def _parent_missing(self, azure_error):
        return PecError("%s was not found%s. Check resource_group, %s and the subscription." % (
            self.parent, self._in_subscription(), self.service.parent_option), azure=azure_error)

    def _require_parent(self):
        """One GET of the parent, to tell 'no such connection' from 'no such resource'."""
        try:
            self.calls.get_parent(self.request.resource_group, self.request.parent_name)
        except ParentMissing as missing:
            raise self._parent_missing(missing.error) from None

    def _in_subscription(self):
        subscription = getattr(self.session, "subscription_id", None)
        return " in subscription %s" % subscription if subscription else ""

    def _missing(self):
        """The failure for 'no such connection' (state=present), after making sure the parent exists."""
        if self.request.name:
            self._require_parent()
            return PecError("%s has no private endpoint connection named '%s'." % (self.parent, self.request.name))
        # A connection whose private endpoint is gone may come without one.
        endpoints = sorted(filter(None, (connection["private_endpoint_id"] for connection in self._listed)))
        if endpoints:
            existing = "Connections there come from: %s." % ", ".join(endpoints)
        elif self._listed:
            existing = "Its connections name no private endpoint."
        else:
            existing = "It has no private endpoint connections."
        return PecError("%s has no private endpoint connection from private endpoint %s. %s" % (
            self.parent, self.request.private_endpoint_id, existing))

    # ---- the run
    def run(self, check_mode):
        current = self._read()
        if current is None:
            if self.request.state == "present":
                raise self._missing()
            if self.request.name:
                self._require_parent()
        plan = self._plan(current)
        if plan.writes and not check_mode and not is_settled(current):
            current = self._wait_until_settled(current)
            if current is None and self.request.state == "present":
                raise PecError("Connection '%s' of %s disappeared while waiting for an earlier change to finish."
                               % (self.connection_name, self.parent))
            plan = self._plan(current)
        if plan.action == NONE or check_mode:
            return self._result(plan.writes, current, plan)
        return self._write(current, plan)

    def _plan(self, current):
        if current is not None:
            self.connection_name = current["name"]
        plan = decide(self.request.desired, current, resends_same_status=self.service.resends_same_status,
                      reapproves_rejected=self.service.reapproves_rejected)
        self.diff = plan.diff
        if plan.action == REFUSE:
            raise PecError(plan.reason + " Nothing was written.", connection=current)
        return plan

    def _result(self, changed, connection, plan):
        result = {"changed": changed, "connection": connection, "diff": plan.diff}
        if plan.warnings:
            result["warnings"] = list(plan.warnings)
        return result

    # ---- writing
    def _write(self, current, plan):
        """Send the plan's write; when its answer is lost, ask the connection itself what happened.

        No answer (dropped connection, read timeout) or a 5xx does not tell whether Azure applied the write, and
        sending it again blindly is wrong: Storage answers 400 to a second approve, so the task would fail with
        changed=false although the connection changed. Read the connection again instead: if it shows the
        write, it took effect (changed); otherwise decide again from what it shows.
        """
        before, diff = current, plan.diff
        backoff = Backoff()
        while True:
            try:
                if plan.action == UPDATE:
                    return self._update(current, plan)
                return self._delete(current, plan)
            except WriteOutcomeUnknown as unknown:
                # One read even when the deadline has run out (a read timeout always uses it up): it is the only
                # way to know what happened. Give a write still in flight on Azure's side a moment first.
                if not self.deadline.sleep(backoff.next_delay(unknown.error.retry_after)):
                    self.deadline.pause(LOST_ANSWER_GRACE_SECONDS)
                current = self._reread()
                if not reached(plan, current) and not is_settled(current):
                    current = self._wait_until_settled(current)
                if reached(plan, current):
                    self.written = True
                    return self._after_write(before, current, plan)
                if self.deadline.expired():
                    raise unknown
                if current is None:
                    raise PecError("Connection '%s' of %s disappeared while its change was being sent."
                                   % (self.connection_name, self.parent))
                plan = self._plan(current)
                plan.diff = self.diff = diff
                if plan.action == NONE:
                    return self._result(self.written, current, plan)

    def _after_write(self, before, connection, plan):
        """The result once the write is known to have been applied; ``connection`` as read after it."""
        if plan.action == UPDATE:
            return self._after_update(connection, plan)
        if connection is not None and self.request.wait:
            self._wait_until_gone(connection)
        return self._result(True, before, plan)

    def _update(self, current, plan):
        state = {"status": plan.target["status"], "description": plan.target["description"] or ""}
        if plan.target.get("actions_required") is not None:
            state[self.service.actions_field] = plan.target["actions_required"]
        body = {"properties": {"privateLinkServiceConnectionState": state}}
        raw, headers = self.calls.put_connection(self.request.resource_group, self.request.parent_name,
                                                 current["name"], body)
        self.written = True
        written = self._seen(self._format(raw) if raw else current)
        return self._after_update(written, plan, parse_retry_after(headers.get("Retry-After")))

    def _after_update(self, written, plan, retry_after=None):
        if not self.request.wait or is_settled(written):
            return self._result(True, written, plan)
        settled = self._wait_until_settled(written, retry_after, after_write=True)
        if settled is None:
            raise PecError("Connection '%s' of %s was set to %s, then disappeared while Azure applied the change."
                           % (self.connection_name, self.parent, plan.target["status"]), changed=True)
        if (settled.get("provisioning_state") or "").lower() == "failed":
            raise PecError("Azure accepted the change of connection '%s' of %s to %s but its provisioning ended "
                           "Failed." % (self.connection_name, self.parent, settled.get("status")),
                           connection=settled, changed=True)
        return self._result(True, settled, plan)

    def _delete(self, current, plan):
        status, headers = self.calls.delete_connection(self.request.resource_group, self.request.parent_name,
                                                       current["name"])
        self.written = True
        if not self.service.delete_is_lro or status == 204 or not self.request.wait:
            return self._result(True, current, plan)
        self._wait_until_gone(current, parse_retry_after(headers.get("Retry-After")))
        return self._result(True, current, plan)

    # ---- waiting
    def _wait_until_settled(self, connection, retry_after=None, after_write=False):
        """Poll the connection until Azure has finished applying a change (provisioningState Succeeded/Failed)."""
        backoff = Backoff()
        while connection is not None and not is_settled(connection):
            if not self.deadline.sleep(backoff.next_delay(retry_after)):
                raise self._timeout(connection, after_write)
            connection = self._reread()
        return connection

    def _wait_until_gone(self, connection, retry_after=None):
        backoff = Backoff()
        while connection is not None:
            if not self.deadline.sleep(backoff.next_delay(retry_after)):
                raise PecError(
                    "Azure accepted the removal of connection '%s' of %s, but it still exists after %d s (status %s, "
                    "provisioningState %s). Azure finishes the removal on its own; run again to confirm, or raise "
                    "wait_timeout." % (connection["name"], self.parent, self.request.wait_timeout,
                                       connection.get("status"), connection.get("provisioning_state")),
                    connection=connection, changed=True)
            connection = self._reread()
            if connection is not None and (connection.get("provisioning_state") or "").lower() == "failed":
                # The removal is over and did not happen: waiting longer would only run into wait_timeout.
                raise PecError(
                    "Azure accepted the removal of connection '%s' of %s, but the removal ended with provisioningState "
                    "Failed: the connection is still there (status %s). Run again to retry the removal."
                    % (connection["name"], self.parent, connection.get("status")), connection=connection, changed=True)

    def _timeout(self, connection, after_write):
        left = "status %s, provisioningState %s" % (connection.get("status"), connection.get("provisioning_state"))
        if after_write:
            return PecError(
                "Azure accepted the change of connection '%s' of %s, but it was not done after %d s: it is left with "
                "%s. Azure finishes the change on its own; run again to confirm, or raise wait_timeout."
                % (connection["name"], self.parent, self.request.wait_timeout, left),
                connection=connection, changed=True)
        return PecError(
            "Connection '%s' of %s was still busy with an earlier change after %d s (%s). Nothing was written; "
            "run again later or raise wait_timeout." % (connection["name"], self.parent, self.request.wait_timeout,
                                                        left), connection=connection)

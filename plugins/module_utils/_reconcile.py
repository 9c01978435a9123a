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

from ansible_collections.privatelink.azure.plugins.module_utils import _defaults
from ansible_collections.privatelink.azure.plugins.module_utils import _arm
from ansible_collections.privatelink.azure.plugins.module_utils._calls import (
    AzureCallFailed, ParentMissing, ServiceCalls, WriteOutcomeUnknown, WriteRefused)
from ansible_collections.privatelink.azure.plugins.module_utils._cancel import Cancelled
from ansible_collections.privatelink.azure.plugins.module_utils._connect import (
    failure_from_call, open_client, with_session_warnings)
from ansible_collections.privatelink.azure.plugins.module_utils._decide import (
    NONE, REFUSE, UPDATE, decide, is_settled, reached)
from ansible_collections.privatelink.azure.plugins.module_utils._errors import PecError
from ansible_collections.privatelink.azure.plugins.module_utils._format import format_connection
from ansible_collections.privatelink.azure.plugins.module_utils._limits import WAIT_TIMEOUT, out_of_bounds
from ansible_collections.privatelink.azure.plugins.module_utils._select import (
    AmbiguousSelection, describe_matches, select_by_endpoint)
from ansible_collections.privatelink.azure.plugins.module_utils._types import WRITABLE_STATUSES
from ansible_collections.privatelink.azure.plugins.module_utils._waiter import (
    Backoff, Deadline, SettlePolls, parse_retry_after)

LOST_ANSWER_GRACE_SECONDS = 1.0
STATUSES = WRITABLE_STATUSES


def reconcile(service, params, check_mode=False, client=None, session=None, deadline=None, parent_option=None):
    """Bring one connection to the state ``params`` ask for; return the module result dict.

    ``service``: a row of the type table. ``params``: the module options (``resource_group``, the parent's name
    under ``parent_option`` (default ``service.parent_option``; ``resource_name`` for azure_pec), ``name`` or
    ``private_endpoint_id``, ``state``, ``status``, ``description``, ``actions_required``, ``wait``,
    ``wait_timeout`` and the auth options). ``client``/``session``: a client and its AzureSession
    to reuse (from ``_connect.open_client``); built from the auth options when absent.
    """
    try:
        request = _Request(service, params, parent_option or service.parent_option)
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
    except Cancelled as cancelled:
        result = dict(engine.cancelled(cancelled).result(), diff=engine.diff, cancelled=True)
    # On failures too: a validate_certs=false warning matters most when something went wrong.
    return with_session_warnings(result, session)


class _Request:
    """The module options, checked: what to select and what to make of it."""

    def __init__(self, service, params, parent_option):
        self.parent_option = parent_option
        # Given by the batch per change (one session serves every subscription); a module's may be None (then
        # the session's: the credentials' default).
        self.subscription_id = params.get("subscription_id")
        self.resource_group = params.get("resource_group")
        self.parent_name = params.get(parent_option)
        self.name = params.get("name")
        self.private_endpoint_id = params.get("private_endpoint_id")
        self.state = params.get("state") or "present"
        self.wait = params.get("wait", True) is not False
        self.wait_timeout = params.get("wait_timeout")
        if self.wait_timeout is None:
            self.wait_timeout = _defaults.WAIT_TIMEOUT
        self.desired = {
            "state": self.state,
            "status": params.get("status"),
            "description": params.get("description"),
            "actions_required": params.get("actions_required"),
        }
        self._check()

    def _check(self):
        for option, value in (("resource_group", self.resource_group), (self.parent_option, self.parent_name)):
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
        wrong = out_of_bounds("wait_timeout", self.wait_timeout, WAIT_TIMEOUT, " seconds")
        if wrong:
            raise PecError(wrong)

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
        self.etag_before_write = None  # a read still showing it after a write is stale
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
        removing = request.state == "absent"
        try:
            return self._seen(select_by_endpoint(self._listed, request.private_endpoint_id, destructive=removing))
        except AmbiguousSelection as ambiguous:
            why = ("Removal is destructive, so an endpoint id matching more than one connection is ambiguous for "
                   "state=absent" if removing else "None of them is the one live (Pending or Approved) connection, "
                   "so which one is meant is ambiguous")
            raise PecError(
                "%d connections of %s come from private endpoint %s: %s. %s (docs/selection.md). Select it with "
                "'name'. Nothing was written." % (len(ambiguous.matches), self.parent, request.private_endpoint_id,
                                                  describe_matches(ambiguous.matches), why)) from None

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

    def cancelled(self, cancelled):
        """The failure for a job stopped in the middle: what was written, and the connection as last seen."""
        left = self.last_seen
        state = "status %s, provisioningState %s" % (left.get("status"), left.get("provisioning_state")) \
            if left is not None else "not seen"
        if self.written:
            done = "Azure had accepted the change of connection '%s' of %s; it was last seen with %s. Azure " \
                   "finishes it on its own; run again to confirm." % (self.connection_name, self.parent, state)
        else:
            done = "Nothing was written to %s (connection last seen with %s)." % (self.parent, state)
        return PecError("Cancelled (%s). %s" % (cancelled, done), connection=left, changed=self.written)

    def _parent_missing(self, azure_error):
        return PecError("%s was not found%s. Check resource_group, %s and the subscription." % (
            self.parent, self._in_subscription(), self.request.parent_option), azure=azure_error)

    def _require_parent(self):
        """One GET of the parent, to tell 'no such connection' from 'no such resource'."""
        try:
            self.calls.get_parent(self.request.resource_group, self.request.parent_name)
        except ParentMissing as missing:
            raise self._parent_missing(missing.error) from None

    def _in_subscription(self):
        subscription = self.request.subscription_id or getattr(self.session, "subscription_id", None)
        return " in subscription %s" % subscription if subscription else ""

    def _missing(self):
        """The failure for 'no such connection' (state=present), after making sure the parent exists."""
        if self.request.name:
            self._require_parent()
            return PecError("%s has no private endpoint connection named '%s'." % (self.parent, self.request.name),
                            gone=True)
        # A connection whose private endpoint is gone may come without one.
        endpoints = sorted(filter(None, (connection["private_endpoint_id"] for connection in self._listed)))
        if endpoints:
            existing = "Connections there come from: %s." % ", ".join(endpoints)
        elif self._listed:
            existing = "Its connections name no private endpoint."
        else:
            existing = "It has no private endpoint connections."
        return PecError("%s has no private endpoint connection from private endpoint %s. %s" % (
            self.parent, self.request.private_endpoint_id, existing), gone=True)

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
                               % (self.connection_name, self.parent), gone=True)
            plan = self._plan(current)
        if plan.action == NONE or check_mode:
            return self._result(plan.writes, current, plan)
        return self._write(current, plan)

    def _plan(self, current):
        if current is not None:
            self.connection_name = current["name"]
        plan = decide(self.request.desired, current, self.service)
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
        """Send the plan's write; after any doubt, read the connection and decide again (docs/waiting.md).

        Doubt is no answer or a 5xx (the write may have been applied), a 429 or 409 (refused, perhaps because
        something else is changing the connection), or a 400 that a concurrent change explains (Storage refuses
        to approve what another run approved a moment ago). Sending the write again blindly is wrong in each case,
        so the engine reads the connection first: if it shows what was asked, the work is done (changed only when
        our write may be what did it); if it is busy, wait until it settles and decide again; a 429, a lost answer
        or the service's busy 409 is then sent again by the waiting rule; any other refusal fails with Azure's
        error.
        """
        before, diff = current, plan.diff
        backoff = Backoff()
        while True:
            try:
                if plan.action == UPDATE:
                    return self._update(current, plan)
                return self._delete(current, plan)
            except (WriteOutcomeUnknown, WriteRefused) as failure:
                if isinstance(failure, WriteRefused) and failure.error.status not in (400, 409, 429):
                    raise
                current = self._read_after_doubt(failure, backoff)
                was_busy = not is_settled(current)
                if was_busy and not reached(plan, current):
                    current = self._wait_until_settled(current)
                if reached(plan, current):
                    self.written = self.written or isinstance(failure, WriteOutcomeUnknown)
                    return self._after_write(before, current, plan)
                if current is None:
                    raise PecError("Connection '%s' of %s disappeared while its change was being sent."
                                   % (self.connection_name, self.parent), changed=self.written)
                worth_resending = failure.error.transient or failure.error.busy or was_busy
                if not worth_resending or self.deadline.expired():
                    raise
                plan = self._plan(current)
                plan.diff = self.diff = diff
                if plan.action == NONE:
                    return self._result(self.written, current, plan)

    def _read_after_doubt(self, failure, backoff):
        """Wait by the rule, then read the connection. One read even when the deadline has run out (a read timeout
        always uses it up): it is the only way to know what happened. Give a write still in flight on Azure's
        side a moment first."""
        if not self.deadline.wait(backoff, failure.error.retry_after):
            self.deadline.pause(LOST_ANSWER_GRACE_SECONDS)
        return self._reread()

    def _after_write(self, before, connection, plan):
        """The result once a read showed the write applied; ``connection`` as read after it."""
        if plan.action == UPDATE:
            return self._after_update(connection, plan, changed=self.written)
        if connection is not None and self.request.wait:
            self._wait_until_gone(connection)
        return self._result(self.written, before, plan)

    def _update(self, current, plan):
        state = {"status": plan.target["status"], "description": plan.target["description"] or ""}
        if plan.target.get("actions_required") is not None and self.service.writes_actions:
            state[self.service.actions_field] = plan.target["actions_required"]
        body = {"properties": {"privateLinkServiceConnectionState": state}}
        self.etag_before_write = current.get("etag")
        raw, headers = self.calls.put_connection(self.request.resource_group, self.request.parent_name,
                                                 current["name"], body)
        self.written = True
        if raw is None:
            # No body to tell what Azure made of it: only a read can.
            return self._after_update(current, plan, parse_retry_after(headers.get("Retry-After")), answered=False)
        return self._after_update(self._seen(self._format(raw)), plan, parse_retry_after(headers.get("Retry-After")))

    def _after_update(self, written, plan, retry_after=None, changed=True, answered=True):
        """Follow an accepted update until a read shows it (``wait``); fail when Azure says Failed.

        ``written``: the write's own answer (``answered``) or the connection as last read. A read that shows
        neither the status asked for nor a new etag is stale: keep reading, it is not the result.
        """
        if answered:
            self._fail_if_failed(written, plan, changed)
            if is_settled(written) and reached(plan, written):
                return self._result(changed, written, plan)
        if not self.request.wait:
            return self._result(changed, written, plan)
        shown = self._wait_until_shown(written, plan, retry_after, changed)
        return self._result(changed, shown, plan)

    def _shows_write(self, connection, plan):
        """Settled, with the fields asked for, and not a stale copy from before the write (same old etag)."""
        if connection is None or not is_settled(connection) or not reached(plan, connection):
            return False
        return not self._stale(connection)

    def _fail_if_failed(self, connection, plan, changed):
        if connection is not None and (connection.get("provisioning_state") or "").lower() == "failed":
            raise PecError(
                "Azure accepted the change of connection '%s' of %s to %s but its provisioning ended Failed: it was "
                "left with status %s, provisioningState Failed. Check the connection in the portal, then run again."
                % (self.connection_name, self.parent, plan.target["status"], connection.get("status")),
                connection=connection, changed=changed)

    def _wait_until_shown(self, connection, plan, retry_after, changed):
        backoff = SettlePolls(self.service.put_settle_seconds)
        while not self._shows_write(connection, plan):
            if not self.deadline.wait(backoff, retry_after):
                raise self._timeout(connection, after_write=True, changed=changed)
            connection = self._reread()
            if connection is None:
                raise PecError("Connection '%s' of %s was set to %s, then disappeared while Azure applied the change."
                               % (self.connection_name, self.parent, plan.target["status"]), changed=changed)
            if reached(plan, connection) or not self._stale(connection):
                self._fail_if_failed(connection, plan, changed)
        return connection

    def _stale(self, connection):
        return bool(self.etag_before_write) and connection.get("etag") == self.etag_before_write

    def _delete(self, current, plan):
        status, headers = self.calls.delete_connection(self.request.resource_group, self.request.parent_name,
                                                       current["name"])
        self.written = True
        if status == 204 or not self.request.wait or (status != 202 and not self.service.delete_is_lro):
            return self._result(True, current, plan)
        # Accepted (202): Azure is deleting it, as the first poll will show; say so even if no poll fits in time.
        deleting = self._seen(dict(current, provisioning_state="Deleting"))
        self._wait_until_gone(deleting, parse_retry_after(headers.get("Retry-After")))
        return self._result(True, current, plan)

    # ---- waiting
    def _wait_until_settled(self, connection, retry_after=None):
        """Poll the connection until Azure has finished applying a change (provisioningState Succeeded/Failed)."""
        backoff = Backoff()
        while connection is not None and not is_settled(connection):
            if not self.deadline.wait(backoff, retry_after):
                raise self._timeout(connection, after_write=False)
            connection = self._reread()
        return connection

    def _wait_until_gone(self, connection, retry_after=None):
        backoff = SettlePolls(None)  # no row records how long a delete takes: the first look, then the backoff
        while connection is not None:
            if not self.deadline.wait(backoff, retry_after):
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

    def _timeout(self, connection, after_write, changed=True):
        left = "status %s, provisioningState %s" % (connection.get("status"), connection.get("provisioning_state"))
        if after_write:
            whose = "Azure accepted the change" if changed else "Another change was under way"
            return PecError(
                "%s of connection '%s' of %s, but it was not done after %d s: it is left with %s. Azure "
                "finishes the change on its own; run again to confirm, or raise wait_timeout."
                % (whose, connection["name"], self.parent, self.request.wait_timeout, left),
                connection=connection, changed=changed)
        return PecError(
            "Connection '%s' of %s was still busy with an earlier change after %d s (%s). Nothing was written; "
            "run again later or raise wait_timeout." % (connection["name"], self.parent, self.request.wait_timeout,
                                                        left), connection=connection)

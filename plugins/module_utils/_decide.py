# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""Decide, without any I/O, what to do to one connection: nothing, update, delete, or refuse (and why).

Input is the desired state (module options) and the current connection (a formatted connection dict, or None).
The plan is plain data; ``_reconcile`` performs it, and check mode stops right before that.
"""

from __future__ import annotations

from ansible_collections.privatelink.azure.plugins.module_utils._types import (
    ABSENT, is_busy_provisioning, is_deleting, is_transitional)

NONE = "none"
UPDATE = "update"
DELETE = "delete"
REFUSE = "refuse"

COMPARED_FIELDS = ("status", "description", "actions_required")


class Plan:
    def __init__(self, action, target=None, diff=None, reason=None, warnings=None):
        self.action = action
        self.target = target  # the connection state to write (status, description, actions_required)
        self.diff = diff or {"before": {}, "after": {}}
        self.reason = reason
        self.warnings = warnings or []

    @property
    def writes(self):
        return self.action in (UPDATE, DELETE)

    def __repr__(self):
        return "Plan(%s, target=%r, reason=%r)" % (self.action, self.target, self.reason)


def snapshot(connection):
    """The part of a connection that --diff shows."""
    if connection is None:
        return {"exists": False}
    state = {"exists": True}
    for field in COMPARED_FIELDS:
        state[field] = connection.get(field)
    return state


def is_settled(connection):
    """False while Azure is still applying an earlier change: a busy provisioningState (Updating, Creating,
    Deleting) or a transitional status (Approving, Rejecting) of any row of the type table. Every other state is
    final for the engine: Succeeded, Failed, and Disconnected never change on their own."""
    connection = connection or {}
    return not (is_busy_provisioning(connection.get("provisioning_state"))
                or is_transitional(connection.get("status")))


def reached(plan, connection):
    """Whether ``connection``, read again after a write whose answer was lost, shows that write applied.

    A removal counts as applied once Azure is deleting the connection (Deleting; SQL's Dropping); an update once
    status, description and actions required are those the plan wrote (provisioning may still be running).
    """
    if plan.action == DELETE:
        return connection is None or is_deleting(connection.get("provisioning_state"))
    if plan.action == UPDATE and connection is not None:
        return all(_same(field, connection.get(field), plan.target[field]) for field in COMPARED_FIELDS)
    return False


def _same(field, current, wanted):
    if field == "description":
        return (current or "") == (wanted or "")
    if field == "status" or field == "actions_required":
        return (current or "").lower() == (wanted or "").lower()
    return current == wanted


def decide(desired, current, row):
    """Plan the change from ``current`` to ``desired`` on a connection of a ``row`` of the type table.

    ``desired``: dict with ``state`` (present/absent) and optional ``status``, ``description``,
    ``actions_required`` (None means "leave as it is").
    ``current``: the formatted connection, or None when it does not exist.
    ``row``: what the service refuses (``row.refusal``: the same sentence the role's report gives) and whether it
    accepts a PUT repeating the current status (``row.resends_same_status``), each fact with its source there.
    """
    before = snapshot(current)
    if desired.get("state") == "absent":
        # The spec: DELETE of a missing connection is a no-op (204), so there is nothing to do.
        if current is None:
            return Plan(NONE, diff={"before": before, "after": before})
        # Recorded traffic: the owner may delete a connection in any status, where the type has a DELETE at all.
        diff = {"before": before, "after": {"exists": False}}
        refusal = row.refusal(current.get("status"), ABSENT)
        if refusal:
            return Plan(REFUSE, diff=diff, reason="Connection '%s' (from private endpoint %s) cannot be removed: %s." % (
                current.get("name"), current.get("private_endpoint_id"), refusal))
        return Plan(DELETE, diff=diff)

    # The spec: connections are created from the private endpoint's side; the owner can only change them.
    if current is None:
        return Plan(REFUSE, diff={"before": before, "after": before}, reason="the connection does not exist")

    target = {}
    for field in COMPARED_FIELDS:
        wanted = desired.get(field)
        target[field] = current.get(field) if wanted is None else wanted
    changed_fields = [field for field in COMPARED_FIELDS if not _same(field, current.get(field), target[field])]
    # Recorded traffic: Key Vault answers a PUT that changes nothing with a new Updating cycle, a needless write;
    # Storage answers it 400. So nothing that already matches is ever written.
    if not changed_fields:
        return Plan(NONE, diff={"before": before, "after": before})

    after = dict(before, **target)
    diff = {"before": before, "after": after}
    current_status = current.get("status")
    name = current.get("name")
    warnings = []
    if "status" in changed_fields:
        refusal = row.refusal(current_status, target["status"])
        if refusal:
            return Plan(REFUSE, diff=diff, reason="Connection '%s' (from private endpoint %s) is %s: %s." % (
                name, current.get("private_endpoint_id"), current_status, refusal))
        if (current_status or "").lower() == "rejected":
            # Recorded traffic (Key Vault 2020 and 2024): Rejected -> Approved is accepted where the row does not
            # refuse it. Microsoft's general Private Link documentation says it is not, so the user is told.
            warnings.append(
                "Connection '%s' is Rejected and is approved again: Azure accepts this for %s, but Microsoft's "
                "general Private Link documentation says a rejected connection cannot be approved again: check that "
                "the consumer's private endpoint %s works (its owner may have to recreate it)."
                % (name, row.label, current.get("private_endpoint_id")))
    elif (current_status or "").lower() == "disconnected":
        # A change of description alone on a Disconnected connection: refused as its status would be.
        return Plan(REFUSE, diff=diff, reason="Connection '%s' (from private endpoint %s) is Disconnected: %s." % (
            name, current.get("private_endpoint_id"), row.refusal("Disconnected", "Approved")
            or "its private endpoint was deleted; remove the connection instead"))
    elif not row.resends_same_status:
        # The row's source: this service answers 400 to a PUT that repeats the current status.
        warning = (
            "Connection '%s' is already %s; its %s cannot be changed because %s refuses (HTTP 400) a request that "
            "repeats the current status. Nothing was written."
            % (name, current_status, " and ".join(field.replace("_", " ") for field in changed_fields), row.label))
        return Plan(NONE, diff={"before": before, "after": before}, warnings=[warning])
    return Plan(UPDATE, target=target, diff=diff, warnings=warnings)

"""Pure rules for an owner's PUT on a private endpoint connection: which status changes each service allows.

The rules are the row's (row.py): its statuses, its refused transitions and the answer to a status it does not
know, each with its source in the row (rows/).
"""
from dataclasses import dataclass

from .errors import ArmError


@dataclass(frozen=True)
class Change:
    status: str
    description: str
    actions_required: str


def _refused(service, refusal, name, current, wanted):
    message = refusal.message.format(name=name, current=current, wanted=wanted, allowed=", ".join(service.statuses))
    return ArmError(refusal.status, refusal.code, message)


def requested_change(service, body):
    """The Change a PUT body asks for; ArmError (the row's invalid_status answer) when it does not say a valid
    status."""
    state = None
    if isinstance(body, dict) and isinstance(body.get("properties"), dict):
        state = body["properties"].get("privateLinkServiceConnectionState")
    status = state.get("status") if isinstance(state, dict) else None
    canonical = {s.lower(): s for s in service.statuses}
    if not isinstance(status, str) or status.lower() not in canonical:
        raise _refused(service, service.invalid_status, "", "", status)
    actions = state.get("actionsRequired", state.get("actionRequired")) or "None"
    return Change(canonical[status.lower()], str(state.get("description") or ""), str(actions))


def check_transition(service, connection_name, current_status, change):
    """Raise ArmError when the service refuses to move current_status to change.status; return the Refusal when
    the service accepts the write and refuses it only later (its operation ends Failed), else None."""
    refusal = service.refusal(current_status, change.status)
    if refusal is None or refusal.after_accept:
        return refusal
    raise _refused(service, refusal, connection_name, current_status, change.status)

"""Pure rules for an owner's PUT on a private endpoint connection: which status changes each service allows.

- A Rejected connection never becomes Pending or Approved again, on any service (AZURE_BEHAVIOUR.md).
- Storage refuses a PUT that would leave the status as it is for Approved, and any change of a Rejected one,
  with 400 InvalidValuesForRequestParameters; Key Vault / HSM accept a same-status PUT (a needless write).
- Key Vault / HSM refuse Rejected -> Pending/Approved/Disconnected with 400 BadRequest (the emulator's choice of
  code; docs/emulator.md).
"""
from dataclasses import dataclass

from .errors import ArmError
from .services import STORAGE

STORAGE_INVALID_STATUS = "Values for request parameters are invalid: privateLinkServiceConnectionState.status."


@dataclass(frozen=True)
class Change:
    status: str
    description: str
    actions_required: str


def _storage_invalid():
    return ArmError(400, "InvalidValuesForRequestParameters", STORAGE_INVALID_STATUS)


def requested_change(service, body):
    """The Change a PUT body asks for; ArmError 400 when the body does not say a valid status."""
    state = None
    if isinstance(body, dict) and isinstance(body.get("properties"), dict):
        state = body["properties"].get("privateLinkServiceConnectionState")
    status = state.get("status") if isinstance(state, dict) else None
    canonical = {s.lower(): s for s in service.statuses}
    if not isinstance(status, str) or status.lower() not in canonical:
        if service is STORAGE:
            raise _storage_invalid()
        raise ArmError(
            400, "BadRequest",
            f"Invalid value {status!r} for properties.privateLinkServiceConnectionState.status; "
            f"allowed values: {', '.join(service.statuses)}.",
        )
    actions = state.get("actionsRequired", state.get("actionRequired")) or "None"
    return Change(canonical[status.lower()], str(state.get("description") or ""), str(actions))


def check_transition(service, connection_name, current_status, change):
    """Raise ArmError when the service refuses to move current_status to change.status."""
    if service is STORAGE:
        if current_status == "Rejected" or (current_status == change.status == "Approved"):
            raise _storage_invalid()
        return
    if current_status == "Rejected" and change.status != "Rejected":
        raise ArmError(
            400, "BadRequest",
            f"Private endpoint connection '{connection_name}' is Rejected and cannot be changed to "
            f"'{change.status}'. A rejected connection can never be approved again: the private endpoint owner "
            "must delete the private endpoint and create it again.",
        )

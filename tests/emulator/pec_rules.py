"""Pure rules for an owner's PUT on a private endpoint connection: which status changes each service allows.

Each rule names its source (AZURE_BEHAVIOUR.md): recorded traffic, the spec, or our inference.
- Key Vault accepts Rejected -> Approved (recorded traffic, 2020 and 2024); Managed HSM does the same (our
  inference: same resource provider, no recording). Storage refuses any change of a Rejected connection and a PUT
  repeating Approved with 400 InvalidValuesForRequestParameters (recorded traffic).
- Key Vault / HSM refuse Rejected -> Pending/Disconnected with 400 BadRequest (our inference, code included;
  docs/emulator.md).
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
    # The spec: each service's status enum; the codes are recorded traffic (Storage) and our inference (Key Vault).
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
        # Recorded traffic (2020, 2024): 400 for any change of a Rejected connection and for Approved -> Approved.
        if current_status == "Rejected" or (current_status == change.status == "Approved"):
            raise _storage_invalid()
        return
    # Recorded traffic (Key Vault): Rejected -> Approved is accepted; Managed HSM by our inference. Key Vault / HSM
    # accept a PUT repeating the status (recorded: another Updating cycle).
    if current_status == "Rejected" and change.status not in ("Rejected", "Approved"):
        # Our inference: nothing shows a Rejected connection going back to Pending or Disconnected.
        raise ArmError(
            400, "BadRequest",
            f"Private endpoint connection '{connection_name}' is Rejected and cannot be changed to "
            f"'{change.status}'; it can only be approved again or stay rejected.",
        )

"""Report dicts of any size, made by the role's own policy and report model (plan, then report) from generated connections.

Used by the HTML/Markdown unit tests and by the browser tests (3,000 connections for the timing).
"""

from ansible_collections.privatelink.azure.plugins.plugin_utils._policy import build_plan
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_model import build_report

from ansible_collections.privatelink.azure.tests.unit.plugins.filter.pec_connections import SPOKE, connection, read

STRANGER = "99999999-9999-9999-9999-999999999999"
BATCH = "55555555-5555-5555-5555-555555555555"
RULES = [
    {"name": "remove-disconnected", "match": {"status": "Disconnected"}, "action": "remove"},
    {"name": "platform-spokes", "match": {"private_endpoint_subscription_id": [SPOKE, BATCH]}, "action": "approve"},
    {"name": "reject-strangers", "match": {"private_endpoint_subscription_id": STRANGER, "status": "Pending"},
     "action": "reject"},
]
_KINDS = ("kv", "hsm", "st")
_STATUSES = ("Approved", "Approved", "Pending", "Approved", "Rejected", "Disconnected", "Approved")
_ENDPOINT_SUBSCRIPTIONS = (SPOKE, SPOKE, BATCH, STRANGER, "77777777-7777-7777-7777-777777777777")


def fleet(count, resources=None):
    """`count` connections spread over resources of the three types, statuses and endpoint subscriptions."""
    resources = resources or max(1, count // 20)
    connections = []
    for index in range(count):
        number = index % resources
        kind = _KINDS[number % 3]
        connections.append(connection(
            parent="%s-%04d" % (kind, number), kind=kind, rg="rg-%02d" % (number % 7),
            status=_STATUSES[index % len(_STATUSES)], pe_sub=_ENDPOINT_SUBSCRIPTIONS[index % 5],
            pe_rg="rg-spoke-%d" % (index % 3), pe_name="pe-%05d" % index))
    return connections


def report(connections, check_mode=False, fail_every=0, generated_at="2026-11-23T08:00:00Z", limit=None):
    """The report of one run over `connections`; every `fail_every`-th change fails with a 409 from Azure."""
    plan = build_plan(read(*connections), RULES,
                      max_destructive_changes=len(connections) if limit is None else limit)
    results = []
    for index, change in enumerate(plan["changes"]):
        failed = bool(fail_every) and index % fail_every == 0
        results.append({
            "connection_id": change["connection_id"], "action": change["action"], "changed": not failed,
            "status": None if failed else change["desired_status"], "seconds": 1.5,
            "error": {"status": 409, "code": "Conflict", "message": "Another operation is in progress on the vault",
                      "request_id": "req-%05d" % index} if failed else None})
    batch = None if check_mode else {"changed": True, "results": results, "seconds": 12.5, "longest_chain": 3}
    return build_report(plan, batch, check_mode=check_mode, generated_at=generated_at)

"""Waiting, retrying and deciding after doubt (docs/waiting.md), and selection by private endpoint
(docs/selection.md): the engine in-process, real SDKs, real HTTPS, faults and request log from the emulator.
Each cell is a parent resource of its own, so the tests share one emulator."""

import pytest

from tests.emulator.launcher import running_emulator
from tests.functional.modules.cells import Cell, fleet, gaps, module_environment, wire_connection

CELLS = {
    "zero_retry_after": Cell("keyvault", 1),
    "negative_retry_after": Cell("storage", 2),
    "nan_retry_after": Cell("mhsm", 3),
    "past_retry_after": Cell("keyvault", 4),
    "kv_conflict_error": Cell("keyvault", 5),
    "hsm_busy": Cell("mhsm", 6),
    "storage_busy": Cell("storage", 7),
    "plain_conflict": Cell("keyvault", 8),
    "storage_conflict": Cell("storage", 9),
    "stale_read": Cell("keyvault", 10),
    "race": Cell("storage", 11),
    "failed_answer": Cell("keyvault", 12),
    "failed_answer_storage": Cell("storage", 13),
    "two_from_one_endpoint": Cell("storage", 14),
    "two_live": Cell("keyvault", 15, action="remove"),
    "none_live": Cell("keyvault", 16, action="remove"),
    "busy_then_conflict": Cell("keyvault", 17),
    "remove_live_next_to_old": Cell("keyvault", 18, action="remove"),
}
_two = CELLS["two_from_one_endpoint"]
_two.connections = [
    {"name": "old", "status": "Rejected", "private_endpoint_id": _two.endpoint_id},
    {"name": "new", "status": "Pending", "private_endpoint_id": _two.endpoint_id}]
_live = CELLS["two_live"]
_live.connections = [
    {"name": "old", "status": "Approved", "private_endpoint_id": _live.endpoint_id},
    {"name": "new", "status": "Pending", "private_endpoint_id": _live.endpoint_id}]
_dead = CELLS["none_live"]
_dead.connections = [
    {"name": "old", "status": "Rejected", "private_endpoint_id": _dead.endpoint_id},
    {"name": "older", "status": "Disconnected", "private_endpoint_id": _dead.endpoint_id}]
CELLS["race"].connections[0]["status"] = "Approved"
_removal = CELLS["remove_live_next_to_old"]
_removal.connections = [
    {"name": "old", "status": "Rejected", "private_endpoint_id": _removal.endpoint_id},
    {"name": "new", "status": "Pending", "private_endpoint_id": _removal.endpoint_id}]


@pytest.fixture(scope="module")
def emu():
    with running_emulator(seed=fleet(CELLS.values()), lro_seconds=1.0) as emulator, module_environment(emulator):
        yield emulator


def busy_body(code):
    return {"error": {"code": code, "message": "Injected: another operation is in progress."}}


@pytest.mark.slow
@pytest.mark.parametrize("name, header, wanted", [
    ("zero_retry_after", "0", [1, 1, 1]), ("negative_retry_after", "-5", [1, 1, 1]),
    ("nan_retry_after", "NaN", [1, 2, 4]),  # unusable: ignored, our own backoff
    ("past_retry_after", "Wed, 21 Oct 2015 07:28:10 GMT", [1, 1, 1])])
def test_absurd_retry_after_still_waits_a_second(emu, name, header, wanted):
    """Throttled three times with a Retry-After that asks for no wait: each retry comes at least 1 s later."""
    cell = CELLS[name]
    emu.control.add_fault(method="GET", path_regex=cell.list_regex, status=429, times=3,
                          headers={"Retry-After": header},
                          body={"error": {"code": "TooManyRequests", "message": "Throttled."}})
    result = cell.run()
    assert not result.get("failed"), result
    lists = [entry for entry in cell.log(emu) if entry["path"].endswith("/privateEndpointConnections")]
    assert [entry["status"] for entry in lists] == [429, 429, 429, 200], lists
    # Clamped to at least 1 s (a floor: how much jitter is added is the waiter's unit tests' business; CI is a
    # loaded machine, so no upper bound in seconds here).
    assert all(low * 0.95 <= gap for low, gap in zip(wanted, gaps(lists))), gaps(lists)


@pytest.mark.slow
@pytest.mark.parametrize("name, code", [
    ("kv_conflict_error", "ConflictError"), ("hsm_busy", "AnotherOperationInProgress"),
    ("storage_busy", "StorageAccountOperationInProgress")])
def test_busy_answers_are_waited_out_reading_before_each_resend(emu, name, code):
    cell = CELLS[name]
    emu.control.add_fault(method="PUT", path_regex=cell.connection_regex, status=409, times=2,
                          headers={"x-ms-request-id": "busy-1"}, body=busy_body(code))
    result = cell.run()
    assert not result.get("failed"), result
    assert result["changed"] is True
    assert result["connection"]["status"] == "Approved"
    log = [(entry["method"], entry["status"]) for entry in cell.log(emu)]
    first_put = log.index(("PUT", 409))
    assert log[first_put:first_put + 5] == [("PUT", 409), ("GET", 200), ("PUT", 409), ("GET", 200), ("PUT", 200)], log
    assert [entry["status"] for entry in cell.writes(emu)] == [409, 409, 200]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["plain_conflict", "storage_conflict"])
def test_other_conflicts_fail_at_once_with_the_arm_error(emu, name):
    """A 409 that is not the service's busy code, on a connection that is not busy: fail now, not at wait_timeout."""
    cell = CELLS[name]
    emu.control.add_fault(method="PUT", path_regex=cell.connection_regex, status=409, times=None,
                          headers={"x-ms-request-id": "conflict-1"},
                          body={"error": {"code": "Conflict", "message": "Injected permanent conflict."}})
    result = cell.run(wait_timeout=60)
    emu.control.clear_faults()
    assert result["failed"] is True and result["changed"] is False, result
    assert result["azure_error"] == {"status": 409, "code": "Conflict", "message": "Injected permanent conflict.",
                                     "request_id": "conflict-1"}
    assert "Injected permanent conflict" in result["msg"] and "conflict-1" in result["msg"]
    # Failed at once, not at wait_timeout: one write, and after it one read to decide (no waiting it out).
    assert len(cell.writes(emu)) == 1
    after_write = cell.log(emu)[[entry["method"] for entry in cell.log(emu)].index("PUT") + 1:]
    assert [entry["method"] for entry in after_write] == ["GET"], after_write
    assert cell.state(emu)[0]["status"] == "Pending"


@pytest.mark.slow
def test_a_plain_conflict_while_the_connection_is_busy_is_waited_out(emu):
    """Plain 409 Conflict, and the read after it shows the connection Updating: wait until it settles, then
    decide again (here: the other change already did what was asked)."""
    cell = CELLS["busy_then_conflict"]
    connection = cell.state(emu)[0]
    updating = wire_connection(cell, connection, status="Approved", provisioning_state="Updating",
                               etag="0123456789abcdef0123456789abcdef")  # someone else's write
    emu.control.add_fault(method="PUT", path_regex=cell.connection_regex, status=409, times=1,
                          body={"error": {"code": "Conflict", "message": "Busy."}})
    emu.control.add_fault(method="GET", path_regex=cell.connection_regex, status=200, times=1, body=updating)
    emu.control.add_fault(method="GET", path_regex=cell.connection_regex, status=200, times=1,
                          body=dict(updating, properties=dict(updating["properties"], provisioningState="Succeeded")))
    result = cell.run()
    assert not result.get("failed"), result
    assert result["changed"] is False  # our write was refused; someone else's made it so
    assert result["connection"]["status"] == "Approved"
    assert [entry["method"] for entry in cell.log(emu)] == ["GET", "PUT", "GET", "GET"]


@pytest.mark.slow
def test_a_stale_read_after_a_write_is_not_the_result(emu):
    """Key Vault: after the PUT (Updating, new etag), one GET answers the connection as it was before the write
    (Pending, Succeeded, old etag). That is not the result: read again until a read shows the write."""
    cell = CELLS["stale_read"]
    before = cell.state(emu)[0]
    emu.control.add_fault(method="GET", path_regex=cell.connection_regex, status=200, times=1,
                          body=wire_connection(cell, before))
    result = cell.run()
    assert not result.get("failed"), result
    assert result["changed"] is True
    assert result["connection"]["status"] == "Approved"
    assert result["connection"]["provisioning_state"] == "Succeeded"
    assert result["connection"]["etag"] != before["etag"]
    assert cell.state(emu)[0]["status"] == "Approved"


@pytest.mark.slow
def test_storage_second_approval_race_is_not_a_failure(emu):
    """Another run approved the Storage connection between our read and our PUT; Storage answers our PUT with
    400. Read: it is Approved, as asked, so the task succeeds with changed=false."""
    cell = CELLS["race"]
    connection = cell.state(emu)[0]
    emu.control.add_fault(method="GET", path_regex=cell.list_regex, status=200, times=1,
                          body={"value": [wire_connection(cell, connection, status="Pending")]})
    result = cell.run()
    assert not result.get("failed"), result
    assert result["changed"] is False
    assert result["connection"]["status"] == "Approved"
    assert [(entry["method"], entry["status"]) for entry in cell.log(emu)] == [
        ("GET", 200), ("PUT", 400), ("GET", 200)]


@pytest.mark.slow
@pytest.mark.parametrize("name", ["failed_answer", "failed_answer_storage"])
def test_failed_in_the_write_answer_fails_the_task(emu, name):
    cell = CELLS[name]
    connection = cell.state(emu)[0]
    emu.control.add_fault(method="PUT", path_regex=cell.connection_regex, status=200, times=1,
                          headers={"x-ms-request-id": "failed-1"},
                          body=wire_connection(cell, connection, status="Approved", provisioning_state="Failed"))
    result = cell.run()
    assert result["failed"] is True and result["changed"] is True, result
    assert "provisioning ended Failed" in result["msg"]
    assert "left with status Approved, provisioningState Failed" in result["msg"]
    assert result["connection"]["provisioning_state"] == "Failed"


@pytest.mark.slow
def test_selection_takes_the_one_live_connection(emu):
    cell = CELLS["two_from_one_endpoint"]
    result = cell.run()
    assert not result.get("failed"), result
    assert result["connection"]["name"] == "new"
    assert {c["name"]: c["status"] for c in cell.state(emu)} == {"old": "Rejected", "new": "Approved"}


@pytest.mark.slow
@pytest.mark.parametrize("name", ["two_live", "none_live"])
def test_ambiguous_selection_fails_before_writing_and_names_them_all(emu, name):
    cell = CELLS[name]
    result = cell.run()
    assert result["failed"] is True and result["changed"] is False, result
    assert "'old'" in result["msg"] and ("'new'" in result["msg"] or "'older'" in result["msg"]), result["msg"]
    assert "Select it with 'name'" in result["msg"]
    assert cell.writes(emu) == []
    assert len(cell.state(emu)) == 2


def test_a_removal_by_an_endpoint_id_matching_two_connections_removes_nothing_even_with_one_live(emu):
    """Removal is destructive: an old Rejected connection next to a live Pending one from the same endpoint is
    ambiguous for state=absent (docs/selection.md), although approving would take the live one."""
    cell = CELLS["remove_live_next_to_old"]
    result = cell.run()
    assert result["failed"] is True and result["changed"] is False, result
    assert "'old' (Rejected)" in result["msg"] and "'new' (Pending)" in result["msg"], result["msg"]
    assert "ambiguous for state=absent" in result["msg"] and "Nothing was written" in result["msg"]
    assert cell.writes(emu) == []
    assert {c["name"]: c["status"] for c in cell.state(emu)} == {"old": "Rejected", "new": "Pending"}

"""Every row of the emulator's type table behaves as its row says, over HTTPS through azure-core's ARM pipeline:
approve and reject (answer, operation URLs followed by ARMPolling, the settled state), the refused transitions
with the service's error, DELETE, the lists, a missing connection, and a private endpoint created against it."""

import os

import pytest

from tests.emulator.launcher import running_emulator
from tests.emulator.settings import Settings
from tests.emulator.table_doc import markdown_table

from . import fleet
from .conftest import make_credential
from .rows_fleet import (RG_ROWS, ROW_IDS, ROWS, ArmClient, build_seed, connection_path, newest_version,
                         parent_name, parent_path)

NETWORK_API = "2023-09-01"
SEED = build_seed()


@pytest.fixture(scope="module")
def rows_emulator():
    with running_emulator(seed=SEED, lro_seconds=0.1, delete_seconds=0.1) as emulator:
        yield emulator


@pytest.fixture(scope="module")
def client(rows_emulator):
    return ArmClient(rows_emulator.arm_url, rows_emulator.ca_file, make_credential(rows_emulator))


@pytest.fixture(autouse=True)
def fresh_rows(rows_emulator):
    rows_emulator.control.load_state(SEED)
    rows_emulator.control.clear_faults()
    rows_emulator.control.settings(retry_after_seconds=0, lro_seconds=0.1, delete_seconds=0.1)
    rows_emulator.control.clear_requests()
    yield


def state_change(status, description=""):
    return {"properties": {"privateLinkServiceConnectionState": {"status": status, "description": description}}}


def error_code(response):
    return response.json()["error"]["code"]


def change(client, row, name, status):
    """Write a status the row's way and wait until it settled; the final connection body."""
    answer = client.send(row.write_method, connection_path(row, name), newest_version(row), state_change(status))
    assert answer.http_response.status_code == row.put.status, answer.http_response.text()
    if not row.put.settles:
        return answer.http_response.json()
    if row.kv_operation:
        return client.wait_settled(row, name)
    client.follow(answer)
    return client.call("GET", connection_path(row, name), newest_version(row)).json()


def writable_rows():
    return [pytest.param(row, id=row.key) for row in ROWS if row.writable]


@pytest.mark.parametrize("row", writable_rows())
def test_approve_and_reject_a_pending_connection(client, row):
    for name, status in (("c-pending", "Approved"), ("c-pending-2", "Rejected")):
        settled = change(client, row, name, status)

        assert settled["properties"]["privateLinkServiceConnectionState"]["status"] == status
        if row.shows_provisioning_state:
            assert settled["properties"]["provisioningState"] == row.settled_state(status)
        else:
            assert "provisioningState" not in settled["properties"]


@pytest.mark.parametrize("row", [pytest.param(row, id=row.key) for row in ROWS if row.writable and row.put.settles])
def test_a_settling_change_keeps_the_parent_busy(rows_emulator, client, row):
    rows_emulator.control.settings(lro_seconds=600)     # still settling when the second write comes, however slow
    first = client.call(row.write_method, connection_path(row, "c-pending"), newest_version(row),
                        state_change("Approved"))
    second = client.call(row.write_method, connection_path(row, "c-pending-2"), newest_version(row),
                         state_change("Approved"))

    assert first.status_code == row.put.status
    assert (second.status_code, error_code(second)) == (409, row.busy_code)


@pytest.mark.parametrize("row", writable_rows())
def test_refused_transitions_answer_the_service_error(client, row):
    immediate = [refusal for refusal in row.refusals if not refusal.after_accept]
    late = [refusal for refusal in row.refusals if refusal.after_accept]
    for refusal in immediate:
        current = "Rejected" if refusal.current == "*" else refusal.current
        wanted = "Approved" if refusal.wanted == "*" else refusal.wanted
        name = {"Approved": "c-approved", "Rejected": "c-rejected"}[current]
        answer = client.call(row.write_method, connection_path(row, name), newest_version(row), state_change(wanted))

        assert (answer.status_code, error_code(answer)) == (refusal.status, refusal.code), answer.text()
        unchanged = client.call("GET", connection_path(row, name), newest_version(row)).json()
        assert unchanged["properties"]["privateLinkServiceConnectionState"]["status"] == current
    for refusal in late:
        answer = client.send(row.write_method, connection_path(row, "c-rejected"), newest_version(row),
                             state_change(refusal.wanted))
        assert answer.http_response.status_code == row.put.status
        with pytest.raises(Exception, match=refusal.code):
            client.follow(answer)
        unchanged = client.call("GET", connection_path(row, "c-rejected"), newest_version(row)).json()
        assert unchanged["properties"]["privateLinkServiceConnectionState"]["status"] == "Rejected"
    invalid = client.call(row.write_method, connection_path(row, "c-pending"), newest_version(row),
                          state_change("Done"))
    assert (invalid.status_code, error_code(invalid)) == (row.invalid_status.status, row.invalid_status.code)


@pytest.mark.parametrize("row", [pytest.param(row, id=row.key) for row in ROWS if not row.writable])
def test_a_read_only_type_refuses_writes(client, row):
    put = client.call("PUT", connection_path(row, "c-pending"), newest_version(row), state_change("Approved"))
    delete = client.call("DELETE", connection_path(row, "c-pending"), newest_version(row))

    assert (put.status_code, delete.status_code) == (405, 405)


def assert_missing(client, row, name):
    answer = client.call("GET", connection_path(row, name), newest_version(row))
    if row.missing_connection == 204:
        assert answer.status_code == 204 and not answer.text()
    else:
        assert (answer.status_code, error_code(answer)) == (404, "PrivateEndpointConnectionNotFound")


@pytest.mark.parametrize("row", writable_rows())
def test_delete_removes_the_connection(client, row):
    answer = client.send("DELETE", connection_path(row, "c-approved"), newest_version(row))

    assert answer.http_response.status_code == row.delete.status
    if row.delete.settles:
        assert row.delete.headers and all(answer.http_response.headers.get(h) for h in row.delete.headers)
        client.follow(answer)
    assert_missing(client, row, "c-approved")
    again = client.call("DELETE", connection_path(row, "c-approved"), newest_version(row))
    assert again.status_code == 204


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_lists_and_missing_connection(client, row):
    version = newest_version(row)
    seeded = sorted(name for name, status in {"c-pending": "Pending", "c-pending-2": "Pending",
                                              "c-approved": "Approved", "c-rejected": "Rejected"}.items()
                    if status in row.statuses)
    listed = client.call("GET", f"{parent_path(row)}/privateEndpointConnections", version)
    parent = client.call("GET", parent_path(row), version).json()

    embedded = sorted(item["id"].rsplit("/", 1)[1] for item in parent["properties"]["privateEndpointConnections"])
    assert embedded == seeded
    if row.listing == "collection":
        assert listed.status_code == 200
        items = listed.json() if row.list_bare_array else listed.json()["value"]
        assert sorted(item["id"].rsplit("/", 1)[1] for item in items) == seeded
    else:
        assert listed.status_code == 404
    in_group = client.call("GET", f"/subscriptions/{fleet.SUBSCRIPTION}/resourceGroups/{RG_ROWS}/providers/{row.type}",
                           version).json()["value"]
    in_subscription = client.call("GET", f"/subscriptions/{fleet.SUBSCRIPTION}/providers/{row.type}",
                                  version).json()["value"]
    assert [p["name"] for p in in_group] == [p["name"] for p in in_subscription] == [parent_name(row)]
    assert_missing(client, row, "c-never-there")
    refused = client.call("GET", parent_path(row), "2099-01-01")
    assert (refused.status_code, error_code(refused)) == (400, "InvalidApiVersionParameter")
    for api_version in row.api_versions:
        assert client.call("GET", parent_path(row), api_version).status_code == 200


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_a_private_endpoint_creates_its_connection_as_the_service_does(client, row):
    created = {}
    for manual in (True, False):
        endpoint = fleet.endpoint_id(f"pe-new-{'manual' if manual else 'auto'}")
        link = {"name": f"link-{'manual' if manual else 'auto'}", "properties": {
            "privateLinkServiceId": parent_path(row), "groupIds": list(row.group_ids[:1]),
            **({"requestMessage": "CHG-1234 please approve"} if manual else {})}}
        kind = "manualPrivateLinkServiceConnections" if manual else "privateLinkServiceConnections"
        answer = client.call("PUT", endpoint, NETWORK_API, {"location": "westeurope", "properties": {kind: [link]}})
        assert answer.status_code == 201, answer.text()
        parent = client.call("GET", parent_path(row), newest_version(row)).json()
        created[manual] = next(item for item in parent["properties"]["privateEndpointConnections"]
                               if item["properties"]["privateEndpoint"]["id"].lower() == endpoint.lower())

    pending, approved = created[True], created[False]
    assert pending["properties"]["privateLinkServiceConnectionState"]["status"] == "Pending"
    assert pending["properties"]["privateLinkServiceConnectionState"]["description"] == "CHG-1234 please approve"
    approved_state = approved["properties"]["privateLinkServiceConnectionState"]
    assert approved_state["status"] == "Approved"
    assert approved_state.get("description") == row.auto_approval_description
    name = pending["id"].rsplit("/", 1)[1]
    expected_start = {"link": "link-manual", "parent_guid": parent_name(row) + ".", "endpoint_guid": "pe-new-manual.",
                      "endpoint_dash_guid": "pe-new-manual-", "link_dash_guid": "link-manual-",
                      "endpoint": "pe-new-manual", "guid": "", "connection_guid": "connection-"}
    assert name.startswith(expected_start[row.connection_naming])
    if row.group_ids_field:
        shown = pending["properties"][row.group_ids_field]
        assert shown in (list(row.group_ids[:1]), row.default_group_id)


FACTS = (("api_versions", "api_version"), ("statuses",), ("put",), ("delete",), ("actions_field",),
         ("listing", "connections_listing"), ("missing_connection", "get_missing"), ("refusals", "refused_transitions"),
         ("busy_code", "busy_codes"), ("group_ids",))


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_every_fact_of_a_row_has_its_source(row):
    for spellings in FACTS:
        source = next((row.sources[name] for name in spellings if name in row.sources), "")
        assert source.strip(), f"{row.type}: no source for {spellings[0]}"
    assert all(source for source in row.api_versions.values())


@pytest.mark.parametrize("row", ROWS, ids=ROW_IDS)
def test_every_source_of_a_row_says_something_and_every_inference_its_reason(row):
    for fact, source in row.sources.items():
        assert isinstance(source, str) and source.strip(), f"{row.type}: {fact} has an empty source"
        for reason in source.split("our inference:")[1:]:
            assert reason.strip(" ;,"), f"{row.type}: {fact} is an inference without its reason: {source!r}"


def test_the_emulator_page_shows_the_table_of_the_rows():
    with open(os.path.join(os.path.dirname(__file__), "..", "..", "..", "docs", "emulator.md")) as handle:
        page = handle.read()

    assert markdown_table() in page, "docs/emulator.md: paste the output of python -m tests.emulator.table_doc"


@pytest.mark.parametrize("row", [pytest.param(row, id=row.key) for row in ROWS if row.writable])
def test_a_fail_fault_ends_the_change_failed_on_every_type(rows_emulator, client, row):
    fault = rows_emulator.control.add_fault(
        method=row.write_method, action="fail", path_regex=f"/{parent_name(row)}/privateEndpointConnections/c-pending$")
    answer = client.send(row.write_method, connection_path(row, "c-pending"), newest_version(row),
                         state_change("Approved"))

    assert answer.http_response.status_code == row.put.status
    if row.put.settles and not row.kv_operation:
        with pytest.raises(Exception, match="InternalServerError|Failed"):
            client.follow(answer)
    elif row.put.settles:
        client.wait_settled(row, "c-pending", state="Failed")
    if row.shows_provisioning_state:
        after = client.call("GET", connection_path(row, "c-pending"), newest_version(row)).json()
        assert after["properties"]["provisioningState"] == "Failed"
    assert [entry["fault"] for entry in rows_emulator.control.requests(kind="arm")
            if entry["method"] == row.write_method] == [fault]


def test_every_settling_row_has_realistic_durations():
    settings = Settings()
    settings.update({"profile": "realistic"})
    for row in ROWS:
        if row.put.settles or row.delete.settles:
            low, high = row.realistic_seconds["update"]
            assert 0 <= low <= settings.change_seconds(row.type, "update") <= high, row.type
            assert settings.change_seconds(row.type, "delete") >= 0, row.type

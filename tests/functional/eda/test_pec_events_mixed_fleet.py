"""The pec_events source over the mixed fleet (tests/emulator/fleets/mixed.yml, twelve resource types): the Pending
connections of every type at start, a new request on a SQL server and a status change on a search service."""

import asyncio
import contextlib
import time

import pytest
import yaml
from azure.identity import ClientSecretCredential

from tests.emulator.launcher import running_emulator
from tests.functional.eda.test_pec_events_source import (  # noqa: F401 pylint: disable=unused-import
    POLL, source_main)   # source_main: a fixture, used by name
from tests.functional.emulator.arm import ARM_SCOPE, Arm
from tests.functional.role.mixed_policy import MIXED_FLEET

with open(MIXED_FLEET) as handle:
    FLEET = yaml.safe_load(handle)
SUB = FLEET["subscription_id"]
SPOKE = "33333333-3333-3333-3333-333333333333"
SQL_SERVER = f"/subscriptions/{SUB}/resourceGroups/rg-data/providers/Microsoft.Sql/servers/sql-mixed"
SEARCH = f"/subscriptions/{SUB}/resourceGroups/rg-data/providers/Microsoft.Search/searchServices/srch-mixed"


@pytest.fixture()
def emu(monkeypatch):
    with running_emulator(seed=FLEET, lro_seconds=0.3) as emulator:
        emulator.export_module_env(monkeypatch)
        yield emulator


def owner_and_consumer(emu):
    principal = FLEET["principals"][0]
    credential = ClientSecretCredential(FLEET["tenant_id"], principal["client_id"], principal["client_secret"],
                                        authority=emu.authority, disable_instance_discovery=True,
                                        connection_verify=emu.ca_file)
    return Arm(emu.arm_url, emu.ca_file, lambda: credential.get_token(ARM_SCOPE).token)


def endpoint_id(name):
    return f"/subscriptions/{SPOKE}/resourceGroups/rg-spoke/providers/Microsoft.Network/privateEndpoints/{name}"


def test_events_of_every_type(source_main, emu):  # noqa: F811
    arm = owner_and_consumer(emu)
    events = []
    pending = {(r["name"], c["private_endpoint_id"].lower()) for r in FLEET["resources"] for c in r["connections"]
               if c["status"] == "Pending"}

    async def until(queue, task, condition, timeout=60):
        deadline = time.monotonic() + timeout
        while not condition():
            assert not task.done(), task.exception()
            assert time.monotonic() < deadline, "timed out; events so far: %r" % [
                (e["change"]["kind"], e["connection"]["parent_name"], e["connection"]["status"]) for e in events]
            await asyncio.sleep(0.05)
            while not queue.empty():
                events.append(queue.get_nowait())

    def seen(kind):
        return {(e["connection"]["parent_name"], e["connection"]["private_endpoint_id"].lower())
                for e in events if e["change"]["kind"] == kind}

    async def scenario():
        queue = asyncio.Queue()
        task = asyncio.create_task(source_main(queue, {"subscriptions": [SUB], "poll_interval": POLL,
                                                       "max_backoff": 2}))
        try:
            await until(queue, task, lambda: seen("existing") >= pending)
            link = {"name": "pe-new-sql", "properties": {"privateLinkServiceId": SQL_SERVER, "groupIds": ["sqlServer"],
                                                         "requestMessage": "CHG-42"}}
            answer = arm.put(endpoint_id("pe-new-sql"), "2023-09-01", body={
                "location": "westeurope", "properties": {"manualPrivateLinkServiceConnections": [link]}})
            assert answer.status_code == 201, answer.text[:300]
            await until(queue, task, lambda: ("sql-mixed", endpoint_id("pe-new-sql").lower()) in seen("appeared"))
            search_pending = next(c for c in arm.get(f"{SEARCH}/privateEndpointConnections", "2025-05-01").json()[
                "value"] if c["properties"]["privateLinkServiceConnectionState"]["status"] == "Pending")
            answer = arm.put(search_pending["id"], "2025-05-01", body={
                "properties": {"privateLinkServiceConnectionState": {"status": "Approved", "description": "ok"}}})
            assert answer.status_code == 200, answer.text[:300]
            await until(queue, task, lambda: ("srch-mixed", search_pending["properties"]["privateEndpoint"][
                "id"].lower()) in seen("status_changed"))
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    asyncio.run(scenario())

    assert seen("existing") == pending
    assert len({e["connection"]["parent_type"].lower() for e in events}) >= 10
    appeared = next(e for e in events if e["change"]["kind"] == "appeared")
    assert appeared["connection"]["parent_type"].lower() == "microsoft.sql/servers"
    assert appeared["connection"]["name"].startswith("pe-new-sql-")     # SQL names it <endpoint>-<guid>

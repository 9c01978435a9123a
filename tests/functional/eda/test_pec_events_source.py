"""The pec_events event source against the emulator: real SDKs over HTTPS, loaded the way ansible-rulebook loads it
(runpy.run_path of the file in the collection tree) and driven with an asyncio queue.

Request counts come from the emulator's log. ansible-rulebook itself runs in tests/eda (the `eda` stage).
"""

import asyncio
import contextlib
import os
import runpy
import time

import pytest
from azure.identity import ClientSecretCredential

from tests.emulator.launcher import REPO_ROOT, running_emulator
from tests.functional.emulator.arm import ARM_SCOPE, Arm

SOURCE = os.path.join(REPO_ROOT, ".build", "ansible_collections", "privatelink", "azure", "extensions", "eda",
                      "plugins", "event_source", "pec_events.py")
SUB = "00000000-0000-0000-0000-000000000000"
TENANT = "11111111-1111-1111-1111-111111111111"
CLIENT_ID = "22222222-2222-2222-2222-222222222222"
SECRET = "eda-source-test-secret"
SPOKE = "33333333-3333-3333-3333-333333333333"
VAULT_ID = f"/subscriptions/{SUB}/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-app"
LISTS = tuple(f"/subscriptions/{SUB}/providers/{kind}" for kind in (
    "Microsoft.KeyVault/vaults", "Microsoft.KeyVault/managedHSMs", "Microsoft.Storage/storageAccounts"))
POLL = 0.5


def endpoint_id(name):
    return f"/subscriptions/{SPOKE}/resourceGroups/rg-spoke/providers/Microsoft.Network/privateEndpoints/{name}"


SEED = {
    "subscription_id": SUB, "tenant_id": TENANT,
    "principals": [{"client_id": CLIENT_ID, "client_secret": SECRET}],
    "resources": [
        {"type": "Microsoft.KeyVault/vaults", "resource_group": "rg-app", "name": "kv-app", "location": "westeurope",
         "connections": [{"name": "pe-old", "status": "Approved", "private_endpoint_id": endpoint_id("pe-old")},
                         {"name": "pe-waiting", "status": "Pending", "private_endpoint_id": endpoint_id("pe-waiting")}]},
        {"type": "Microsoft.Storage/storageAccounts", "resource_group": "rg-app", "name": "stapp",
         "location": "westeurope", "connections": []},
    ],
}


@pytest.fixture(scope="module")
def source_main():
    """main() of the source file, run as ansible-rulebook runs it."""
    return runpy.run_path(SOURCE)["main"]


@pytest.fixture()
def emu(monkeypatch):
    with running_emulator(seed=SEED, lro_seconds=0.5) as emulator:
        emulator.export_module_env(monkeypatch)
        yield emulator


def consumer(emu):
    credential = ClientSecretCredential(TENANT, CLIENT_ID, SECRET, authority=emu.authority,
                                        disable_instance_discovery=True, connection_verify=emu.ca_file)
    return Arm(emu.arm_url, emu.ca_file, lambda: credential.get_token(ARM_SCOPE).token)


def request_connection(arm, name):
    body = {"location": "westeurope", "properties": {
        "subnet": {"id": f"/subscriptions/{SPOKE}/resourceGroups/rg-spoke/providers/Microsoft.Network"
                         "/virtualNetworks/vnet/subnets/endpoints"},
        "manualPrivateLinkServiceConnections": [{"name": name, "properties": {
            "privateLinkServiceId": VAULT_ID, "groupIds": ["vault"], "requestMessage": "please"}}]}}
    response = arm.put(endpoint_id(name), "2023-09-01", body=body)
    assert response.status_code in (200, 201), response.text[:300]


def set_status(arm, name, status):
    path = f"{VAULT_ID}/privateEndpointConnections/{name}"
    body = {"properties": {"privateLinkServiceConnectionState": {"status": status, "description": "by the test"}}}
    response = arm.put(path, "2023-07-01", body=body)
    assert response.status_code == 200, response.text[:300]


def polls(emu):
    """Completed polls so far: a poll lists the three types at the same time, and is complete once all have answered."""
    log = emu.control.requests(kind="arm")
    return min(len([r for r in log if r["path"] == path and r["status"] == 200]) for path in LISTS)


class Running:
    """The source running as a task, with helpers to wait for its polls and collect its events."""

    def __init__(self, emu, queue, task):
        self.emu, self.queue, self.task, self.events = emu, queue, task, []

    async def until(self, condition, timeout=20):
        deadline = time.monotonic() + timeout
        while not condition():
            assert not self.task.done(), self.task.exception()
            assert time.monotonic() < deadline, "timed out; events so far: %r" % self.summary()
            await asyncio.sleep(0.05)
            while not self.queue.empty():
                self.events.append(self.queue.get_nowait())

    async def polls(self, count):
        target = polls(self.emu) + count
        await self.until(lambda: polls(self.emu) >= target)
        # The source handles a poll's answers (diff, events on the queue) before it sleeps and polls again: once a
        # request of the next poll is in the log, every event of the polls waited for is on the queue, however
        # slow the machine.
        seen = len(self.emu.control.requests(kind="arm"))
        await self.until(lambda: len(self.emu.control.requests(kind="arm")) > seen)
        while not self.queue.empty():
            self.events.append(self.queue.get_nowait())

    def summary(self):
        return [(e["change"]["kind"], e["connection"]["name"], e["change"]["previous_status"], e["connection"]["status"])
                for e in self.events]


@contextlib.asynccontextmanager
async def running(source_main, emu, **options):
    args = dict({"subscriptions": [SUB], "resource_types": [path.split("/providers/")[1] for path in LISTS],
                 "poll_interval": POLL, "max_backoff": 2}, **options)
    queue = asyncio.Queue()
    task = asyncio.create_task(source_main(queue, args))
    try:
        yield Running(emu, queue, task)
    finally:
        task.cancel()
        with contextlib.suppress(asyncio.CancelledError):
            await task


def test_new_requests_and_status_changes_one_event_each_three_reads_per_poll(source_main, emu):
    arm = consumer(emu)

    async def scenario():
        async with running(source_main, emu) as source:
            await source.polls(1)
            assert source.summary() == [("existing", "pe-waiting", None, "Pending")]
            emu.control.clear_requests()
            request_connection(arm, "pe-new")
            await source.until(lambda: len(source.events) >= 2)
            set_status(arm, "pe-new", "Approved")
            await source.until(lambda: len(source.events) >= 3)
            await source.polls(3)  # Updating -> Succeeded and quiet polls bring nothing
            return source

    source = asyncio.run(scenario())

    assert source.summary() == [("existing", "pe-waiting", None, "Pending"), ("appeared", "pe-new", None, "Pending"),
                                ("status_changed", "pe-new", "Pending", "Approved")]
    assert source.events[1]["connection"]["private_endpoint_id"] == endpoint_id("pe-new")
    assert source.events[1]["connection"]["parent_id"] == VAULT_ID
    source_requests = [r for r in emu.control.requests(kind="arm") if r["method"] == "GET"]
    per_list = {path: len([r for r in source_requests if r["path"] == path]) for path in LISTS}
    assert len(set(per_list.values())) == 1, per_list  # every poll: the same three lists, nothing else
    assert len(source_requests) == 3 * per_list[LISTS[0]]
    print(f"\npec_events: {per_list[LISTS[0]]} polls, {len(source_requests)} ARM reads, "
          f"{len(source_requests) / per_list[LISTS[0]]:.0f} per poll (one paged list per type and subscription)")


def test_failed_polls_neither_lose_nor_repeat_events_and_back_off(source_main, emu):
    arm = consumer(emu)

    async def scenario():
        async with running(source_main, emu, emit_existing_at_start="none") as source:
            await source.polls(1)
            emu.control.clear_requests()
            emu.control.add_fault(method="GET", path_regex="/providers/Microsoft.Storage/storageAccounts$",
                                  status=503, times=None)
            request_connection(arm, "pe-during-outage")
            await asyncio.sleep(5)
            failed_attempts = [r["time"] for r in emu.control.requests(kind="arm")
                               if r["path"] == LISTS[2] and r["status"] == 503]
            quiet = list(source.summary())
            emu.control.clear_faults()
            await source.polls(2)
            return source, quiet, failed_attempts

    source, quiet, failed_attempts = asyncio.run(scenario())

    assert quiet == []  # a failed poll is not compared with anything: no vanished, no new, nothing
    assert source.summary() == [("appeared", "pe-during-outage", None, "Pending")]
    # Polls every 0.5 s would have tried ~10 times in 5 s; backing off (1, 2, 2 s ...) it tried far fewer.
    print(f"\npec_events: {len(failed_attempts)} Storage list attempts during a 5 s outage (poll interval 0.5 s)")
    assert 2 <= len(failed_attempts) <= 8, failed_attempts


def test_throttled_polls_wait_for_retry_after(source_main, emu):
    async def scenario():
        async with running(source_main, emu, emit_existing_at_start="none") as source:
            await source.polls(1)
            emu.control.clear_requests()
            emu.control.add_fault(method="GET", path_regex="/providers/Microsoft.Storage/storageAccounts$",
                                  status=429, headers={"Retry-After": "5"}, times=None)
            await asyncio.sleep(8)
            emu.control.clear_faults()
            await source.polls(1)
            return source

    source = asyncio.run(scenario())

    throttled = [r["time"] for r in emu.control.requests(kind="arm") if r["path"] == LISTS[2] and r["status"] == 429]
    gaps = [later - earlier for earlier, later in zip(throttled, throttled[1:])]
    print(f"\npec_events: throttled with Retry-After 5 s for 8 s: {len(throttled)} Storage list attempts, "
          f"gaps {', '.join('%.1f' % gap for gap in gaps)} s")
    assert source.summary() == []
    # Backing off from a 0.5 s interval without Retry-After would have tried 8 times or more; polls come >= 5 s apart.
    assert 1 <= len(throttled) <= 4, throttled
    assert len([gap for gap in gaps if gap >= 4.9]) >= 1, gaps


def test_token_is_reused_and_renewed_when_it_expires(source_main, emu):
    emu.control.settings(token_lifetime_seconds=2)
    arm = consumer(emu)

    async def scenario():
        async with running(source_main, emu, emit_existing_at_start="none") as source:
            await source.polls(1)
            arm.auth_header()  # the test's own credential reads the authority's metadata now, before the count
            emu.control.clear_requests()
            await asyncio.sleep(7)  # several token lifetimes
            request_connection(arm, "pe-later")
            await source.until(lambda: source.events)
            return source

    source = asyncio.run(scenario())

    requests = emu.control.requests()
    arm_reads = [r for r in requests if r["kind"] == "arm" and r["method"] == "GET"]
    tokens = [r for r in requests if r["kind"] == "token"]
    discovery = [r for r in requests if r["kind"] == "discovery"]
    print(f"\npec_events: {len(arm_reads)} ARM reads, {len(tokens)} token and {len(discovery)} discovery requests "
          "over ~7 s of 2 s tokens")
    assert source.summary() == [("appeared", "pe-later", None, "Pending")]
    assert [r for r in requests if r["kind"] == "arm" and r["status"] == 401] == []  # never sent an expired token
    assert len(tokens) >= 2  # renewed as they expire (azure-identity renews within 5 min of expiry: every call here)
    assert discovery == []  # one credential for the life of the source: its authority metadata is read once


def test_cancelling_during_a_slow_read_is_prompt(source_main, emu):
    async def scenario():
        async with running(source_main, emu) as source:
            await source.polls(1)
            emu.control.add_fault(method="GET", path_regex="/providers/Microsoft.KeyVault/vaults$", action="delay",
                                  delay_ms=3000, times=None)
            await asyncio.sleep(POLL + 0.3)  # the next poll is now waiting for the slow answer in its thread
            started = time.monotonic()
            source.task.cancel()
            with pytest.raises(asyncio.CancelledError):
                await source.task
            return time.monotonic() - started

    assert asyncio.run(scenario()) < 1.0

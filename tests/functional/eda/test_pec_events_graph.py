"""The pec_events source over a scope of many subscriptions: each poll is one Resource Graph query page, the
subscription list is read once, and new requests still become events."""

import asyncio
import contextlib
import time

import pytest

from tests.emulator.launcher import running_emulator
from tests.functional.eda.test_pec_events_source import (  # noqa: F401 pylint: disable=unused-import
    POLL, SEED, SUB, consumer, request_connection, source_main)   # source_main: a fixture, used by name

GRAPH = "/providers/Microsoft.ResourceGraph/resources"
EXTRA = ["%08d-0000-0000-0000-%012d" % (index, index) for index in range(1, 12)]


@pytest.fixture()
def emu(monkeypatch):
    with running_emulator(seed=dict(SEED, subscriptions=EXTRA), lro_seconds=0.5) as emulator:
        emulator.export_module_env(monkeypatch)
        yield emulator


def graph_polls(emu):
    return len([r for r in emu.control.requests(kind="arm") if r["path"] == GRAPH and r["status"] == 200])


def test_a_quiet_poll_over_twelve_subscriptions_is_one_request(source_main, emu):  # noqa: F811
    arm = consumer(emu)
    events = []

    async def until(queue, task, condition, timeout=30):
        deadline = time.monotonic() + timeout
        while not condition():
            assert not task.done(), task.exception()
            assert time.monotonic() < deadline, "timed out; events so far: %r" % events
            await asyncio.sleep(0.05)
            while not queue.empty():
                events.append(queue.get_nowait())

    async def scenario():
        queue = asyncio.Queue()
        task = asyncio.create_task(source_main(queue, {"subscriptions": [SUB] + EXTRA, "poll_interval": POLL,
                                                       "max_backoff": 2}))
        try:
            await until(queue, task, lambda: graph_polls(emu) >= 1 and events)
            first = emu.control.requests(kind="arm")
            emu.control.clear_requests()
            await until(queue, task, lambda: graph_polls(emu) >= 5)
            quiet = emu.control.requests(kind="arm")
            request_connection(arm, "pe-new")
            await until(queue, task, lambda: any(e["connection"]["name"] == "pe-new" for e in events))
            return first, quiet
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    first, quiet = asyncio.run(scenario())

    assert [(r["method"], r["path"]) for r in first] == [("GET", "/subscriptions"), ("POST", GRAPH)]
    assert {(r["method"], r["path"]) for r in quiet} == {("POST", GRAPH)}
    polls = len(quiet)
    assert polls >= 5
    appeared = [e for e in events if e["connection"]["name"] == "pe-new"]
    assert [e["change"]["kind"] for e in appeared] == ["appeared"]
    assert appeared[0]["connection"]["source"] == "Resource Graph"
    print("\npec_events over 12 subscriptions: %d quiet polls, %d ARM requests, 1 per poll" % (polls, len(quiet)))

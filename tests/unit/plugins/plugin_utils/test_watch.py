"""The pec_events event source's decisions without Azure: options, what is news, back-off, restarts."""

import asyncio

import pytest

from ansible_collections.privatelink.azure.plugins.plugin_utils._watch import (
    PollPacer, ReadFailed, Watch, WatchOptionError, changes_by, poll_forever, watch_options)

SUB = "00000000-0000-0000-0000-000000000000"
VAULT = "/subscriptions/%s/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-app" % SUB


def connection(name, status, provisioning_state="Succeeded"):
    return {"id": "%s/privateEndpointConnections/%s" % (VAULT, name), "name": name, "status": status,
            "provisioning_state": provisioning_state, "parent_type": "Microsoft.KeyVault/vaults"}


def kinds(events):
    return [(e["change"]["kind"], e["connection"]["name"], e["change"]["previous_status"], e["change"]["status"])
            for e in events]


def poll(watch, connections):
    """One successful poll as the source runs it: observe, hand every event over, settle."""
    events = watch.observe(connections, "now")
    for news in events:
        watch.emitted(news)
    watch.settled(connections)
    return events


# -- options -------------------------------------------------------------------------------------------------


def test_options_defaults_and_split():
    options = watch_options({"subscriptions": [SUB], "client_id": "c", "secret": "s"})

    assert options["poll_interval"] == 30 and options["max_backoff"] == 600
    assert options["emit_existing"] == "pending"
    assert [target.subscription_id for target in options["scope"].subscriptions] == [SUB]
    assert options["auth"]["client_id"] == "c" and options["auth"]["secret"] == "s"
    assert options["auth"]["auth_source"] is None and options["auth"]["validate_certs"] is True


@pytest.mark.parametrize("value, expected", [(True, "all"), (False, "none"), ("yes", "all"), ("no", "none"),
                                             ("Pending", "pending"), ("all", "all")])
def test_emit_existing_accepts_booleans(value, expected):
    assert watch_options({"subscriptions": [SUB], "emit_existing_at_start": value})["emit_existing"] == expected


@pytest.mark.parametrize("args, message", [
    ({"subscriptions": [SUB], "pol_interval": 5}, "unknown option(s) pol_interval"),
    ({"subscriptions": [SUB], "poll_interval": 0}, "poll_interval: expected a number of seconds greater than 0"),
    ({"subscriptions": [SUB], "poll_interval": "soon"}, "poll_interval: expected a number"),
    ({"subscriptions": [SUB], "poll_interval": 60, "max_backoff": 30}, "max_backoff (30) must not be shorter"),
    ({"subscriptions": [SUB], "emit_existing_at_start": "some"}, "emit_existing_at_start: expected one of"),
    ({"exclude_subscriptions": ["prod"]}, "exclude_subscriptions[0]: 'prod' is not a subscription id"),
    ({"subscriptions": [SUB], "discovery": "graph"}, "discovery: expected one of auto, resource_graph, arm"),
    ({"resources": [{"type": "keyvault"}]}, "resources[0]: give type, resource_group and name"),
    ({"subscriptions": [SUB], "resource_types": ["vm"]}, "resource_types: 'vm' is not a known resource type"),
    ({"subscriptions": ["prod"]}, "subscriptions[0]: 'prod' is not a subscription id"),
])
def test_bad_options_name_what_to_change(args, message):
    with pytest.raises(WatchOptionError) as raised:
        watch_options(args)
    assert message in str(raised.value)


def test_path_options_are_expanded_like_type_path(monkeypatch):
    monkeypatch.setenv("HOME", "/home/eda")
    options = watch_options({"subscriptions": [SUB], "ca_bundle": "~/ca.pem"})
    assert options["auth"]["ca_bundle"] == "/home/eda/ca.pem"


# -- what is news ----------------------------------------------------------------------------------------------


def test_first_poll_emits_pending_only_by_default():
    watch = Watch("pending")
    events = poll(watch, [connection("pe-a", "Pending"), connection("pe-b", "Approved")])
    assert kinds(events) == [("existing", "pe-a", None, "Pending")]


@pytest.mark.parametrize("mode, expected", [("all", ["pe-a", "pe-b"]), ("none", [])])
def test_first_poll_modes(mode, expected):
    events = poll(Watch(mode), [connection("pe-b", "Approved"), connection("pe-a", "Pending")])
    assert [e["connection"]["name"] for e in events] == expected


def test_appeared_and_status_changed_once_each():
    watch = Watch("none")
    poll(watch, [connection("pe-a", "Pending")])

    second = poll(watch, [connection("pe-a", "Approved", "Updating"), connection("pe-new", "Pending")])
    third = poll(watch, [connection("pe-a", "Approved", "Succeeded"), connection("pe-new", "Pending")])

    assert kinds(second) == [("status_changed", "pe-a", "Pending", "Approved"), ("appeared", "pe-new", None, "Pending")]
    assert third == []  # provisioning Updating -> Succeeded is not a status change


def test_event_carries_the_connection_dict_and_the_change():
    watch = Watch("none")
    poll(watch, [])
    [news] = watch.observe([connection("pe-a", "Pending")], "2026-12-01T00:00:00Z")
    assert news["connection"] == connection("pe-a", "Pending")
    assert news["change"] == {"kind": "appeared", "previous_status": None, "status": "Pending",
                              "detected_at": "2026-12-01T00:00:00Z"}


def test_ids_compare_case_insensitively():
    watch = Watch("none")
    poll(watch, [connection("pe-a", "Pending")])
    shouted = dict(connection("pe-a", "pending"), id=connection("pe-a", "Pending")["id"].upper())
    assert poll(watch, [shouted]) == []


def test_gone_then_back_appears_again():
    watch = Watch("none")
    poll(watch, [connection("pe-a", "Approved")])
    assert poll(watch, []) == []
    assert kinds(poll(watch, [connection("pe-a", "Pending")])) == [("appeared", "pe-a", None, "Pending")]


def test_events_not_handed_over_are_news_next_time():
    """Cancelled while putting events on the queue: those not handed over are not lost, those handed over not resent."""
    watch = Watch("none")
    poll(watch, [])
    current = [connection("pe-a", "Pending"), connection("pe-b", "Pending")]
    first = watch.observe(current, "now")[0]
    watch.emitted(first)  # pe-b was never put on the queue, and settled() never ran

    assert kinds(poll(watch, current)) == [("appeared", "pe-b", None, "Pending")]


def test_restart_emits_waiting_requests_but_not_decided_ones():
    """A restarted source has no memory: Pending requests made while it was down are still reported."""
    before_restart = Watch("pending")
    poll(before_restart, [connection("pe-a", "Pending")])
    poll(before_restart, [connection("pe-a", "Approved")])

    after_restart = Watch("pending")
    events = poll(after_restart, [connection("pe-a", "Approved"), connection("pe-while-down", "Pending")])

    assert kinds(events) == [("existing", "pe-while-down", None, "Pending")]


RULES = [{"name": "ours", "match": {"private_endpoint_subscription_id": "3*"}, "action": "approve"},
         {"name": "others wait", "match": {"status": "Pending"}, "action": "keep"}]


def endpoint_connection(name, status, endpoint_subscription):
    return dict(connection(name, status), private_endpoint_subscription_id=endpoint_subscription,
                parent_resource_group="rg-app", parent_name="kv-app", parent_subscription_id=SUB, parent_tags={})


def test_with_rules_a_restart_skips_what_the_rules_keep_pending():
    """The kept request was reported when it appeared; a restart does not run the playbook for it again."""
    running = Watch("pending", changes_by(RULES))
    poll(running, [])
    assert kinds(poll(running, [endpoint_connection("pe-kept", "Pending", "9999")])) == [
        ("appeared", "pe-kept", None, "Pending")]

    restarted = Watch("pending", changes_by(RULES))
    events = poll(restarted, [endpoint_connection("pe-kept", "Pending", "9999"),
                              endpoint_connection("pe-while-down", "Pending", "3333")])

    assert kinds(events) == [("existing", "pe-while-down", None, "Pending")]
    # Still watched: when it changes, it is news.
    assert kinds(poll(restarted, [endpoint_connection("pe-kept", "Approved", "9999"),
                                  endpoint_connection("pe-while-down", "Approved", "3333")])) == [
        ("status_changed", "pe-kept", "Pending", "Approved"), ("status_changed", "pe-while-down", "Pending", "Approved")]


def test_with_rules_a_kept_request_made_while_down_is_named_in_the_log_not_sent(caplog):
    """No state survives a restart: a request the rules keep that arrived while the source was down is not sent
    (the playbook would change nothing), one the rules approve is, whenever it arrived; the log names the kept."""
    restarted = Watch("pending", changes_by(RULES))
    with caplog.at_level("INFO", logger="privatelink.azure.pec_events"):
        events = poll(restarted, [endpoint_connection("pe-kept-while-down", "Pending", "9999"),
                                  endpoint_connection("pe-approved-while-down", "Pending", "3333"),
                                  endpoint_connection("pe-old", "Approved", "9999")])

    assert kinds(events) == [("existing", "pe-approved-while-down", None, "Pending")]
    logged = [record.getMessage() for record in caplog.records]
    assert len(logged) == 1 and "1 existing connection(s) not sent" in logged[0]
    assert logged[0].endswith("/privateendpointconnections/pe-kept-while-down"), logged  # ids are lowercased keys
    assert kinds(poll(restarted, [endpoint_connection("pe-kept-while-down", "Rejected", "9999")])) == [
        ("status_changed", "pe-kept-while-down", "Pending", "Rejected")]


def test_bad_rules_are_refused_before_any_read():
    with pytest.raises(WatchOptionError, match="^rules: "):
        watch_options({"subscriptions": [SUB], "rules": [{"name": "x", "action": "explode"}]})
    assert watch_options({"subscriptions": [SUB], "rules": RULES})["rules"] == RULES


# -- back-off --------------------------------------------------------------------------------------------------


def test_pacer_doubles_after_failures_up_to_the_maximum_then_resets():
    pacer = PollPacer(10, 60)
    assert [pacer.after_failure() for attempt in range(4)] == [20, 40, 60, 60]
    assert pacer.failures == 4
    assert pacer.after_success() == 10 and pacer.failures == 0
    assert pacer.after_failure() == 20


def test_pacer_never_polls_before_retry_after():
    pacer = PollPacer(10, 60)
    assert pacer.after_failure(retry_after=5) == 20
    assert pacer.after_failure(retry_after=300) == 300  # Azure's word beats max_backoff


def test_pacer_survives_days_of_failures():
    pacer = PollPacer(1, 600)
    for attempt in range(10000):
        delay = pacer.after_failure(retry_after=None if attempt else 1)
    assert delay == 600


# -- the loop --------------------------------------------------------------------------------------------------


class Stop(Exception):
    pass


def run_loop(answers, mode="none"):
    """poll_forever over scripted reads (a list of connections or a ReadFailed each); returns (events, delays)."""
    answers = list(answers)
    delays = []
    queue = asyncio.Queue()

    def read():
        answer = answers.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return answer

    async def sleep(delay):
        delays.append(delay)
        if not answers:
            raise Stop()

    async def go():
        with pytest.raises(Stop):
            await poll_forever(queue, read, Watch(mode), PollPacer(10, 80), sleep=sleep, now=lambda: "now")
        return [queue.get_nowait() for waiting in range(queue.qsize())]

    return asyncio.run(go()), delays


def test_failed_polls_are_not_diffed_as_everything_vanished():
    pending = [connection("pe-a", "Pending")]
    events, delays = run_loop([
        pending,
        ReadFailed("HTTP 429 TooManyRequests", retry_after=30),
        ReadFailed("no answer"),
        ReadFailed("HTTP 503"),
        pending + [connection("pe-b", "Pending")],
        pending + [connection("pe-b", "Pending")],
    ])

    assert kinds(events) == [("appeared", "pe-b", None, "Pending")]
    assert delays == [10, 30, 40, 80, 10, 10]


def test_failures_before_the_first_success_emit_nothing_and_back_off():
    events, delays = run_loop([ReadFailed("HTTP 401"), ReadFailed("HTTP 401"), [connection("pe-a", "Pending")]],
                              mode="pending")
    assert kinds(events) == [("existing", "pe-a", None, "Pending")]
    assert delays == [20, 40, 10]


def test_cancelling_the_loop_is_clean():
    """The task stops at once even while a read is running in its thread, and nothing more is emitted."""
    started = asyncio.Event()

    async def go():
        queue = asyncio.Queue()
        loop = asyncio.get_running_loop()

        def slow_read():
            loop.call_soon_threadsafe(started.set)
            import time
            time.sleep(0.5)
            return [connection("pe-a", "Pending")]

        task = asyncio.create_task(poll_forever(queue, slow_read, Watch("all"), PollPacer(10, 80)))
        await started.wait()
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await asyncio.sleep(0.7)  # the read finishes in its thread; its answer goes nowhere
        return queue.qsize()

    assert asyncio.run(go()) == 0

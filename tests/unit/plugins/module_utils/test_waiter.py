"""The waiting rule (docs/waiting.md): Retry-After parsed and clamped, backoff with jitter, the deadline, on a fake
clock. Pure logic; the emulator tests count the requests the rule lets through."""

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._cancel import Cancellation, Cancelled
from ansible_collections.privatelink.azure.plugins.module_utils._waiter import (
    MAX_RETRY_AFTER_SECONDS, MIN_GAP_SECONDS, Backoff, Deadline, clamp_retry_after, parse_retry_after)


class FakeClock:
    def __init__(self):
        self.now = 100.0
        self.sleeps = []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


def no_jitter():
    return 0.0


def full_jitter():
    return 1.0


def test_retry_after_seconds_and_http_date():
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == 10.0
    assert parse_retry_after("-3") == -3.0  # clamped by the rule, not here


@pytest.mark.parametrize("header", ["nan", "NaN", "inf", "-inf", "1e999", "", "  ", "Thu, 99 Foo 2015 99:99:99 GMT"])
def test_unusable_retry_after_is_ignored(header):
    assert parse_retry_after(header) is None


@pytest.mark.parametrize("header, wanted", [
    ("0", MIN_GAP_SECONDS), ("-5", MIN_GAP_SECONDS), ("0.01", MIN_GAP_SECONDS), ("3", 3.0),
    ("86400", MAX_RETRY_AFTER_SECONDS), ("1e300", MAX_RETRY_AFTER_SECONDS),
    ("Wed, 21 Oct 2015 07:28:10 GMT", MIN_GAP_SECONDS),  # a date in the past
])
def test_absurd_retry_after_is_clamped(header, wanted):
    assert clamp_retry_after(parse_retry_after(header)) == wanted


def test_backoff_starts_at_one_second_doubles_and_prefers_retry_after():
    backoff = Backoff(rng=no_jitter)
    assert [backoff.next_delay() for attempt in range(6)] == [1.0, 2.0, 4.0, 8.0, 15.0, 15.0]
    assert Backoff(rng=no_jitter).next_delay(retry_after=3.0) == 3.0
    assert Backoff(rng=no_jitter).next_delay(retry_after=0.0) == MIN_GAP_SECONDS


def test_jitter_only_adds_and_stays_within_ten_percent():
    assert Backoff(rng=full_jitter).next_delay() == pytest.approx(1.1)
    assert Backoff(rng=full_jitter).next_delay(retry_after=0) == pytest.approx(1.1)
    delays = [Backoff().next_delay(retry_after=-1) for attempt in range(200)]
    assert all(MIN_GAP_SECONDS <= delay <= 1.1 for delay in delays)
    assert len(set(delays)) > 1


def test_deadline_cuts_our_backoff_short_but_never_the_required_gap():
    clock = FakeClock()
    deadline = Deadline(5, clock=clock, sleep=clock.sleep)
    backoff = Backoff(first=4, rng=no_jitter)
    assert deadline.wait(backoff)  # 4 s fits
    assert deadline.wait(backoff)  # 8 s asked, 1 s left: cut to what is left (>= the 1 s gap)
    assert clock.sleeps == [4, 1]
    assert deadline.expired()
    assert not deadline.wait(backoff)
    assert clock.sleeps == [4, 1]


def test_a_retry_after_that_does_not_fit_is_not_started():
    clock = FakeClock()
    deadline = Deadline(10, clock=clock, sleep=clock.sleep)
    assert not deadline.wait(Backoff(rng=no_jitter), retry_after=30)
    assert clock.sleeps == []  # giving up now beats a request sooner than Azure asked


def test_zero_retry_after_never_means_no_wait():
    clock = FakeClock()
    deadline = Deadline(60, clock=clock, sleep=clock.sleep)
    backoff = Backoff(rng=no_jitter)
    while deadline.wait(backoff, retry_after=0):
        pass
    assert all(gap >= MIN_GAP_SECONDS for gap in clock.sleeps)
    assert len(clock.sleeps) == 60  # one request a second, not thousands


def test_cancellation_stops_waiting_at_once():
    cancellation = Cancellation()
    clock = FakeClock()
    deadline = Deadline(60, clock=clock, sleep=clock.sleep, cancellation=cancellation)
    cancellation.cancel("stopped by SIGINT")
    with pytest.raises(Cancelled, match="SIGINT"):
        deadline.wait(Backoff())
    with pytest.raises(Cancelled):
        deadline.check()
    assert clock.sleeps == []


def test_a_real_sleep_wakes_up_when_cancelled():
    import threading
    import time
    cancellation = Cancellation()
    threading.Timer(0.1, cancellation.cancel, args=("stopped by SIGTERM",)).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        cancellation.sleep(30)
    assert time.monotonic() - started < 5

"""The waiting rule (docs/waiting.md): Retry-After parsed and clamped, backoff with jitter, the deadline, on a fake
clock. Pure logic; the emulator tests count the requests the rule lets through."""

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._cancel import Cancellation, Cancelled
from ansible_collections.privatelink.azure.plugins.module_utils._waiter import (
    FIRST_LOOK_SECONDS, MAX_RETRY_AFTER_SECONDS, MIN_GAP_SECONDS, Backoff, Deadline, SettlePolls, clamp_retry_after,
    parse_retry_after)
from ansible_collections.privatelink.azure.tests.unit.plugins.module_utils.fake_clock import FakeClock


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
    clock = FakeClock(start=100.0)
    deadline = Deadline(5, clock=clock, sleep=clock.sleep)
    backoff = Backoff(first=4, rng=no_jitter)
    assert deadline.wait(backoff)  # 4 s fits
    assert deadline.wait(backoff)  # 8 s asked, 1 s left: cut to what is left (>= the 1 s gap)
    assert clock.sleeps == [4, 1]
    assert deadline.expired()
    assert not deadline.wait(backoff)
    assert clock.sleeps == [4, 1]


def test_a_retry_after_that_does_not_fit_is_not_started():
    clock = FakeClock(start=100.0)
    deadline = Deadline(10, clock=clock, sleep=clock.sleep)
    assert not deadline.wait(Backoff(rng=no_jitter), retry_after=30)
    assert clock.sleeps == []  # giving up now beats a request sooner than Azure asked


def test_zero_retry_after_never_means_no_wait():
    clock = FakeClock(start=100.0)
    deadline = Deadline(60, clock=clock, sleep=clock.sleep)
    backoff = Backoff(rng=no_jitter)
    while deadline.wait(backoff, retry_after=0):
        pass
    assert all(gap >= MIN_GAP_SECONDS for gap in clock.sleeps)
    assert len(clock.sleeps) == 60  # one request a second, not thousands


def test_cancellation_stops_waiting_at_once():
    cancellation = Cancellation()
    clock = FakeClock(start=100.0)
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


def poll_times(expected, retry_after=None, polls=6, rng=no_jitter):
    clock = FakeClock(start=100.0)
    start = clock.now
    schedule = SettlePolls(expected, clock=clock, rng=rng)
    times = []
    for _poll in range(polls):
        clock.sleep(schedule.next_delay(retry_after))
        times.append(round(clock.now - start, 2))
    return times


def test_a_settling_change_gets_a_first_look_then_polls_spread_over_its_known_duration():
    times = poll_times((32.0, 64.0), polls=8)

    assert times[0] == FIRST_LOOK_SECONDS
    assert times[1:6] == [38.4, 44.8, 51.2, 57.6, 64.0]     # five polls over the window, the last at its end
    assert times[6:] == [66.0, 70.0]                       # past the window: the backoff from 2 s


def test_a_range_reaching_back_to_a_quicker_era_is_covered_by_the_first_look():
    # Key Vault: 3-6 s in 2020, 28-66 s in 2024: the window starts at 40 % of 66 s, not at 3 s.
    assert poll_times((3.0, 66.0), polls=6) == [FIRST_LOOK_SECONDS, 34.32, 42.24, 50.16, 58.08, 66.0]


def test_a_30_to_50_s_change_costs_at_most_four_polls_and_is_seen_within_one_step():
    times = poll_times((3.0, 66.0), polls=10)
    for settles_after in (30.0, 35.0, 41.0, 44.0, 49.9):
        seen = next(t for t in times if t >= settles_after)
        assert times.index(seen) + 1 <= (3 if settles_after <= 42.24 else 4)
        assert seen - settles_after <= 7.92 + 0.01


def test_retry_after_is_a_floor_never_a_reason_to_poll_sooner():
    assert poll_times((32.0, 64.0), retry_after=10)[:2] == [10.0, 38.4]
    times = [0.0] + poll_times((15.0, 18.0))
    assert all(later - earlier >= MIN_GAP_SECONDS for earlier, later in zip(times, times[1:]))


def test_jitter_is_a_share_of_the_step_not_of_a_long_delay():
    times = poll_times((32.0, 64.0), rng=full_jitter)
    assert times[1] - 38.4 <= 0.1 * 6.4 + 0.01


def test_unknown_duration_falls_back_to_the_backoff_after_the_first_look():
    assert poll_times(None, polls=4) == [FIRST_LOOK_SECONDS, 5.0, 9.0, 17.0]
    assert poll_times((0, 0), polls=2) == [FIRST_LOOK_SECONDS, 5.0]     # a synchronous answer: nothing to fit

"""Deadline, Retry-After and backoff, on a fake clock."""

from ansible_collections.privatelink.azure.plugins.module_utils._waiter import Backoff, Deadline, parse_retry_after


class FakeClock:
    def __init__(self):
        self.now = 100.0
        self.sleeps = []

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.sleeps.append(seconds)
        self.now += seconds


def test_retry_after_seconds_and_http_date():
    assert parse_retry_after("7") == 7.0
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:10 GMT", now=1445412480.0) == 10.0
    assert parse_retry_after("-3") == 0.0


def test_backoff_starts_at_one_second_doubles_and_prefers_retry_after():
    backoff = Backoff()
    assert [backoff.next_delay() for attempt in range(6)] == [1.0, 2.0, 4.0, 8.0, 15.0, 15.0]
    assert Backoff().next_delay(retry_after=3.0) == 3.0


def test_deadline_never_sleeps_past_its_end():
    clock = FakeClock()
    deadline = Deadline(5, clock=clock, sleep=clock.sleep)
    assert deadline.sleep(3)
    assert deadline.sleep(30)
    assert clock.sleeps == [3, 2]
    assert deadline.expired()
    assert not deadline.sleep(1)
    assert clock.sleeps == [3, 2]

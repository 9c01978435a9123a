# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The one rule for waiting and retrying (docs/waiting.md), and the deadline that bounds it.

Between two requests about the same thing (a poll, a retry, a read after a doubtful write):

- at least ``MIN_GAP_SECONDS`` (1 s), whatever the server says;
- the server's ``Retry-After`` when it sent a usable one, clamped to [``MIN_GAP_SECONDS``, ``MAX_RETRY_AFTER_SECONDS``]:
  0, negative, a date in the past become 1 s, an hour becomes 60 s; NaN, infinity and text are ignored;
- otherwise a backoff from 1 s doubling up to ``MAX_BACKOFF_SECONDS``;
- plus up to ``JITTER`` of it, so that parallel workers do not poll in step;
- never past the deadline: our own backoff is cut short to end at the deadline, but a wait the rule requires
  (1 s, or the server's Retry-After) that does not fit in what is left is not started: the caller gives up, so
  no request is ever sent sooner than the server or the rule allows.

Polls of a change Azure is settling follow ``SettlePolls``: a first look after ``FIRST_LOOK_SECONDS``, then a few
polls spread over the time such a change is known to take (the type row's ``put_settle_seconds``), then
the backoff; a Retry-After is a floor, never a reason to poll sooner.

The SDKs' own long-running-operation poller waits a blind 30 s between polls; we never use it.
"""

from __future__ import annotations

import email.utils
import math
import random
import time

from ansible_collections.privatelink.azure.plugins.module_utils._cancel import CANCELLATION

MIN_GAP_SECONDS = 1.0
MAX_RETRY_AFTER_SECONDS = 60.0
MAX_BACKOFF_SECONDS = 15.0
JITTER = 0.1
FIRST_LOOK_SECONDS = 3.0
WINDOW_POLLS = 5
# The window's polls start at this share of its end at the earliest: a recorded range whose low end is an older,
# much quicker era (Key Vault: 3-6 s in 2020, 28-66 s in 2024) is covered by the first look there.
WINDOW_START_SHARE = 0.4
MIN_WINDOW_STEP_SECONDS = 2.0


def parse_retry_after(value, now=None):
    """Seconds a Retry-After header asks for (delta-seconds or an HTTP date), unclamped; None when unusable."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    try:
        seconds = float(text)
    except ValueError:
        seconds = None
    if seconds is None:
        try:
            when = email.utils.parsedate_to_datetime(text)
        except (TypeError, ValueError, IndexError, OverflowError):
            return None
        if when is None:
            return None
        now = time.time() if now is None else now
        try:
            seconds = when.timestamp() - now
        except (OverflowError, ValueError, OSError):
            return None
    if math.isnan(seconds) or math.isinf(seconds):
        return None
    return seconds


def clamp_retry_after(seconds):
    """A server-asked delay within [MIN_GAP_SECONDS, MAX_RETRY_AFTER_SECONDS]; None stays None."""
    if seconds is None:
        return None
    return min(MAX_RETRY_AFTER_SECONDS, max(MIN_GAP_SECONDS, seconds))


class Deadline:
    """A wait budget of ``seconds`` that starts now; ``clock`` and ``sleep`` are swappable for unit tests.

    Sleeping wakes up and raises ``_cancel.Cancelled`` as soon as the job is stopped.
    """

    def __init__(self, seconds, clock=time.monotonic, sleep=None, cancellation=CANCELLATION):
        self._clock = clock
        self._cancellation = cancellation
        self._sleep = sleep or cancellation.sleep
        self.seconds = float(seconds)
        self.started = clock()

    def elapsed(self):
        return self._clock() - self.started

    def remaining(self):
        return self.seconds - self.elapsed()

    def expired(self):
        return self.remaining() <= 0

    def check(self):
        """Raise ``_cancel.Cancelled`` when the job was stopped: called before every request."""
        self._cancellation.check()

    def wait(self, backoff, retry_after=None):
        """Sleep before the next request about the same thing, by the rule; False (no sleep) when it does not fit.

        ``backoff``: the Backoff of this series of requests; ``retry_after``: what the server asked (seconds).
        """
        self._cancellation.check()
        delay = backoff.next_delay(retry_after)
        required = clamp_retry_after(retry_after) or MIN_GAP_SECONDS
        budget = self.remaining()
        if budget < required:
            return False
        self._sleep(min(delay, budget))
        self._cancellation.check()
        return True

    def pause(self, seconds):
        """Sleep ``seconds`` even past the deadline: only for a short grace before one last, necessary read."""
        self._sleep(seconds)
        self._cancellation.check()


class Backoff:
    """Delays for successive requests about one thing, by the rule above."""

    def __init__(self, first=MIN_GAP_SECONDS, maximum=MAX_BACKOFF_SECONDS, jitter=JITTER, rng=random.random):
        self._next = max(MIN_GAP_SECONDS, first)
        self._maximum = maximum
        self._jitter = jitter
        self._rng = rng

    def next_delay(self, retry_after=None):
        asked = clamp_retry_after(retry_after)
        if asked is not None:
            delay = asked
        else:
            delay = self._next
            self._next = min(self._next * 2, self._maximum)
        return delay * (1 + self._jitter * self._rng())


class SettlePolls:
    """Delays between polls of one change Azure is applying, fitted to how long such a change takes.

    ``expected``: (low, high) seconds the change is known to take (the type row's ``put_settle_seconds``), or
    None / (0, 0) (unknown or at once: the plain backoff). Times count from the write's answer (this object's
    creation):

    - a first look at ``FIRST_LOOK_SECONDS`` (changes that are quicker than recorded, an emulator);
    - then ``WINDOW_POLLS`` polls evenly spread over the window, which starts at ``low`` or at
      ``WINDOW_START_SHARE`` of ``high``, whichever is later, the last poll at ``high`` (none at the start: a
      change settling right there is rare);
    - after the window, the backoff from 2 s (doubling, at most ``MAX_BACKOFF_SECONDS``).

    Key Vault (3-66 s recorded): polls at 3, 34.3, 42.2, 50.2, 58.1, 66 s; a 30-50 s approval costs 2-4 polls
    (3.2 on average), each at most one step (7.9 s, 3.6 s on average) after it settled. Jitter is a share of that step, not of the whole delay, so parallel
    workers drift apart without a 30 s delay growing by 3 s. This spacing is our inference from the recorded
    durations (AZURE_BEHAVIOUR.md); no service publishes one.
    """

    def __init__(self, expected, first_look=FIRST_LOOK_SECONDS, window_polls=WINDOW_POLLS, jitter=JITTER,
                 clock=time.monotonic, rng=random.random):
        self._clock = clock
        self._started = clock()
        self._jitter = jitter
        self._rng = rng
        self._planned = [first_look]
        self._step = MIN_GAP_SECONDS
        if expected and expected[1] > first_look:
            high = float(expected[1])
            low = max(float(expected[0]), WINDOW_START_SHARE * high)
            self._step = max(MIN_WINDOW_STEP_SECONDS, (high - low) / float(window_polls))
            at = low + self._step
            while at < high + self._step / 2:
                if at > first_look:
                    self._planned.append(at)
                at += self._step
        self._after = Backoff(first=2.0, jitter=jitter, rng=rng)

    def next_delay(self, retry_after=None):
        elapsed = self._clock() - self._started
        while self._planned and self._planned[0] <= elapsed:
            self._planned.pop(0)
        if self._planned:
            delay = self._planned.pop(0) - elapsed
            delay += self._jitter * min(delay, self._step) * self._rng()
        else:
            delay = self._after.next_delay()
        asked = clamp_retry_after(retry_after)
        return max(delay, asked or MIN_GAP_SECONDS)

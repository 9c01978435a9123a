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

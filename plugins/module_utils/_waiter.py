# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""Bounded waiting: one deadline on the monotonic clock, Retry-After first, otherwise a backoff from 1 s.

The SDKs' own long-running-operation poller waits a blind 30 s between polls; we never use it.
"""

from __future__ import annotations

import email.utils
import time

FIRST_DELAY = 1.0
MAX_DELAY = 15.0


def parse_retry_after(value, now=None):
    """Seconds to wait from a Retry-After header (delta-seconds or an HTTP date); None when absent or unreadable."""
    if value is None:
        return None
    text = str(value).strip()
    if not text:
        return None
    try:
        return max(0.0, float(text))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(text)
    except (TypeError, ValueError):
        return None
    if when is None:
        return None
    now = time.time() if now is None else now
    return max(0.0, when.timestamp() - now)


class Deadline:
    """A wait budget of ``seconds`` that starts now; ``clock`` and ``sleep`` are swappable for unit tests."""

    def __init__(self, seconds, clock=time.monotonic, sleep=time.sleep):
        self._clock = clock
        self._sleep = sleep
        self.seconds = float(seconds)
        self.started = clock()

    def elapsed(self):
        return self._clock() - self.started

    def remaining(self):
        return self.seconds - self.elapsed()

    def expired(self):
        return self.remaining() <= 0

    def sleep(self, delay):
        """Sleep ``delay`` seconds, but never past the deadline. Returns False when no time is left."""
        budget = self.remaining()
        if budget <= 0:
            return False
        self._sleep(max(0.0, min(delay, budget)))
        return True

    def pause(self, seconds):
        """Sleep ``seconds`` even past the deadline: only for a short grace before one last, necessary read."""
        self._sleep(seconds)


class Backoff:
    """Delays for successive polls: the server's Retry-After when it gave one, else 1 s doubling up to 15 s."""

    def __init__(self, first=FIRST_DELAY, maximum=MAX_DELAY):
        self._next = first
        self._maximum = maximum

    def next_delay(self, retry_after=None):
        if retry_after is not None:
            return retry_after
        delay = self._next
        self._next = min(self._next * 2, self._maximum)
        return delay

# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""What the ``pec_events`` event source decides, without talking to Azure: its options, which connections are news
since the last poll, and how long to wait before the next poll.

The source itself (extensions/eda/plugins/event_source/pec_events.py) only reads, asks this file, and puts events
on ansible-rulebook's queue.
"""

from __future__ import annotations

import asyncio
import datetime
import logging
import os

from ansible.module_utils.parsing.convert_bool import boolean

from ansible_collections.privatelink.azure.plugins.module_utils import _defaults
from ansible_collections.privatelink.azure.plugins.module_utils._auth import AUTH_ARGSPEC
from ansible_collections.privatelink.azure.plugins.module_utils._discovery import CHOICES as DISCOVERY_CHOICES
from ansible_collections.privatelink.azure.plugins.module_utils._scope import Scope, ScopeError
from ansible_collections.privatelink.azure.plugins.plugin_utils._policy import (
    PolicyError, build_plan, check_rules)

# What is already there at the first successful poll: every connection, only those waiting for a decision, or none.
EMIT_EXISTING_CHOICES = ("all", "pending", "none")
SCOPE_OPTIONS = ("resources", "resource_groups", "subscriptions", "resource_types", "exclude_subscriptions")
WATCH_OPTIONS = ("poll_interval", "max_backoff", "emit_existing_at_start", "discovery", "rules")
# Decisions of the role's rules that change a connection (keep, refused and no match leave it as it is).
CHANGE_ACTIONS = ("approve", "reject", "remove")
PATH_OPTIONS = ("x509_certificate_path", "federated_token_file", "ca_bundle")

LOG = logging.getLogger("privatelink.azure.pec_events")


class WatchOptionError(ValueError):
    """An option of the event source is wrong; the message names it and says what to change."""


class ReadFailed(Exception):
    """A poll could not read the whole scope. ``retry_after``: the server's Retry-After (seconds) or None."""

    def __init__(self, msg, retry_after=None):
        super().__init__(msg)
        self.retry_after = retry_after


def _positive_seconds(args, name, default):
    value = args.get(name, default)
    try:
        seconds = float(value)
    except (TypeError, ValueError):
        seconds = 0.0
    if seconds <= 0:
        raise WatchOptionError("%s: expected a number of seconds greater than 0, got %r" % (name, value))
    return seconds


def _emit_existing(value):
    if isinstance(value, bool):
        return "all" if value else "none"
    text = str(value).strip().lower()
    if text in EMIT_EXISTING_CHOICES:
        return text
    try:
        return "all" if boolean(text) else "none"
    except TypeError:
        raise WatchOptionError("emit_existing_at_start: expected one of %s (or true = all, false = none), got %r"
                               % (", ".join(EMIT_EXISTING_CHOICES), value)) from None


def watch_options(args):
    """The source's arguments checked and split: ``{"poll_interval", "max_backoff", "emit_existing", "scope" (a
    _scope.Scope), "discovery", "auth"}``. Raises WatchOptionError naming the option to fix; nothing is read from Azure yet."""
    args = dict(args or {})
    known = set(SCOPE_OPTIONS) | set(WATCH_OPTIONS) | set(AUTH_ARGSPEC)
    unknown = sorted(set(args) - known)
    if unknown:
        raise WatchOptionError("unknown option(s) %s; the options are %s"
                               % (", ".join(unknown), ", ".join(sorted(known))))
    poll_interval = _positive_seconds(args, "poll_interval", _defaults.POLL_INTERVAL)
    max_backoff = _positive_seconds(args, "max_backoff", _defaults.MAX_BACKOFF)
    if max_backoff < poll_interval:
        raise WatchOptionError("max_backoff (%s) must not be shorter than poll_interval (%s)"
                               % (args.get("max_backoff"), args.get("poll_interval", _defaults.POLL_INTERVAL)))
    try:
        # The fleet reader's scope: the role's variables, named here without their pec_approval_ prefix.
        scope = Scope.from_options(**{name: args.get(name) for name in SCOPE_OPTIONS})
    except ScopeError as exc:
        raise WatchOptionError(str(exc)) from None
    discovery = str(args.get("discovery") or _defaults.DISCOVERY)
    if discovery not in DISCOVERY_CHOICES:
        raise WatchOptionError("discovery: expected one of %s, got %r" % (", ".join(DISCOVERY_CHOICES), discovery))
    rules = args.get("rules") or None
    if rules is not None:
        try:
            check_rules(rules)
        except PolicyError as exc:
            raise WatchOptionError("rules: %s" % exc) from None
    auth = {name: args.get(name, spec.get("default")) for name, spec in AUTH_ARGSPEC.items()}
    for name in PATH_OPTIONS:
        if auth[name]:
            auth[name] = os.path.expanduser(str(auth[name]))  # what type=path does for the modules
    return {
        "poll_interval": poll_interval,
        "max_backoff": max_backoff,
        "emit_existing": _emit_existing(args.get("emit_existing_at_start", "pending")),
        "scope": scope,
        "discovery": discovery,
        "rules": rules,
        "auth": auth,
    }


def connection_key(connection):
    """ARM ids compare case-insensitively."""
    return str(connection.get("id") or "").lower()


def _same_status(before, after):
    return str(before.get("status") or "").lower() == str(after.get("status") or "").lower()


def event(connection, kind, previous_status, detected_at):
    """One event: the connection dict of the modules, plus what changed."""
    return {
        "connection": connection,
        "change": {
            "kind": kind,                        # appeared | status_changed | existing
            "previous_status": previous_status,  # None unless kind is status_changed
            "status": connection.get("status"),
            "detected_at": detected_at,
        },
    }


def changes_by(rules):
    """For the ``rules`` option: a function that gives the keys of the connections these rules (the pec_approval
    role's, first match wins) would change, decided exactly as the role decides."""
    def would_change(connections):
        connections = list(connections)
        decided = build_plan({"connections": connections}, rules, max_destructive_changes=len(connections))
        return {str(decision["connection_id"]).lower() for decision in decided["decisions"]
                if decision["action"] in CHANGE_ACTIONS}
    return would_change


class Watch:
    """The connections already reported, and the events a successful poll brings.

    Only successful polls reach ``observe()``: a failed poll is not a poll in which everything vanished. The
    first one reports what exists according to ``emit_existing`` and becomes the baseline; later ones report each
    connection that appeared or whose status changed. ``emitted()`` records an event once it is on the queue, so
    events not yet handed over are still news at the next poll; ``settled()`` forgets connections that are gone
    (a connection recreated later appears again).

    ``would_change`` (optional, see ``changes_by``): at the first poll, a connection is reported only when the
    policy would change it, whenever it arrived. One the rules leave as it is (``keep``, no match) is not reported
    at the first poll, whether it was reported before the restart or arrived while the source was down: no state
    survives a restart (an EDA controller activation starts in a fresh container), so the two cannot be told apart,
    and the playbook would decide nothing for it. Such connections are named in one log line instead; a later
    change of status is news as usual.
    """

    def __init__(self, emit_existing="pending", would_change=None):
        if emit_existing not in EMIT_EXISTING_CHOICES:
            raise WatchOptionError("emit_existing_at_start: %r is not one of %s"
                                   % (emit_existing, ", ".join(EMIT_EXISTING_CHOICES)))
        self.emit_existing = emit_existing
        self.would_change = would_change
        self.known = None  # None until the first successful poll

    def observe(self, connections, detected_at):
        """The events of one successful poll, in a stable order (by connection id)."""
        current = sorted(connections, key=connection_key)
        if self.known is None:
            self.known = {}
            wanted = {"all": lambda c: True, "pending": lambda c: str(c.get("status")).lower() == "pending",
                      "none": lambda c: False}[self.emit_existing]
            changing = self.would_change(current) if self.would_change is not None else None
            events, withheld = [], []
            for connection in current:
                if wanted(connection) and (changing is None or connection_key(connection) in changing):
                    events.append(event(connection, "existing", None, detected_at))
                else:
                    if wanted(connection):
                        withheld.append(connection_key(connection))
                    self.known[connection_key(connection)] = connection
            if withheld:
                LOG.info("pec_events: %d existing connection(s) not sent at the first poll, the rules leave them as "
                         "they are (keep, or no rule matches): %s", len(withheld), ", ".join(withheld))
            return events
        events = []
        for connection in current:
            before = self.known.get(connection_key(connection))
            if before is None:
                events.append(event(connection, "appeared", None, detected_at))
            elif not _same_status(before, connection):
                events.append(event(connection, "status_changed", before.get("status"), detected_at))
        return events

    def emitted(self, emitted_event):
        connection = emitted_event["connection"]
        self.known[connection_key(connection)] = connection

    def settled(self, connections):
        """After every event of the poll is on the queue: the poll's connections are the new baseline."""
        self.known = {connection_key(connection): connection for connection in connections}


class PollPacer:
    """Seconds until the next poll: the poll interval after a success; after failures the interval doubled per
    failure in a row, up to ``max_backoff``, and never less than the server's Retry-After."""

    def __init__(self, poll_interval, max_backoff):
        self.poll_interval = float(poll_interval)
        self.max_backoff = float(max_backoff)
        self.failures = 0

    def after_success(self):
        self.failures = 0
        return self.poll_interval

    def after_failure(self, retry_after=None):
        self.failures += 1
        delay = min(self.max_backoff, self.poll_interval * 2 ** min(self.failures, 32))
        if retry_after is not None:
            delay = max(delay, float(retry_after))
        return delay


def utc_now():
    return datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


async def poll_forever(queue, read, watch, pacer, sleep=asyncio.sleep, now=utc_now):
    """Poll until cancelled: ``read()`` (blocking, run in a thread so that the event loop stays responsive) returns
    every connection in scope or raises ReadFailed; news goes on ``queue``; then wait what ``pacer`` says."""
    while True:
        try:
            connections = await asyncio.to_thread(read)
        except ReadFailed as failure:
            delay = pacer.after_failure(failure.retry_after)
            LOG.warning("pec_events: poll failed (%d in a row); next poll in %.0f s: %s", pacer.failures, delay, failure)
        else:
            for news in watch.observe(connections, now()):
                await queue.put(news)
                watch.emitted(news)
            watch.settled(connections)
            delay = pacer.after_success()
        await sleep(delay)

# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""Read a whole scope (resources, resource groups, subscriptions) in one process: the fleet reader.

Used by the module azure_pec_scope_info (and so by the role), the inventory plugin and the event source::

    from ansible_collections.privatelink.azure.plugins.module_utils._scope import Scope, ScopeError, read_scope

    scope = Scope.from_options(resources=[...], resource_groups=[...], subscriptions=[...],
                               resource_types=None, prefix="")      # raises ScopeError (a ValueError)
    found = read_scope(auth_params, scope, parallelism=8, timeout=120)

``auth_params``: the auth options (``_auth.AUTH_ARGSPEC`` names; environment fallbacks apply). ``found`` is a dict:
``subscription_id`` (the credentials' default), ``resources`` (one per parent in scope: ``id``, ``name``,
``type``, ``resource_group``, ``subscription_id``, ``location``, ``tags``, ``connections`` (count),
``connections_by_status``), ``connections`` (the connection dicts of docs/design.md, each once, parent tags
included), ``errors`` (``{"scope", "msg", "azure_error"}``: what could not be read), ``reads`` (one per request
series: ``type``, ``subscription_id``, ``resource_group``, ``name``, ``method`` list/get, ``parents``, ``failed``),
``warnings`` and ``retry_after`` (the longest Retry-After of the failed reads, seconds, or None). It never raises
for Azure or sign-in problems: they are in ``errors``.

Cost: one sign-in (one credential for every subscription, its token fetched once before the reads start) and one
paged list per type and subscription, run concurrently (at most ``parallelism`` at once), all retries bounded by
``timeout``. A type and subscription the scope names only a few resources or groups of
(``ONE_BY_ONE_LIMIT``) is read with one GET per resource and one paged list per group instead, which is cheaper
and names exactly what could not be read.

Over a larger scope (``discovery``: ``_discovery.py``) the candidates come from one Azure Resource Graph query
instead; each connection and resource says where it was read (``source``) and when (``read_at``). With nothing
named at all, the scope is every subscription the identity can list, less ``exclude_subscriptions``.
"""

from __future__ import annotations

import re
from concurrent.futures import ThreadPoolExecutor

from ansible_collections.privatelink.azure.plugins.module_utils import _arm, _defaults
from ansible_collections.privatelink.azure.plugins.module_utils._auth import (
    AuthConfigError, azure_session)
from ansible_collections.privatelink.azure.plugins.module_utils._arm_pipeline import ArmReads
from ansible_collections.privatelink.azure.plugins.module_utils._calls import AzureCallFailed, ServiceCalls
from ansible_collections.privatelink.azure.plugins.module_utils._connect import (
    ThreadClients, failure_from_call, first_token_failure)
from ansible_collections.privatelink.azure.plugins.module_utils._discovery import (
    RESOURCE_PROVIDER, after_graph, batch_retry_after, choose, graph_reads, lists_instead, visible_subscriptions)
from ansible_collections.privatelink.azure.plugins.module_utils._format import utc_now
from ansible_collections.privatelink.azure.plugins.module_utils._subscriptions import left_out, read_only, readable
from ansible_collections.privatelink.azure.plugins.module_utils._info import connections_of
from ansible_collections.privatelink.azure.plugins.module_utils._types import ROWS, row_for, unknown_type
from ansible_collections.privatelink.azure.plugins.module_utils._waiter import Deadline

# At most this many named resources and resource groups of one type in one subscription are read one by one;
# more are read with the subscription's paged list.
ONE_BY_ONE_LIMIT = 4
_SEPARATORS = re.compile(r"[,\s]+")
_GUID = re.compile(r"^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$")


class ScopeError(ValueError):
    """The scope given is unusable; the message names the variable (or option) and what to change."""


def split_list(value, where):
    """A list of strings from a list, or from one string of comma-, space- or newline-separated items (AWX surveys).

    Strings inside a list are split too. Dicts are kept as they are, for the caller to check.
    """
    if value is None or value == "":
        return []
    items = value if isinstance(value, (list, tuple)) else [value]
    found = []
    for item in items:
        if isinstance(item, str):
            found.extend(part for part in _SEPARATORS.split(item) if part)
        elif isinstance(item, dict):
            found.append(item)
        else:
            raise ScopeError("%s: expected strings (or a comma- or newline-separated string), got %r" % (where, item))
    return found


def _service(value, where):
    service = row_for(value)
    if service is None:
        raise ScopeError(unknown_type(value, where))
    return service


def _subscription(value, where):
    """'' stands for the credentials' default subscription; anything else must be a subscription id (a GUID)."""
    value = str(value or "").strip()
    if value and not _GUID.match(value):
        raise ScopeError("%s: %r is not a subscription id; give its GUID, e.g. 00000000-0000-0000-0000-000000000000"
                         % (where, value))
    return value


class Target:
    """One named thing in scope: a subscription, a resource group or a resource."""

    def __init__(self, subscription_id, resource_group=None, service=None, name=None):
        self.subscription_id = subscription_id  # '' = the credentials' default
        self.resource_group = resource_group
        self.service = service
        self.name = name

    def describe(self, subscription_id):
        where = " in subscription %s" % subscription_id
        if self.name:
            return "%s%s" % (self.service.describe_parent(self.resource_group, self.name), where)
        if self.resource_group:
            return "resource group '%s'%s" % (self.resource_group, where)
        return "subscription %s" % subscription_id


class Scope:
    """What to read: named resources (any type), resource groups and subscriptions (of ``types``).

    ``all_subscriptions``: nothing was named, so every subscription the identity can list is in scope (resolved
    once listed); ``excluded``: lower-case ids of subscriptions left out of everything.
    """

    def __init__(self, resources, resource_groups, subscriptions, types, all_subscriptions=False, excluded=()):
        self.resources = resources
        self.resource_groups = resource_groups
        self.subscriptions = subscriptions
        self.types = types
        self.all_subscriptions = all_subscriptions
        self.excluded = frozenset(excluded)

    @classmethod
    def from_options(cls, resources=None, resource_groups=None, subscriptions=None, resource_types=None, prefix="",
                     exclude_subscriptions=None):
        """Check and normalise the scope options; ``prefix`` is put before option names in messages.

        Nothing named at all: every subscription the identity can list (``all_subscriptions``).
        """
        types = [_service(value, "%sresource_types" % prefix)
                 for value in split_list(resource_types, "%sresource_types" % prefix)] or list(ROWS)
        named = []
        for index, entry in enumerate(split_list(resources, "%sresources" % prefix)):
            named.append(_resource(entry, "%sresources[%d]" % (prefix, index)))
        groups = []
        for index, entry in enumerate(split_list(resource_groups, "%sresource_groups" % prefix)):
            groups.append(_group(entry, "%sresource_groups[%d]" % (prefix, index)))
        subscriptions = [Target(_subscription(value, "%ssubscriptions[%d]" % (prefix, index)))
                         for index, value in enumerate(split_list(subscriptions, "%ssubscriptions" % prefix))]
        if any(not target.subscription_id for target in subscriptions):
            raise ScopeError("%ssubscriptions: a subscription id may not be empty" % prefix)
        where = "%sexclude_subscriptions" % prefix
        excluded = [_subscription(value, "%s[%d]" % (where, index))
                    for index, value in enumerate(split_list(exclude_subscriptions, where))]
        if any(not value for value in excluded):
            raise ScopeError("%s: a subscription id may not be empty" % where)
        return cls(named, groups, subscriptions, list(dict.fromkeys(types)),
                   all_subscriptions=not (named or groups or subscriptions),
                   excluded={value.lower() for value in excluded})

    def resolved(self, default_subscription, visible=None):
        """A copy with '' replaced by the default subscription id, the subscriptions the identity can see
        (``visible``, ids) in scope when it names none, and the excluded subscriptions left out."""
        def resolve(targets):
            resolved = (Target(t.subscription_id or default_subscription, t.resource_group, t.service, t.name)
                        for t in targets)
            return [t for t in resolved if t.subscription_id.lower() not in self.excluded]
        subscriptions = [Target(value) for value in visible or ()] if self.all_subscriptions else self.subscriptions
        return Scope(resolve(self.resources), resolve(self.resource_groups), resolve(subscriptions), self.types,
                     self.all_subscriptions, self.excluded)

    def subscription_ids(self):
        """Every subscription the scope touches (after ``resolved``), each once, in a stable order."""
        found = {}
        for target in self.subscriptions + self.resource_groups + self.resources:
            found.setdefault(target.subscription_id.lower(), target.subscription_id)
        return [found[key] for key in sorted(found)]

    def services_read(self):
        """The types this scope reads: its types, and those of the resources it names."""
        return list(dict.fromkeys(self.types + [t.service for t in self.resources]))

    def contains(self, service, subscription_id, resource_group, name):
        """Whether a parent is in scope (after ``resolved``); ARM names compare case-insensitively."""
        subscription_id, resource_group, name = (
            str(v or "").lower() for v in (subscription_id, resource_group, name))
        for target in self.resources:
            if (target.service is service and target.subscription_id.lower() == subscription_id
                    and target.resource_group.lower() == resource_group and target.name.lower() == name):
                return True
        if service not in self.types:
            return False
        return any(t.subscription_id.lower() == subscription_id for t in self.subscriptions) or any(
            t.subscription_id.lower() == subscription_id and t.resource_group.lower() == resource_group
            for t in self.resource_groups)

    def rows_read(self):
        """The rows of the types this scope reads: its types, and those of the resources it names."""
        return [row for row in ROWS if row in self.types or any(t.service is row for t in self.resources)]

    def reads(self):
        """The reads covering the scope (after ``resolved``): [Read], each once, in a stable order."""
        whole = {t.subscription_id.lower() for t in self.subscriptions}
        keys = []
        for service in ROWS:
            subscriptions = {t.subscription_id.lower(): t.subscription_id for t in self.resources if t.service is service}
            if service in self.types:
                subscriptions.update((t.subscription_id.lower(), t.subscription_id)
                                     for t in self.subscriptions + self.resource_groups)
            keys.extend((service, subscriptions[key]) for key in sorted(subscriptions))
        reads = []
        for service, subscription_id in keys:
            key = subscription_id.lower()
            groups = [] if service not in self.types else _unique(
                t for t in self.resource_groups if t.subscription_id.lower() == key)
            grouped = {g.resource_group.lower() for g in groups}
            named = _unique(t for t in self.resources if t.service is service and t.subscription_id.lower() == key)
            # A named resource in a group the scope also names is read by the group's list, and still expected
            # there by name: a list leaves out what the identity may not read, without a word.
            in_groups = [t for t in named if t.resource_group.lower() in grouped]
            alone = [t for t in named if t.resource_group.lower() not in grouped]
            if (service in self.types and key in whole) or len(groups) + len(alone) > ONE_BY_ONE_LIMIT:
                reads.append(Read(service, Target(subscription_id), groups + named))
            else:
                reads.extend(Read(service, group, [group] + [t for t in in_groups if _same_group(t, group)])
                             for group in groups)
                reads.extend(Read(service, target, [target]) for target in alone)
        return reads


def _same_group(target, group):
    return target.resource_group.lower() == group.resource_group.lower()


def _unique(targets):
    seen = {}
    for target in targets:
        seen.setdefault((target.resource_group or "").lower() + "/" + (target.name or "").lower(), target)
    return list(seen.values())


def _resource(entry, where):
    if isinstance(entry, str):
        parsed = _arm.parse_id(entry)
        if not parsed or not parsed["resource_group"] or not parsed["provider"] or len(parsed["segments"]) != 1:
            raise ScopeError("%s: %r is not a resource id; give /subscriptions/<id>/resourceGroups/<group>/providers/"
                             "<type>/<name>, or a dict with type, resource_group, name (and subscription_id)"
                             % (where, entry))
        entry = {"type": "%s/%s" % (parsed["provider"], parsed["segments"][0][0]), "name": parsed["name"],
                 "resource_group": parsed["resource_group"], "subscription_id": parsed["subscription_id"]}
    if not all(isinstance(entry.get(key), str) and entry.get(key) for key in ("type", "resource_group", "name")):
        raise ScopeError("%s: give type, resource_group and name (and optionally subscription_id), got %r"
                         % (where, entry))
    return Target(_subscription(entry.get("subscription_id"), where), entry["resource_group"],
                  _service(entry["type"], where + ".type"), entry["name"])


def _group(entry, where):
    if isinstance(entry, str):
        parsed = _arm.parse_id(entry)
        if parsed is not None:
            if not parsed["resource_group"] or parsed["provider"] or parsed["segments"]:
                raise ScopeError("%s: %r is not a resource group id (/subscriptions/<id>/resourceGroups/<name>)"
                                 % (where, entry))
            entry = {"name": parsed["resource_group"], "subscription_id": parsed["subscription_id"]}
        else:
            entry = {"name": entry}
    if not isinstance(entry.get("name"), str) or not entry.get("name"):
        raise ScopeError("%s: give a resource group name (or {name, subscription_id}), got %r" % (where, entry))
    return Target(_subscription(entry.get("subscription_id"), where), entry["name"])


class Read:
    """One request series: a subscription's or a group's paged list of one type, or one GET of a named resource.

    ``expected``: the named resources and groups this read must find (missing ones are errors).
    """

    def __init__(self, service, target, expected):
        self.service = service
        self.target = target
        self.expected = expected
        self.parents = []
        self.error = None  # (message, AzureError or None)
        self.source = RESOURCE_PROVIDER
        self.read_at = None

    def run(self, calls):
        target = self.target
        try:
            if target.name:
                self.parents = [calls.get_parent(target.resource_group, target.name)]
            else:
                self.parents = calls.list_parents(target.resource_group)
        except AzureCallFailed as failure:
            self.error = failure
        self.parents = [parent for parent in self.parents if parent]
        self.read_at = utc_now()

    def summary(self):
        return {"type": self.service.parent_type, "subscription_id": self.target.subscription_id,
                "resource_group": self.target.resource_group, "name": self.target.name,
                "method": "get" if self.target.name else "list", "parents": len(self.parents),
                "failed": self.error is not None}


def _error(scope, msg, azure=None):
    return {"scope": scope, "msg": msg, "azure_error": azure.as_dict() if azure is not None else None}


def read_scope(auth_params, scope, parallelism=_defaults.PARALLELISM, timeout=_defaults.SCOPE_TIMEOUT, environ=None,
               session=None, discovery=_defaults.DISCOVERY, cache=None):
    """Read every connection in ``scope`` (a Scope); see the module docstring for the result.

    ``session``: an AzureSession to reuse (and leave open) instead of signing in from ``auth_params``; a caller
    that reads again and again (the event source) keeps one credential, whose token cache then spares sign-ins.
    ``discovery``: auto, resource_graph or arm (``_discovery``); ``cache``: a dict kept by a caller that reads
    again and again, for the subscription list.
    """
    deadline = Deadline(timeout)
    found = {"subscription_id": None, "resources": [], "connections": [], "errors": [], "reads": [], "warnings": [],
             "retry_after": None, "discovery": None}
    own_session = session is None
    if own_session:
        try:
            session = azure_session(auth_params, environ=environ, timeout=max(1.0, deadline.remaining()))
        except AuthConfigError as exc:
            found["errors"].append(_error("sign-in", str(exc)))
            return found
    try:
        found["subscription_id"] = session.subscription_id
        found["warnings"] = list(session.warnings)
        if not session.subscription_id and _needs_default(scope):
            found["errors"].append(_error("sign-in", "No default subscription: give subscription_id (or set "
                                                     "AZURE_SUBSCRIPTION_ID), or name the subscription of every "
                                                     "resource and resource group."))
            return found
        failure = first_token_failure(session)  # one token for every subscription and thread
        if failure:
            found["errors"].append(_error("sign-in", failure))
            return found
        scope, reads = _discover(found, scope, session, deadline, parallelism, discovery, cache)
    finally:
        if own_session:
            session.close()
    if scope is not None:
        _collect(found, scope, reads, session)
    return found


def _discover(found, scope, session, deadline, parallelism, discovery, cache):
    """Resolve the scope and read it the way ``discovery`` chooses; (resolved scope or None, reads)."""
    arm = ArmReads(session, deadline)
    listed = None
    try:
        if scope.all_subscriptions:
            listed = visible_subscriptions(arm, cache)
        scope = scope.resolved(session.subscription_id or "", None if listed is None else readable(listed))
        method = choose(discovery, len(scope.reads()))
        if method == "resource_graph" and listed is None:
            listed = visible_subscriptions(arm, cache)
    except AzureCallFailed as failure:
        problem = "Could not list the subscriptions this identity can see: %s failed: %s" % (
            failure.what, failure.error.describe())
        # A scope that names its subscriptions can be read by the lists without the subscription list (bounded).
        read_lists, note = (False, None) if discovery != "auto" or scope.all_subscriptions else lists_instead(
            problem, len(scope.reads()), failure.error.transient)
        if not read_lists:
            found["errors"].append(_error("the subscriptions this identity can see", note or problem, failure.error))
            _note_retry_after(found, [failure.error.retry_after])
            return None, []
        found["warnings"].append(note)
        method = "arm"
    found["discovery"] = {"requested": discovery, "method": method, "subscriptions": len(scope.subscription_ids()),
                          "all_subscriptions": scope.all_subscriptions, "excluded": sorted(scope.excluded),
                          "left_out": _left_out(scope, listed), "read_only": _read_only(scope, listed)}
    for entry in found["discovery"]["left_out"]:
        found["warnings"].append("Subscription %s (%s) was left out: %s." % (
            entry["subscription_id"], entry["name"], entry["reason"]))
    for entry in found["discovery"]["read_only"]:
        found["warnings"].append("Subscription %s (%s) is %s: its connections are read, but ARM refuses every change "
                                 "there (ReadOnlyDisabledSubscription) until it is enabled again." % (
                                     entry["subscription_id"], entry["name"], entry["state"]))
    if scope.all_subscriptions and not scope.subscriptions:
        found["errors"].append(_error("the subscriptions this identity can see", "This identity can list no "
                                      "subscription%s: name the subscriptions, resource groups or resources to read, "
                                      "or give it a role on a subscription." % (
                                          " but the excluded ones" if scope.excluded else "")))
        return scope, []
    if method == "resource_graph":
        candidates, batches, errors = graph_reads(scope, arm, listed)
        read_lists, note = after_graph(discovery, batches, len(scope.reads()))
        if note:
            found["warnings"].append(note)
        if not read_lists:
            found["reads"].extend(batch.summary() for batch in batches)
            found["errors"].extend(_error(where, msg, azure) for where, msg, azure in errors)
            _note_retry_after(found, [batch_retry_after(batch) for batch in batches if batch.throttled])
            return scope, candidates + _follow_up(candidates, session, deadline, parallelism)
        found["discovery"]["method"] = "arm"
    reads = scope.reads()
    _run_reads(reads, session, deadline, parallelism)
    return scope, reads + _follow_up(reads, session, deadline, parallelism)


def _follow_up(reads, session, deadline, parallelism):
    """Every resource the scope names is read or reported: one a list or Resource Graph left out (the identity
    may not read it, or the graph lags) is asked for by name, so that Azure says why (403 AuthorizationFailed,
    404) with its code, message and request id. Returns those GETs, run."""
    follow_ups = []
    for read in reads:
        missing = _missing_named(read)
        read.expected = [target for target in read.expected if target not in missing]
        follow_ups.extend(Read(read.service, target, [target]) for target in missing)
    _run_reads(follow_ups, session, deadline, parallelism)
    return follow_ups


def _missing_named(read):
    """The named resources a list (or a Resource Graph candidate) was expected to show and did not."""
    target = getattr(read, "target", None)
    if read.error is not None or (target is not None and target.name):
        return []
    found = set()
    for parent in read.parents:
        parsed = _arm.parse_id(parent.get("id")) or {}
        found.add(((parsed.get("resource_group") or "").lower(), (parsed.get("name") or "").lower()))
    return [named for named in read.expected
            if named.name and (named.resource_group.lower(), named.name.lower()) not in found]


def _left_out(scope, listed):
    """The listed subscriptions of the scope not read for their state (all of them when the scope is every one)."""
    wanted = {value.lower() for value in scope.subscription_ids()}
    return [entry for entry in left_out(listed or [])
            if (scope.all_subscriptions and entry["subscription_id"].lower() not in scope.excluded)
            or entry["subscription_id"].lower() in wanted]


def _read_only(scope, listed):
    """The subscriptions of the scope that are read but refuse writes (known when the subscription list was read)."""
    return read_only(listed or [], scope.subscription_ids())


def _note_retry_after(found, seconds):
    """For callers that read again (the event source): never sooner than the longest wait Azure asked for."""
    for value in seconds:
        if value is not None and value > (found["retry_after"] or 0):
            found["retry_after"] = value


def _needs_default(scope):
    return any(not t.subscription_id for t in scope.resources + scope.resource_groups)


def _run_reads(reads, session, deadline, parallelism):
    clients = ThreadClients()

    def run(read):
        # Plain ARM JSON for every type, those with an SDK too: the same requests, without the SDK's models.
        client = clients.get(read.service, session, read.target.subscription_id, plain_json=True)
        read.run(ServiceCalls(read.service, client, deadline))

    if not reads:
        return
    with ThreadPoolExecutor(max_workers=max(1, min(parallelism, len(reads)))) as pool:
        list(pool.map(run, reads))


def _collect(found, scope, reads, session):
    seen = set()
    for read in reads:
        summary = read.summary()
        if summary is not None:
            found["reads"].append(summary)
        if read.error is not None:
            found["errors"].append(_read_error(read, session))
            _note_retry_after(found, [read.error.error.retry_after])
            continue
        names = set()
        for parent in read.parents:
            parsed = _arm.parse_id(parent.get("id")) or {}
            names.add(((parsed.get("resource_group") or "").lower(), (parsed.get("name") or "").lower()))
            key = _arm.normalize_id(parent.get("id"))
            if key in seen or not scope.contains(read.service, parsed.get("subscription_id"),
                                                 parsed.get("resource_group"), parsed.get("name")):
                continue
            seen.add(key)
            connections = [dict(connection, source=read.source, read_at=read.read_at)
                           for connection in connections_of(read.service, parent)]
            found["connections"].extend(connections)
            found["resources"].append(dict(_resource_summary(read.service, parent, parsed, connections),
                                           source=read.source, read_at=read.read_at))
        for target in read.expected:
            if target.name and (target.resource_group.lower(), target.name.lower()) not in names:
                found["errors"].append(_error(
                    target.describe(target.subscription_id),
                    "%s was not found: it does not exist, or this identity may not read it."
                    % target.describe(target.subscription_id)))


def _read_error(read, session):
    """The read's failure as the modules report theirs (``_connect.failure_from_call``), after "Could not read X: "."""
    target = read.target
    what = target.describe(target.subscription_id)
    if not target.name:
        what = "the %ss of %s" % (read.service.label, what)
    failure = failure_from_call(read.error, session, prefix="Could not read %s: " % what)
    return _error(what, failure.msg, failure.azure)


def _resource_summary(service, parent, parsed, connections):
    by_status = {status: 0 for status in service.statuses}
    for connection in connections:
        status = connection.get("status") or "Unknown"
        by_status[status] = by_status.get(status, 0) + 1
    return {"id": parent.get("id"), "name": parsed.get("name") or parent.get("name"), "type": service.parent_type,
            "resource_group": parsed.get("resource_group"), "subscription_id": parsed.get("subscription_id"),
            "location": parent.get("location"), "tags": parent.get("tags") or {}, "connections": len(connections),
            "connections_by_status": by_status}

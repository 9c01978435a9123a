# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The shape of a row of the type table: one frozen row per ARM parent type with private endpoint connections.

The rows themselves are data in ``_type_table``; every fact of a row is written there as ``Fact(value, source)``
and its source stays readable in ``row.sources[field]``. Everything else reads them through ``_types``.
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Mapping, Optional, Tuple

# Where a fact may come from (/work/shared/AZURE_BEHAVIOUR.md: real traffic wins over the spec; say "our inference"
# where nothing says it).
SOURCE_KINDS = ("recording:", "spec:", "spec example:", "doc:", "our inference:")
# What "remove" leaves, in refusals and plans.
ABSENT = "Absent"


@dataclass(frozen=True)
class Fact:
    """One fact about a service and where it comes from (a recording, a spec, a doc page, or our inference)."""

    value: Any
    source: str


@dataclass(frozen=True)
class Answer:
    """What a PUT or a DELETE of a connection answers."""

    codes: Tuple[int, ...] = (200,)
    lro: bool = False                       # accepted now, finished later (202, or 200 Updating)
    async_header: Optional[str] = None      # Azure-AsyncOperation or Location, when the service sends one
    body_at_once: Optional[str] = None      # PUT: the provisioningState its body shows (Updating, Succeeded), or none
    method: str = "PUT"                     # the HTTP method of a change (Batch accounts take PATCH)


@dataclass(frozen=True)
class Transition:
    """A status change the service refuses, and what it answers to it."""

    current: str    # the connection's status
    wanted: str     # Approved, Rejected or Absent (removed)
    answer: str     # what Azure answers, e.g. "400 InvalidValuesForRequestParameters"


@dataclass(frozen=True)
class SdkBinding:
    """The management SDK a row keeps for its requests (the three first types; every other type uses ARM JSON)."""

    module: str
    client_class: str
    package: str
    connections_group: str
    list_connections: str
    delete_connection: str
    parents_group: str
    get_parent: str
    list_parents_in_group: str
    list_parents: str


# The fields of a row that are facts about the service: each must be a Fact in the table.
FACT_FIELDS = (
    "api_version", "api_versions_seen", "connections_listing", "list_paged", "connection_segment", "get_missing",
    "put", "put_settle_seconds", "delete", "actions_field", "writable_fields", "put_body_shape", "statuses",
    "transitional_statuses", "writable",
    "provisioning_states", "refused_transitions", "resends_same_status", "busy_codes", "group_ids",
) + ("connection_group_ids", "approval_action")


@dataclass(frozen=True, kw_only=True, eq=False)
class ResourceType:
    """One ARM parent type: who it is (not facts) and what it does (facts, each with its source in ``sources``).

    In ``_type_table`` every fact field is given as ``Fact(value, source)`` (none has a default: a row says every
    fact and where it comes from); once built, the field holds the plain value and ``sources[field]`` the source.
    Rows compare by identity.
    """

    arm_type: str                   # canonical ARM type of the parent, e.g. Microsoft.Sql/servers
    label: str                      # for messages and docs: "SQL server"
    names: Tuple[str, ...]          # what users may write instead of arm_type (any case); the first is the key
    parent_option: str              # the option naming the parent in a module of its own (vault_name, ...)
    key: str = ""                   # short identifier (inventory groups); default names[0]
    sdk: Optional[SdkBinding] = None  # None: plain ARM JSON requests (_arm_client)
    api_version: Any  # the api-version sent by default (stable, from the REST specifications)
    api_versions_seen: Any  # versions real clients were recorded sending, or the spec publishes
    connections_listing: Any  # "collection": {parent}/privateEndpointConnections; "parent_only"
    list_paged: Any  # the connections list may have a nextLink
    connection_segment: Any
    get_missing: Any  # what a GET of a missing connection answers: 404 or 204
    put: Any
    put_settle_seconds: Any  # (low, high) seconds until Succeeded after a PUT, when known
    delete: Any
    actions_field: Any  # actionsRequired, actionRequired, or None
    writable_fields: Any
    put_body_shape: Any  # where the state goes in a write
    writable: Any  # False: the connections can only be read (no PUT or DELETE in the spec)
    statuses: Any
    transitional_statuses: Any  # statuses shown while a change runs (Approving, Rejecting, ...): busy
    provisioning_states: Any
    refused_transitions: Any  # Transition(...)s
    resends_same_status: Any  # False: a PUT repeating the current status is refused (Storage: 400)
    busy_codes: Any  # 409 codes meaning "another change is still running"
    group_ids: Any  # the private link sub-resources endpoints target (blob, sqlServer, ...)
    approval_action: Any = Fact(False, "our inference: no source lists an approval action as needed for the "
                                       "owner's PUT of this type (docs/permissions.md)")
    sources: Mapping[str, str] = field(default_factory=dict)
    # Whether the connection bodies name their group ids (properties.groupIds / groupId): True, False (a group_ids
    # rule condition can never hold on this type), or None while nobody has checked it for the type.
    connection_group_ids: Any = Fact(None, "our inference: not checked for this type yet")

    def __post_init__(self):
        sources = {}
        for name in FACT_FIELDS:
            value = getattr(self, name)
            if not isinstance(value, Fact):
                raise TypeError("%s: fact %r must be a Fact(value, source), got %r" % (self.arm_type, name, value))
            object.__setattr__(self, name, _frozen(value.value))
            sources[name] = value.source
        object.__setattr__(self, "sources", MappingProxyType(sources))
        object.__setattr__(self, "names", tuple(self.names))
        if not self.key:
            object.__setattr__(self, "key", self.names[0])

    # ---- what the engine asks
    @property
    def parent_type(self):
        return self.arm_type

    @property
    def short_names(self):
        return self.names

    @property
    def delete_is_lro(self):
        return self.delete.lro

    @property
    def reapproves_rejected(self):
        return self.refused("Rejected", "Approved") is None

    @property
    def writes_actions(self):
        """Whether a PUT may carry the row's actions field."""
        return bool(self.actions_field) and self.actions_field in self.writable_fields

    def refused(self, current_status, wanted_status):
        """The Transition the service refuses from ``current_status`` to ``wanted_status`` (any case), or None."""
        if not self.writable:
            return Transition(current="*", wanted=str(wanted_status), answer="no such operation")
        current, wanted = str(current_status or "").lower(), str(wanted_status or "").lower()
        for transition in self.refused_transitions:
            if transition.current.lower() == current and transition.wanted.lower() == wanted:
                return transition
        return None

    def refusal(self, current_status, wanted_status):
        """Why Azure refuses taking a connection from ``current_status`` to ``wanted_status`` (a sentence), or None.

        ``wanted_status``: Approved, Rejected or Absent. The module, the batch and the role's report all say these
        words (``_decide.decide`` and the policy filter call this).
        """
        transition = self.refused(current_status, wanted_status)
        return refusal_sentence(self, transition) if transition else None

    def describe_parent(self, resource_group, name):
        return "%s '%s' in resource group '%s'" % (self.label, name, resource_group)

    def __repr__(self):
        return "ResourceType(%s)" % self.arm_type


def _frozen(value):
    """Lists become tuples and dicts read-only, so that a row cannot be changed by whoever reads it."""
    if isinstance(value, list):
        return tuple(_frozen(item) for item in value)
    if isinstance(value, dict):
        return MappingProxyType({key: _frozen(item) for key, item in value.items()})
    return value


def refusal_sentence(row, transition):
    """The one sentence for a refused transition: what the service does not do, what it answers, what to do."""
    current, wanted = transition.current.lower(), transition.wanted.lower()
    if current == "*":
        return ("%s connections can only be read: the REST specification declares no change or removal of them "
                "(%s)" % (row.label, row.sources["writable"]))
    if current == "disconnected":
        return ("a Disconnected connection's status can no longer be changed: its private endpoint was deleted "
                "(remove the connection instead)")
    if current == "rejected" and wanted == "approved":
        return ("%s never approves a rejected connection again (Azure answers %s): the owner of the private "
                "endpoint must delete and recreate it; the new connection can then be approved"
                % (row.label, transition.answer))
    if current == "approved" and wanted == "rejected":
        return ("%s never rejects an approved connection (Azure answers %s): remove the connection instead; its "
                "private endpoint becomes Disconnected" % (row.label, transition.answer))
    return "%s refuses to take a %s connection to %s (Azure answers %s)" % (
        row.label, transition.current, transition.wanted, transition.answer)


def with_fields(row, **changes):
    """A copy of ``row`` with other facts (each a Fact), for tests."""
    facts = {name: Fact(getattr(row, name), row.sources[name]) for name in FACT_FIELDS}
    plain = {f.name: getattr(row, f.name) for f in dataclasses.fields(row) if f.name not in FACT_FIELDS + ("sources",)}
    return ResourceType(**dict(plain, **dict(facts, **changes)))

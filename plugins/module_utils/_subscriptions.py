# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The subscriptions an identity can see: ``GET /subscriptions`` (paged), what ``az account list`` reads.

ARM lists only the subscriptions the identity holds a role in, so the same list tells the scope reader which
subscriptions Resource Graph will answer for (Resource Graph leaves the others out without saying so), and tells a
managed identity without ``subscription_id`` its default subscription. The one place that knows what a
subscription's state means:

- ``Enabled``, ``Warned``, ``PastDue`` (Microsoft.Resources' ``SubscriptionState``): read and written as usual;
- ``Disabled``: read only. ARM refuses writes in it with ``ReadOnlyDisabledSubscription`` ("The subscription '...'
  is disabled and therefore marked as read only"); its resources are still read, so its connections are in a drift
  report, and it is named as read only so that nobody expects a change there to succeed;
- ``Deleted``: left out of "every subscription", and named as left out with its state. Our inference: a deleted
  subscription is on its way out (its resources go after the retention period) and nothing in it can be changed;
  no specification says whether its resources still answer reads.
"""

from __future__ import annotations

# Microsoft.Resources' subscription list; served by every cloud (Azure REST API reference).
API_VERSION = "2022-12-01"
WRITABLE_STATES = ("enabled", "warned", "pastdue")
READ_ONLY_STATES = ("disabled",)
LEFT_OUT_STATES = ("deleted",)


def list_subscriptions(reads):
    """[{"subscription_id", "name", "state"}] of every subscription the identity can see (``reads``: ArmReads)."""
    items = reads.paged("LIST the subscriptions this identity can see", "subscriptions",
                        {"api-version": API_VERSION})
    return [{"subscription_id": item.get("subscriptionId"), "name": item.get("displayName"),
             "state": item.get("state") or "Enabled"} for item in items if item.get("subscriptionId")]


def _in(entry, states):
    return str(entry.get("state") or "Enabled").lower() in states


def readable(subscriptions):
    """The ids of the listed subscriptions whose resources are read (every state but those left out)."""
    return [entry["subscription_id"] for entry in subscriptions if not _in(entry, LEFT_OUT_STATES)]


def writable(subscriptions):
    """The ids of the listed subscriptions where a change can succeed."""
    return [entry["subscription_id"] for entry in subscriptions if _in(entry, WRITABLE_STATES)]


def read_only(subscriptions, wanted=None):
    """[{"subscription_id", "name", "state"}] of the listed subscriptions that are read but refuse writes;
    ``wanted``: only these ids (any case)."""
    wanted = None if wanted is None else {value.lower() for value in wanted}
    return [dict(entry) for entry in subscriptions if _in(entry, READ_ONLY_STATES)
            and (wanted is None or entry["subscription_id"].lower() in wanted)]


def left_out(subscriptions):
    """[{"subscription_id", "name", "state", "reason"}] of the listed subscriptions that are not read."""
    return [dict(entry, reason="its state is %s: nothing in it can be changed (our inference)" % entry["state"])
            for entry in subscriptions if _in(entry, LEFT_OUT_STATES)]

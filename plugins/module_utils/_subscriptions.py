# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The subscriptions an identity can see: ``GET /subscriptions`` (paged), what ``az account list`` reads.

ARM lists only the subscriptions the identity holds a role in, so the same list tells the scope reader which
subscriptions Resource Graph will answer for (Resource Graph leaves the others out without saying so).
"""

from __future__ import annotations

# Microsoft.Resources' subscription list; served by every cloud (Azure REST API reference).
API_VERSION = "2022-12-01"
# Disabled and deleted subscriptions are listed too; their resources cannot be read (our inference: ARM answers
# reads in a Disabled subscription with 409 ReadOnlyDisabledSubscription), so they are left out of "all".
USABLE_STATES = ("enabled", "pastdue", "warned")


def list_subscriptions(reads):
    """[{"subscription_id", "name", "state"}] of every subscription the identity can see (``reads``: ArmReads)."""
    items = reads.paged("LIST the subscriptions this identity can see", "subscriptions",
                        {"api-version": API_VERSION})
    return [{"subscription_id": item.get("subscriptionId"), "name": item.get("displayName"),
             "state": item.get("state")} for item in items if item.get("subscriptionId")]


def usable(subscriptions):
    """The ids of the listed subscriptions whose resources can be read."""
    return [entry["subscription_id"] for entry in subscriptions
            if str(entry.get("state") or "Enabled").lower() in USABLE_STATES]

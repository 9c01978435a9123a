# -*- coding: utf-8 -*-
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
#
# Private to this collection: not a public API, may change without notice.
"""The inventory plugin azure_pec's hosts, groups and host variables, from what ``_scope.read_scope`` found.

Pure: no Ansible inventory object, no Azure call, so that the unit tests cover every rule here.
"""

from __future__ import annotations

import hashlib

from ansible_collections.privatelink.azure.plugins.module_utils._types import row_for

PENDING_GROUP = "pec_pending"
# The hosts are not machines: modules run on the controller (or in the execution environment), with the Python
# that runs Ansible, which has the Azure SDKs (interpreter discovery would find the system's python3). These are
# the only host variables meant to be templated; every other one comes from Azure and must never be.
CONNECTION_VARS = {"ansible_connection": "local", "ansible_python_interpreter": "{{ ansible_playbook_python }}"}


def _type_key(parent_type):
    """'keyvault', 'mhsm' or 'storage' (the descriptor's key) for an ARM type."""
    row = row_for(parent_type)
    return row.key if row is not None else "other"


def _resource_groups(resource):
    groups = ["pec_%s" % _type_key(resource["type"]), "pec_subscription_%s" % resource["subscription_id"],
              "pec_resource_group_%s" % resource["resource_group"]]
    groups.extend("pec_tag_%s_%s" % (key, value) for key, value in sorted((resource.get("tags") or {}).items()))
    if (resource.get("connections_by_status") or {}).get("Pending"):
        groups.append(PENDING_GROUP)
    return groups


def stable_name(resource):
    """The default host name of a resource: its name and 8 hex digits of a hash of its ARM id (as azure.azcollection's
    azure_rm inventory does), so it never changes when another resource of the same name appears."""
    digest = hashlib.sha256(str(resource["id"]).lower().encode("utf-8")).hexdigest()
    return "%s_%s" % (resource["name"], digest[:8])


def _add_counts(total, counts):
    for status, count in (counts or {}).items():
        total[status] = total.get(status, 0) + count
    return total


def resource_hosts(resources):
    """One host per parent: its counts, tags and the role's scope variable naming just this parent."""
    hosts = []
    for resource in resources:
        name = stable_name(resource)
        by_status = dict(resource.get("connections_by_status") or {})
        hosts.append({"name": name, "groups": [group.lower() for group in _resource_groups(resource)],
                      "connection": dict(CONNECTION_VARS), "vars": {
            "pec_parent": {key: resource.get(key) for key in
                           ("id", "name", "type", "resource_group", "subscription_id", "location")},
            "pec_tags": dict(resource.get("tags") or {}),
            "pec_connections": resource.get("connections", sum(by_status.values())),
            "pec_connections_by_status": by_status,
            "pec_approval_resources": [{key: resource[key] for key in
                                        ("type", "resource_group", "name", "subscription_id")}],
        }})
    return hosts


def subscription_hosts(resources, subscriptions, resource_types):
    """One host per subscription (the ones named in the scope, and any other a resource was found in)."""
    by_subscription = {}
    for subscription_id in subscriptions:
        by_subscription.setdefault(subscription_id.lower(), (subscription_id, []))
    for resource in resources:
        by_subscription.setdefault(resource["subscription_id"].lower(), (resource["subscription_id"], []))[1] \
            .append(resource)
    hosts = []
    for subscription_id, members in by_subscription.values():
        by_status = {}
        groups = {"pec_subscription_%s" % subscription_id}
        for resource in members:
            _add_counts(by_status, resource.get("connections_by_status"))
            groups.update(group for group in _resource_groups(resource) if group != PENDING_GROUP)
        if by_status.get("Pending"):
            groups.add(PENDING_GROUP)
        hosts.append({"name": subscription_id, "groups": sorted(group.lower() for group in groups),
                      "connection": dict(CONNECTION_VARS), "vars": {
            "pec_subscription_id": subscription_id,
            "pec_parents": len(members),
            "pec_connections": sum(resource.get("connections", 0) for resource in members),
            "pec_connections_by_status": by_status,
            "pec_approval_subscriptions": [subscription_id],
            "pec_approval_resource_types": list(resource_types),
        }})
    return hosts


def hosts_of(found, host_per, subscriptions, resource_types):
    """The hosts for ``found`` (read_scope's result): dicts with ``name``, ``groups``, ``vars`` (data from Azure)
    and ``connection`` (the connection variables, templates)."""
    resources = sorted(found["resources"], key=lambda r: (r["subscription_id"].lower(), r["resource_group"].lower(),
                                                          r["type"].lower(), r["name"].lower()))
    if host_per == "subscription":
        return subscription_hosts(resources, subscriptions, resource_types)
    return resource_hosts(resources)

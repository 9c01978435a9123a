"""The inventory plugin azure_pec's hosts, groups and variables from a read_scope result. Pure, no HTTP."""

import hashlib

from ansible_collections.privatelink.azure.plugins.plugin_utils._inventory_hosts import hosts_of

SUB_A = "00000000-0000-0000-0000-00000000000a"
SUB_B = "00000000-0000-0000-0000-00000000000b"
TYPES = ["Microsoft.KeyVault/vaults", "Microsoft.KeyVault/managedHSMs", "Microsoft.Storage/storageAccounts"]


def resource(name, parent_type="Microsoft.KeyVault/vaults", subscription=SUB_A, group="rg-app", tags=None,
             **by_status):
    return {"id": "/subscriptions/%s/resourceGroups/%s/providers/%s/%s" % (subscription, group, parent_type, name),
            "name": name, "type": parent_type, "resource_group": group, "subscription_id": subscription,
            "location": "westeurope", "tags": tags or {}, "connections": sum(by_status.values()),
            "connections_by_status": by_status}


def found(*resources):
    return {"resources": list(resources), "connections": [], "errors": [], "reads": [], "warnings": []}


def by_name(hosts):
    """{resource or subscription name: host}: the default host names are <name>_<hash of the id>."""
    return {host["name"].rsplit("_", 1)[0] if "_" in host["name"] else host["name"]: host for host in hosts}


def test_one_host_per_resource_with_counts_tags_and_the_roles_scope():
    hosts = by_name(hosts_of(found(resource("kv-app", tags={"env": "Prod"}, Pending=2, Approved=1),
                                   resource("stdata", "Microsoft.Storage/storageAccounts", Approved=1)),
                             "resource", [SUB_A], TYPES))

    kv = hosts["kv-app"]
    assert kv["connection"] == {"ansible_connection": "local",
                                "ansible_python_interpreter": "{{ ansible_playbook_python }}"}
    assert kv["vars"]["pec_connections"] == 3
    assert kv["vars"]["pec_connections_by_status"] == {"Pending": 2, "Approved": 1}
    assert kv["vars"]["pec_tags"] == {"env": "Prod"}
    assert kv["vars"]["pec_parent"]["type"] == "Microsoft.KeyVault/vaults"
    assert kv["vars"]["pec_approval_resources"] == [
        {"type": "Microsoft.KeyVault/vaults", "resource_group": "rg-app", "name": "kv-app", "subscription_id": SUB_A}]
    assert kv["groups"] == ["pec_keyvault", "pec_subscription_%s" % SUB_A, "pec_resource_group_rg-app",
                            "pec_tag_env_prod", "pec_pending"]
    assert "pec_pending" not in hosts["stdata"]["groups"]
    assert "pec_storage" in hosts["stdata"]["groups"]


def test_host_names_do_not_change_when_a_resource_of_the_same_name_appears():
    alone = hosts_of(found(resource("kv-same"), resource("kv-other")), "resource", [], TYPES)
    joined = hosts_of(found(resource("kv-same", subscription=SUB_B), resource("kv-same"), resource("kv-other")),
                      "resource", [], TYPES)

    assert {host["name"] for host in alone} < {host["name"] for host in joined}
    assert len({host["name"] for host in joined}) == 3
    digest = hashlib.sha256(("/subscriptions/%s/resourcegroups/rg-app/providers/microsoft.keyvault/vaults/kv-same"
                             % SUB_A).encode()).hexdigest()[:8]
    assert "kv-same_%s" % digest in {host["name"] for host in alone}


def test_one_host_per_subscription_sums_counts_and_keeps_empty_subscriptions():
    hosts = by_name(hosts_of(found(resource("kv-1", Pending=1, Approved=2),
                                   resource("hsm-1", "Microsoft.KeyVault/managedHSMs", group="rg-hsm", Approved=1)),
                             "subscription", [SUB_A, SUB_B], TYPES[:2]))

    first = hosts[SUB_A]
    assert first["vars"]["pec_connections_by_status"] == {"Pending": 1, "Approved": 3}
    assert first["vars"]["pec_parents"] == 2
    assert first["vars"]["pec_approval_subscriptions"] == [SUB_A]
    assert first["vars"]["pec_approval_resource_types"] == TYPES[:2]
    assert {"pec_keyvault", "pec_mhsm", "pec_resource_group_rg-hsm", "pec_pending"} <= set(first["groups"])
    empty = hosts[SUB_B]
    assert empty["vars"]["pec_parents"] == 0 and empty["vars"]["pec_connections_by_status"] == {}
    assert empty["groups"] == ["pec_subscription_%s" % SUB_B]

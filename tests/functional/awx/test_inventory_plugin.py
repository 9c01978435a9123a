"""The inventory plugin privatelink.azure.azure_pec through ansible-inventory against the emulator: hosts per resource
or per subscription, counts and tags as host variables, the groups, one paged list per type and subscription."""

import collections

import pytest

from tests.emulator.launcher import running_emulator

from .support import (
    SUBSCRIPTIONS, TYPES, ansible_inventory, ansible_playbook, default_host_name, explain, hosts_by_resource,
    six_subscription_fleet, write_inventory_config)

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def fleet():
    return six_subscription_fleet()


@pytest.fixture(scope="module")
def emu(fleet):
    with running_emulator(seed=fleet) as emulator:
        yield emulator


@pytest.fixture(autouse=True)
def fresh(emu, fleet):
    emu.control.load_state(fleet)
    emu.control.settings(page_size=2)  # several pages per list: the plugin must follow nextLink
    emu.control.clear_requests()


def children(listing, group):
    return set(listing.get(group, {}).get("hosts", []))


def list_calls(requests):
    """(type, subscription) -> number of first-page list requests (nextLink pages carry a $skiptoken)."""
    calls = collections.Counter()
    for entry in requests:
        path = entry["path"].lower()
        for parent_type in TYPES:
            if entry["method"] == "GET" and path.endswith("/providers/%s" % parent_type.lower()):
                calls[(parent_type, path.split("/")[2])] += 1
    return calls


def test_one_host_per_resource_with_counts_tags_and_groups(emu, fleet, tmp_path):
    config = write_inventory_config(tmp_path, subscriptions=list(SUBSCRIPTIONS), discovery="arm")

    run, listing = ansible_inventory(emu, config, tmp_path)

    assert run.returncode == 0, explain(run)
    for resource, host in hosts_by_resource(listing, fleet["resources"]):
        assert host["pec_connections"] == len(resource["connections"])
        assert host["pec_tags"] == resource.get("tags", {})
        assert host["ansible_connection"] == "local"
        assert host["pec_approval_resources"] == [{"type": resource["type"], "resource_group": resource["resource_group"],
                                                   "name": resource["name"],
                                                   "subscription_id": resource["subscription_id"]}]
        name = default_host_name(resource)
        assert name in children(listing, "pec_subscription_%s" % resource["subscription_id"].replace("-", "_"))
        assert name in children(listing, "pec_resource_group_%s" % resource["resource_group"].replace("-", "_"))
        assert name in children(listing, {"Microsoft.KeyVault/vaults": "pec_keyvault",
                                          "Microsoft.KeyVault/managedHSMs": "pec_mhsm",
                                          "Microsoft.Storage/storageAccounts": "pec_storage"}[resource["type"]])
        for key, value in resource.get("tags", {}).items():
            assert name in children(listing, ("pec_tag_%s_%s" % (key, value)).lower().replace("-", "_"))
        pending = any(connection["status"] == "Pending" for connection in resource["connections"])
        assert (name in children(listing, "pec_pending")) == pending
    assert children(listing, "pec_pending")  # the fleet has pending connections

    requests = emu.control.requests(kind="arm")
    assert all(entry["method"] == "GET" for entry in requests)
    first_pages = list_calls(requests)
    assert first_pages == {(parent_type, subscription.lower()): 1 for parent_type in TYPES
                           for subscription in SUBSCRIPTIONS}, first_pages


def test_one_host_per_subscription(emu, fleet, tmp_path):
    config = write_inventory_config(tmp_path, host_per="subscription", subscriptions=list(SUBSCRIPTIONS),
                                    resource_types=["Microsoft.KeyVault/vaults"])

    run, listing = ansible_inventory(emu, config, tmp_path)

    assert run.returncode == 0, explain(run)
    hostvars = listing["_meta"]["hostvars"]
    assert set(hostvars) == set(SUBSCRIPTIONS)
    for subscription in SUBSCRIPTIONS:
        vaults = [r for r in fleet["resources"] if r["subscription_id"] == subscription and r["type"] == TYPES[0]]
        host = hostvars[subscription]
        assert host["pec_parents"] == len(vaults)
        assert host["pec_connections"] == sum(len(r["connections"]) for r in vaults)
        assert host["pec_approval_subscriptions"] == [subscription]
        assert host["pec_approval_resource_types"] == ["Microsoft.KeyVault/vaults"]
    assert set(list_calls(emu.control.requests(kind="arm"))) == {(TYPES[0], s.lower()) for s in SUBSCRIPTIONS}


def test_unreadable_scope_and_bad_options_fail_with_what_to_change(emu, tmp_path):
    denied = write_inventory_config(tmp_path, "denied.azure_pec.yml", subscriptions=[SUBSCRIPTIONS[0]],
                                    client_id="99999999-0000-4000-8000-000000000000")
    run, listing = ansible_inventory(emu, denied, tmp_path)
    assert listing is None or not listing["_meta"]["hostvars"]
    assert "could not be read" in run.stderr and "AADSTS700016" in run.stderr, explain(run)
    assert "Traceback" not in run.stderr

    bad = write_inventory_config(tmp_path, "bad.azure_pec.yml", subscriptions=["not-a-subscription"])
    run, listing = ansible_inventory(emu, bad, tmp_path)
    assert "is not a subscription id" in run.stderr, explain(run)
    assert emu.control.requests(kind="arm") == []


def test_every_subscription_it_can_see_through_resource_graph_in_two_requests(emu, fleet, tmp_path):
    """No scope: every subscription the identity lists; 18 lists would be needed, so auto asks Resource Graph."""
    listed = write_inventory_config(tmp_path, discovery="arm", subscriptions=list(SUBSCRIPTIONS))
    run, by_lists = ansible_inventory(emu, listed, tmp_path)
    assert run.returncode == 0, explain(run)
    emu.control.settings(page_size=100)   # the subscription list on one page, as real ARM answers a short one
    emu.control.clear_requests()
    config = write_inventory_config(tmp_path, "all.azure_pec.yml")

    run, listing = ansible_inventory(emu, config, tmp_path)

    assert run.returncode == 0, explain(run)
    assert listing["_meta"]["hostvars"] == by_lists["_meta"]["hostvars"]
    assert [(r["method"], r["path"]) for r in emu.control.requests(kind="arm")] == [
        ("GET", "/subscriptions"), ("POST", "/providers/Microsoft.ResourceGraph/resources")]


def test_a_cached_run_sends_no_request_and_flush_cache_reads_again(emu, fleet, tmp_path):
    config = write_inventory_config(tmp_path, subscriptions=list(SUBSCRIPTIONS), cache=True,
                                    cache_plugin="ansible.builtin.jsonfile", cache_timeout=3600,
                                    cache_connection=str(tmp_path / "cache"))
    first, listing = ansible_inventory(emu, config, tmp_path)
    assert first.returncode == 0, explain(first)
    assert emu.control.requests(kind="arm")  # read: lists or a Resource Graph query

    emu.control.clear_requests()
    cached, cached_listing = ansible_inventory(emu, config, tmp_path)
    assert cached.returncode == 0, explain(cached)
    assert emu.control.requests() == []  # no ARM request, no token
    assert cached_listing == listing

    playbook = tmp_path / "nothing.yml"
    playbook.write_text("- hosts: localhost\n  gather_facts: false\n  tasks: []\n")
    flushed = ansible_playbook(emu, str(playbook), tmp_path, "-i", config, "--flush-cache")
    assert flushed.returncode == 0, explain(flushed)
    assert emu.control.requests(kind="arm")  # read: lists or a Resource Graph query


def test_hostnames_filters_and_templated_auth(emu, fleet, tmp_path):
    config = write_inventory_config(
        tmp_path, subscriptions=list(SUBSCRIPTIONS),
        client_id="{{ lookup('ansible.builtin.env', 'PEC_TEST_CLIENT_ID') }}",
        hostnames=["pec_tags.no_such_tag | default('')", "pec_parent.name ~ '.' ~ pec_parent.subscription_id"],
        include_host_filters=["pec_parent.type != 'Microsoft.KeyVault/managedHSMs'"],
        exclude_host_filters=["pec_parent.type == 'Microsoft.Storage/storageAccounts'"])
    # The environment's client id is wrong: only the templated option signs in.
    run, listing = ansible_inventory(emu, config, tmp_path, env={
        "PEC_TEST_CLIENT_ID": emu.info["client_id"], "AZURE_CLIENT_ID": "99999999-0000-4000-8000-000000000000"})
    assert run.returncode == 0, explain(run)
    vaults = [r for r in fleet["resources"] if r["type"] == "Microsoft.KeyVault/vaults"]
    assert set(listing["_meta"]["hostvars"]) == {"%s.%s" % (r["name"], r["subscription_id"]) for r in vaults}


def test_hostnames_that_give_two_hosts_one_name_fail_naming_both(emu, tmp_path):
    config = write_inventory_config(tmp_path, subscriptions=list(SUBSCRIPTIONS), hostnames=["pec_parent.resource_group"])
    run, listing = ansible_inventory(emu, config, tmp_path)
    assert listing is None or not listing["_meta"]["hostvars"]
    stderr = " ".join(run.stderr.split())  # ansible-core 2.16 wraps warnings
    assert "hostnames give the name 'rg-" in stderr and "/providers/Microsoft." in stderr, explain(run)
    assert "Traceback" not in run.stderr

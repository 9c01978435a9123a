"""The large generated fleet (tests/emulator/fleets/large.py) served completely through small pages: what the
benchmarks and the role's large-fleet tests stand on."""

from collections import Counter

from azure.mgmt.keyvault import KeyVaultManagementClient

from tests.emulator.fleets.large import build_fleet

from . import fleet
from .conftest import sdk_options
from .pec import connection_status

LISTERS = {
    fleet.KEYVAULT: lambda kv, st: kv.private_endpoint_connections.list_by_resource,
    fleet.MHSM: lambda kv, st: kv.mhsm_private_endpoint_connections.list_by_resource,
    fleet.STORAGE: lambda kv, st: st.private_endpoint_connections.list,
}


def test_every_connection_of_the_large_fleet_lists_through_pages(emu, keyvault, storage, seed):
    large = build_fleet()
    large["principals"] = seed["principals"]  # keep our token's principal
    emu.control.load_state(large)
    emu.control.settings(page_size=7)
    ours = [r for r in large["resources"] if r["subscription_id"] == fleet.SUBSCRIPTION]

    listed = Counter()
    for resource in ours:
        lister = LISTERS[resource["type"]](keyvault, storage)
        connections = list(lister(resource["resource_group"], resource["name"]))
        assert len(connections) == len(resource["connections"]), resource["name"]
        listed.update(connection_status(c) for c in connections)

    seeded = Counter(c["status"] for r in ours for c in r["connections"])
    assert listed == seeded
    assert sum(seeded.values()) >= 300


def test_each_subscription_lists_only_its_own_parents(emu, credential, seed):
    large = build_fleet()
    large["principals"] = seed["principals"]
    emu.control.load_state(large)

    for subscription in {r["subscription_id"] for r in large["resources"]}:
        client = KeyVaultManagementClient(credential, subscription, **sdk_options(emu))
        expected = sorted(r["name"] for r in large["resources"]
                          if r["subscription_id"] == subscription and r["type"] == fleet.KEYVAULT)
        assert sorted(v.name for v in client.vaults.list_by_subscription()) == expected

"""The inventory plugin over the mixed fleet (tests/emulator/fleets/mixed.yml, twelve resource types): one host per
resource of every type, with its connection counts by status, through lists and through Resource Graph."""


import pytest
import yaml

from tests.emulator.launcher import running_emulator
from tests.functional.role.mixed_policy import MIXED_FLEET

from .support import ansible_inventory, explain, hosts_by_resource, write_inventory_config

pytestmark = pytest.mark.slow

with open(MIXED_FLEET) as handle:
    FLEET = yaml.safe_load(handle)
for resource in FLEET["resources"]:
    resource.setdefault("subscription_id", FLEET["subscription_id"])


@pytest.fixture(scope="module")
def emu():
    with running_emulator(seed=FLEET) as emulator:
        yield emulator


@pytest.mark.parametrize("discovery", ["arm", "resource_graph"])
def test_one_host_per_resource_of_every_type(emu, tmp_path, discovery):
    config = write_inventory_config(tmp_path, subscriptions=[FLEET["subscription_id"]], discovery=discovery)

    run, listing = ansible_inventory(emu, config, tmp_path)

    assert run.returncode == 0, explain(run)
    for resource, host in hosts_by_resource(listing, FLEET["resources"]):
        assert host["pec_approval_resources"][0]["type"].lower() == resource["type"].lower()
    assert len({resource["type"] for resource in FLEET["resources"]}) >= 10

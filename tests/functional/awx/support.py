"""Shared by the AWX tests: a fleet over six subscriptions, and ansible-inventory / ansible-playbook runs against an
emulator with this checkout as the collection, from a scratch directory (as AWX runs a project's playbook)."""

import collections
import hashlib
import json
import os
import subprocess
import sys

import yaml

from tests.emulator.fleets.large import build_fleet

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
BIN = os.path.dirname(sys.executable)
SUBSCRIPTIONS = tuple("%08d-0000-4000-8000-%012d" % (index, index) for index in range(1, 7))
TYPES = ("Microsoft.KeyVault/vaults", "Microsoft.KeyVault/managedHSMs", "Microsoft.Storage/storageAccounts")


def six_subscription_fleet(resources_per_type=4, connections_per_resource=4):
    """The large fleet's shape, its resources dealt over six subscriptions (resource i to subscription i mod 6)."""
    seed = build_fleet(resources_per_type=resources_per_type, connections_per_resource=connections_per_resource)
    for index, resource in enumerate(seed["resources"]):
        resource["subscription_id"] = SUBSCRIPTIONS[index % len(SUBSCRIPTIONS)]
    seed["subscriptions"] = list(SUBSCRIPTIONS)
    return seed


def ansible_env(emu, **extra):
    env = dict(os.environ, **emu.module_env())
    env.update(ANSIBLE_COLLECTIONS_PATH=os.path.join(REPO_ROOT, ".build"), ANSIBLE_NOCOLOR="1",
               ANSIBLE_FORCE_COLOR="0", ANSIBLE_LOCALHOST_WARNING="0", ANSIBLE_INVENTORY_UNPARSED_WARNING="0")
    for name in ("ANSIBLE_INVENTORY", "ANSIBLE_CONFIG"):  # the scratch directory has no ansible.cfg: defaults
        env.pop(name, None)
    env.update(extra)
    return env


def write_inventory_config(directory, name="fleet.azure_pec.yml", **options):
    path = os.path.join(str(directory), name)
    with open(path, "w") as handle:
        yaml.safe_dump(dict({"plugin": "privatelink.azure.azure_pec"}, **options), handle, sort_keys=False)
    return path


def plain(value):
    """ansible-inventory --list writes values that may not be templated as {"__ansible_unsafe": value}."""
    if isinstance(value, dict):
        if set(value) == {"__ansible_unsafe"}:
            return value["__ansible_unsafe"]
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


def ansible_inventory(emu, config, cwd, *options, env=None):
    """(CompletedProcess, the --list JSON with plain values, or None). `env`: more environment variables."""
    run = subprocess.run([os.path.join(BIN, "ansible-inventory"), "-i", config, "--list", *options], cwd=str(cwd),
                         env=ansible_env(emu, **(env or {})), capture_output=True, text=True, timeout=300,
                         check=False)
    listing = plain(json.loads(run.stdout)) if run.returncode == 0 else None
    return run, listing


def explain(run):
    return "\n".join((run.stdout + "\n" + run.stderr).splitlines()[-60:])


def ansible_playbook(emu, playbook, cwd, *options, timeout=600):
    return subprocess.run([os.path.join(BIN, "ansible-playbook"), playbook, *options], cwd=str(cwd),
                          env=ansible_env(emu), capture_output=True, text=True, timeout=timeout, check=False)


def load_json(path):
    with open(path) as handle:
        return json.load(handle)


def resource_id(resource):
    return "/subscriptions/%s/resourceGroups/%s/providers/%s/%s" % (
        resource["subscription_id"], resource["resource_group"], resource["type"], resource["name"])


def default_host_name(resource):
    """The inventory's default host name: <name>_<8 hex digits of sha256 of the lower-cased ARM id>."""
    return "%s_%s" % (resource["name"], hashlib.sha256(resource_id(resource).lower().encode()).hexdigest()[:8])


def hosts_by_resource(listing, resources):
    """[(resource, its host's variables)], after checking that the inventory holds one host per resource and that each
    host's connection counts by status are its resource's."""
    hostvars = listing["_meta"]["hostvars"]
    assert set(hostvars) == {default_host_name(resource) for resource in resources}
    pairs = []
    for resource in resources:
        host = hostvars[default_host_name(resource)]
        statuses = collections.Counter(connection["status"] for connection in resource["connections"])
        assert {k: v for k, v in host["pec_connections_by_status"].items() if v} == dict(statuses), resource["name"]
        pairs.append((resource, host))
    return pairs

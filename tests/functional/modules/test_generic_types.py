"""azure_pec and azure_pec_info on every type of the collection's type table that the emulator models, through real
ansible-playbook: approve, reject, remove, an idempotent re-run and check mode, with the requests counted per type
from the emulator's log.

One host per type (the play runs them 8 at a time), so the whole table costs a few playbook tasks, not one
playbook per type. The emulator models each type from its own table, built from the same sources as ours
(docs/emulator.md); a type it does not model yet is left out here and named in the test's output.
"""

import json

import pytest
import yaml

from ansible_collections.privatelink.azure.plugins.module_utils._types import ROWS
from tests.emulator.launcher import running_emulator
from tests.emulator.services import service_for_type
from tests.functional.modules.playbooks import explain, run_playbook

pytestmark = pytest.mark.slow

SUBSCRIPTION = "00000000-0000-0000-0000-000000000000"
SPOKE = "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-spoke/providers/Microsoft.Network/" \
        "privateEndpoints/"
GROUP = "rg-types"
WRITES = ("PUT", "PATCH", "POST", "DELETE")
CONNECTIONS = (("c-approve", "Pending"), ("c-reject", "Pending"), ("c-remove", "Approved"))
MODELLED = [row for row in ROWS if service_for_type(row.arm_type) is not None]
WRITABLE = [row for row in MODELLED if row.writable]


def parent_name(row):
    return "g-" + row.key.replace("_", "-")


def parent_id(row):
    return "/subscriptions/%s/resourceGroups/%s/providers/%s/%s" % (SUBSCRIPTION, GROUP, row.arm_type, parent_name(row))


def endpoint(row, connection):
    return SPOKE + "pe-%s-%s" % (row.key.replace("_", "-"), connection)


def seed():
    return {"subscription_id": SUBSCRIPTION, "resources": [
        {"type": row.arm_type, "resource_group": GROUP, "name": parent_name(row), "location": "westeurope",
         "connections": [{"name": name, "status": status, "private_endpoint_id": endpoint(row, name)}
                         for name, status in CONNECTIONS]}
        for row in MODELLED]}


def inventory(tmp_path, rows):
    hosts = {row.key: {"resource_type": row.arm_type, "resource_name": parent_name(row), "resource_id": parent_id(row),
                       "approve_endpoint": endpoint(row, "c-approve"), "ansible_connection": "local"}
             for row in rows}
    path = tmp_path / "types.yml"
    path.write_text(yaml.safe_dump({"types": {"hosts": hosts}}))
    return str(path)


def play(tmp_path, tasks):
    """One play over every type; each host dumps its registered results to results/<type>.json."""
    registered = [task.pop("register_as") for task in tasks]
    for task, name in zip(tasks, registered):
        task["register"] = name
    tasks.append({"name": "Dump the results", "ansible.builtin.copy": {
        "content": "{{ {%s} | to_json }}" % ", ".join("'%s': %s" % (name, name) for name in registered),
        "dest": str(tmp_path / "results") + "/{{ inventory_hostname }}.json"}, "check_mode": False, "diff": False})
    path = tmp_path / "play.yml"
    path.write_text(yaml.safe_dump([{"hosts": "types", "gather_facts": False, "tasks": tasks, "module_defaults": {
        "group/privatelink.azure.pec": {"auth_source": "env"}}}], sort_keys=False))
    (tmp_path / "results").mkdir(exist_ok=True)
    return str(path)


def results(tmp_path, rows):
    return {row.key: json.loads((tmp_path / "results" / ("%s.json" % row.key)).read_text()) for row in rows}


def by_type(requests):
    """The emulator's log entries per type key, from the parent id each path starts with."""
    grouped = {}
    for entry in requests:
        for row in MODELLED:
            if entry["path"].lower().startswith(parent_id(row).lower()):
                grouped.setdefault(row.key, []).append(entry)
    return grouped


CHANGES = [
    {"name": "Approve the connection of an endpoint, by type, group and name", "register_as": "approve",
     "privatelink.azure.azure_pec": {"resource_type": "{{ resource_type }}", "resource_group": GROUP,
                                     "resource_name": "{{ resource_name }}",
                                     "private_endpoint_id": "{{ approve_endpoint }}", "status": "Approved",
                                     "description": "Approved by the platform team (CHG-15)"}},
    {"name": "Reject a connection by its name, the parent by its id", "register_as": "reject",
     "privatelink.azure.azure_pec": {"resource_id": "{{ resource_id }}", "name": "c-reject", "status": "Rejected",
                                     "description": "Not from a platform subscription"}},
    {"name": "Remove a connection", "register_as": "remove",
     "privatelink.azure.azure_pec": {"resource_id": "{{ resource_id }}", "name": "c-remove", "state": "absent"}},
]
AGAIN = [
    {"name": "The same approval again", "register_as": "again",
     "privatelink.azure.azure_pec": dict(CHANGES[0]["privatelink.azure.azure_pec"])},
    {"name": "Remove the approved connection, in check mode", "register_as": "check", "check_mode": True,
     "privatelink.azure.azure_pec": {"resource_id": "{{ resource_id }}", "name": "c-approve", "state": "absent"}},
    {"name": "Its connections", "register_as": "info",
     "privatelink.azure.azure_pec_info": {"resource_id": "{{ resource_id }}"}},
]


def test_the_generic_modules_approve_reject_and_remove_on_every_modelled_type(tmp_path):
    assert len(WRITABLE) >= 30, "the emulator models %d writable types of the table" % len(WRITABLE)
    print("types not modelled by the emulator yet: %s" % (", ".join(
        row.arm_type for row in ROWS if row not in MODELLED) or "none"))
    with running_emulator(seed=seed(), lro_seconds=0.3) as emu:
        hosts = inventory(tmp_path, WRITABLE)
        run = run_playbook(emu, play(tmp_path, [dict(task) for task in CHANGES]), "-i", hosts, "-f", "8")[0]
        assert run.returncode == 0, explain(run)
        changed = results(tmp_path, WRITABLE)
        writes = by_type(e for e in emu.control.requests(kind="arm") if e["method"] in WRITES)
        state = {(r["type"].lower(), r["name"]): {c["name"]: c["status"] for c in r["connections"]}
                 for r in emu.control.state()["resources"]}
        emu.control.clear_requests()

        run = run_playbook(emu, play(tmp_path, [dict(task) for task in AGAIN]), "-i", hosts, "-f", "8")[0]
        assert run.returncode == 0, explain(run)
        again = results(tmp_path, WRITABLE)
        second = by_type(emu.control.requests(kind="arm"))

    wrong = {}
    for row in WRITABLE:
        first, later = changed[row.key], again[row.key]
        problems = []
        if not (first["approve"]["changed"] and first["approve"]["connection"]["status"] == "Approved"):
            problems.append("approve: %s" % (first["approve"].get("msg") or first["approve"]["connection"]))
        if not (first["reject"]["changed"] and first["reject"]["connection"]["status"] == "Rejected"):
            problems.append("reject: %s" % (first["reject"].get("msg") or first["reject"]["connection"]))
        if not first["remove"]["changed"]:
            problems.append("remove: %s" % first["remove"].get("msg"))
        if state[(row.arm_type.lower(), parent_name(row))] != {"c-approve": "Approved", "c-reject": "Rejected"}:
            problems.append("emulator holds %s" % state[(row.arm_type.lower(), parent_name(row))])
        methods = sorted(entry["method"] for entry in writes.get(row.key, []))
        if methods != sorted(["DELETE", row.put.method, row.put.method]):
            problems.append("writes %s" % methods)
        if later["again"]["changed"] or not later["check"]["changed"]:
            problems.append("again changed=%s, check mode changed=%s"
                            % (later["again"]["changed"], later["check"]["changed"]))
        # The re-run is one LIST (by endpoint); check mode one GET (by name); the info module one GET of the parent.
        if sorted(entry["method"] for entry in second.get(row.key, [])) != ["GET", "GET", "GET"]:
            problems.append("second run sent %s" % [(e["method"], e["path"]) for e in second.get(row.key, [])])
        statuses = {c["name"]: c["status"] for c in later["info"]["connections"]}
        if statuses != {"c-approve": "Approved", "c-reject": "Rejected"}:
            problems.append("info: %s" % statuses)
        if later["again"]["connection"]["parent_type"] != row.arm_type:
            problems.append("parent_type %s" % later["again"]["connection"]["parent_type"])
        if problems:
            wrong[row.arm_type] = problems
    print("%d types: approve, reject, remove, again, check mode, info" % len(WRITABLE))
    assert wrong == {}

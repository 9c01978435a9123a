"""The role over Azure Resource Graph: candidates from one query, the resource provider has the last word.

The emulator's Resource Graph lags on demand (graph_lag_seconds): after the state changes, it still shows the
old one, as real Resource Graph does for seconds to minutes. The role must read every connection from its
resource provider before writing, report a candidate the provider no longer has as gone, and say where each
status came from and when.
"""

import copy
import re

import pytest

from tests.emulator.fleets.large import OUR_SPOKES, SUBSCRIPTIONS

from .runner import run_role

pytestmark = pytest.mark.slow
GRAPH = "/providers/Microsoft.ResourceGraph/resources"
SPOKES = [{"name": "spokes", "match": {"private_endpoint_subscription_id": list(OUR_SPOKES), "status": "Pending"},
           "action": "approve"}]
SCOPE = {"pec_approval_subscriptions": list(SUBSCRIPTIONS), "pec_approval_discovery": "resource_graph",
         "pec_approval_rules": SPOKES}
RESOURCE_GRAPH_AT = re.compile(r"^Resource Graph, \d\d:\d\d:\d\dZ$")
PROVIDER_AT = re.compile(r"^resource provider, \d\d:\d\d:\d\dZ$")


def spoke_pending(fleet):
    """(resource, connection) pairs the rule approves, from the fleet's own data."""
    return [(resource, connection) for resource in fleet["resources"] for connection in resource["connections"]
            if connection["status"] == "Pending" and connection["private_endpoint_id"].split("/")[2] in OUR_SPOKES]


def connection_id(resource, connection_name):
    return ("/subscriptions/%s/resourceGroups/%s/providers/%s/%s/privateEndpointConnections/%s" % (
        resource["subscription_id"], resource["resource_group"], resource["type"], resource["name"],
        connection_name)).lower()


def test_a_stale_candidate_is_read_again_reported_gone_and_never_written(emu, large_fleet, tmp_path):
    state = emu.control.state()   # connection names as the emulator gave them
    candidates = spoke_pending(state)
    (gone_resource, gone), (done_resource, done) = candidates[0], candidates[-1]
    assert gone_resource["type"] != done_resource["type"] or gone_resource["name"] != done_resource["name"]
    emu.control.settings(graph_lag_seconds=600)
    changed = copy.deepcopy(state)
    for resource in changed["resources"]:
        if resource["name"] == gone_resource["name"]:
            resource["connections"] = [c for c in resource["connections"] if c["name"] != gone["name"]]
        if resource["name"] == done_resource["name"]:
            next(c for c in resource["connections"] if c["name"] == done["name"])["status"] = "Approved"
    emu.control.load_state(changed)   # Resource Graph still shows the state before this
    emu.control.clear_requests()

    run = run_role(emu, tmp_path, SCOPE)

    assert run.returncode == 0, run
    report = run.report()
    entries = {entry["connection_id"].lower(): entry for entry in report["connections"]}
    gone_entry = entries[connection_id(gone_resource, gone["name"])]
    assert (gone_entry["result"], gone_entry["final_status"], gone_entry["error"]) == ("gone", "Absent", None)
    assert RESOURCE_GRAPH_AT.match(gone_entry["current_source"]) and PROVIDER_AT.match(gone_entry["final_source"])
    done_entry = entries[connection_id(done_resource, done["name"])]
    assert (done_entry["result"], done_entry["final_status"]) == ("in_sync", "Approved")
    assert report["summary"]["by_result"]["gone"] == 1
    assert report["summary"]["by_result"]["changed"] == len(candidates) - 2
    assert report["discovery"]["method"] == "resource_graph"

    written = {w["path"].lower() for w in run.writes if w["path"] != GRAPH}
    assert connection_id(gone_resource, gone["name"]) not in written
    assert connection_id(done_resource, done["name"]) not in written
    assert len(written) == len(candidates) - 2
    assert "Read from Azure Resource Graph" in run.markdown()


def test_check_mode_decides_from_resource_graph_and_says_so(emu, large_fleet, tmp_path):
    run = run_role(emu, tmp_path, SCOPE, check=True)

    assert run.returncode == 0, run
    assert [r for r in run.writes if r["path"] != GRAPH] == []   # the query is a POST, nothing else is
    report = run.report()
    assert report["summary"]["by_result"]["would_change"] == len(spoke_pending(large_fleet))
    assert all(RESOURCE_GRAPH_AT.match(entry["current_source"]) for entry in report["connections"])
    assert [r["path"] for r in run.arm] == ["/subscriptions", GRAPH]

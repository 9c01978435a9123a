"""azure_pec_scope_info's discovery through ansible-playbook: Azure Resource Graph over many subscriptions (one
query instead of a list per type and subscription), every subscription the identity lists, exclusions, what
Resource Graph cannot see, its quota, and the fall-back to the lists."""

import time

import pytest

from tests.emulator.fleets.large import build_fleet
from tests.emulator.launcher import running_emulator
from tests.functional.modules.playbooks import explain, run_playbook, write_playbook
from tests.functional.role.policy import FLEET_TYPES

pytestmark = pytest.mark.slow
MODULE = "privatelink.azure.azure_pec_scope_info"
GRAPH = "/providers/Microsoft.ResourceGraph/resources"
SUBSCRIPTIONS = ["%08d-0000-0000-0000-%012d" % (index, index) for index in range(1, 13)]


@pytest.fixture(scope="module")
def fleet():
    """The large fleet spread over 12 subscriptions: 3 types x 12 subscriptions = 36 lists, above auto's 8."""
    seed = build_fleet()
    resources = [dict(resource, subscription_id=SUBSCRIPTIONS[index % len(SUBSCRIPTIONS)])
                 for index, resource in enumerate(seed["resources"])]
    return dict(seed, subscription_id=SUBSCRIPTIONS[0], resources=resources, subscriptions=SUBSCRIPTIONS)


@pytest.fixture(scope="module")
def fleet_emulator(fleet):
    with running_emulator(seed=fleet) as emulator:
        yield emulator


@pytest.fixture()
def emu(fleet_emulator, fleet):
    fleet_emulator.control.load_state(fleet)
    fleet_emulator.control.clear_faults()
    fleet_emulator.control.settings(page_size=100, graph_lag_seconds=0, graph_quota=15, graph_quota_window_seconds=5)
    fleet_emulator.control.clear_requests()
    return fleet_emulator


def run_scope(emu, tmp_path, **options):
    """The fleet's three types (an omitted resource_types means every type of the table)."""
    playbook = write_playbook(tmp_path, tasks=[{MODULE: dict(options, resource_types=FLEET_TYPES,
                                                             fail_on_error=False)}])
    run, results = run_playbook(emu, playbook)
    assert run.returncode == 0 and results, explain(run)
    return results[0], emu.control.requests(kind="arm")


def pairs(connections):
    return {(c["parent_name"], c["private_endpoint_id"].lower(), c["status"]) for c in connections}


def test_over_many_subscriptions_auto_asks_resource_graph_once_and_finds_what_the_lists_find(emu, fleet, tmp_path):
    graph, graph_requests = run_scope(emu, tmp_path, subscriptions=SUBSCRIPTIONS)
    emu.control.clear_requests()
    lists, list_requests = run_scope(emu, tmp_path, subscriptions=SUBSCRIPTIONS, discovery="arm")

    assert graph["errors"] == [] and lists["errors"] == []
    assert pairs(graph["connections"]) == pairs(lists["connections"])
    assert len(graph["connections"]) == sum(len(r["connections"]) for r in fleet["resources"])
    assert {r["id"].lower() for r in graph["resources"]} == {r["id"].lower() for r in lists["resources"]}
    assert graph["discovery"] == {"requested": "auto", "method": "resource_graph", "subscriptions": 12,
                                  "all_subscriptions": False, "excluded": [], "left_out": [], "read_only": []}
    # The subscription list (to report what Resource Graph cannot see), then one query page: 36 parents.
    assert [(r["method"], r["path"]) for r in graph_requests] == [("GET", "/subscriptions"), ("POST", GRAPH)]
    assert len(list_requests) == 36
    assert {c["source"] for c in graph["connections"]} == {"Resource Graph"}
    assert {c["source"] for c in lists["connections"]} == {"resource provider"}
    assert all(c["read_at"].endswith("Z") for c in graph["connections"])
    assert graph["reads"] == [{"type": "Microsoft.ResourceGraph/resources", "subscription_id": None,
                               "resource_group": None, "name": None, "method": "query", "subscriptions": 12,
                               "pages": 1, "parents": len(fleet["resources"]), "failed": False}]


def test_a_few_lists_stay_lists_under_auto(emu, tmp_path):
    result, requests = run_scope(emu, tmp_path, subscriptions=SUBSCRIPTIONS[:2])
    assert result["discovery"]["method"] == "arm"
    assert GRAPH not in {r["path"] for r in requests} and "/subscriptions" not in {r["path"] for r in requests}


def test_no_subscriptions_means_every_one_the_identity_lists_less_the_excluded(emu, fleet, tmp_path):
    excluded = SUBSCRIPTIONS[:3]
    result, requests = run_scope(emu, tmp_path, exclude_subscriptions=",".join(excluded))

    assert result["errors"] == []
    assert result["discovery"] == {"requested": "auto", "method": "resource_graph", "subscriptions": 9,
                                   "all_subscriptions": True, "excluded": excluded, "left_out": [],
                                   "read_only": []}
    expected = [r for r in fleet["resources"] if r["subscription_id"] not in excluded]
    assert {r["name"] for r in result["resources"]} == {r["name"] for r in expected}
    assert [(r["method"], r["path"]) for r in requests] == [("GET", "/subscriptions"), ("POST", GRAPH)]


def test_a_disabled_subscription_is_read_and_named_read_only_a_deleted_one_is_named_left_out(emu, fleet, tmp_path):
    """Every subscription the identity lists (review R10): Disabled refuses writes, not reads; Deleted is left out
    with its state, never silently."""
    disabled, deleted = SUBSCRIPTIONS[1], SUBSCRIPTIONS[2]
    emu.control.load_state(dict(fleet, subscription_states={disabled: "Disabled", deleted: "Deleted"}))
    emu.control.clear_requests()
    result, requests = run_scope(emu, tmp_path)

    assert result["errors"] == []
    read = {c["parent_subscription_id"] for c in result["connections"]}
    assert disabled in read and deleted not in read and len(read) == 11
    assert any(c["status"] == "Pending" for c in result["connections"] if c["parent_subscription_id"] == disabled)
    discovery = result["discovery"]
    assert discovery["subscriptions"] == 11
    assert discovery["read_only"] == [{"subscription_id": disabled, "name": "Emulated subscription %s" % disabled,
                                       "state": "Disabled"}]
    assert [(e["subscription_id"], e["state"]) for e in discovery["left_out"]] == [(deleted, "Deleted")]
    assert "our inference" in discovery["left_out"][0]["reason"]
    warnings = result.get("warnings") or []
    assert any(deleted in w and "was left out" in w for w in warnings)
    assert any(disabled in w and "ReadOnlyDisabledSubscription" in w for w in warnings)
    assert [(r["method"], r["path"]) for r in requests] == [("GET", "/subscriptions"), ("POST", GRAPH)]


def test_a_subscription_resource_graph_cannot_see_is_reported_not_dropped(emu, fleet, tmp_path):
    state = emu.control.state()
    state["principals"][0]["denied_resources"] = ["/subscriptions/%s" % SUBSCRIPTIONS[4]]
    emu.control.load_state(state)
    result, _requests = run_scope(emu, tmp_path, subscriptions=SUBSCRIPTIONS, discovery="resource_graph")

    assert [e["scope"] for e in result["errors"]] == ["subscription %s" % SUBSCRIPTIONS[4]]
    assert "cannot see it" in result["errors"][0]["msg"]
    assert {c["parent_subscription_id"] for c in result["connections"]} == set(SUBSCRIPTIONS) - {SUBSCRIPTIONS[4]}


def test_a_used_up_quota_is_waited_out_from_its_reset_header_and_the_page_asked_again(emu, tmp_path):
    emu.control.add_fault(method="POST", path_regex=GRAPH, status=429, times=1,
                          headers={"x-ms-user-quota-remaining": "0", "x-ms-user-quota-resets-after": "00:00:02"},
                          body={"error": {"code": "RateLimiting", "message": "throttled"}})
    result, requests = run_scope(emu, tmp_path, subscriptions=SUBSCRIPTIONS)

    assert result["errors"] == [] and result["discovery"]["method"] == "resource_graph"
    posts = [r for r in requests if r["path"] == GRAPH]
    assert [r["status"] for r in posts] == [429, 200]
    assert posts[1]["time"] - posts[0]["time"] >= 2.0


def test_when_resource_graph_refuses_auto_reads_the_lists_and_says_so(emu, fleet, tmp_path):
    emu.control.add_fault(method="POST", path_regex=GRAPH, status=403, times=None,
                          body={"error": {"code": "AuthorizationFailed", "message": "no Resource Graph for you"}})
    result, requests = run_scope(emu, tmp_path, subscriptions=SUBSCRIPTIONS)

    assert result["errors"] == [] and result["discovery"]["method"] == "arm"
    assert any("Resource Graph could not be queried" in w and "AuthorizationFailed" in w
               for w in result.get("warnings") or [])
    assert len(result["connections"]) == sum(len(r["connections"]) for r in fleet["resources"])
    assert len([r for r in requests if r["path"] == GRAPH]) == 1


def test_after_resource_graph_says_slow_down_auto_sends_nothing_more_and_reports_every_subscription(emu, tmp_path):
    """A 429 whose quota reset outlasts the timeout: no list of the scope is sent instead (review R2)."""
    emu.control.add_fault(method="POST", path_regex=GRAPH, status=429, times=None,
                          headers={"x-ms-user-quota-remaining": "0", "x-ms-user-quota-resets-after": "00:00:30"},
                          body={"error": {"code": "RateLimiting", "message": "throttled"}})
    result, requests = run_scope(emu, tmp_path, subscriptions=SUBSCRIPTIONS, timeout=8)

    assert [(r["method"], r["path"]) for r in requests] == [("GET", "/subscriptions"), ("POST", GRAPH)]
    assert sorted(e["scope"] for e in result["errors"]) == sorted("subscription %s" % s for s in SUBSCRIPTIONS)
    assert all(e["azure_error"]["code"] == "RateLimiting" and e["azure_error"]["request_id"]
               for e in result["errors"])
    assert result["discovery"]["method"] == "resource_graph" and result["connections"] == []
    assert any("lists were not read instead: ask again in 30 s" in w for w in result.get("warnings") or [])


def test_when_resource_graph_is_asked_for_and_refuses_every_subscription_is_an_error(emu, tmp_path):
    emu.control.add_fault(method="POST", path_regex=GRAPH, status=403, times=None,
                          body={"error": {"code": "AuthorizationFailed", "message": "no Resource Graph for you"}})
    result, _requests = run_scope(emu, tmp_path, subscriptions=SUBSCRIPTIONS, discovery="resource_graph")

    assert sorted(e["scope"] for e in result["errors"]) == sorted("subscription %s" % s for s in SUBSCRIPTIONS)
    assert all(e["azure_error"]["code"] == "AuthorizationFailed" and e["azure_error"]["request_id"]
               for e in result["errors"])
    assert result["connections"] == []


def test_later_pages_follow_the_skip_token_and_the_quota(emu, fleet, tmp_path):
    """More than 1,000 parents: two pages, the second sent after the reset when the first used up the quota."""
    many = [dict(resource, name="%s-%d" % (resource["name"], copy), connections=[])
            for copy in range(30) for resource in fleet["resources"]]
    emu.control.load_state(dict(fleet, resources=many))
    emu.control.settings(graph_quota=1, graph_quota_window_seconds=2)
    emu.control.clear_requests()
    started = time.time()
    result, requests = run_scope(emu, tmp_path, subscriptions=SUBSCRIPTIONS)

    assert result["errors"] == [] and len(result["resources"]) == len(many) > 1000
    posts = [r for r in requests if r["path"] == GRAPH]
    assert [r["status"] for r in posts] == [200, 200]
    assert posts[1]["time"] - posts[0]["time"] >= 1.0 and posts[0]["time"] >= started


def test_an_identity_that_lists_no_subscription_is_told_so(emu, tmp_path):
    result, requests = run_scope(emu, tmp_path, exclude_subscriptions=SUBSCRIPTIONS)

    assert [e["msg"] for e in result["errors"]] == [
        "This identity can list no subscription but the excluded ones: name the subscriptions, resource groups or "
        "resources to read, or give it a role on a subscription."]
    assert result["connections"] == [] and [r["path"] for r in requests] == ["/subscriptions"]


def test_more_than_1000_subscriptions_are_queried_in_batches_of_1000(emu, fleet, monkeypatch):
    """In this process (read_scope itself): 2,500 subscriptions, three queries of at most 1,000 each."""
    from ansible_collections.privatelink.azure.plugins.module_utils._scope import Scope, read_scope

    many = ["%08x-0000-4000-8000-%012x" % (0xc0000000 + index, index) for index in range(2500)]
    resources = [dict(resource, subscription_id=many[index * 97 % len(many)])
                 for index, resource in enumerate(fleet["resources"])]
    emu.control.load_state(dict(fleet, subscription_id=many[0], resources=resources, subscriptions=many))
    emu.control.settings(page_size=1000)
    emu.control.clear_requests()
    emu.export_module_env(monkeypatch)

    found = read_scope({}, Scope.from_options(resource_types=FLEET_TYPES))

    assert found["errors"] == [] and found["discovery"]["subscriptions"] == 2500
    assert [(read["method"], read["subscriptions"], read["pages"]) for read in found["reads"]] == [
        ("query", 1000, 1), ("query", 1000, 1), ("query", 500, 1)]
    assert len(found["resources"]) == len(resources)
    assert [(r["method"], r["path"]) for r in emu.control.requests(kind="arm")] == [
        ("GET", "/subscriptions")] * 3 + [("POST", GRAPH)] * 3


def test_when_the_subscription_list_fails_auto_reads_named_subscriptions_with_the_lists(emu, fleet, tmp_path):
    emu.control.add_fault(method="GET", path_regex=r"^/subscriptions$", status=403, times=None,
                          body={"error": {"code": "AuthorizationFailed", "message": "no subscription list"}})
    named, _requests = run_scope(emu, tmp_path, subscriptions=SUBSCRIPTIONS)
    everything, _requests = run_scope(emu, tmp_path)

    assert named["errors"] == [] and named["discovery"]["method"] == "arm"
    assert any("Could not list the subscriptions" in w and "lists were read instead" in w
               for w in named.get("warnings") or [])
    assert len(named["connections"]) == sum(len(r["connections"]) for r in fleet["resources"])
    assert [e["scope"] for e in everything["errors"]] == ["the subscriptions this identity can see"]
    assert everything["errors"][0]["azure_error"]["code"] == "AuthorizationFailed"


TRUNCATED = {"totalRecords": 36, "count": 1, "resultTruncated": "true", "facets": [], "data": []}


def test_a_partial_resource_graph_answer_is_never_taken_for_the_whole(emu, fleet, tmp_path):
    """``resultTruncated`` / ``totalRecords`` (review R22): resource_graph reports the batch's subscriptions unread;
    auto reads the scope's 36 lists instead (within its bound of 40) and says so."""
    emu.control.add_fault(method="POST", path_regex=GRAPH, status=200, times=None, body=TRUNCATED)
    asked, _requests = run_scope(emu, tmp_path, subscriptions=SUBSCRIPTIONS, discovery="resource_graph")
    emu.control.clear_requests()
    auto, requests = run_scope(emu, tmp_path, subscriptions=SUBSCRIPTIONS)

    assert sorted(e["scope"] for e in asked["errors"]) == sorted("subscription %s" % s for s in SUBSCRIPTIONS)
    assert all("Resource Graph answered 0 of 36 rows (resultTruncated)" in e["msg"] for e in asked["errors"])
    assert asked["connections"] == [] and asked["reads"][0]["failed"] is True
    assert auto["errors"] == [] and auto["discovery"]["method"] == "arm"
    assert len(auto["connections"]) == sum(len(r["connections"]) for r in fleet["resources"])
    assert any("lists were read instead (36 lists, at most 40 are)" in w for w in auto.get("warnings") or [])
    assert len([r for r in requests if r["path"] == GRAPH]) == 1 and len(requests) == 2 + 36


def test_a_quota_reset_past_the_deadline_is_not_run_into(emu, tmp_path):
    """A first page leaving no quota until after the timeout: the next page is not sent (review R22)."""
    first_page = dict(TRUNCATED, resultTruncated="false", **{"$skipToken": "next"})
    emu.control.add_fault(method="POST", path_regex=GRAPH, status=200, times=1, body=first_page,
                          headers={"x-ms-user-quota-remaining": "0", "x-ms-user-quota-resets-after": "00:01:00"})
    result, requests = run_scope(emu, tmp_path, subscriptions=SUBSCRIPTIONS, timeout=20)

    assert [(r["method"], r["path"]) for r in requests] == [("GET", "/subscriptions"), ("POST", GRAPH)]
    assert sorted(e["scope"] for e in result["errors"]) == sorted("subscription %s" % s for s in SUBSCRIPTIONS)
    assert all("resets in 60 s, after this task's deadline" in e["msg"] for e in result["errors"])
    assert any("ask again in 60 s" in w for w in result.get("warnings") or [])

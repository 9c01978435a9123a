"""POST /providers/Microsoft.ResourceGraph/resources: the emulated Resource Graph over the emulator's state.

Raw HTTPS for status codes, headers and bodies, and azure-mgmt-core's ARMPipelineClient (what the collection
sends through) as a client of its own.
"""

import copy
import time

import pytest
from azure.core.rest import HttpRequest
from azure.mgmt.core import ARMPipelineClient
from azure.mgmt.core.policies import ARMChallengeAuthenticationPolicy
from azure.core.pipeline.policies import HeadersPolicy, UserAgentPolicy

from . import fleet
from .arm import ARM_SCOPE, Arm
from .conftest import make_credential

PATH = "/providers/Microsoft.ResourceGraph/resources"
CONNECTIONS = ("resources | where type in~ ('Microsoft.KeyVault/vaults', 'Microsoft.KeyVault/managedHSMs', "
               "'Microsoft.Storage/storageAccounts') | mv-expand connection = properties.privateEndpointConnections"
               " | project id, name, type, subscriptionId, connection")


def query(arm, text, api_version="2021-03-01", **body):
    return arm.call("POST", PATH, api_version, body=dict(body, query=text))


def connection_count(state):
    return sum(len(resource.get("connections") or []) for resource in state["resources"])


@pytest.mark.parametrize("api_version", ["2021-03-01", "2022-10-01", "2024-04-01"])
def test_answers_every_connection_of_the_state_at_the_api_versions_clients_send(emu, arm, api_version):
    response = query(arm, CONNECTIONS, api_version, subscriptions=[fleet.SUBSCRIPTION])

    assert response.status_code == 200, response.text
    body = response.json()
    assert body["resultTruncated"] == "false" and body["facets"] == []
    assert body["count"] == len(body["data"]) == body["totalRecords"]
    connected = [row for row in body["data"] if row["connection"]]
    assert len(connected) == connection_count(emu.control.state())
    assert all(row["type"] == row["type"].lower() for row in body["data"])   # as Resource Graph shows types
    assert int(response.headers["x-ms-user-quota-remaining"]) == 14
    assert response.headers["x-ms-user-quota-resets-after"].startswith("00:00:0")


def test_pages_of_top_rows_follow_the_skip_token(emu, arm):
    first = query(arm, CONNECTIONS, options={"$top": 5}).json()
    rows, token = list(first["data"]), first.get("$skipToken")
    pages = 1
    while token:
        page = query(arm, CONNECTIONS, options={"$top": 5, "$skipToken": token}).json()
        rows.extend(page["data"])
        token = page.get("$skipToken")
        pages += 1
    assert first["count"] == 5 and first["totalRecords"] == len(rows)
    assert pages == -(-len(rows) // 5)
    assert len({(row["id"], (row["connection"] or {}).get("id")) for row in rows}) == len(rows)


def test_a_query_outside_the_subset_is_refused_in_resource_graphs_error_shape(arm):
    response = query(arm, "resources | summarize count() by type")

    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "BadRequest"
    assert error["message"].startswith("Please provide below info when asking for support")
    assert [detail["code"] for detail in error["details"]] == ["InvalidQuery", "UnsupportedOperator"]
    assert "summarize" in error["details"][1]["message"]


def test_more_than_the_user_quota_answers_429_until_the_window_resets(emu, arm):
    emu.control.settings(graph_quota=3, graph_quota_window_seconds=2)
    answers = [query(arm, "resources | take 1") for _attempt in range(4)]

    assert [a.status_code for a in answers] == [200, 200, 200, 429]
    assert [a.headers["x-ms-user-quota-remaining"] for a in answers] == ["2", "1", "0", "0"]
    assert answers[3].json()["error"]["code"] == "RateLimiting"
    resets = answers[3].headers["x-ms-user-quota-resets-after"]
    assert resets in ("00:00:01", "00:00:02")
    time.sleep(2.1)
    assert query(arm, "resources | take 1").status_code == 200


def test_subscriptions_and_resources_the_caller_may_not_read_are_left_out(emu, arm, seed):
    locked = next(r for r in seed["resources"] if r["name"] == fleet.LOCKED_VAULT)
    denied = make_credential(emu, fleet.DENIED_CLIENT_ID, fleet.DENIED_CLIENT_SECRET)
    denied_arm = Arm(emu.arm_url, emu.ca_file, lambda: denied.get_token(ARM_SCOPE).token)

    names = {row["name"] for row in query(denied_arm, "resources | project name").json()["data"]}
    assert fleet.LOCKED_VAULT not in names and fleet.VAULT in names
    assert locked["name"] in {row["name"] for row in query(arm, "resources | project name").json()["data"]}


def test_more_than_1000_subscriptions_in_one_request_is_refused(arm):
    many = ["%08d-0000-0000-0000-000000000000" % index for index in range(1001)]
    response = query(arm, "resources | take 1", subscriptions=many)
    assert response.status_code == 400
    assert "1000" in response.json()["error"]["details"][0]["message"]


def test_with_a_lag_it_answers_the_state_as_it_was_before_a_change(emu, arm, seed):
    emu.control.settings(graph_lag_seconds=30)
    changed = copy.deepcopy(seed)
    vault = next(r for r in changed["resources"] if r["name"] == fleet.VAULT)
    removed = vault["connections"].pop(0)
    emu.control.load_state(changed)

    stale = query(arm, CONNECTIONS + " | where name == '%s'" % fleet.VAULT).json()["data"]
    assert removed["private_endpoint_id"] in {row["connection"]["properties"]["privateEndpoint"]["id"]
                                              for row in stale}
    emu.control.settings(graph_lag_seconds=0)
    fresh = query(arm, CONNECTIONS + " | where name == '%s'" % fleet.VAULT).json()["data"]
    assert removed["private_endpoint_id"] not in {row["connection"]["properties"]["privateEndpoint"]["id"]
                                                  for row in fresh if row["connection"]}


def test_azure_mgmt_cores_arm_pipeline_sends_it_with_the_credential(emu, credential):
    client = ARMPipelineClient(base_url=emu.arm_url, policies=[
        HeadersPolicy(), UserAgentPolicy(sdk_moniker="privatelink-tests"),
        ARMChallengeAuthenticationPolicy(credential, ARM_SCOPE)], connection_verify=emu.ca_file)
    request = HttpRequest("POST", emu.arm_url + PATH, params={"api-version": "2022-10-01"},
                          json={"subscriptions": [fleet.SUBSCRIPTION], "query": "resources | project id | take 2"})
    response = client.send_request(request)

    assert response.status_code == 200
    assert response.json()["count"] == 2
    logged = emu.control.requests(kind="arm")[-1]
    assert (logged["method"], logged["path"], logged["api_version"]) == ("POST", PATH, "2022-10-01")

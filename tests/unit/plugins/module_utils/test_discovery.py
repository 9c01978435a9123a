"""Discovery's pure parts: which way a scope is read, the Resource Graph query and its quota headers, the rows
as parents, the scope of every visible subscription less the excluded ones, and the report's provenance text."""

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils import _discovery, _graph
from ansible_collections.privatelink.azure.plugins.module_utils._info import connections_of
from ansible_collections.privatelink.azure.plugins.module_utils._scope import Scope, ScopeError
from ansible_collections.privatelink.azure.plugins.module_utils._type_table import KEY_VAULT, STORAGE
from ansible_collections.privatelink.azure.plugins.plugin_utils._report_text import discovery_text, source_text

SUB = "00000000-0000-0000-0000-000000000000"
OTHER = "55555555-5555-5555-5555-555555555555"
THIRD = "77777777-7777-7777-7777-777777777777"
# The type descriptors, from whatever registry the scope reader uses.
KEY_VAULT, STORAGE = Scope.from_options(subscriptions=[SUB], resource_types=["keyvault", "storage"]).types


@pytest.mark.parametrize("requested, lists, method", [
    ("auto", 8, "arm"), ("auto", 9, "resource_graph"), ("auto", 1500, "resource_graph"),
    ("arm", 1500, "arm"), ("resource_graph", 1, "resource_graph")])
def test_auto_takes_resource_graph_above_one_round_of_lists(requested, lists, method):
    assert _discovery.choose(requested, lists) == method


def test_one_query_names_every_type_of_the_scope():
    query = _graph.connections_query([KEY_VAULT.parent_type, STORAGE.parent_type])
    assert query.startswith("resources | where type in~ ('Microsoft.KeyVault/vaults', "
                            "'Microsoft.Storage/storageAccounts') | project id, name, type,")
    assert "connections = properties.privateEndpointConnections" in query


@pytest.mark.parametrize("headers, wait", [
    ({"x-ms-user-quota-remaining": "0", "x-ms-user-quota-resets-after": "00:00:04"}, 4),
    ({"X-Ms-User-Quota-Remaining": "0", "X-Ms-User-Quota-Resets-After": "00:01:02.500"}, 62),
    ({"x-ms-user-quota-remaining": "0", "x-ms-user-quota-resets-after": "00:00:00"}, 1),   # never a busy loop
    ({"x-ms-user-quota-remaining": "3", "x-ms-user-quota-resets-after": "00:00:04"}, None),
    ({"x-ms-user-quota-remaining": "0", "x-ms-user-quota-resets-after": "soon"}, None),
    ({}, None)])
def test_a_used_up_quota_waits_for_its_reset(headers, wait):
    assert _graph.quota_wait(headers) == wait


def test_a_row_becomes_the_parent_json_the_formatter_reads():
    row = {"id": "/subscriptions/%s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv" % SUB, "name": "kv",
           "type": "microsoft.keyvault/vaults", "location": "westeurope", "tags": {"env": "prod"},
           "resourceGroup": "rg", "subscriptionId": SUB,
           "connections": [{"id": "/subscriptions/%s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv/"
                                  "privateEndpointConnections/pe" % SUB,
                            "properties": {"privateLinkServiceConnectionState": {"status": "Pending"},
                                           "privateEndpoint": {"id": "/subscriptions/%s/resourceGroups/x/providers/"
                                                                     "Microsoft.Network/privateEndpoints/pe" % OTHER}}}]}
    parent = _graph.parent_of(row, KEY_VAULT)
    assert parent["type"] == "Microsoft.KeyVault/vaults"       # canonical, never the row's lower case
    [connection] = connections_of(KEY_VAULT, parent)
    assert (connection["name"], connection["status"], connection["parent_tags"]) == ("pe", "Pending", {"env": "prod"})
    assert _graph.parent_of(dict(row, connections=None, tags=None), KEY_VAULT)["properties"] == {
        "privateEndpointConnections": []}


def test_nothing_named_is_every_visible_subscription_less_the_excluded():
    scope = Scope.from_options(exclude_subscriptions=OTHER.upper())
    assert scope.all_subscriptions and scope.excluded == {OTHER}
    resolved = scope.resolved(SUB, visible=[SUB, OTHER, THIRD])
    assert resolved.subscription_ids() == [SUB, THIRD]


def test_excluded_subscriptions_leave_out_named_groups_and_resources_too():
    vault = "/subscriptions/%s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv" % OTHER
    scope = Scope.from_options(subscriptions=[SUB, OTHER], resources=[vault], resource_groups=["rg-default"],
                               exclude_subscriptions=[OTHER, SUB])
    resolved = scope.resolved(SUB)
    assert not scope.all_subscriptions
    assert (resolved.subscriptions, resolved.resources, resolved.resource_groups) == ([], [], [])


def test_an_excluded_subscription_must_be_a_subscription_id():
    with pytest.raises(ScopeError, match=r"exclude_subscriptions\[1\]: 'prod' is not a subscription id"):
        Scope.from_options(subscriptions=[SUB], exclude_subscriptions=[OTHER, "prod"])


def test_reports_say_where_and_as_of_when():
    assert source_text("Resource Graph", "2026-12-05T14:02:11Z") == "Resource Graph, 14:02:11Z"
    assert source_text("resource provider", None) == "resource provider, time unknown"
    assert source_text(None, "2026-12-05T14:02:11Z") is None
    assert discovery_text({"method": "resource_graph", "subscriptions": 498, "all_subscriptions": True,
                           "excluded": [OTHER, THIRD]}) == (
        "Read from Azure Resource Graph (candidates; every change reads its connection from the resource provider "
        "first) over every subscription this identity can list (498), 2 excluded (%s, %s)." % (OTHER, THIRD))
    assert discovery_text({"method": "arm", "subscriptions": 2, "all_subscriptions": False, "excluded": []}) == (
        "Read from the resource providers' lists over 2 subscription(s).")
    assert discovery_text(None) is None


def _batch(subscriptions, status=None, code=None, retry_after=None, unread=None):
    from ansible_collections.privatelink.azure.plugins.module_utils._calls import AzureCallFailed
    from ansible_collections.privatelink.azure.plugins.module_utils._errors import AzureError

    batch = _graph.Batch(subscriptions)
    if status is not None:
        batch.error = AzureCallFailed(AzureError(status=status, code=code, message="m", request_id="req-1",
                                                 retry_after=retry_after), "Resource Graph query")
    batch.unread = unread
    batch.retry_after = retry_after if unread else None
    return batch


FIVE_HUNDRED = ["%08d-0000-0000-0000-%012d" % (index, index) for index in range(500)]


@pytest.mark.parametrize("batch, lists", [
    (_batch(FIVE_HUNDRED, 429, "RateLimiting", retry_after=4), 1500),
    (_batch(FIVE_HUNDRED[:12], 429, "RateLimiting", retry_after=4), 36),       # even a few lists: Azure said slow down
    (_batch(FIVE_HUNDRED[:12], retry_after=30, unread="quota resets after the deadline"), 36),
    (_batch(FIVE_HUNDRED[:12], 503, "ServiceUnavailable"), 36),               # asked again until the deadline
    (_batch(FIVE_HUNDRED, 403, "AuthorizationFailed"), 1500),                 # a refusal, but too many lists
    (_batch(FIVE_HUNDRED, unread="Resource Graph answered 1 of 36 rows"), 1500)])
def test_auto_never_answers_throttling_or_a_large_scope_with_the_lists(batch, lists):
    read_lists, note = _discovery.after_graph("auto", [batch], lists)
    assert read_lists is False and note.startswith("Resource Graph could not be queried (")
    assert "lists were not read instead" in note or "no time to read" in note
    if batch.throttled:
        assert "ask again in %d s" % (batch.retry_after or batch.error.error.retry_after) in note


@pytest.mark.parametrize("batch", [_batch(FIVE_HUNDRED[:12], 403, "AuthorizationFailed"),
                                   _batch(FIVE_HUNDRED[:12], unread="Resource Graph answered 1 of 36 rows")])
def test_auto_reads_a_few_lists_instead_after_a_refusal_and_says_how_many(batch):
    read_lists, note = _discovery.after_graph("auto", [batch], _discovery.FALLBACK_MAX_LISTS)
    assert read_lists is True and "lists were read instead (40 lists, at most 40 are)" in note
    assert _discovery.after_graph("resource_graph", [batch], 1) == (False, None)
    assert _discovery.after_graph("auto", [_batch(FIVE_HUNDRED[:12])], 36) == (False, None)


def test_the_report_names_the_subscriptions_left_out_and_the_read_only_ones():
    text = discovery_text({"method": "resource_graph", "subscriptions": 2, "all_subscriptions": True, "excluded": [],
                           "left_out": [{"subscription_id": OTHER, "name": "old", "state": "Deleted", "reason": "x"}],
                           "read_only": [{"subscription_id": THIRD, "name": "frozen", "state": "Disabled"}]})
    assert text.endswith("over every subscription this identity can list (2), 1 left out for its state (%s: Deleted); "
                         "1 read only, where a change would fail (%s: Disabled)." % (OTHER, THIRD))


def test_subscription_states_mean_one_thing_everywhere():
    from ansible_collections.privatelink.azure.plugins.module_utils import _subscriptions

    listed = [{"subscription_id": value, "name": value, "state": state}
              for value, state in [("a", "Enabled"), ("b", "Warned"), ("c", "PastDue"), ("d", "Disabled"),
                                   ("e", "Deleted"), ("f", None)]]
    assert _subscriptions.readable(listed) == ["a", "b", "c", "d", "f"]
    assert _subscriptions.writable(listed) == ["a", "b", "c", "f"]
    assert [e["subscription_id"] for e in _subscriptions.read_only(listed, ["D", "a"])] == ["d"]
    assert [(e["subscription_id"], e["state"]) for e in _subscriptions.left_out(listed)] == [("e", "Deleted")]

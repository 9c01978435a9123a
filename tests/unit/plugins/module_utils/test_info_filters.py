"""Info modules: connections taken from their parents' embedded lists, and the filters."""

from ansible_collections.privatelink.azure.plugins.module_utils._info import connections_of, filter_connections
from ansible_collections.privatelink.azure.plugins.module_utils._type_table import KEY_VAULT

VAULT = "/subscriptions/0/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-app"


def embedded(name, endpoint_subscription, status):
    return {"id": "%s/privateEndpointConnections/%s" % (VAULT, name), "etag": "e",
            "properties": {"privateEndpoint": {"id": "/subscriptions/%s/resourceGroups/g/providers/"
                                                     "Microsoft.Network/privateEndpoints/%s" % (endpoint_subscription, name)},
                           "privateLinkServiceConnectionState": {"status": status}}}


PARENT = {"id": VAULT, "name": "kv-app", "tags": {"env": "prod"},
          "properties": {"privateEndpointConnections": [embedded("pe-a", "3333", "Pending"),
                                                        embedded("pe-b", "5555", "Approved"),
                                                        embedded("pe-c", "3333", "Rejected")]}}


def test_connections_of_a_parent_carry_its_tags():
    connections = connections_of(KEY_VAULT, PARENT)
    assert [c["name"] for c in connections] == ["pe-a", "pe-b", "pe-c"]
    assert all(c["parent_tags"] == {"env": "prod"} and c["parent_name"] == "kv-app" for c in connections)
    assert connections_of(KEY_VAULT, {"id": VAULT, "properties": {}}) == []


def test_filters_combine():
    connections = connections_of(KEY_VAULT, PARENT)

    def names(params):
        return [c["name"] for c in filter_connections(connections, params)]

    assert names({}) == ["pe-a", "pe-b", "pe-c"]
    assert names({"status": ["pending", "Rejected"]}) == ["pe-a", "pe-c"]
    assert names({"private_endpoint_subscription_id": "3333"}) == ["pe-a", "pe-c"]
    assert names({"private_endpoint_subscription_id": "3333", "status": ["Rejected"]}) == ["pe-c"]
    endpoint = connections[1]["private_endpoint_id"].upper()
    assert names({"private_endpoint_id": endpoint}) == ["pe-b"]

"""How each parent embeds its connections, on the wire, in GET and both lists (AZURE_BEHAVIOUR.md): Key Vault
and HSM give `{id, etag, properties}` items, Storage full `{id, name, type, properties}` connections."""

import pytest

from . import fleet

PARENTS = {  # parent type, name, api-version, keys of an embedded item, connections in the fleet
    "vault": (fleet.KEYVAULT, fleet.VAULT, "2023-07-01", {"id", "etag", "properties"}, 4),
    "hsm": (fleet.MHSM, fleet.HSM, "2023-07-01", {"id", "etag", "properties"}, 3),
    "storage": (fleet.STORAGE, fleet.ACCOUNT, "2023-05-01", {"id", "name", "type", "properties"}, 3),
}
READS = ("get", "list-by-group", "list-by-subscription")


def read_parent(arm, parent_type, name, api_version, read):
    if read == "get":
        return arm.get(fleet.parent_id(parent_type, fleet.RG, name), api_version).json()
    scope = f"/subscriptions/{fleet.SUBSCRIPTION}"
    if read == "list-by-group":
        scope += f"/resourceGroups/{fleet.RG}"
    listed = arm.get(f"{scope}/providers/{parent_type}", api_version).json()["value"]
    return next(item for item in listed if item["name"] == name)


@pytest.mark.parametrize("read", READS)
@pytest.mark.parametrize("parent", PARENTS)
def test_embedded_connections_have_the_service_shape(arm, parent, read):
    parent_type, name, api_version, item_keys, count = PARENTS[parent]

    body = read_parent(arm, parent_type, name, api_version, read)

    embedded = body["properties"]["privateEndpointConnections"]
    assert len(embedded) == count
    for item in embedded:
        # Recorded: a Key Vault / HSM connection never written (Pending here) has no etag yet.
        expected = item_keys - {"etag"} if item["properties"]["privateLinkServiceConnectionState"]["status"] == \
            "Pending" else item_keys
        assert set(item) == expected
        assert item["id"].lower().startswith(f"{body['id']}/privateEndpointConnections/".lower())
        state = item["properties"]["privateLinkServiceConnectionState"]
        assert state["status"] in ("Pending", "Approved", "Rejected")
        assert item["properties"]["privateEndpoint"]["id"].startswith(f"/subscriptions/{fleet.SPOKE_SUBSCRIPTION}/")

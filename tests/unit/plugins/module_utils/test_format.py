"""The one formatter: wire JSON of a connection -> the connection dict of docs/design.md."""

from ansible_collections.privatelink.azure.plugins.module_utils._format import format_connection

VAULT = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-app/providers/Microsoft.KeyVault/" \
        "vaults/kv-app"
PE = "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-spoke/providers/Microsoft.Network/" \
     "privateEndpoints/pe-app"


def test_key_vault_connection_from_a_get():
    raw = {
        "id": VAULT + "/privateEndpointConnections/pe-app",
        "name": "pe-app",
        "type": "Microsoft.KeyVault/vaults/privateEndpointConnections",
        "etag": "W/\"0\"",
        "properties": {
            "privateEndpoint": {"id": PE},
            "privateLinkServiceConnectionState": {"status": "Approved", "description": "ok",
                                                  "actionsRequired": "None"},
            "provisioningState": "Succeeded",
        },
    }
    assert format_connection(raw, "Microsoft.KeyVault/vaults") == {
        "id": VAULT + "/privateEndpointConnections/pe-app",
        "name": "pe-app",
        "status": "Approved",
        "description": "ok",
        "request_message": None,        # known on Pending connections only
        "group_ids": [],                # Key Vault names none
        "actions_required": "None",
        "private_endpoint_id": PE,
        "private_endpoint_subscription_id": "33333333-3333-3333-3333-333333333333",
        "private_endpoint_resource_group": "rg-spoke",
        "private_endpoint_name": "pe-app",
        "provisioning_state": "Succeeded",
        "etag": "W/\"0\"",
        "parent_id": VAULT,
        "parent_name": "kv-app",
        "parent_type": "Microsoft.KeyVault/vaults",
        "parent_resource_group": "rg-app",
        "parent_subscription_id": "00000000-0000-0000-0000-000000000000",
    }


def test_embedded_connection_without_name_takes_it_from_the_id_and_carries_parent_tags():
    raw = {"id": VAULT + "/privateEndpointConnections/pe-x.1234",
           "properties": {"privateEndpoint": {"id": PE},
                          "privateLinkServiceConnectionState": {"status": "Pending"}}}
    formatted = format_connection(raw, "Microsoft.KeyVault/vaults", parent_tags={"env": "prod"})
    assert formatted["name"] == "pe-x.1234"
    assert formatted["description"] == ""
    assert formatted["etag"] is None
    assert formatted["parent_tags"] == {"env": "prod"}


def test_the_name_comes_from_the_id_and_the_etag_is_opaque():
    # Recorded traffic: Managed HSM list items carry only id and properties; a body's name is never needed, and
    # whatever etag Azure sends (32 hex digits, W/"...", or none) is passed through untouched.
    hsm = "/subscriptions/0/resourceGroups/rg/providers/Microsoft.KeyVault/managedHSMs/hsm"
    for etag in ("9079349cda594587a5dd5604a877e39b", 'W/"datetime\'2020-01-01\'"', None):
        raw = {"id": hsm + "/privateEndpointConnections/link-1", "name": "something-else",
               "properties": {"privateLinkServiceConnectionState": {"status": "Pending"}}}
        if etag is not None:
            raw["etag"] = etag
        formatted = format_connection(raw, "Microsoft.KeyVault/managedHSMs")
        assert (formatted["name"], formatted["etag"]) == ("link-1", etag)


def test_storage_spelling_and_parent_type_never_taken_from_the_response():
    account = "/subscriptions/0/resourceGroups/rg-app/providers/Microsoft.Storage/storageAccounts/st1"
    raw = {"id": account + "/privateEndpointConnections/st1.abc", "name": "st1.abc",
           "type": "Microsoft.KeyVault/vaults/privateEndpointConnections",
           "properties": {"privateEndpoint": {"id": PE},
                          "privateLinkServiceConnectionState": {"status": "Rejected", "actionRequired": "Recreate"}}}
    formatted = format_connection(raw, "Microsoft.Storage/storageAccounts")
    assert formatted["actions_required"] == "Recreate"
    assert formatted["parent_type"] == "Microsoft.Storage/storageAccounts"
    assert formatted["parent_id"] == account
    assert "parent_tags" not in formatted


def test_parent_found_whatever_the_case_of_the_segment():
    raw = {"id": VAULT + "/PrivateEndpointConnections/pe-app", "properties": {}}
    assert format_connection(raw, "Microsoft.KeyVault/vaults")["parent_id"] == VAULT


def test_a_pending_connection_carries_the_request_message_and_group_ids_where_the_service_names_them():
    # Common-types v5 (and later) connection properties carry groupIds; older services a single groupId.
    raw = {"id": VAULT + "/privateEndpointConnections/pe-app",
           "properties": {"privateEndpoint": {"id": PE}, "groupIds": ["blob"],
                          "privateLinkServiceConnectionState": {"status": "Pending", "description": "CHG0042"}}}
    formatted = format_connection(raw, "Microsoft.KeyVault/vaults")
    assert (formatted["request_message"], formatted["group_ids"]) == ("CHG0042", ["blob"])
    raw["properties"] = {"privateEndpoint": {"id": PE}, "groupId": "sqlServer",
                         "privateLinkServiceConnectionState": {"status": "Approved", "description": "ok"}}
    formatted = format_connection(raw, "Microsoft.KeyVault/vaults")
    assert (formatted["request_message"], formatted["group_ids"]) == (None, ["sqlServer"])

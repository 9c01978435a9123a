"""ARM id parsing and comparison."""

from ansible_collections.privatelink.azure.plugins.module_utils import _arm

PE = "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-spoke/providers/Microsoft.Network/" \
     "privateEndpoints/pe-app"


def test_ids_compare_case_insensitively_and_ignore_a_trailing_slash():
    assert _arm.same_id(PE, PE.upper() + "/")
    assert not _arm.same_id(PE, PE + "x")
    assert not _arm.same_id(None, None)


def test_parse_id():
    parsed = _arm.parse_id(PE)
    assert parsed["subscription_id"] == "33333333-3333-3333-3333-333333333333"
    assert parsed["resource_group"] == "rg-spoke"
    assert parsed["provider"] == "Microsoft.Network"
    assert parsed["segments"] == [("privateEndpoints", "pe-app")]
    assert _arm.private_endpoint_parts(PE) == ("33333333-3333-3333-3333-333333333333", "rg-spoke", "pe-app")


def test_parse_rejects_what_is_not_an_arm_id():
    assert _arm.parse_id("pe-app") is None
    assert _arm.parse_id("/subscriptions/x/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints") is None
    assert _arm.private_endpoint_parts("nonsense") == (None, None, None)


def test_parent_of_a_connection():
    assert _arm.parent_id_of_connection("/subscriptions/s/resourceGroups/g/providers/P/vaults/v/"
                                        "privateEndpointConnections/c") == "/subscriptions/s/resourceGroups/g/providers/P/vaults/v"
    assert _arm.parent_id_of_connection("/subscriptions/s") is None

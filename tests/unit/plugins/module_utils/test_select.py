"""Selection by private endpoint id (docs/selection.md): pure rule."""

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._select import AmbiguousSelection, select_by_endpoint

PE = "/subscriptions/p/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints/pe"
OTHER = "/subscriptions/p/resourceGroups/rg/providers/Microsoft.Network/privateEndpoints/other"


def conn(name, status, endpoint=PE):
    return {"name": name, "status": status, "private_endpoint_id": endpoint}


def test_one_match_is_taken_whatever_its_status():
    assert select_by_endpoint([conn("a", "Rejected"), conn("b", "Pending", OTHER)], PE.upper())["name"] == "a"


def test_no_match():
    assert select_by_endpoint([conn("b", "Pending", OTHER)], PE) is None


@pytest.mark.parametrize("statuses, wanted", [
    (["Rejected", "Pending"], "c1"), (["Disconnected", "Approved"], "c1"), (["Pending", "Rejected", "Disconnected"], "c0")])
def test_the_one_live_connection_is_taken(statuses, wanted):
    connections = [conn("c%d" % index, status) for index, status in enumerate(statuses)]
    assert select_by_endpoint(connections, PE)["name"] == wanted


@pytest.mark.parametrize("statuses", [["Approved", "Pending"], ["Rejected", "Disconnected"], ["Pending", "Pending"]])
def test_ambiguous_names_every_match(statuses):
    connections = [conn("c%d" % index, status) for index, status in enumerate(statuses)] + [conn("x", "Pending", OTHER)]
    with pytest.raises(AmbiguousSelection) as raised:
        select_by_endpoint(connections, PE)
    assert [c["name"] for c in raised.value.matches] == ["c0", "c1"]


@pytest.mark.parametrize("statuses", [["Rejected", "Pending"], ["Disconnected", "Approved"], ["Approved", "Approved"]])
def test_a_removal_by_endpoint_with_several_matches_is_always_ambiguous(statuses):
    connections = [conn("c%d" % index, status) for index, status in enumerate(statuses)]
    with pytest.raises(AmbiguousSelection) as raised:
        select_by_endpoint(connections, PE, destructive=True)
    assert [c["name"] for c in raised.value.matches] == ["c0", "c1"]
    assert select_by_endpoint(connections[:1], PE, destructive=True)["name"] == "c0"

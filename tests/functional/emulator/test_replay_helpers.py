"""The comparison helpers the replay and schema tests rely on, checked without an emulator: a lenient helper
would make every replay pass."""

from . import specs
from .replay import Scenario, missing_keys, parent_projection

EXAMPLE_BODY = {
    "id": "/x", "name": "pec", "etag": "", "nextLink": None,
    "properties": {"privateLinkServiceConnectionState": {"status": "Approved", "actionsRequired": "None"}},
    "value": [{"id": "/a", "properties": {"provisioningState": "Succeeded"}}],
}


def test_missing_keys_finds_nested_and_list_item_gaps():
    actual = {
        "id": "/x", "name": "pec",
        "properties": {"privateLinkServiceConnectionState": {"status": "Approved"}},
        "value": [{"id": "/a", "properties": {"provisioningState": "Succeeded"}}, {"id": "/b", "properties": {}}],
    }

    assert missing_keys(EXAMPLE_BODY, actual) == [
        "etag", "properties.privateLinkServiceConnectionState.actionsRequired", "value[1].properties.provisioningState",
    ]


def test_missing_keys_treats_example_nulls_as_optional_and_extra_keys_as_fine():
    actual = dict(EXAMPLE_BODY, location="westus")
    del actual["nextLink"]

    assert missing_keys(EXAMPLE_BODY, actual) == []


def test_missing_keys_reports_an_empty_list_where_the_example_has_items():
    assert missing_keys({"value": [{"id": "/a"}]}, {"value": []}) == ["value (empty or not a list)"]


def test_parent_projection_keeps_modeled_keys_only():
    example = {"id": "/v", "name": "v", "sku": {"name": "standard"}, "properties": {"accessPolicies": []}}

    assert parent_projection(example) == {"id": "/v", "name": "v", "properties": {}}


def test_placeholders_get_valid_stand_ins():
    storage_get = next(e for e in specs.pec_examples()
                       if e.test_id == "storage/2023-05-01/StorageAccountGetPrivateEndpointConnection")

    scenario = Scenario.from_example(storage_get)

    assert "{" not in scenario.path
    assert scenario.connection_name.startswith("sto2527.")
    assert scenario.connections[0]["private_endpoint_id"].startswith("/subscriptions/")


def test_schema_errors_catch_a_wrong_type_and_a_closed_enum():
    operation = specs.find_operation("keyvault", "2023-07-01", "PrivateEndpointConnections_Get")
    body = {"id": "/x", "name": 7, "properties": {"provisioningState": "Sleeping"}}

    errors = specs.schema_errors(operation, body)

    assert any(error.startswith("name:") for error in errors)
    assert any(error.startswith("properties/provisioningState:") for error in errors)


def test_schema_errors_accept_nulls_for_optional_properties():
    operation = specs.find_operation("keyvault", "2023-07-01", "PrivateEndpointConnections_ListByResource")

    assert specs.schema_errors(operation, {"value": [], "nextLink": None}) == []

"""Replay every private-endpoint-connection example of the official specs (and the parent GETs) against the
emulator: same request, an answer with a status the example lists and the example's shape."""

import pytest

from . import specs
from .replay import Scenario, missing_keys, parent_projection

EXAMPLES = specs.pec_examples() + specs.parent_get_examples()


def test_every_pec_example_file_is_replayed():
    replayed = {example.file for example in specs.pec_examples()}

    assert replayed == set(specs.example_files_on_disk())


@pytest.mark.parametrize("example", EXAMPLES, ids=lambda example: example.test_id)
def test_example_replays(emu, arm, seed, example):
    scenario = Scenario.from_example(example)
    emu.control.load_state(scenario.seed(seed))

    response = arm.call(scenario.operation.method, scenario.path, scenario.api_version, body=scenario.body)

    assert str(response.status_code) in example.responses, (
        f"HTTP {response.status_code} is not among the example's {sorted(example.responses)}: {response.text[:300]}")
    assert response.headers.get("x-ms-request-id")
    documented = example.responses[str(response.status_code)]
    for header in documented.get("headers", {}):
        assert header in response.headers, f"header {header} missing from the {response.status_code} answer"
    if not documented.get("body"):
        return
    body = response.json()
    if scenario.operation.is_parent_get:
        check_parent(scenario, documented["body"], body)
    elif "value" in documented["body"]:
        check_list(scenario, documented["body"], body)
    else:
        check_connection(scenario, documented["body"], body, scenario.connection_name)


def check_connection(scenario, documented, body, name):
    assert missing_keys(documented, body) == []
    if scenario.operation.method == "DELETE":
        return  # the example's 200 body of a delete carries only provisioningState
    assert body["id"].lower() == f"{scenario.parent_path}/privateEndpointConnections/{name}".lower()
    assert body.get("name", name) == name
    properties = body["properties"]
    assert properties["privateLinkServiceConnectionState"]["status"] == scenario.expected_status_of(name)
    assert properties["provisioningState"] == scenario.expected_provisioning_state()
    seeded = next(c for c in scenario.connections if c["name"] == name)
    assert properties["privateEndpoint"]["id"] == seeded["private_endpoint_id"]
    if scenario.operation.method == "PUT":
        sent = scenario.body["properties"]["privateLinkServiceConnectionState"]["description"]
        assert properties["privateLinkServiceConnectionState"]["description"] == sent


# Recorded traffic wins over the spec examples (AZURE_BEHAVIOUR.md): Managed HSM list items carry only id and
# properties, not the name, type, etag and location the examples show.
BARE_LIST_ITEM_KEYS = ("id", "properties")


def check_list(scenario, documented, body):
    if scenario.operation.parent_type.lower() == "microsoft.keyvault/managedhsms":
        documented = dict(documented, value=[{key: item[key] for key in BARE_LIST_ITEM_KEYS if key in item}
                                             for item in documented["value"]])
        assert all(set(item) == set(BARE_LIST_ITEM_KEYS) for item in body["value"])
    assert missing_keys(documented, body) == []
    names = [item["id"].rsplit("/", 1)[-1] for item in body["value"]]
    assert sorted(names) == sorted(c["name"] for c in scenario.connections)
    for item, name in zip(body["value"], names):
        check_connection(scenario, documented["value"][0], item, name)


def check_parent(scenario, documented, body):
    assert missing_keys(parent_projection(documented), body) == []
    assert body["id"].lower() == scenario.path.lower()
    assert (body["name"], body["location"], body.get("tags", {})) == (
        documented["name"], documented["location"], documented.get("tags", {}))
    embedded = body["properties"]["privateEndpointConnections"]
    assert [c["id"].rsplit("/", 1)[-1] for c in embedded] == [c["name"] for c in scenario.connections]

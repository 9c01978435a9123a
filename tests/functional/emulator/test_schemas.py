"""The emulator's answers validated against the spec's own definitions, in every api-version folder."""

import pytest

from . import fleet, specs

# What each parent type's operations are called on in the test fleet: parent, a connection to read, a Pending
# one to approve.
TARGETS = {
    fleet.KEYVAULT: (fleet.VAULT, "pe-approved", "pe-pending"),
    fleet.MHSM: (fleet.HSM, "pe-hsm-approved", "pe-hsm-pending"),
    fleet.STORAGE: (fleet.ACCOUNT, fleet.ST_APPROVED, fleet.ST_PENDING),
}
PARENT_PARAMETERS = ("vaultName", "name", "accountName")
VALIDATED = [
    operation
    for service in specs.SERVICES
    for api_version in specs.version_folders(service)
    for operation in specs.operations(service, api_version)
    if operation.method in ("GET", "PUT") and "schema" in operation.responses.get("200", {})
]


ERROR_VALIDATED = [
    operation
    for service in specs.SERVICES
    for api_version in specs.version_folders(service)
    for operation in specs.operations(service, api_version)
    if specs.schema_resolves(operation, "default")
]
CHANGE = {"properties": {"privateLinkServiceConnectionState": {"status": "Approved", "description": "schema"}}}


def fill(operation, connection, parent=None, subscription=fleet.SUBSCRIPTION):
    parent = parent or TARGETS[operation.parent_type][0]
    values = {"subscriptionId": subscription, "resourceGroupName": fleet.RG,
              "privateEndpointConnectionName": connection}
    values.update({name: parent for name in PARENT_PARAMETERS})
    path = operation.path_template
    for name in operation.path_parameters:
        path = path.replace("{" + name + "}", values[name])
    return path


@pytest.mark.parametrize(
    "operation", VALIDATED, ids=lambda op: f"{op.service}/{op.api_version}/{op.operation_id}")
def test_answer_matches_the_spec_schema(arm, operation):
    readable, pending = TARGETS[operation.parent_type][1:]
    if operation.method == "PUT":
        response = arm.put(fill(operation, pending), operation.api_version, body=CHANGE)
    else:
        response = arm.get(fill(operation, readable), operation.api_version)

    assert response.status_code == 200, response.text[:300]
    assert specs.schema_errors(operation, response.json()) == []


@pytest.mark.parametrize(
    "operation", ERROR_VALIDATED, ids=lambda op: f"{op.service}/{op.api_version}/{op.operation_id}")
def test_error_answer_matches_the_spec_default_schema(arm, operation):
    if operation.kind == "parent_list":  # a list has no parent to miss: ask in a subscription that is not there
        path = fill(operation, "pe-whatever", subscription="99999999-0000-0000-0000-000000000000")
    else:
        path = fill(operation, "pe-whatever", parent="missing-parent")

    response = arm.call(operation.method, path, operation.api_version,
                        body=CHANGE if operation.method == "PUT" else None)

    assert response.status_code == 404, response.text[:300]
    assert specs.schema_errors(operation, response.json(), status="default") == []


def test_every_version_folder_has_the_connection_operations_validated():
    validated = {(op.service, op.api_version, op.parent_type) for op in VALIDATED if "PrivateEndpoint" in op.operation_id}
    expected = {
        (service, api_version, parent_type)
        for service, parent_types in (("keyvault", (fleet.KEYVAULT, fleet.MHSM)), ("storage", (fleet.STORAGE,)))
        for api_version in specs.version_folders(service)
        for parent_type in parent_types
    }
    assert validated == expected

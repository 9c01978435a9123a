"""Least privilege (docs/permissions.md): the actions each operation needs, derived from a type's ARM type in one
function, and the custom role definitions shipped in examples/roles/ granting exactly those."""

import json
import os

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._errors import AzureError
from ansible_collections.privatelink.azure.plugins.module_utils._permissions import (
    OPERATIONS, actions_for, missing_permission)
from ansible_collections.privatelink.azure.plugins.module_utils._types import BY_KEY, ROWS

ROLES = os.path.join(os.path.dirname(__file__), *[os.pardir] * 4, "examples", "roles")
MESSAGE = ("The client '22222222-2222-2222-2222-222222222222' with object id 'abc' does not have authorization to "
           "perform action 'Microsoft.KeyVault/vaults/privateEndpointConnections/write' over scope '/subscriptions/"
           "s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv/privateEndpointConnections/pe' or the scope is "
           "invalid. If access was recently granted, please refresh your credentials.")


# The shipped roles cover the types with modules of their own; every other row derives its actions the same way.
ROLE_TYPES = ("keyvault", "mhsm", "storage")


def union(operations):
    found = []
    for service in (BY_KEY[key] for key in ROLE_TYPES):
        for operation in operations:
            found.extend(a for a in actions_for(service, operation) if a not in found)
    return found


def test_actions_come_from_the_type():
    vault, storage = BY_KEY["keyvault"], BY_KEY["storage"]
    assert actions_for(vault, "read_scope") == ["Microsoft.KeyVault/vaults/read"]
    assert actions_for(vault, "approve") == [
        "Microsoft.KeyVault/vaults/read", "Microsoft.KeyVault/vaults/privateEndpointConnections/read",
        "Microsoft.KeyVault/vaults/privateEndpointConnections/write"]
    assert "Microsoft.Storage/storageAccounts/privateEndpointConnectionsApproval/action" in actions_for(storage, "reject")
    assert actions_for(storage, "remove")[-1] == "Microsoft.Storage/storageAccounts/privateEndpointConnections/delete"
    assert all(not a.endswith("/write") and not a.endswith("/delete")
               for service in ROWS for a in actions_for(service, "read_connections"))
    # Every row of the table: the same derivation from its ARM type.
    assert all(actions_for(row, "remove")[-1] == "%s/%s/delete" % (row.arm_type, row.connection_segment) for row in ROWS)


@pytest.mark.parametrize("name, operations", [
    ("pec-approver.json", ("read_scope", "approve", "reject", "remove")),
    ("pec-reader.json", ("read_scope", "read_connections")),
])
def test_the_shipped_custom_roles_grant_exactly_what_the_operations_need(name, operations):
    with open(os.path.join(ROLES, name)) as handle:
        role = json.load(handle)
    assert role["IsCustom"] is True and role["AssignableScopes"] and role["NotActions"] == []
    assert role["Actions"] == union(operations)
    assert set(OPERATIONS) >= set(operations)


def test_an_authorization_failure_names_the_missing_action_and_scope():
    assert missing_permission(MESSAGE) == (
        "Microsoft.KeyVault/vaults/privateEndpointConnections/write",
        "/subscriptions/s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv/privateEndpointConnections/pe")
    text = AzureError(403, "AuthorizationFailed", MESSAGE, "req-1").describe()
    assert "lacks the permission 'Microsoft.KeyVault/vaults/privateEndpointConnections/write' on scope" in text
    assert "req-1" in text and "docs/permissions.md" in text
    assert "lacks the permission" not in AzureError(403, "Forbidden", "nope").describe()
    assert missing_permission("something else") is None

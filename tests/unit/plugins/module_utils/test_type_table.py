"""The type table: every fact of every row has a source, rows are frozen, lookups accept one set of spellings."""

import dataclasses

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils import _type_table, _types
from ansible_collections.privatelink.azure.plugins.module_utils._type_row import (
    FACT_FIELDS, SOURCE_KINDS, Fact, ResourceType)
from ansible_collections.privatelink.azure.plugins.module_utils._type_table import KEY_VAULT, MANAGED_HSM, STORAGE

# The table's own constants (DISCONNECTED_SOURCE...): a source that names one was written as text, not joined.
CONSTANT_NAMES = [name.lstrip("_") for name in vars(_type_table) if "_" in name.strip("_") and name.isupper()]


@pytest.mark.parametrize("row", _types.ROWS, ids=lambda row: row.arm_type)
def test_every_fact_of_every_row_names_its_source(row):
    assert set(row.sources) == set(FACT_FIELDS)
    for field in FACT_FIELDS:
        source = row.sources[field]
        assert isinstance(source, str) and source.strip(), "%s.%s has no source" % (row.arm_type, field)
        assert source.startswith(SOURCE_KINDS), "%s.%s: %r does not start with one of %s" % (
            row.arm_type, field, source, SOURCE_KINDS)
        for reason in source.split("our inference:")[1:]:
            reason = reason.strip(" ;,")
            assert reason and not reason.startswith("(no reason given"), (
                "%s.%s: an inference without its reason: %r" % (row.arm_type, field, source))
        assert not [name for name in CONSTANT_NAMES if name in source], "%s.%s names a constant: %r" % (
            row.arm_type, field, source)


@pytest.mark.parametrize("row", _types.ROWS, ids=lambda row: row.arm_type)
def test_rows_are_complete_and_self_consistent(row):
    assert row.arm_type.count("/") == 1 and row.label and row.names and row.key and row.parent_option
    assert row.api_version and row.connections_listing in ("collection", "parent_only")
    assert row.get_missing in (204, 404)
    assert set(row.put.codes) <= {200, 201, 202} and set(row.delete.codes) <= {200, 202, 204, 404}
    assert row.actions_field in (None, "actionsRequired", "actionRequired")
    assert {"Pending", "Approved", "Rejected"} <= set(row.statuses)
    assert not set(row.transitional_statuses) & set(row.statuses)
    for transition in row.refused_transitions:
        assert transition.wanted in ("Approved", "Rejected", "Absent") and transition.answer


def test_a_row_cannot_be_changed_nor_built_without_sources():
    with pytest.raises(dataclasses.FrozenInstanceError):
        KEY_VAULT.api_version = "2000-01-01"
    assert isinstance(KEY_VAULT.statuses, tuple)
    facts = {field: Fact(getattr(STORAGE, field), STORAGE.sources[field]) for field in FACT_FIELDS}
    facts["api_version"] = "2023-01-01"   # a bare value: no source
    with pytest.raises(TypeError, match="api_version"):
        ResourceType(arm_type="Microsoft.Test/things", label="thing", names=("thing",), parent_option="thing_name",
                     **facts)


def test_every_spelling_names_one_row_in_any_case():
    assert _types.row_for("microsoft.keyvault/VAULTS") is KEY_VAULT
    assert _types.row_for(" MHSM ") is MANAGED_HSM
    assert _types.row_for("Storage_Account") is STORAGE
    assert _types.row_for("Microsoft.Nothing/here") is None and _types.row_for(None) is None
    spellings = _types.spellings()
    assert spellings[:len(_types.ROWS)] == list(_types.RESOURCE_TYPES)
    assert len({spelling.lower() for spelling in spellings}) == len(spellings)
    for spelling in spellings:
        assert _types.row_for(spelling.upper()) is not None


def test_rows_by_parent_id_and_unknown_types_say_where_the_list_is():
    parent = "/subscriptions/s/resourceGroups/rg/providers/Microsoft.Storage/storageAccounts/st1"
    assert _types.row_for_parent_id(parent) is STORAGE
    assert _types.row_for_parent_id(parent + "/blobServices/default") is None
    message = _types.unknown_type("Microsoft.KeyVault/vault", "resource_types[0]")
    assert message.startswith("resource_types[0]: 'Microsoft.KeyVault/vault' is not a known resource type")
    assert "did you mean Microsoft.KeyVault/vaults" in message and "docs/types.md" in message


def test_busy_codes_are_busy_on_every_type():
    for code in ("AnotherOperationInProgress", "StorageAccountOperationInProgress", "conflicterror"):
        assert _types.is_busy_code(409, code)
    assert not _types.is_busy_code(409, "Conflict") and not _types.is_busy_code(400, "AnotherOperationInProgress")


def test_refusal_sentences_come_from_the_rows_facts():
    assert STORAGE.refusal("Rejected", "Approved").startswith("Storage account never approves a rejected connection")
    assert "400 InvalidValuesForRequestParameters" in STORAGE.refusal("rejected", "APPROVED")
    assert KEY_VAULT.refusal("Rejected", "Approved") is None and KEY_VAULT.reapproves_rejected
    assert "Disconnected" in KEY_VAULT.refusal("Disconnected", "Rejected")
    assert STORAGE.refusal("Approved", "Rejected") is None

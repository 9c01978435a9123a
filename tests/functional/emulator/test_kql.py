"""The emulated Resource Graph's subset of KQL (tests/emulator/kql.py): pure, no emulator process."""

import pytest

from tests.emulator import kql

VAULT = {"id": "/subscriptions/s1/resourceGroups/rg-a/providers/Microsoft.KeyVault/vaults/kv-a", "name": "kv-a",
         "type": "microsoft.keyvault/vaults", "subscriptionId": "s1", "resourceGroup": "rg-a",
         "tags": {"env": "prod", "owner": "team-x"},
         "properties": {"privateEndpointConnections": [
             {"id": "c1", "properties": {"privateLinkServiceConnectionState": {"status": "Pending"}}},
             {"id": "c2", "properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}}]}}
ACCOUNT = {"id": "/subscriptions/s2/resourceGroups/rg-b/providers/Microsoft.Storage/storageAccounts/st1",
           "name": "st1", "type": "microsoft.storage/storageaccounts", "subscriptionId": "s2", "resourceGroup": "rg-b",
           "tags": {}, "properties": {"privateEndpointConnections": []}}
OTHER = {"id": "/subscriptions/s1/resourceGroups/rg-a/providers/Microsoft.Web/sites/app", "name": "app",
         "type": "microsoft.web/sites", "subscriptionId": "s1", "resourceGroup": "rg-a", "tags": None,
         "properties": {}}
ROWS = [VAULT, ACCOUNT, OTHER]


def names(rows):
    return [row["name"] for row in rows]


def test_where_in_tilde_ignores_case_and_double_equals_does_not():
    assert names(kql.query("resources | where type in~ ('Microsoft.KeyVault/vaults', "
                           "'Microsoft.Storage/storageAccounts')", ROWS)) == ["kv-a", "st1"]
    assert names(kql.query("Resources | where type == 'Microsoft.KeyVault/vaults'", ROWS)) == []
    assert names(kql.query("resources | where type =~ 'Microsoft.KeyVault/vaults'", ROWS)) == ["kv-a"]
    assert names(kql.query("resources | where type in ('microsoft.web/sites')", ROWS)) == ["app"]


def test_and_or_parentheses_and_negations():
    query = ("resources | where (subscriptionId == 's1' and name != 'app') or (resourceGroup =~ 'RG-B' "
             "and type !~ 'microsoft.web/sites')")
    assert names(kql.query(query, ROWS)) == ["kv-a", "st1"]


def test_has_matches_whole_terms_ignoring_case():
    assert names(kql.query("resources | where id has 'KEYVAULT'", ROWS)) == ["kv-a"]
    assert names(kql.query("resources | where id has 'vault'", ROWS)) == []   # 'vaults' is the term, not 'vault'
    assert names(kql.query("resources | where tags.owner has 'team'", ROWS)) == ["kv-a"]


def test_mv_expand_gives_a_row_per_element_and_keeps_a_row_for_an_empty_array():
    rows = kql.query("resources | where type in~ ('microsoft.keyvault/vaults', 'microsoft.storage/storageaccounts')"
                     " | mv-expand connection = properties.privateEndpointConnections"
                     " | project id, connection", ROWS)
    assert [(row["id"].rsplit("/", 1)[1], (row["connection"] or {}).get("id")) for row in rows] == [
        ("kv-a", "c1"), ("kv-a", "c2"), ("st1", None)]


def test_mv_expand_then_where_on_the_expanded_element():
    rows = kql.query("resources | mv-expand c = properties.privateEndpointConnections"
                     " | where c.properties.privateLinkServiceConnectionState.status == 'Pending'"
                     " | project name, connectionId = c.id", ROWS)
    assert rows == [{"name": "kv-a", "connectionId": "c1"}]


def test_mv_expand_of_a_bare_column_keeps_its_name():
    rows = kql.query("resources | where name == 'kv-a' | extend c = properties.privateEndpointConnections"
                     " | mv-expand c | project c", ROWS)
    assert [row["c"]["id"] for row in rows] == ["c1", "c2"]


def test_extend_project_and_bracket_paths():
    rows = kql.query("resources | extend env = tags['env'] | project name, env, tags.owner", ROWS)
    assert rows[0] == {"name": "kv-a", "env": "prod", "owner": "team-x"}
    assert rows[2] == {"name": "app", "env": None, "owner": None}


def test_order_by_is_descending_unless_asked_and_limit_take():
    assert names(kql.query("resources | order by name", ROWS)) == ["st1", "kv-a", "app"]
    assert names(kql.query("resources | sort by name asc | take 2", ROWS)) == ["app", "kv-a"]
    assert names(kql.query("resources | order by subscriptionId asc, name desc | limit 10", ROWS)) == [
        "kv-a", "app", "st1"]


def test_the_rows_given_are_left_unchanged():
    before = repr(ROWS)
    kql.query("resources | mv-expand properties.privateEndpointConnections | extend x = name | project x", ROWS)
    assert repr(ROWS) == before


@pytest.mark.parametrize("query, code", [
    ("resources | summarize count() by type", "UnsupportedOperator"),
    ("resources | join kind=inner (resourcecontainers) on subscriptionId", "UnsupportedOperator"),
    ("securityresources | take 1", "UnsupportedTable"),
    ("resources | where name contains 'kv'", "UnsupportedOperator"),
    ("resources | where tolower(name) == 'kv-a'", "UnsupportedFunction"),
    ("resources | where name == ", "ParserFailure"),
    ("resources | where (name == 'a'", "ParserFailure"),
    ("resources | take", "ParserFailure"),
    ("resources | where name == 'a' junk", "ParserFailure"),
    ("resources | where name == 'a' ; ", "ParserFailure"),
    ("", "ParserFailure"),
])
def test_anything_outside_the_subset_is_refused_with_a_code_and_position(query, code):
    with pytest.raises(kql.KqlError) as raised:
        kql.query(query, ROWS)
    assert raised.value.code == code
    assert raised.value.position is not None


def test_an_unknown_column_is_refused_when_evaluated():
    with pytest.raises(kql.KqlError) as raised:
        kql.query("resources | where nmae == 'kv-a'", ROWS)
    assert raised.value.code == "FailedToResolveScalarExpression"
    assert "nmae" in raised.value.message

"""Every api-version real Azure publishes for a resource type (the emulator's one table, tests/emulator/apiversions.py)
is served, every spec folder is in that table; anything else is refused the way ARM does."""

import pytest

from tests.emulator.apiversions import VERSIONS

from . import fleet, specs
from .arm import error_of

PARENTS = {
    "keyvault": [(fleet.KEYVAULT, fleet.VAULT), (fleet.MHSM, fleet.HSM)],
    "storage": [(fleet.STORAGE, fleet.ACCOUNT)],
}
CASES = [
    (parent_type, name, api_version)
    for service, parents in PARENTS.items()
    for api_version in specs.version_folders(service)
    for parent_type, name in parents
]


def connections_path(parent_type, name):
    return fleet.parent_id(parent_type, fleet.RG, name) + "/privateEndpointConnections"


@pytest.mark.parametrize("parent_type, name, api_version", CASES,
                         ids=[f"{case[0].split('/')[-1]}-{case[2]}" for case in CASES])
def test_spec_version_is_accepted(arm, parent_type, name, api_version):
    response = arm.get(connections_path(parent_type, name), api_version)

    assert response.status_code == 200, response.text[:300]
    assert response.json()["value"]


ALL_PARENTS = [parent for parents in PARENTS.values() for parent in parents]


@pytest.mark.parametrize("parent_type, name", ALL_PARENTS, ids=[parent[0].split("/")[-1] for parent in ALL_PARENTS])
@pytest.mark.parametrize("api_version", ["2099-01-01", "2023-07-01-nonsense"])
def test_unknown_version_is_refused(arm, parent_type, name, api_version):
    response = arm.get(connections_path(parent_type, name), api_version)

    assert response.status_code == 400
    code, message = error_of(response)
    assert code == "InvalidApiVersionParameter"
    assert api_version in message
    assert response.headers.get("x-ms-request-id")


def test_missing_version_is_refused(arm):
    response = arm.get(connections_path(fleet.KEYVAULT, fleet.VAULT), None)

    assert response.status_code == 400
    assert error_of(response)[0] == "MissingApiVersionParameter"


FAMILY_PARENTS = {"keyvault": (fleet.KEYVAULT, fleet.VAULT), "mhsm": (fleet.MHSM, fleet.HSM),
                  "storage": (fleet.STORAGE, fleet.ACCOUNT)}
TABLE_CASES = [(family, version) for family in FAMILY_PARENTS for version in VERSIONS[family]]


@pytest.mark.parametrize("family, api_version", TABLE_CASES, ids=[f"{f}-{v}" for f, v in TABLE_CASES])
def test_every_version_of_the_table_is_served(arm, family, api_version):
    parent_type, name = FAMILY_PARENTS[family]
    response = arm.get(connections_path(parent_type, name), api_version)

    assert response.status_code == 200, response.text[:300]


def test_every_spec_folder_is_in_the_table():
    for folder in specs.version_folders("keyvault"):
        assert folder in VERSIONS["keyvault"] and folder in VERSIONS["mhsm"], folder
    for folder in specs.version_folders("storage"):
        assert folder in VERSIONS["storage"], folder


@pytest.mark.parametrize("family, api_version", [
    ("keyvault", "2018-02-14"), ("keyvault", "2023-02-01"), ("mhsm", "2021-04-01-preview"),
    ("storage", "2019-06-01"), ("storage", "2025-08-01"), ("storage", "2026-04-01")])
def test_versions_seen_in_real_traffic_and_spec_folders_are_served(arm, family, api_version):
    parent_type, name = FAMILY_PARENTS[family]
    assert arm.get(connections_path(parent_type, name), api_version).status_code == 200


def test_a_vault_only_version_is_refused_for_managed_hsm(arm):
    # Managed HSM private endpoint connections appear in 2021-04-01-preview; 2018-02-14 is a vault version.
    response = arm.get(connections_path(fleet.MHSM, fleet.HSM), "2018-02-14")

    assert response.status_code == 400
    code, message = error_of(response)
    assert code == "InvalidApiVersionParameter" and "2021-04-01-preview" in message

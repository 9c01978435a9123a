"""Every api-version the project keeps specs for is served; anything else is refused the way ARM does."""

import pytest

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

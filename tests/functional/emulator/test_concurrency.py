"""Parallel writes, as the batch module sends them: independent across parents, serialized within one."""

from concurrent.futures import ThreadPoolExecutor

from . import fleet
from .pec import state_change

KEYVAULT_API, STORAGE_API = "2023-07-01", "2023-05-01"


def put_all(arm, targets):
    with ThreadPoolExecutor(max_workers=len(targets)) as pool:
        answers = pool.map(lambda target: arm.put(target[0], target[1], body=state_change("Approved")), targets)
        return [answer.status_code for answer in answers]


def test_changes_on_different_parents_all_succeed(arm):
    targets = [
        (fleet.connection_id(fleet.KEYVAULT, fleet.RG, fleet.VAULT, "pe-pending"), KEYVAULT_API),
        (fleet.connection_id(fleet.KEYVAULT, fleet.RG, fleet.LOCKED_VAULT, "pe-locked"), KEYVAULT_API),
        (fleet.connection_id(fleet.MHSM, fleet.RG, fleet.HSM, "pe-hsm-pending"), KEYVAULT_API),
        (fleet.connection_id(fleet.STORAGE, fleet.RG, fleet.ACCOUNT, fleet.ST_PENDING), STORAGE_API),
    ]

    assert put_all(arm, targets) == [200, 200, 200, 200]


def test_simultaneous_changes_on_one_vault_let_exactly_one_through(emu, arm):
    emu.control.settings(lro_seconds=5)  # the first change is still running when the second one lands
    targets = [(fleet.connection_id(fleet.KEYVAULT, fleet.RG, fleet.VAULT, name), KEYVAULT_API)
               for name in ("pe-pending", "pe-spare")]

    assert sorted(put_all(arm, targets)) == [200, 409]

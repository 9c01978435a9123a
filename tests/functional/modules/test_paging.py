"""A paged list whose page N fails is asked again from page N, never from page 1 (issue 8): the pages already read
are not read twice. Real SDK pagers over HTTPS against the emulator, in-process through the info engine."""

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._info import collect
from ansible_collections.privatelink.azure.plugins.module_utils._types import BY_KEY
from tests.emulator.launcher import running_emulator
from tests.functional.modules.cells import module_environment
from tests.functional.modules.playbooks import DEMO_FLEET

VAULTS_LIST = r"/providers/Microsoft\.KeyVault/vaults$"


def _vault_list_requests(emu):
    return [entry for entry in emu.control.requests(kind="arm") if entry["path"].lower().endswith("/vaults")]


@pytest.mark.parametrize("fault", [
    {"action": "respond", "status": 503, "headers": {"Retry-After": "1"}},
    {"action": "respond", "status": 429, "headers": {"Retry-After": "1"}},
    {"action": "drop"},
], ids=["503", "429", "dropped"])
def test_a_failed_page_is_asked_again_alone(fault):
    with running_emulator(seed=DEMO_FLEET) as emu, module_environment(emu):
        emu.control.settings(page_size=1)
        params = {"auth_source": "env"}
        whole = collect(BY_KEY["keyvault"], params)
        assert not whole.get("failed"), whole
        pages = len(_vault_list_requests(emu))
        assert pages >= 2, "the demo fleet must have two vaults or more to page"

        emu.control.clear_requests()
        emu.control.add_fault(method="GET", path_regex=VAULTS_LIST, skip=1, times=1, **fault)
        again = collect(BY_KEY["keyvault"], params)

        assert not again.get("failed"), again
        assert again["connections"] == whole["connections"]
        statuses = [entry["status"] for entry in _vault_list_requests(emu)]
        # Page 1, page 2 refused (or dropped), page 2 again, then the rest: one request more than the pages.
        assert len(statuses) == pages + 1, statuses
        assert statuses[0] == 200 and statuses[2:] == [200] * (pages - 1), statuses

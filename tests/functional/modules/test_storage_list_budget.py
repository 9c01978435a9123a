"""The Storage resource provider's list budget (100 lists per 5 minutes per subscription, AZURE_BEHAVIOUR.md
"Budgets"): the scope reader at the event source's default (a poll every 30 s, ten in 5 minutes) over a fleet of
300 Storage accounts spends a third of it, and never meets a 429, with the emulator's budgets on.

Ten reads one after another stand for ten polls: the bucket refills by one list every 3 s, so back to back is the
harder case; the count is what matters here, not the seconds.
"""

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._scope import Scope, read_scope
from tests.emulator.launcher import running_emulator
from tests.functional.modules.cells import RESOURCE_GROUP, SUBSCRIPTION, TENANT, module_environment

pytestmark = pytest.mark.slow

ACCOUNTS = 300
POLLS_IN_5_MINUTES = 10   # the event source's default delay, 30 s
STORAGE_LIST_BUDGET = 100


def storage_fleet():
    return {"subscription_id": SUBSCRIPTION, "tenant_id": TENANT,
            "principals": [{"client_id": "22222222-2222-2222-2222-222222222222", "client_secret": "cells-secret"}],
            "resources": [{"type": "Microsoft.Storage/storageAccounts", "resource_group": RESOURCE_GROUP,
                           "name": "st%05d" % number, "location": "westeurope", "connections": []}
                          for number in range(ACCOUNTS)]}


def test_polling_300_storage_accounts_at_the_default_stays_within_the_list_budget():
    scope = Scope.from_options(subscriptions=[SUBSCRIPTION], resource_types=["storage"])
    with running_emulator(seed=storage_fleet(), extra_args=("--throttling", "on")) as emu, module_environment(emu):
        emu.control.clear_requests()
        for _poll in range(POLLS_IN_5_MINUTES):
            found = read_scope({"auth_source": "env"}, scope, discovery="arm")
            assert found["errors"] == [] and len(found["resources"]) == ACCOUNTS, found["errors"]
        log = emu.control.requests(kind="arm")
        left = {row["bucket"]: row["tokens"] for row in emu.control.budgets()["buckets"]}

    lists = [entry for entry in log if entry["path"].lower().endswith("/microsoft.storage/storageaccounts")]
    assert not [entry for entry in log if entry["status"] == 429], log
    assert len(lists) == POLLS_IN_5_MINUTES * 3          # 300 accounts at 100 per page: 3 pages per poll
    assert len(lists) <= STORAGE_LIST_BUDGET // 3
    assert left["storage-lists"] >= STORAGE_LIST_BUDGET - len(lists)

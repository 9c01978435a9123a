"""ARM's and the Storage provider's published request budgets (AZURE_BEHAVIOUR.md "Budgets"), seen on the wire:
remaining tokens on every answer, 429 + Retry-After when a bucket is empty, buckets per principal, a drain
through the control API as another caller would spend them."""

import pytest

from tests.emulator.control import ControlError

from . import fleet
from .arm import error_of

API = "2023-07-01"
STORAGE_API = "2023-05-01"
VAULT = fleet.parent_id(fleet.KEYVAULT, fleet.RG, fleet.VAULT)
ACCOUNTS = f"/subscriptions/{fleet.SUBSCRIPTION}/providers/Microsoft.Storage/storageAccounts"
READS = "x-ms-ratelimit-remaining-subscription-reads"


@pytest.fixture
def throttled(emu):
    emu.control.settings(throttling="on")
    emu.control.refill_budgets()
    yield emu
    emu.control.budget_limits()


def test_every_answer_says_what_is_left_and_each_read_spends_one(arm, throttled):
    first = arm.get(VAULT, API)
    second = arm.get(VAULT + "/privateEndpointConnections", API)
    missing = arm.get(VAULT + "/privateEndpointConnections/pe-nobody", API)

    left = [int(answer.headers[READS]) for answer in (first, second, missing)]
    # 250 tokens, refilled at 25/s: the reads come faster than one per 40 ms, so each one shows in the count.
    assert left[0] <= 249 and left[1] <= left[0] and left[2] <= left[1]
    assert int(first.headers["x-ms-ratelimit-remaining-subscription-global-reads"]) > 3000
    put = arm.put(VAULT + "/privateEndpointConnections/pe-pending", API,
                  body={"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}})
    assert put.status_code == 200 and int(put.headers["x-ms-ratelimit-remaining-subscription-writes"]) == 199


def test_an_empty_read_bucket_answers_429_with_retry_after_and_refills(arm, throttled):
    # A slow refill, so that the bucket is still empty when the next read comes, however loaded the machine.
    throttled.control.budget_limits(reads={"capacity": 250, "per_second": 0.2})
    throttled.control.drain("reads", fleet.SUBSCRIPTION, fleet.CLIENT_ID)

    refused = arm.get(VAULT, API)

    assert refused.status_code == 429
    code, message = error_of(refused)
    assert code == "SubscriptionRequestsThrottled"
    assert "'read'" in message and fleet.SUBSCRIPTION in message and fleet.CLIENT_ID in message
    assert int(refused.headers["Retry-After"]) >= 4     # a token every 5 s
    assert refused.headers[READS] == "0"
    # Writes have their own bucket; another principal has its own read bucket.
    put = arm.put(VAULT + "/privateEndpointConnections/pe-pending", API,
                  body={"properties": {"privateLinkServiceConnectionState": {"status": "Approved"}}})
    assert put.status_code == 200
    levels = {(row["bucket"], row["client_id"]): row for row in throttled.control.budgets()["buckets"]}
    assert throttled.control.budgets()["throttled"] == 1
    assert levels[("writes", fleet.CLIENT_ID)]["tokens"] < 200


def test_the_storage_provider_list_budget_is_its_own(arm, throttled):
    throttled.control.drain("storage-lists", fleet.SUBSCRIPTION, tokens=99)

    last = arm.get(ACCOUNTS, STORAGE_API)
    refused = arm.get(ACCOUNTS, STORAGE_API)
    vault_list = arm.get(f"/subscriptions/{fleet.SUBSCRIPTION}/providers/Microsoft.KeyVault/vaults", API)

    assert last.status_code == 200
    assert last.headers["x-ms-ratelimit-remaining-subscription-resource-entities-read"] == "0"
    assert refused.status_code == 429 and error_of(refused)[0] == "TooManyRequests"
    assert "ObservationWindow_00:05:00" in error_of(refused)[1]
    # 100 lists per 5 minutes: a token every 3 s.
    assert int(refused.headers["Retry-After"]) >= 2
    assert vault_list.status_code == 200   # Key Vault has no provider budget of its own


def test_off_nothing_is_spent_and_headers_show_full_buckets(arm, emu):
    emu.control.settings(throttling="off")
    emu.control.drain("reads", fleet.SUBSCRIPTION, fleet.CLIENT_ID)

    answer = arm.get(VAULT, API)

    assert answer.status_code == 200 and answer.headers[READS] == "250"


def test_a_drain_names_what_is_wrong(emu):
    with pytest.raises(ControlError, match="limits.reads.capacity must be a positive number"):
        emu.control.budget_limits(reads={"capacity": 0})
    with pytest.raises(ControlError, match="unknown bucket 'nope'"):
        emu.control.drain("nope", fleet.SUBSCRIPTION)
    with pytest.raises(ControlError, match="per principal: give client_id"):
        emu.control.drain("reads", fleet.SUBSCRIPTION)

"""ARM's and the Storage provider's published request budgets (AZURE_BEHAVIOUR.md "Budgets"), seen on the wire:
remaining tokens on every answer, 429 + Retry-After when a bucket is empty, buckets per principal, a drain
through the control API as another caller would spend them."""

import threading

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._pacer import REFILL_PER_SECOND, Pacer
from tests.emulator.control import ControlError

from . import fleet
from .arm import ARM_SCOPE, Arm, error_of
from .conftest import make_credential

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


@pytest.mark.slow
def test_two_processes_pacers_share_one_bucket_without_a_429(emu, throttled):
    """docs/waiting.md "Who shares a budget": two processes (AWX slices, or the event source and a role, each with
    its principal) each have their own pacer and spend from one Storage provider budget of the subscription. Each
    sees the other's spending in the remaining count of its answers and waits for the refill: no 429.

    Two Pacer objects in two threads stand for the two processes' pacers (a pacer shares nothing but the headers).
    The emulator's read bucket refills at the rate the pacer assumes for its header, 1,200 per hour."""
    throttled.control.budget_limits(**{"storage-reads": {
        "capacity": 800, "per_second": REFILL_PER_SECOND["subscription-resource-requests"]}})
    left = throttled.control.drain("storage-reads", fleet.SUBSCRIPTION, tokens=800 - 10)["tokens"]
    account = fleet.parent_id(fleet.STORAGE, fleet.RG, fleet.ACCOUNT)
    reads_each = 7
    throttled.control.clear_requests()

    def spend(client_id, secret, pacer, statuses):
        credential = make_credential(throttled, client_id, secret)
        token = credential.get_token(ARM_SCOPE).token
        caller = Arm(throttled.arm_url, throttled.ca_file, lambda: token)
        together.wait()
        for _read in range(reads_each):
            pacer.wait_before("GET", account)
            answer = caller.get(account, STORAGE_API)
            pacer.observe("GET", account, answer.status_code, answer.headers)
            statuses.append(answer.status_code)

    pacers, statuses, together = [Pacer(), Pacer()], [[], []], threading.Barrier(2)
    principals = [(fleet.CLIENT_ID, fleet.CLIENT_SECRET), (fleet.DENIED_CLIENT_ID, fleet.DENIED_CLIENT_SECRET)]
    callers = [threading.Thread(target=spend, args=(client_id, secret, pacer, seen))
               for (client_id, secret), pacer, seen in zip(principals, pacers, statuses)]
    for caller in callers:
        caller.start()
    for caller in callers:
        caller.join()

    log = [entry for entry in throttled.control.requests(kind="arm") if entry["path"].lower() == account.lower()]
    assert left <= 10 < 2 * reads_each            # more reads than tokens left: only the refill let them through
    assert statuses == [[200] * reads_each, [200] * reads_each]
    assert len(log) == 2 * reads_each and not [entry for entry in log if entry["status"] == 429]
    assert throttled.control.budgets()["throttled"] == 0
    # Together they waited for the refill (which of the two waits depends on how their requests interleave).
    assert sum(pacer.summary()["waited_seconds"] for pacer in pacers) > 0, [p.summary() for p in pacers]

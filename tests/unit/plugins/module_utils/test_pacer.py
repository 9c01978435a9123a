"""The process's pacer (docs/waiting.md, "Sharing Azure's request budgets"): it learns the budgets from the
x-ms-ratelimit-remaining-* headers and slows requests down before a bucket is empty. Pure logic on a fake clock;
tests/functional/modules/test_budgets.py runs it against the emulator's buckets."""

from ansible_collections.privatelink.azure.plugins.module_utils._pacer import Pacer, request_kind
from ansible_collections.privatelink.azure.tests.unit.plugins.module_utils.fake_clock import FakeClock

SUB = "00000000-0000-0000-0000-000000000000"
VAULT = "https://arm/subscriptions/%s/resourceGroups/rg/providers/Microsoft.KeyVault/vaults/kv?api-version=1" % SUB
CONNECTIONS = VAULT.replace("?", "/privateEndpointConnections?")
ACCOUNTS = "https://arm/subscriptions/%s/providers/Microsoft.Storage/storageAccounts?api-version=1" % SUB
READS = "x-ms-ratelimit-remaining-subscription-reads"


def test_requests_are_told_apart_by_verb_and_provider():
    assert request_kind("GET", VAULT) == (SUB, "read microsoft.keyvault")
    assert request_kind("GET", CONNECTIONS) == (SUB, "list microsoft.keyvault")
    assert request_kind("GET", ACCOUNTS) == (SUB, "list microsoft.storage")
    assert request_kind("PUT", CONNECTIONS.replace("?", "/pe?")) == (SUB, "write microsoft.keyvault")
    assert request_kind("DELETE", VAULT)[1] == "delete microsoft.keyvault"


def test_plenty_left_costs_nothing():
    clock = FakeClock()
    pacer = Pacer(clock=clock, sleep=clock.sleep)
    pacer.observe("GET", VAULT, 200, {READS: "200"})
    for _request in range(100):
        pacer.wait_before("GET", VAULT)
    assert clock.sleeps == []


def test_a_low_bucket_spaces_requests_at_its_refill_rate_across_threads():
    clock = FakeClock()
    pacer = Pacer(clock=clock, sleep=clock.sleep)
    pacer.observe("GET", VAULT, 200, {READS: "250"})
    pacer.observe("GET", VAULT, 200, {READS: "51"})   # the reserve (a fifth: 50) is reached with the next request
    delays = [pacer.reserve_slot("GET", VAULT) for _thread in range(5)]   # five threads at once
    assert delays[0] == 0.0
    # 25 reads/s: each further request one refill later than the one before.
    assert [round(d, 2) for d in delays[1:]] == [0.04, 0.08, 0.12, 0.16]


def test_a_small_bucket_keeps_a_small_reserve():
    clock = FakeClock()
    pacer = Pacer(clock=clock, sleep=clock.sleep)
    storage_write = ACCOUNTS.replace("storageAccounts?", "storageAccounts/st/privateEndpointConnections/pe?")
    # The Storage provider's 10 writes per second, shown full: nothing to wait for.
    pacer.observe("PUT", storage_write, 200, {"x-ms-ratelimit-remaining-subscription-resource-requests": "10"})
    assert pacer.reserve_slot("PUT", storage_write) == 0.0


def test_a_429_holds_every_request_of_that_kind_for_its_retry_after():
    clock = FakeClock()
    pacer = Pacer(clock=clock, sleep=clock.sleep)
    pacer.observe("GET", VAULT, 429, {"Retry-After": "7", READS: "0"})
    assert pacer.reserve_slot("GET", VAULT) >= 7.0
    assert pacer.reserve_slot("PUT", VAULT) == 0.0       # writes have their own budget
    assert pacer.summary()["throttled_answers"] == 1


def test_the_storage_list_budget_is_paced_by_its_own_slow_refill():
    clock = FakeClock()
    pacer = Pacer(clock=clock, sleep=clock.sleep)
    lists = "x-ms-ratelimit-remaining-subscription-resource-entities-read"
    pacer.observe("GET", ACCOUNTS, 200, {READS: "240", lists: "100"})
    pacer.observe("GET", ACCOUNTS, 200, {READS: "240", lists: "21"})
    pacer.wait_before("GET", ACCOUNTS)
    pacer.wait_before("GET", ACCOUNTS)
    assert round(clock.sleeps[0], 1) == 3.0   # 100 lists per 5 minutes: one every 3 s
    assert pacer.summary()["waited_seconds"] >= 3.0


def test_never_waits_past_the_deadline():
    class Deadline:
        def remaining(self):
            return 0.5

    clock = FakeClock()
    pacer = Pacer(clock=clock, sleep=clock.sleep)
    pacer.observe("GET", VAULT, 429, {"Retry-After": "30"})
    pacer.wait_before("GET", VAULT, Deadline())
    assert clock.sleeps == [0.5]


def test_one_header_for_the_storage_providers_reads_and_writes_is_two_budgets():
    # The Storage provider reports its read bucket (800 per 5 minutes) and its hourly write bucket (1,200) under one
    # header name: a write's full bucket must not make the reads' few tokens look far under a reserve.
    clock = FakeClock()
    pacer = Pacer(clock=clock, sleep=clock.sleep)
    account = ACCOUNTS.replace("?", "/st1/privateEndpointConnections/pe?")
    header = "x-ms-ratelimit-remaining-subscription-resource-requests"
    pacer.observe("PUT", account, 200, {header: "1199"})
    pacer.observe("GET", account, 200, {header: "5"})
    pacer.wait_before("GET", account)
    assert clock.sleeps == []

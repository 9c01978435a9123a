"""azure_pec_scope_info through ansible-playbook against the large fleet: one process, one sign-in, one paged list per
type and subscription, named things that cannot be read reported with Azure's error, survey strings accepted."""

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._types import row_for
from tests.emulator.fleets.large import SUBSCRIPTIONS, build_fleet
from tests.emulator.launcher import running_emulator
from tests.functional.role.policy import FLEET_TYPES
from tests.functional.modules.playbooks import explain, run_playbook, write_playbook

pytestmark = pytest.mark.slow
MODULE = "privatelink.azure.azure_pec_scope_info"
KEYVAULT = "Microsoft.KeyVault/vaults"


@pytest.fixture(scope="module")
def fleet():
    return build_fleet()


@pytest.fixture(scope="module")
def fleet_emulator(fleet):
    with running_emulator(seed=fleet) as emulator:
        yield emulator


@pytest.fixture()
def emu(fleet_emulator, fleet):
    fleet_emulator.control.load_state(fleet)
    fleet_emulator.control.clear_faults()
    fleet_emulator.control.settings(page_size=5)
    fleet_emulator.control.clear_requests()
    return fleet_emulator


def run_scope(emu, tmp_path, **options):
    playbook = write_playbook(tmp_path, tasks=[{MODULE: options, "ignore_errors": True}])
    run, results = run_playbook(emu, playbook)
    assert run.returncode == 0 and results, explain(run)
    return results[0], emu.control.requests()


def test_two_subscriptions_from_a_survey_string_are_one_paged_list_per_type_and_subscription(emu, fleet, tmp_path):
    result, requests = run_scope(emu, tmp_path, subscriptions=",\n".join(SUBSCRIPTIONS), resource_types=FLEET_TYPES)
    assert not result.get("failed") and result["errors"] == [], result.get("msg")
    expected = {(r["name"], c["private_endpoint_id"].lower()) for r in fleet["resources"] for c in r["connections"]}
    assert {(c["parent_name"], c["private_endpoint_id"].lower()) for c in result["connections"]} == expected
    assert len(result["resources"]) == len(fleet["resources"])

    arm = [r for r in requests if r["kind"] == "arm"]
    assert [r["kind"] for r in requests].count("token") == 1
    assert {r["method"] for r in arm} == {"GET"}
    lists = {r["path"].lower() for r in arm}
    assert len(lists) == 6  # 3 types x 2 subscriptions; the rest are their next pages
    per_list = {}
    for resource in fleet["resources"]:
        key = ("/subscriptions/%s/providers/%s" % (resource["subscription_id"], resource["type"])).lower()
        per_list[key] = per_list.get(key, 0) + 1
    assert len(arm) == sum(-(-count // 5) for count in per_list.values())  # pages of 5
    # Plain ARM JSON for the types with an SDK too (no SDK models): each list, next pages included, at the row's
    # api-version, the default of the SDK that sent it before.
    assert {(r["path"].split("/providers/")[1], r["api_version"]) for r in arm} == {
        (kind, row_for(kind).api_version) for kind in FLEET_TYPES}


def test_named_resources_and_groups_are_read_one_by_one_and_what_cannot_be_read_is_an_error(emu, fleet, tmp_path):
    vault = next(r for r in fleet["resources"] if r["type"] == KEYVAULT)
    vault_id = "/subscriptions/%s/resourceGroups/%s/providers/%s/%s" % (
        vault["subscription_id"], vault["resource_group"], KEYVAULT, vault["name"])
    missing_id = vault_id + "-missing"
    result, requests = run_scope(emu, tmp_path, resources="%s %s" % (vault_id, missing_id),
                                 resource_groups=[{"name": "rg-nowhere", "subscription_id": SUBSCRIPTIONS[1]}],
                                 resource_types=["storage"], fail_on_error=False)
    assert not result.get("failed")
    assert {c["parent_name"] for c in result["connections"]} == {vault["name"]}
    errors = {e["scope"]: e for e in result["errors"]}
    assert len(errors) == 2, errors
    missing = next(e for scope, e in errors.items() if vault["name"] + "-missing" in scope)
    assert missing["azure_error"]["status"] == 404 and missing["azure_error"]["request_id"]
    group = next(e for scope, e in errors.items() if "rg-nowhere" in scope)
    assert group["azure_error"]["code"] == "ResourceGroupNotFound"
    arm = [r for r in requests if r["kind"] == "arm"]
    assert sorted(r["path"].lower() for r in arm) == sorted([
        vault_id.lower(), missing_id.lower(),
        ("/subscriptions/%s/resourceGroups/rg-nowhere/providers/Microsoft.Storage/storageAccounts"
         % SUBSCRIPTIONS[1]).lower()])


def test_a_subscription_it_may_not_read_fails_the_task_with_azure_error(emu, fleet, tmp_path):
    state = emu.control.state()
    state["principals"][0]["denied_resources"] = ["/subscriptions/%s" % SUBSCRIPTIONS[1]]
    emu.control.load_state(state)
    result = run_scope(emu, tmp_path, subscriptions=list(SUBSCRIPTIONS), resource_types=["keyvault"])[0]
    assert result["failed"]
    assert "could not be read" in result["msg"] and "AuthorizationFailed" in result["msg"]
    assert [e["azure_error"]["code"] for e in result["errors"]] == ["AuthorizationFailed"]
    assert result["connections"] and all(c["parent_subscription_id"] == SUBSCRIPTIONS[0]
                                         for c in result["connections"])


@pytest.mark.parametrize("covered_by", ["resource_groups", "subscriptions"])
def test_a_named_resource_it_may_not_read_is_an_error_whatever_other_scope_covers_it(emu, fleet, tmp_path, covered_by):
    """A list leaves out what the identity may not read, without a word: a resource named in the scope and missing
    from the list of its group (or subscription) is asked for by name, and Azure's 403 is in the errors."""
    vault = next(r for r in fleet["resources"] if r["type"] == KEYVAULT)
    vault_id = "/subscriptions/%s/resourceGroups/%s/providers/%s/%s" % (
        vault["subscription_id"], vault["resource_group"], KEYVAULT, vault["name"])
    state = emu.control.state()
    state["principals"][0]["denied_resources"] = [vault_id]
    emu.control.load_state(state)
    covering = ({"resource_groups": [{"name": vault["resource_group"], "subscription_id": vault["subscription_id"]}]}
                if covered_by == "resource_groups" else {"subscriptions": [vault["subscription_id"]]})
    result, requests = run_scope(emu, tmp_path, resources=[vault_id], resource_types=["keyvault"], **covering)
    assert result["failed"] and "could not be read" in result["msg"], result
    error, = result["errors"]
    assert vault["name"] in error["scope"]
    assert error["azure_error"]["code"] == "AuthorizationFailed" and error["azure_error"]["request_id"]
    assert "Microsoft.KeyVault/vaults/read" in error["azure_error"]["message"]
    assert vault["name"] not in {c["parent_name"] for c in result["connections"]}
    assert any(r["path"].lower() == vault_id.lower() and r["status"] == 403 for r in requests)


@pytest.mark.parametrize("options, message", [
    ({"subscriptions": "sub1,sub2"}, "'sub1' is not a subscription id"),
    ({"resources": ["kv-app"]}, "is not a resource id"),
    ({"resources": [{"type": "keyvault", "name": "kv"}]}, "give type, resource_group and name"),
    ({"exclude_subscriptions": ["everything"]}, "'everything' is not a subscription id"),
    ({"subscriptions": [SUBSCRIPTIONS[0]], "parallelism": 0}, "parallelism must be between 1 and 64"),
])
def test_bad_scopes_are_refused_before_any_request(emu, tmp_path, options, message):
    result, requests = run_scope(emu, tmp_path, **options)
    assert result["failed"] and message in result["msg"], result
    assert "Traceback" not in result.get("module_stderr", "")
    assert [r for r in requests if r["kind"] in ("arm", "token")] == []


def test_many_subscriptions_cost_one_sign_in_and_one_list_per_type_and_subscription(emu, fleet, tmp_path):
    subscriptions = ["%08d-0000-0000-0000-%012d" % (index, index) for index in range(1, 13)]
    resources = [dict(resource, subscription_id=subscriptions[index % len(subscriptions)])
                 for index, resource in enumerate(fleet["resources"])]
    emu.control.load_state(dict(fleet, resources=resources, subscriptions=subscriptions))
    emu.control.settings(page_size=100)
    emu.control.clear_requests()
    result, requests = run_scope(emu, tmp_path, subscriptions=subscriptions, parallelism=4, discovery="arm",
                                 resource_types=FLEET_TYPES)
    assert result["errors"] == [] and len(result["resources"]) == len(resources)
    assert [r["kind"] for r in requests].count("token") == 1
    arm = [r for r in requests if r["kind"] == "arm"]
    assert sorted(r["path"].lower() for r in arm) == sorted(
        ("/subscriptions/%s/providers/%s" % (subscription, resource_type)).lower()
        for subscription in subscriptions
        for resource_type in ("Microsoft.KeyVault/vaults", "Microsoft.KeyVault/managedHSMs",
                              "Microsoft.Storage/storageAccounts"))


def test_result_file_is_written_whole_only_when_asked_and_only_in_a_directory_the_caller_owns(emu, fleet, tmp_path):
    """review R18: the one thing this _info module writes, in check mode too (documented in its attributes)."""
    import json
    import os
    import stat

    private = tmp_path / "private"
    private.mkdir(mode=0o700)
    target = private / "scope.json"
    playbook = write_playbook(tmp_path, tasks=[{MODULE: dict(subscriptions=SUBSCRIPTIONS, resource_types=FLEET_TYPES,
                                                             result_file=str(target))}])
    run, [handed] = run_playbook(emu, playbook, "--check")
    assert run.returncode == 0, explain(run)
    assert handed["result_file"] == str(target) and handed["connections"] == [] and not handed["changed"]
    assert len(json.loads(target.read_text())["connections"]) == sum(len(r["connections"]) for r in fleet["resources"])
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o600 and os.listdir(private) == ["scope.json"]

    written = target.read_text()
    again, _requests = run_scope(emu, tmp_path, subscriptions=SUBSCRIPTIONS, resource_types=FLEET_TYPES,
                                 result_file=str(target))
    assert again["failed"] and "could not write" in again["msg"] and target.read_text() == written
    assert os.listdir(private) == ["scope.json"]            # no temporary file left behind

    shared = tmp_path / "shared"
    shared.mkdir()
    shared.chmod(0o777)
    refused, _requests = run_scope(emu, tmp_path, subscriptions=SUBSCRIPTIONS, resource_types=FLEET_TYPES,
                                   result_file=str(shared / "scope.json"))
    assert refused["failed"] and "writable by nobody else" in refused["msg"] and os.listdir(shared) == []
    plain, _requests = run_scope(emu, tmp_path, subscriptions=SUBSCRIPTIONS, resource_types=FLEET_TYPES)
    assert "result_file" not in plain and len(plain["connections"]) == len(json.loads(written)["connections"])

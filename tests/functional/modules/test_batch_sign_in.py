"""azure_pec_batch signs in once for all its subscriptions: an ARM token is for a tenant and an audience, not for a
subscription, so the one credential of the auth options serves every subscription of the changes (issue 15 item 2).
Before, the batch made one credential, and fetched one token, per subscription."""

from tests.functional.modules.cells import RESOURCE_GROUP, Cell, fleet
from tests.functional.modules.playbooks import explain, run_once_on_new_emulator, write_playbook

OTHER_SUBSCRIPTIONS = ("66666666-6666-6666-6666-666666666666", "77777777-7777-7777-7777-777777777777")
VAULTS = [Cell("keyvault", number) for number in range(51, 54)]  # one per subscription


def test_a_batch_over_three_subscriptions_signs_in_once_and_changes_each_in_its_own(tmp_path):
    """One token for three subscriptions; each write goes to its own subscription."""
    seed = fleet(VAULTS)
    subscriptions = (seed["subscription_id"],) + OTHER_SUBSCRIPTIONS
    seed["subscriptions"] = list(OTHER_SUBSCRIPTIONS)
    for resource, subscription in zip(seed["resources"], subscriptions):
        resource["subscription_id"] = subscription
    changes = [{"connection_id": "/subscriptions/%s/resourceGroups/%s/providers/%s/%s/privateEndpointConnections/%s"
                                 % (subscription, RESOURCE_GROUP, vault.service.parent_type, vault.parent_name,
                                    vault.connections[0]["name"]),
                "action": "approve"} for vault, subscription in zip(VAULTS, subscriptions)]
    # A vault that is in none of them: the failure names the change's subscription, not the session's.
    changes.append(dict(changes[-1], connection_id=changes[-1]["connection_id"].replace(VAULTS[-1].parent_name,
                                                                                        "kv-elsewhere")))
    playbook = write_playbook(tmp_path, tasks=[{"privatelink.azure.azure_pec_batch": {
        "changes": changes, "fail_on_item_error": False}}])
    run, results, log, state = run_once_on_new_emulator(seed, playbook)

    assert run.returncode == 0, explain(run)
    result, = results
    assert [r["status"] for r in result["results"][:3]] == ["Approved"] * 3 and result["failed_changes"] == 1
    assert "'kv-elsewhere'" in result["results"][3]["error"]["message"]
    assert "was not found in subscription %s" % OTHER_SUBSCRIPTIONS[-1] in result["results"][3]["error"]["message"]
    assert [entry["kind"] for entry in log].count("token") == 1
    writes = [entry for entry in log if entry["kind"] == "arm" and entry["method"] == "PUT"]
    assert sorted(entry["path"].split("/")[2] for entry in writes) == sorted(subscriptions)
    assert {(r["subscription_id"], c["status"]) for r in state["resources"] for c in r["connections"]} == {
        (subscription, "Approved") for subscription in subscriptions}

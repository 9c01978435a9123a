"""What --diff shows for the pec_approval role, from a report dict. Pure, no HTTP."""

from ansible_collections.privatelink.azure.plugins.plugin_utils._role_diff import role_diff

PE = "/subscriptions/3/resourceGroups/rg-spoke/providers/Microsoft.Network/privateEndpoints/pe-%d"


def entry(index, result="would_change", action="approve", current="Pending", desired="Approved", final=None,
          description=None):
    return {"resource_type": "Microsoft.KeyVault/vaults", "subscription_id": "S", "resource_group": "rg",
            "resource_name": "kv", "connection_name": "pe-%d" % index, "private_endpoint_id": PE % index,
            "current_status": current, "current_description": "old", "desired_status": desired,
            "final_status": final or current, "rule": "r%d" % index, "action": action, "result": result,
            "description": description}


def report(*entries, check_mode=True):
    return {"check_mode": check_mode, "connections": list(entries)}


def test_only_connections_that_change_get_a_diff():
    diffs = role_diff(report(entry(1), entry(2, result="in_sync", action="none"),
                             entry(3, result="refused", action="refused")), 10, "/r.json")
    assert [d["before_header"].rsplit(" ", 1)[1] for d in diffs] == ["pe-1"]
    assert diffs[0]["after_header"] == "rule r1 (approve, check mode)"
    assert diffs[0]["before"] == "status: Pending\nprivate_endpoint: %s\n" % (PE % 1)
    assert diffs[0]["after"] == "status: Approved\nprivate_endpoint: %s\n" % (PE % 1)


def test_a_new_description_is_shown_with_the_old_one():
    (diff,) = role_diff(report(entry(1, result="changed", final="Approved", description="new")), 10, "/r.json")
    assert diff["after_header"] == "rule r1 (approve)"
    assert diff["before"].endswith("description: old\n") and diff["after"].endswith("description: new\n")


def test_a_removal_leaves_nothing_after():
    (diff,) = role_diff(report(entry(1, result="changed", action="remove", current="Disconnected",
                                     desired="Absent", final="Disconnected")), 10, "/r.json")
    assert diff["after"] == "" and diff["before"].startswith("status: Disconnected\n")


def test_past_the_limit_one_line_counts_the_rest_and_names_the_report():
    diffs = role_diff(report(*(entry(i, result="changed", final="Approved") for i in range(5)), check_mode=False),
                      2, "/reports/r.json")
    assert len(diffs) == 3
    assert diffs[2] == {"prepared": "... and 3 more connection(s) changed (diff_limit 2); every one is in the report "
                                    "/reports/r.json\n"}
    assert role_diff(report(entry(1)), 0, "/r.json") == [
        {"prepared": "... and 1 more connection(s) would change (diff_limit 0); every one is in the report /r.json\n"}]

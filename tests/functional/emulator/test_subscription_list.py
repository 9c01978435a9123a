"""GET /subscriptions, which `az login` calls before it finishes (the benchmarks point the Azure CLI here)."""

from . import fleet


def test_lists_the_seeded_subscriptions_with_their_tenant(arm):
    response = arm.get("/subscriptions", "2022-12-01")

    assert response.status_code == 200
    listed = {entry["subscriptionId"].lower(): entry for entry in response.json()["value"]}
    assert fleet.SUBSCRIPTION.lower() in listed
    assert listed[fleet.SUBSCRIPTION.lower()]["state"] == "Enabled"
    assert listed[fleet.SUBSCRIPTION.lower()]["id"] == "/subscriptions/" + listed[fleet.SUBSCRIPTION.lower()]["subscriptionId"]
    assert all(entry["tenantId"] for entry in listed.values())

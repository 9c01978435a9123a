"""Writes and what follows them: a write whose answer is lost (no answer, 5xx) is never resent blindly (the
engine reads the connection and decides again); a failure after an accepted write says where the connection
was left; failures keep the auth layer's warnings.

These tests drive the engine through a fake ServiceCalls that keeps one connection in memory, because the
emulator cannot lose the answer of a PUT it *did* apply on demand for every case (its `delay` fault comes
close; tests/functional/modules/test_lost_answers.py uses it for the end-to-end check). The fake follows
AZURE_BEHAVIOUR.md where it matters: Storage answers 400 InvalidValuesForRequestParameters to a PUT that
repeats the Approved status.
"""

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils import _reconcile
from ansible_collections.privatelink.azure.plugins.module_utils._calls import AzureCallFailed, WriteOutcomeUnknown
from ansible_collections.privatelink.azure.plugins.module_utils._errors import AzureError
from ansible_collections.privatelink.azure.plugins.module_utils._reconcile import reconcile
from ansible_collections.privatelink.azure.plugins.module_utils._type_table import KEY_VAULT, STORAGE
from ansible_collections.privatelink.azure.plugins.module_utils._waiter import Deadline

ACCOUNT = "/subscriptions/s/resourceGroups/rg-app/providers/Microsoft.Storage/storageAccounts/stappdata01"
VAULT = "/subscriptions/s/resourceGroups/rg-app/providers/Microsoft.KeyVault/vaults/kv-app"
PE = "/subscriptions/p/resourceGroups/rg-spoke/providers/Microsoft.Network/privateEndpoints/pe-blob"

APPLY_AND_LOSE = "applied, answer lost"   # a read timeout or dropped connection after Azure applied it
REFUSE_5XX = "500, not applied"           # a server error before anything changed
OK = "ok"


class FakeClock:
    def __init__(self):
        self.now = 0.0

    def __call__(self):
        return self.now

    def sleep(self, seconds):
        self.now += seconds


class FakeCalls:
    """One connection in memory; each write takes its outcome from ``outcomes`` (OK when they run out)."""

    def __init__(self, parent_id, status="Pending", provisioning="Succeeded", outcomes=(), storage=True):
        self.raw = {"id": parent_id + "/privateEndpointConnections/pe-blob", "name": "pe-blob", "properties": {
            "privateEndpoint": {"id": PE}, "provisioningState": provisioning,
            "privateLinkServiceConnectionState": {"status": status, "description": "", "actionRequired": "None"}}}
        self.outcomes = list(outcomes)
        self.storage = storage
        self.log = []

    def _state(self):
        return self.raw["properties"]["privateLinkServiceConnectionState"]

    def _outcome(self, what):
        outcome = self.outcomes.pop(0) if self.outcomes else OK
        if outcome == REFUSE_5XX:
            raise WriteOutcomeUnknown(AzureError(status=500, code="InternalServerError", request_id="r-500"), what)
        return outcome

    def get_connection(self, resource_group, parent_name, name):
        self.log.append("GET")
        return self.raw

    def list_connections(self, resource_group, parent_name):
        self.log.append("LIST")
        return [self.raw] if self.raw else []

    def put_connection(self, resource_group, parent_name, name, body):
        self.log.append("PUT")
        wanted = body["properties"]["privateLinkServiceConnectionState"]
        if self.storage and wanted["status"] == self._state()["status"] == "Approved":
            raise AzureCallFailed(AzureError(status=400, code="InvalidValuesForRequestParameters",
                                             request_id="r-400"), "PUT")
        outcome = self._outcome("PUT")
        self._state().update(wanted)
        if outcome == APPLY_AND_LOSE:
            raise WriteOutcomeUnknown(AzureError(lost_response=True, message="Read timed out"), "PUT")
        return self.raw, {}

    def delete_connection(self, resource_group, parent_name, name):
        self.log.append("DELETE")
        outcome = self._outcome("DELETE")
        self.raw = None
        if outcome == APPLY_AND_LOSE:
            raise WriteOutcomeUnknown(AzureError(lost_response=True, message="Connection aborted"), "DELETE")
        return 200, {}


class FakeSession:
    subscription_id = "s"
    warnings = ["validate_certs is false: certificates are not checked."]


def run(monkeypatch, service, calls, wait_timeout=30, session=None, **params):
    monkeypatch.setattr(_reconcile, "ServiceCalls", lambda *args: calls)
    clock = FakeClock()
    options = {"resource_group": "rg-app", service.parent_option: "stappdata01", "private_endpoint_id": PE,
               "wait": True, "wait_timeout": wait_timeout}
    options.update(params)
    return reconcile(service, options, client=object(), session=session,
                     deadline=Deadline(wait_timeout, clock, clock.sleep))


def test_storage_approve_applied_but_answer_lost_is_changed_not_resent(monkeypatch):
    calls = FakeCalls(ACCOUNT, outcomes=[APPLY_AND_LOSE])
    result = run(monkeypatch, STORAGE, calls, status="Approved")
    assert result.get("failed") is None, result
    assert result["changed"] is True
    assert result["connection"]["status"] == "Approved"
    assert calls.log == ["LIST", "PUT", "GET"]  # re-read, no second PUT (Storage would answer 400)


def test_answer_lost_after_the_deadline_still_reads_once(monkeypatch):
    calls = FakeCalls(ACCOUNT, outcomes=[APPLY_AND_LOSE])
    result = run(monkeypatch, STORAGE, calls, wait_timeout=0, status="Approved")
    assert result["changed"] is True and not result.get("failed"), result
    assert calls.log == ["LIST", "PUT", "GET"]


def test_server_error_not_applied_is_sent_again_after_reading(monkeypatch):
    calls = FakeCalls(ACCOUNT, outcomes=[REFUSE_5XX])
    result = run(monkeypatch, STORAGE, calls, status="Approved", description="ok")
    assert result["changed"] is True and not result.get("failed"), result
    assert result["connection"]["description"] == "ok"
    assert calls.log == ["LIST", "PUT", "GET", "PUT"]
    assert result["diff"]["before"]["status"] == "Pending"


def test_key_vault_answer_lost_while_updating_waits_for_the_change(monkeypatch):
    calls = FakeCalls(VAULT, outcomes=[APPLY_AND_LOSE], storage=False)
    calls.raw["properties"]["provisioningState"] = "Succeeded"
    original_put = calls.put_connection

    def put_then_updating(*args):
        try:
            return original_put(*args)
        finally:
            calls.raw["properties"]["provisioningState"] = "Updating"
    calls.put_connection = put_then_updating
    original_get = calls.get_connection

    def get_settles_on_second_read(*args):
        if calls.log.count("GET") == 1:
            calls.raw["properties"]["provisioningState"] = "Succeeded"
        return original_get(*args)
    calls.get_connection = get_settles_on_second_read
    result = run(monkeypatch, KEY_VAULT, calls, status="Rejected")
    assert result["changed"] is True and not result.get("failed"), result
    assert result["connection"]["provisioning_state"] == "Succeeded"
    assert calls.log == ["LIST", "PUT", "GET", "GET"]


def test_delete_applied_but_answer_lost_is_changed(monkeypatch):
    calls = FakeCalls(ACCOUNT, outcomes=[APPLY_AND_LOSE])
    result = run(monkeypatch, STORAGE, calls, state="absent")
    assert result["changed"] is True and not result.get("failed"), result
    assert calls.log == ["LIST", "DELETE", "GET"]


@pytest.mark.parametrize("outcomes, expected", [
    ([REFUSE_5XX], ["LIST", "PUT", "GET", "PUT"]),
    ([REFUSE_5XX, REFUSE_5XX, REFUSE_5XX], None),
])
def test_server_errors_until_the_deadline_fail_unchanged(monkeypatch, outcomes, expected):
    calls = FakeCalls(ACCOUNT, outcomes=outcomes)
    result = run(monkeypatch, STORAGE, calls, wait_timeout=2, status="Approved")
    if expected:
        assert result["changed"] is True and not result.get("failed"), result
        assert calls.log == expected
    else:
        assert result["failed"] is True
        assert result["changed"] is False
        assert result["azure_error"]["status"] == 500
        assert calls.log.count("PUT") < len(outcomes) + 1


def test_failure_after_an_accepted_write_says_where_the_connection_was_left(monkeypatch):
    calls = FakeCalls(VAULT, storage=False)
    original_put = calls.put_connection

    def put_then_updating(*args):
        answer = original_put(*args)
        calls.raw["properties"]["provisioningState"] = "Updating"
        return answer
    calls.put_connection = put_then_updating

    def get_forbidden(*args):
        calls.log.append("GET")
        raise AzureCallFailed(AzureError(status=403, code="AuthorizationFailed", message="No.", request_id="r-403"),
                              "GET private endpoint connection 'pe-blob'")
    calls.get_connection = get_forbidden
    result = run(monkeypatch, KEY_VAULT, calls, status="Approved")
    assert result["failed"] is True
    assert result["changed"] is True
    assert result["connection"]["status"] == "Approved"
    assert result["connection"]["provisioning_state"] == "Updating"
    assert "AuthorizationFailed" in result["msg"] and "r-403" in result["msg"]
    assert "last seen with status Approved, provisioningState Updating" in result["msg"]
    assert calls.log == ["LIST", "PUT", "GET"]


def test_failures_keep_the_session_warnings(monkeypatch):
    calls = FakeCalls(ACCOUNT, status="Rejected")
    result = run(monkeypatch, STORAGE, calls, session=FakeSession(), status="Approved")
    assert result["failed"] is True
    assert result["warnings"] == FakeSession.warnings


def test_missing_connection_message_with_a_listed_connection_without_endpoint(monkeypatch):
    calls = FakeCalls(ACCOUNT, status="Disconnected")
    del calls.raw["properties"]["privateEndpoint"]
    result = run(monkeypatch, STORAGE, calls, status="Approved")
    assert result["failed"] is True
    assert "has no private endpoint connection from private endpoint %s" % PE in result["msg"]

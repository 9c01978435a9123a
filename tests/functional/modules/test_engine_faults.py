"""The engine under injected faults, through real ansible-playbook, the real SDKs and the emulator: lost answers
to writes, failures after an accepted write, slow token endpoints. Request counts come from the emulator's log."""

import time

import pytest

from tests.emulator.launcher import running_emulator
from tests.functional.modules.playbooks import DEMO_FLEET, explain, run_playbook, write_playbook

SPOKE = "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-spoke/providers/Microsoft.Network/" \
        "privateEndpoints/"
CONNECTION_PATH = r"/privateEndpointConnections/"
WRITES = ("PUT", "PATCH", "POST", "DELETE")


def approve(module, wait_timeout=30, **options):
    task_options = {"resource_group": "rg-app", "status": "Approved", "wait_timeout": wait_timeout}
    task_options.update(options)
    return [{"name": "approve", "privatelink.azure." + module: task_options, "ignore_errors": True}]


STORAGE_APPROVE = dict(module="azure_storage_pec", account_name="stappdata01", private_endpoint_id=SPOKE + "pe-blob")
VAULT_APPROVE = dict(module="azure_keyvault_pec", vault_name="kv-app", private_endpoint_id=SPOKE + "pe-app")


def methods(log):
    return ["%s %s" % (entry["method"], entry["status"]) for entry in log]


def run_one(emu, tmp_path, tasks):
    run, results = run_playbook(emu, write_playbook(tmp_path, tasks=tasks))
    assert results is not None, explain(run)
    return results[0]


@pytest.mark.slow
def test_storage_approve_applied_but_answer_lost(tmp_path):
    """The PUT is delayed past the client's read timeout (5 s when wait_timeout is short); the emulator still
    applies it. The engine must read the connection again, see it Approved and report changed, instead of
    resending the PUT (which Storage answers with 400 InvalidValuesForRequestParameters)."""
    with running_emulator(seed=DEMO_FLEET, lro_seconds=1.0) as emu:
        emu.control.add_fault(method="PUT", path_regex=CONNECTION_PATH, action="delay", delay_ms=5600, times=1)
        emu.control.clear_requests()
        result = run_one(emu, tmp_path, approve(wait_timeout=3, **STORAGE_APPROVE))
        assert not result.get("failed"), result
        assert result["changed"] is True
        assert result["connection"]["status"] == "Approved"
        log = emu.control.requests(kind="arm")
        # LIST, the PUT (logged by the emulator once applied, its answer unread), one re-read by name.
        assert sorted(methods(log)) == ["GET 200", "GET 200", "PUT 200"], log
        reread = log[-1]
        assert reread["method"] == "GET", log
        assert reread["path"].endswith("/privateEndpointConnections/" + result["connection"]["name"]), log


@pytest.mark.slow
@pytest.mark.parametrize("fault", [
    {"action": "drop"},
    {"action": "respond", "status": 500, "body": {"error": {"code": "InternalServerError", "message": "Boom"}}},
])
def test_write_not_applied_is_sent_again_after_a_read(tmp_path, fault):
    """A dropped connection or a 500 before anything changed: read, decide again, send the PUT once more."""
    with running_emulator(seed=DEMO_FLEET, lro_seconds=1.0) as emu:
        emu.control.add_fault(method="PUT", path_regex=CONNECTION_PATH, times=1, **fault)
        emu.control.clear_requests()
        result = run_one(emu, tmp_path, approve(**VAULT_APPROVE))
        assert not result.get("failed"), result
        assert result["changed"] is True
        assert result["connection"]["provisioning_state"] == "Succeeded"
        log = emu.control.requests(kind="arm")
        first_put = [entry["method"] for entry in log].index("PUT")
        assert [entry["method"] for entry in log[first_put:first_put + 3]] == ["PUT", "GET", "PUT"], log
        assert len([entry for entry in log if entry["method"] in WRITES]) == 2, log


@pytest.mark.slow
@pytest.mark.parametrize("status, code", [(403, "AuthorizationFailed"), (504, "GatewayTimeout")])
def test_failure_while_following_an_accepted_change_reports_the_connection(tmp_path, status, code):
    """The Key Vault PUT is accepted (Updating); every GET of the connection by name then fails. The result is
    failed and changed, with the connection as last seen and a sentence saying where it was left."""
    with running_emulator(seed=DEMO_FLEET, lro_seconds=30.0) as emu:
        emu.control.add_fault(method="GET", path_regex=CONNECTION_PATH + "[^/]+$", status=status, times=None,
                              body={"error": {"code": code, "message": "Injected."}})
        result = run_one(emu, tmp_path, approve(wait_timeout=3, **VAULT_APPROVE))
        assert result["failed"] is True
        assert result["changed"] is True
        assert result["connection"]["status"] == "Approved"
        assert result["connection"]["provisioning_state"] == "Updating"
        assert code in result["msg"]
        assert "last seen with status Approved, provisioningState Updating" in result["msg"]
        assert result["azure_error"]["status"] == status


@pytest.mark.slow
@pytest.mark.parametrize("module, options", [
    ("azure_storage_pec", {"account_name": "stappdata01", "private_endpoint_id": SPOKE + "pe-blob"}),
    ("azure_storage_pec_info", {"account_name": "stappdata01"}),
])
def test_a_slow_token_endpoint_is_bounded(tmp_path, module, options):
    """Entra ID answers late. With wait_timeout 3 the approve gives up after the 5 s floor of one token request
    (not azure-core's 300 s, nor the 40 s Entra ID takes here), with a clear authentication message and no ARM
    request. The info module has no wait_timeout: its 120 s retry budget bounds the token request, which then
    succeeds after 12 s. The bounds leave room for ansible-playbook's own start-up on a loaded machine."""
    token_delay = 40 if module == "azure_storage_pec" else 12
    with running_emulator(seed=DEMO_FLEET, lro_seconds=1.0) as emu:
        emu.control.add_fault(method="POST", path_regex=r"/oauth2/v2\.0/token$", action="delay",
                              delay_ms=token_delay * 1000, times=None)
        task_options = dict(options, resource_group="rg-app")
        if module == "azure_storage_pec":
            task_options.update(status="Approved", wait_timeout=3)
        tasks = [{"name": "run", "privatelink.azure." + module: task_options, "ignore_errors": True}]
        started = time.monotonic()
        result = run_one(emu, tmp_path, tasks)
        elapsed = time.monotonic() - started
        if module == "azure_storage_pec":
            assert result["failed"] is True and result["changed"] is False, result
            assert "authentication failed" in result["msg"].lower(), result["msg"]
            assert "no token came in time" in result["msg"]
            # It gave up waiting for the token (the message above), before any ARM request: not the token's 40 s
            # nor azure-core's 300 s. No upper bound in seconds here: CI is a loaded machine.
            assert emu.control.requests(kind="arm") == []
        else:
            assert not result.get("failed"), result
            assert elapsed >= token_delay

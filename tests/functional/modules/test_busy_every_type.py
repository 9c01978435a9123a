"""Busy is busy on every type (issue 15, item 7): a change answered 409 with a busy code of ANY row of the type table
is read again and sent again once the connection allows it, whichever type answered, on the SDK path (Storage) and
on the ARM JSON path alike; a plain 409 Conflict still fails at once with Azure's error (docs/waiting.md).

In-process engine (the modules call the same ``reconcile``), real HTTPS to the emulator, faults injected per parent.
"""

import contextlib
import os

import pytest

from ansible_collections.privatelink.azure.plugins.module_utils._generic import PARENT_OPTION
from ansible_collections.privatelink.azure.plugins.module_utils._reconcile import reconcile
from ansible_collections.privatelink.azure.plugins.module_utils._types import row_for
from tests.emulator.launcher import running_emulator

pytestmark = pytest.mark.slow

SUBSCRIPTION = "00000000-0000-0000-0000-000000000000"
GROUP = "rg-busy"
SPOKE = "/subscriptions/33333333-3333-3333-3333-333333333333/resourceGroups/rg-spoke/providers/Microsoft.Network/" \
        "privateEndpoints/"
WRITES = ("PUT", "PATCH", "DELETE")
# (type, the 409 code its change is answered with once): each code is another row's busy code than the answering
# type's own, or ARM's AnotherOperationInProgress.
CASES = [
    ("storage", "AnotherOperationInProgress"),
    ("sql_server", "StorageAccountOperationInProgress"),
    ("container_registry", "ServerBusy"),
    ("web_app", "AnotherOperationInProgress"),
    ("batch_account", "OperationInterrupted"),
]


def parent(key):
    return "b-" + key.replace("_", "-")


def seed():
    return {"subscription_id": SUBSCRIPTION, "resources": [
        {"type": row_for(key).arm_type, "resource_group": GROUP, "name": parent(key), "location": "westeurope",
         "connections": [{"name": "c-busy", "status": "Pending", "private_endpoint_id": SPOKE + "pe-" + parent(key)},
                         {"name": "c-conflict", "status": "Pending",
                          "private_endpoint_id": SPOKE + "pe-other-" + parent(key)}]}
        for key, _code in CASES]}


@contextlib.contextmanager
def environment(emu):
    saved = dict(os.environ)
    os.environ.update(emu.module_env())
    try:
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


def approve(key, name):
    params = {"auth_source": "env", "resource_group": GROUP, PARENT_OPTION: parent(key), "name": name,
              "status": "Approved", "description": "busy test", "wait_timeout": 60}
    return reconcile(row_for(key), params, parent_option=PARENT_OPTION)


def test_a_busy_code_of_any_row_is_waited_out_on_every_type_and_a_plain_conflict_is_not():
    with running_emulator(seed=seed(), lro_seconds=0.3) as emu, environment(emu):
        for key, code in CASES:
            method = row_for(key).put.method
            emu.control.add_fault(method=method, path_regex=r"/%s/privateEndpointConnections/c-busy$" % parent(key),
                                  status=409, body={"error": {"code": code, "message": "Busy, try later."}})
            emu.control.add_fault(method=method, times=None, status=409,
                                  path_regex=r"/%s/privateEndpointConnections/c-conflict$" % parent(key),
                                  body={"error": {"code": "Conflict", "message": "Conflict."}})
        outcomes = {key: (approve(key, "c-busy"), approve(key, "c-conflict")) for key, _code in CASES}
        writes = emu.control.requests(kind="arm")
    wrong = {}
    for key, code in CASES:
        busy, conflict = outcomes[key]
        sent = [entry["method"] for entry in writes if entry["method"] in WRITES
                and entry["path"].endswith("/%s/privateEndpointConnections/c-busy" % parent(key))]
        problems = []
        if busy.get("failed") or not busy["changed"] or busy["connection"]["status"] != "Approved":
            problems.append("busy %s: %s" % (code, busy.get("msg")))
        if len(sent) != 2:
            problems.append("busy %s: %d writes, not 2 (the refused one, then the one that went through)"
                            % (code, len(sent)))
        if not conflict.get("failed") or conflict["azure_error"]["code"] != "Conflict" or conflict["changed"]:
            problems.append("plain Conflict: %s" % conflict)
        if problems:
            wrong[key] = problems
    assert wrong == {}

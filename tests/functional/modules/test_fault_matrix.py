"""The fault matrix (docs/fault-matrix.md, written by this test): every service x approve/reject/remove x every
fault the emulator can inject. Each cell must either recover (the connection ends as asked) or fail with Azure's
code, message and request id (token failures: with the auth layer's explanation); in both cases ``changed`` must
agree with what the emulator holds afterwards.

The cells run in-process through the engine (real SDKs, real HTTPS), in parallel on one emulator: each cell owns
one parent resource, and its faults match only that resource's paths. Token faults match every token request,
so those cells run afterwards, one at a time. ``test_the_matrix_through_real_modules`` runs one row of it again
through ansible-playbook and the real module.

``PEC_FAULT_MATRIX_DOC=0`` checks without rewriting the document.
"""

import os
import re
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.emulator.launcher import running_emulator
from tests.functional.modules.cells import ACTIONS, Cell, fleet, module_environment, wire_connection
from tests.functional.modules.playbooks import REPO_ROOT, explain, run_playbook, write_playbook

DOC = os.path.join(REPO_ROOT, "docs", "fault-matrix.md")
# Far above what a recovering cell needs on a loaded machine, so that the document does not depend on load.
WAIT_TIMEOUT = 20
SERVICES = ("keyvault", "mhsm", "storage")


def error(code, message="Injected."):
    return {"error": {"code": code, "message": message}}


def _write(cell):
    return "DELETE" if cell.action == "remove" else "PUT"


def _updating(emu, cell):
    connection = cell.state(emu)[0]
    return wire_connection(cell, connection, provisioning_state="Updating", etag="0" * 32)


# name -> (what it injects, function(emu, cell) -> list of fault documents). Faults target one cell's paths.
FAULTS = {
    "429 on the write": ("the write answered 429 once, Retry-After 1", lambda emu, cell: [dict(
        method=_write(cell), path_regex=cell.connection_regex, status=429, headers={"Retry-After": "1"},
        body=error("TooManyRequests"))]),
    "429 on reads": ("the first two reads answered 429, Retry-After 0", lambda emu, cell: [dict(
        method="GET", path_regex=cell.parent_regex, status=429, times=2, headers={"Retry-After": "0"},
        body=error("TooManyRequests"))]),
    "500 on the write": ("the write answered 500 once, not applied", lambda emu, cell: [dict(
        method=_write(cell), path_regex=cell.connection_regex, status=500, body=error("InternalServerError"))]),
    "503 on reads": ("the first two reads answered 503", lambda emu, cell: [dict(
        method="GET", path_regex=cell.parent_regex, status=503, times=2, body=error("ServiceUnavailable"))]),
    "504 while polling": ("the first GET of the connection by name answered 504 (GatewayTimeout)",
                          lambda emu, cell: [dict(method="GET", path_regex=cell.connection_regex, status=504,
                                                  body=error("GatewayTimeout"))]),
    "dropped write": ("the write's connection dropped once, not applied", lambda emu, cell: [dict(
        method=_write(cell), path_regex=cell.connection_regex, action="drop")]),
    "dropped read": ("the first read's connection dropped", lambda emu, cell: [dict(
        method="GET", path_regex=cell.parent_regex, action="drop")]),
    "slow answer": ("every answer 1.5 s late", lambda emu, cell: [dict(
        method="*", path_regex=cell.parent_regex, action="delay", delay_ms=1500, times=None)]),
    "provisioningState Failed": ("the change ends in provisioningState Failed (emulator action fail)",
                                 lambda emu, cell: [dict(method=_write(cell), path_regex=cell.connection_regex,
                                                         action="fail")]),
    "never settles": ("every GET of the connection answers Updating", lambda emu, cell: [dict(
        method="GET", path_regex=cell.connection_regex, status=200, times=None, body=_updating(emu, cell))]),
    "409 AnotherOperationInProgress": ("the write answered this 409 once", lambda emu, cell: [dict(
        method=_write(cell), path_regex=cell.connection_regex, status=409,
        body=error("AnotherOperationInProgress"))]),
    "409 ConflictError": ("the write answered this 409 once", lambda emu, cell: [dict(
        method=_write(cell), path_regex=cell.connection_regex, status=409, body=error("ConflictError"))]),
    "409 StorageAccountOperationInProgress": ("the write answered this 409 once", lambda emu, cell: [dict(
        method=_write(cell), path_regex=cell.connection_regex, status=409,
        body=error("StorageAccountOperationInProgress"))]),
    "409 Conflict": ("the write answered a plain 409 Conflict, always", lambda emu, cell: [dict(
        method=_write(cell), path_regex=cell.connection_regex, status=409, times=None, body=error("Conflict"))]),
    "400 on the write": ("the write answered 400 BadRequest", lambda emu, cell: [dict(
        method=_write(cell), path_regex=cell.connection_regex, status=400, body=error("BadRequest"))]),
    "401 on reads": ("reads answered 401 InvalidAuthenticationToken", lambda emu, cell: [dict(
        method="GET", path_regex=cell.parent_regex, status=401, times=None,
        body=error("InvalidAuthenticationToken"))]),
    "403 on reads": ("reads answered 403 AuthorizationFailed", lambda emu, cell: [dict(
        method="GET", path_regex=cell.parent_regex, status=403, times=None, body=error("AuthorizationFailed"))]),
    "404 parent": ("the parent and its connections answer 404 ResourceNotFound", lambda emu, cell: [dict(
        method="*", path_regex=cell.parent_regex, status=404, times=None, body=error("ResourceNotFound"))]),
}
TOKEN_FAULTS = {
    "token refused": ("Entra ID answers 401 invalid_client", [dict(
        method="POST", path_regex=r"/oauth2/v2\.0/token$", status=401, times=None,
        body={"error": "invalid_client", "error_description": "AADSTS7000215: Invalid client secret provided."})]),
    "token endpoint 500": ("Entra ID answers 500, always", [dict(
        method="POST", path_regex=r"/oauth2/v2\.0/token$", status=500, times=None,
        body={"error": "server_error", "error_description": "AADSTS90033: A transient error has occurred."})]),
    "token endpoint slow": ("Entra ID answers after 40 s (wait_timeout 20)", [dict(
        method="POST", path_regex=r"/oauth2/v2\.0/token$", action="delay", delay_ms=40000, times=None)]),
}
TARGETS = {"approve": "Approved", "reject": "Rejected", "remove": None}


def all_cells():
    cells, number = {}, 0
    for fault in list(FAULTS) + list(TOKEN_FAULTS):
        for service in SERVICES:
            for action in ACTIONS:
                number += 1
                cells[(fault, service, action)] = Cell(service, number, action=action)
    return cells


CELLS = all_cells()


def _snapshot(connections):
    return None if not connections else {key: connections[0].get(key) for key in ("status", "provisioning_state")}


def run_cell(emu, key, cell, faults):
    """Inject ``faults`` (documents for the control API; those left over match only this cell), run, judge."""
    before = _snapshot(cell.state(emu))
    for fault in faults:
        emu.control.add_fault(**fault)
    return key, judge(emu, cell, before, cell.run(wait_timeout=WAIT_TIMEOUT))


def judge(emu, cell, before, result):
    """The cell's outcome, and what is wrong with it (empty when the cell is as it must be)."""
    after = _snapshot(cell.state(emu))
    emulator_changed = after != before
    problems = []
    if result.get("changed") is not emulator_changed:
        problems.append("changed=%s but the emulator went from %s to %s" % (result.get("changed"), before, after))
    if result.get("failed"):
        azure = result.get("azure_error")
        if azure:
            missing = [field for field in ("code", "message", "request_id") if not azure.get(field)]
            if missing:
                problems.append("azure_error without %s" % ", ".join(missing))
            outcome = "fails: %s %s" % (azure.get("status") or "no answer", azure.get("code") or "")
        elif "authentication failed" in (result.get("msg") or "").lower():
            outcome = "fails: authentication explained"
        elif re.search(r"ended (with provisioningState )?Failed", result.get("msg", "")):
            outcome = "fails: provisioningState Failed, says where left"
        elif "was not done after" in result.get("msg", "") or "still exists after" in result.get("msg", ""):
            outcome = "fails: timeout, says where left"
        else:
            outcome = "fails"
            problems.append("failed without an Azure error or an explanation: %s" % result.get("msg"))
        if not (result.get("msg") or "").strip():
            problems.append("no message")
    else:
        target = TARGETS[cell.action]
        reached = after is None if target is None else (after or {}).get("status") == target
        if not reached:
            problems.append("success, but the emulator holds %s" % after)
        outcome = "recovers"
    outcome += ", changed" if result.get("changed") else ", not changed"
    return outcome, problems, result


@pytest.fixture(scope="module")
def matrix():
    """Runs every cell once; {(fault, service, action): (outcome, problems, result)}."""
    with running_emulator(seed=fleet(CELLS.values()), lro_seconds=1.0) as emu, module_environment(emu):
        outcomes = {}
        with ThreadPoolExecutor(max_workers=12) as pool:
            futures = [pool.submit(run_cell, emu, key, cell, FAULTS[key[0]][1](emu, cell))
                       for key, cell in CELLS.items() if key[0] in FAULTS]
            outcomes.update(future.result() for future in futures)
            # A token fault hits every token request: one token fault at a time, its cells in parallel.
            for fault, (_what, documents) in TOKEN_FAULTS.items():
                emu.control.clear_faults()
                for document in documents:
                    emu.control.add_fault(**document)
                futures = [pool.submit(run_cell, emu, key, cell, []) for key, cell in CELLS.items()
                           if key[0] == fault]
                outcomes.update(future.result() for future in futures)
        emu.control.clear_faults()
        yield outcomes


def render(outcomes):
    lines = [
        "# Fault matrix",
        "",
        "Generated by `tests/functional/modules/test_fault_matrix.py` (do not edit): every module that writes x",
        "approve / reject / remove x every fault the emulator injects, through the engine the modules share",
        "(`azure_keyvault_pec`, `azure_mhsm_pec`, `azure_storage_pec`; `azure_pec_batch` runs the same engine per",
        "change), real SDKs over HTTPS. `wait_timeout` is %d s. Each cell either **recovers** (the connection ends as" % WAIT_TIMEOUT,
        "asked) or **fails** with Azure's status, code, message and request id (token failures: the auth layer's",
        "explanation; Failed and timeouts: a message saying where the connection was left); `changed` agrees with",
        "the emulator's final state in every cell. The rules behind the outcomes: [waiting.md](waiting.md).",
        "",
        "| fault | what is injected | service | approve | reject | remove |",
        "|---|---|---|---|---|---|",
    ]
    descriptions = dict((name, value[0]) for name, value in list(FAULTS.items()) + list(TOKEN_FAULTS.items()))
    for fault in list(FAULTS) + list(TOKEN_FAULTS):
        for service in SERVICES:
            row = [fault, descriptions[fault], service]
            row += [outcomes[(fault, service, action)][0] for action in ACTIONS]
            lines.append("| " + " | ".join(row) + " |")
    recovered = sum(1 for outcome in outcomes.values() if outcome[0].startswith("recovers"))
    lines += ["", "%d cells: %d recover, %d fail as described." % (len(outcomes), recovered,
                                                                   len(outcomes) - recovered), ""]
    return "\n".join(lines)


@pytest.mark.slow
def test_every_cell_recovers_or_fails_clearly_and_changed_agrees(matrix):
    wrong = {"%s / %s / %s" % key: (outcome[0], outcome[1], outcome[2].get("msg"))
             for key, outcome in matrix.items() if outcome[1]}
    if os.environ.get("PEC_FAULT_MATRIX_DOC", "1") != "0":
        with open(DOC, "w") as handle:
            handle.write(render(matrix))
    assert wrong == {}


@pytest.mark.slow
def test_the_matrix_through_real_modules(tmp_path):
    """One row (Key Vault approve) again, through ansible-playbook and azure_keyvault_pec: same outcomes."""
    cells = {fault: Cell("keyvault", 900 + index) for index, fault in enumerate(FAULTS)}
    with running_emulator(seed=fleet(cells.values()), lro_seconds=1.0) as emu:
        before = {fault: _snapshot(cell.state(emu)) for fault, cell in cells.items()}
        for fault, cell in cells.items():
            for document in FAULTS[fault][1](emu, cell):
                emu.control.add_fault(**document)
        tasks = [{"name": fault, "privatelink.azure.azure_keyvault_pec": dict(
            {key: value for key, value in cell.params(wait_timeout=WAIT_TIMEOUT).items() if key != "auth_source"}),
            "ignore_errors": True} for fault, cell in cells.items()]
        run, results = run_playbook(emu, write_playbook(tmp_path, tasks=tasks))
        assert results is not None, explain(run)
        wrong = {}
        for (fault, cell), result in zip(cells.items(), results):
            outcome, problems, _result = judge(emu, cell, before[fault], result)
            if problems:
                wrong[fault] = (outcome, problems, result.get("msg"))
        assert wrong == {}
        assert re.search(r"failed=0", run.stdout), explain(run)

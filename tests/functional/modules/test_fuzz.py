"""Fuzz every module through its real argument handling (AnsibleModule, our checks, the engine) with hypothesis:
whatever the options, a module ends in exit_json or in fail_json with a message; never a traceback.

The modules run in-process (``main()`` under ``patch_module_args``) against one emulator, so that argument sets
that pass validation make real requests and still end fast. Auth options are not fuzzed: a fuzzed endpoint or
auth source could reach outside this machine; tests/unit/plugins/module_utils/test_auth*.py cover them.

Examples per module: ``PEC_FUZZ_EXAMPLES`` (default 200, what CI runs; the long form is 1000 or more:
``PEC_FUZZ_EXAMPLES=1000 python -m pytest tests/functional/modules/test_fuzz.py``).
"""

import contextlib
import importlib
import io
import json
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import example as hypothesis_example
from hypothesis import strategies as st

from ansible.module_utils.testing import patch_module_args
from ansible_collections.privatelink.azure.plugins.module_utils import _module

from tests.emulator.launcher import running_emulator
from tests.functional.modules.cells import RESOURCE_GROUP, SPOKE, SUBSCRIPTION, Cell, fleet, module_environment

EXAMPLES = int(os.environ.get("PEC_FUZZ_EXAMPLES", "200"))
CELLS = [Cell("keyvault", 1), Cell("mhsm", 2), Cell("storage", 3)]
NAMES = [cell.parent_name for cell in CELLS] + ["pe-" + cell.parent_name for cell in CELLS]

TEXT = st.one_of(st.text(max_size=40), st.sampled_from(NAMES + [RESOURCE_GROUP, "", " ", "rg-other", "*", "a/b"]))
NUMBER = st.one_of(
    st.integers(min_value=-5, max_value=4000),
    st.integers(min_value=-10 ** 400, max_value=10 ** 400),
    st.sampled_from(["9" * 400, "1e400", "-0", "3600", "3601", "0x10", "", "nan", "inf"]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(), st.none(), TEXT)
BOOL = st.one_of(st.booleans(), st.sampled_from(["yes", "no", "maybe", "", 2]), st.none())
ENDPOINT = st.one_of(TEXT, st.sampled_from([SPOKE + "pe-" + name for name in NAMES] + [SPOKE, "/subscriptions/"]))
ANY = st.one_of(TEXT, NUMBER, BOOL, st.lists(TEXT, max_size=3), st.dictionaries(TEXT, TEXT, max_size=2))


def _list_of(element):
    return st.one_of(st.lists(element, max_size=4), element, st.none(), st.sampled_from(["a,b", "Pending\nApproved"]))


def usually(*valid):
    """Mostly one of the valid values, sometimes anything: so that many argument sets get past validation."""
    return st.one_of(st.sampled_from(valid), st.sampled_from(valid), st.sampled_from(valid), ANY)


def connection_options(cell):
    required = {"resource_group": usually(RESOURCE_GROUP), cell.service.parent_option: usually(cell.parent_name)}
    optional = {
        "name": usually("pe-" + cell.parent_name), "private_endpoint_id": ENDPOINT,
        "status": usually("Approved", "Rejected", "approved"), "description": st.one_of(TEXT, ANY),
        "actions_required": st.one_of(TEXT, ANY), "state": usually("present", "absent"), "wait": BOOL,
        "wait_timeout": NUMBER,
    }
    examples = [{"name": "pe-" + cell.parent_name, "status": "Approved", "wait_timeout": value}
                for value in (10 ** 400, "9" * 400, 10 ** 30, "inf", float("inf"), -1)]
    return required, optional, examples


def info_options(cell):
    optional = {
        "resource_group": usually(RESOURCE_GROUP), cell.service.parent_option: usually(cell.parent_name),
        "status": _list_of(st.one_of(st.sampled_from(["Pending", "Approved", "Rejected", "Disconnected"]), TEXT)),
        "private_endpoint_id": ENDPOINT, "private_endpoint_subscription_id": TEXT,
    }
    return {}, optional, [{"status": "Pending,Approved"}, {cell.service.parent_option: cell.parent_name}]


CONNECTION_ID = st.one_of(TEXT, st.builds(
    lambda cell, name: "/subscriptions/%s/resourceGroups/%s/providers/%s/%s/privateEndpointConnections/%s" % (
        SUBSCRIPTION, RESOURCE_GROUP, cell.service.parent_type, cell.parent_name, name),
    st.sampled_from(CELLS), st.one_of(st.sampled_from(NAMES), TEXT)))
CHANGE = st.one_of(st.fixed_dictionaries({"connection_id": CONNECTION_ID}, optional={
    "action": usually("approve", "reject", "remove"), "description": ANY, "extra": ANY}), ANY)
A_CHANGE = {"connection_id": "/subscriptions/%s/resourceGroups/%s/providers/Microsoft.Storage/storageAccounts/%s/"
                             "privateEndpointConnections/x" % (SUBSCRIPTION, RESOURCE_GROUP, CELLS[2].parent_name),
            "action": "approve"}

MODULES = {
    "azure_keyvault_pec": connection_options(CELLS[0]),
    "azure_mhsm_pec": connection_options(CELLS[1]),
    "azure_storage_pec": connection_options(CELLS[2]),
    "azure_keyvault_pec_info": info_options(CELLS[0]),
    "azure_mhsm_pec_info": info_options(CELLS[1]),
    "azure_storage_pec_info": info_options(CELLS[2]),
    "azure_pec_batch": ({"changes": st.one_of(st.lists(CHANGE, max_size=4), _list_of(CHANGE))}, {
        "parallelism": NUMBER, "wait_timeout": NUMBER, "fail_on_item_error": BOOL,
        "journal": st.one_of(st.none(), st.just("/nonexistent/dir/j"))},
        [{"changes": [A_CHANGE], "wait_timeout": 10 ** 400}, {"changes": [A_CHANGE], "parallelism": "inf"},
         {"changes": [A_CHANGE], "wait_timeout": "-inf"}, {"changes": [A_CHANGE], "parallelism": 10 ** 9}]),
    "azure_pec_scope_info": ({}, {
        "resources": _list_of(st.one_of(TEXT, st.dictionaries(TEXT, TEXT, max_size=3))),
        "resource_groups": _list_of(st.one_of(TEXT, st.just(RESOURCE_GROUP), st.dictionaries(TEXT, TEXT, max_size=3))),
        "subscriptions": _list_of(st.one_of(TEXT, st.just(SUBSCRIPTION))),
        "resource_types": _list_of(st.one_of(st.sampled_from(["keyvault", "storage", "Microsoft.KeyVault/vaults"]),
                                             TEXT)),
        "parallelism": NUMBER, "timeout": NUMBER, "fail_on_error": BOOL},
        [{"parallelism": "inf"}, {"timeout": 10 ** 400}, {"resource_groups": "rg-a,rg-b"}]),
}


@pytest.fixture(scope="module")
def emu():
    # In-process, main() must not take over this pytest process's SIGINT/SIGTERM (a stage timeout could then not
    # stop it): no signal handlers, no watchdog. test_cancellation.py covers them through real processes.
    with running_emulator(seed=fleet(CELLS), lro_seconds=0.0) as emulator, pytest.MonkeyPatch.context() as patch:
        patch.setattr(_module, "watch", lambda: None)
        with module_environment(emulator):
            yield emulator


def run_module(module_name, args):
    """Run the module's main() in-process; returns its JSON result. Any exception but SystemExit propagates."""
    module = importlib.import_module("ansible_collections.privatelink.azure.plugins.modules." + module_name)
    output = io.StringIO()
    with patch_module_args(dict(args, auth_source="env")), contextlib.redirect_stdout(output):
        with pytest.raises(SystemExit):
            module.main()
    return json.loads(output.getvalue())


@pytest.mark.slow
@pytest.mark.parametrize("module_name", sorted(MODULES))
def test_any_options_end_in_a_result_never_a_traceback(emu, module_name):
    required, optional, examples = MODULES[module_name]

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.fixed_dictionaries(required, optional=optional))
    def check(args):
        result = run_module(module_name, args)
        if result.get("failed"):
            message = result.get("msg")
            assert isinstance(message, str) and message.strip(), result
            assert "Traceback" not in message and "exception" not in result, result
            assert not message.startswith("unexpected "), result  # the batch's own catch-all: a bug of ours
        else:
            assert "changed" in result, result
        for entry in result.get("results") or []:  # the batch reports item failures per change
            if entry.get("error"):
                assert not (entry["error"].get("message") or "").startswith("unexpected "), entry

    for example in examples:  # the known bad numbers, every run; with the required options valid
        check = hypothesis_example(dict({key: _first_valid(key, module_name) for key in required}, **example))(check)
    check()


def _first_valid(option, module_name):
    return {"resource_group": RESOURCE_GROUP, "changes": [A_CHANGE]}.get(
        option, {"azure_keyvault_pec": CELLS[0], "azure_mhsm_pec": CELLS[1]}.get(module_name, CELLS[2]).parent_name)

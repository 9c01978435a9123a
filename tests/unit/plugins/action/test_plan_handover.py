"""The plan step's hand-over from azure_pec_scope_info (review R18): a result_file the controller cannot read (the
module ran in another mount namespace) is not a traceback but one more read with the result passed back.
Mocked: ansible-core's module execution, which the emulator cannot stand in for; the functional role tests run
the real one."""

from unittest import mock

from ansible_collections.privatelink.azure.plugins.action.pec_approval_plan import READER, ActionModule


def _action(answers):
    action = ActionModule.__new__(ActionModule)
    action._connection = mock.Mock(transport="ansible.builtin.local")
    action._play_context = mock.Mock(become=False)
    action._display = mock.Mock()
    calls = []

    def execute(module_name, module_args, task_vars):
        calls.append((module_name, dict(module_args)))
        return answers[len(calls) - 1](module_args)
    action._execute_module = execute
    return action, calls


def test_a_result_file_that_cannot_be_read_here_is_read_again_through_the_result(tmp_path):
    everything = {"connections": [{"name": "pe"}], "resources": [{"name": "kv"}], "errors": []}
    action, calls = _action([lambda args: {"result_file": str(tmp_path / "elsewhere.json"), "connections": []},
                             lambda args: dict(everything)])
    found = action._read_scope({"subscriptions": ["s"]}, {})

    assert found == everything
    assert [name for name, _args in calls] == [READER, READER]
    assert "result_file" in calls[0][1] and "result_file" not in calls[1][1]
    assert "could not be read here" in action._display.warning.call_args[0][0]


def test_a_readable_result_file_is_read_once(tmp_path):
    import json

    def write(args):
        with open(args["result_file"], "w") as stream:
            json.dump({"connections": [{"name": "pe"}], "resources": []}, stream)
        return {"result_file": args["result_file"], "connections": [], "resources": []}

    action, calls = _action([write])
    found = action._read_scope({}, {})
    assert found["connections"] == [{"name": "pe"}] and len(calls) == 1 and not action._display.warning.called

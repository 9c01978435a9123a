"""The plan step's choice of reader, and its hand-over from azure_pec_scope_info (review R18): a result_file the
controller cannot read (the module ran in another mount namespace) is not a traceback but one more read with the
result passed back. Mocked: ansible-core's module execution and task, which the emulator cannot stand in for; the
functional role tests run the real ones (test_role_reader.py: both readers, same plan)."""

import sys
from unittest import mock

import pytest

from ansible_collections.privatelink.azure.plugins.action.pec_approval_plan import READER, ActionModule


def _action(answers, transport="ansible.builtin.local", become=False, delegate_to=None):
    action = ActionModule.__new__(ActionModule)
    action._connection = mock.Mock(transport=transport)
    action._play_context = mock.Mock(become=become)
    action._task = mock.Mock(delegate_to=delegate_to, environment=None)
    action._compute_environment_string = lambda raw_environment_out=None: ""
    action._templar = mock.Mock(template=lambda value: value)
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
    found, read_by = action._read_scope({"subscriptions": ["s"]}, {"ansible_python_interpreter": "/usr/bin/python3"})

    assert found == dict(everything, warnings=[]) and read_by == "module"
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
    found, read_by = action._read_scope({}, {"ansible_python_interpreter": "/usr/bin/python3"})
    assert read_by == "module" and found["connections"] == [{"name": "pe"}] and len(calls) == 1 and not action._display.warning.called


@pytest.mark.parametrize("options, task_vars, why", [
    ({}, {"ansible_python_interpreter": sys.executable}, None),
    ({}, {"ansible_python_interpreter": "/usr/bin/python3"}, "its interpreter is /usr/bin/python3"),
    ({}, {"ansible_python_interpreter": "python3"}, "its interpreter is python3"),
    ({}, {"ansible_python_interpreter": "auto_silent"}, "its interpreter is auto_silent"),
    ({"transport": "ssh"}, {"ansible_python_interpreter": sys.executable}, "the connection is ssh, not local"),
    ({"become": True}, {"ansible_python_interpreter": sys.executable}, "become"),
    ({"delegate_to": "other"}, {"ansible_python_interpreter": sys.executable,
                                "ansible_delegated_vars": {"other": {"ansible_python_interpreter": "/opt/py"}}},
     "its interpreter is /opt/py"),
    ({"delegate_to": "localhost"}, {"ansible_python_interpreter": "/opt/py",
                                    "ansible_delegated_vars": {"localhost": {"ansible_python_interpreter":
                                                                             sys.executable}}}, None),
])
def test_the_scope_is_read_here_only_where_the_module_would_run_in_this_python(options, task_vars, why):
    action, _calls = _action([], **options)
    reason = action._reads_here(task_vars, {})
    assert reason == why if why is None else reason.startswith(why)


def test_a_task_environment_that_changes_what_python_imports_sends_the_read_to_the_module():
    action, _calls = _action([])
    here = {"ansible_python_interpreter": sys.executable}
    assert action._reads_here(here, {"AZURE_CLIENT_ID": "x", "HTTPS_PROXY": "http://proxy:3128"}) is None
    assert action._reads_here(here, {"PYTHONPATH": "/opt/azure-libs"}) == "the task's environment sets PYTHONPATH"


def test_a_python_started_without_the_user_site_sends_the_read_to_the_module():
    action, _calls = _action([])
    flags = mock.Mock(no_user_site=1, ignore_environment=0, isolated=0)
    with mock.patch.object(sys, "flags", flags):
        reason = action._reads_here({"ansible_python_interpreter": sys.executable}, {})
    assert reason == "ansible-playbook's Python runs with -s, -E or -I, the module's would not"


def test_a_module_warning_is_text_whatever_ansible_core_hands_over():
    """ansible-core 2.19 and later give an action its module's warnings as WarningSummary objects, which the
    plan's warnings (shown, and written into the report) cannot hold: the text is their event's msg."""
    from ansible_collections.privatelink.azure.plugins.action.pec_approval_plan import warning_text

    summary = mock.Mock(spec=["event"], event=mock.Mock(msg="Subscription s is Disabled"))
    assert warning_text(summary) == "Subscription s is Disabled"
    assert warning_text("plain") == "plain"

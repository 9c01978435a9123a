"""Run real ansible-playbook against a running emulator, from the repository root, with this checkout as the collection."""

import json
import os
import subprocess
import sys
import textwrap

import yaml

from tests.emulator.launcher import running_emulator

REPO_ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", "..", ".."))
TARGETS_DIR = os.path.join(REPO_ROOT, "tests", "integration", "targets")
DEMO_FLEET = os.path.join(REPO_ROOT, "tests", "emulator", "fleets", "demo.yml")
ANSIBLE_PLAYBOOK = os.path.join(os.path.dirname(sys.executable), "ansible-playbook")
MODULE_DEFAULTS = {"group/privatelink.azure.pec": {"auth_source": "env"}}


def write_playbook(tmp_path, tasks=None, roles=None, name="playbook.yml"):
    """A play on localhost; with ``tasks``, each task's result is registered and dumped to results.json."""
    play = {"hosts": "localhost", "gather_facts": False, "module_defaults": MODULE_DEFAULTS}
    if tasks is not None:
        registered = []
        play["tasks"] = []
        for index, task in enumerate(tasks):
            variable = "task_result_%d" % index
            play["tasks"].append(dict(task, register=variable))
            registered.append(variable)
        play["tasks"].append({
            "name": "Dump the results",
            "ansible.builtin.copy": {"content": "{{ [%s] | to_json }}" % ", ".join(registered),
                                     "dest": str(tmp_path / "results.json")},
            "check_mode": False,
            "diff": False,
        })
    if roles is not None:
        play["roles"] = roles
    path = tmp_path / name
    path.write_text(yaml.safe_dump([play], sort_keys=False))
    return str(path)


def run_playbook(emu, playbook, *options):
    """Run ansible-playbook; returns (CompletedProcess, the task results dumped by write_playbook or None)."""
    env = dict(os.environ, **emu.module_env())
    env.update({
        "ANSIBLE_COLLECTIONS_PATH": os.path.join(REPO_ROOT, ".build"),
        "ANSIBLE_ROLES_PATH": TARGETS_DIR,
        "ANSIBLE_NOCOLOR": "1",
        "ANSIBLE_FORCE_COLOR": "0",
        "ANSIBLE_LOCALHOST_WARNING": "0",
        "ANSIBLE_INVENTORY_UNPARSED_WARNING": "0",
    })
    command = [
        ANSIBLE_PLAYBOOK, playbook,
        "-i", "localhost,", "-c", "local",
        "-e", "ansible_python_interpreter=%s" % sys.executable,
        "-e", "emulator_control_url=%s" % emu.info["control_url"],
        "-e", "emulator_ca_file=%s" % emu.info["ca_file"],
    ] + list(options)
    results_path = os.path.join(os.path.dirname(playbook), "results.json")
    if os.path.exists(results_path):
        os.unlink(results_path)
    run = subprocess.run(command, cwd=REPO_ROOT, env=env, capture_output=True, text=True, timeout=600,
                         check=False)
    results = None
    if os.path.exists(results_path):
        with open(results_path) as handle:
            results = json.load(handle)
    return run, results


def run_once_on_new_emulator(seed, playbook, settings=None, **emulator_options):
    """Run `playbook` once against a new emulator seeded with `seed` (its ``settings`` applied, its request log
    cleared first): (CompletedProcess, task results, the request log, the emulator's state after)."""
    with running_emulator(seed=seed, **emulator_options) as emu:
        if settings:
            emu.control.settings(**settings)
        emu.control.clear_requests()
        run, results = run_playbook(emu, playbook)
        return run, results, emu.control.requests(), emu.control.state()


def module_examples(module_name):
    """The EXAMPLES tasks of a module file, as a list of task dicts."""
    path = os.path.join(REPO_ROOT, "plugins", "modules", module_name + ".py")
    namespace = {}
    source = open(path).read()
    start = source.index('EXAMPLES = r"""')
    end = source.index('"""', start + len('EXAMPLES = r"""')) + 3
    exec(source[start:end], namespace)  # pylint: disable=exec-used
    return yaml.safe_load(textwrap.dedent(namespace["EXAMPLES"]))


def explain(run):
    """The end of a playbook run's output, for assertion messages."""
    return "\n".join((run.stdout + "\n" + run.stderr).splitlines()[-60:])

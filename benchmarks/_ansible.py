"""How the benchmarks run the collection: the role with ansible-playbook, a module ad hoc (`ansible -m`) and a
module run directly (`python -m ansible_collections...` with its arguments in a JSON file), all as child processes
measured by _measure.run_process, with the role's seconds per task from callback_plugins/bench_task_times.py.
"""

import json
import os
import sys

from tests.functional.role.runner import PLAYBOOK

from ._measure import run_process

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BIN = os.path.dirname(sys.executable)
COLLECTION = "privatelink.azure"


def ansible_env(emu, workdir):
    env = dict(os.environ, **emu.module_env())
    env.update(ANSIBLE_CONFIG=os.path.join(ROOT, "ansible.cfg"), ANSIBLE_COLLECTIONS_PATH=os.path.join(ROOT, ".build"),
               ANSIBLE_NOCOLOR="1", ANSIBLE_LOCALHOST_WARNING="0", ANSIBLE_INVENTORY_UNPARSED_WARNING="0",
               ANSIBLE_LOCAL_TEMP=os.path.join(workdir, "tmp"),
               ANSIBLE_CALLBACK_PLUGINS=os.path.join(ROOT, "benchmarks", "callback_plugins"),
               ANSIBLE_CALLBACKS_ENABLED="bench_task_times",
               BENCH_TASK_TIMES_FILE=os.path.join(workdir, "task_times.json"),
               BENCH_PLAYBOOK_CPU_FILE=os.path.join(workdir, "playbook_cpu.json"))
    return env


def run_role(emu, workdir, label, role_vars, check=False):
    """ansible-playbook with the pec_approval role; Run.extra has the per-task seconds and the report's summary."""
    os.makedirs(workdir, exist_ok=True)
    playbook = os.path.join(workdir, "playbook.yml")
    with open(playbook, "w", encoding="utf-8") as handle:
        handle.write(PLAYBOOK)
    report_dir = os.path.join(workdir, "reports")
    vars_file = os.path.join(workdir, "vars.json")
    with open(vars_file, "w", encoding="utf-8") as handle:
        json.dump(dict(role_vars, pec_approval_report_dir=report_dir), handle)
    env = ansible_env(emu, workdir)
    command = [os.path.join(BIN, "ansible-playbook"), playbook, "-e", "@" + vars_file] + (["--check"] if check else [])
    run = run_process(emu, label, command, env=env, cwd=ROOT)
    run.extra["tasks"] = _read_json(env["BENCH_TASK_TIMES_FILE"], [])
    run.extra["playbook_cpu"] = _read_json(env["BENCH_PLAYBOOK_CPU_FILE"], {})
    report = _read_json(os.path.join(report_dir, "pec_approval_report.json"), {})
    run.extra["summary"] = report.get("summary")
    run.extra["batch"] = report.get("batch")
    run.extra["longest_chain_s"] = _longest_chain(report.get("connections") or [])
    return run


def _longest_chain(connections):
    """The most seconds the apply step spent on one resource's changes (they run one after another)."""
    per_resource = {}
    for entry in connections:
        if entry.get("seconds") is not None:
            key = entry["resource_id"].lower()
            per_resource[key] = per_resource.get(key, 0.0) + entry["seconds"]
    return round(max(per_resource.values(), default=0.0), 3)


def run_ad_hoc(emu, workdir, label, module, options):
    """`ansible localhost -m privatelink.azure.<module> -a <options as JSON>`."""
    os.makedirs(workdir, exist_ok=True)
    command = [os.path.join(BIN, "ansible"), "localhost", "-c", "local", "-m", "%s.%s" % (COLLECTION, module),
               "-a", json.dumps(options), "-e", "ansible_python_interpreter=" + sys.executable]
    return run_process(emu, label, command, env=ansible_env(emu, workdir), cwd=ROOT)


def run_direct(emu, workdir, label, module, options):
    """The module's own process: `python -m ansible_collections.privatelink.azure.plugins.modules.<module> args`."""
    os.makedirs(workdir, exist_ok=True)
    args_file = os.path.join(workdir, "args.json")
    with open(args_file, "w", encoding="utf-8") as handle:
        json.dump({"ANSIBLE_MODULE_ARGS": options}, handle)
    env = ansible_env(emu, workdir)
    env["PYTHONPATH"] = os.path.join(ROOT, ".build")
    command = [sys.executable, "-m", "ansible_collections.privatelink.azure.plugins.modules." + module, args_file]
    return run_process(emu, label, command, env=env, cwd=workdir)


def run_sdk_reference(emu, label, *arguments):
    """benchmarks/sdk_reference.py, the minimal SDK script."""
    env = dict(os.environ, **emu.module_env())
    return run_process(emu, label, [sys.executable, "-m", "benchmarks.sdk_reference"] + list(arguments), env=env,
                       cwd=ROOT)


def _read_json(path, default):
    try:
        with open(path, encoding="utf-8") as handle:
            return json.load(handle)
    except (OSError, ValueError):
        return default

"""The fleet drift report: the role in check mode vs the minimal SDK script (one paged list per type and
subscription) vs the obvious Azure CLI loop (list the parents, then one call per parent; sampled)."""

import os
import re

from tests.emulator.launcher import running_emulator

from . import _ansible, _az
from ._fleet import count_connections, drift_vars, list_pages, spread_fleet
from ._measure import side_by_side
from ._targets import Target, at_most, not_measured, ratio_at_most

ROLE, SDK, AZ = "role, check mode", "SDK script", "Azure CLI loop (sampled)"
PAGE_SIZE = 100  # the emulator's default, about what ARM's list by subscription returns per page
REPORT_TASK = re.compile(r"(write|save).*report|report.*(write|file)", re.IGNORECASE)


def measure(emu, fleet, workdir, repeats, az=None, az_sample=0):
    """{label: median Run} of the drift report over `fleet`, the role and the SDK script side by side."""
    variants = [
        (ROLE, lambda n: _ansible.run_role(emu, os.path.join(workdir, "role-%d" % n), ROLE, drift_vars(fleet),
                                           check=True)),
        (SDK, lambda n: _ansible.run_sdk_reference(emu, SDK, "drift", *fleet["subscriptions"])),
    ]
    if az is not None and az.ready and az_sample:
        # In every repeat too, so that the CLI loop shares its minutes (and the machine's load) with the role.
        variants.append((AZ, lambda n: az.drift_loop(emu, AZ, fleet, az_sample)))
    return side_by_side(variants, repeats)


def report_seconds(role_run):
    """(wall s, the step's own wall s, its own CPU s, names) of the tasks that write the report files (by name);
    the step's own figures are None when the task does not return its `timing`."""
    tasks = [task for task in role_run.extra.get("tasks", []) if REPORT_TASK.search(task["name"])]
    own = [task for task in tasks if task.get("own_seconds") is not None]
    return (sum(task["seconds"] for task in tasks),
            sum(task["own_seconds"] for task in own) if own else None,
            sum(task["own_cpu_seconds"] or 0.0 for task in own) if own else None,
            [task["name"] for task in tasks])


def request_targets(what, fleet, role_run, page_size=PAGE_SIZE):
    """The gates: reads = one paged list per type and subscription (pages counted), one sign-in, no write."""
    pages = list_pages(fleet, page_size)
    return [at_most("%s: ARM requests (one paged list per type and subscription = %d pages)" % (what, pages),
                    len(role_run.arm), pages, gate=True),
            at_most("%s: sign-ins" % what, role_run.sign_ins, 1, gate=True),
            at_most("%s: writes in check mode" % what, role_run.writes, 0, gate=True),
            Target("%s: role run succeeded" % what, "rc 0", "rc %d" % role_run.returncode,
                   role_run.returncode == 0, gate=True, note=role_run.output[-400:] if role_run.returncode else "")]


def run(args, workdir):
    parents, connections = (30, 300) if args.short else (300, 3000)
    fleet = spread_fleet(parents, connections, 2)
    latency = 50
    with running_emulator(seed=fleet, latency_ms=latency) as emu:
        emu.control.settings(page_size=PAGE_SIZE)
        az = _az.AzureCli.for_emulator(emu, os.path.join(workdir, "az"), args)
        rows = measure(emu, fleet, workdir, args.repeats, az, az_sample=0 if args.short else args.az_sample)
    role, sdk = rows[ROLE], rows[SDK]
    targets = request_targets("drift report, 2 subscriptions", fleet, role)
    targets.append(ratio_at_most("drift report: wall time of the role / SDK script", role.wall, sdk.wall, 3.0))
    if AZ in rows:
        targets.append(ratio_at_most("drift report: wall time of the role / Azure CLI loop (at most 1/50)",
                                     role.wall, rows[AZ].wall, 0.02))
    else:
        targets.append(not_measured("drift report: role at least 50x faster than the Azure CLI loop", ">= 50x",
                                    az.reason if not az.ready else "not sampled in the short form"))
    seconds, own, own_cpu, names = report_seconds(role)
    what = "writing the three reports (%d connections)" % count_connections(fleet)
    note = "tasks: " + "; ".join(names) if names else "no report-writing task found"
    targets.append(at_most(what + ", the task's wall time", seconds, 1.0, unit=" s", note=note))
    if own is not None:
        targets.append(at_most(what + ", the step's own CPU time (its `timing`)", own_cpu, 1.0, unit=" s",
                               note="its own wall time %.2f s" % own))
    return {"name": "drift", "title": "Fleet drift report",
            "conditions": "%d parents, %d connections, 2 subscriptions, %d ms per request, page size %d; median of %d"
                          % (len(fleet["resources"]), count_connections(fleet), latency, PAGE_SIZE, args.repeats),
            "rows": rows, "targets": targets}

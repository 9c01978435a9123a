"""Growth of the drift report with subscriptions (same connections) and with connections (same parents and
subscriptions): the role in check mode and the SDK script at each point, on one emulator reloaded per point."""

import os

from tests.emulator.launcher import running_emulator

from . import _drift
from ._fleet import count_connections, list_pages, spread_fleet
from ._targets import ratio_at_most

LATENCY_MS = 50


def points(short):
    """[(axis, subscriptions, parents, connections)]; the long form's (2, 300, 3000) is on both axes."""
    if short:
        return [("subscriptions", 2, 60, 300), ("subscriptions", 50, 60, 300)]
    by_subscriptions = [("subscriptions", count, 300, 3000) for count in (1, 2, 10, 50)]
    by_connections = [("connections", 2, 300, count) for count in (300, 30000)]
    return by_subscriptions + by_connections


def selected_points(short, wanted=None):
    """The form's points, or those ``wanted`` names (``--growth-point``: "connections=30000", "subscriptions=2");
    ValueError for a point the form does not have."""
    every = points(short)
    if not wanted:
        return every
    names = ["%s=%d" % (axis, subscriptions if axis == "subscriptions" else connections)
             for axis, subscriptions, _parents, connections in every]
    chosen = []
    for item in wanted:
        name = item.replace(" ", "")
        if name not in names:
            raise ValueError("--growth-point %s: the %s form's points are %s"
                             % (item, "short" if short else "long", ", ".join(names)))
        if every[names.index(name)] not in chosen:
            chosen.append(every[names.index(name)])
    return chosen


def run(args, workdir):
    page_size = 4 if args.short else _drift.PAGE_SIZE
    measured, targets = [], []
    with running_emulator(seed=spread_fleet(3, 0, 1), latency_ms=LATENCY_MS) as emu:
        for axis, subscriptions, parents, connections in selected_points(args.short, args.growth_point):
            fleet = spread_fleet(parents, connections, subscriptions)
            emu.control.load_state(fleet)
            emu.control.settings(page_size=page_size)
            where = "%d subscriptions, %d connections" % (subscriptions, count_connections(fleet))
            rows = _drift.measure(emu, fleet, os.path.join(workdir, "%s-%d-%d" % (axis, subscriptions, connections)),
                                  args.growth_repeats)
            measured.append({"axis": axis, "subscriptions": subscriptions, "parents": parents,
                             "connections": count_connections(fleet), "pages": list_pages(fleet, page_size),
                             "rows": rows})
            targets += _drift.request_targets("drift report, " + where, fleet, rows[_drift.ROLE], page_size)
    by_subscriptions = {point["subscriptions"]: point["rows"][_drift.ROLE] for point in measured
                        if point["axis"] == "subscriptions"}
    if len(by_subscriptions) > 1:
        low, high = (2 if 2 in by_subscriptions else min(by_subscriptions)), max(by_subscriptions)
        targets.append(ratio_at_most("role wall time at %d / at %d subscriptions (equal connections)" % (high, low),
                                     by_subscriptions[high].wall, by_subscriptions[low].wall, 2.0))
    largest = max((p for p in measured if p["axis"] == "connections"), key=lambda p: p["connections"], default=None)
    if largest is not None:   # the long form's 30,000 connections on 2 subscriptions: CPU-bound, not ARM-bound
        role, sdk = largest["rows"][_drift.ROLE], largest["rows"][_drift.SDK]
        where = "%d connections, 2 subscriptions" % largest["connections"]
        targets.append(ratio_at_most("drift report, %s: wall time of the role / SDK script" % where, role.wall,
                                     sdk.wall, 2.0, note=_plan_steps(role)))
        targets.append(ratio_at_most("drift report, %s: CPU of the role / SDK script" % where, role.cpu, sdk.cpu, 2.0))
    # Flatten for the tables; the points keep their axis for the plot.
    rows = {"%s subs, %s conns: %s" % (p["subscriptions"], p["connections"], label): run_
            for p in measured for label, run_ in p["rows"].items()}
    return {"name": "growth", "title": "Growth of the drift report",
            "conditions": "%s parents, %d ms per request, page size %d; %d run(s) per point"
                          % ("/".join(sorted({str(p["parents"]) for p in measured})), LATENCY_MS, page_size,
                             args.growth_repeats),
            "rows": rows, "targets": targets, "points": measured}


def _plan_steps(role_run):
    """Where the role's seconds went: its steps' own timings (read, decide, save; the reports' own CPU)."""
    parts = []
    for task in role_run.extra.get("tasks", []):
        for step, seconds in (task.get("own_steps") or {}).items():
            parts.append("%s %.2f s" % (step, seconds))
        if task.get("own_steps") is None and task.get("own_cpu_seconds") is not None:
            parts.append("reports %.2f s (CPU %.2f s)" % (task["own_seconds"], task["own_cpu_seconds"]))
    own_cpu = role_run.extra.get("playbook_cpu", {}).get("playbook_cpu_s")
    if own_cpu is not None:
        parts.append("ansible-playbook's own CPU %.2f s" % own_cpu)
    return "steps: " + ", ".join(parts) if parts else ""

"""Discovery over many subscriptions: the drift report, the inventory plugin and the event source over 500
subscriptions with every type in scope, read through Azure Resource Graph (discovery auto), side by side with the
same fleet on 2 subscriptions and with the minimal SDK script's Resource Graph variant."""

import asyncio
import contextlib
import os
import runpy
import sys
import time

import yaml

from tests.emulator.launcher import running_emulator

from . import _ansible
from ._fleet import count_connections, drift_vars, spread_fleet
from ._measure import run_process, side_by_side
from ._targets import Target, at_most, ratio_at_most

GRAPH = "/providers/Microsoft.ResourceGraph/resources"
ROLE_WIDE, ROLE_NARROW, SDK = "role, 500 subscriptions", "role, 2 subscriptions", "SDK script, Resource Graph"
SUBSCRIPTIONS = 500
LATENCY_MS = 50
PAGE_SIZE = 100
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SOURCE = os.path.join(ROOT, ".build", "ansible_collections", "privatelink", "azure", "extensions", "eda", "plugins",
                      "event_source", "pec_events.py")


def every_type(fleet):
    """The role's variables with every type of the collection in scope (an empty list means all of them)."""
    return dict(drift_vars(fleet), pec_approval_resource_types=[])


def run_inventory(emu, workdir, fleet):
    os.makedirs(workdir, exist_ok=True)
    config = os.path.join(workdir, "fleet.azure_pec.yml")
    with open(config, "w", encoding="utf-8") as handle:
        yaml.safe_dump({"plugin": "privatelink.azure.azure_pec", "subscriptions": list(fleet["subscriptions"]),
                        "resource_types": []}, handle)
    command = [os.path.join(os.path.dirname(sys.executable), "ansible-inventory"), "-i", config, "--list"]
    return run_process(emu, "inventory plugin", command, env=_ansible.ansible_env(emu, workdir), cwd=ROOT)


def event_source_polls(emu, fleet, quiet_polls=4, poll_interval=0.5):
    """(requests of the first poll, requests per quiet poll) of the pec_events source over the fleet's scope."""
    main = runpy.run_path(SOURCE)["main"]
    saved = dict(os.environ)
    os.environ.update(emu.module_env())

    def queries():
        return len([r for r in emu.control.requests(kind="arm") if r["path"] == GRAPH and r["status"] == 200])

    async def scenario():
        queue = asyncio.Queue()
        task = asyncio.create_task(main(queue, {"subscriptions": list(fleet["subscriptions"]), "resource_types": [],
                                                "poll_interval": poll_interval, "emit_existing_at_start": "none"}))
        try:
            emu.control.clear_requests()
            deadline = time.monotonic() + 300
            while queries() < 1 and time.monotonic() < deadline and not task.done():
                await asyncio.sleep(0.05)
            first = len(emu.control.requests(kind="arm"))
            emu.control.clear_requests()
            while queries() < quiet_polls and time.monotonic() < deadline and not task.done():
                await asyncio.sleep(0.05)
            quiet = emu.control.requests(kind="arm")
            return first, len(quiet) / max(queries(), 1)
        finally:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await task

    try:
        return asyncio.run(scenario())
    finally:
        os.environ.clear()
        os.environ.update(saved)


def run(args, workdir):
    parents, connections = (30, 300) if args.short else (300, 3000)
    wide, narrow = spread_fleet(parents, connections, SUBSCRIPTIONS), spread_fleet(parents, connections, 2)
    with running_emulator(seed=wide, latency_ms=LATENCY_MS) as emu_wide, \
            running_emulator(seed=narrow, latency_ms=LATENCY_MS) as emu_narrow:
        for emu in (emu_wide, emu_narrow):
            emu.control.settings(page_size=PAGE_SIZE)
        rows = side_by_side([
            (ROLE_WIDE, lambda n: _ansible.run_role(emu_wide, os.path.join(workdir, "wide-%d" % n), ROLE_WIDE,
                                                    every_type(wide), check=True)),
            (ROLE_NARROW, lambda n: _ansible.run_role(emu_narrow, os.path.join(workdir, "narrow-%d" % n), ROLE_NARROW,
                                                      every_type(narrow), check=True)),
            (SDK, lambda n: _ansible.run_sdk_reference(emu_wide, SDK, "drift-graph", *wide["subscriptions"])),
        ], args.repeats)
        inventory = run_inventory(emu_wide, os.path.join(workdir, "inventory"), wide)
        first_poll, per_quiet_poll = event_source_polls(emu_wide, wide)
    role = rows[ROLE_WIDE]
    expected = count_connections(wide)
    found = (role.extra.get("summary") or {}).get("connections")
    targets = [
        at_most("drift report, %d subscriptions, every type: ARM requests (subscription list + Resource Graph pages)"
                % SUBSCRIPTIONS, len(role.arm), 10, gate=True),
        at_most("drift report, %d subscriptions: sign-ins" % SUBSCRIPTIONS, role.sign_ins, 1, gate=True),
        at_most("drift report, %d subscriptions: writes in check mode" % SUBSCRIPTIONS,
                role.writes, 0, gate=True),
        Target("drift report, %d subscriptions: every connection in the report" % SUBSCRIPTIONS, str(expected),
               str(found), found == expected and role.returncode == 0, gate=True,
               note=role.output[-400:] if role.returncode else ""),
        ratio_at_most("drift report: wall time at %d / at 2 subscriptions (same fleet)" % SUBSCRIPTIONS, role.wall,
                      rows[ROLE_NARROW].wall, 1.5),
        Target("drift report at %d subscriptions: wall time of the role / SDK script (Resource Graph)"
               % SUBSCRIPTIONS, "reference", "%.2fx (%.2f / %.2f)" % (role.wall / rows[SDK].wall if rows[SDK].wall
                                                                      else 0, role.wall, rows[SDK].wall), None,
               note="no target: one query against ansible-playbook's start-up and the role's four steps"),
        at_most("inventory plugin, %d subscriptions: ARM requests" % SUBSCRIPTIONS, len(inventory.arm), 10,
                gate=True, note="rc %d" % inventory.returncode),
        Target("inventory plugin, %d subscriptions: succeeded" % SUBSCRIPTIONS, "rc 0", "rc %d" % inventory.returncode,
               inventory.returncode == 0, gate=True, note=inventory.output[-400:] if inventory.returncode else ""),
        at_most("event source, %d subscriptions: ARM requests per poll when nothing changed" % SUBSCRIPTIONS,
                per_quiet_poll, 2, gate=True, note="the first poll: %d (the subscription list too)" % first_poll),
    ]
    rows["inventory plugin, %d subscriptions" % SUBSCRIPTIONS] = inventory
    return {"name": "graph", "title": "Discovery over %d subscriptions (Resource Graph)" % SUBSCRIPTIONS,
            "conditions": "%d parents, %d connections, every type, %d or 2 subscriptions, %d ms per request, page size "
                          "%d; median of %d" % (len(wide["resources"]), expected, SUBSCRIPTIONS, LATENCY_MS,
                                                PAGE_SIZE, args.repeats),
            "rows": rows, "targets": targets}

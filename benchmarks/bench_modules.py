#!/usr/bin/env python
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""ARM requests and seconds of the modules on the emulator: no-op, approve, and info over a whole subscription.

For each service (Key Vault, Managed HSM, Storage) on the large fleet (tests/emulator/fleets/large.py):
- engine: reconcile()/collect() called in-process (what the module does, without Ansible's per-task cost);
- module: the same task run by ansible-playbook (wall time includes starting ansible-playbook, about 2-3 s).
Request counts come from the emulator's log. Exit status 1 when a limit fails: a no-op that is not exactly one
read and no write, an approval with more than one write or a poll gap of 3 s or more (Retry-After is 1 s), or an
info call over the subscription that is more than one read per page.

    .venv/bin/python benchmarks/bench_modules.py           # 12 resources per type, 20 connections each, lro 2 s
    .venv/bin/python benchmarks/bench_modules.py --short   # 4 resources per type, 6 connections, lro 0.5 s, engine only
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path[:0] = [ROOT, os.path.join(ROOT, ".build")]

from tests.emulator.fleets.large import build_fleet  # noqa: E402  (needs the repo root on sys.path)
from tests.emulator.launcher import running_emulator  # noqa: E402
from tests.functional.modules.playbooks import run_playbook, write_playbook  # noqa: E402

WRITES = ("PUT", "PATCH", "POST", "DELETE")
MODULES = {"keyvault": "azure_keyvault_pec", "mhsm": "azure_mhsm_pec", "storage": "azure_storage_pec"}


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="CI size, engine only")
    return parser.parse_args(argv)


def engine_imports():
    from ansible_collections.privatelink.azure.plugins.module_utils._auth import AUTH_ARGSPEC
    from ansible_collections.privatelink.azure.plugins.module_utils._info import collect
    from ansible_collections.privatelink.azure.plugins.module_utils._reconcile import reconcile
    from ansible_collections.privatelink.azure.plugins.module_utils._services import SERVICES
    return AUTH_ARGSPEC, reconcile, collect, SERVICES


def pick_pending(seed, service, subscription_id):
    """(resource, connection) of the first Pending connection of this type in the default subscription."""
    for resource in seed["resources"]:
        if resource["type"] != service.parent_type or resource.get("subscription_id", subscription_id) != subscription_id:
            continue
        for connection in resource["connections"]:
            if connection["status"] == "Pending":
                return resource, connection
    raise SystemExit("the fleet has no Pending %s connection" % service.label)


class Measure:
    def __init__(self, emu):
        self.emu = emu

    def __enter__(self):
        self.emu.control.clear_requests()
        self.started = time.monotonic()
        return self

    def __exit__(self, *exc):
        self.seconds = time.monotonic() - self.started
        self.log = self.emu.control.requests(kind="arm")
        self.reads = sum(1 for entry in self.log if entry["method"] == "GET")
        self.writes = sum(1 for entry in self.log if entry["method"] in WRITES)

    def poll_gaps(self):
        times = [entry["time"] for entry in self.log]
        first_write = next((i for i, entry in enumerate(self.log) if entry["method"] in WRITES), None)
        if first_write is None:
            return []
        later = times[first_write:]
        return [b - a for a, b in zip(later, later[1:])]


def main(argv=None):
    args = parse_args(argv)
    per_type, per_resource, lro = (4, 6, 0.5) if args.short else (12, 20, 2.0)
    seed = build_fleet(resources_per_type=per_type, connections_per_resource=per_resource)
    auth_argspec, reconcile, collect, services = engine_imports()
    failures = []
    rows = []

    def check(condition, what):
        if not condition:
            failures.append(what)

    print("fleet: %d resources, %d connections; lro %.1f s, Retry-After 1 s" % (
        len(seed["resources"]), sum(len(r["connections"]) for r in seed["resources"]), lro))
    with running_emulator(seed=seed, lro_seconds=lro) as emu, tempfile.TemporaryDirectory() as workdir:
        os.environ.update(emu.module_env())
        auth = {name: None for name in auth_argspec}
        auth.update(auth_source="env", validate_certs=True)
        for key in ("keyvault", "mhsm", "storage"):
            service = services[key]
            resource, connection = pick_pending(seed, service, seed["subscription_id"])
            params = dict(auth, resource_group=resource["resource_group"], state="present", wait=True,
                          wait_timeout=120, status="Approved", description="benchmark",
                          private_endpoint_id=connection["private_endpoint_id"])
            params[service.parent_option] = resource["name"]

            with Measure(emu) as approve:
                result = reconcile(service, params)
            check(result.get("changed") and not result.get("failed"), "%s approve failed: %s" % (key, result))
            check(approve.writes == 1, "%s approve wrote %d times" % (key, approve.writes))
            gaps = approve.poll_gaps()
            check(all(gap < 3.0 for gap in gaps), "%s poll gaps %s" % (key, gaps))
            rows.append(("engine", key, "approve (by endpoint)", approve))

            with Measure(emu) as noop:
                result = reconcile(service, params)
            check(result.get("changed") is False, "%s second run changed" % key)
            check((noop.reads, noop.writes) == (1, 0), "%s no-op by endpoint: %d reads %d writes" % (
                key, noop.reads, noop.writes))
            rows.append(("engine", key, "no-op (by endpoint)", noop))

            by_name = dict(params, private_endpoint_id=None, name=result["connection"]["name"])
            with Measure(emu) as noop_name:
                reconcile(service, by_name)
            check((noop_name.reads, noop_name.writes) == (1, 0), "%s no-op by name: %d reads" % (key, noop_name.reads))
            rows.append(("engine", key, "no-op (by name)", noop_name))

            with Measure(emu) as info:
                listed = collect(service, dict(auth, status=None, private_endpoint_id=None,
                                               private_endpoint_subscription_id=None))
            check(info.reads == 1 and not listed.get("failed"), "%s info over the subscription: %d reads" % (
                key, info.reads))
            info.extra = "%d connections" % len(listed.get("connections", []))
            rows.append(("engine", key, "info (subscription)", info))

            if args.short and key != "keyvault":
                continue
            # The same no-op and info as real Ansible tasks.
            module = MODULES[key]
            task_options = {k: v for k, v in by_name.items() if k not in auth and v is not None}
            playbook = write_playbook(Path(workdir), tasks=[{"name": "noop", "privatelink.azure." + module: task_options}],
                                      name="noop-%s.yml" % key)
            with Measure(emu) as module_noop:
                run, results = run_playbook(emu, playbook)
            check(run.returncode == 0 and results and results[0]["changed"] is False, "%s module no-op failed: %s" % (
                key, run.stdout[-2000:]))
            check((module_noop.reads, module_noop.writes) == (1, 0), "%s module no-op: %d reads" % (key, module_noop.reads))
            rows.append(("module", key, "no-op (by name)", module_noop))
            if args.short:
                continue
            playbook = write_playbook(Path(workdir), tasks=[{"name": "info", "privatelink.azure." + module + "_info": {}}],
                                      name="info-%s.yml" % key)
            with Measure(emu) as module_info:
                run, results = run_playbook(emu, playbook)
            check(run.returncode == 0 and module_info.reads == 1, "%s module info: %d reads" % (key, module_info.reads))
            module_info.extra = "%d connections" % len(results[0]["connections"]) if results else ""
            rows.append(("module", key, "info (subscription)", module_info))

    print("%-7s %-9s %-22s %6s %6s %8s  %s" % ("level", "service", "scenario", "reads", "writes", "seconds", ""))
    for level, key, scenario, measure in rows:
        print("%-7s %-9s %-22s %6d %6d %8.2f  %s" % (
            level, key, scenario, measure.reads, measure.writes, measure.seconds, getattr(measure, "extra", "")))
    for failure in failures:
        print("LIMIT FAILED: " + failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

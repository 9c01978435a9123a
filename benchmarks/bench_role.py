#!/usr/bin/env python
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""Requests and seconds of the pec_approval role on the large fleet: check mode, apply, steady state.

Runs the role three times with ansible-playbook against the emulator (the large fleet of
tests/emulator/fleets/large.py, the policy of tests/functional/role/policy.py) and prints, per run, the wall time
and the ARM requests the emulator saw; for the apply run also the apply step's time next to the longest chain of
changes on one resource and the sum of all changes, which shows that the run length follows the longest
per-vault chain, not the number of changes.

Exit status 1 when one of its own limits fails: a write in check mode or steady state, a steady-state read other
than the one paged list per service type and subscription, a 409 (a change sent to a busy vault), or an apply
step longer than 1.5 x its lower bound + 3 s. The lower bound is the longest chain, or all the work divided by
the parallelism when that is more.

    .venv/bin/python benchmarks/bench_role.py            # 36 resources, 720 connections, lro 2 s
    .venv/bin/python benchmarks/bench_role.py --short    # same resources, 6 connections each, lro 0.5 s (CI)
"""

from __future__ import annotations

import argparse
import collections
import math
import os
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from tests.emulator.fleets.large import build_fleet  # noqa: E402  (needs the repo root on sys.path)
from tests.emulator.launcher import running_emulator  # noqa: E402
from tests.functional.role import policy  # noqa: E402
from tests.functional.role.runner import run_role  # noqa: E402


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--short", action="store_true", help="CI size: 6 connections per resource, lro 0.5 s")
    parser.add_argument("--lro-seconds", type=float, help="Key Vault/HSM Updating time (default 2, --short 0.5)")
    parser.add_argument("--parallelism", type=int, default=40, help="pec_approval_parallelism (default 40)")
    return parser.parse_args(argv)


def describe(run):
    methods = collections.Counter(entry["method"] for entry in run.arm)
    busy = sum(1 for entry in run.arm if entry["status"] == 409)
    return "%6.1f s  ARM %4d (%s)  writes %3d  409-busy %d  tokens %2d" % (
        run.seconds, len(run.arm), ", ".join("%s %d" % kv for kv in sorted(methods.items())) or "-",
        len(run.writes), busy, len(run.tokens))


def chain_seconds(report):
    """(longest per-resource sum of change times, sum of all change times) from the apply report."""
    per_resource = collections.Counter()
    for entry in report["connections"]:
        if entry.get("seconds") is not None:
            per_resource[entry["resource_id"].lower()] += entry["seconds"]
    return max(per_resource.values(), default=0.0), sum(per_resource.values())


def expected_list_pages(fleet, page_size):
    per_list = collections.Counter((r["subscription_id"], r["type"]) for r in fleet["resources"])
    return {("/subscriptions/%s/providers/%s" % key).lower(): math.ceil(n / page_size) for key, n in per_list.items()}


def main(argv=None):
    args = parse_args(argv)
    connections = 6 if args.short else 20
    lro = args.lro_seconds if args.lro_seconds is not None else (0.5 if args.short else 2.0)
    fleet = build_fleet(resources_per_type=12, connections_per_resource=connections)
    expected = policy.expectations(fleet)
    actions = policy.action_counts(fleet)
    role_vars = dict(policy.SCOPE, pec_approval_rules=policy.RULES, pec_approval_parallelism=args.parallelism,
                     pec_approval_max_destructive_changes=actions["reject"] + actions["remove"])
    per_resource = policy.changes_per_resource(fleet)
    print("fleet: %d resources, %d connections, 2 subscriptions; lro %.1f s; parallelism %d"
          % (len(fleet["resources"]), len(expected), lro, args.parallelism))
    print("policy: %s; longest chain on one resource: %d changes"
          % (", ".join("%s %d" % kv for kv in sorted(actions.items())), max(per_resource.values(), default=0)))

    problems = []
    with tempfile.TemporaryDirectory(prefix="bench-role-") as workdir, \
            running_emulator(seed=fleet, lro_seconds=lro, delete_seconds=lro) as emu:
        check = run_role(emu, workdir, role_vars, check=True, name="check")
        print("check  " + describe(check))
        apply = run_role(emu, workdir, role_vars, name="apply")
        print("apply  " + describe(apply))
        page_size = 4
        emu.control.settings(page_size=page_size)
        steady = run_role(emu, workdir, role_vars, name="steady")
        print("steady " + describe(steady) + "  (page size %d)" % page_size)

        for name, run in (("check", check), ("apply", apply), ("steady", steady)):
            if run.returncode != 0:
                problems.append("%s run failed:\n%s" % (name, run.output[-2000:]))
        if problems:
            print("\n".join(problems))
            return 1

        report = apply.report()
        longest, total = chain_seconds(report)
        batch = report["batch"]
        bound = max(longest, total / args.parallelism)
        print("apply step: %.1f s for %d changes; longest per-resource chain %d changes / %.1f s; "
              "all changes one after another %.1f s; lower bound %.1f s; ratio step/lower bound %.2f"
              % (batch["seconds"], batch["changes"], batch["longest_chain"], longest, total, bound,
                 batch["seconds"] / bound if bound else 0.0))
        pages = collections.Counter(entry["path"].lower() for entry in steady.arm)
        print("steady reads: %d list requests for %d lists (one paged list per type and subscription)"
              % (sum(pages.values()), len(pages)))

        if any(entry["status"] == 409 for entry in apply.arm):
            problems.append("a change was sent to a resource still busy with the previous one (409)")
        if check.writes:
            problems.append("check mode wrote %d times" % len(check.writes))
        if steady.writes:
            problems.append("steady state wrote %d times" % len(steady.writes))
        if pages != expected_list_pages(fleet, page_size):
            problems.append("steady-state reads were %s, expected %s" % (dict(pages),
                                                                         expected_list_pages(fleet, page_size)))
        if batch["seconds"] > 1.5 * bound + 3:
            problems.append("apply step took %.1f s, more than 1.5 x its lower bound (%.1f s) + 3 s"
                            % (batch["seconds"], bound))
    for problem in problems:
        print("LIMIT FAILED: " + problem)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())

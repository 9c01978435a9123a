"""Bulk approval against the physical limit: Azure takes one change at a time per vault, each taking the
approval time, so no run can be shorter than the longest per-vault chain x the approval time."""

import os
import re

from tests.emulator.launcher import running_emulator
from tests.functional.role import policy

from . import _ansible
from ._fleet import BULK_RULES, bulk_fleet, list_pages
from ._measure import Run, side_by_side
from ._targets import Target, at_most, ratio_at_most

ROLE = "role, apply"
# A GET of one connection (a poll or the read before a write), not a list.
CONNECTION_GET = re.compile(r"/privateEndpointConnections/[^/]+$", re.IGNORECASE)
MAX_GETS_PER_CHANGE = 5
STEADY = "role, second run (nothing to change)"


def run(args, workdir):
    if args.short:
        vaults, per_vault, approval, profile = 4, 3, 0.5, args.profile or "fast"
    else:
        vaults, per_vault, approval = args.bulk_vaults, args.bulk_changes, args.bulk_approval_seconds
        profile = args.bulk_profile or args.profile or "realistic"
    fleet = bulk_fleet(vaults, per_vault)
    changes = vaults * per_vault
    role_vars = dict(pec_approval_subscriptions=fleet["subscriptions"], pec_approval_resource_types=policy.FLEET_TYPES,
                     pec_approval_rules=BULK_RULES,
                     pec_approval_parallelism=max(vaults, 1), pec_approval_max_destructive_changes=0,
                     pec_approval_wait_timeout=max(300, int(per_vault * 60 * 3)))

    def fresh_fleet_half_the_reads_taken():
        # Another caller of the same principal has spent half of ARM's read bucket (250) when the run starts.
        emu.control.load_state(fleet)
        emu.control.drain("reads", fleet["subscription_id"], emu.info["client_id"], tokens=125)

    # The published budgets apply whatever the time profile: ARM's and the Storage provider's token buckets.
    with running_emulator(seed=fleet, lro_seconds=approval, profile=profile,
                          extra_args=("--throttling", "on")) as emu:
        rows = side_by_side([(ROLE, lambda n: _ansible.run_role(emu, os.path.join(workdir, "bulk-%d" % n), ROLE,
                                                                role_vars))],
                            args.bulk_repeats, before_each=fresh_fleet_half_the_reads_taken)
        # The same run again: nothing left to change, so only the reads.
        steady = _ansible.run_role(emu, os.path.join(workdir, "steady"), STEADY, role_vars)
    role = rows[ROLE]
    rows[STEADY] = steady
    batch = role.extra.get("batch") or {}
    if profile == "fast":
        limit = per_vault * approval
        note = "%d changes per vault x %.1f s" % (per_vault, approval)
    else:
        # Each approval draws its own duration (30-50 s): the limit is the longest chain as it happened, from the
        # report's seconds per change (each rounded up to the next poll, so the limit is a little generous).
        limit = role.extra.get("longest_chain_s") or 0.0
        note = "longest per-vault chain of the measured approval times"
    rows["physical limit"] = Run("physical limit", limit, 0.0, [], extra={"note": note})
    if batch.get("seconds") is not None:
        rows["apply step (from the report)"] = Run("apply step", batch["seconds"], 0.0, [])
    busy = sum(1 for entry in role.arm if entry["status"] == 409)
    throttled = sum(1 for entry in role.arm if entry["status"] == 429)
    gets = sum(1 for entry in role.arm if entry["method"] == "GET" and CONNECTION_GET.search(entry["path"]))
    gets_per_change = gets / float(changes) if changes else 0.0
    targets = [
        Target("bulk approval: role run succeeded", "rc 0", "rc %d" % role.returncode, role.returncode == 0,
               gate=True, note=role.output[-400:] if role.returncode else ""),
        Target("bulk approval: one write per change", "== %d" % changes, str(role.writes), role.writes == changes,
               gate=True),
        at_most("bulk approval: changes sent to a busy vault (409)", busy, 0, gate=True),
        Target("bulk approval, second run: no write, one paged list per type", "0 writes, <= %d ARM requests"
               % list_pages(fleet, 100), "%d writes, %d ARM requests" % (steady.writes, len(steady.arm)),
               steady.writes == 0 and len(steady.arm) <= list_pages(fleet, 100), gate=True),
        ratio_at_most("bulk approval: whole role run / physical limit", role.wall, limit, 1.1),
        Target("bulk approval: GETs of a connection per change (lists aside)", "<= %d" % MAX_GETS_PER_CHANGE,
               "%.2f (%d GETs)" % (gets_per_change, gets), gets_per_change <= MAX_GETS_PER_CHANGE, gate=True),
        at_most("bulk approval: 429 answers under the published budgets, half the read bucket taken by another "
                "caller", throttled, 0, gate=True,
                note="the report says requests waited %.1f s for the budgets" % (batch.get("paced_seconds") or 0.0)),
    ]
    return {"name": "bulk", "title": "Bulk approval against the physical limit",
            "conditions": "%d Key Vaults x %d Pending connections = %d approvals, approval (Updating) %s, "
                          "parallelism %d; median of %d" % (
                              vaults, per_vault, changes, "%.1f s" % approval if profile == "fast"
                              else "30-50 s each (the emulator's realistic profile)", vaults, args.bulk_repeats),
            "rows": rows, "targets": targets}

"""No-op and approve on one Key Vault connection: the module run directly and ad hoc, the minimal SDK script and
the Azure CLI, each on the same emulator, one after another in every repeat."""

import os

from tests.emulator.launcher import running_emulator

from . import _ansible, _az
from ._fleet import spread_fleet
from ._measure import side_by_side
from ._targets import Target, at_most, not_measured, ratio_at_most

MODULE = "azure_keyvault_pec"
# The other services' modules, run directly once each (by private endpoint id): their request counts only.
OTHER_SERVICES = (("mhsm", "Microsoft.KeyVault/managedHSMs", "hsm_name", "azure_mhsm_pec"),
                  ("storage", "Microsoft.Storage/storageAccounts", "account_name", "azure_storage_pec"))


def _pick(fleet, status):
    """(vault, connection) of the first named Key Vault connection with `status` in the default subscription."""
    for resource in fleet["resources"]:
        if resource["type"] == "Microsoft.KeyVault/vaults" and resource["subscription_id"] == fleet["subscription_id"]:
            for connection in resource["connections"]:
                if connection.get("name") and connection["status"] == status:
                    return resource, connection
    raise SystemExit("the benchmark fleet has no named %s Key Vault connection" % status)


def _other_service(emu, workdir, fleet, parent_type, parent_option, module, rows):
    """Approve a Pending connection by its endpoint, then the same task again (the no-op): 1 write, then 1 read."""
    parent, connection = next((r, c) for r in fleet["resources"] if r["type"] == parent_type
                              and r["subscription_id"] == fleet["subscription_id"]
                              for c in r["connections"] if c["status"] == "Pending")
    options = {parent_option: parent["name"], "resource_group": parent["resource_group"], "status": "Approved",
               "private_endpoint_id": connection["private_endpoint_id"], "auth_source": "env"}
    approve = _ansible.run_direct(emu, workdir + "-approve", module, module, options)
    noop = _ansible.run_direct(emu, workdir + "-noop", module, module, options)
    rows["%s: approve, run directly" % module] = approve
    rows["%s: no-op, run directly" % module] = noop
    return [Target("approve, %s: writes" % module, "== 1", str(approve.writes), approve.writes == 1, gate=True),
            Target("no-op, %s: ARM requests (one read, no write)" % module, "== 1 GET",
                   ", ".join("%s %d" % item for item in noop.methods.items()), noop.methods == {"GET": 1}, gate=True)]


def _variants(emu, workdir, vault, connection, action, az):
    options = {"vault_name": vault["name"], "resource_group": vault["resource_group"], "name": connection["name"],
               "status": "Approved", "auth_source": "env"}
    if action == "approve":
        options["description"] = "benchmark"
    sdk_command = "show" if action == "no-op" else "approve"
    where = (vault["resource_group"], vault["name"], connection["name"])
    variants = [
        ("module, run directly", lambda n: _ansible.run_direct(
            emu, os.path.join(workdir, "direct-%d" % n), "module, run directly", MODULE, options)),
        ("module, ad hoc", lambda n: _ansible.run_ad_hoc(
            emu, os.path.join(workdir, "adhoc-%d" % n), "module, ad hoc", MODULE, options)),
        ("SDK script", lambda n: _ansible.run_sdk_reference(emu, "SDK script", sdk_command, *where)),
    ]
    if az.ready:
        variants.append(("Azure CLI", lambda n: az.keyvault_connection(emu, "Azure CLI", sdk_command, *where)))
    return variants


def run(args, workdir):
    fleet = spread_fleet(30, 300, 1)
    lro = 0.5 if args.short else args.lro_seconds
    approved_vault, approved = _pick(fleet, "Approved")
    pending_vault, pending = _pick(fleet, "Pending")
    rows, targets = {}, []
    with running_emulator(seed=fleet, lro_seconds=lro) as emu:
        az = _az.AzureCli.for_emulator(emu, os.path.join(workdir, "az"), args)
        for action, (vault, connection) in (("no-op", (approved_vault, approved)), ("approve", (pending_vault, pending))):
            medians = side_by_side(_variants(emu, os.path.join(workdir, action), vault, connection, action, az),
                                   args.repeats, before_each=lambda: emu.control.load_state(fleet))
            for label, measured in medians.items():
                rows["%s: %s" % (action, label)] = measured
            for label in ("module, run directly", "module, ad hoc"):
                measured = medians[label]
                if action == "no-op":
                    targets.append(at_most("no-op, %s: ARM requests (one read, no write)" % label,
                                           len(measured.arm), 1, gate=True))
                else:
                    targets.append(Target("approve, %s: writes" % label, "== 1", str(measured.writes),
                                          measured.writes == 1, gate=True))
                targets.append(at_most("%s, %s: sign-ins" % (action, label), measured.sign_ins, 1, gate=True))
            if action == "no-op":
                if az.ready:
                    targets.append(ratio_at_most("no-op: CPU of the module's own process / Azure CLI's",
                                                 medians["module, run directly"].cpu, medians["Azure CLI"].cpu, 0.7))
                else:
                    targets.append(not_measured("no-op: CPU of the module's own process / Azure CLI's", "<= 0.7x",
                                                az.reason))
        emu.control.load_state(fleet)
        for key, parent_type, parent_option, module in OTHER_SERVICES:
            targets += _other_service(emu, os.path.join(workdir, key), fleet, parent_type, parent_option, module,
                                      rows)
    return {"name": "single", "title": "One Key Vault connection: no-op (already Approved) and approve",
            "conditions": "30 parents, 300 connections, approval %.1f s, no added latency; median of %d"
                          % (lro, args.repeats),
            "rows": rows, "targets": targets, "az": az.describe()}

"""The Azure CLI pointed at the emulator, as the reference for single reads/writes and the fleet loop.

Asked for with --az: az is taken from --az-path, ~/.cache/privatelink-azure/az-venv (installed there with pip
when missing) or PATH. It gets its own AZURE_CONFIG_DIR, a custom cloud registered with --skip-endpoint-discovery (the emulator
serves ARM and Entra on one port), core.instance_discovery=false (MSAL would otherwise ask
login.microsoftonline.com whether the authority is known), the emulator's CA in REQUESTS_CA_BUNDLE, and a service
principal login, which lists subscriptions (GET /subscriptions). When any step fails, `reason` says which and why
and the Azure CLI columns are left out.
"""

import os
import shutil
import subprocess
import sys

from ._measure import Run, run_process

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
# Outside the checkout, so that no build, lint or sanity run walks its 30,000 files; shared by every checkout.
VENV = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "privatelink-azure", "az-venv")
CLOUD = "PecEmulator"
PARENT_TYPES = ("Microsoft.KeyVault/vaults", "Microsoft.KeyVault/managedHSMs", "Microsoft.Storage/storageAccounts")


class AzureCli:
    def __init__(self, executable=None, env=None, reason=""):
        self.executable = executable
        self.env = env
        self.reason = reason

    @property
    def ready(self):
        return self.executable is not None and not self.reason

    def describe(self):
        return {"ready": self.ready, "reason": self.reason, "executable": self.executable,
                "version": self._version() if self.ready else None}

    @classmethod
    def for_emulator(cls, emu, workdir, args):
        if not args.az:
            return cls(reason="not asked for (--az adds it, installed into %s when missing)" % VENV)
        executable = args.az_path or _installed() or _install()
        if not executable:
            return cls(reason="the Azure CLI could not be installed: " + _INSTALL_ERRORS[-1])
        env = dict(os.environ, AZURE_CONFIG_DIR=os.path.join(workdir, "config"),
                   REQUESTS_CA_BUNDLE=emu.ca_file, AZURE_CORE_COLLECT_TELEMETRY="false",
                   AZURE_CORE_NO_COLOR="true", AZURE_CORE_SURVEY_MESSAGE="false", AZURE_CORE_OUTPUT="json")
        for name in ("PYTHONPATH", "VIRTUAL_ENV"):
            env.pop(name, None)
        cli = cls(executable, env)
        info = emu.info
        steps = [
            ["config", "set", "core.instance_discovery=false", "core.collect_telemetry=false"],
            ["cloud", "register", "--name", CLOUD, "--skip-endpoint-discovery",
             "--endpoint-resource-manager", info["arm_url"] + "/",
             "--endpoint-active-directory", info["authority"],
             "--endpoint-active-directory-resource-id", info["arm_url"] + "/",
             "--endpoint-management", info["arm_url"] + "/",
             "--suffix-keyvault-dns", ".vault.azure.net"],
            ["cloud", "set", "--name", CLOUD],
            ["login", "--service-principal", "--username", info["client_id"], "--password", info["client_secret"],
             "--tenant", info["tenant_id"], "--output", "none"],
            ["account", "set", "--subscription", info["subscription_id"]],
        ]
        for step in steps:
            finished = cli._run(step)
            if finished.returncode != 0:
                shown = [part if part != info["client_secret"] else "***" for part in step]
                cli.reason = "`az %s` failed: %s" % (" ".join(shown), finished.stdout.strip()[-600:])
                break
        return cli

    def _run(self, arguments):
        return subprocess.run([self.executable] + arguments, env=self.env, stdout=subprocess.PIPE,
                              stderr=subprocess.STDOUT, text=True, timeout=300, check=False)

    def _version(self):
        finished = self._run(["version", "--output", "tsv", "--query", '"azure-cli"'])
        return finished.stdout.strip().splitlines()[-1] if finished.returncode == 0 and finished.stdout else None

    def measure(self, emu, label, arguments):
        return run_process(emu, label, [self.executable] + arguments, env=self.env)

    def keyvault_connection(self, emu, label, action, group, vault, name):
        """`az keyvault private-endpoint-connection show|approve` of one connection."""
        arguments = ["keyvault", "private-endpoint-connection", action, "--resource-group", group,
                     "--vault-name", vault, "--name", name]
        if action == "approve":
            arguments += ["--description", "benchmark"]
        return self.measure(emu, label, arguments)

    def drift_loop(self, emu, label, fleet, sample):
        """The obvious loop: `az resource list` per type and subscription, then `az network
        private-endpoint-connection list --id` per parent. The per-parent calls run for `sample` parents of
        each type; their mean is scaled to every parent. Returns one Run with the extrapolated totals."""
        lists = [self.measure(emu, label, ["resource", "list", "--subscription", subscription,
                                           "--resource-type", parent_type])
                 for subscription in fleet["subscriptions"] for parent_type in PARENT_TYPES]
        sampled = []
        for parent_type in PARENT_TYPES:
            for parent in [r for r in fleet["resources"] if r["type"] == parent_type][:sample]:
                parent_id = "/subscriptions/%s/resourceGroups/%s/providers/%s/%s" % (
                    parent["subscription_id"], parent["resource_group"], parent_type, parent["name"])
                sampled.append(self.measure(emu, label, ["network", "private-endpoint-connection", "list",
                                                         "--id", parent_id]))
        scale = len(fleet["resources"]) / len(sampled) if sampled else 0
        calls = lists + sampled
        total = Run(label, sum(r.wall for r in lists) + scale * sum(r.wall for r in sampled),
                    sum(r.cpu for r in lists) + scale * sum(r.cpu for r in sampled), [],
                    max((r.returncode for r in calls), key=abs),
                    "\n".join(r.output[-300:] for r in calls if r.returncode),
                    extra={"sampled_parents": len(sampled), "parents": len(fleet["resources"])})
        # The log of the calls that ran; the whole loop's count is scaled like its seconds.
        total.requests = [entry for r in calls for entry in r.requests]
        total.extra["arm_requests_extrapolated"] = round(sum(len(r.arm) for r in lists)
                                                         + scale * sum(len(r.arm) for r in sampled))
        return total


_INSTALL_ERRORS = []


def _installed():
    for candidate in (os.path.join(VENV, "bin", "az"), shutil.which("az")):
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


def _install():
    """pip install azure-cli into VENV (its own virtualenv: its pins clash with the project's)."""
    for command in ([sys.executable, "-m", "venv", VENV], [os.path.join(VENV, "bin", "pip"), "install", "-q",
                                                           "azure-cli"]):
        finished = subprocess.run(command, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
                                  timeout=1800, check=False)
        if finished.returncode != 0:
            detail = finished.stdout.strip()[-600:]
            _INSTALL_ERRORS.append("`%s` exited %d: %s" % (" ".join(command), finished.returncode, detail))
            return None
    return _installed()

#!/usr/bin/env python
# Copyright: privatelink.azure contributors
# GNU General Public License v3.0+ (see https://www.gnu.org/licenses/gpl-3.0.txt)
"""The demo: the example policy over the demo fleet, on the bundled Azure emulator (no Azure account needed).

Runs examples/approve_fleet.yml three times against one emulator and, after each run, prints the Markdown drift
report and the ARM requests the emulator saw (the HTML report, with the trend of the runs so far, is written beside
it):
  1. check mode with --diff: the full report, zero writes;
  2. for real: the changes, in parallel across resources;
  3. again: nothing left to change, only the reads (one paged list per service type and subscription).
Usage: .venv/bin/python examples/run_demo.py [--seed FILE] [--lro-seconds S] [--reports DIR] [--quiet]
"""

from __future__ import annotations

import argparse
import collections
import os
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, ROOT)

from tests.emulator.launcher import running_emulator  # noqa: E402  (needs the repo root on sys.path)

RUNS = (
    ("check", ["--check", "--diff"], "check mode: report only, no write expected"),
    ("apply", [], "apply the policy"),
    ("steady", [], "again: nothing left to change"),
)


def parse_args(argv):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", default=os.path.join(ROOT, "tests", "emulator", "fleets", "demo.yml"),
                        help="emulator seed file (default: the demo fleet)")
    parser.add_argument("--lro-seconds", type=float, default=2.0,
                        help="how long a Key Vault/HSM change stays Updating in the emulator (default 2)")
    parser.add_argument("--reports", default=os.path.join(ROOT, "reports"),
                        help="directory for the reports, one sub-directory per run (default ./reports)")
    parser.add_argument("--quiet", action="store_true", help="hide ansible-playbook's own output")
    return parser.parse_args(argv)


def ansible_playbook():
    return os.path.join(os.path.dirname(sys.executable), "ansible-playbook")


def request_counts(entries):
    """'GET 7, PUT 4, DELETE 1' for the ARM entries of the emulator's request log."""
    counts = collections.Counter(entry["method"] for entry in entries)
    return ", ".join("%s %d" % (method, counts[method]) for method in sorted(counts)) or "none"


def list_calls(entries):
    """ARM list calls (no connection or parent name at the end of the path): the fleet-wide reads."""
    return [e for e in entries if e["method"] == "GET" and e["path"].rstrip("/").lower().endswith(
        ("/vaults", "/managedhsms", "/storageaccounts"))]


def run_playbook(name, flags, report_dir, history_file, env, quiet):
    command = [ansible_playbook(), os.path.join(ROOT, "examples", "approve_fleet.yml"), *flags,
               "-e", "pec_approval_report_dir=%s" % report_dir,
               "-e", "pec_approval_report_history_file=%s" % history_file]
    started = time.monotonic()
    output = subprocess.run(command, cwd=ROOT, env=env, text=True, check=False,
                            stdout=subprocess.PIPE if quiet else None, stderr=subprocess.STDOUT if quiet else None)
    seconds = time.monotonic() - started
    if output.returncode != 0:
        if quiet:
            sys.stdout.write(output.stdout)
        raise SystemExit("run_demo: the %s run failed (ansible-playbook exit %d)" % (name, output.returncode))
    return seconds


def main(argv=None):
    args = parse_args(argv)
    env = dict(os.environ, ANSIBLE_CONFIG=os.path.join(ROOT, "ansible.cfg"), ANSIBLE_FORCE_COLOR="0",
               ANSIBLE_COLLECTIONS_PATH=os.path.join(ROOT, ".build"))
    summary = []
    # One history for the three runs (and earlier demos), so that each HTML report draws the trend.
    history_file = os.path.join(args.reports, "pec_approval_report.history.json")
    with running_emulator(seed=args.seed, lro_seconds=args.lro_seconds) as emu:
        env.update(emu.module_env())
        print("Emulator at %s (lro %.1f s), seed %s" % (emu.arm_url, args.lro_seconds, args.seed))
        for name, flags, title in RUNS:
            report_dir = os.path.join(args.reports, name)
            print("\n=== %s: %s ===" % (name, title), flush=True)
            emu.control.clear_requests()
            seconds = run_playbook(name, flags, report_dir, history_file, env, args.quiet)
            arm = emu.control.requests(kind="arm")
            writes = emu.control.writes()
            with open(os.path.join(report_dir, "pec_approval_report.md")) as handle:
                print(handle.read())
            line = "%-6s %5.1f s  ARM requests: %d (%s); list calls: %d; writes: %d" % (
                name, seconds, len(arm), request_counts(arm), len(list_calls(arm)), len(writes))
            print("Requests seen by the emulator -> " + line)
            summary.append(line)
    print("\n=== Summary ===")
    print("\n".join(summary))
    print("Reports (JSON, Markdown, JUnit XML, HTML) are in %s/{check,apply,steady}/; open %s in a browser"
          % (args.reports, os.path.join(args.reports, "apply", "pec_approval_report.html")))
    return 0


if __name__ == "__main__":
    sys.exit(main())

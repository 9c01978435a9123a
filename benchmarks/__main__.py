"""Run the benchmark suite: every scenario side by side with its reference, targets next to the measurements.

    .venv/bin/python -m benchmarks --short        # CI: small fleets, fails on request counts above the targets
    .venv/bin/python -m benchmarks                # long form: the issue's sizes, medians of 3
    .venv/bin/python -m benchmarks --az           # ... with the Azure CLI columns (installed into ~/.cache/privatelink-azure/az-venv)
    .venv/bin/python -m benchmarks --only drift --only growth

Writes results.json, results.md and results.png into --out (default benchmarks/results/<form>/) and prints the
Markdown. Exit status 1 when a gated target (a request count) is missed, never because of seconds.
"""

import argparse
import datetime
import os
import platform
import sys
import tempfile

from . import _bulk, _drift, _graph_scale, _growth, _report, _single

SCENARIOS = {"single": _single, "drift": _drift, "bulk": _bulk, "growth": _growth, "graph": _graph_scale}
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def parse_args(argv):
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__.splitlines()[0],
                                     epilog="Sizes, conditions and the last results: docs/benchmarks.md")
    parser.add_argument("--short", action="store_true", help="CI form: small fleets, one run each")
    parser.add_argument("--only", action="append", choices=sorted(SCENARIOS), help="run only this scenario")
    parser.add_argument("--repeats", type=int, help="runs per variant, median taken (default 3, --short 1)")
    parser.add_argument("--growth-repeats", type=int, default=1, help="runs per growth point (default 1)")
    parser.add_argument("--growth-point", action="append", metavar="AXIS=COUNT",
                        help="run only this point of the growth scenario (repeatable): subscriptions=N or "
                             "connections=N among the form's points, e.g. connections=30000")
    parser.add_argument("--bulk-repeats", type=int, default=1, help="bulk approval runs (default 1)")
    parser.add_argument("--lro-seconds", type=float, default=2.0, help="approval time, single connection (2)")
    parser.add_argument("--bulk-vaults", type=int, default=20, help="bulk approval: Key Vaults (20)")
    parser.add_argument("--bulk-changes", type=int, default=10, help="bulk approval: approvals per vault (10)")
    parser.add_argument("--bulk-profile", choices=("realistic", "fast"),
                        help="bulk approval: the emulator's realistic durations (30-50 s per approval; the default "
                             "unless --profile says otherwise) or fast (--bulk-approval-seconds each)")
    parser.add_argument("--bulk-approval-seconds", type=float, default=20.0,
                        help="bulk approval with --bulk-profile fast: seconds per approval (20)")
    parser.add_argument("--az", action="store_true", help="add the Azure CLI columns (installs it when missing)")
    parser.add_argument("--az-path", help="an az executable to use instead of ~/.cache/privatelink-azure/az-venv/bin/az")
    parser.add_argument("--az-sample", type=int, default=3, help="parents per type in the sampled CLI loop (3)")
    parser.add_argument("--out", help="results directory (default benchmarks/results/<short|long>)")
    parser.add_argument("--profile", choices=("fast", "realistic"),
                        help="emulator time profile for every scenario (docs/emulator.md): realistic makes Key "
                             "Vault/HSM changes take 30-50 s and some polls answer 504, as on real Azure, and "
                             "overrides the approval-time options (default: fast, those options)")
    args = parser.parse_args(argv)
    if args.profile:
        os.environ["PRIVATELINK_EMULATOR_PROFILE"] = args.profile   # read by every running_emulator()
    if args.repeats is None:
        args.repeats = 1 if args.short else 3
    if args.short and args.az:
        parser.error("--az belongs to the long form (the CLI takes seconds per call); leave out --short")
    if args.growth_point:
        try:
            _growth.selected_points(args.short, args.growth_point)
        except ValueError as exc:
            parser.error(str(exc))
    return args


def main(argv=None):
    args = parse_args(argv)
    form = "short" if args.short else "long"
    out = args.out or os.path.join(ROOT, "benchmarks", "results", form)
    results = {"form": form, "started": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
               "machine": "%s, %d CPUs, Python %s" % (platform.node() or "?", os.cpu_count() or 0,
                                                      platform.python_version()),
               "load": "load average %.1f / %.1f / %.1f at the start" % os.getloadavg(), "scenarios": []}
    with tempfile.TemporaryDirectory(prefix="pec-bench-") as workdir:
        for name in args.only or list(SCENARIOS):
            print("--- %s" % name, flush=True)
            results["scenarios"].append(SCENARIOS[name].run(args, os.path.join(workdir, name)))
    results["load"] += ", %.1f / %.1f / %.1f at the end" % os.getloadavg()
    markdown, plot_error = _report.write(results, out)
    print(markdown)
    if plot_error:
        print(plot_error)
    missed = [target for scenario in results["scenarios"] for target in scenario["targets"]
              if target.gate and target.status == "MISS"]
    for target in missed:
        print("REQUEST COUNT ABOVE TARGET: %s: %s, wanted %s" % (target.what, target.measured, target.target))
    print("results: %s/results.{json,md,png}" % os.path.relpath(out, ROOT))
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())

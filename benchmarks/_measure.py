"""One measured run: a child process's wall and CPU time (its own children's included) and the ARM requests,
sign-ins and discovery requests the emulator logged meanwhile. The emulator's request log is the ground truth.
"""

import collections
import resource
import statistics
import subprocess
import time

WRITES = ("PUT", "PATCH", "POST", "DELETE")
# Resource Graph queries are POSTs that only read.
READ_ONLY_POSTS = ("/providers/Microsoft.ResourceGraph/resources",)


class Run:
    """What one run cost. `requests` is the emulator's log of it."""

    def __init__(self, label, wall, cpu, requests, returncode=0, output="", extra=None):
        self.label = label
        self.wall = wall
        self.cpu = cpu
        self.requests = requests
        self.returncode = returncode
        self.output = output
        self.extra = dict(extra or {})

    @property
    def arm(self):
        return [entry for entry in self.requests if entry["kind"] == "arm"]

    @property
    def methods(self):
        return dict(sorted(collections.Counter(entry["method"] for entry in self.arm).items()))

    @property
    def writes(self):
        return sum(1 for entry in self.arm if entry["method"] in WRITES and entry["path"] not in READ_ONLY_POSTS)

    @property
    def sign_ins(self):
        return sum(1 for entry in self.requests if entry["kind"] == "token")

    @property
    def discovery(self):
        return sum(1 for entry in self.requests if entry["kind"] == "discovery")

    def as_dict(self):
        return {"wall_s": round(self.wall, 3), "cpu_s": round(self.cpu, 3), "arm_requests": len(self.arm),
                "arm_by_method": self.methods, "writes": self.writes, "sign_ins": self.sign_ins,
                "discovery": self.discovery, "returncode": self.returncode, **self.extra}


def _children_cpu():
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def run_process(emu, label, command, env=None, cwd=None, timeout=1800):
    """Run `command` to its end: wall, CPU and the emulator's log of it.

    CPU is user + system time of the process and of every descendant it waited for (ansible-playbook's workers
    and their module processes): the growth of this process's RUSAGE_CHILDREN, which counts only children that
    ended and were reaped, so the emulator (still running) is not in it. Runs are one after another.
    """
    emu.control.clear_requests()
    cpu_before = _children_cpu()
    started = time.monotonic()
    try:
        finished = subprocess.run(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                                  stderr=subprocess.STDOUT, text=True, timeout=timeout, check=False)
        returncode, output = finished.returncode, finished.stdout
    except subprocess.TimeoutExpired as exc:
        returncode, output = -1, (exc.stdout or "") + "\n[benchmark] stopped after %d s" % timeout
    wall = time.monotonic() - started
    return Run(label, wall, _children_cpu() - cpu_before, emu.control.requests(), returncode, output)


def median_run(runs):
    """One Run whose wall and CPU are the medians of `runs`; requests and output of the median-wall run."""
    ordered = sorted(runs, key=lambda run: run.wall)
    middle = ordered[len(ordered) // 2]
    merged = Run(middle.label, statistics.median(r.wall for r in runs), statistics.median(r.cpu for r in runs),
                 middle.requests, max((r.returncode for r in runs), key=abs), middle.output, middle.extra)
    merged.extra["repeats"] = len(runs)
    merged.extra["wall_all_s"] = [round(r.wall, 3) for r in runs]
    return merged


def side_by_side(variants, repeats, before_each=None):
    """Run every (label, run) of `variants` once per repeat, interleaved, so that each repeat sees the same load;
    `before_each()` resets what a run changed. Returns {label: median Run} in the variants' order."""
    runs = {label: [] for label, _run in variants}
    for repeat in range(repeats):
        for label, run in variants:
            if before_each:
                before_each()
            runs[label].append(run(repeat))
    return {label: median_run(found) for label, found in runs.items()}

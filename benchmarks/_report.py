"""The suite's results as JSON, Markdown (also printed) and a PNG plot, in one directory."""

import json
import os

REFERENCES = ("SDK script", "physical limit")


def _group(label):
    return label.rsplit(": ", 1)[0] if ": " in label else ""


def _reference(rows, label):
    for other, run in rows.items():
        if _group(other) == _group(label) and other.rsplit(": ", 1)[-1] in REFERENCES:
            return run
    return None


def _ratio(value, reference):
    return "%.2fx" % (value / reference) if reference else "-"


def as_json(results):
    document = dict(results)
    document["scenarios"] = []
    for scenario in results["scenarios"]:
        entry = {key: value for key, value in scenario.items() if key not in ("rows", "targets", "points")}
        entry["rows"] = {label: run.as_dict() for label, run in scenario["rows"].items()}
        entry["targets"] = [target.as_dict() for target in scenario["targets"]]
        if "points" in scenario:
            entry["points"] = [dict(point, rows={label: run.as_dict() for label, run in point["rows"].items()})
                               for point in scenario["points"]]
        document["scenarios"].append(entry)
    return document


def as_markdown(results):
    lines = ["# privatelink.azure benchmarks (%s form)" % results["form"], "",
             "Run %s on %s; %s." % (results["started"], results["machine"], results["load"]), ""]
    for scenario in results["scenarios"]:
        lines += ["## " + scenario["title"], "", scenario["conditions"] + ".", "",
                  "| run | wall s | CPU s | wall / ref | CPU / ref | ARM requests | by method | sign-ins | discovery |",
                  "|---|---:|---:|---:|---:|---:|---|---:|---:|"]
        for label, run in scenario["rows"].items():
            reference = _reference(scenario["rows"], label)
            requests = str(len(run.arm))
            if "arm_requests_extrapolated" in run.extra:
                requests = "~%d (%d measured, %d of %d parents sampled)" % (
                    run.extra["arm_requests_extrapolated"], len(run.arm), run.extra["sampled_parents"],
                    run.extra["parents"])
            lines.append("| %s | %.2f | %.2f | %s | %s | %s | %s | %d | %d |" % (
                label, run.wall, run.cpu, _ratio(run.wall, reference and reference.wall),
                _ratio(run.cpu, reference and reference.cpu), requests,
                ", ".join("%s %d" % item for item in run.methods.items()) or "-", run.sign_ins, run.discovery))
        lines += ["", "| target | wanted | measured | result |", "|---|---|---|---|"]
        for target in scenario["targets"]:
            result = target.status + (" (gate)" if target.gate else "")
            note = (" — " + target.note.replace("\n", " ").replace("|", "/")[:300]) if target.note else ""
            lines.append("| %s | %s | %s | %s%s |" % (target.what, target.target, target.measured, result, note))
        for label, run in scenario["rows"].items():
            tasks = run.extra.get("tasks")
            if tasks and scenario["name"] != "growth":  # growth's are in the JSON
                lines += ["", "Seconds per task, %s (%s), slowest first:" % (label, scenario["name"]), "",
                          "| task | s |", "|---|---:|"]
                lines += ["| %s%s | %.2f |" % (task["name"].replace("|", "/"), _steps(task), task["seconds"])
                          for task in sorted(tasks, key=lambda t: -t["seconds"])[:12]]
        if scenario.get("az"):
            az = scenario["az"]
            shown = "%s (%s)" % (az["version"], az["executable"]) if az["ready"] else "not measured: " + az["reason"]
            lines += ["", "Azure CLI: " + shown]
        lines.append("")
    return "\n".join(lines)


def _steps(task):
    """A task's own steps, when it timed them (the plan: read, decide, save): where its seconds went."""
    steps = task.get("own_steps")
    if not steps:
        return ""
    return " (%s)" % ", ".join("%s %.2f s" % item for item in steps.items())


def write(results, directory):
    os.makedirs(directory, exist_ok=True)
    with open(os.path.join(directory, "results.json"), "w", encoding="utf-8") as handle:
        json.dump(as_json(results), handle, indent=1)
    markdown = as_markdown(results)
    with open(os.path.join(directory, "results.md"), "w", encoding="utf-8") as handle:
        handle.write(markdown)
    plot_error = _plot(results, os.path.join(directory, "results.png"))
    return markdown, plot_error


def _plot(results, path):
    try:
        import matplotlib
        matplotlib.use("Agg")
        from matplotlib import pyplot
    except ImportError as exc:
        return "no plot: matplotlib is missing (%s); it is in requirements-dev.txt" % exc
    scenarios = {scenario["name"]: scenario for scenario in results["scenarios"]}
    figure, axes = pyplot.subplots(2, 3, figsize=(18, 10))
    _bars(axes[0][0], scenarios.get("single"), "One connection: wall and CPU s")
    _bars(axes[0][1], scenarios.get("drift"), "Drift report: wall and CPU s")
    _bars(axes[0][2], scenarios.get("bulk"), "Bulk approval: wall and CPU s")
    growth = scenarios.get("growth")
    for axis_name, axis, subplot in (("subscriptions", "subscriptions", axes[1][0]),
                                     ("connections", "connections", axes[1][1])):
        _growth(subplot, growth, axis_name, axis)
    _growth_requests(axes[1][2], growth)
    figure.tight_layout()
    figure.savefig(path, dpi=80)
    pyplot.close(figure)
    return None


def _bars(axis, scenario, title):
    axis.set_title(title)
    if not scenario:
        axis.text(0.5, 0.5, "not run", ha="center")
        return
    labels = list(scenario["rows"])
    positions = range(len(labels))
    for offset, (name, values) in enumerate((("wall", [run.wall for run in scenario["rows"].values()]),
                                             ("CPU", [run.cpu for run in scenario["rows"].values()]))):
        shifted = [position + (offset - 0.5) * 0.4 for position in positions]
        axis.barh(shifted, values, height=0.4, label=name)
        for position, value in zip(shifted, values):
            axis.text(value, position, " %.2f" % value, va="center", fontsize=7)
    axis.set_yticks(list(positions), labels, fontsize=7)
    axis.invert_yaxis()
    axis.legend(fontsize=8)


def _growth(subplot, growth, axis_name, axis):
    subplot.set_title("Drift report vs %s: wall s (solid), CPU s (dashed)" % axis_name)
    points = sorted((p for p in (growth or {}).get("points", []) if p["axis"] == axis or
                     (axis == "connections" and p["subscriptions"] == 2)), key=lambda p: p[axis])
    if not points:   # not run, or only other points (--growth-point)
        subplot.text(0.5, 0.5, "not run", ha="center")
        return
    labels = sorted({label for p in points for label in p["rows"]})
    for label in labels:
        xs = [p[axis] for p in points if label in p["rows"]]
        line, = subplot.plot(xs, [p["rows"][label].wall for p in points if label in p["rows"]], marker="o",
                             label=label)
        subplot.plot(xs, [p["rows"][label].cpu for p in points if label in p["rows"]], marker="x", linestyle="--",
                     color=line.get_color())
    subplot.set_xscale("log")
    subplot.set_xlabel(axis_name)
    subplot.legend(fontsize=8)


def _growth_requests(subplot, growth):
    subplot.set_title("Role: ARM requests and sign-ins vs subscriptions")
    points = sorted((p for p in (growth or {}).get("points", []) if p["axis"] == "subscriptions"),
                    key=lambda p: p["subscriptions"])
    if not points:   # not run, or only other points (--growth-point)
        subplot.text(0.5, 0.5, "not run", ha="center")
        return
    xs = [p["subscriptions"] for p in points]
    role = [next(run for label, run in p["rows"].items() if label.startswith("role")) for p in points]
    subplot.plot(xs, [len(run.arm) for run in role], marker="o", label="ARM requests")
    subplot.plot(xs, [run.sign_ins for run in role], marker="s", label="sign-ins")
    subplot.plot(xs, [p["pages"] for p in points], linestyle="--", label="one paged list per type and subscription")
    subplot.set_xscale("log")
    subplot.set_yscale("log")
    subplot.set_xlabel("subscriptions")
    subplot.legend(fontsize=8)

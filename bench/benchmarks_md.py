"""BENCHMARKS.md: the last results, rendered from .bench/results.json between its two markers, never typed by hand."""

from bench.lighthouse import LIGHTHOUSE_CATEGORIES, LIGHTHOUSE_METRICS
from bench.paths import BENCHMARKS
from bench.taps import THRESHOLD_MS
from bench.targets import amount, verdict

START = "<!-- bench:start -->"
END = "<!-- bench:end -->"
COMPARED = (("ours", "`/check/`"), ("baseline", "recipe (PyScript offline)"),
            ("floor", "floor (MicroPython module worker, no PyScript)"))
FLOOR_AIM = 1.2  # ours over the floor: reported, the aim of issue 18, not a target
VISIT_COLUMNS = (("form visible", "form_ms", "ms"), ("engine ready", "ready_ms", "ms"),
                 ("main-thread blocking until ready", "blocking_ms", "ms"),
                 ("MicroPython loaded on the page (`mpy:ready`)", "interpreter_ms", "ms"))
WALKS = {"/check/": "every answer tapped in the order the check asks, then one answer changed, the urgent "
                     "question answered yes and back to no, and the outcome saved to the log",
         "/log/": "its buttons that change the page in place",
         "/check/ while loading": "on a first visit, answers tapped in order from the moment the form shows until "
                                  "the engine is ready"}
LIGHTHOUSE_HEADS = ("performance", "accessibility", "best practices", "SEO", "FCP", "LCP", "TBT")


def cell(text):
    """Text safe inside a Markdown table cell."""
    return str(text).replace("|", "\\|").replace("\n", " ")


def table(head, rows):
    """A Markdown table."""
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    return "\n".join(lines + ["| " + " | ".join(cell(value) for value in row) + " |" for row in rows])


def plural(count, word):
    """'1 run', '5 runs'."""
    return "{} {}{}".format(count, word, "" if count == 1 else "s")


def setting(results):
    """Who measured what, when, on which machine and how busy it was."""
    machine, load = results["machine"], results["load"]
    memory = "{} GB memory".format(machine["memory_gb"]) if machine.get("memory_gb") else "memory unknown"
    return ("Measured by `{}` on {}: {} ({} cores, {}), {}; {}, Lighthouse {}. Load average (1, 5, 15 min) "
            "{} before, {} after (the bench's own browser included). {} of each page and visit, ours, the recipe "
            "and the floor taking turns, run i of ours paired with run i of the recipe and of the floor; figures "
            "are medians.").format(
        results["command"], results["date"], machine["cpu"], machine["cores"], memory, machine["os"],
        machine["chromium"] or "Chromium (version unknown)", machine["lighthouse"] or "(not installed)",
        " ".join("{:.2f}".format(v) for v in load["before"]), " ".join("{:.2f}".format(v) for v in load["after"]),
        plural(results["runs"], "run"))


def visits_table(results):
    """The medians of ours and the recipe, first and repeat visit."""
    rows = []
    for name, label in (page for page in COMPARED if page[0] in results["medians"]):
        for visit in ("first", "repeat"):
            row = results["medians"][name][visit]
            rows.append([label, visit] + [amount(row[key], unit) for _head, key, unit in VISIT_COLUMNS]
                        + ["{:.1f} kB".format(row["bytes"] / 1000), row["requests"]])
    return table(["page", "visit"] + [head for head, _key, _unit in VISIT_COLUMNS]
                 + ["bytes until ready", "requests"], rows)


def ratios_table(results):
    """Engine ready, ours / the recipe, over the paired runs."""
    rows = [["{} visit".format(visit)] + [amount(results["ratios"][visit][key], "x")
                                          for key in ("min", "median", "max")] for visit in ("first", "repeat")]
    text = table(["engine ready, ours / recipe", "min", "median", "max"], rows)
    floor = results.get("floor_ratios")
    if floor:
        rows = [["{} visit".format(visit)] + [amount(floor[visit][key], "x") for key in ("min", "median", "max")]
                for visit in ("first", "repeat")]
        text += "\n\n" + table(["engine ready, ours / floor (aim: within {})".format(amount(FLOOR_AIM, "x")),
                                 "min", "median", "max"], rows)
    return text


def long_log_table(results):
    """/check/ and /log/ with a long log stored: engine ready, and the paired ratios."""
    long_log = results.get("long_log")
    if not long_log:
        return "A long log: not measured (the built site has no `/log/`)."
    note = ("A runner with {} saved results: a repeat visit of `/check/` and of `/log/` in each run, taking "
            "turns, at 4x CPU; engine ready is when the log is shown.").format(long_log["entries"])
    ready = long_log["ready_ms"]
    rows = [["`/log/` / `/check/`", amount(ready["/check/"], "ms"), amount(ready["/log/"], "ms")]
            + [amount(long_log["ratio"][key], "x") for key in ("min", "median", "max")]]
    return note + "\n\n" + table(["engine ready, median", "`/check/`", "`/log/`", "min", "median", "max"], rows)


def taps_table(results):
    """Interaction to Next Paint of the answer walks, or why there is none."""
    rows = []
    for path, summary in results["taps"].items():
        if not summary:
            rows.append(["`{}`".format(path), 0, "-", "-", "nothing to tap"])
            continue
        slowest = summary["worst_step"] or "none over {} ms".format(THRESHOLD_MS)
        rows.append(["`{}`".format(path), summary["taps"], amount(summary["p75_ms"], "ms"),
                     amount(summary["worst_ms"], "ms"), slowest])
    if not rows:
        return "Answer taps: not measured."
    walks = "; ".join("on `{}` {}".format(path, WALKS[path]) for path in results["taps"] if path in WALKS)
    note = ("On the settled repeat visit at 4x CPU: {}. Interaction to Next Paint from the Event Timing API; "
            "a tap under {} ms counts as {} ms.").format(walks, THRESHOLD_MS, THRESHOLD_MS)
    return note + "\n\n" + table(["taps of the walk", "taps", "p75", "worst", "slowest tap"], rows)


def lighthouse_table(results):
    """Lighthouse's scores per page, or why there are none."""
    lighthouse = results["lighthouse"]
    if lighthouse is None:
        return "Lighthouse: not run (`--no-lighthouse`)."
    rows = []
    for path, scores in lighthouse["pages"].items():
        if isinstance(scores, str):
            rows.append(["`{}`".format(path), scores] + ["-"] * (len(LIGHTHOUSE_HEADS) - 1))
            continue
        rows.append(["`{}`".format(path)] + ["{:g}".format(scores[name]) for name in LIGHTHOUSE_CATEGORIES]
                    + [amount(scores[name], "ms") for name in LIGHTHOUSE_METRICS])
    head = "Lighthouse {} mobile, median of {}".format(results["machine"]["lighthouse"] or "",
                                                      plural(lighthouse["runs"], "run"))
    return table([head] + list(LIGHTHOUSE_HEADS), rows)


def targets_table(results):
    """Every target, met or MISSED and by how much, and the count."""
    checks = results["targets"]
    counts = [sum(1 for check in checks if check["met"] is state) for state in (True, False, None)]
    summary = "Targets: {} of {} met, {} missed{}.".format(
        counts[0], len(checks), counts[1], ", {} not measured".format(counts[2]) if counts[2] else "")
    return table(["target", "result"], [[check["target"], verdict(check)] for check in checks]) + "\n\n" + summary


def warnings_list(results):
    """The bench's warnings, or nothing."""
    if not results["warnings"]:
        return "No warnings: the runs agree and the machine was quiet."
    return "**Warnings:**\n\n" + "\n".join("- " + warning for warning in results["warnings"])


SECTIONS = (setting, visits_table, ratios_table, long_log_table, taps_table, lighthouse_table, targets_table, warnings_list)


def render(results):
    """The block of BENCHMARKS.md (without its markers) for one bench's results."""
    return "\n\n".join(section(results) for section in SECTIONS)


def replace_block(text, block):
    """text with what lies between START and END replaced by block; ValueError without both markers."""
    start = text.find(START)
    end = text.find(END, start + len(START)) if start >= 0 else -1
    if end < 0:
        raise ValueError("BENCHMARKS.md needs the lines {} and {}, in that order, where the bench's results go".format(
            START, END))
    return text[:start] + START + "\n" + block + "\n" + text[end:]


def update_benchmarks(results, path=BENCHMARKS):
    """Rewrite the block of BENCHMARKS.md from results."""
    path.write_text(replace_block(path.read_text(), render(results)))
    print("bench: {} rewritten from the results".format(path.name))

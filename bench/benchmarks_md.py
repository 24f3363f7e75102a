"""BENCHMARKS.md: the last results, rendered from .bench/results.json between its two markers, never typed by hand."""

import posixpath
import re

from bench.lighthouse import LIGHTHOUSE_CATEGORIES, LIGHTHOUSE_METRICS
from bench.link import COMPRESSED
from bench.profile import SHOWN, shown
from bench.paths import BENCHMARKS
from bench.taps import THRESHOLD_MS
from bench.targets import amount, between, verdict

START = "<!-- bench:start -->"
END = "<!-- bench:end -->"
VARIANT_WORDS = ("ours: the site's page; the page alone: the same page with its engine script removed (its "
                 "HTML, CSS and `site.js`); the floor: the same page with a plain MicroPython module worker running "
                 "the same `.mpy` files, no PyScript")
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
            "{} before, {} after (the bench's own browser included). {} of each page and visit, every page taking "
            "turns, run i of ours paired with run i of the page alone, of the floor and of the recipe; figures are "
            "medians, with the lowest and highest run in brackets. The bench waits for the page's own \"engine "
            "ready\" console line and reads the browser's records once after it: none of its script runs in the "
            "page before ready.").format(
        results["command"], results["date"], machine["cpu"], machine["cores"], memory, machine["os"],
        machine["chromium"] or "Chromium (version unknown)", machine["lighthouse"] or "(not installed)",
        " ".join("{:.2f}".format(v) for v in load["before"]), " ".join("{:.2f}".format(v) for v in load["after"]),
        plural(results["runs"], "run"))


def ranged(figure, unit):
    """A figure over the runs: "120 ms (95 ms-160 ms)", or the median alone when the runs agree or there is one."""
    text = amount(figure["median"], unit)
    if figure["min"] != figure["max"]:
        text += " ({})".format(between(figure["min"], figure["max"], unit))
    return text


def visits_table(results):
    """Per page and visit: engine ready against the floor, blocking against the page alone, the engine's share."""
    rows = []
    for path in results["measured"]:
        for visit in ("first", "repeat"):
            ours, alone, floor = (results["visits"][variant][path][visit] for variant in ("ours", "alone", "floor"))
            rows.append(["`{}`".format(path), visit, ranged(ours["ready_ms"], "ms"), ranged(floor["ready_ms"], "ms"),
                         ranged(results["floor_ratios"][path][visit], "x"), ranged(ours["blocking_ms"], "ms"),
                         ranged(alone["blocking_ms"], "ms"), ranged(results["share"][path][visit], "ms"),
                         ranged(ours["form_ms"], "ms"), ranged(ours["bytes"], "B"), ranged(ours["requests"], "")])
    note = ("Each page: {}. `/log/` with {} saved results stored before the first visit. Main-thread blocking is the "
            "sum of the long tasks (over 50 ms) from navigation to engine ready (the page alone: to its load event "
            "and {} s after); the engine's share is ours minus the page alone, run by run.").format(
        VARIANT_WORDS, (results.get("long_log") or {}).get("entries", "the long log's"), 2)
    return note + "\n\n" + table(["page", "visit", "engine ready", "the floor's", "ours / floor",
                                   "blocking until ready", "the page alone's", "the engine's share", "form visible",
                                   "bytes until ready", "requests"], rows)


def ratios_table(results):
    """Engine ready on /check/ against the recipe, over the paired runs."""
    rows = [["{} visit".format(visit), ranged(results["visits"]["ours"]["/check/"][visit]["ready_ms"], "ms"),
             ranged(results["recipe"][visit]["ready_ms"], "ms"), ranged(results["recipe"][visit]["blocking_ms"], "ms")]
            + [amount(results["ratios"][visit][key], "x") for key in ("min", "median", "max")]
            for visit in ("first", "repeat")]
    return table(["`/check/` against the recipe (PyScript offline)", "ours ready", "recipe ready",
                  "recipe blocking", "min", "median", "max"], rows)


def long_log_table(results):
    """/check/ and /log/ with a long log stored: engine ready, and the paired ratios."""
    long_log = results.get("long_log")
    if not long_log:
        return "A long log: not measured."
    note = ("A runner with {} saved results: `/log/`'s repeat visit against `/check/`'s (with none) in each run, "
            "at 4x CPU; engine ready is when the log is shown.").format(long_log["entries"])
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
    return table(["target", "result (median; lowest–highest run)"], [[check["target"], verdict(check)] for check in checks]) + "\n\n" + summary


def warnings_list(results):
    """The bench's warnings, or nothing."""
    if not results["warnings"]:
        return "No warnings: the runs agree and the machine was quiet."
    return "**Warnings:**\n\n" + "\n".join("- " + warning for warning in results["warnings"])


WHERE_NOTE = ("Under each missed target of main-thread blocking or of bytes, where they go. The time: one more "
              "visit of the page, once the runs are done, recorded in a Chromium trace (devtools.timeline) from "
              "before its navigation until it said it was ready (the page alone: until it had loaded and "
              "settled); its long tasks (over 50 ms) are split into what ran in them (bench/profile.py). A traced "
              "visit runs slower than a measured one, so its totals are higher than the runs'; the split is what "
              "counts. The bytes: every URL of the first visit whose bytes until ready are the median of the runs, "
              "with what the server had sent for it by then, response headers included.")
ENGINE_FOLDER = re.compile(r"/engine/[0-9a-f]+/")


def merged(profiles):
    """[[what, ms of each profile], ...]: the largest pieces of any of the profiles, the rest summed, ordered by
    the first profile's time."""
    wheres = [dict((profile or {}).get("where") or []) for profile in profiles]
    kinds = []
    for profile in profiles:
        for what, _ms in ((profile or {}).get("where") or [])[:SHOWN]:
            if what not in kinds:
                kinds.append(what)
    rows = [[what] + [where.get(what, 0) for where in wheres] for what in kinds]
    rest = [sum(ms for what, ms in where.items() if what not in kinds) for where in wheres]
    if any(rest):
        rows.append(["everything else"] + rest)
    return sorted(rows, key=lambda row: -row[1])


def profile_note(check, results, variants, path, visit):
    """A missed blocking target's profile: the traced visit's long tasks split by what ran, per variant."""
    profiles = [((results.get("profiles") or {}).get(variant) or {}).get(path, {}) for variant in variants]
    profiles = [(profile or {}).get(visit) for profile in profiles]
    head = "**{}**: {}.".format(check["target"], verdict(check))
    if not any(profiles):
        return head + " The traced visit's trace holds no navigation to this page: no profile."
    names = {"ours": "ours", "alone": "the page alone"}
    columns = ["what ran in the long tasks until ready (traced {} visit)".format(visit)]
    columns += ["{}: {}, {}".format(names[variant], plural(profile["long_tasks"], "long task"),
                                    amount(profile["blocking_ms"], "ms")) if profile else
                "{}: no navigation in its trace".format(names[variant]) for variant, profile in zip(variants, profiles)]
    rows = [[what] + [amount(ms, "ms") for ms in times] for what, *times in merged(profiles)]
    if len(variants) == 2:
        columns.append("ours minus the page alone")
        rows = [row + [amount(times[0] - times[1], "ms")] for row, (_what, *times) in zip(rows, merged(profiles))]
    sampled = ["{}: {}".format(names[variant], ", ".join("{} {}".format(script, amount(ms, "ms"))
                                                         for script, ms in shown(profile["scripts"])))
               for variant, profile in zip(variants, profiles) if profile and profile.get("scripts")]
    note = ("\n\nThe JavaScript V8 sampled in those long tasks, by function: " + "; ".join(sampled) + ".") if sampled else ""
    return head + "\n\n" + table(columns, rows) + note


def url_name(path):
    """A served path as the report shows it: the engine's hashed folder shortened to engine/…/."""
    return ENGINE_FOLDER.sub("/engine/…/", path or "?")


def bytes_note(check, results, path):
    """A missed bytes target: every URL of the median first visit, its requests and bytes, and the totals by kind."""
    head = "**{}**: {}.".format(check["target"], verdict(check))
    rows = (results.get("bytes_by_url") or {}).get(path)
    if not rows:
        return head + " No list of the URLs fetched."
    kinds = {}
    for url, _count, size in rows:
        kind = posixpath.splitext(url.split("?")[0])[1] or "page"
        kinds.setdefault(kind, [0, 0])
        kinds[kind][0] += 1
        kinds[kind][1] += size
    summary = "By kind: " + "; ".join("{} {} ({}, {})".format(
        amount(size, "B"), kind, plural(count, "URL"), "gzip" if kind in COMPRESSED or kind == "page" else "not compressed")
        for kind, (count, size) in sorted(kinds.items(), key=lambda kv: -kv[1][1])) + "."
    listed = table(["URL", "requests", "bytes until ready", "compressed"],
                   [["`{}`".format(url_name(url)), count, amount(size, "B"),
                     "gzip" if posixpath.splitext(url)[1] in COMPRESSED or url.endswith("/") else "no"]
                    for url, count, size in rows])
    return head + " " + summary + "\n\n" + listed


def where_it_goes(results):
    """Under each missed target of blocking or bytes: the profile or the URLs that show where it goes."""
    notes = []
    for check in results["targets"]:
        at = check.get("at") or []
        if check["met"] is not False:
            continue
        if at[:1] == ["share"]:
            notes.append(profile_note(check, results, ("ours", "alone"), at[1], at[2]))
        elif at[:2] == ["visits", "alone"] and at[-1] == "blocking_ms":
            notes.append(profile_note(check, results, ("alone",), at[2], at[3]))
        elif at[:2] == ["visits", "ours"] and at[-1] == "bytes":
            notes.append(bytes_note(check, results, at[2]))
    if not notes:
        return "Where the time and the bytes go: no target of main-thread blocking or of bytes was missed."
    return "\n\n".join([WHERE_NOTE] + notes)


SECTIONS = (setting, visits_table, ratios_table, long_log_table, taps_table, lighthouse_table, targets_table,
            where_it_goes, warnings_list)


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

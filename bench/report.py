"""The bench's results from its measurements: medians, paired ratios, taps, warnings, and results.json."""

import datetime
import json
import statistics

from bench.link import DOWN_BYTES_PER_S, RTT_S
from bench.long_log import LOG, summary as long_log_summary
from bench.paths import BENCH_DIR, ROOT
from bench.taps import tap_summary
from bench.targets import LONG_LOG_RATIO, READY_RATIO, amount, targets
from bench.visits import CPU_SLOWDOWN, PHONE

RESULTS = BENCH_DIR / "results.json"
SCHEMA = 4  # 4: per page, ours, the page alone and the floor, the engine's share, with spread
VISITS = ("first", "repeat")
VARIANTS = ("ours", "alone", "floor")  # our page, the page alone (no engine), the page with the floor's engine
MEASURED = ("/check/", "/es/check/", LOG)
RECIPE = "recipe"  # PyScript's offline recipe, against ours on /check/
KEYS = ("form_ms", "ready_ms", "blocking_ms", "bytes", "requests")
SPREAD_TOO_WIDE = 0.25  # (max - min) / median of the paired ratios beyond which one run says little


def spread(values, digits=0):
    """Median (to digits: whole ms and bytes, ratios to 3), min and max of one figure over the runs, and the runs."""
    values = list(values)
    median = round(statistics.median(values), digits)
    return {"median": median if digits else int(median), "min": min(values), "max": max(values), "runs": values}


def figures(visits):
    """Each figure of one page and visit over the runs, with its spread."""
    return {key: spread(round(v[key] or 0) for v in visits) for key in KEYS}


def paired(ours, other, combine, digits=0):
    """combine(run i of ours, run i of other) over the runs, with its spread."""
    return spread((combine(mine, theirs) for mine, theirs in zip(ours, other)), digits)


def paired_ratios(raw, against=RECIPE, page="ours /check/"):
    """Engine ready page / against (the recipe, or the floor) of run i with run i, per visit: each run's
    ratio, min, median, max."""
    return {visit: paired(raw[page][visit], raw[against][visit],
                          lambda mine, theirs: round(mine["ready_ms"] / theirs["ready_ms"], 3), 3) for visit in VISITS}


def engine_share(raw, path):
    """Per visit, the engine's own main-thread blocking: ours minus the page alone, run i with run i."""
    ours, alone = raw["ours " + path], raw["alone " + path]
    return {visit: paired(ours[visit], alone[visit], lambda mine, theirs: mine["blocking_ms"] - theirs["blocking_ms"])
            for visit in VISITS}


def spread_warnings(ratios):
    """Say when the paired ratios disagree too much to judge their target, or there is one run only."""
    if any(len(ratios[visit]["runs"]) < 2 for visit in VISITS):
        return ["one run: no spread to judge, so these figures are indicative only; use --runs 5"]
    warnings = []
    for visit in VISITS:
        low, middle, high = (ratios[visit][key] for key in ("min", "median", "max"))
        limit = READY_RATIO[visit]
        if (high - low) / middle > SPREAD_TOO_WIDE:
            warnings.append("{} visit ratios spread {:.2f}x-{:.2f}x, {:.0%} of the median: too wide to judge; "
                            "run again on a quieter machine".format(visit, low, high, (high - low) / middle))
        if low <= limit < high:
            warnings.append("the {} visit target {} lies between the lowest and highest ratio ({:.2f}x-{:.2f}x): "
                            "runs disagree on whether it is met".format(visit, amount(limit, "x"), low, high))
    return warnings


def long_log_warnings(summary):
    """Say when the long log's paired ratios disagree too much to judge, or straddle the target."""
    if not summary or len(summary["ratio"]["runs"]) < 2:
        return []
    low, middle, high = (summary["ratio"][key] for key in ("min", "median", "max"))
    warnings = []
    if (high - low) / middle > SPREAD_TOO_WIDE:
        warnings.append("long log ratios spread {:.2f}x-{:.2f}x, {:.0%} of the median: too wide to judge".format(
            low, high, (high - low) / middle))
    if low <= LONG_LOG_RATIO < high:
        warnings.append("the long log target {} lies between the lowest and highest ratio ({:.2f}x-{:.2f}x): "
                        "runs disagree on whether it is met".format(amount(LONG_LOG_RATIO, "x"), low, high))
    return warnings


def load_warnings(load, cores):
    """Say when other processes competed for the CPU before the bench began (after, its own browser counts)."""
    if load["before"][0] <= cores / 2:
        return []
    return ["load average {:.2f} (1 minute) on {} cores before the bench: other processes competed for the "
            "CPU it slows down 4x; expect slower, noisier figures".format(load["before"][0], cores)]


def off_host_warnings(raw):
    """Say so if a page asked for anything beyond 127.0.0.1 (nothing should)."""
    urls = sorted({url for page in raw.values() for visits in page.values() for v in visits for url in v["off_host"]})
    return ["pages asked for addresses beyond 127.0.0.1: " + ", ".join(urls[:5])] if urls else []


def tap_warnings(taps):
    """Say so when the walk found no tap on a page, a tap changed nothing, or a button was missing."""
    warnings = ["on {}, the walk found nothing to tap".format(path) for path, summary in taps.items() if not summary]
    for path, summary in taps.items():
        if summary and summary["unchanged"]:
            warnings.append("on {}, {} changed nothing on the page".format(path, ", ".join(summary["unchanged"])))
        if summary and summary["missing"]:
            warnings.append("on {}, the walk found no button for: {}".format(path, ", ".join(summary["missing"])))
    return warnings


def median_run(visits, key):
    """The run whose key is the median of the runs (the lower of the two middle ones)."""
    ordered = sorted(visits, key=lambda marks: marks[key] or 0)
    return ordered[(len(ordered) - 1) // 2]


def build_results(runs, raw, taps, lighthouse, load, machine, command, pages, answer_pages, profiles=None):
    """Everything the bench found, in the shape results.json and BENCHMARKS.md use; raw is {"<variant> <path>":
    {visit: [marks per run]}, "recipe": ...}; profiles {"<variant> <path>": {visit: where the time went}}."""
    results = {
        "schema": SCHEMA, "command": command,
        "date": datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"),
        "machine": machine, "load": load, "runs": runs,
        "profile": {"rtt_ms": RTT_S * 1000, "down_bytes_per_s": DOWN_BYTES_PER_S, "cpu_slowdown": CPU_SLOWDOWN,
                    "viewport": PHONE["viewport"]},
        "pages": pages, "answer_pages": answer_pages, "measured": list(MEASURED),
        "visits": {variant: {path: {visit: figures(raw["{} {}".format(variant, path)][visit]) for visit in VISITS}
                             for path in MEASURED} for variant in VARIANTS},
        "recipe": {visit: figures(raw[RECIPE][visit]) for visit in VISITS},
        "share": {path: engine_share(raw, path) for path in MEASURED},
        "ratios": paired_ratios(raw),
        "floor_ratios": {path: paired_ratios(raw, "floor " + path, "ours " + path) for path in MEASURED},
        "taps": {path: tap_summary(page_taps) for path, page_taps in taps.items()},
        "lighthouse": lighthouse,
        "long_log": long_log_summary({"/check/": raw["ours /check/"]["repeat"], LOG: raw["ours " + LOG]["repeat"]}),
        "profiles": {variant: {path: (profiles or {}).get("{} {}".format(variant, path)) for path in MEASURED}
                     for variant in VARIANTS},
        "bytes_by_url": {path: median_run(raw["ours " + path]["first"], "bytes").get("by_url") for path in MEASURED},
    }
    results["targets"] = targets(results)
    results["warnings"] = (load_warnings(load, machine["cores"] or 1) + spread_warnings(results["ratios"])
                           + off_host_warnings(raw) + tap_warnings(results["taps"]))
    results["warnings"] += long_log_warnings(results["long_log"])
    results["raw"] = {"visits": raw, "taps": taps}
    return results


def write_results(results, path=RESULTS):
    """Everything, per run too, to .bench/results.json."""
    path.parent.mkdir(exist_ok=True)
    path.write_text(json.dumps(results, indent=1))
    print("bench: written to {}".format(path.relative_to(ROOT) if path.is_relative_to(ROOT) else path))


def read_results(path=RESULTS):
    """The results a bench wrote; RuntimeError when there are none this version can read."""
    try:
        results = json.loads(path.read_text())
    except (OSError, ValueError) as error:
        raise RuntimeError("no readable results in {} ({}): run `python3 build.py bench` first".format(
            path, error)) from error
    if results.get("schema") != SCHEMA:
        raise RuntimeError("{} was written by an older bench: run `python3 build.py bench` again".format(path))
    return results

"""The bench's figures: medians, ratios to the baseline, targets, the printed table and results.json."""

import json
import os
import statistics

from buildsite.bench.lighthouse import LIGHTHOUSE_CATEGORIES, LIGHTHOUSE_METRICS
from buildsite.bench.link import DOWN_BYTES_PER_S, RTT_S
from buildsite.bench.paths import BENCH_DIR, ROOT
from buildsite.bench.visits import CPU_SLOWDOWN, PHONE

TARGETS = {"form_ms": 1000, "ready_first_ratio": 0.75, "ready_repeat_ratio": 0.30, "lighthouse_perf": 95}
RESULTS = BENCH_DIR / "results.json"


def medians(visits):
    """The median of each figure over the runs of one page and visit."""
    keys = ("form_ms", "ready_ms", "bytes", "requests", "interpreter_ms")
    return {key: round(statistics.median(v[key] or 0 for v in visits)) for key in keys}


def mark(ok):
    """The pass/fail marker printed next to a figure."""
    return "PASS" if ok else "MISS"


def targets(summary, scores):
    """[(description, passed)] for every target."""
    ours, ratios = summary["ours"], summary["ratios"]
    checks = [("/check/ form visible, {} visit <= {} ms".format(visit, TARGETS["form_ms"]),
               ours[visit]["form_ms"] <= TARGETS["form_ms"]) for visit in ("first", "repeat")]
    checks.append(("engine ready, first visit <= {}x baseline".format(TARGETS["ready_first_ratio"]),
                   ratios["ready_first"] <= TARGETS["ready_first_ratio"]))
    checks.append(("engine ready, repeat visit <= {}x baseline".format(TARGETS["ready_repeat_ratio"]),
                   ratios["ready_repeat"] <= TARGETS["ready_repeat_ratio"]))
    for page, result in scores.items():
        passed = isinstance(result, dict) and result["performance"] >= TARGETS["lighthouse_perf"]
        checks.append(("Lighthouse performance {} >= {}".format(page, TARGETS["lighthouse_perf"]), passed))
    return checks


def print_table(summary, runs):
    """The browser figures: one row per page and visit, then the ratios."""
    print("\nPhone profile at the server: {:.0f} ms per request, {:.1f} Mbit/s shared, gzip; "
          "CPU {}x; 412x823. Medians of {} runs.".format(RTT_S * 1000, DOWN_BYTES_PER_S * 8 / 1e6,
                                                          CPU_SLOWDOWN, runs))
    print("{:<10} {:<7} {:>14} {:>15} {:>18} {:>9} {:>10}".format(
        "page", "visit", "form visible", "engine ready", "bytes until ready", "requests", "mpy:ready"))
    for name, label in (("ours", "/check/"), ("baseline", "baseline")):
        for visit in ("first", "repeat"):
            row = summary[name][visit]
            flag = " " + mark(row["form_ms"] <= TARGETS["form_ms"]) if name == "ours" else "     "
            print("{:<10} {:<7} {:>6} ms{} {:>12} ms {:>15.1f} kB {:>9} {:>7} ms".format(
                label, visit, row["form_ms"], flag, row["ready_ms"], row["bytes"] / 1000, row["requests"],
                row["interpreter_ms"]))
    ratios = summary["ratios"]
    print("engine ready ours/baseline: first {:.2f} {} (target <= {}), repeat {:.2f} {} (target <= {})".format(
        ratios["ready_first"], mark(ratios["ready_first"] <= TARGETS["ready_first_ratio"]),
        TARGETS["ready_first_ratio"], ratios["ready_repeat"],
        mark(ratios["ready_repeat"] <= TARGETS["ready_repeat_ratio"]), TARGETS["ready_repeat_ratio"]))


def print_lighthouse(scores, runs):
    """The Lighthouse scores per page, or why there are none."""
    print("\nLighthouse 12, mobile preset (simulated throttling), unthrottled gzip server, "
          "median of {} run(s):".format(runs))
    print("{:<9} {:>13} {:>14} {:>15} {:>5}   {}".format("page", *LIGHTHOUSE_CATEGORIES, "FCP / LCP / TBT (ms)"))
    for page, result in scores.items():
        if isinstance(result, str):
            print("{:<9} {}".format(page, result))
            continue
        perf = result["performance"]
        print("{:<9} {:>8g} {} {:>14g} {:>15g} {:>5g}   {:g} / {:g} / {:g}".format(
            page, perf, mark(perf >= TARGETS["lighthouse_perf"]),
            *(result[name] for name in LIGHTHOUSE_CATEGORIES[1:] + LIGHTHOUSE_METRICS)))


def summarize(raw):
    """Medians per page and visit, and the engine-ready ratios ours/baseline."""
    summary = {name: {visit: medians(raw[name][visit]) for visit in ("first", "repeat")} for name in raw}
    summary["ratios"] = {
        "ready_" + visit: round(summary["ours"][visit]["ready_ms"] / summary["baseline"][visit]["ready_ms"], 3)
        for visit in ("first", "repeat")}
    return summary


def warn_off_host(raw):
    """Say so if a page asked for anything beyond 127.0.0.1 (nothing should)."""
    urls = sorted({url for page in raw.values() for visits in page.values() for v in visits for url in v["off_host"]})
    if urls:
        print("warning: pages asked for addresses beyond 127.0.0.1: " + ", ".join(urls[:5]))


def warn_load():
    """Say so when other processes compete for the CPU the bench slows down 4x."""
    load, cpus = os.getloadavg()[0], os.cpu_count() or 1
    if load > cpus / 2:
        print("note: load average {:.1f} on {} CPUs before the bench: other processes compete "
              "for the CPU, expect noisier figures".format(load, cpus))
    return load


def print_targets(checks):
    """How many targets were met, and which were missed."""
    missed = [text for text, passed in checks if not passed]
    print("\nTargets: {} of {} met.".format(len(checks) - len(missed), len(checks)))
    for text in missed:
        print("  missed: " + text)


def write_results(summary, scores, checks, raw, load):
    """Everything, per run too, to .bench/results.json."""
    BENCH_DIR.mkdir(exist_ok=True)
    RESULTS.write_text(json.dumps({
        "profile": {"rtt_ms": RTT_S * 1000, "down_bytes_per_s": DOWN_BYTES_PER_S, "cpu_slowdown": CPU_SLOWDOWN,
                    "viewport": PHONE["viewport"], "load_average_before": load},
        "medians": summary, "lighthouse": scores, "targets": dict(checks), "runs": raw,
    }, indent=1))
    print("Written to {}".format(RESULTS.relative_to(ROOT)))

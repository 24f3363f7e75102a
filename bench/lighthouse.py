"""Lighthouse on every page of the built site, served unthrottled: its category scores and key metrics."""

import json
import os
import statistics
import subprocess

from bench.link import Link, make_server, stop
from bench.paths import BENCH_DIR, ROOT, SITE_DIR
from buildsite import install

LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
LIGHTHOUSE_METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time")
LIGHTHOUSE_MAX_RUNS = 3
LIGHTHOUSE_DIR = BENCH_DIR / "lighthouse"
LIGHTHOUSE_TRIES = 3  # a run is tried again when Lighthouse lost its own trace and says to run it again
RUN_AGAIN = "Please run Lighthouse again"


def lighthouse_binary():
    """Where `npm ci` (dev) puts the pinned Lighthouse."""
    return ROOT / "node_modules" / ".bin" / "lighthouse"


def lighthouse_once(url, report):
    """The four category scores (0-100) and key metrics of one Lighthouse run, or an error message."""
    binary = lighthouse_binary()
    if not binary.exists():
        return "Lighthouse is not installed ({} missing; `python3 build.py bench` installs it)".format(binary)
    report.unlink(missing_ok=True)
    command = [str(binary), url, "--output=json", "--output-path=" + str(report), "--quiet",
               "--only-categories=" + ",".join(LIGHTHOUSE_CATEGORIES),
               "--chrome-flags=--headless=new " + " ".join(install.CHROMIUM_ARGS)]
    env = dict(os.environ, CHROME_PATH=install.chromium_path())
    try:
        done = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)
    except subprocess.TimeoutExpired:
        return "Lighthouse took more than 4 minutes on " + url
    if done.returncode != 0 or not report.exists():
        detail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return "Lighthouse failed on {} (exit {}): {}".format(url, done.returncode, detail)
    try:
        lhr = json.loads(report.read_text())
        if lhr.get("runtimeError"):
            return "Lighthouse could not audit {}: {}".format(url, lhr["runtimeError"].get("message"))
        scores = {name: lhr["categories"][name]["score"] for name in LIGHTHOUSE_CATEGORIES}
    except (ValueError, KeyError) as error:
        return "Lighthouse wrote an unreadable report for {}: {}".format(url, error)
    if None in scores.values():
        return "Lighthouse gave no score for {} on {}".format(
            [name for name, score in scores.items() if score is None], url)
    result = {name: round(score * 100) for name, score in scores.items()}
    for metric in LIGHTHOUSE_METRICS:
        result[metric] = round(lhr["audits"].get(metric, {}).get("numericValue") or 0)
    return result


def median_scores(url, name, runs):
    """The median of each score and metric over runs of one page, or its first error message."""
    scores = []
    for run in range(runs):
        outcome = lighthouse_tried(url, LIGHTHOUSE_DIR / "{}-{}.json".format(name, run + 1))
        if isinstance(outcome, str):
            return outcome
        scores.append(outcome)
    return {key: statistics.median(s[key] for s in scores) for key in scores[0]}


def lighthouse_tried(url, report):
    """lighthouse_once, tried again (at most LIGHTHOUSE_TRIES in all) while Lighthouse itself failed to
    record the page's load and asks to be run again (NO_NAVSTART and the like): such a run measured nothing,
    so trying again drops no figure; any other error is kept."""
    for _ in range(LIGHTHOUSE_TRIES):
        outcome = lighthouse_once(url, report)
        if not (isinstance(outcome, str) and RUN_AGAIN in outcome):
            return outcome
        print("  Lighthouse lost its trace on {}; trying again".format(url), flush=True)
    return outcome


def lighthouse_scores(pages, runs):
    """{"runs", "pages": {path: median scores or an error}} for every page, served unthrottled."""
    server = make_server(SITE_DIR, Link(rtt=0, rate=None))
    base = "http://127.0.0.1:{}".format(server.server_port)
    results = {}
    LIGHTHOUSE_DIR.mkdir(parents=True, exist_ok=True)
    try:
        for path in pages:
            results[path] = median_scores(base + path, path.strip("/") or "home", runs)
            print("  {:<16} {}".format(path, short(results[path])), flush=True)
    finally:
        stop(server)
    return {"runs": runs, "pages": results}


def short(result):
    """One page's progress line: performance and total blocking time, or the error."""
    if isinstance(result, str):
        return result
    return "performance {:g}, total blocking time {:g} ms".format(result["performance"], result["total-blocking-time"])

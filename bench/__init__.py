"""Measure the checker on a simulated phone, against PyScript's documented offline recipe and the floor.

`python3 build.py bench` builds the site, then runs this. It is a measurement,
not a test: it prints its results, writes .bench/results.json and the block of
BENCHMARKS.md, marks the targets it misses, and exits 0 unless it could not
measure at all. `python3 build.py bench --report-only` rewrites that block from
the last results.json without measuring.

Method (SPEC section 6, the phone profile):

* Network, simulated at the server: a threaded HTTP/1.1 server on 127.0.0.1
  waits 150 ms before answering each request (the round trip) and writes every
  response in 4 KiB chunks through one token bucket of 1.6 Mbit/s shared by all
  connections, so parallel downloads, and a service worker's, share the link.
  Every byte it writes is logged with its time, so "bytes until ready" is what
  the server had sent when the page said ready.
* Served as static hosts serve: gzip when the client accepts it, proper types,
  ETag and Last-Modified with 304s, and the headers of the site's _headers file
  (as Netlify and Cloudflare Pages do). Cache-Control is the _headers rule for
  the path if there is one (e.g. a long immutable max-age for the hashed
  engine/<hash>/ files), else the hosts' default: `no-cache` for HTML,
  `max-age=0, must-revalidate` for every other file, so a repeat visit pays one
  round trip per file to revalidate, the cost a service worker can remove.
* Browser: the system Chromium through Playwright, a 412x823 mobile viewport,
  CPU slowed 4x over CDP. A first visit is a fresh context (empty caches). The
  repeat visit opens a new tab in that same context once the first is settled
  (load event + 2 s, and the service worker ready if the page registered one).
* Pages, each measured three ways in the same run, first and repeat visit: /check/, /es/check/ and /log/
  (with 200 saved results stored before the first visit, bench/long_log.py). "ours" is the site as built;
  "the page alone" the same page with its engine script (and its engine's preloads) removed: its HTML, CSS
  and site.js; "the floor" the same page with the floor's engine in its place, bench/floor.js starting
  bench/floor-worker.mjs, a plain MicroPython module worker running the same .mpy files the page's shell
  would load, no PyScript (bench/variants.py builds both as copies of site/, each served as its own root).
  The engine's own share of the main-thread blocking is ours minus the page alone, run i with run i.
* Nothing of the bench runs in the page before ready. A page with an engine says it is ready itself:
  web/shell.js, the floor's engine and the recipe log the console line "engine ready" with a performance
  mark "engine-ready"; the bench waits for that line (a CDP event, nothing polls the page), then reads,
  once, the mark, the navigation and paint entries and the long tasks (over 50 ms) through a
  PerformanceObserver registered only then with `buffered: true`. Their sum up to ready is the main-thread
  blocking. The page alone is read once its load event is over and 2 s have passed; its blocking is every
  long task until then. Form visible is the later of first-contentful-paint and the end of parsing (the
  form is in the HTML, shown at once).
* Baseline: bench/baseline.html, the "Use PyScript Offline" recipe
  as documented (absolute /pyscript/ and /micropython/ URLs, TOML config),
  built into .bench/baseline/ and served as the root of another server on the
  same link: it imports the same pyapp modules (config `files`), runs
  assess({"pain": 2}) and says ready the same way.
* Taps: on the settled repeat visit of /check/, every question answered in
  order by a click on its label, one answer changed, the urgent question
  answered yes and back, the outcome saved to the log; then on /log/ (once it
  said it is ready) the buttons that change the page in place. Each tap's
  Interaction to Next Paint from the Event Timing API (bench/taps.py). While
  loading, a first visit is tapped from the end of parsing until the page's
  ready line; these taps are Playwright clicks, so Playwright's script does
  run in that page before ready (it is not one whose blocking is summed).
* Where the time and the bytes go: once the runs are done, each page of ours and of the page alone is visited
  once more, first and repeat visit, recorded in a Chromium trace over CDP from before its navigation until
  it says it is ready (bench/profile.py; the trace is never taken in a measured visit, it slows the page).
  Its long tasks are split by what ran in them. Every visit also keeps what the server had sent for each
  URL until ready. BENCHMARKS.md shows, under each missed target of blocking, the split of ours beside the
  page alone's, and under a missed bytes target, every URL of the median first visit.
* Lighthouse 12 (node_modules), default mobile preset (simulated throttling),
  on every page, served by the same server class with throttling off.
* Reproducible: results.json holds the machine (CPU, cores, memory, OS,
  Chromium, Lighthouse), the load average before and after, every run, the
  paired ratios (run i of ours over run i of the recipe) with their min,
  median and max, each target met or missed by how much, and warnings when the
  runs disagree too much to judge. BENCHMARKS.md is rendered from it
  between its bench markers (bench/benchmarks_md.py).
"""

import shlex

from bench import long_log, machine
from bench.baseline import BASELINE_DIR, build_baseline
from bench.lighthouse import LIGHTHOUSE_MAX_RUNS, lighthouse_scores
from bench.link import Link, make_server, stop
from bench.paths import SITE_DIR, answer_pages, site_pages
from bench.benchmarks_md import render, update_benchmarks
from bench.report import MEASURED, RECIPE, VARIANTS, build_results, read_results, write_results
from bench.variants import ALONE_DIR, FLOOR_DIR, build_alone, build_floor
from bench.visits import measure

FOLDERS = {"ours": SITE_DIR, "alone": ALONE_DIR, "floor": FLOOR_DIR, "recipe": BASELINE_DIR}


def measured_pages(origins):
    """{name: (url, has an engine, what localStorage holds first)} of every page the bench visits."""
    pages = {}
    for variant in VARIANTS:
        for path in MEASURED:
            stored = long_log.long_log_items() if path == long_log.LOG else ()
            pages["{} {}".format(variant, path)] = (origins[variant] + path, variant != "alone", stored)
    pages[RECIPE] = (origins["recipe"] + "/", True, ())
    return pages


def measure_pages(runs, walked):
    """Build the page alone, the floor and the recipe, serve them and ours on one phone link, measure them in
    Chromium and walk the answer pages."""
    build_baseline()
    build_alone()
    build_floor()
    link = Link()  # one link for every server: visits take turns, never overlap
    servers = {name: make_server(folder, link) for name, folder in FOLDERS.items()}
    origins = {name: "http://127.0.0.1:{}".format(server.server_port) for name, server in servers.items()}
    pages = measured_pages(origins)
    print("bench: {} runs of {} pages on a simulated phone (ours, the page alone, the floor; {} saved results on "
          "{}), the recipe, answer taps on {}...".format(runs, ", ".join(MEASURED), long_log.ENTRIES, long_log.LOG,
                                                         ", ".join(walked) or "no page"), flush=True)
    try:
        return measure(pages, link, runs, {path: origins["ours"] + path for path in walked})
    finally:
        for server in servers.values():
            stop(server)


def command_line(runs, lighthouse):
    """The command that reproduces this bench."""
    flags = ["--runs", str(runs)] + ([] if lighthouse else ["--no-lighthouse"])
    return shlex.join(["python3", "build.py", "bench"] + flags)


def main(runs=3, lighthouse=True):
    """Run the whole bench, write results.json and BENCHMARKS.md; 0 when it measured, 1 when it could not."""
    runs = max(1, runs)
    load_before, pages, walked = machine.load(), site_pages(), answer_pages()
    try:
        raw, taps, profiles = measure_pages(runs, walked)
    except RuntimeError as error:
        print("bench: error: {}".format(error))
        return 1
    scores = None
    if lighthouse:
        lighthouse_runs = min(runs, LIGHTHOUSE_MAX_RUNS)
        print("bench: Lighthouse, {} run(s) on each of {} pages...".format(lighthouse_runs, len(pages)), flush=True)
        scores = lighthouse_scores(pages, lighthouse_runs)
    results = build_results(runs, raw, taps, scores, {"before": load_before, "after": machine.load()},
                            machine.describe(), command_line(runs, lighthouse), pages, walked, profiles)
    write_results(results)
    print("\n" + render(results) + "\n")
    update_benchmarks(results)
    return 0


def report_only():
    """Rewrite BENCHMARKS.md from the last results.json without measuring; 1 when there are none."""
    try:
        update_benchmarks(read_results())
    except (RuntimeError, ValueError) as error:
        print("bench: error: {}".format(error))
        return 1
    return 0

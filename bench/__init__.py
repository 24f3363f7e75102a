"""Measure the checker on a simulated phone, against PyScript's documented offline recipe and the floor.

`python3 build.py bench` builds the site, then runs this. It is a measurement,
not a test: it prints its results, writes .bench/results.json and the block of
BENCHMARKS.md, marks the targets it misses, and exits 0 unless it could not
measure at all. `python3 build.py bench --report-only` rewrites that block from
the last results.json without measuring.

Method (ARCHITECTURE.md rule 6, the phone profile):

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
* Per visit, an init script records (performance.now()): when form#check first
  has a box in an animation frame, first-contentful-paint (form visible is the
  later of the two), when <html data-engine> becomes "ready", and every long
  task of the main thread (PerformanceObserver "longtask", over 50 ms): their
  sum up to ready is the main-thread blocking. PyScript's `mpy:ready` event
  on the page (the recipe's MicroPython and files loaded, before its Python
  runs) is recorded too; the site fires none, its Python runs in a worker.
* Baseline: bench/baseline.html, the "Use PyScript Offline" recipe
  as documented (absolute /pyscript/ and /micropython/ URLs, TOML config),
  built into .bench/baseline/ and served as the root of a second server on the
  same link: it imports the same pyapp modules (config `files`), runs
  assess({"pain": 2}) and says ready the same way.
* Floor: bench/floor.html, the same MicroPython and the site's own
  compiled pyapp in a plain module worker with no PyScript, served as a third
  server on the same link: the least this design can cost. Ours over the floor
  is reported (the aim is within 1.2x), not a target.
* Taps: on the settled repeat visit of /check/, every question answered in
  order by a click on its label, one answer changed, the urgent question
  answered yes and back, the outcome saved to the log; then on /log/ (once the
  site has it) the buttons that change the page in place. Each tap's
  Interaction to Next Paint from the Event Timing API (bench/taps.py).
* A long log: in each run, a repeat visit of /check/ and of /log/ with 200
  saved results stored, taking turns; /log/'s engine ready over /check/'s
  (bench/long_log.py).
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
        raw, taps = measure_pages(runs, walked)
    except RuntimeError as error:
        print("bench: error: {}".format(error))
        return 1
    scores = None
    if lighthouse:
        lighthouse_runs = min(runs, LIGHTHOUSE_MAX_RUNS)
        print("bench: Lighthouse, {} run(s) on each of {} pages...".format(lighthouse_runs, len(pages)), flush=True)
        scores = lighthouse_scores(pages, lighthouse_runs)
    results = build_results(runs, raw, taps, scores, {"before": load_before, "after": machine.load()},
                            machine.describe(), command_line(runs, lighthouse), pages, walked)
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

"""Measure the checker on a simulated phone, against PyScript's documented offline recipe.

`python3 build.py bench` builds the site, then runs this. It is a measurement,
not a test: it prints a table, writes .bench/results.json, marks the targets it
misses, and exits 0 unless it could not measure at all.

Method (SPEC.md section 6, the phone profile):

* Network, simulated at the server: a threaded HTTP/1.1 server on 127.0.0.1
  waits 150 ms before answering each request (the round trip) and writes every
  response in 4 KiB chunks through one token bucket of 1.6 Mbit/s shared by all
  connections, so parallel downloads, and a service worker's, share the link.
  Every byte it writes is logged with its time, so "bytes until ready" is what
  the server had sent when the page said ready.
* Served as static hosts serve: gzip when the client accepts it, proper types,
  ETag and Last-Modified with 304s. HTML gets `Cache-Control: no-cache`, every
  other file `max-age=0, must-revalidate` (Netlify's and Cloudflare Pages'
  default): the site's URLs carry no content hash, so a long max-age would keep
  stale Python after a deploy; a repeat visit may reuse the HTTP cache but pays
  one round trip per file to revalidate, which is the cost a service worker can
  remove, so the bench shows it.
* Browser: the system Chromium through Playwright, a 412x823 mobile viewport,
  CPU slowed 4x over CDP. A first visit is a fresh context (empty caches). The
  repeat visit opens a new tab in that same context once the first is settled
  (load event + 2 s, and the service worker ready if the page registered one).
* Per visit, an init script records (performance.now()): when form#check first
  has a box in an animation frame, first-contentful-paint (form visible is the
  later of the two), and when <html data-engine> becomes "ready".
  PyScript's `mpy:ready` event (MicroPython and the config's files loaded,
  before the page's Python runs) is recorded too: it splits network from CPU.
* Baseline: buildsite/bench/baseline.html, the "Use PyScript Offline" recipe
  as documented (absolute /pyscript/ and /micropython/ URLs, TOML config),
  built into .bench/baseline/ and served as the root of a second server on the
  same link: it imports the same pyapp modules (config `files`), runs
  assess({"pain": 2}) and says ready the same way.
* Lighthouse 12 (node_modules), default mobile preset (simulated throttling),
  on / and /check/ served by the same server class with throttling off.
"""

from buildsite.bench.baseline import BASELINE_DIR, build_baseline
from buildsite.bench.lighthouse import LIGHTHOUSE_MAX_RUNS, lighthouse_scores
from buildsite.bench.link import Link, make_server, stop
from buildsite.bench.paths import SITE_DIR
from buildsite.bench.report import (print_lighthouse, print_table, print_targets, summarize, targets, warn_load,
                                    warn_off_host, write_results)
from buildsite.bench.visits import measure


def measure_pages(runs):
    """Build the baseline, serve both pages on one phone link and measure them in Chromium."""
    build_baseline()
    link = Link()  # one link for both servers: visits take turns, never overlap
    ours, baseline = make_server(SITE_DIR, link), make_server(BASELINE_DIR, link)
    pages = {"ours": "http://127.0.0.1:{}/check/".format(ours.server_port),
             "baseline": "http://127.0.0.1:{}/".format(baseline.server_port)}
    print("bench: {} runs of /check/ and the baseline on a simulated phone...".format(runs), flush=True)
    try:
        return measure(pages, link, runs)
    finally:
        stop(ours)
        stop(baseline)


def main(runs=3):
    """Run the whole bench; 0 when it measured (targets missed or not), 1 when it could not."""
    runs = max(1, runs)
    load = warn_load()
    try:
        raw = measure_pages(runs)
    except RuntimeError as error:
        print("bench: error: {}".format(error))
        return 1
    summary = summarize(raw)
    print_table(summary, runs)
    warn_off_host(raw)
    lighthouse_runs = min(runs, LIGHTHOUSE_MAX_RUNS)
    print("\nbench: Lighthouse, {} run(s) per page...".format(lighthouse_runs), flush=True)
    scores = lighthouse_scores(lighthouse_runs)
    print_lighthouse(scores, lighthouse_runs)
    checks = targets(summary, scores)
    print_targets(checks)
    write_results(summary, scores, checks, raw, load)
    return 0

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
* Baseline: buildsite/baseline/index.html, the "Use PyScript Offline" recipe
  as documented (absolute /pyscript/ and /micropython/ URLs, TOML config),
  built into .bench/baseline/ and served as the root of a second server on the
  same link: it imports the same pyapp modules (config `files`), runs
  assess({"pain": 2}) and says ready the same way.
* Lighthouse 12 (node_modules), default mobile preset (simulated throttling),
  on / and /check/ served by the same server class with throttling off.
"""

import gzip
import http.server
import json
import os
import shutil
import statistics
import string
import subprocess
import threading
import time
from email.utils import formatdate, parsedate_to_datetime
from pathlib import Path

from buildsite import engine_files, setup
from buildsite.serve import StaticHandler

ROOT = engine_files.ROOT
SITE_DIR = ROOT / "site"
BENCH_DIR = ROOT / ".bench"
BASELINE_DIR = BENCH_DIR / "baseline"
BASELINE_SOURCE = Path(__file__).resolve().parent / "baseline" / "index.html"
RESULTS = BENCH_DIR / "results.json"

RTT_S = 0.150
DOWN_BYTES_PER_S = 1_600_000 / 8
CHUNK = 4096
CPU_SLOWDOWN = 4
PHONE = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75,
         "is_mobile": True, "has_touch": True}
VISIT_TIMEOUT_MS = 90_000
SETTLE_MS = 2000
COMPRESSED = {".html", ".css", ".js", ".mjs", ".wasm", ".py", ".json", ".svg", ".xml",
              ".txt", ".webmanifest", ".map", ".toml"}

TARGETS = {"form_ms": 1000, "ready_first_ratio": 0.75, "ready_repeat_ratio": 0.30, "lighthouse_perf": 95}
LIGHTHOUSE_CATEGORIES = ("performance", "accessibility", "best-practices", "seo")
LIGHTHOUSE_METRICS = ("first-contentful-paint", "largest-contentful-paint", "total-blocking-time")
LIGHTHOUSE_MAX_RUNS = 3
LIGHTHOUSE_DIR = BENCH_DIR / "lighthouse"

# Runs in every page before its own scripts; fills window.__bench.
MARKS_SCRIPT = """(() => {
  const marks = window.__bench = {form: null, fcp: null, lcp: null, ready: null, failed: null, interpreter: null};
  const now = () => performance.now();
  const engine = () => {
    const state = document.documentElement && document.documentElement.dataset.engine;
    if (state === "ready" && marks.ready === null) marks.ready = now();
    if (state === "failed" && marks.failed === null) marks.failed = now();
  };
  new MutationObserver(engine).observe(document,
    {attributes: true, subtree: true, attributeFilter: ["data-engine"]});
  const frame = () => {
    engine();
    const form = document.querySelector("form#check");
    const box = form && form.getBoundingClientRect();
    if (box && box.width > 0 && box.height > 0) marks.form = now();
    else requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  // PyScript's event once MicroPython and the config's files are loaded, before the page's Python runs
  addEventListener("mpy:ready", () => { if (marks.interpreter === null) marks.interpreter = now(); }, true);
  new PerformanceObserver(list => {
    for (const entry of list.getEntries())
      if (entry.name === "first-contentful-paint") marks.fcp = entry.startTime;
  }).observe({type: "paint", buffered: true});
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
      const el = entry.element;
      marks.lcp = [Math.round(entry.startTime), el ? el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
        (el.className ? "." + String(el.className).split(" ")[0] : "") : "?"];
    }
  }).observe({type: "largest-contentful-paint", buffered: true});
})();"""

MARKS_DONE = "() => { const m = window.__bench; return !!m && (m.failed !== null || (m.ready !== null && m.form !== null)); }"
MARKS_READ = """() => Object.assign({origin: performance.timeOrigin, resources:
  performance.getEntriesByType("resource").map(e => [e.name.replace(location.origin, ""),
    Math.round(e.startTime), Math.round(e.responseEnd), e.transferSize])}, window.__bench)"""
# Resolves true once a registered service worker is active, false when there is none.
SW_SETTLE = """async () => {
  if (!("serviceWorker" in navigator)) return false;
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration && !navigator.serviceWorker.controller) return false;
  const timeout = new Promise(resolve => setTimeout(() => resolve(false), 60000));
  return Promise.race([navigator.serviceWorker.ready.then(() => true), timeout]);
}"""


# The simulated link -------------------------------------------------------------

class Link:
    """One phone link: a per-request delay and a download token bucket shared by all connections."""

    def __init__(self, rtt=RTT_S, rate=DOWN_BYTES_PER_S, burst=CHUNK):
        self.rtt, self.rate, self.burst = rtt, rate, burst
        self.lock = threading.Lock()
        self.tokens, self.stamp = float(burst), time.monotonic()
        self.sent, self.requests = [], []

    def delay(self):
        """Wait one round trip before a response starts."""
        if self.rtt:
            time.sleep(self.rtt)

    def take(self, size):
        """Wait until the shared bucket allows `size` more bytes (debt keeps waiters in order)."""
        if not self.rate:
            return
        with self.lock:
            now = time.monotonic()
            self.tokens = min(self.burst, self.tokens + (now - self.stamp) * self.rate) - size
            self.stamp = now
            wait = -self.tokens / self.rate if self.tokens < 0 else 0
        if wait:
            time.sleep(wait)

    def log_sent(self, size):
        """Note that size bytes just left the server."""
        with self.lock:
            self.sent.append((time.time(), size))

    def log_request(self, path, status, start):
        """Note a finished response, for the per-visit request log."""
        with self.lock:
            self.requests.append({"path": path, "status": status, "start": start, "end": time.time()})

    def reset(self):
        """Forget what was sent: a new visit starts."""
        with self.lock:
            self.sent, self.requests = [], []

    def until(self, epoch_s):
        """(bytes, requests) the server had sent by wall-clock time epoch_s."""
        with self.lock:
            sent = sum(size for stamp, size in self.sent if stamp <= epoch_s)
            done = [r for r in self.requests if r["end"] <= epoch_s]
        return sent, done


class LinkWriter:
    """A connection's socket writer whose every byte goes through the link."""

    def __init__(self, raw, link):
        self.raw, self.link = raw, link

    def write(self, data):
        """Send data chunk by chunk as the shared bucket allows, logging each chunk."""
        view = memoryview(data).cast("B")
        for start in range(0, len(view), CHUNK):
            piece = view[start:start + CHUNK]
            self.link.take(len(piece))
            self.raw.write(piece)
            self.link.log_sent(len(piece))
        return len(view)

    def __getattr__(self, name):
        return getattr(self.raw, name)  # flush, close, closed


# The server -----------------------------------------------------------------------

_gzip_cache, _gzip_lock = {}, threading.Lock()


def gzipped(path, stat):
    """The file gzip-compressed (level 6, as static hosts do), cached per version."""
    key = (str(path), stat.st_mtime_ns, stat.st_size)
    with _gzip_lock:
        if key not in _gzip_cache:
            _gzip_cache[key] = gzip.compress(path.read_bytes(), compresslevel=6, mtime=0)
        return _gzip_cache[key]


class PhoneHandler(StaticHandler):
    """StaticHandler over HTTP/1.1 keep-alive, through the link, with gzip, ETags and cache headers."""

    protocol_version = "HTTP/1.1"

    def setup(self):
        """Route everything this connection writes (headers, bodies, errors) through the link."""
        super().setup()
        self.wfile = LinkWriter(self.wfile, self.server.link)

    def handle(self):
        """Serve the connection's requests; a browser hanging up is not an error."""
        try:
            super().handle()
        except ConnectionError:
            pass  # the browser dropped the connection mid-response (navigated away, closed)

    def do_GET(self):
        """One round trip, then the response through the link."""
        start = time.time()
        self.server.link.delay()
        body = self.respond()
        if body and self.command != "HEAD":
            self.wfile.write(body)
        self.server.link.log_request(self.path, getattr(self, "status", 0), start)

    do_HEAD = do_GET

    def send_response_only(self, code, message=None):
        """Remember the status for the request log."""
        self.status = code
        super().send_response_only(code, message)

    def respond(self):
        """Send the headers (or a redirect, 304 or 404); return the body to send, if any."""
        path = Path(self.translate_path(self.path))
        if path.is_dir():
            url_path = self.path.split("?", 1)[0]
            if not url_path.endswith("/"):
                return self.redirect(url_path + "/")
            path = path / "index.html"
        if not path.is_file():
            self.send_error(404)
            return None
        stat = path.stat()
        packed = path.suffix in COMPRESSED and "gzip" in self.headers.get("Accept-Encoding", "")
        etag = '"{:x}-{:x}{}"'.format(stat.st_mtime_ns, stat.st_size, "-gz" if packed else "")
        if self.not_modified(etag, stat.st_mtime):
            self.send_response(304)
            self.validators(path, etag, stat)
            self.end_headers()
            return None
        body = gzipped(path, stat) if packed else path.read_bytes()
        self.send_response(200)
        self.send_header("Content-Type", self.content_type(path))
        self.send_header("Content-Length", str(len(body)))
        if packed:
            self.send_header("Content-Encoding", "gzip")
        self.validators(path, etag, stat)
        self.end_headers()
        return body

    def content_type(self, path):
        """TYPES via StaticHandler's map, with a charset for text."""
        kind = self.guess_type(str(path))
        return kind + "; charset=utf-8" if kind.startswith("text/") or kind == "application/json" else kind

    def validators(self, path, etag, stat):
        """Caching headers: HTML is always revalidated, other files are revalidated too (no hashes in URLs)."""
        html = path.suffix == ".html"
        self.send_header("Cache-Control", "no-cache" if html else "max-age=0, must-revalidate")
        self.send_header("ETag", etag)
        self.send_header("Last-Modified", formatdate(stat.st_mtime, usegmt=True))
        self.send_header("Vary", "Accept-Encoding")

    def not_modified(self, etag, mtime):
        """Whether the request's validators match this version (If-None-Match wins)."""
        match = self.headers.get("If-None-Match")
        if match is not None:
            return etag in [tag.strip().removeprefix("W/") for tag in match.split(",")] or match.strip() == "*"
        since = self.headers.get("If-Modified-Since")
        if since:
            try:
                return int(mtime) <= parsedate_to_datetime(since).timestamp()
            except (TypeError, ValueError):
                return False
        return False

    def redirect(self, location):
        """A directory without its slash: 301 to the slashed URL, as static hosts do."""
        self.send_response(301)
        self.send_header("Location", location)
        self.send_header("Content-Length", "0")
        self.end_headers()
        return None


def make_server(site_dir, link):
    """A server of site_dir through link, on a free 127.0.0.1 port, in a thread."""
    server = http.server.ThreadingHTTPServer(
        ("127.0.0.1", 0), lambda *args: PhoneHandler(*args, directory=str(site_dir)))
    server.link = link
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def stop(server):
    """Stop a server from make_server and free its port."""
    server.shutdown()
    server.server_close()


# The baseline page --------------------------------------------------------------

def build_baseline(target=BASELINE_DIR):
    """The documented offline recipe with our pyapp, in target/ (served as its own site root)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(engine_files.PYSCRIPT_DIST, target / "pyscript")  # all of dist, as documented
    (target / "micropython").mkdir(parents=True)
    for source in engine_files.MICROPYTHON_DIST.glob("micropython.*"):  # cp micropython.* as documented
        shutil.copyfile(source, target / "micropython" / source.name)
    lines = []
    for source, site_path in engine_files.python_files():
        if "/pyapp/" in site_path:
            (target / "pyapp").mkdir(exist_ok=True)
            shutil.copyfile(source, target / "pyapp" / source.name)
            lines.append('    "/pyapp/{0}" = "./pyapp/{0}"'.format(source.name))
    page = string.Template(BASELINE_SOURCE.read_text()).substitute(files="\n".join(lines))
    (target / "index.html").write_text(page)
    return target


# The browser ----------------------------------------------------------------------

def open_tab(context):
    """A new tab with the CPU slowed down and a log of requests that left 127.0.0.1."""
    page = context.new_page()
    cdp = context.new_cdp_session(page)
    cdp.send("Emulation.setCPUThrottlingRate", {"rate": CPU_SLOWDOWN})
    page.off_host = []
    page.on("request", lambda request: page.off_host.extend(off_host(request.url)))
    return page


def off_host(url):
    """[url] if it is a network request that leaves 127.0.0.1, else []."""
    return [url] if url.startswith(("http:", "https:")) and not url.startswith("http://127.0.0.1:") else []


def visit(page, url, link):
    """Load url in page and return its marks: form visible, engine ready, bytes until ready."""
    link.reset()
    page.goto(url, wait_until="commit", timeout=VISIT_TIMEOUT_MS)
    page.wait_for_function(MARKS_DONE, timeout=VISIT_TIMEOUT_MS, polling=50)
    marks = page.evaluate(MARKS_READ)
    if marks["failed"] is not None:
        raise RuntimeError("the engine failed to start on " + url)
    sent, requests = link.until((marks["origin"] + marks["ready"]) / 1000)
    form = max(marks["form"], marks["fcp"] or 0)
    return {"form_ms": round(form), "ready_ms": round(marks["ready"]), "bytes": sent,
            "interpreter_ms": marks["interpreter"] and round(marks["interpreter"]), "lcp": marks["lcp"],
            "requests": len(requests), "off_host": list(page.off_host),
            "server_log": [log_row(r, marks["origin"]) for r in requests],
            "resources": [r for r in marks["resources"] if r[1] <= marks["ready"]]}


def log_row(request, origin_ms):
    """[path, status, start ms, end ms] of a server log entry, times relative to the page's time origin."""
    return [request["path"], request["status"], round(request["start"] * 1000 - origin_ms),
            round(request["end"] * 1000 - origin_ms)]


def settle(page):
    """Let the first visit finish: load event, 2 s, and an active service worker if one registered."""
    page.wait_for_load_state("load", timeout=VISIT_TIMEOUT_MS)
    page.wait_for_timeout(SETTLE_MS)
    return page.evaluate(SW_SETTLE)


def first_and_repeat(browser, url, link):
    """A first visit in a fresh context, then a repeat visit in a new tab of that context."""
    context = browser.new_context(service_workers="allow", **PHONE)
    context.add_init_script(MARKS_SCRIPT)
    try:
        tab = open_tab(context)
        first = visit(tab, url, link)
        first["service_worker"] = settle(tab)
        tab.close()
        repeat = visit(open_tab(context), url, link)
        return first, repeat
    finally:
        context.close()


def measure(pages, link, runs):
    """{page: {visit: [per-run marks]}} for each of pages {name: url}, their order alternating."""
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    results = {name: {"first": [], "repeat": []} for name in pages}
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=setup.chromium_path(), args=setup.CHROMIUM_ARGS)
            for run in range(runs):
                for name in (list(pages) if run % 2 == 0 else list(pages)[::-1]):
                    first, repeat = first_and_repeat(browser, pages[name], link)
                    results[name]["first"].append(first)
                    results[name]["repeat"].append(repeat)
                    print("  run {} {:<8} first {:>5} ms, repeat {:>5} ms".format(
                        run + 1, name, first["ready_ms"], repeat["ready_ms"]), flush=True)
            browser.close()
    except PlaywrightError as error:
        raise RuntimeError("the browser could not measure: {}".format(str(error).splitlines()[0])) from error
    return results


def medians(visits):
    """The median of each figure over the runs of one page and visit."""
    keys = ("form_ms", "ready_ms", "bytes", "requests", "interpreter_ms")
    return {key: round(statistics.median(v[key] or 0 for v in visits)) for key in keys}


# Lighthouse -----------------------------------------------------------------------

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
               "--chrome-flags=--headless=new " + " ".join(setup.CHROMIUM_ARGS)]
    env = dict(os.environ, CHROME_PATH=setup.chromium_path())
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


def lighthouse(runs):
    """Median scores for / and /check/ served unthrottled, or the first error per page."""
    server = make_server(SITE_DIR, Link(rtt=0, rate=None))
    base = "http://127.0.0.1:{}/".format(server.server_port)
    results = {}
    LIGHTHOUSE_DIR.mkdir(parents=True, exist_ok=True)
    try:
        for path, name in (("", "home"), ("check/", "check")):
            scores = []
            for run in range(runs):
                outcome = lighthouse_once(base + path, LIGHTHOUSE_DIR / "{}-{}.json".format(name, run + 1))
                if isinstance(outcome, str):
                    scores = outcome
                    break
                scores.append(outcome)
            results["/" + path] = scores if isinstance(scores, str) else {
                key: statistics.median(s[key] for s in scores) for key in scores[0]}
    finally:
        stop(server)
    return results


# Report -----------------------------------------------------------------------------

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
    scores = lighthouse(lighthouse_runs)
    print_lighthouse(scores, lighthouse_runs)
    checks = targets(summary, scores)
    print_targets(checks)
    write_results(summary, scores, checks, raw, load)
    return 0

"""The browser side: first and repeat visits in Chromium with the CPU slowed down, read without putting
any script of the bench into the page before it is ready.

A page with an engine says it is ready itself: web/shell.js (and the floor's and the recipe's engines)
logs the console line "engine ready" with a performance mark "engine-ready" once <html data-engine> is
"ready". The bench waits for that line (a CDP event it is sent, nothing runs in the page), then reads,
once, what the browser kept: the mark, the navigation and paint entries, and the long tasks through a
PerformanceObserver registered only then with `buffered: true`. A page without an engine ("the page
alone") is read once it has loaded and settled.
"""

import urllib.parse

from bench import profile
from bench.browser import chromium
from bench.taps import LOADING, THRESHOLD_MS, loading_walk, walk

CPU_SLOWDOWN = 4
PHONE = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75,
         "is_mobile": True, "has_touch": True}
VISIT_TIMEOUT_MS = 90_000
SETTLE_MS = 2000
READY_LINE = "engine ready"

# Read once, after ready: what the browser kept of the page's start.
READ = """() => {
  const kept = type => { const observer = new PerformanceObserver(() => {});
    observer.observe({type, buffered: true}); const entries = observer.takeRecords(); observer.disconnect();
    return entries; };
  const ready = performance.getEntriesByName("engine-ready")[0];
  const navigation = performance.getEntriesByType("navigation")[0];
  const fcp = kept("paint").find(entry => entry.name === "first-contentful-paint");
  const lcp = kept("largest-contentful-paint").pop();
  const el = lcp && lcp.element;
  return {origin: performance.timeOrigin, now: performance.now(), ready: ready ? ready.startTime : null,
    fcp: fcp ? fcp.startTime : null, dom: navigation ? navigation.domInteractive : null,
    load: navigation ? navigation.loadEventEnd : null,
    lcp: lcp ? [Math.round(lcp.startTime), el ? el.tagName.toLowerCase() + (el.id ? "#" + el.id : "") +
      (el.className ? "." + String(el.className).split(" ")[0] : "") : "?"] : null,
    longtasks: kept("longtask").map(entry => [entry.startTime, entry.duration]),
    resources: performance.getEntriesByType("resource").map(e => [e.name.replace(location.origin, ""),
      Math.round(e.startTime), Math.round(e.responseEnd), e.transferSize])};
}"""
# Resolves true once a registered service worker is active, false when there is none.
SW_SETTLE = """async () => {
  if (!("serviceWorker" in navigator)) return false;
  const registration = await navigator.serviceWorker.getRegistration();
  if (!registration && !navigator.serviceWorker.controller) return false;
  const timeout = new Promise(resolve => setTimeout(() => resolve(false), 60000));
  return Promise.race([navigator.serviceWorker.ready.then(() => true), timeout]);
}"""
STORE = "items => items.forEach(([key, text]) => localStorage.setItem(key, text))"


def said_ready(message):
    """Whether a console message is the page's own "engine ready" line."""
    return message.text.startswith(READY_LINE)


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


def open_ready(page, url):
    """Go to url and return once the page says its engine is ready (RuntimeError if it never does)."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    try:
        with page.expect_console_message(said_ready, timeout=VISIT_TIMEOUT_MS):
            page.goto(url, wait_until="commit", timeout=VISIT_TIMEOUT_MS)
    except PlaywrightTimeout as error:
        raise RuntimeError("the engine did not say it was ready within {} s on {}".format(
            VISIT_TIMEOUT_MS // 1000, url)) from error


def load(page, url, engine):
    """Open url in page until it is ready: the engine's own "ready", or without one (the page alone) its
    load event and SETTLE_MS after."""
    if engine:
        open_ready(page, url)
    else:
        page.goto(url, wait_until="load", timeout=VISIT_TIMEOUT_MS)
        page.wait_for_timeout(SETTLE_MS)


def visit(page, url, link, engine=True):
    """Load url in page and return its marks: form visible, engine ready, blocking and bytes until ready.

    Without an engine (the page alone), "ready" is the end of its load event, and its blocking is every long
    task until it has settled (SETTLE_MS later)."""
    link.reset()
    load(page, url, engine)
    marks = page.evaluate(READ)
    ready = marks["ready"] if engine else marks["load"]
    sent, requests = link.until((marks["origin"] + ready) / 1000)
    by_url = link.by_path((marks["origin"] + ready) / 1000)
    form = max(marks["fcp"] or 0, marks["dom"] or 0)  # the form is in the HTML: painted once parsed
    return {"form_ms": round(form), "ready_ms": round(ready), "bytes": sent,
            "blocking_ms": blocking_until(marks["longtasks"], ready if engine else marks["now"]),
            "lcp": marks["lcp"], "requests": len(requests), "off_host": list(page.off_host),
            "server_log": [log_row(r, marks["origin"]) for r in requests],
            "by_url": sorted(([path, count, size] for path, (count, size) in by_url.items()), key=lambda row: -row[2]),
            "resources": [r for r in marks["resources"] if r[1] <= ready]}


def blocking_until(longtasks, end_ms):
    """Main-thread blocking from navigation to end_ms: the sum of the long tasks (over 50 ms) that began before."""
    return round(sum(duration for start, duration in longtasks if start < end_ms))


def log_row(request, origin_ms):
    """[path, status, start ms, end ms] of a server log entry, times relative to the page's time origin."""
    return [request["path"], request["status"], round(request["start"] * 1000 - origin_ms),
            round(request["end"] * 1000 - origin_ms)]


def settle(page):
    """Let the first visit finish: load event, 2 s, and an active service worker if one registered."""
    page.wait_for_load_state("load", timeout=VISIT_TIMEOUT_MS)
    page.wait_for_timeout(SETTLE_MS)
    return page.evaluate(SW_SETTLE)


def answer_walks(context, tab, walks):
    """{path: taps} of the answer walk on each page of walks {path: url}, in tab if it shows that page."""
    taps = {}
    for path, url in walks.items():
        page = tab if tab.url == url else open_tab(context)
        if page is not tab:
            open_ready(page, url)
            settle(page)
        taps[path] = walk(page, path)
    return taps


def store(context, origin, items):
    """Put items [[key, text], ...] in the origin's localStorage from a page that runs nothing (robots.txt)."""
    page = context.new_page()
    page.goto(origin + "/robots.txt", wait_until="load", timeout=VISIT_TIMEOUT_MS)
    page.evaluate(STORE, items)
    page.close()


def shows_none(tab):
    """Whether the site's own log page (its shell: not the page alone's, not the floor's) shows no saved result."""
    return tab.locator("script[src$='/shell.js']").count() > 0 and tab.get_by_test_id("log-entry").count() == 0


def first_and_repeat(browser, url, link, walks=None, engine=True, stored=()):
    """A first visit in a fresh context (with stored in its localStorage), a repeat visit in a new tab of it,
    then the answer walks there."""
    context = browser.new_context(service_workers="allow", **PHONE)
    try:
        if stored:
            store(context, "{0.scheme}://{0.netloc}".format(urllib.parse.urlsplit(url)), stored)
        tab = open_tab(context)
        first = visit(tab, url, link, engine)
        first["service_worker"] = settle(tab)
        tab.close()
        tab = open_tab(context)
        repeat = visit(tab, url, link, engine)
        if stored and shows_none(tab):
            raise RuntimeError("{} showed none of the results stored for it".format(url))
        if not walks:
            return first, repeat, {}
        settle(tab)  # taps come once the page is settled, as a person reads before answering
        return first, repeat, answer_walks(context, tab, walks)
    finally:
        context.close()


def taps_while_loading(browser, url, link):
    """A first visit in a fresh context, tapping answers from the moment the form shows until the engine is ready."""
    context = browser.new_context(service_workers="allow", **PHONE)
    try:
        link.reset()
        page = open_tab(context)
        said = []
        page.on("console", lambda message: said_ready(message) and said.append(True))
        page.goto(url, wait_until="domcontentloaded", timeout=VISIT_TIMEOUT_MS)
        return loading_walk(page, lambda: not said)
    finally:
        context.close()


def traced(browser, url, link, engine=True, stored=()):
    """One more first and repeat visit of url, each recorded in a Chromium trace from before its navigation
    until it is ready (the page alone: loaded and settled): {visit: where its main-thread time went}."""
    context = browser.new_context(service_workers="allow", **PHONE)
    profiles = {}
    try:
        if stored:
            store(context, "{0.scheme}://{0.netloc}".format(urllib.parse.urlsplit(url)), stored)
        for visit_name in ("first", "repeat"):
            tab = open_tab(context)
            cdp = context.new_cdp_session(tab)
            events, complete = profile.start_tracing(cdp)
            link.reset()
            load(tab, url, engine)
            profile.stop_tracing(cdp, tab, complete)
            profiles[visit_name] = profile.summarise(events, tab.url)
            if visit_name == "first":
                settle(tab)
            tab.close()
        return profiles
    finally:
        context.close()


def profiles_of(browser, pages, link):
    """{name: {visit: profile}} of the pages of ours and of the page alone, one traced visit each."""
    found = {}
    for name, (url, engine, stored) in pages.items():
        if name.split(" ")[0] in PROFILED:
            found[name] = traced(browser, url, link, engine, stored)
            print("  traced {:<22} {}".format(name, ", ".join("{} {} ms in long tasks".format(
                visit, (summary or {}).get("blocking_ms", "?")) for visit, summary in found[name].items())), flush=True)
    return found


PROFILED = ("ours", "alone")  # the variants whose main thread the bench traces once the runs are done


def measure(pages, link, runs, walks):
    """({name: {visit: [marks per run]}}, {path: [taps]}, {name: {visit: profile}}): pages {name: (url, engine,
    stored)} take turns, "ours /check/" walks too; then ours and the page alone are traced once each."""
    results = {name: {"first": [], "repeat": []} for name in pages}
    taps = {path: [] for path in walks}
    if walks:
        taps[LOADING] = []
    with chromium("measure") as browser:
        for run in range(runs):
            for name in (list(pages) if run % 2 == 0 else list(pages)[::-1]):
                url, engine, stored = pages[name]
                walking = walks if name == WALKER else None
                first, repeat, walked = first_and_repeat(browser, url, link, walking, engine, stored)
                results[name]["first"].append(first)
                results[name]["repeat"].append(repeat)
                if walking:
                    walked[LOADING] = taps_while_loading(browser, url, link)
                for path, page_taps in walked.items():
                    taps[path].extend(dict(tap, run=run + 1) for tap in page_taps)
                print("  run {} {:<22} first {:>5} ms ({:>4} ms blocking), repeat {:>5} ms ({:>4} ms blocking){}".format(
                    run + 1, name, first["ready_ms"], first["blocking_ms"], repeat["ready_ms"],
                    repeat["blocking_ms"], slowest_taps(walked)), flush=True)
        profiles = profiles_of(browser, pages, link)
    return results, taps, profiles


WALKER = "ours /check/"  # the page whose settled repeat visit the answer walks start from


def slowest_taps(walked):
    """The progress line's note of each walk's slowest tap."""
    return "".join(", slowest tap on {} {} ms".format(path, max(tap["ms"] or THRESHOLD_MS for tap in page_taps))
                   for path, page_taps in walked.items() if page_taps)

"""The browser side: page marks, first and repeat visits in Chromium with the CPU slowed down, answer walks."""

from bench.browser import chromium
from bench.taps import LOADING, THRESHOLD_MS, loading_walk, walk

CPU_SLOWDOWN = 4
PHONE = {"viewport": {"width": 412, "height": 823}, "device_scale_factor": 1.75,
         "is_mobile": True, "has_touch": True}
VISIT_TIMEOUT_MS = 90_000
SETTLE_MS = 2000

# Runs in every page before its own scripts; fills window.__bench.
MARKS_SCRIPT = """(() => {
  const marks = window.__bench = {form: null, fcp: null, lcp: null, ready: null, failed: null, interpreter: null,
                                   longtasks: []};
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
    else if (form || marks.ready === null) requestAnimationFrame(frame);  // a page without the form: until ready
  };
  requestAnimationFrame(frame);
  // the main thread's long tasks (over 50 ms): what blocks a tap while the page starts
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) marks.longtasks.push([entry.startTime, entry.duration]);
  }).observe({type: "longtask", buffered: true});
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

# Done once the engine failed, or is ready and the check's form (on a page that has one) has shown.
MARKS_DONE = """() => { const m = window.__bench;
  return !!m && (m.failed !== null || (m.ready !== null && (m.form !== null || !document.querySelector("form#check")))); }"""
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
    form = max(marks["form"] or 0, marks["fcp"] or 0)  # a page without the form: first contentful paint
    return {"form_ms": round(form), "ready_ms": round(marks["ready"]), "bytes": sent,
            "blocking_ms": blocking_until(marks["longtasks"], marks["ready"]),
            "interpreter_ms": marks["interpreter"] and round(marks["interpreter"]), "lcp": marks["lcp"],
            "requests": len(requests), "off_host": list(page.off_host),
            "server_log": [log_row(r, marks["origin"]) for r in requests],
            "resources": [r for r in marks["resources"] if r[1] <= marks["ready"]]}


def blocking_until(longtasks, ready_ms):
    """Main-thread blocking from navigation to engine ready: the sum of the long tasks (over 50 ms) that began before."""
    return round(sum(duration for start, duration in longtasks if start < ready_ms))


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
            page.goto(url, wait_until="load", timeout=VISIT_TIMEOUT_MS)
        taps[path] = walk(page, path)
    return taps


def first_and_repeat(browser, url, link, walks=None):
    """A first visit in a fresh context, a repeat visit in a new tab of it, then the answer walks there."""
    context = browser.new_context(service_workers="allow", **PHONE)
    context.add_init_script(MARKS_SCRIPT)
    try:
        tab = open_tab(context)
        first = visit(tab, url, link)
        first["service_worker"] = settle(tab)
        tab.close()
        tab = open_tab(context)
        repeat = visit(tab, url, link)
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
        page.goto(url, wait_until="commit", timeout=VISIT_TIMEOUT_MS)
        return loading_walk(page)
    finally:
        context.close()


def measure(pages, link, runs, walks):
    """({page: {visit: [marks per run]}}, {path: [taps]}): pages {name: url} alternate, "ours" walks too."""
    results = {name: {"first": [], "repeat": []} for name in pages}
    taps = {path: [] for path in walks}
    if walks:
        taps[LOADING] = []
    with chromium("measure") as browser:
        for run in range(runs):
            for name in (list(pages) if run % 2 == 0 else list(pages)[::-1]):
                first, repeat, walked = first_and_repeat(browser, pages[name], link,
                                                         walks if name == "ours" else None)
                results[name]["first"].append(first)
                results[name]["repeat"].append(repeat)
                if walks and name == "ours":
                    walked[LOADING] = taps_while_loading(browser, pages[name], link)
                for path, page_taps in walked.items():
                    taps[path].extend(dict(tap, run=run + 1) for tap in page_taps)
                print("  run {} {:<8} first {:>5} ms, repeat {:>5} ms{}".format(
                    run + 1, name, first["ready_ms"], repeat["ready_ms"], slowest_taps(walked)), flush=True)
    return results, taps


def slowest_taps(walked):
    """The progress line's note of each walk's slowest tap."""
    return "".join(", slowest tap on {} {} ms".format(path, max(tap["ms"] or THRESHOLD_MS for tap in page_taps))
                   for path, page_taps in walked.items() if page_taps)

"""What can go wrong, and what the site does then: no mixed versions, no stale answer, no
silent hang, no framing.

Each test here failed on the code before it: the service worker served the
new deploy's Python to an old page, an engine error left the last result up,
a long link blamed the phone, a missing check.js left "loading" for good, a
lost cache entry stayed lost, the offline page's links led nowhere at depth,
any site could frame the pages, and an open tab never looked for an update;
then (issue 27) a worker the page had given up on kept a core busy, on a
host without _headers a sandboxed frame showed the form, and a damaged copy of
an engine file in the service worker's cache was served as it was.
"""

import functools
import http.server
import json
import re
import threading
import time

import pytest

from buildsite import site
from buildsite.serve import SiteServer, StaticHandler, serve_in_thread
from pyapp.texts import text
from tests.checker import (answer, assert_says_in_spanish, broken_said, failure_said, outcome_level, problem_said,
                           wait_for_engine, whole_link)
from tests.conftest import ROOT
from tests.offline_app import first_visit, go_offline, offline_tab, visit_then_redeploy
from tests.patched_copy import patched_copy

pytestmark = pytest.mark.browser


def engine_urls(page):
    """Every engine file the checker page names, as absolute URLs."""
    return page.evaluate("""() => {
      const loader = JSON.parse(document.querySelector("script[data-engine-files]").dataset.engineFiles);
      const urls = [loader.entry, loader.worker, loader.interpreter, ...Object.keys(loader.files),
                    document.querySelector("script[data-engine-files]").getAttribute("src")];
      return urls.map(url => new URL(url, location.href).href);
    }""")


def other_engine(tmp_path):
    """A copy of pyapp/ and web/ whose Python differs: what a later deploy would ship."""
    return patched_copy(tmp_path / "source", ("pyapp", "web"), "web/worker.py",
                        lambda text: text + "\nNEXT_DEPLOY = True\n")  # code, not a comment


def test_an_open_tab_keeps_the_engine_of_its_own_deploy_after_another_tab_updates(app, tmp_path):
    context, serve = app
    live = tmp_path / "live"
    site.build(live)
    old_files = {path.relative_to(live).as_posix(): path.read_bytes() for path in (live / "engine").rglob("*.*")}
    _server, base = serve(live)
    old_tab = first_visit(context, base + "check/")
    assert wait_for_engine(old_tab) == "ready"
    site.build(live, source_dir=other_engine(tmp_path))  # the next deploy, with other Python
    other_tab = context.new_page()
    other_tab.goto(base + "about/")
    other_tab.get_by_role("button", name="Reload").wait_for(timeout=30_000)
    with other_tab.expect_navigation():
        other_tab.get_by_role("button", name="Reload").click()
    old_tab.wait_for_function("navigator.serviceWorker.controller.state === 'activated'")
    # the old page, now under the new worker, still gets exactly its own deploy's files
    for url in engine_urls(old_tab):
        got = old_tab.evaluate("url => fetch(url).then(r => r.ok ? r.arrayBuffer() : null)"
                               ".then(b => b && Array.from(new Uint8Array(b)))", url)
        path = url[len(base):]
        assert got is not None and bytes(got) == old_files[path], path
    old_tab.reload()  # a navigation brings the new deploy, whole
    assert wait_for_engine(old_tab) == "ready"
    assert not set(u[len(base):] for u in engine_urls(old_tab)) & set(old_files)


def test_an_engine_error_after_start_up_clears_the_result_and_points_to_the_warning_signs(page, base_url):
    page.goto(base_url + "check/#" + whole_link({"pain": 2}))
    assert wait_for_engine(page) == "ready" and outcome_level(page) == "modify"
    # a bug: an answer the engine refuses reaches it
    page.evaluate("""() => { const radio = document.querySelector("input[name=pain][value='3']");
                             radio.value = "99"; radio.click(); }""")
    assert outcome_level(page) == ""
    assert page.locator("#verdict").inner_text() == ""
    error = page.get_by_test_id("error")
    assert error.inner_text() == problem_said("en")
    assert error.get_by_role("link").get_attribute("href") == "../warning-signs/"
    answer(page, {"pain": 2})  # the form still works for a retry
    assert outcome_level(page) == "modify"
    assert error.is_hidden()


MIB = 1024 * 1024


def test_a_one_mib_link_is_refused_as_a_link_with_its_length(page, base_url):
    page.goto(base_url + "check/#pain=" + "9" * MIB)
    assert wait_for_engine(page) == "ready", "the check still works on this device"
    error = page.get_by_test_id("error")
    assert "the link is {} characters long".format(MIB + 5) in error.inner_text()
    assert "this device" not in error.inner_text()
    assert outcome_level(page) == ""


def test_a_one_mib_link_by_hashchange_clears_the_old_result(page, base_url):
    page.goto(base_url + "check/#" + whole_link({"pain": 2}))
    assert wait_for_engine(page) == "ready" and outcome_level(page) == "modify"
    page.evaluate("n => { location.hash = 'pain=' + '9'.repeat(n) }", MIB)
    page.get_by_test_id("error").wait_for()
    assert "the link is {} characters long".format(MIB + 5) in page.get_by_test_id("error").inner_text()
    assert outcome_level(page) == ""
    assert page.locator("#check input:checked").count() == 0


def test_with_the_page_shell_missing_the_watchdog_still_says_so_and_links_to_the_warning_signs(page, base_url):
    page.route(re.compile(r".*/engine/[0-9a-f]+/shell\.js$"), lambda route: route.fulfill(status=404, body=""))
    cdp = page.context.new_cdp_session(page)
    cdp.send("Animation.enable")
    cdp.send("Animation.setPlaybackRate", {"playbackRate": 100})  # the watchdog's 20 s in 0.2 s
    page.goto(base_url + "check/")
    stuck = page.locator("#engine-stuck")
    stuck.wait_for(state="visible", timeout=10_000)
    page.wait_for_timeout(500)
    assert page.locator("html").get_attribute("data-engine") == "loading"
    assert "has not started" in stuck.inner_text()
    assert stuck.get_by_role("link").get_attribute("href") == "../warning-signs/"
    assert stuck.bounding_box()["height"] > 20


def test_the_watchdog_stays_hidden_once_the_engine_is_ready(page, base_url):
    cdp = page.context.new_cdp_session(page)
    cdp.send("Animation.enable")
    cdp.send("Animation.setPlaybackRate", {"playbackRate": 100})
    page.goto(base_url + "check/")
    assert wait_for_engine(page) == "ready"
    page.wait_for_timeout(500)
    assert page.locator("#engine-stuck").is_hidden()


def site_cache_delete(page, path):
    """Evict one file from the service worker's cache, as a browser under storage pressure may."""
    return page.evaluate("""async path => {
      const url = new URL(path, location.origin + "/").href;
      let gone = false;
      for (const name of await caches.keys()) gone = (await (await caches.open(name)).delete(url)) || gone;
      return gone;
    }""", path)


def is_cached(page, path):
    return page.evaluate("""async path => !!(await caches.match(new URL(path, location.origin + "/").href))""", path)


def test_a_lost_cache_entry_is_fetched_again_while_online_and_kept(app, site_dir):
    context, serve = app
    _server, base = serve(site_dir)
    page = first_visit(context, base)
    assert site_cache_delete(page, "check/index.html")
    page.goto(base + "check/")
    assert wait_for_engine(page) == "ready"
    assert is_cached(page, "check/index.html")


POLICY = "py/pyapp/policy.mpy"  # under engine/<hash>/: a file only the worker loads, as MicroPython code


def damage_cached(page, url):
    """Overwrite a file in every one of the service worker's caches that holds it: a damaged copy on
    the device (a bad disk, a browser bug). How many caches held it."""
    return page.evaluate("""async url => {
      let damaged = 0;
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        if (await cache.match(url)) { await cache.put(url, new Response("garbage")); damaged += 1; }
      }
      return damaged;
    }""", url)


def cached_bytes(page, url):
    return bytes(page.evaluate("""async url => { const found = await caches.match(url);
      return found ? Array.from(new Uint8Array(await found.arrayBuffer())) : []; }""", url))


def installed_check_with_a_damaged_engine_file(app, site_dir, path="check/"):
    """/check/ (or the check at path) once ready under the service worker, then its policy.mpy
    damaged in Cache Storage: (page, server, base, the file's URL)."""
    context, serve = app
    server, base = serve(site_dir)
    page = first_visit(context, base + path)
    assert wait_for_engine(page) == "ready"
    (url,) = [url for url in engine_urls(page) if url.endswith("/" + POLICY)]
    assert damage_cached(page, url) >= 1
    assert cached_bytes(page, url) == b"garbage"
    return page, server, base, url


def test_a_damaged_engine_file_in_the_cache_is_fetched_again_while_online(app, site_dir):
    """H-LOAD-2: a damaged copy on the device keeps the check from starting, blamed on the connection.
    Online, the service worker finds the cached copy does not match its hash, drops it, fetches a
    good one, checked, keeps it, and the check starts."""
    page, _server, base, url = installed_check_with_a_damaged_engine_file(app, site_dir)
    page.reload()
    assert wait_for_engine(page) == "ready"
    assert cached_bytes(page, url) == (site_dir / url[len(base):]).read_bytes()


def test_a_damaged_engine_file_in_the_cache_offline_says_so_at_once_and_stops_the_worker(app, site_dir):
    """H-LOAD-2: a damaged copy on the device keeps the check from starting, blamed on the connection.
    Offline, no good copy can be had: the page says at once (not after the 60 s limit) that it could
    not start because a saved file is damaged, and what to do; not that the connection is slow; and
    no worker is left running."""
    context, _serve = app
    page, server, _base, _url = installed_check_with_a_damaged_engine_file(app, site_dir)
    go_offline(context, server)
    start = time.monotonic()
    page.reload()
    assert wait_for_engine(page) == "failed"
    assert time.monotonic() - start < 20, "the page gave up only at its time limit"
    assert_told_to_read_the_warning_signs(page, failure_said("en", "damaged_copy"))
    assert text("en", "shell.why_slow") not in page.get_by_test_id("error").inner_text()
    deadline = time.monotonic() + 10
    while page.workers and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    assert page.workers == [], "a worker of the page is still running"


def test_a_damaged_engine_file_in_the_cache_offline_is_said_in_spanish(app, site_dir):
    """H-LOAD-2 on /es/check/: the damaged saved copy is said in Spanish, with what to do, no English."""
    context, _serve = app
    page, server, _base, _url = installed_check_with_a_damaged_engine_file(app, site_dir, "es/check/")
    go_offline(context, server)
    page.reload()
    assert wait_for_engine(page) == "failed"
    assert_says_in_spanish(page, failure_said("es", "damaged_copy"))


def test_a_lost_page_offline_gets_our_offline_page(app, site_dir):
    context, serve = app
    server, base = serve(site_dir)
    page = first_visit(context, base)
    assert site_cache_delete(page, "check/index.html")
    go_offline(context, server)
    page.goto(base + "check/")
    assert page.locator("h1").inner_text() == "You are offline"


def test_the_offline_page_at_any_depth_links_to_the_site_root(app, site_dir):
    page, base = offline_tab(app, site_dir, "old/deep/link/")
    assert page.locator("h1").inner_text() == "You are offline"
    page.get_by_role("link", name="The check").click()
    assert page.url == base + "check/"
    assert wait_for_engine(page) == "ready"


def test_another_site_cannot_frame_the_pages(page, base_url):
    page.goto("about:blank")
    page.set_content('<iframe src="{}check/" width="400" height="400"></iframe>'.format(base_url))
    page.wait_for_timeout(1000)
    frame = page.frames[1]
    assert frame.url.startswith("chrome-error://"), "the browser refused to show it: " + frame.url


def test_the_headers_file_carries_the_pages_csp_and_forbids_framing(site_dir):
    headers = (site_dir / "_headers").read_text()
    page_csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"',
                         (site_dir / "check" / "index.html").read_text())[1]
    assert "  Content-Security-Policy: {}; frame-ancestors 'none'\n".format(page_csp) in headers
    assert "  X-Frame-Options: DENY\n" in headers
    assert "/engine/*\n  Cache-Control: public, max-age=31536000, immutable\n" in headers


def test_the_service_worker_checks_every_file_against_its_hash(site_dir):
    worker = (site_dir / "sw.js").read_text()
    manifest = json.loads(re.search(r"const PRECACHE = (\{.*?\});", worker)[1])
    assert "check/index.html" in manifest["files"] and "offline/index.html" in manifest["files"]
    assert all(value.startswith("sha256-") for value in manifest["files"].values())
    assert not [path for path in manifest["files"] if path.startswith("assets/og/")]


def test_a_lone_open_tab_learns_of_an_update_when_it_comes_back_into_view(app, tmp_path):
    page, _base = visit_then_redeploy(app, tmp_path, "A sentence new in the next deploy.")
    page.evaluate("document.dispatchEvent(new Event('visibilitychange'))")  # back from another app
    prompt = page.get_by_role("status").filter(has_text="A new version of this site is ready")
    prompt.wait_for(timeout=30_000)
    assert "A sentence new" not in page.content(), "no navigation happened; the page is as it was"


def test_the_service_worker_precaches_every_engine_file(site_dir):
    worker = (site_dir / "sw.js").read_text()
    files = json.loads(re.search(r"const PRECACHE = (\{.*?\});", worker)[1])["files"]
    engine = [path.relative_to(site_dir).as_posix() for path in (site_dir / "engine").rglob("*") if path.is_file()]
    assert engine and [path for path in engine if path not in files] == []


def test_a_late_start_up_error_after_a_link_filled_the_form_shows_no_result_beside_it(page, base_url):
    """The page's Python fills the form from the link and shows the result, then fails before it is ready."""
    source = (ROOT / "web" / "worker.py").read_text()
    answered = "    return json_out.dumps(changes)"
    assert source.count(answered) == 1
    failing = source.replace(answered, '    changes = [c for c in changes if c[:3] != ["attr", ":root", "data-engine"]]\n'
                                       + answered)  # the start's changes, but never "ready"
    page.route(re.compile(r".*/py/worker\.py$"), lambda route: route.fulfill(
        status=200, body=failing, headers={"Content-Type": "text/x-python"}))
    page.goto(base_url + "check/#" + whole_link({"pain": 2}))
    assert wait_for_engine(page) == "failed"
    assert page.get_by_test_id("error").inner_text().startswith(text("en", "check.failed_status")[:-1])
    assert outcome_level(page) == ""
    assert page.locator("#verdict").inner_text() == ""


# A stuck engine is stopped: every give-up ends the worker (issue 27) -----------------------------

# The page's CPU time, from CDP's Performance.getMetrics "ProcessTime": the CPU time of the page's
# renderer process, every thread of it, its workers' too (a worker's thread is not the page's main
# thread, so "ThreadTime" and "TaskDuration" do not see it). Measured on a busy 2-core machine: a
# worker in a loop, 0.16 to 1.0 of a core a second; the page once its worker is stopped, 0.00 to 0.01.
SPINNING = 0.15
SETTLED = 0.05
SPIN = "        while True:\n            pass\n"


def serve_deploy(tmp_path_factory, edit):
    """A deploy whose web/worker.py is edit(its text), served; yields its base URL."""
    folder = tmp_path_factory.mktemp("deploy")
    source = patched_copy(folder / "source", ("pyapp", "web"), "web/worker.py", edit)
    site.build(folder / "site", source_dir=source)
    server = serve_in_thread(folder / "site")
    try:
        yield "http://127.0.0.1:{}/".format(server.server_port)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="module")
def spins_as_it_starts(tmp_path_factory):
    """A deploy whose worker loops for ever as its Python starts (a bug in a module, a damaged
    file): PyScript's MPWorker never resolves, so the page never hears from it."""
    yield from serve_deploy(tmp_path_factory, lambda text: text + "\nwhile True:\n    pass\n")


@pytest.fixture(scope="module")
def spins_when_asked(tmp_path_factory):
    """A deploy whose worker loops for ever on an event sent while the address ends #spin-on-<its type>."""
    def edit(text):
        marker = "    event = _joined(json.loads(event_json))\n"
        assert text.count(marker) == 1
        return text.replace(marker, marker + '    if "spin-on-" + event["type"] in event.get("hash", ""):\n' + SPIN)
    yield from serve_deploy(tmp_path_factory, edit)


def cpu_watch(page):
    cdp = page.context.new_cdp_session(page)
    cdp.send("Performance.enable")
    return cdp


def cpu_time(cdp):
    return next(m["value"] for m in cdp.send("Performance.getMetrics")["metrics"] if m["name"] == "ProcessTime")


def cpu_share(page, cdp, seconds):
    """The share of one core the page used over the next few seconds."""
    before, start = cpu_time(cdp), time.monotonic()
    page.wait_for_timeout(seconds * 1000)
    return (cpu_time(cdp) - before) / (time.monotonic() - start)


def until_spinning(page, cdp):
    """Wait until the page's worker is looping: its CPU time climbs (each test's premise)."""
    for _second in range(40):
        if page.workers and cpu_share(page, cdp, 1) > SPINNING:
            return
        page.wait_for_timeout(100)
    pytest.fail("the worker never started looping")


def assert_no_worker_left(page, cdp):
    """After the page gave up: no worker of the page left (its thread stopped) and its CPU time settles."""
    deadline = time.monotonic() + 10
    while page.workers and time.monotonic() < deadline:
        page.wait_for_timeout(200)
    assert page.workers == [], "a worker of the page is still running"
    share = cpu_share(page, cdp, 3)
    assert share < SETTLED, "the page still uses {:.0%} of a core".format(share)


def assert_told_to_read_the_warning_signs(page, says):
    error = page.get_by_test_id("error")
    assert error.inner_text() == says
    assert error.get_by_role("link").get_attribute("href") == "../warning-signs/"
    assert outcome_level(page) == ""


@pytest.mark.parametrize("deploy,path,waited_ms,says", (
    # its Python loops as it starts: at the shell's 60 s limit
    ("spins_as_it_starts", "check/", 61_000, failure_said("en", "slow")),
    # the worker started, then never answers the page's first event: after 30 s
    ("spins_when_asked", "check/#spin-on-start", 31_000, failure_said("en", "not_answering")),
    # the same in Spanish: every word of it
    ("spins_when_asked", "es/check/#spin-on-start", 31_000, failure_said("es", "not_answering")),
), ids=("loops-as-it-starts", "stuck-on-its-first-event", "stuck-on-its-first-event-es"))
def test_a_worker_that_never_answers_is_stopped_when_the_page_gives_up(page, request, deploy, path, waited_ms, says):
    """H-LOAD-1: a stuck engine keeps running after the page gives up. The page says it could not
    start, and the worker's thread is stopped (a phone's battery and heat), not left running until
    the tab is closed."""
    site = request.getfixturevalue(deploy)
    cdp = cpu_watch(page)
    page.clock.install()
    page.goto(site + path)
    until_spinning(page, cdp)
    page.clock.run_for(waited_ms)
    assert wait_for_engine(page) == "failed"
    assert_told_to_read_the_warning_signs(page, says)
    assert_no_worker_left(page, cdp)


def test_a_worker_stuck_on_an_event_once_ready_is_stopped(page, spins_when_asked):
    """H-LOAD-1: a stuck engine keeps running after the page gives up. The check was ready, then the
    worker never answers an event: after 30 s the page says it hit a problem, and stops it."""
    cdp = cpu_watch(page)
    page.clock.install()
    page.goto(spins_when_asked + "check/#" + whole_link({"pain": 2}))
    assert wait_for_engine(page) == "ready" and outcome_level(page) == "modify"
    page.evaluate("location.hash = 'spin-on-hash'")
    until_spinning(page, cdp)
    page.clock.run_for(31_000)
    page.get_by_test_id("error").wait_for()
    assert_told_to_read_the_warning_signs(page, broken_said("en"))
    assert_no_worker_left(page, cdp)


def test_a_worker_stuck_on_an_event_once_ready_is_said_in_spanish(page, spins_when_asked):
    """The engine stopping answering once ready, on /es/check/: said in Spanish, no English word."""
    page.clock.install()
    page.goto(spins_when_asked + "es/check/#" + whole_link({"pain": 2}))
    assert wait_for_engine(page) == "ready" and outcome_level(page) == "modify"
    page.evaluate("location.hash = 'spin-on-hash'")
    page.wait_for_timeout(1000)  # the event is with the worker
    page.clock.run_for(31_000)
    assert_says_in_spanish(page, broken_said("es"))
    assert outcome_level(page) == ""


def test_a_failed_check_of_an_engine_file_stops_a_worker_that_loops_as_it_starts(page, spins_as_it_starts):
    """H-LOAD-1: a stuck engine keeps running after the page gives up. On a first visit the page checks
    the engine's WebAssembly against its hash while the worker starts; the worker (with its own copy)
    already loops when the page's copy turns out damaged: the page says it could not start, and stops it."""
    held = []
    page.route("**/micropython.wasm", lambda route: route.continue_() if held else held.append(route))
    cdp = cpu_watch(page)
    page.goto(spins_as_it_starts + "check/")
    until_spinning(page, cdp)
    held[0].fulfill(status=200, body=b"\0asm damaged", headers={"Content-Type": "application/wasm"})
    assert wait_for_engine(page) == "failed"
    assert_told_to_read_the_warning_signs(page, failure_said("en", "damaged"))
    assert_no_worker_left(page, cdp)


# Framed where _headers is not applied (issue 27) ---------------------------------------------

class NoHeadersHandler(StaticHandler):
    """A host that applies no _headers: GitHub Pages, a plain file server."""

    def header_rules(self):
        return []


class FramingHandler(http.server.BaseHTTPRequestHandler):
    """Another site: /?sandbox=<flags> frames the site's /check/, in a sandbox with those flags
    ("none": no sandbox at all)."""

    target = ""

    def do_GET(self):
        flags = self.path.partition("sandbox=")[2].replace("+", " ")
        sandbox = "" if flags == "none" else ' sandbox="{}"'.format(flags)
        body = '<!doctype html><title>Another site</title><iframe src="{}check/"{} width="400" height="700">' \
               '</iframe>'.format(self.target, sandbox).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format, *args):
        pass


def serving(server):
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return "http://127.0.0.1:{}/".format(server.server_port)


@pytest.fixture(scope="module")
def no_headers_host(site_dir):
    """The site on a host without _headers, and another site (another port: another origin) that frames it."""
    site_server = SiteServer(("127.0.0.1", 0), functools.partial(NoHeadersHandler, directory=str(site_dir)))
    base = serving(site_server)
    framing = type("Framing", (FramingHandler,), {"target": base})
    other_server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), framing)
    other = serving(other_server)
    try:
        yield base, other
    finally:
        for server in (site_server, other_server):
            server.shutdown()
            server.server_close()


@pytest.mark.parametrize("sandbox", ("allow-scripts+allow-forms", "allow-forms", "none"))
def test_framed_by_another_site_without_headers_the_check_shows_no_form_to_answer(page, no_headers_host, sandbox):
    """H-FRAME-1: the check shown inside another site's frame. On a host that sends no header against
    framing, another origin frames /check/: sandboxed with scripts (the page's scripts cannot load
    there), without them (no script runs), or not at all (the page's script sees the frame). No
    question shows or takes a tap, and no engine starts."""
    _base, other = no_headers_host
    page.goto(other + "?sandbox=" + sandbox)
    page.wait_for_load_state("load")
    page.wait_for_timeout(1000)  # any script of the framed page has run by now
    (frame,) = [frame for frame in page.frames if frame.url.endswith("/check/")]
    form, radio = frame.locator("#check"), frame.locator("input[name=pain][value='3']")
    assert form.is_hidden() and radio.is_hidden()
    box = radio.bounding_box()
    if box:  # hidden where it would be: a tap there reaches nothing
        page.mouse.click(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    assert frame.locator("input:checked").count() == 0
    assert page.workers == []


def test_not_framed_the_form_shows_as_the_page_is_read_not_when_the_engine_starts(page, no_headers_host):
    """H-FRAME-1's control: on the same host, not framed, the form shows once the page is read, with
    the engine still loading (its WebAssembly never arrives here)."""
    base, _other = no_headers_host
    page.route("**/micropython.wasm", lambda route: None)
    page.goto(base + "check/", wait_until="domcontentloaded")
    assert page.evaluate("getComputedStyle(document.querySelector('#check')).visibility") == "visible"
    assert page.locator("#check").is_visible() and page.locator("html").get_attribute("data-engine") == "loading"

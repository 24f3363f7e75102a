"""What can go wrong, and what the site does then: no mixed versions, no stale answer, no
silent hang, no framing.

Each test here failed on the code before it: the service worker served the
new deploy's Python to an old page, an engine error left the last result up,
a long link blamed the phone, a missing check.js left "loading" for good, a
lost cache entry stayed lost, the offline page's links led nowhere at depth,
any site could frame the pages, and an open tab never looked for an update.
"""

import json
import re

import pytest

from buildsite import site
from tests.checker import answer, outcome_level, wait_for_engine, whole_link
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
    assert "hit a problem" in error.inner_text()
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
    answered = "    return json.dumps(changes)"
    assert source.count(answered) == 1
    failing = source.replace(answered, '    changes = [c for c in changes if c[:3] != ["attr", ":root", "data-engine"]]\n'
                                       + answered)  # the start's changes, but never "ready"
    page.route(re.compile(r".*/py/worker\.py$"), lambda route: route.fulfill(
        status=200, body=failing, headers={"Content-Type": "text/x-python"}))
    page.goto(base_url + "check/#" + whole_link({"pain": 2}))
    assert wait_for_engine(page) == "failed"
    assert "could not start" in page.get_by_test_id("error").inner_text()
    assert outcome_level(page) == ""
    assert page.locator("#verdict").inner_text() == ""

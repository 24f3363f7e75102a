"""Works offline after one visit, installs like an app, updates cleanly, and
works under a sub-path (issue 4). Each test has its own server, so it can stop it."""

import shutil

import pytest
from PIL import Image

from buildsite import site
from buildsite.serve import serve_in_thread
from pyapp import assess
from tests.checker import outcome_level, wait_for_engine, whole_link
from tests.conftest import ROOT

pytestmark = pytest.mark.browser
PAGES = ("", "check/", "causes/", "adjustments/", "warning-signs/", "about/")
CONTROLLED = "navigator.serviceWorker.controller !== null"


@pytest.fixture
def app(profile):
    """A fresh phone browser profile, and a way to serve a build that the test may stop."""
    servers = []

    def serve(site_dir, prefix="/"):
        server = serve_in_thread(site_dir, prefix=prefix)
        servers.append(server)
        return server, "http://127.0.0.1:{}{}".format(server.server_port, prefix)

    yield profile, serve
    for server in servers:
        server.shutdown()
        server.server_close()


def first_visit(context, url):
    page = context.new_page()
    page.goto(url)
    page.wait_for_function(CONTROLLED, timeout=30_000)  # installed, precached, in control
    return page


def go_offline(context, server):
    server.shutdown()
    server.server_close()
    context.set_offline(True)


def offline_tab(app, site_dir, path):
    """A new tab at path, opened offline after one visit to the site: (page, the site's address)."""
    context, serve = app
    server, base = serve(site_dir)
    first_visit(context, base).close()
    go_offline(context, server)
    page = context.new_page()
    page.goto(base + path)
    return page, base


def test_chromium_finds_the_site_installable(app, site_dir):
    context, serve = app
    _server, base = serve(site_dir)
    page = first_visit(context, base)
    cdp = context.new_cdp_session(page)
    assert cdp.send("Page.getInstallabilityErrors")["installabilityErrors"] == []
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["errors"] == []


def test_after_one_visit_every_page_and_the_checker_work_with_the_network_gone(app, site_dir):
    context, serve = app
    server, base = serve(site_dir)
    first_visit(context, base + "causes/").close()
    go_offline(context, server)
    page = context.new_page()
    for path in PAGES:
        assert page.goto(base + path).ok, path
        assert page.locator("h1").count() == 1
    page.goto(base + "check/")
    assert wait_for_engine(page) == "ready"
    page.goto(base + "check/#" + whole_link({"pain": 2, "neuro": True}))
    page.reload()
    assert wait_for_engine(page) == "ready"
    assert outcome_level(page) == assess({"pain": 2, "neuro": True})["level"]


def test_an_unknown_address_offline_gets_the_offline_page(app, site_dir):
    page, _base = offline_tab(app, site_dir, "not-saved/")
    assert page.locator("h1").inner_text() == "You are offline"


def changed_docs(tmp_path, sentence):
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    about = docs / "about.md"
    about.write_text(about.read_text() + "\n" + sentence + "\n")
    return docs


def visit_then_redeploy(app, tmp_path, sentence):
    """A tab on /about/ of one deploy, once the next deploy (sentence added to that page) is live: (page, base)."""
    context, serve = app
    live = tmp_path / "live"
    site.build(live)
    _server, base = serve(live)
    page = first_visit(context, base + "about/")
    site.build(live, docs_dir=changed_docs(tmp_path, sentence))
    return page, base


def test_a_new_deploy_reaches_a_returning_visitor_through_the_reload_prompt(app, tmp_path):
    sentence = "This sentence is new in the second deploy."
    page, base = visit_then_redeploy(app, tmp_path, sentence)
    page.goto(base + "about/")
    assert sentence not in page.content(), "the old version stays whole until the visitor agrees"
    prompt = page.get_by_role("status").filter(has_text="A new version of this site is ready")
    prompt.wait_for(timeout=30_000)
    with page.expect_navigation():
        page.get_by_role("button", name="Reload").click()
    assert sentence in page.content()


def test_the_site_works_under_a_sub_path_and_offline_there(app, tmp_path):
    context, serve = app
    built = site.build(tmp_path / "prefixed", site_url="https://user.example/repo/")
    server, base = serve(built, prefix="/repo/")
    page = first_visit(context, base + "check/#" + whole_link({"pain": 5}))
    assert wait_for_engine(page) == "ready"
    assert outcome_level(page) == "stop"
    assert page.evaluate("navigator.serviceWorker.controller.scriptURL") == base + "sw.js"
    go_offline(context, server)
    page.goto(base + "check/#trauma=1")
    page.reload()
    assert wait_for_engine(page) == "ready"
    assert outcome_level(page) == "urgent"


@pytest.mark.parametrize("path", PAGES)
def test_every_page_has_link_preview_tags_and_a_1200x630_image(page, base_url, site_dir, path):
    page.goto(base_url + path)
    meta = page.evaluate("""() => Object.fromEntries([...document.querySelectorAll(
        'meta[property^="og:"], meta[name^="twitter:"], meta[name=description]')]
        .map(m => [m.getAttribute('property') || m.getAttribute('name'), m.content]))""")
    for key in ("og:title", "og:description", "og:url", "og:type", "og:image", "twitter:card", "description"):
        assert meta.get(key), key
    assert meta["twitter:card"] == "summary_large_image"
    site_url = "https://example.org/"
    assert meta["og:url"] == site_url + path
    assert page.locator("link[rel=canonical]").get_attribute("href") == site_url + path
    assert meta["og:image"].startswith(site_url)
    image = site_dir / meta["og:image"][len(site_url):]
    with Image.open(image) as picture:
        assert picture.size == (1200, 630)
    assert page.title()

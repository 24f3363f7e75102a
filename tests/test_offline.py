"""Works offline after one visit, installs like an app, updates cleanly, and
works under a sub-path (issue 4). Each test has its own server, so it can stop it."""

import json

import pytest
from PIL import Image

from buildsite import site
from buildsite.site_pages import ALL_PAGES, PAGES, in_language
from pyapp import assess
from pyapp.texts import text
from tests.checker import outcome_level, wait_for_engine, whole_link
from tests.offline_app import first_visit, go_offline, offline_tab, visit_then_redeploy

pytestmark = pytest.mark.browser
SAVED_PAGES = """async () => (await Promise.all((await caches.keys()).map(async (name) =>
    (await (await caches.open(name)).keys()).map((request) => new URL(request.url).pathname))))
    .flat().filter((path) => path.endsWith(".html"))"""
# wait_for_function does not wait for a promise: each poll starts a look and reads the last one's answer
SPANISH_PAGES_SAVED = """(count) => { (%s)().then((paths) => {
    window.spanish = paths.filter((path) => path.startsWith("/es/")).length; });
    return window.spanish >= count; }""" % SAVED_PAGES


@pytest.mark.parametrize("lang", ("en", "es"))
def test_chromium_finds_the_site_installable_in_each_language(app, site_dir, lang):
    context, serve = app
    _server, base = serve(site_dir)
    page = first_visit(context, base + in_language("", lang))
    cdp = context.new_cdp_session(page)
    assert cdp.send("Page.getInstallabilityErrors")["installabilityErrors"] == []
    manifest = cdp.send("Page.getAppManifest")
    assert manifest["errors"] == []
    assert manifest["url"] == base + in_language("manifest.webmanifest", lang)
    assert json.loads(manifest["data"])["name"] == text(lang, "site.name")


def work_offline(page, base, lang):
    """Every page of one language, and its checker with a share link, with the network gone."""
    for path in PAGES:
        assert page.goto(base + in_language(path, lang)).ok, path
        assert page.locator("h1").count() == 1
        assert page.locator("html").get_attribute("lang") == lang
    page.goto(base + in_language("check/", lang))
    assert wait_for_engine(page) == "ready"
    page.goto(base + in_language("check/", lang) + "#" + whole_link({"pain": 2, "neuro": True}))
    page.reload()
    assert wait_for_engine(page) == "ready"
    assert outcome_level(page) == assess({"pain": 2, "neuro": True})["level"]


@pytest.mark.parametrize("lang", ("en", "es"))
def test_after_one_visit_every_page_and_the_checker_work_with_the_network_gone(app, site_dir, lang):
    context, serve = app
    server, base = serve(site_dir)
    first = first_visit(context, base + in_language("causes/", lang))
    saved = {path: "es" if path.startswith("/es/") else "en" for path in first.evaluate(SAVED_PAGES)}
    assert set(saved.values()) == {lang}, "a first visit saves its own language's pages only"
    first.close()
    go_offline(context, server)
    work_offline(context.new_page(), base, lang)


def test_the_other_language_is_saved_on_its_first_visit(app, site_dir):
    context, serve = app
    server, base = serve(site_dir)
    page = first_visit(context, base + "causes/")
    page.get_by_role("link", name="Español", exact=True).click()
    page.wait_for_url(base + "es/causes/")
    page.wait_for_function(SPANISH_PAGES_SAVED, arg=len(PAGES), timeout=30_000)
    go_offline(context, server)
    work_offline(page, base, "es")


@pytest.mark.parametrize("lang", ("en", "es"))
def test_an_unknown_address_offline_gets_the_offline_page_in_its_language(app, site_dir, lang):
    page, _base = offline_tab(app, site_dir, in_language("not-saved/", lang), first=in_language("", lang))
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("h1").inner_text() == text(lang, "offline.title")


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


@pytest.mark.parametrize("path", ALL_PAGES)
def test_every_page_has_link_preview_tags_and_a_1200x630_image(reading_page, base_url, site_dir, path):
    page = reading_page  # it reads the page and changes nothing: a tab of a shared context (tests/conftest.py)
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

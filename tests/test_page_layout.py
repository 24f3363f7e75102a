"""How the pages look on a phone, in Chromium: the drawings on their pages, the stop card,
the app's shortcuts, and a header that fits a phone (and still works at 200% text)."""

import io
import json
import subprocess
from urllib.parse import urljoin

import pytest
from PIL import Image

from buildsite import app_files, figures, palette
from buildsite.site_pages import ALL_PAGES, NAV, NAV_PAGES, PYTHON_PAGES, in_language
from pyapp.outcomes import STOP_CARD_MORE, STOP_SIGNS
from pyapp.texts import LANGUAGES, text
from tests.a11y import MIN_TARGET_PX
from tests.checker import outcome_level, wait_for_engine, whole_link
from tests.conftest import ROOT

pytestmark = pytest.mark.browser


# Its tests change nothing of the browser context itself: each page is a new tab of one shared
# context (tests/conftest.py, page).
TABS_SHARE_A_CONTEXT = True

PHONES = ({"width": 360, "height": 740}, {"width": 412, "height": 823})
HEADER_MAX_PX = 88
TEXT_ZOOM = {"standard": 32, "fixed": 26}  # Chromium's font size setting at 200% (default 16, 13)
FIGURE_PAGES = sorted({figure["page"] for figure in figures.FIGURES})
MODIFY = "check/#" + whole_link({"pain": 2})

SCROLL_THROUGH = """async () => {
  // down the whole page half a screen at a time, as a reader would, then back to the top
  const pause = ms => new Promise(done => setTimeout(done, ms));
  for (let y = 0; y < document.documentElement.scrollHeight; y += innerHeight / 2) {
    scrollTo(0, y);
    await pause(50);
  }
  scrollTo(0, 0);
}"""
IMAGES_LOADED = "[...document.images].every(image => image.complete)"
LAYOUT_SHIFTS = """() => new Promise(done => {
  // every layout shift since the page began, except those right after input
  const shifts = [];
  new PerformanceObserver(list => {
    for (const entry of list.getEntries()) {
      if (!entry.hadRecentInput) shifts.push({value: entry.value, moved: entry.sources.map(
        source => source.node ? source.node.nodeName + "." + (source.node.className || "") : "?")});
    }
  }).observe({type: "layout-shift", buffered: true});
  setTimeout(() => done(shifts), 250);
})"""
HEADER = """() => {
  const box = el => { const r = el.getBoundingClientRect();
                      return {left: r.left, right: r.right, top: r.top, bottom: r.bottom,
                              width: r.width, height: r.height}; };
  const nav = document.querySelector(".site-nav");
  return {
    header: box(document.querySelector(".site-header")),
    h1: box(document.querySelector("h1")),
    nav: box(nav),
    links: [...document.querySelectorAll(".site-header a")].map(a => ({
      text: a.innerText, href: a.href, ...box(a), current: a.getAttribute("aria-current"), inNav: !!a.closest(".site-nav"),
      clipped: a.scrollWidth > a.clientWidth || a.scrollHeight > a.clientHeight})),
    pageWidth: document.documentElement.scrollWidth, viewport: innerWidth,
    rootFont: getComputedStyle(document.documentElement).fontSize,
  };
}"""


def page_name(path):
    return path.removeprefix("es/").strip("/") or "index"


@pytest.fixture(scope="module", params=PHONES, ids=lambda size: "{width}x{height}".format(**size))
def phone(browser, request):
    context = browser.new_context(viewport=request.param, service_workers="block")
    yield context
    context.close()


@pytest.fixture(scope="module")
def scheme_contexts(browser):
    """The module's phone context in a colour scheme (a new tab of it for each test): one per scheme."""
    contexts = {}

    def in_scheme(scheme):
        if scheme not in contexts:
            contexts[scheme] = browser.new_context(viewport=PHONES[1], color_scheme=scheme, service_workers="block")
        return contexts[scheme]

    yield in_scheme
    for context in contexts.values():
        context.close()


@pytest.fixture(scope="module")
def narrow_phone(browser):
    """The narrower phone's context, a new tab of it for each test."""
    context = browser.new_context(viewport=PHONES[0], service_workers="block")
    yield context
    context.close()


def opened(context, url):
    page = context.new_page()
    page.goto(url)
    if any(url.endswith("/" + path) for path in PYTHON_PAGES + tuple("es/" + path for path in PYTHON_PAGES)):
        wait_for_engine(page)
    return page


# The drawings -------------------------------------------------------------------

def figure_name(src):
    return src.rpartition("/")[2].removesuffix(".svg")


@pytest.mark.parametrize("scheme", ("light", "dark"))
@pytest.mark.parametrize("page_path", [in_language(name + "/", lang) for lang in LANGUAGES for name in FIGURE_PAGES])
def test_every_drawing_is_on_its_page_described_loaded_and_in_the_scheme(scheme_contexts, base_url,
                                                                         page_path, scheme):
    page = opened(scheme_contexts(scheme), base_url + page_path)
    try:
        page.evaluate(SCROLL_THROUGH)
        page.wait_for_function(IMAGES_LOADED)
        shown = page.evaluate("""() => [...document.querySelectorAll("main img")].map(image => ({
            src: image.getAttribute("src"), alt: image.alt, loaded: image.naturalWidth > 0}))""")
        lang = "es" if page_path.startswith("es/") else "en"
        expected = [f for f in figures.FIGURES if f["page"] == page_name(page_path)]
        assert sorted((image["src"].rpartition("../")[2], image["alt"]) for image in shown) == sorted(
            (figures.path(f["name"], lang), figures.alt(f["name"], lang)) for f in expected)
        assert all(image["loaded"] for image in shown)
        ink = palette.drawing_colours()["ink"][scheme == "dark"]
        for figure in expected:
            drawn = page.locator('img[src$="/{}.svg"]'.format(figure["name"])).screenshot()
            assert inked(drawn, ink) > 100, "{} is not drawn in the {} ink".format(figure["name"], scheme)
    finally:
        page.close()


def inked(png, colour, tolerance=24):
    """How many pixels of a screenshot are (nearly) the given colour."""
    target = [int(colour[i:i + 2], 16) for i in (1, 3, 5)]
    pixels = Image.open(io.BytesIO(png)).convert("RGB").getdata()
    return sum(1 for pixel in pixels if max(abs(a - b) for a, b in zip(pixel, target)) <= tolerance)


@pytest.mark.parametrize("page_path", [in_language(name + "/", lang) for lang in LANGUAGES for name in FIGURE_PAGES])
def test_each_drawing_sits_in_the_section_it_shows(page, base_url, page_path):
    page.goto(base_url + page_path)
    sections = page.evaluate("""() => [...document.querySelectorAll("main img")].map(image => {
        let node = image.closest("p");
        while (node && node.tagName !== "H2") node = node.previousElementSibling;
        return [image.getAttribute("src"), node && node.id]; })""")
    expected = {f["name"]: f["section"] for f in figures.FIGURES if f["page"] == page_name(page_path)}
    assert {figure_name(src): section for src, section in sections} == expected


def test_the_built_drawings_are_exactly_what_the_figure_definitions_draw(site_dir):
    built = sorted(p.relative_to(site_dir).as_posix() for p in site_dir.rglob("*.svg"))
    assert built == sorted(figures.path(f["name"], lang) for lang in LANGUAGES for f in figures.FIGURES)
    for lang in LANGUAGES:
        for figure in figures.FIGURES:
            assert (site_dir / figures.path(figure["name"], lang)).read_text() == figures.svg(figure["name"], lang)


def test_no_drawing_is_kept_in_git_so_none_can_be_edited_by_hand():
    tracked = subprocess.run(["git", "ls-files", "*.svg", "**/*.svg"], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout.split()
    assert tracked == []


# Each page on a phone -----------------------------------------------------------

@pytest.mark.parametrize("path", ALL_PAGES)
def test_each_page_fits_the_phone_with_a_short_header_never_shifts_and_marks_the_current_page(phone, base_url, path):
    page = opened(phone, base_url + path)
    try:
        first_screen = page.evaluate("innerHeight")
        lazy_tops = page.evaluate("""() => [...document.querySelectorAll("img[loading=lazy]")]
            .map(image => image.getBoundingClientRect().top + scrollY)""")
        assert all(top >= first_screen for top in lazy_tops), "a lazy picture is in the first screen"
        boxes = page.evaluate("""() => [...document.querySelectorAll("main img")].map(image => {
            const r = image.getBoundingClientRect();
            return [image.getAttribute("src"), r.width, r.height]; })""")
        for src, width, height in boxes:  # the space is kept before the picture loads
            figure = figures.FIGURE_BY_NAME[figure_name(src)]
            assert width > 0 and height == pytest.approx(width * figure["height"] / figure["width"], abs=1)
        page.evaluate(SCROLL_THROUGH)
        page.wait_for_function(IMAGES_LOADED)
        layout = page.evaluate(HEADER)
        assert layout["pageWidth"] <= layout["viewport"]
        assert layout["header"]["height"] <= HEADER_MAX_PX
        assert page.evaluate(LAYOUT_SHIFTS) == []
        if path in NAV_PAGES:  # the same load: the header marks the current page
            assert_the_header_marks_the_current_page(page, base_url, path)
    finally:
        page.close()


def assert_the_header_marks_the_current_page(page, base_url, path):
    current = page.locator('.site-nav a[aria-current="page"]')
    if not path:
        assert current.count() == 0, "home: the site name is the way back, no nav entry"
        return
    assert current.count() == 1 and current.evaluate("a => a.href") == base_url + path
    other = page.locator(".site-nav a:not([aria-current])").first
    look = "el => [getComputedStyle(el).fontWeight, getComputedStyle(el).boxShadow]"
    assert current.evaluate(look) != other.evaluate(look), "the current page is marked by more than colour"
    current.scroll_into_view_if_needed()
    box, nav = current.bounding_box(), page.locator(".site-nav").bounding_box()
    assert nav["x"] - 0.5 <= box["x"] and box["x"] + box["width"] <= nav["x"] + nav["width"] + 0.5, \
        "the current page's link is whole in the nav"


@pytest.mark.parametrize("path", NAV_PAGES + tuple(in_language(path, "es") for path in NAV_PAGES))
def test_at_200_percent_text_every_header_link_is_whole_apart_and_reachable(narrow_phone, base_url, path):
    page = narrow_phone.new_page()
    try:
        narrow_phone.new_cdp_session(page).send("Page.setFontSizes", {"fontSizes": TEXT_ZOOM})
        page.goto(base_url + path)
        layout = page.evaluate(HEADER)
        assert layout["rootFont"] == "32px"
        assert layout["pageWidth"] <= layout["viewport"], "the page scrolls sideways"
        links = layout["links"]
        assert [link["text"] for link in links if link["clipped"]] == []
        assert all(link["height"] >= MIN_TARGET_PX and link["width"] >= MIN_TARGET_PX for link in links)
        for whole in [link for link in links if not link["inNav"]]:  # the site's name, the language link
            assert 0 <= whole["left"] and whole["right"] <= layout["viewport"], whole["text"]
        for i, a in enumerate(links):
            for b in links[i + 1:]:
                apart = (a["right"] <= b["left"] + 0.5 or b["right"] <= a["left"] + 0.5
                         or a["bottom"] <= b["top"] + 0.5 or b["bottom"] <= a["top"] + 0.5)
                assert apart, "{!r} overlaps {!r}".format(a["text"], b["text"])
        assert layout["header"]["bottom"] <= layout["h1"]["top"]
        for name in [link["text"] for link in links if link["inNav"]]:  # each nav link can be scrolled to
            nav_link = page.locator(".site-nav a", has_text=name)
            nav_link.scroll_into_view_if_needed()
            box, nav = nav_link.bounding_box(), page.locator(".site-nav").bounding_box()
            assert nav["x"] - 0.5 <= box["x"] and box["x"] + box["width"] <= nav["x"] + nav["width"] + 0.5
    finally:
        page.close()


# The stop card ------------------------------------------------------------------

@pytest.mark.parametrize("path", ("", "adjustments/", MODIFY, "es/", "es/" + MODIFY),
                         ids=("home", "adjustments", "modify", "es-home", "es-modify"))
def test_the_stop_card_shows_the_engines_stop_signs(page, base_url, path):
    lang = "es" if path.startswith("es/") else "en"
    page.goto(base_url + path)
    if path.endswith(MODIFY):
        assert wait_for_engine(page) == "ready" and outcome_level(page) == "modify"
    card = page.get_by_role("note", name=text(lang, "stop.card"))
    assert card.count() == 1 and card.is_visible()
    assert card.locator("p").all_inner_texts() == [text(lang, "stop.if") + ":"] + [
        text(lang, key) for key in STOP_CARD_MORE], "the stop signs, then the emergency and numbness lines (H-CARD-1)"
    items = card.locator("li").all_inner_texts()
    assert [item.lower() for item in items] == [text(lang, sign).lower() for sign in STOP_SIGNS]


@pytest.mark.parametrize("answers,level", (
    ({"pain": 0}, "run"), ({"pain": 5}, "stop"), ({"pain": 2, "neuro": True}, "professional"),
))
def test_the_stop_card_stays_out_of_the_other_outcomes(page, base_url, answers, level):
    page.goto(base_url + "check/#" + whole_link(answers))
    assert wait_for_engine(page) == "ready" and outcome_level(page) == level
    assert page.get_by_role("note", name=text("en", "stop.card")).count() == 0


# The installed app's shortcuts -----------------------------------------------------

def test_the_installed_app_offers_its_shortcuts_and_chromium_accepts_them(page, base_url, site_dir):
    page.goto(base_url)
    manifest = page.context.new_cdp_session(page).send("Page.getAppManifest")
    assert manifest["errors"] == []
    shortcuts = json.loads(manifest["data"])["shortcuts"]
    assert [s["name"] for s in shortcuts] == ["Check now", "My log", "Warning signs", "Stop card"]
    for shortcut in shortcuts:
        for icon in shortcut["icons"]:
            with Image.open(site_dir / icon["src"]) as image:
                assert "{0}x{1}".format(*image.size) == icon["sizes"] == "96x96"
        assert page.goto(urljoin(manifest["url"], shortcut["url"])).ok, shortcut["url"]
    assert page.url.endswith(app_files.SHORTCUTS[-1][1])
    assert page.locator(":target ~ .stop-card").first.is_visible()


@pytest.mark.parametrize("name,path", NAV[1:] + tuple((text("es", key), "es/" + path) for key, path in (
    ("nav.warning-signs", "warning-signs/"), ("nav.about", "about/"))))  # the home page has no nav entry
def test_on_a_narrow_phone_the_current_page_link_starts_in_view(narrow_phone, base_url, path, name):
    page = narrow_phone.new_page()
    try:
        page.goto(base_url + path)
        page.wait_for_load_state("load")
        nav_name = text("es" if path.startswith("es/") else "en", "frame.nav")
        link = page.get_by_role("navigation", name=nav_name).get_by_role("link", name=name, exact=True)
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= PHONES[0]["width"], box
    finally:
        page.close()

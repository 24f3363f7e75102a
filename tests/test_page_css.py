"""Each page carries the CSS of its own components only (buildsite/styles.py), and a runner sees
no difference: every element of every page, in every state the engine brings it to, on screen
and printed, has the same computed style as with the whole theme's CSS.

Why compare computed styles rather than match the dropped files' selectors against the markup:
the markup a page can hold is made in three places (the templates, pyapp's views, web/shell.js),
and a selector can match through the cascade in ways a reading of the markup misses (`:has()`,
`body:has(#log) .dock`, custom properties); the browser's own answer, element by element, misses
none of them in the states it is shown in. The states are those a runner reaches (each outcome,
the stop card, an answer refused, a later link's question, the log's hint, entries, chart,
problems, its confirm and undo), and one that shows every hidden part of the page at once."""

import re

import pytest

from buildsite import styles
from buildsite.site_pages import PAGES, in_language
from pyapp import log_store
from pyapp.texts import LANGUAGES
from tests.checker import answer, settle, wait_for_engine, whole_link
from tests.conftest import PHONE, fresh_tab
from tests.log_entries import CHEST, answered, day
from tests.log_pages import log_of, preset

pytestmark = pytest.mark.browser

WHOLE_THEME = styles.css(styles.COMPONENTS)  # every component of theme/css/, in the cascade's order

# The elements whose style differs between the page's own CSS and `whole`, each with the first
# properties that differ: every element's computed style (custom properties aside: what they
# change shows in the properties that use them), and its ::before and ::after where it has one.
# Both read in one task, so nothing of the page's own scripts runs in between.
# Laid out with every part rendered: what content-visibility skips is sized by when it was last
# on screen, not by the CSS, so the skipping itself is compared as the properties that ask for it.
# An element not rendered at all (in a closed <details>, under display:none) has no size to see.
DIFFERENCES = """whole => {
  const size = /^(width|height|(block|inline)-size|top|bottom|left|right|inset-.*|(perspective|transform)-origin|grid-template-(columns|rows))$/;
  const described = (style, all, shown) => all ? [...style].filter(p => !p.startsWith("--") && (shown || !size.test(p)))
      .map(p => p + ":" + style.getPropertyValue(p)).join(";") : "content:" + style.content;
  const elements = [document.documentElement, ...document.documentElement.querySelectorAll("body, body *")];
  const snapshot = () => {
    const skipping = elements.map(el => getComputedStyle(el).contentVisibility + " " + getComputedStyle(el).containIntrinsicSize);
    const rendered = document.createElement("style");
    rendered.textContent = "* { content-visibility: visible !important }";
    document.head.append(rendered);
    const styles = elements.map((el, i) => [null, "::before", "::after"].map(pseudo => {
      const style = getComputedStyle(el, pseudo);
      return described(style, !pseudo || style.content !== "none", el.checkVisibility())
          + (pseudo ? "" : ";skipping:" + skipping[i]);
    }));
    rendered.remove();
    return styles;
  };
  const name = el => el.tagName.toLowerCase() + (el.id ? "#" + el.id : "")
      + (typeof el.className === "string" && el.className ? "." + el.className.trim().replace(/ +/g, ".") : "");
  const differ = (a, b) => {
    const other = new Set(b.split(";"));
    return a.split(";").filter(p => !other.has(p)).slice(0, 4).join("; ");
  };
  const page = document.querySelector("style"), own = page.textContent;
  const before = snapshot();
  page.textContent = whole;
  const after = snapshot();
  page.textContent = own;
  return before.flatMap((styles, i) => styles.flatMap((style, pseudo) => style === after[i][pseudo] ? []
      : [name(elements[i]) + ["", "::before", "::after"][pseudo] + " — " + differ(style, after[i][pseudo])]));
}"""


@pytest.fixture(scope="module")
def any_css_context(browser):
    """A phone browser context that lets a test put the whole theme's CSS in place of the page's
    own (the page's CSP allows its own style only: that it holds is tests/test_site_pages.py's),
    shared by the module's tests: its pages share the HTTP cache, so the engine's files are
    fetched and compiled once."""
    context = browser.new_context(viewport=PHONE, service_workers="block", bypass_csp=True)
    yield context
    context.close()


@pytest.fixture
def any_css_page(any_css_context, base_url):
    """A new tab of that context, nothing of the site stored (fresh_tab)."""
    page = fresh_tab(any_css_context, base_url)
    yield page
    page.close()


def differences_from_whole_theme(page):
    """What the page's own CSS shows differently from the whole theme's, on screen and printed."""
    found = []
    for media in ("screen", "print"):
        page.emulate_media(media=media)
        found += [media + ": " + line for line in page.evaluate(DIFFERENCES, WHOLE_THEME)]
    page.emulate_media(media="screen")
    return found


def assert_looks_the_same(page):
    found = differences_from_whole_theme(page)
    assert found == [], "\n".join(found)


def open_page(page, base_url, path):
    page.goto("about:blank")
    page.goto(base_url + path)
    if re.match(r"(es/)?(check|log)/", path):
        assert wait_for_engine(page) == "ready"
        settle(page)


def show_every_hidden_part(page):
    """Not a state a runner reaches: every part of the page the engine may show, shown at once,
    and the loading note and the watchdog as while it loads."""
    page.evaluate("""() => { document.querySelectorAll("[hidden]").forEach(el => { el.hidden = false });
                             document.documentElement.dataset.engine = "loading" }""")


GUIDANCE = [in_language(path, lang) for lang in LANGUAGES for path in PAGES if path not in ("check/", "log/")]


@pytest.mark.parametrize("path", GUIDANCE + ["no-such-page/", "es/no-such-page/"])
def test_a_guidance_page_looks_the_same_as_with_the_whole_theme(any_css_page, base_url, path):
    open_page(any_css_page, base_url, path)
    assert_looks_the_same(any_css_page)


CHECK_STATES = ("", "#pain=2", "#" + whole_link({"pain": 0}), "#" + whole_link({"pain": 2}),
                "#" + whole_link({"pain": 5}), "#" + whole_link({"pain": 2, "neuro": True}), "#trauma=1", "#pain=11")


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("fragment", CHECK_STATES)
def test_the_check_looks_the_same_as_with_the_whole_theme(any_css_page, base_url, lang, fragment):
    """Empty, partly answered, each outcome (the stop card with "modify"), an answer refused."""
    open_page(any_css_page, base_url, in_language("check/", lang) + fragment)
    assert_looks_the_same(any_css_page)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_checks_later_states_look_the_same_as_with_the_whole_theme(any_css_page, base_url, lang):
    """The hint from a saved log, a later link's question, every hidden part shown."""
    page = any_css_page
    preset(page, base_url, log_of((answered(2), day(-1) + "T08:00")))
    open_page(page, base_url, in_language("check/", lang))
    page.wait_for_function("document.documentElement.dataset.log === 'read'")
    page.locator(".log-hint").wait_for()
    answer(page, CHEST, lang)
    page.evaluate("f => { location.hash = f }", whole_link({"pain": 0}))
    page.locator("#link-prompt").wait_for()
    settle(page)
    assert_looks_the_same(page)
    show_every_hidden_part(page)
    assert_looks_the_same(page)


@pytest.mark.parametrize("path", ("", "check/", "log/", "offline/", "no-such-page/", "es/", "es/check/", "es/log/",
                                  "es/no-such-page/"))
def test_every_page_template_is_styled_by_its_own_style_under_its_csp(page, base_url, path):
    """Chromium refuses an inline style its CSP does not allow, says so on the console, and the page
    shows unstyled (a body's default margin)."""
    open_page(page, base_url, path)
    assert page.evaluate("getComputedStyle(document.body).marginTop") == "0px"
    assert [error for error in page.log.errors if "status of 404" not in error] == []  # the 404 page's own


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_log_looks_the_same_as_with_the_whole_theme(any_css_page, base_url, lang):
    """Empty; then full (entries of every level, the chart, a stored item it cannot read), its
    confirm and an undo; then every hidden part shown."""
    page, log = any_css_page, in_language("log/", lang)
    open_page(page, base_url, log)
    assert_looks_the_same(page)
    checks = [(answers, day(-offset) + "T08:00") for offset, answers in enumerate(
        (answered(0), answered(2), answered(5), answered(2, neuro=True), CHEST))]
    unreadable = [log_store.entry_key(day(-9) + "T08:00~0000dead"), "x"]
    preset(page, base_url, log_of(*checks) + [unreadable])
    open_page(page, base_url, log)
    page.get_by_test_id("log-problems").wait_for()
    assert page.get_by_test_id("log-entry").count() == len(checks)
    assert_looks_the_same(page)
    page.get_by_test_id("log-clear").click()
    page.get_by_test_id("log-entry").first.locator("[data-action=delete]").click()
    settle(page)
    assert_looks_the_same(page)
    show_every_hidden_part(page)
    assert_looks_the_same(page)

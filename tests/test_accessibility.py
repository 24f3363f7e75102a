"""WCAG 2.2 AA: axe-core on every page and checker state in both colour schemes, in every
language; Lighthouse's accessibility and SEO audits on every Spanish page (the bench runs them
on the English ones); the keyboard alone, touch target size and the outcome's live region."""

import json
import os
import subprocess

import pytest
from axe_playwright_python.sync_playwright import Axe

from buildsite import install
from buildsite.render import form_groups
from buildsite.site_pages import PAGES, in_language
from pyapp import assess, validate
from pyapp.outcomes import title
from pyapp.questions import QUESTION_BY_KEY, answer_values
from pyapp.share import link_text
from pyapp.texts import text
from tests.a11y import AXE_OPTIONS, FOCUSED, MIN_TARGET_PX, TARGETS
from tests.checker import answer, form_answers, outcome_level, settle, wait_for_engine, whole_link
from tests.conftest import PHONE, ROOT

pytestmark = pytest.mark.browser


# Its tests change nothing of the browser context itself: each page is a new tab of one shared
# context (tests/conftest.py, page).
TABS_SHARE_A_CONTEXT = True

# (path, what the page must show before axe looks): a level, "error", or None for a plain page.
# Every page of the site (/log/ empty: tests/test_log_page.py runs axe on a full one), the
# check in each of its states, and the 404 page.
STATES = tuple((page, None) for page in PAGES if page != "check/") + (
    ("no-such-page/", None),  # the 404 page
    ("check/", ""),
    ("check/#pain=2", ""),  # partly answered: questions left
    ("check/#" + whole_link({"pain": 0}), "run"),
    ("check/#" + whole_link({"pain": 2}), "modify"),
    ("check/#" + whole_link({"pain": 5}), "stop"),
    ("check/#" + whole_link({"pain": 2, "neuro": True}), "professional"),
    ("check/#trauma=1", "urgent"),  # decided by one answer
    ("check/#pain=11", "error"),
) + tuple((in_language(page, "es"), None) for page in PAGES if page != "check/") + (
    ("es/no-such-page/", None),
    ("es/check/", ""),
    ("es/check/#" + whole_link({"pain": 2}), "modify"),  # the stop card too
    ("es/check/#" + whole_link({"pain": 2, "neuro": True}), "professional"),
    ("es/check/#trauma=1", "urgent"),
    ("es/check/#pain=11", "error"),
)


SCHEMES = ("light", "dark")


@pytest.fixture(scope="module")
def axe_page(browser):
    """One phone-sized tab shared by the module's axe runs: each page or state is loaded once and
    audited in each colour scheme in turn (the site's colours follow the scheme by CSS alone,
    buildsite/palette.py, so a page switched to dark is the page loaded in dark)."""
    context = browser.new_context(viewport=PHONE, service_workers="block")
    yield context.new_page()
    context.close()


def audit_in_each_scheme(page):
    """{scheme: axe's results} for the page as it is, in each colour scheme."""
    results = {}
    for scheme in SCHEMES:
        page.emulate_media(color_scheme=scheme)
        assert page.evaluate("matchMedia('(prefers-color-scheme: dark)').matches") == (scheme == "dark")
        results[scheme] = Axe().run(page, options=AXE_OPTIONS)
    page.emulate_media(color_scheme=SCHEMES[0])
    return results


def open_state(page, base_url, path, state):
    page.goto("about:blank")  # a fresh load each time, as a shared link is opened
    page.goto(base_url + path)
    if path.removeprefix("es/").startswith("check/"):
        assert wait_for_engine(page) == "ready"
        if state == "error":
            assert page.get_by_test_id("error").is_visible()
        else:
            assert outcome_level(page) == state
    else:
        assert page.locator("h1").count() == 1


@pytest.mark.parametrize("path,state", STATES, ids=[p[:40] or "home" for p, _ in STATES])
def test_axe_finds_no_violation_in_either_colour_scheme(axe_page, base_url, path, state):
    open_state(axe_page, base_url, path, state)
    for scheme, results in audit_in_each_scheme(axe_page).items():
        assert results.violations_count == 0, scheme + ": " + results.generate_report()


@pytest.mark.parametrize("lang", ("en", "es"))
def test_axe_finds_no_violation_while_the_check_asks_about_a_later_link(axe_page, base_url, lang):
    """H-LINK-2: a link arriving after the page loaded replaces the runner's answers; the question
    the check asks instead is named, takes the focus, and its buttons are big enough for a finger."""
    page = axe_page
    page.goto("about:blank")
    page.goto(base_url + in_language("check/", lang))
    assert wait_for_engine(page) == "ready"
    answer(page, {"chest_or_breathing": True}, lang)
    page.evaluate("f => { location.hash = f }", whole_link({"pain": 0}))
    prompt = page.get_by_role("alertdialog", name=text(lang, "check.link_other_answers"))
    prompt.wait_for()
    settle(page)
    assert outcome_level(page) == "urgent" and page.evaluate("document.activeElement.id") == "link-prompt"
    small = [t for t in page.evaluate(TARGETS) if t["what"].startswith("button")
             and (t["width"] < MIN_TARGET_PX or t["height"] < MIN_TARGET_PX)]
    assert small == []
    for scheme, results in audit_in_each_scheme(page).items():
        assert results.violations_count == 0, scheme + ": " + results.generate_report()


# Lighthouse -------------------------------------------------------------------------

LIGHTHOUSE = ROOT / "node_modules" / "lighthouse"
LIGHTHOUSE_PAGES = ROOT / "tests" / "lighthouse_pages.mjs"
LIGHTHOUSE_CATEGORIES = ("accessibility", "seo")


def lighthouse(urls, report):
    """{url: ({category: score out of 100}, [(category, audit, title)] of what fell short)}: Lighthouse
    on each page, one after another in one Chrome (a Chrome and a Lighthouse each cost seconds to start)."""
    if not LIGHTHOUSE.exists():
        pytest.fail("no {}: run `python3 build.py test`, which installs the npm dev packages".format(LIGHTHOUSE))
    done = subprocess.run(["node", str(LIGHTHOUSE_PAGES), str(report), ",".join(LIGHTHOUSE_CATEGORIES),
                           " ".join(install.CHROMIUM_ARGS), *urls],
                          env=dict(os.environ, CHROME_PATH=install.chromium_path()), capture_output=True,
                          text=True, timeout=600, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    return {url: shortfalls(result) for url, result in json.loads(report.read_text()).items()}


def shortfalls(result):
    if result.get("runtimeError"):  # the page could not be audited: no scores
        return {}, [result["runtimeError"]["message"]]
    scores = {name: round(result["categories"][name]["score"] * 100) for name in LIGHTHOUSE_CATEGORIES}
    short = [(name, ref["id"], result["audits"][ref["id"]]["title"]) for name in LIGHTHOUSE_CATEGORIES
             for ref in result["categories"][name]["auditRefs"]
             if ref["weight"] and (result["audits"][ref["id"]]["score"] or 0) < 1]
    return scores, short


def test_lighthouse_finds_every_spanish_page_accessible_and_findable(base_url, tmp_path):
    urls = [base_url + in_language(page, "es") for page in PAGES]
    found = lighthouse(urls, tmp_path / "report.json")
    assert list(found) == urls, "every page audited"
    short = {url: short for url, (scores, short) in found.items() if scores != {"accessibility": 100, "seo": 100}}
    assert short == {}


def test_axe_finds_a_violation_where_there_is_one(axe_page, base_url):
    """The audit can fail: the same run flags a form control without a name, in either scheme."""
    open_state(axe_page, base_url, "about/", None)
    axe_page.evaluate("document.querySelector('main').append(document.createElement('input'))")
    for scheme, results in audit_in_each_scheme(axe_page).items():
        assert [v["id"] for v in results.response["violations"]] == ["label"], scheme


# The keyboard alone ---------------------------------------------------------------

FORM_ORDER = [question["key"] for _legend, group in form_groups() for question in group]
KEYBOARD_ANSWERS = validate({"pain": 2, "quality": "sharp", "worsening": True, "duration": "1_to_2_weeks"})


def give_answer_by_keyboard(page, focused, answers):
    """Choose the wanted answer of the focused, unanswered radio group with Space or the arrow keys.

    Tabbing into a group with nothing chosen focuses its first radio without choosing it;
    Space chooses that one, and each arrow press moves on and chooses the next.
    """
    question = QUESTION_BY_KEY[focused["name"]]
    values = [link_text(question, value) for value in answer_values(question)]
    assert focused["value"] == values[0] and not page.evaluate("document.activeElement.checked")
    steps = values.index(link_text(question, answers[question["key"]]))
    if steps == 0:
        page.keyboard.press("Space")
    for _ in range(steps):
        page.keyboard.press("ArrowRight")


def test_the_whole_check_can_be_done_with_the_keyboard_alone(page, base_url):
    page.goto(base_url + "check/")
    assert wait_for_engine(page) == "ready"
    answered, stops = set(), []
    for _ in range(80):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        stops.append(focused)
        assert focused["tag"] != "body", "focus fell out of the page after {}".format(stops[-2:])
        assert focused["shown"], "the focused control is hidden or covered: {}".format(focused)
        if focused["name"] in KEYBOARD_ANSWERS and focused["name"] not in answered:
            give_answer_by_keyboard(page, focused, KEYBOARD_ANSWERS)
            answered.add(focused["name"])
            settle(page)  # as a person waits for the page to answer
        if focused["tag"] == "button" and focused["text"] == "Share these answers":
            break
    else:
        pytest.fail("Tab never reached the result's buttons: {}".format(stops[-5:]))
    assert answered == set(KEYBOARD_ANSWERS)
    expected = assess(KEYBOARD_ANSWERS)
    assert form_answers(page) == expected["answers"]
    assert outcome_level(page) == expected["level"] == "stop"
    assert page.get_by_test_id("outcome").get_by_role("heading", level=2).is_visible()
    # each question is one tab stop (a radio group), in the order the form shows them,
    # the signs of an emergency first
    assert [stop["name"] for stop in stops if stop["name"]] == FORM_ORDER
    assert FORM_ORDER[:3] == ["chest_or_breathing", "legs_or_bladder", "trauma"]


def test_every_focused_control_shows_a_focus_ring(page, base_url):
    page.goto(base_url + "check/#" + whole_link({"pain": 2}))
    assert wait_for_engine(page) == "ready"
    missing = []
    for _ in range(60):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused["tag"] == "body":
            break
        if not focused["outline"] and focused["type"] != "radio":
            missing.append(focused)
        if focused["type"] == "radio" and focused["name"] == "pain":
            label_outline = page.evaluate(
                "getComputedStyle(document.activeElement.closest('label')).outlineStyle")
            if label_outline == "none":
                missing.append(focused)
    assert missing == []


# Touch targets --------------------------------------------------------------------

@pytest.mark.parametrize("path", ("check/", "es/check/"))
def test_every_control_on_the_checker_is_at_least_44_px_on_a_phone(page, base_url, path):
    page.goto(base_url + path + "#" + whole_link({"pain": 2, "neuro": True}))
    assert wait_for_engine(page) == "ready" and outcome_level(page) == "professional"
    assert page.viewport_size["width"] == 412
    targets = page.evaluate(TARGETS)
    kinds = {target["what"].split()[0] for target in targets}
    assert kinds == {"a", "button", "label"} and len(targets) > 40
    small = [t for t in targets if t["width"] < MIN_TARGET_PX or t["height"] < MIN_TARGET_PX]
    assert small == [], "\n".join("{what}: {width} x {height} px".format(**t) for t in small)


# The outcome's live region --------------------------------------------------------

@pytest.mark.parametrize("fragment,level", (
    (whole_link({"pain": 0}), "run"), (whole_link({"pain": 2}), "modify"), (whole_link({"pain": 5}), "stop"),
    (whole_link({"pain": 2, "neuro": True}), "professional"), ("trauma=1", "urgent"),
))
def test_the_result_is_announced_politely_unless_urgent(page, base_url, fragment, level):
    page.goto(base_url + "check/#" + fragment)
    assert wait_for_engine(page) == "ready" and outcome_level(page) == level
    verdict = page.locator("#verdict")
    assert verdict.get_attribute("aria-live") == ("assertive" if level == "urgent" else "polite")
    headline = "Your result: " + title("en", level) if level != "urgent" else text("en", "care.injury")
    assert verdict.inner_text().startswith(headline), "an urgent result leads with the action"


def test_the_announcement_calms_down_when_the_urgent_sign_is_taken_back(page, base_url):
    page.goto(base_url + "check/#" + whole_link({"pain": 2, "trauma": True}))
    assert wait_for_engine(page) == "ready"
    assert page.locator("#verdict").get_attribute("aria-live") == "assertive"
    answer(page, {"trauma": False})
    assert outcome_level(page) == "modify"
    assert page.locator("#verdict").get_attribute("aria-live") == "polite"

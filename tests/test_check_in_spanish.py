"""/es/check/ in the browser: the same check, in Spanish (ARCHITECTURE.md rule 9).

By form and by link, every level shows the engine's Spanish result; a share link gives the
same answers and level in both languages; a saved result reads in the language that lists it;
every way the engine can fail to start or break is said in Spanish, with no English word.
(The language link that keeps a share link's answers: tests/test_site_pages.py; the failures
that need a deploy of their own, a worker that stops answering and a damaged saved copy:
tests/test_failure_modes.py.)
"""

import re

import pytest
from playwright.sync_api import expect

from pyapp import assess
from pyapp.policy import LEVELS
from pyapp.texts import text
from tests.checker import (answer, answer_all, assert_says_in_spanish, failure_said, form_answers, outcome_level,
                           problem_said, wait_for_engine, whole_link)

pytestmark = pytest.mark.browser

# Its tests change nothing of the browser context itself: each page is a new tab of one shared
# context (tests/conftest.py, page).
TABS_SHARE_A_CONTEXT = True

# One answer set a level, most urgent first: the SPEC's own examples of each.
EVERY_LEVEL = (
    {"pain": 6, "chest_or_breathing": True},
    {"pain": 0, "neuro": True},
    {"pain": 5},
    {"pain": 2},
    {"pain": 0},
)


def test_the_answer_sets_cover_every_level():
    assert [assess(answers)["level"] for answers in EVERY_LEVEL] == list(LEVELS)


def shows_the_spanish_result(page, answers):
    """The card says what the engine says in Spanish, and nothing of the English result."""
    spanish, english = assess(answers, "es"), assess(answers)
    outcome = page.get_by_test_id("outcome")
    assert outcome_level(page) == spanish["level"] == english["level"]
    assert outcome.get_by_role("heading", level=2).inner_text() == spanish["title"]
    assert outcome.locator(".now").inner_text() == spanish["now"]
    reasons = outcome.locator(".reasons li")
    for item, reason in zip(reasons.all(), spanish["reasons"]):
        assert item.inner_text().startswith(reason["text"])
        assert item.get_by_role("link").get_attribute("href") == "../" + reason["guide"]
    assert reasons.count() == len(spanish["reasons"])
    shown = outcome.inner_text()
    assert english["title"] not in shown and english["now"] not in shown
    assert page.locator("#verdict").inner_text().startswith(spanish["headline"])


@pytest.mark.parametrize("answers", EVERY_LEVEL, ids=LEVELS)
def test_filling_the_spanish_form_gives_the_spanish_result(page, base_url, answers):
    page.goto(base_url + "es/check/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert wait_for_engine(page) == "ready"
    answer_all(page, answers, "es")
    shows_the_spanish_result(page, answers)
    assert page.log.errors == []


@pytest.mark.parametrize("answers", EVERY_LEVEL, ids=LEVELS)
def test_a_share_link_gives_the_same_answers_and_level_in_both_languages(page, base_url, answers):
    for path in ("check/", "es/check/"):
        page.goto(base_url + path + "#" + whole_link(answers))
        assert wait_for_engine(page) == "ready"
        assert outcome_level(page) == assess(answers)["level"]
        assert form_answers(page) == assess(answers)["answers"]
    shows_the_spanish_result(page, answers)


def test_a_bad_link_is_explained_in_spanish(page, base_url):
    page.goto(base_url + "es/check/#pain=11")
    assert wait_for_engine(page) == "ready"
    error = page.get_by_test_id("error")
    error.wait_for()
    assert "pain" in error.inner_text() and "del 0 al 10" in error.inner_text()
    assert "must be" not in error.inner_text()


def test_a_result_saved_in_one_language_shows_in_the_other_in_that_language(page, base_url):
    answers = {"pain": 2}
    page.goto(base_url + "es/check/#" + whole_link(answers))
    assert wait_for_engine(page) == "ready"
    page.get_by_test_id("save-to-log").click()
    page.locator("#log-save-status").filter(has_text="registro").wait_for()
    for path, lang in (("log/", "en"), ("es/log/", "es")):
        page.goto(base_url + path)
        entry = page.get_by_test_id("log-entry")
        entry.wait_for()
        assert entry.get_attribute("data-level") == "modify"
        # as it is drawn: an entry is laid out (content-visibility) a frame after it is added
        expect(entry.locator(".entry-title")).to_have_text(assess(answers, lang)["title"], use_inner_text=True)


# Every failure, in Spanish ---------------------------------------------------------------------

def break_the_engine_files(page):
    """The page as served with its list of engine files cut short: a page damaged on its way."""
    def damaged(route):
        body = route.fetch().text()
        route.fulfill(body=re.sub(r"data-engine-files='[^']*'", "data-engine-files='{\"entry'", body, count=1),
                      headers={"Content-Type": "text/html; charset=utf-8"})
    page.route(re.compile(r".*/es/check/$"), damaged)


# what goes wrong: (how it is made to, the reason the page gives)
FAILING_STARTS = {
    # a file the engine needs cannot be had: checked against its hash as it comes, it reads as damaged
    "file-not-found": (lambda page: page.route("**/micropython.wasm", lambda route: route.fulfill(status=404, body="")),
                       "damaged"),
    "file-damaged": (lambda page: page.route("**/micropython.wasm", lambda route: route.fulfill(
        status=200, body=b"\0asm damaged", headers={"Content-Type": "application/wasm"})), "damaged"),
    "page-damaged": (break_the_engine_files, "page_damaged"),
    "no-webassembly": (lambda page: page.add_init_script("delete window.WebAssembly"), "browser"),
}


@pytest.mark.parametrize("fault", sorted(FAILING_STARTS))
def test_an_engine_that_cannot_start_is_said_in_spanish(page, base_url, fault):
    """H-LOAD-1: whatever keeps the engine from starting, /es/check/ says so in Spanish, the reason
    and what to do, and points to the warning signs; no English detail, and no result."""
    make_it_fail, why = FAILING_STARTS[fault]
    make_it_fail(page)
    page.goto(base_url + "es/check/")
    assert wait_for_engine(page) == "failed"
    assert_says_in_spanish(page, failure_said("es", why))
    assert page.locator("#engine-status").inner_text() == text("es", "check.failed_status")
    assert outcome_level(page) == ""


def test_an_engine_that_takes_too_long_is_said_in_spanish(context, base_url):
    page = context.new_page()  # a context of its own: the page's clock is its context's
    page.route("**/micropython.wasm", lambda route: None)  # it never comes
    page.clock.install()
    page.goto(base_url + "es/check/")
    page.clock.run_for(61_000)  # the shell's 60 s limit
    assert wait_for_engine(page) == "failed"
    assert_says_in_spanish(page, failure_said("es", "slow"))


def test_an_error_in_the_checks_python_is_said_in_spanish_and_its_traceback_logged(page, base_url):
    """A worker-side exception: the runner reads a short message in Spanish; the console gets the
    traceback, for whoever fixes it."""
    page.goto(base_url + "es/check/#" + whole_link({"pain": 2}))
    assert wait_for_engine(page) == "ready" and outcome_level(page) == "modify"
    console = []
    page.on("console", lambda message: console.append(message.text))
    page.evaluate("""() => { const radio = document.querySelector("input[name=pain][value='3']");
                             radio.value = "99"; radio.click(); }""")  # a bug: an answer the engine refuses
    assert_says_in_spanish(page, problem_said("es"))
    assert outcome_level(page) == ""
    page.wait_for_timeout(500)
    logged = "\n".join(console)  # the worker's stderr, a line a message
    assert "Traceback (most recent call last):" in logged and 'File "pyapp/validate.py"' in logged, logged
    answer(page, {"pain": 2}, "es")  # the form still works for a retry
    assert outcome_level(page) == "modify"

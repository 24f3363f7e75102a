"""/es/check/ in the browser: the same check, in Spanish (ARCHITECTURE.md rule 9).

By form and by link, every level shows the engine's Spanish result; a share link gives the
same answers and level in both languages; a saved result reads in the language that lists it.
(The language link that keeps a share link's answers: tests/test_site_pages.py.)
"""

import pytest

from pyapp import assess
from pyapp.policy import LEVELS
from tests.checker import answer_all, form_answers, outcome_level, wait_for_engine, whole_link

pytestmark = pytest.mark.browser

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
        assert entry.locator(".entry-title").inner_text() == assess(answers, lang)["title"]

"""Driving the checker page as a person would, for the browser tests."""

import re

from pyapp import validate
from pyapp.patch import WHY
from pyapp.questions import ASKED, QUESTION_BY_KEY, SCALE, YES_NO, YES_NO_ANSWERS
from pyapp.share import LINK_BOOLS, to_fragment
from pyapp.texts import catalogue, DEFAULT, text
from buildsite.render import pain_meaning

ENGINE_SETTLED = "document.documentElement.dataset.engine !== 'loading'"
LOAD_TIMEOUT_MS = 30_000
YES_NO_LABELS = {value: label for value, _spelling, label in YES_NO_ANSWERS}


def wait_for_engine(page):
    page.wait_for_function(ENGINE_SETTLED, timeout=LOAD_TIMEOUT_MS)
    return page.evaluate("document.documentElement.dataset.engine")


def settle(page):
    """Wait until the page has answered every event sent to its worker (<html data-pending>)."""
    page.wait_for_function("!document.documentElement.dataset.pending"
                           " || document.documentElement.dataset.pending === '0'", timeout=LOAD_TIMEOUT_MS)


def whole_link(answers):
    """A share link's fragment that answers every question: the given answers, defaults for the rest."""
    return to_fragment(validate(answers))


def control(page, key, value, lang=DEFAULT):
    """The radio a person picks to give one answer, found by what they read (in lang)."""
    question = QUESTION_BY_KEY[key]
    group = page.get_by_role("group", name=text(lang, question["text"]))
    if question["kind"] == YES_NO:
        name = text(lang, YES_NO_LABELS[value])
    elif question["kind"] == SCALE:
        meaning = pain_meaning(lang, value)
        name = "{}, {}".format(value, meaning.lower()) if meaning else str(value)
    else:
        name = text(lang, dict(question["choices"])[value])
    return group.get_by_role("radio", name=name, exact=True)


def answer(page, answers, lang=DEFAULT):
    """Give exactly these answers, in the order the check asks them."""
    for key in ASKED:
        if key in answers:
            control(page, key, answers[key], lang).check()
    settle(page)


def answer_all(page, answers, lang=DEFAULT):
    """Answer every question: the given answers, and the defaults of ARCHITECTURE.md rule 1 for the rest."""
    answer(page, validate(answers), lang)


def outcome_level(page):
    settle(page)
    return page.get_by_test_id("outcome").get_attribute("data-level")


def form_answers(page):
    """What the form shows, as answers; an unanswered question is left out."""
    answers = {}
    for key in ASKED:
        question = QUESTION_BY_KEY[key]
        checked = page.locator("[name={}]:checked".format(key))
        if checked.count():
            value = checked.get_attribute("value")
            if question["kind"] == YES_NO:
                answers[key] = LINK_BOOLS[value]
            else:
                answers[key] = int(value) if question["kind"] == SCALE else value
    return answers


# What the page says when its engine cannot start or breaks (web/shell.js, from pyapp.patch.loader_words)

def failure_said(lang, why, page="check"):
    """The whole message of a page whose engine could not start, for the reason "shell.why_<why>"."""
    return text(lang, page + ".failed_text", why=text(lang, "shell.why_" + why), link=text(lang, "shell.when_to_stop"))


def broken_said(lang, page="check"):
    """The whole message of a page whose engine broke once it was ready."""
    return text(lang, page + ".broken", link=text(lang, "shell.when_to_stop"))


def problem_said(lang):
    """The check's own message after an error in its Python (pyapp.check_page.problem)."""
    return text(lang, "check.problem", link=text(lang, "check.warning_signs"))


FAILURE_KEYS = ["check.failed_status", "check.failed_text", "check.broken", "check.problem", "check.warning_signs",
                "shell.when_to_stop"] + ["shell.why_" + why for why in WHY]


def _words(texts):
    return {word.lower() for words in texts for word in re.findall(r"[^\W\d_]{3,}", words)}


def english_failure_words(shown):
    """The words of the English failure texts (not also Spanish) that shown says: none, in Spanish."""
    english = _words(catalogue("en")[key] for key in FAILURE_KEYS) - _words(catalogue("es").values())
    return sorted(english & _words([shown]))


def assert_says_in_spanish(page, said):
    """/es/check/'s error box says exactly said, with the link to the warning signs, and no English."""
    error = page.get_by_test_id("error")
    error.wait_for()
    shown = error.inner_text() + " " + page.locator("#engine-status").inner_text()
    assert error.inner_text() == said, error.inner_text()
    assert english_failure_words(shown) == [], shown
    assert error.get_by_role("link").get_attribute("href") == "../warning-signs/"

"""Driving the checker page as a person would, for the browser tests."""

from pyapp.questions import QUESTION_BY_KEY, QUESTIONS, SCALE, YES_NO
from buildsite.render import pain_meaning

ENGINE_SETTLED = "document.documentElement.dataset.engine !== 'loading'"
LOAD_TIMEOUT_MS = 30_000


def wait_for_engine(page):
    page.wait_for_function(ENGINE_SETTLED, timeout=LOAD_TIMEOUT_MS)
    return page.evaluate("document.documentElement.dataset.engine")


def control(page, key, value):
    """The control a person uses to give one answer, found by what they read."""
    question = QUESTION_BY_KEY[key]
    if question["kind"] == YES_NO:
        return page.get_by_role("checkbox", name=question["text"])
    group = page.get_by_role("group", name=question["text"])
    if question["kind"] == SCALE:
        meaning = pain_meaning(value)
        name = "{}, {}".format(value, meaning.lower()) if meaning else str(value)
        return group.get_by_role("radio", name=name, exact=True)
    return group.get_by_role("radio", name=dict(question["choices"])[value], exact=True)


def answer(page, answers):
    for question in QUESTIONS:
        key = question["key"]
        value = answers.get(key, question["default"])
        if question["kind"] == YES_NO:
            control(page, key, True).set_checked(value)
        elif value is not None:
            control(page, key, value).check()


def outcome_level(page):
    return page.get_by_test_id("outcome").get_attribute("data-level")


def form_answers(page):
    """What the form shows, as answers."""
    answers = {}
    for question in QUESTIONS:
        key = question["key"]
        if question["kind"] == YES_NO:
            answers[key] = page.locator("[name={}]".format(key)).is_checked()
        else:
            checked = page.locator("[name={}]:checked".format(key))
            if checked.count():
                value = checked.get_attribute("value")
                answers[key] = int(value) if question["kind"] == SCALE else value
    return answers

"""Questions and answers as a runner reads them, in their language: the form's
labels, the printed summary's rows, the log's pain and answers."""

from pyapp.questions import ASKED, CHOICE, QUESTION_BY_KEY, YES_NO, YES_NO_ANSWERS
from pyapp.texts import text

NOT_ASKED = "answer.not_asked"


def answer_label(lang, question, value):
    """An answer as the runner reads it: "Yes", a choice's label, "3 out of 10", or "Not answered"."""
    if value is None:
        return text(lang, "answer.none")
    if question["kind"] == YES_NO:
        return text(lang, [label for known, _spelling, label in YES_NO_ANSWERS if known == value][0])
    if question["kind"] == CHOICE:
        return text(lang, dict(question["choices"])[value])
    return text(lang, "answer.scale", value=value)


def answer_rows(lang, answers, not_asked=()):
    """(question, answer as the runner reads it) for every question, in the order asked; a question
    whose key is in not_asked (a logged result saved before it was asked, pyapp.log.not_asked)
    reads "Not asked then", never "Not answered"."""
    rows = []
    for key in ASKED:
        question = QUESTION_BY_KEY[key]
        answer = text(lang, NOT_ASKED) if key in not_asked else answer_label(lang, question, answers.get(key))
        rows.append((text(lang, question["text"]), answer))
    return rows

"""assess(): answers in, the result of ARCHITECTURE.md rule 2 out; and the same for partial answers.

The level and the reason ids come from the rules alone; lang only picks the words
(ARCHITECTURE.md rule 9), so every language gives the same decision.
"""

from pyapp.outcomes import CAVEAT, advice, first_line, headline, reason, title
from pyapp.policy import decide
from pyapp.questions import ASKED
from pyapp.texts import DEFAULT, text
from pyapp.validate import validate, validate_given


def result(level, reason_ids, answers, lang=DEFAULT):
    now = first_line(lang, level, reason_ids)
    return {
        "level": level,
        "title": title(lang, level),
        "now": now,
        "headline": headline(lang, level, now),
        "reasons": [reason(lang, reason_id) for reason_id in reason_ids],
        "advice": advice(lang, level, reason_ids),
        "caveat": text(lang, CAVEAT),
        "answers": answers,
    }


def assess(answers, lang=DEFAULT):
    """The result for one answer set, in lang's words; ValueError names what is wrong with it."""
    complete = validate(answers)
    level, reason_ids = decide(complete)
    return result(level, reason_ids, complete, lang)


def assess_partial(answers, lang=DEFAULT):
    """What the check can say from the answers given so far (no defaults).

    {"result": the result when every way of answering the rest gives the same
    level, else None; "open": the unanswered questions, in the order asked}.
    """
    given = validate_given(answers)
    level, reason_ids = decide(given)
    return {
        "result": result(level, reason_ids, given, lang) if level else None,
        "open": [key for key in ASKED if key not in given],
    }

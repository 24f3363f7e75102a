"""assess(): answers in, the result of ARCHITECTURE.md rule 2 out; and the same for partial answers."""

from pyapp.outcomes import CAVEAT, OUTCOMES, advice, first_line, headline, reason
from pyapp.policy import decide
from pyapp.questions import ASKED
from pyapp.validate import validate, validate_given


def result(level, reason_ids, answers):
    outcome = OUTCOMES[level]
    return {
        "level": level,
        "title": outcome["title"],
        "now": first_line(level, reason_ids),
        "headline": headline(level, reason_ids),
        "reasons": [reason(reason_id) for reason_id in reason_ids],
        "advice": advice(level, reason_ids),
        "caveat": CAVEAT,
        "answers": answers,
    }


def assess(answers):
    """The result for one answer set; ValueError names what is wrong with it."""
    complete = validate(answers)
    level, reason_ids = decide(complete)
    return result(level, reason_ids, complete)


def assess_partial(answers):
    """What the check can say from the answers given so far (no defaults).

    {"result": the result when every way of answering the rest gives the same
    level, else None; "open": the unanswered questions, in the order asked}.
    """
    given = validate_given(answers)
    level, reason_ids = decide(given)
    return {
        "result": result(level, reason_ids, given) if level else None,
        "open": [key for key in ASKED if key not in given],
    }

"""assess(): answers in, the result of SPEC section 2 out."""

from pyapp.outcomes import CAVEAT, OUTCOMES, REASONS
from pyapp.policy import decide
from pyapp.validate import validate


def reason(reason_id):
    text, guide = REASONS[reason_id]
    return {"id": reason_id, "text": text, "guide": guide}


def assess(answers):
    """The result for one answer set; ValueError names what is wrong with it."""
    complete = validate(answers)
    level, reason_ids = decide(complete)
    outcome = OUTCOMES[level]
    return {
        "level": level,
        "title": outcome["title"],
        "now": outcome["now"],
        "reasons": [reason(reason_id) for reason_id in reason_ids],
        "advice": list(outcome["advice"]),
        "caveat": CAVEAT,
        "answers": complete,
    }

"""Check one answer set against the questionnaire (and fill in the defaults).

Every problem raises ValueError with one line that names the key and says
what is allowed. Types are checked with `type(x) is ...` because MicroPython
does not count True as an int.
"""

import json

from pyapp.questions import CHOICE, KEYS, QUESTION_BY_KEY, QUESTIONS, SCALE, choice_values

SHOWN_CHARS = 40  # how much of a bad value a message repeats


def shown(value):
    """A short, printable rendering of a value the user gave."""
    try:
        text = json.dumps(value)
    except (TypeError, ValueError):
        text = type(value).__name__
    if len(text) > SHOWN_CHARS:
        text = text[:SHOWN_CHARS] + "\u2026"
    return text


def allowed(question):
    """What a question accepts, in words."""
    if question["kind"] == SCALE:
        return "a whole number from {} to {}".format(question["min"], question["max"])
    if question["kind"] == CHOICE:
        return "one of " + ", ".join('"' + v + '"' for v in choice_values(question))
    return "true or false"


def unknown_key(key):
    return ValueError("unknown key {}: allowed keys are {}".format(shown(key), ", ".join(KEYS)))


def given_twice(key):
    """A key given twice; one the questionnaire does not know is shown quoted and cut short."""
    return ValueError("{}: given twice".format(key if key in QUESTION_BY_KEY else shown(key)))


def is_allowed(question, value):
    kind = question["kind"]
    if kind == SCALE:
        return type(value) is int and question["min"] <= value <= question["max"]
    if kind == CHOICE:
        return type(value) is str and value in choice_values(question)
    return type(value) is bool


def validate_given(answers):
    """The answers as given, each checked; nothing is filled in (SPEC section 3: partial answers)."""
    if type(answers) is not dict:
        raise ValueError("answers: must be an object of key/value pairs, got " + shown(answers))
    unknown = [key for key in answers if key not in QUESTION_BY_KEY]
    if unknown:
        raise unknown_key(sorted(unknown, key=shown)[0])  # the same one whatever the dict's order
    for question in QUESTIONS:
        key = question["key"]
        if key in answers and not is_allowed(question, answers[key]):
            raise ValueError("{}: must be {}, got {}".format(key, allowed(question), shown(answers[key])))
    return dict(answers)


def validate(answers):
    """The complete answer set (defaults filled in), or ValueError."""
    given = validate_given(answers)
    complete = {}
    for question in QUESTIONS:
        key = question["key"]
        if key not in given and question["default"] is None:
            raise ValueError("{}: missing; it is required, {}".format(key, allowed(question)))
        complete[key] = given.get(key, question["default"])
    return complete

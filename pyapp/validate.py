"""Check one answer set against the questionnaire (and fill in the defaults).

Every problem raises AnswerError, a ValueError with one line that names the key and says
what is allowed: in English as str(), in any language as error.words(lang). Types are checked with `type(x) is ...` because MicroPython
does not count True as an int.
"""

import json

from pyapp.questions import CHOICE, KEYS, QUESTION_BY_KEY, QUESTIONS, SCALE, answer_values, choice_values
from pyapp.texts import DEFAULT, plural, shown, text


class AnswerError(ValueError):
    """A problem with answers, said in any language: words(lang) is the message (str() is English)."""

    def __init__(self, message, **values):
        # Its key, not its English: a page in another language has no English catalogue to read it from.
        super().__init__(message)
        self.message = message  # its catalogue key
        self.values = values

    def __str__(self):
        return _words(DEFAULT, self.message, self.values)

    def words(self, lang):
        return _words(lang, self.message, self.values)


def _words(lang, message, values):
    """A message's text; the question given as "allowed" is said as what it allows, and a message
    given a "count" is said in the plural form lang gives that count (pyapp.texts.plural)."""
    filled = {}
    for name, value in values.items():
        filled[name] = allowed(lang, value) if name == "allowed" else value
    if "count" in filled:
        return plural(lang, message, filled.pop("count"), **filled)
    return text(lang, message, **filled)


def said(lang, error):
    """An error's message in lang: ours in any language, any other ValueError as it is."""
    return error.words(lang) if isinstance(error, AnswerError) else str(error)


def allowed(lang, question):
    """What a question accepts, in words."""
    if question["kind"] == SCALE:
        return text(lang, "error.allowed_scale")
    if question["kind"] == CHOICE:
        return text(lang, "error.allowed_choice", values=", ".join('"' + v + '"' for v in choice_values(question)))
    return text(lang, "error.allowed_yes_no")


def unknown_key(key):
    return AnswerError("error.unknown_key", key=shown(key), keys=", ".join(KEYS))


def given_twice(key):
    """A key given twice; one the questionnaire does not know is shown quoted and cut short."""
    return AnswerError("error.given_twice", key=key if key in QUESTION_BY_KEY else shown(key))


# key: (the type of its answers, every answer it allows). A type check as well, since
# True == 1 and 1.0 == 1; `type(x) is`, since MicroPython does not count True as an int.
ALLOWED = {q["key"]: (type(answer_values(q)[0]), set(answer_values(q))) for q in QUESTIONS}


def is_allowed(key, value):
    """Whether key is a question and value one of its answers."""
    rule = ALLOWED.get(key)
    return rule is not None and type(value) is rule[0] and value in rule[1]


def _first_problem(answers):
    """The error for answers with a problem: the same one whatever the dict's order."""
    unknown = [key for key in answers if key not in QUESTION_BY_KEY]
    if unknown:
        return unknown_key(sorted(unknown, key=shown)[0])
    for question in QUESTIONS:
        key = question["key"]
        if key in answers and not is_allowed(key, answers[key]):
            return AnswerError("error.not_allowed", key=key, allowed=question, value=shown(answers[key]))


def validate_given(answers):
    """The answers as given, each checked; nothing is filled in (ARCHITECTURE.md rule 3: partial answers)."""
    if type(answers) is not dict:
        raise AnswerError("error.not_answers", value=shown(answers))
    for key in answers:  # one pass over what was given; the ordered search only when something is wrong
        if not is_allowed(key, answers[key]):
            raise _first_problem(answers)
    return dict(answers)


def validate(answers):
    """The complete answer set (defaults filled in), or ValueError."""
    given = validate_given(answers)
    complete = {}
    for question in QUESTIONS:
        key = question["key"]
        if key not in given and question["default"] is None:
            raise AnswerError("error.missing", key=key, allowed=question)
        complete[key] = given.get(key, question["default"])
    return complete

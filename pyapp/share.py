"""The share link of ARCHITECTURE.md rule 4: `/check/#chest_or_breathing=0&trauma=0&…&pain=3`.

The fragment is untrusted text. It becomes answers only through the same
validation as any other input; anything else is a ValueError that names the
part that was wrong.
"""

from pyapp.questions import ASKED, QUESTION_BY_KEY, SCALE, YES_NO, YES_NO_ANSWERS, is_whole_number
from pyapp.validate import AnswerError, given_twice, shown, unknown_key, validate_given

MAX_FRAGMENT_CHARS = 400  # the longest real link is under 200
LINK_BOOLS = {}
for _value, _spelling, _label in YES_NO_ANSWERS:
    LINK_BOOLS[_spelling] = _value


def answer_from_text(question, text):
    """One answer as the link spells it, turned into its JSON value."""
    if question["kind"] == YES_NO:
        if text not in LINK_BOOLS:
            raise AnswerError("error.link_yes_no", key=question["key"], value=shown(text))
        return LINK_BOOLS[text]
    if question["kind"] == SCALE and is_whole_number(text) and len(text) <= 2:
        return int(text)
    return text  # validation names what is wrong with it


def check_length(length):
    """Refuse a fragment longer than any real link, before reading it (its length is enough)."""
    if length > MAX_FRAGMENT_CHARS:
        raise AnswerError("error.link_too_long", count=length, most=MAX_FRAGMENT_CHARS)


def is_link(fragment):
    """Whether a fragment is meant as a share link at all (#top, #notes or #& are not: no key=value)."""
    return "=" in fragment


def parse_fragment(fragment):
    """The answers a share-link fragment holds, with or without its '#'; keys it leaves out stay unanswered."""
    if fragment.startswith("#"):
        fragment = fragment[1:]
    check_length(len(fragment))
    answers = {}
    for part in fragment.split("&"):
        pair = part.split("=", 1)
        if len(pair) != 2 or not pair[0]:
            raise AnswerError("error.link_part", part=shown(part))
        key, text = pair
        if key not in QUESTION_BY_KEY:
            raise unknown_key(key)
        if key in answers:
            raise given_twice(key)
        answers[key] = answer_from_text(QUESTION_BY_KEY[key], text)
    return validate_given(answers)


def link_text(question, value):
    """An answer as the link (and the form) spells it."""
    if question["kind"] == YES_NO:
        return [spelling for known, spelling, _label in YES_NO_ANSWERS if known == value][0]
    return str(value)


def to_fragment(answers):
    """The fragment (without '#') for the answers given, every one of them, in the order asked."""
    given = validate_given(answers)
    return "&".join(key + "=" + link_text(QUESTION_BY_KEY[key], given[key]) for key in ASKED if key in given)

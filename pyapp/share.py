"""The share link of SPEC section 4: `/check/#pain=3&quality=sharp&worsening=1`.

The fragment is untrusted text. It becomes answers only through the same
validation as any other input; anything else is a ValueError that names the
part that was wrong.
"""

from pyapp.questions import QUESTION_BY_KEY, QUESTIONS, SCALE, YES_NO, is_whole_number
from pyapp.validate import given_twice, shown, unknown_key, validate

MAX_FRAGMENT_CHARS = 400  # the longest real link is under 200
LINK_BOOLS = {"1": True, "0": False}


def answer_from_text(question, text):
    """One answer as the link spells it, turned into its JSON value."""
    if question["kind"] == YES_NO:
        if text not in LINK_BOOLS:
            raise ValueError("{}: must be 1 (yes) or 0 (no), got {}".format(question["key"], shown(text)))
        return LINK_BOOLS[text]
    if question["kind"] == SCALE and is_whole_number(text) and len(text) <= 2:
        return int(text)
    return text  # validation names what is wrong with it


def parse_fragment(fragment):
    """The answers a share-link fragment holds, with or without its '#'."""
    if fragment.startswith("#"):
        fragment = fragment[1:]
    if len(fragment) > MAX_FRAGMENT_CHARS:
        raise ValueError(
            "the link is {} characters long; a real one is under {}".format(
                len(fragment), MAX_FRAGMENT_CHARS
            )
        )
    answers = {}
    for part in fragment.split("&"):
        pair = part.split("=", 1)
        if len(pair) != 2 or not pair[0]:
            raise ValueError("{} is not of the form key=value".format(shown(part)))
        key, text = pair
        if key not in QUESTION_BY_KEY:
            raise unknown_key(key)
        if key in answers:
            raise given_twice(key)
        answers[key] = answer_from_text(QUESTION_BY_KEY[key], text)
    validate(answers)
    return answers


def link_text(question, value):
    if question["kind"] == YES_NO:
        return "1" if value else "0"
    return str(value)


def to_fragment(answers):
    """The fragment (without '#') for an answer set; defaults are left out."""
    complete = validate(answers)
    parts = []
    for question in QUESTIONS:
        value = complete[question["key"]]
        if question["default"] is None or value != question["default"]:
            parts.append(question["key"] + "=" + link_text(question, value))
    return "&".join(parts)

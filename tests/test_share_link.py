"""The share link of ARCHITECTURE.md rule 4, and a fuzz test of its parser."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pyapp import validate
from pyapp.validate import validate_given
from pyapp.share import parse_fragment, to_fragment
from tests.answer_sets import ALLOWED_KEYS, DOMAINS, OLD_LINK


@pytest.mark.parametrize(
    "fragment,answers",
    (
        ("#pain=3&quality=sharp&worsening=1", {"pain": 3, "quality": "sharp", "worsening": True}),
        ("pain=0", {"pain": 0}),
        ("pain=10&neuro=0&trauma=1", {"pain": 10, "neuro": False, "trauma": True}),
        ("duration=over_2_weeks&pain=2", {"pain": 2, "duration": "over_2_weeks"}),
        # a link that leaves keys out leaves them unanswered: no defaults, pain not required
        ("quality=sharp", {"quality": "sharp"}),
        ("chest_or_breathing=1", {"chest_or_breathing": True}),
    ),
)
def test_a_link_gives_its_answers(fragment, answers):
    assert parse_fragment(fragment) == answers


@pytest.mark.parametrize(
    "fragment,message",
    (
        ("", '"" is not of the form key=value'),
        ("pain=3&legs=1", 'unknown key "legs": allowed keys are ' + ALLOWED_KEYS),
        ("pain=3&<img src=x onerror=alert(1)>=1", 'unknown key "<img src": allowed keys are ' + ALLOWED_KEYS),
        ("pain=11", "pain: must be a whole number from 0 to 10, got 11"),
        ("pain=-1", 'pain: must be a whole number from 0 to 10, got "-1"'),
        ("pain=3.5", 'pain: must be a whole number from 0 to 10, got "3.5"'),
        ("pain=\u00b2", 'pain: must be a whole number from 0 to 10, got "\\u00b2"'),  # a digit to str.isdigit
        ("pain=\u0663", 'pain: must be a whole number from 0 to 10, got "\\u0663"'),  # Arabic-Indic three
        ("pain=3&neuro=true", 'neuro: must be 1 (yes) or 0 (no), got "true"'),
        ("pain=3&quality=%3Cb%3E", 'quality: must be one of "dull", "sharp", got "%3Cb%3E"'),
        ("pain=3&pain=4", "pain: given twice"),
        ("pain", '"pain" is not of the form key=value'),
        ("pain=" + "9" * 500, "the link is 505 characters long; a real one is under 400"),
    ),
)
def test_a_bad_link_names_what_is_wrong(fragment, message):
    with pytest.raises(ValueError) as raised:
        parse_fragment(fragment)
    assert str(raised.value) == message


answer_sets = st.fixed_dictionaries({key: st.sampled_from(values) for key, values in DOMAINS.items()})


@given(answer_sets)
def test_links_round_trip(answers):
    assert validate(parse_fragment(to_fragment(answers))) == answers


def test_a_link_carries_every_answer_given_in_the_order_asked():
    assert to_fragment({"pain": 3, "quality": "dull", "worsening": True, "trauma": False}) == (
        "trauma=0&pain=3&quality=dull&worsening=1")
    assert to_fragment(validate({"pain": 3})).count("=") == len(DOMAINS)


def test_the_spec_example_link_reads_back_in_the_same_order():
    spec_example = ("chest_or_breathing=0&trauma=0&neuro=0&systemic=0&spread=none&duration=under_1_week"
                    "&pain=3&quality=sharp&worsening=1&persists_after_stopping=0&changes_form=0")
    assert to_fragment(parse_fragment(spec_example)) == spec_example


# every message names the key, or says which part of the link is wrong
MESSAGE_STARTS = tuple(key + ":" for key in DOMAINS) + ("unknown key ", '"', "the link is ")

HOSTILE_PARTS = st.sampled_from([
    "pain=", "pain=3", "&", "=", "#", "<script>alert(1)</script>", "javascript:", "%00", "\u202e",
    "quality=sharp", "neuro=1", "__import__('os')", "\x00", "\n", "'\"><svg onload=1>", "pain=1e3",
])

fragments = st.one_of(
    st.text(max_size=600),
    st.lists(HOSTILE_PARTS, max_size=30).map("".join),
    st.lists(st.tuples(st.text(max_size=12), st.text(max_size=12)), max_size=12).map(
        lambda pairs: "&".join(k + "=" + v for k, v in pairs)),
)


@settings(max_examples=1500)
@given(fragments)
def test_any_fragment_gives_answers_or_a_value_error(fragment):
    try:
        answers = parse_fragment(fragment)
    except ValueError as error:
        message = str(error)
        assert "\n" not in message, "one line, whatever the input"
        assert len(message) < 300, "the message never repeats a long input"
        assert message.startswith(MESSAGE_STARTS), message
    else:
        assert validate_given(answers) == answers


def test_a_link_made_before_the_new_questions_fills_what_it_has_and_they_wait():
    """H-LINK-1: a link made before a question existed never gives "run" or "modify" without it."""
    from pyapp import assess_partial

    answers = parse_fragment(OLD_LINK)
    assert len(answers) == 11
    assert assess_partial(answers) == {"result": None, "open": ["legs_or_bladder", "injury", "night"]}

"""Partial answers (ARCHITECTURE.md rule 3): a level only when every completion agrees.

The reference is brute force written apart from pyapp: the SPEC level of every
complete answer set (tests.answer_sets.spec_level), over the completions of a
partial set. With fourteen questions there are about 34 million partial answer
sets, too many to check one by one in CI, so the check is split by what can go
wrong, and each part is exhaustive where it matters:

- the start of the check: every partial set with at most five answers given
  (every value of every key, pain 0-10): an emergency "yes" decides at once;
- the end of the check: every complete set with one answer taken back, its pain
  taken from each class the rules tell apart (0, 1-3, 4-7, 8-10; every pain
  value is held to SPEC in tests/test_policy.py): "run" and "modify" never
  while a question is open;
- in between: a hypothesis property test of random partial sets, any pain,
  against every completion.
"""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from pyapp import assess, assess_partial
from pyapp.questions import ASKED
from tests.answer_sets import DOMAINS, KEYS, NO_SIGNS, all_answer_sets, spec_level

# One pain of each class the rules tell apart (SPEC section 2: 0, 1-3, 4-7, 8 and more).
PAIN_CLASSES = (0, 2, 5, 9)
CLASS_DOMAINS = dict(DOMAINS, pain=list(PAIN_CLASSES))
ANSWERS_AT_THE_START = 5
STARTS_CHECKED = 279_240
# The 73,728 complete sets (pain by class) with one of the 14 answers taken back, each partial set once:
# 73,728 / 2 for each yes/no key and the quality, / 3 for the spread and the duration, / 4 for the pain.
TAKEN_BACK = 473_088


def completion_levels(answers):
    """The SPEC level of every complete answer set that agrees with the answers given."""
    missing = [key for key in KEYS if key not in answers]
    complete = dict(answers)  # one dict, each completion written over the last: there are millions
    for values in itertools.product(*(DOMAINS[key] for key in missing)):
        complete.update(zip(missing, values))
        yield spec_level(complete)


def reference(answers):
    """The level every completion gives, or None if they do not all give the same one."""
    levels = set(completion_levels(answers))
    return levels.pop() if len(levels) == 1 else None


def assert_decided_as_the_reference(answers, expected):
    state = assess_partial(answers)
    assert (state["result"]["level"] if state["result"] else None) == expected, answers
    assert state["open"] == [key for key in ASKED if key not in answers]


def test_the_first_five_answers_decide_exactly_when_every_completion_agrees():
    """H-FLOW-1 (an outcome shown before the answers decide it) and H-URG-1 (an emergency sign
    that does not decide at once): every set of up to five answers, every value."""
    checked = 0
    for size in range(ANSWERS_AT_THE_START + 1):
        for keys in itertools.combinations(KEYS, size):
            for values in itertools.product(*(DOMAINS[key] for key in keys)):
                answers = dict(zip(keys, values))
                urgent = any(answers.get(key) is True for key in ("chest_or_breathing", "legs_or_bladder", "trauma"))
                expected = "urgent" if urgent else reference_small(answers)
                assert_decided_as_the_reference(answers, expected)
                checked += 1
    assert checked == STARTS_CHECKED


def reference_small(answers):
    """reference() for a set with few answers, quicker: once two completions disagree it is undecided."""
    seen = None
    for level in completion_levels(answers):
        if seen is None:
            seen = level
        elif level != seen:
            return None
    return seen


def test_no_run_or_modify_while_any_question_is_open():
    """H-FLOW-2, the worst bug: a "you can run" while a warning sign is still unasked. Every
    complete set (pain by class) with each answer taken back in turn: decided exactly as brute force."""
    checked = 0
    for key in KEYS:  # each partial set once: taking back a key's answer gives the same set from each of its values
        others = [other for other in KEYS if other != key]
        for values in itertools.product(*(CLASS_DOMAINS[other] for other in others)):
            partial = dict(zip(others, values))
            expected = {spec_level(dict(partial, **{key: value})) for value in DOMAINS[key]}
            state = assess_partial(partial)
            level = state["result"]["level"] if state["result"] else None
            assert level == (expected.pop() if len(expected) == 1 else None), partial
            assert level not in ("run", "modify"), partial
            checked += 1
    assert checked == TAKEN_BACK


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({}, optional={key: st.sampled_from(values) for key, values in DOMAINS.items()}))
def test_a_decided_result_is_the_result_of_every_completion(answers):
    """H-FLOW-1: any partial set, any pain, against every one of its completions."""
    assert_decided_as_the_reference(answers, reference(answers))


def test_every_complete_answer_set_is_decided_as_assess_decides_it():
    for answers in itertools.islice(all_answer_sets(), 0, None, 97):
        assert assess_partial(answers) == {"result": assess(answers), "open": []}


def test_a_decided_result_gives_the_reasons_of_the_answers_given():
    result = assess_partial({"trauma": True, "pain": 5, "neuro": True})["result"]
    assert result["level"] == "urgent"
    assert [reason["id"] for reason in result["reasons"]] == ["trauma", "neuro", "pain_4_plus"]
    assert result["answers"] == {"trauma": True, "pain": 5, "neuro": True}, "nothing is filled in"


def test_nothing_answered_is_open_in_the_order_asked():
    """H-FLOW-3: the emergency signs are asked first (ARCHITECTURE.md rule 7)."""
    assert assess_partial({}) == {"result": None, "open": list(ASKED)}
    assert ASKED[:3] == ("chest_or_breathing", "legs_or_bladder", "trauma")


def test_a_runner_with_no_sign_is_not_decided_until_the_pain_is_given():
    assert assess_partial(dict(NO_SIGNS))["result"] is None
    assert assess_partial(dict(NO_SIGNS, pain=0))["result"]["level"] == "run"

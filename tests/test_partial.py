"""Partial answers (ARCHITECTURE.md rule 3): a level only when every completion agrees.

The reference is brute force written apart from pyapp: the SPEC level of
every complete answer set (tests.answer_sets.spec_level), folded key by key
into the set of levels each partial answer set can still reach. Every one of
the 1,259,712 partial answer sets is checked against it.
"""

import itertools

from hypothesis import given, settings
from hypothesis import strategies as st

from pyapp import assess, assess_partial
from pyapp.questions import ASKED
from tests.answer_sets import DOMAINS, KEYS, all_answer_sets, spec_level

MISSING = "missing"
LEVEL_BITS = {"urgent": 1, "professional": 2, "stop": 4, "modify": 8, "run": 16}


def reachable_levels():
    """{partial answers as a tuple in KEYS order (MISSING where unanswered): bitmask of levels}."""
    table = {tuple(a[key] for key in KEYS): LEVEL_BITS[spec_level(a)] for a in all_answer_sets()}
    for index, key in enumerate(KEYS):  # add "unanswered" for one key at a time
        for values, bits in list(table.items()):
            if values[index] == DOMAINS[key][0]:
                reached = 0
                for value in DOMAINS[key]:
                    reached |= table[values[:index] + (value,) + values[index + 1:]]
                table[values[:index] + (MISSING,) + values[index + 1:]] = reached
    return table


def test_every_partial_answer_set_is_decided_exactly_when_all_completions_agree():
    table = reachable_levels()
    assert len(table) == 1_259_712
    levels_by_bit = {bit: level for level, bit in LEVEL_BITS.items()}
    decided = 0
    for values, bits in table.items():
        answers = {key: value for key, value in zip(KEYS, values) if value is not MISSING}
        state = assess_partial(answers)
        if bits in levels_by_bit:  # one level only: decided
            decided += 1
            assert state["result"] is not None and state["result"]["level"] == levels_by_bit[bits], answers
        else:
            assert state["result"] is None, answers
        assert state["open"] == [key for key in ASKED if key not in answers]
    assert 25_344 < decided < len(table)


def test_run_and_modify_are_only_given_when_every_question_is_answered():
    """The worst bug: a "you can run" while a warning sign is still unasked."""
    for answers in all_answer_sets():
        if spec_level(answers) not in ("run", "modify"):
            continue
        for key in KEYS:
            partial = {k: v for k, v in answers.items() if k != key}
            assert assess_partial(partial)["result"] is None, (key, answers)


@settings(max_examples=300, deadline=None)
@given(st.fixed_dictionaries({}, optional={key: st.sampled_from(values) for key, values in DOMAINS.items()}))
def test_a_decided_result_is_the_result_of_every_completion(answers):
    result = assess_partial(answers)["result"]
    missing = [key for key in KEYS if key not in answers]
    levels = set()
    for values in itertools.product(*(DOMAINS[key] for key in missing)):
        levels.add(spec_level(dict(answers, **dict(zip(missing, values)))))
    assert (result["level"] if result else None) == (levels.pop() if len(levels) == 1 else None)


def test_a_decided_result_gives_the_reasons_of_the_answers_given():
    result = assess_partial({"trauma": True, "pain": 5, "neuro": True})["result"]
    assert result["level"] == "urgent"
    assert [reason["id"] for reason in result["reasons"]] == ["trauma", "neuro", "pain_4_plus"]
    assert result["answers"] == {"trauma": True, "pain": 5, "neuro": True}, "nothing is filled in"


def test_complete_answers_give_the_same_result_as_assess():
    for answers in itertools.islice(all_answer_sets(), 0, None, 97):
        assert assess_partial(answers) == {"result": assess(answers), "open": []}


def test_nothing_answered_is_open_in_the_order_asked():
    assert assess_partial({}) == {"result": None, "open": list(ASKED)}
    assert ASKED[:2] == ("chest_or_breathing", "trauma"), "emergency signs first (ARCHITECTURE.md rule 7)"

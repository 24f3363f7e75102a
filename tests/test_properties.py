"""Properties that must hold for any answers (hypothesis)."""

from hypothesis import given, settings
from hypothesis import strategies as st

from pyapp import assess
from tests.answer_sets import DOMAINS, URGENCY

WARNING_SIGNS = (
    ("chest_or_breathing", True), ("trauma", True), ("neuro", True), ("systemic", True),
    ("worsening", True), ("persists_after_stopping", True), ("changes_form", True),
    ("quality", "sharp"), ("spread", "radiates"), ("spread", "arms"), ("duration", "over_2_weeks"),
)

answer_sets = st.fixed_dictionaries({key: st.sampled_from(values) for key, values in DOMAINS.items()})


@given(answer_sets, st.sampled_from(WARNING_SIGNS))
def test_a_yes_to_one_more_warning_sign_never_lowers_the_urgency(answers, sign):
    key, value = sign
    if key == "spread" and answers["spread"] == "arms":
        value = "arms"  # "arms" already includes spreading; it is not a step down
    before = assess(answers)["level"]
    after = assess(dict(answers, **{key: value}))["level"]
    assert URGENCY[after] >= URGENCY[before]


@given(answer_sets, st.integers(0, 9))
def test_more_pain_never_lowers_the_urgency(answers, pain):
    lower = assess(dict(answers, pain=pain))["level"]
    higher = assess(dict(answers, pain=pain + 1))["level"]
    assert URGENCY[higher] >= URGENCY[lower]


@settings(max_examples=300)
@given(answer_sets)
def test_results_are_deterministic_and_always_give_a_reason(answers):
    first = assess(dict(answers))
    assert first == assess(dict(reversed(list(answers.items()))))
    assert first["reasons"], "every result says why"
    assert all(reason["guide"] for reason in first["reasons"])

"""The decision policy of ARCHITECTURE.md rule 2: levels, reasons, boundaries."""

import pytest

from pyapp import assess
from pyapp.outcomes import OUTCOMES, REASONS, advice, title
from pyapp.policy import LEVELS, RULES
from pyapp.texts import text
from tests.answer_sets import all_answer_sets, spec_level


def test_every_answer_set_gets_the_spec_level():
    """H-RUN-1, the worst bug: a wrong "you can run". Every complete answer set, held to SPEC's table."""
    count = 0
    for answers in all_answer_sets():
        assert assess(answers)["level"] == spec_level(answers), answers
        count += 1
    assert count == 202_752


@pytest.mark.parametrize(
    "answers,level,reasons",
    (
        # each rule on its own, over a pain-free baseline
        ({"pain": 0, "chest_or_breathing": True}, "urgent", ["chest_or_breathing"]),
        ({"pain": 0, "legs_or_bladder": True}, "urgent", ["legs_or_bladder"]),
        ({"pain": 0, "trauma": True}, "urgent", ["trauma"]),
        ({"pain": 0, "injury": True}, "professional", ["injury"]),
        ({"pain": 0, "night": True}, "professional", ["night"]),
        ({"pain": 8}, "professional", ["pain_8_plus"]),
        ({"pain": 0, "neuro": True}, "professional", ["neuro"]),
        ({"pain": 0, "systemic": True}, "professional", ["systemic"]),
        ({"pain": 0, "spread": "arms"}, "professional", ["spread_arms"]),
        ({"pain": 0, "duration": "over_2_weeks"}, "professional", ["over_2_weeks"]),
        ({"pain": 4}, "stop", ["pain_4_plus"]),
        ({"pain": 0, "quality": "sharp"}, "stop", ["sharp"]),
        ({"pain": 0, "worsening": True}, "stop", ["worsening"]),
        ({"pain": 0, "persists_after_stopping": True}, "stop", ["persists_after_stopping"]),
        ({"pain": 0, "changes_form": True}, "stop", ["changes_form"]),
        ({"pain": 0, "spread": "radiates"}, "stop", ["spread_radiates"]),
        # pain boundaries: 0/1, 3/4, 10
        ({"pain": 0}, "run", ["no_pain"]),
        ({"pain": 1}, "modify", ["mild_pain"]),
        ({"pain": 3}, "modify", ["mild_pain"]),
        ({"pain": 7}, "stop", ["pain_4_plus"]),
        ({"pain": 10}, "professional", ["pain_8_plus"]),
        # each duration
        ({"pain": 2, "duration": "under_1_week"}, "modify", ["mild_pain"]),
        ({"pain": 2, "duration": "1_to_2_weeks"}, "modify", ["mild_pain"]),
        ({"pain": 2, "duration": "over_2_weeks"}, "professional", ["over_2_weeks"]),
        # every flag that fired is a reason, most urgent first; mild pain is not one next to a warning
        ({"pain": 5, "quality": "sharp", "neuro": True, "trauma": True}, "urgent",
         ["trauma", "neuro", "pain_4_plus", "sharp"]),
        ({"pain": 2, "worsening": True, "spread": "radiates"}, "stop",
         ["worsening", "spread_radiates"]),
        ({"pain": 0, "chest_or_breathing": True, "trauma": True}, "urgent",
         ["chest_or_breathing", "trauma"]),
    ),
)
def test_rules_and_boundaries(answers, level, reasons):
    result = assess(answers)
    assert result["level"] == level
    assert [reason["id"] for reason in result["reasons"]] == reasons


def test_result_has_the_spec_shape_and_the_outcome_texts():
    result = assess({"pain": 6, "worsening": True})
    assert result["title"] == "Stop running today and rest" == title("en", "stop")
    assert result["advice"] == advice("en", "stop", ["pain_4_plus", "worsening"])
    assert result["advice"][1].startswith("Before your next run, do this check again.")
    assert result["reasons"][0] == {
        "id": "pain_4_plus",
        "text": text("en", REASONS["pain_4_plus"][0][0]),
        "guide": "warning-signs/#pain-scale",
    }
    assert "not a diagnosis" in result["caveat"]


def test_defaults_fill_in_missing_optional_answers():
    assert assess({"pain": 2})["answers"] == {
        "pain": 2, "quality": "dull", "spread": "none", "worsening": False,
        "persists_after_stopping": False, "changes_form": False, "duration": "under_1_week",
        "neuro": False, "systemic": False, "chest_or_breathing": False, "legs_or_bladder": False, "trauma": False,
        "injury": False, "night": False,
    }


def test_every_rule_has_an_outcome_and_a_reason_text():
    assert sorted(OUTCOMES) == sorted(LEVELS)
    assert sorted(REASONS) == sorted(rule[1] for rule in RULES)
    assert [rule[0] for rule in RULES] == sorted((rule[0] for rule in RULES), key=LEVELS.index)


def test_assess_does_not_change_the_callers_answers():
    answers = {"pain": 3}
    assess(answers)
    assert answers == {"pain": 3}


def advice_of(answers):
    return " ".join(assess(answers)["advice"])


@pytest.mark.parametrize(
    "answers,says,never_says",
    (
        # urgent: the advice of the sign that fired, not of both
        ({"pain": 0, "chest_or_breathing": True}, ["emergency number now"], ["fall or injury"]),
        ({"pain": 0, "trauma": True}, ["crash or injury? Go to the emergency department (A&E) now"],
         ["Chest pain, pressure"]),
        ({"pain": 0, "legs_or_bladder": True}, ["Or go to the emergency department (A&E) now"], ["crash or injury"]),
        ({"pain": 0, "trauma": True, "chest_or_breathing": True}, ["emergency number now", "crash or injury"], []),
        # pain that spreads: "stop and seek advice", not the come-back-when-mild rule
        ({"pain": 2, "spread": "radiates"}, ["Ask a doctor or physio before you run again"],
         ["run with changes once"]),
        ({"pain": 5}, ["You may be able to run with changes once the pain is 3 or less"], ["before you run again"]),
        # professional: rest until checked; with fever, chills or weight loss, a doctor
        ({"pain": 1, "neuro": True}, ["Rest from running until you have been checked"], ["not only a physio"]),
        ({"pain": 1, "systemic": True}, ["see a doctor, not only a physio"], []),
        # modify: what the source says about straps, hands, long runs, and the stop signs
        ({"pain": 2}, ["straps should not pull your shoulders forward", "hands loose", "long runs",
                       "Swing your arms straight back and forth", "Stop running at once if any of these happen. "
                       "The pain reaches 4 out of 10."],
         ["elbows straight"]),
    ),
)
def test_the_advice_follows_the_reasons(answers, says, never_says):
    text = advice_of(answers)
    for words in says:
        assert words.lower() in text.lower(), words
    for words in never_says:
        assert words.lower() not in text.lower(), words


def test_the_urgent_title_fits_either_sign():
    title_words = title("en", "urgent")
    assert "now" not in title_words.lower() and "emergency" not in title_words.lower()


@pytest.mark.parametrize("answers", ({"pain": 0}, {"pain": 3}))
def test_run_and_modify_say_what_the_runner_told_us_and_no_more(answers):
    result = assess(answers)
    assert result["reasons"][0]["text"].startswith("You told us")
    assert "no warning signs" not in (result["now"] + result["reasons"][0]["text"]).lower()
    if result["level"] == "modify":
        assert "may" in result["now"] and "may" in result["title"], "modification may be possible"

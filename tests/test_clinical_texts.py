"""How the questions and results are worded, read the way a physio and a health editor would:
no milder path to an emergency, no certainty the source lacks, the action first, every stop sign.

A wrong "you can run" is the worst bug this project can have; these tests hold the words
a runner acts on to the source (../shared/source/upper-back-pain-running.txt).
"""

import pytest

from pyapp import assess, assess_partial, log
from pyapp.outcomes import REASONS, STOP_SIGNS, said, title
from pyapp.policy import RULES
from pyapp.questions import QUESTION_BY_KEY
from pyapp.texts import text
from tests.answer_sets import NO_SIGNS

CALL = "call your local emergency number now"
# The emergency line in each language: the call, and the example numbers its readers would use
# (SPEC section 9: Spanish names 112 for Spain and the EU, 911 for Mexico and the US).
EMERGENCY_LINE = {
    "en": ("call your local emergency number now", ("999", "112", "911", "000")),
    "es": ("llama ahora al número de emergencias de tu zona", ("112", "911")),
}
BACK_TO_RUNNING = text("en", "back_to_running")
STOP_NOW = said("en", ("stop.if_any",) + STOP_SIGNS)


def test_back_pain_round_to_the_front_of_the_chest_is_sent_to_the_chest_question():
    chest = QUESTION_BY_KEY["chest_or_breathing"]
    assert "front of your chest" in text("en", chest["help"])
    spread = QUESTION_BY_KEY["spread"]
    assert not any("rib" in text("en", label).lower() for _value, label in spread["choices"]), \
        "a choice that names the ribs offers a milder path than the chest question"
    assert "chest" in text("en", spread["help"]), "the spread question points chest pain back to its question"


def test_worsening_is_any_worsening_not_only_quick():
    question = QUESTION_BY_KEY["worsening"]
    keys = (question["text"], question["help"], *REASONS["worsening"][0], *STOP_SIGNS)
    for words in [text("en", key) for key in keys] + [STOP_NOW]:
        assert "quickly" not in words.lower() or "slowly" in words.lower(), words


@pytest.mark.parametrize("answers", (
    {"chest_or_breathing": True},  # decided at once, nothing else answered
    dict(NO_SIGNS, pain=0, chest_or_breathing=True),
    dict(NO_SIGNS, pain=2, chest_or_breathing=True, trauma=True),
))
@pytest.mark.parametrize("lang", sorted(EMERGENCY_LINE))
def test_chest_pain_leads_with_the_call_in_the_first_line_and_the_docked_bar(answers, lang):
    call, numbers = EMERGENCY_LINE[lang]
    result = assess_partial(answers, lang)["result"]
    assert result["level"] == "urgent"
    assert result["now"].lower().startswith(call)
    assert result["headline"].lower().startswith(call)
    for number in numbers:
        assert number in result["now"], "example numbers beside 'your local emergency number'"


def test_after_an_injury_the_action_is_the_emergency_department_now_not_a_clinic_slot():
    """H-INJ-2: "Go to emergency or urgent care today" let a runner with a spinal injury wait."""
    result = assess_partial({"trauma": True})["result"]
    assert result["headline"] == result["now"]
    assert result["now"].startswith("Go to the emergency department (A&E) now.")
    assert "If you cannot walk, feel numb or weak, or find it hard to breathe, " + CALL in result["now"]
    text = " ".join([result["now"], *result["advice"], *(r["text"] for r in result["reasons"])])
    assert "today" not in text and "urgent care" not in text


def test_the_way_back_to_running_is_no_more_certain_than_the_source():
    assert "may be able to run" in BACK_TO_RUNNING
    assert "you can run" not in BACK_TO_RUNNING.lower()


@pytest.mark.parametrize("answers,says", (
    ({"neuro": True}, "see a doctor or physio without delay"),
    ({"systemic": True}, "see a doctor without delay"),
))
def test_red_flags_are_checked_without_delay(answers, says):
    result = assess(dict(answers, pain=1))
    assert result["level"] == "professional"
    assert says in result["now"]
    assert "promptly" not in " ".join([result["now"], *result["advice"]])
    assert "above" in " ".join(result["advice"]), "the reasons are listed above the advice"


# every "stop" rule of the policy, and the words the "run with changes" result stops on
MODIFY_STOPS_ON = {
    "pain_4_plus": "the pain reaches 4 out of 10",
    "sharp": "turns sharp",
    "worsening": "it gets worse",
    "spread_radiates": "it spreads",
    "changes_form": "changes the way you run",
    "persists_after_stopping": None,  # noticed after the run, not during it: the check asks it next time
}


def test_the_table_names_every_stop_rule():
    assert sorted(MODIFY_STOPS_ON) == sorted(rule[1] for rule in RULES if rule[0] == "stop")


@pytest.mark.parametrize("reason_id", sorted(k for k, v in MODIFY_STOPS_ON.items() if v))
def test_run_with_changes_lists_every_stop_sign_of_the_source(reason_id):
    advice = " ".join(assess(dict(NO_SIGNS, pain=2))["advice"]).lower()
    assert MODIFY_STOPS_ON[reason_id] in advice


def test_run_with_changes_also_names_numbness_and_the_emergency_line():
    advice = " ".join(assess(dict(NO_SIGNS, pain=2))["advice"]).lower()
    assert "numbness, tingling or weakness" in advice
    assert "chest pain, pressure or tightness, or trouble breathing? " + CALL in advice
    assert "ask a doctor or physio before you run again" in advice


def test_spreading_pain_in_the_rule_table_says_to_ask_before_running_again():
    from buildsite.render import policy_rows

    (says,) = [row[2] for row, rule in zip(policy_rows("en"), RULES) if rule[1] == "spread_radiates"]
    assert says == "**{}**. Ask a doctor or physio before you run again.".format(title("en", "stop"))


def test_the_duration_hint_says_nothing_on_the_day_of_the_first_result_with_pain():
    """H-LOG-1: "at least that long" of today says nothing a runner can use."""
    entries = [{"id": "a", "when": "2026-11-01T08:00:00", "level": "modify", "answers": {"pain": 2}}]
    assert log.duration_hint("en", entries, "2026-11-01") is None


@pytest.mark.parametrize("days_ago", range(1, 27))
def test_the_duration_hint_never_offers_a_shorter_answer_than_the_runner_may_have(days_ago):
    entries = [{"id": "a", "when": "2026-11-01T08:00:00", "level": "modify", "answers": {"pain": 2}}]
    today = "2026-11-{:02d}".format(1 + days_ago)
    hint = log.duration_hint("en", entries, today)
    assert "at least" in hint["text"] and "count from when it began" in hint["text"]
    choices = [value for value, _label in QUESTION_BY_KEY["duration"]["choices"]]
    assert hint["value"] in (None, choices[-1]), "only the longest answer can never be too short"
    assert (hint["value"] is not None) == (log.duration_for(days_ago) == choices[-1])


def test_two_weeks_of_pain_is_not_yet_more_than_two_weeks():
    """The source's line is "more than two weeks": day 15 on, and the log never rounds a count up."""
    duration = QUESTION_BY_KEY["duration"]
    assert duration["fewest_days"] == (0, 7, 15)
    assert [log.duration_for(days) for days in (0, 6, 7, 14, 15)] == [
        "under_1_week", "under_1_week", "1_to_2_weeks", "1_to_2_weeks", "over_2_weeks"]
    entries = [{"id": "a", "when": "2026-11-01T08:00:00", "level": "modify", "answers": {"pain": 2}}]
    assert log.two_week_note("en", entries, "2026-11-15") is None and log.duration_hint("en", entries, "2026-11-15")["value"] is None
    assert log.two_week_note("en", entries, "2026-11-16") is not None

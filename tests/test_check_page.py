"""The check page's core (pyapp.check_page): what /check/ shows for each thing a runner does,
tested without a browser, and the same in the site's MicroPython."""

import json

import pytest

from pyapp import log
from pyapp.check_page import (ALREADY_SAVED, BAD_LINK, CANNOT_SAVE, KEPT_ANSWERS, PROBLEM, SAVED, handle,
                              new_state, replay)
from pyapp.markup import escape
from pyapp.outcomes import OUTCOMES
from pyapp.questions import ASKED
from pyapp.share import to_fragment
from tests.micropython import in_cpython, run_in_micropython, stored_as_data

NOW = "2026-11-27T08:00:00"
NO_SIGNS = {"chest_or_breathing": "0", "trauma": "0", "neuro": "0", "systemic": "0", "spread": "none",
            "duration": "under_1_week", "quality": "dull", "worsening": "0", "persists_after_stopping": "0",
            "changes_form": "0"}


def event(kind, form=None, hash="", **more):
    return dict({"type": kind, "form": form or {}, "hash": hash, "hash_length": len(hash), "now": NOW}, **more)


def changed(changes, kind, selector):
    """The values a kind of change gives one element, in order."""
    return [change[2:] if len(change) > 3 else change[2] for change in changes
            if change[0] == kind and change[1] == selector]


def level_of(changes):
    levels = [change[3] for change in changes if change[:3] == ["attr", "#outcome", "data-level"]]
    return levels[-1] if levels else None


def run(*events):
    state = new_state()
    return state, [handle(state, e)[1] for e in events]


def test_nothing_answered_shows_how_many_questions_are_left_and_makes_the_page_ready():
    (changes,) = replay([event("start")])
    assert level_of(changes) == ""
    assert changed(changes, "text", "#progress") == [
        "{} questions left. Your result shows once your answers decide it.".format(len(ASKED))]
    assert ["attr", ":root", "data-engine", "ready"] in changes
    assert changes[-1] == ["read", log.STORAGE_KEY, "log_read"], "the log's hint comes after the page is ready"


def test_an_urgent_link_decides_at_once_and_leads_with_the_call():
    (changes,) = replay([event("start", hash="#chest_or_breathing=1")])
    assert ["select", "chest_or_breathing", "1"] in changes
    assert level_of(changes) == "urgent"
    assert changed(changes, "html", "#verdict")[-1].startswith("Call your local emergency number now.")
    assert ["attr", "#verdict", "aria-live", "assertive"] in changes


@pytest.mark.parametrize("pain,level", (("0", "run"), ("2", "modify"), ("5", "stop")))
def test_every_level_shows_once_every_question_is_answered(pain, level):
    _state, (start, change) = run(event("start"), event("change", dict(NO_SIGNS, pain=pain)))
    assert level_of(change) == level
    assert changed(change, "text", "#outcome .outcome-title") == [OUTCOMES[level]["title"]]
    assert changed(change, "hidden", "#progress") == [True]


def test_a_professional_sign_decides_before_the_pain_is_answered():
    answers = {"chest_or_breathing": "0", "trauma": "0", "neuro": "1"}
    (_start, change) = replay([event("start"), event("change", answers)])
    assert level_of(change) == "professional"


def test_taking_an_answer_back_withdraws_the_result_and_says_so():
    _state, (_s, decided, undecided) = run(event("start"), event("change", {"trauma": "1"}), event("change", {}))
    assert level_of(decided) == "urgent" and level_of(undecided) == ""
    assert changed(undecided, "text", "#verdict") == [
        "No result for now: {} questions left. Your result shows once your answers decide it.".format(len(ASKED))]


@pytest.mark.parametrize("hash,says", (
    ("#pain=11", "pain: must be a whole number from 0 to 10, got 11"),
    ("#pain=3&<img src=x>=1", 'unknown key "<img src"'),  # split at its first =
    ("#pain=3&pain=4", "pain: given twice"),
))
def test_a_bad_link_fills_nothing_and_says_what_was_wrong(hash, says):
    (changes,) = replay([event("start", hash=hash)])
    assert not [c for c in changes if c[0] == "select"]
    message = changed(changes, "html", "#error")[-1]
    assert message.startswith(BAD_LINK) and escape(says) in message
    assert "<img" not in message, "a link's text goes in escaped"
    assert level_of(changes) == ""


def test_an_over_long_link_is_refused_by_its_length_alone():
    (changes,) = replay([dict(event("start"), hash="", hash_length=1_048_577)])
    assert "the link is 1048576 characters long" in changed(changes, "html", "#error")[-1]


def test_an_in_page_link_is_not_a_share_link():
    (changes,) = replay([dict(event("start", hash="#outcome"), hash_is_anchor=True)])
    assert changed(changes, "hidden", "#error") == [True]


def test_answers_given_while_loading_win_over_the_link():
    (changes,) = replay([event("start", {"trauma": "0"}, hash="#chest_or_breathing=1")])
    assert not [c for c in changes if c[0] == "select"]
    assert changed(changes, "html", "#error") == [KEPT_ANSWERS]


def test_an_engine_error_withdraws_the_result_and_points_to_the_warning_signs():
    _state, (_s, decided, broken) = run(event("start"), event("change", {"trauma": "1"}),
                                        event("change", {"pain": "not a number"}))
    assert level_of(decided) == "urgent"
    assert level_of(broken) == "" and changed(broken, "html", "#verdict") == [""]
    assert changed(broken, "html", "#error") == [PROBLEM + '<a href="../warning-signs/">the warning signs</a>.']


def test_a_change_takes_the_share_link_out_of_the_address():
    (changes,) = replay([event("change", {"pain": "2"}, hash="#pain=3")])
    assert ["hash", None] in changes


def days_ago_log(days):
    entry = {"when": "2026-11-{:02d}T08:00:00".format(27 - days), "level": "modify",
             "answers": {"pain": 2}}
    return json.dumps({"version": 1, "entries": [entry]})


def test_a_log_with_over_two_weeks_of_pain_offers_the_longest_answer():
    _state, (_s, read) = run(event("start"), event("log_read", stored={"ok": True, "text": days_ago_log(16)}))
    (box,) = changed(read, "after", "#q-duration-help")
    assert "16 days ago" in box and 'data-action="use_hint"' in box
    assert ["attr", ":root", "data-log", "read"] in read


@pytest.mark.parametrize("stored", ({"ok": True, "text": days_ago_log(9)},))
def test_a_shorter_log_offers_no_answer(stored):
    (_s, read) = replay([event("start"), event("log_read", stored=stored)])
    (box,) = changed(read, "after", "#q-duration-help")
    assert "9 days ago" in box and "at least" in box and "<button" not in box


@pytest.mark.parametrize("stored", ({"ok": False, "text": ""}, {"ok": True, "text": "{not json"},
                                    {"ok": True, "text": ""}))
def test_no_hint_without_a_readable_log(stored):
    (_s, read) = replay([event("start"), event("log_read", stored=stored)])
    assert changed(read, "after", "#q-duration-help") == [] and ["remove", "#log-hint"] in read


def test_using_the_hint_selects_the_answer_and_the_runner_sees_it():
    stored = {"ok": True, "text": days_ago_log(16)}
    (_s, _r, used) = replay([event("start"), event("log_read", stored=stored), event("use_hint", {"pain": "2"})])
    assert used[:2] == [["select", "duration", "over_2_weeks"], ["focus", "[name=duration]:checked"]]
    assert "More than two weeks" in changed(used, "html", "#outcome .summary-answers")[0]


def test_saving_reads_the_log_writes_it_and_says_saved_only_when_written():
    form = dict(NO_SIGNS, pain="2")
    state, (_s, _c, save, stored, written, again) = run(
        event("start"), event("change", form), event("save", form),
        event("log_for_save", form, stored={"ok": True, "text": ""}), event("log_written", ok=True),
        event("save", form))
    assert save == [["read", log.STORAGE_KEY, "log_for_save"]]
    (write,) = stored
    assert write[0] == "write" and write[1] == log.STORAGE_KEY and write[3] == "log_written"
    (entry,) = json.loads(write[2])["entries"]
    assert entry["level"] == "modify" and entry["answers"]["pain"] == 2 and entry["when"] == NOW
    assert changed(written, "html", "#log-save-status") == [SAVED + '<a href="../log/">See your log</a>']
    assert changed(again, "html", "#log-save-status")[0].startswith(ALREADY_SAVED)


@pytest.mark.parametrize("stored,ok,says", (
    ({"ok": False, "text": ""}, None, CANNOT_SAVE),  # storage is off
    ({"ok": True, "text": ""}, False, CANNOT_SAVE),  # storage is full
    ({"ok": True, "text": json.dumps({"version": 99, "entries": []})}, None, log.NEWER_SAVE),
))
def test_a_save_that_fails_says_so_and_never_saved(stored, ok, says):
    form = dict(NO_SIGNS, pain="2")
    events = [event("start"), event("change", form), event("save", form), event("log_for_save", form, stored=stored)]
    if ok is not None:
        events.append(event("log_written", ok=ok))
    last = replay(events)[-1]
    assert changed(last, "html", "#log-save-status") == [escape(says)]


def test_nothing_is_saved_without_a_result():
    assert replay([event("start"), event("save", {"pain": "2"})])[-1] == []


def test_sharing_puts_every_answer_given_in_the_link():
    form = {"pain": "3", "trauma": "0"}
    (share,) = replay([event("share", form)])[0]
    assert share[:3] == ["share", to_fragment({"pain": 3, "trauma": False}), "#share-status"]


def test_printing_adds_the_log_then_prints():
    stored = {"ok": True, "text": days_ago_log(3)}
    (_s, ask, printed) = replay([event("start"), event("print"), event("log_for_print", stored=stored)])
    assert ask == [["read", log.STORAGE_KEY, "log_for_print"]]
    assert printed[-1] == ["print"] and ["hidden", "#outcome .summary-log", False] in printed


def test_an_unknown_event_is_a_problem_not_a_crash():
    (changes,) = replay([{"type": "nonsense"}])
    assert changed(changes, "hidden", "#error") == [False]


VISITS = [
    [event("start", hash="#" + to_fragment({"pain": 2, "neuro": True}))],
    [event("start"), event("change", dict(NO_SIGNS, pain="2")), event("save", dict(NO_SIGNS, pain="2")),
     event("log_for_save", dict(NO_SIGNS, pain="2"), stored={"ok": True, "text": days_ago_log(16)}),
     event("log_written", ok=True), event("log_read", stored={"ok": True, "text": days_ago_log(16)}),
     event("use_hint", {"pain": "1"}), event("share", {"pain": "1"}), event("print"),
     event("log_for_print", stored={"ok": True, "text": days_ago_log(3)})],
    [event("start", hash="#pain=11"), event("change", {"trauma": "1"}), event("change", {"pain": "x"}),
     {"type": "nonsense"}],
    [event("start", {"trauma": "0"}, hash="#pain=3"), event("hash", hash="#outcome", hash_is_anchor=True)],
]


def test_the_site_micropython_shows_the_same(tmp_path, shipped_pyapp):
    got = run_in_micropython("pyapp.check_page.replay", VISITS, tmp_path, shipped_pyapp)
    expected = in_cpython(replay, VISITS)
    assert any(change[0] == "write" for changes in expected[1]["result"] for change in changes)
    assert stored_as_data(got) == stored_as_data(json.loads(json.dumps(expected)))

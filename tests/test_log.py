"""What the log says (ARCHITECTURE.md rule 8): how long the pain has lasted, the chart, the CSV,
each entry as the page lists it and the summary above the list (pyapp.log).

The same functions run in the browser's MicroPython; the last tests compare
whole results there and in CPython on many generated logs, damaged ones too.
"""

import csv
import io
import json
import random

import pytest
import textstat
from hypothesis import given, settings
from hypothesis import strategies as st

from pyapp import assess, log, log_store
from pyapp.policy import PAIN_STOP_AT
from pyapp.questions import KEYS, QUESTION_BY_KEY, choice_values
from pyapp.texts import text
from tests.conftest import ROOT
from tests.in_spanish import reads_fairly_easily
from tests.log_entries import (CHEST, GOOD, TODAY, answered, damaged_legacy, damaged_stored, day, entries_strategy,
                               logged, pain_log, random_log)
from tests.parity import both, mismatches


# What the log says ---------------------------------------------------------------

def test_the_durations_are_the_questions_choices_in_order():
    duration = QUESTION_BY_KEY["duration"]
    days = list(duration["fewest_days"])
    assert len(days) == len(choice_values(duration)) and not hasattr(log, "DURATIONS")
    assert days[0] == 0 and days == sorted(set(days))
    assert days == [0, 7, 15], "a week; more than two weeks is day 15 on"
    assert log.LONG_PAIN == choice_values(duration)[-1] == "over_2_weeks"
    for value, fewest in zip(choice_values(duration), days):
        assert log.duration_for(fewest) == value
        assert fewest == 0 or log.duration_for(fewest - 1) != value


@pytest.mark.parametrize(
    "rows,days,duration,note",
    (
        # (days from today, pain; None = not answered) in the order saved
        ((), None, None, False),
        (((0, 3),), 0, "under_1_week", False),
        (((-6, 2),), 6, "under_1_week", False),
        (((-7, 2),), 7, "1_to_2_weeks", False),  # a week
        (((-14, 2),), 14, "1_to_2_weeks", False),  # two weeks is not more than two weeks
        (((-15, 2),), 15, "over_2_weeks", True),
        (((-16, 3), (-9, 5), (-1, 2)), 16, "over_2_weeks", True),
        (((-20, 2), (-10, 0), (-3, 4)), 3, "under_1_week", False),  # a day without pain ends it
        (((-20, 2), (-1, 0)), None, None, False),  # no pain last time
        (((-16, 3), (-2, None)), 16, "over_2_weeks", True),  # pain not asked: no change
        (((-2, None),), None, None, False),
        (((2, 3),), 0, "under_1_week", False),  # saved "after" today: a clock was wrong
        (((-1, 4), (-16, 3)), 16, "over_2_weeks", True),  # by date, not the order saved
    ),
)
def test_how_long_the_log_shows_pain(rows, days, duration, note):
    entries = pain_log(*rows)
    assert log.first_pain_days_ago(entries, TODAY) == days
    hint = log.duration_hint("en", entries, TODAY)
    assert (hint and log.duration_for(hint["days"])) == duration
    assert (hint and hint["value"]) == (duration if duration == "over_2_weeks" else None), \
        "only the longest answer is offered: the log's count is a minimum"
    assert (log.two_week_note("en", entries, TODAY) is not None) == note
    assert log.duration_hint("es", entries, TODAY) == (hint and dict(hint, text=log.duration_hint("es", entries,
                                                                                                  TODAY)["text"]))
    assert (log.two_week_note("es", entries, TODAY) is not None) == note, "the same in every language"


def test_the_hint_and_the_note_say_what_the_log_shows():
    entries = pain_log((-16, 3), (-2, 2))
    assert log.duration_hint("en", entries, TODAY) == {
        "text": "You first saved a result with pain 16 days ago, so you have had it at least that long. "
                "If it began before that, count from when it began. Your log alone shows "
                "\u201cMore than two weeks\u201d.",
        "value": "over_2_weeks", "days": 16}
    assert log.duration_hint("en", pain_log((-9, 2)), TODAY) == {
        "text": "You first saved a result with pain 9 days ago, so you have had it at least that long. "
                "If it began before that, count from when it began.",
        "value": None, "days": 9}
    assert log.two_week_note("en", entries, TODAY) == {
        "text": "You first saved a result with pain 16 days ago. Pain that lasts more than two weeks, "
                "even with rest and self-care, should be checked by a doctor or physiotherapist.",
        "guide": "warning-signs/#pain-that-lasts"}


def test_the_hint_and_the_note_say_it_in_the_pages_language():
    entries = pain_log((-16, 3), (-2, 2))
    longest = text("es", "question.duration.over_2_weeks")
    assert log.duration_hint("es", entries, TODAY) == {
        "text": "Guardaste por primera vez un resultado con dolor hace 16 d\u00edas, as\u00ed que lo tienes por lo "
                "menos desde entonces. Si empez\u00f3 antes, cuenta desde que empez\u00f3. Tu registro, por s\u00ed "
                "solo, ya muestra \u201c" + longest + "\u201d.",
        "value": "over_2_weeks", "days": 16}
    assert log.duration_hint("es", pain_log((-1, 2)), TODAY)["text"].startswith(
        "Guardaste por primera vez un resultado con dolor ayer, ")
    assert log.two_week_note("es", entries, TODAY) == {
        "text": "Guardaste por primera vez un resultado con dolor hace 16 d\u00edas. Si el dolor dura m\u00e1s de dos "
                "semanas, aunque descanses y te cuides, debe revisarlo un m\u00e9dico o un fisioterapeuta.",
        "guide": "warning-signs/#pain-that-lasts"}
    assert log.first_logged_text("es", 0) == "Empezaste a usar este registro hoy."


def test_the_notes_link_goes_to_the_guidance_on_pain_that_lasts():
    guide = log.two_week_note("en", pain_log((-15, 3)), TODAY)["guide"]
    page, anchor = guide.split("/#")
    assert "{#" + anchor + "}" in (ROOT / "docs" / (page + ".md")).read_text()


def test_the_hint_is_an_answer_the_check_takes():
    for days in range(0, 40):
        value = log.duration_for(days)
        assert assess(answered(2, duration=value))["answers"]["duration"] == value


@pytest.mark.parametrize(
    "rows,days",
    (((), None), (((0, 3),), 0), (((-16, 0), (-2, 3)), 16), (((-2, 3), (-30, None)), 30)),
)
def test_first_logged(rows, days):
    assert log.first_logged_days(pain_log(*rows), TODAY) == days


# The chart -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "rows,points",
    (
        # (when, pain) -> (x, y) on a 320 x 160 chart
        ((), []),
        ((("2026-11-26T08:00", 3),), [(160, 112)]),  # one point: in the middle
        ((("2026-11-20T08:00", 10), ("2026-11-26T08:00", 0)), [(0, 0), (320, 160)]),
        ((("2026-11-26T08:00", 5), ("2026-11-20T08:00", 1), ("2026-11-22T08:00", 4)),
         [(0, 144), (106, 96), (320, 80)]),  # by time, not the order saved
        ((("2026-11-20T08:00", 3), ("2026-11-20T08:00", 3)), [(160, 112), (160, 112)]),
    ),
)
def test_chart_points(rows, points):
    entries = logged(*[(when, answered(pain)) for when, pain in rows])
    chart = log.chart_points(entries, 320, 160)
    assert [(p["x"], p["y"]) for p in chart["points"]] == points
    assert chart["stop_y"] == 96 and chart["stop_at"] == PAIN_STOP_AT == 4


def test_an_entry_without_a_pain_answer_has_no_point():
    entries = logged(("2026-11-20T08:00", CHEST), ("2026-11-26T08:00", answered(2)))
    assert [p["date"] for p in log.chart_points(entries, 320, 160)["points"]] == ["2026-11-26"]


@settings(max_examples=60, deadline=None)
@given(entries_strategy(), st.integers(1, 2000), st.integers(1, 2000))
def test_every_point_is_on_the_chart_and_in_time_order(entries, width, height):
    chart = log.chart_points(entries, width, height)
    xs = [p["x"] for p in chart["points"]]
    assert xs == sorted(xs) and all(0 <= x <= width for x in xs)
    assert all(0 <= p["y"] <= height and type(p["y"]) is int for p in chart["points"])
    for point in chart["points"]:  # more pain is higher up (a smaller y), the stop line included
        if point["pain"] >= PAIN_STOP_AT:
            assert point["y"] <= chart["stop_y"]
        else:
            assert point["y"] >= chart["stop_y"]


# The export --------------------------------------------------------------------------

HEADER = ("date,level,pain,quality,spread,worsening,persists_after_stopping,changes_form,"
          "duration,neuro,systemic,chest_or_breathing,trauma")


def test_the_export_has_the_header_then_one_row_per_entry_oldest_first():
    entries = logged(("2026-11-26T07:30", CHEST),
                     ("2026-11-20T18:05:30", answered(3, worsening=True, spread="radiates")))
    assert log.csv_text(entries).split("\r\n") == [
        HEADER,
        "2026-11-20 18:05,stop,3,dull,radiates,yes,no,no,under_1_week,no,no,no,no",
        "2026-11-26 07:30,urgent,,,,,,,,,,yes,",  # not asked: left empty, never "no"
        "",
    ]


def test_the_header_follows_the_spec_keys():
    assert HEADER == "date,level," + ",".join(KEYS)
    assert log.csv_header() == HEADER + "\r\n"


@settings(max_examples=60, deadline=None)
@given(entries_strategy())
def test_the_export_is_its_header_then_each_entrys_row_so_a_long_log_is_made_row_by_row(entries):
    rows = [log.csv_row(entry) for entry in log_store.oldest_first(entries)]
    assert log.csv_text(entries) == log.csv_header() + "".join(rows)
    assert all(row.endswith("\r\n") and row.count("\r\n") == 1 for row in rows)


@settings(max_examples=60, deadline=None)
@given(entries_strategy())
def test_every_row_reads_back_with_a_cell_per_column(entries):
    rows = list(csv.reader(io.StringIO(log.csv_text(entries), newline="")))
    assert rows[0] == HEADER.split(",") and len(rows) == len(entries) + 1
    for row, entry in zip(rows[1:], log_store.oldest_first(entries)):
        assert len(row) == len(KEYS) + 2 and row[1] == entry["level"]
        for key, cell in zip(KEYS, row[2:]):
            value = entry["answers"].get(key)
            if type(value) is bool:
                assert cell == ("yes" if value else "no")
            else:
                assert cell == ("" if value is None else str(value))


# Texts ---------------------------------------------------------------------------------

def said(lang):
    """What the log says, as it says it (in lang)."""
    long_pain, short_pain = pain_log((-16, 3)), pain_log((-1, 3))
    return (
        ("note", log.two_week_note(lang, long_pain, TODAY)["text"]),
        ("hint", log.duration_hint(lang, short_pain, TODAY)["text"]),
        ("hint, longest", log.duration_hint(lang, long_pain, TODAY)["text"]),
        ("first logged", log.first_logged_text(lang, 16)),
    )


@pytest.mark.parametrize("where,words", said("en"), ids=[where for where, _words in said("en")])
def test_text_is_at_most_grade_8(where, words):
    assert textstat.flesch_kincaid_grade(words) <= 8, "{}: {!r}".format(where, words)


@pytest.mark.parametrize("where,words", said("es"), ids=[where for where, _words in said("es")])
def test_the_spanish_reads_fairly_easily(where, words):
    assert reads_fairly_easily(words), "{}: {!r}".format(where, words)


# What the page lists, and says above the list ----------------------------------------------

def test_each_entry_is_listed_with_its_result_its_reasons_and_its_answers():
    entries = pain_log((-16, 3), (-2, None), (0, 1))
    shown = [log.shown_entry("en", entry) for entry in log_store.newest_first(entries)]  # as the page lists them
    assert [(e["date"], e["level"], e["pain"]) for e in shown] == [
        (TODAY, "modify", 1), (day(-2), "urgent", None), (day(-16), "modify", 3)]
    assert shown[0]["title"] == assess(answered(1))["title"]
    assert shown[0]["reasons"] == assess(answered(1))["reasons"]
    assert shown[1]["reasons"][0]["id"] == "chest_or_breathing"
    assert shown[0]["id"] == entries[2]["id"] and shown[0]["time"] == "08:00"
    assert shown[0]["when_text"] == "Thu 26 Nov 2026, 08:00"
    assert shown[0]["answers"] == entries[2]["answers"] and shown[0]["answers"] is not entries[2]["answers"]


def test_an_entry_saved_in_one_language_is_listed_in_the_others():
    """An entry holds no words (ARCHITECTURE.md rule 8: the time, the answers, the level), so the page's
    language says it."""
    entry = pain_log((-2, 3))[0]
    assert set(entry) == {"id", "when", "level", "answers"}
    assert set(json.loads(log_store.entry_text(entry))) == {"version", "when", "level", "answers"}
    shown, spanish = log.shown_entry("es", entry), assess(answered(3), "es")
    assert (shown["title"], shown["reasons"]) == (spanish["title"], spanish["reasons"])
    assert shown["when_text"] == "martes, 24 de noviembre de 2026, 08:00"
    english = log.shown_entry("en", entry)
    assert english["when_text"] == "Tue 24 Nov 2026, 08:00" and english["title"] == assess(answered(3))["title"]
    assert {k: v for k, v in shown.items() if k not in ("when_text", "title", "reasons")} == {
        k: v for k, v in english.items() if k not in ("when_text", "title", "reasons")}


def test_the_summary_has_everything_the_log_page_says_above_its_list():
    entries = pain_log((-16, 3), (-2, None), (0, 1))
    page = log.summary("en", entries, TODAY)
    assert (page["first_logged_days"], page["first_logged"]) == (16, "You started this log 16 days ago.")
    assert page["note"] == log.two_week_note("en", entries, TODAY)
    assert page["note"]["guide"].endswith("#pain-that-lasts")
    spanish = log.summary("es", entries, TODAY)
    assert (spanish["first_logged_days"], spanish["first_logged"]) == (
        16, "Empezaste a usar este registro hace 16 d\u00edas.")
    assert spanish["note"] == log.two_week_note("es", entries, TODAY)
    assert len(log.chart_points(entries, 320, 160)["points"]) == 2


@settings(max_examples=60, deadline=None)
@given(entries_strategy())
def test_light_entries_keep_what_the_summary_and_chart_need_and_no_more(entries):
    light = [log.light(entry) for entry in entries]
    for entry, kept in zip(entries, light):
        assert set(kept) == {"id", "when", "level", "answers"} and set(kept["answers"]) <= {"pain"}
        assert kept["answers"].get("pain") == entry["answers"].get("pain")
        assert (kept["id"], kept["when"], kept["level"]) == (entry["id"], entry["when"], entry["level"])
    assert log.summary("en", light, TODAY) == log.summary("en", entries, TODAY)
    assert log.chart_points(light, 320, 160) == log.chart_points(entries, 320, 160)
    assert log.duration_hint("es", light, TODAY) == log.duration_hint("es", entries, TODAY)


def test_an_empty_log_says_nothing_about_pain():
    assert log.summary("en", [], TODAY) == {"first_logged_days": None, "first_logged": None, "note": None}
    assert log.chart_points([], 320, 160)["points"] == [] and log.csv_text([]) == HEADER + "\r\n"
    assert log.duration_hint("en", [], TODAY) is None


@pytest.mark.parametrize("today", ("26/11/2026", "2026-02-29", "", None))
def test_a_bad_today_names_what_is_wrong(today):
    with pytest.raises(ValueError) as raised:
        log.summary("en", pain_log((-2, 3)), today)
    assert str(raised.value).startswith("date: must be a date like 2026-11-26, got ")


# CPython and MicroPython -----------------------------------------------------------------

def summary_requests(count=250, seed=8):
    """The log page's calls on many logs: legacy ones read as the page reads them, damaged ones too."""
    rng = random.Random(seed)
    requests = []
    for _ in range(count):
        entries = random_log(rng)
        if rng.random() < 0.5:
            entries = log_store.read_legacy(damaged_legacy(rng, entries))[0]
        else:
            entries = log_store.read_items([damaged_stored(rng, entry) for entry in entries])[0]
        light = [log.light(entry) for entry in entries]
        today = rng.choice([TODAY, TODAY, day(-20), "2026-02-29"])
        lang = rng.choice(["en", "es"])
        requests += [
            {"function": "log.summary", "args": [lang, rng.choice([entries, light]), today]},
            {"function": "log.chart_points", "args": [light, rng.choice([320, 600, 97]), rng.choice([160, 200, 33])]},
            {"function": "log.duration_hint", "args": [lang, light, today]},
            {"function": "log.csv_text", "args": [entries]},
        ]
        if entries:
            entry = rng.choice(entries)
            requests += [{"function": "log.shown_entry", "args": [lang, entry]},
                         {"function": "log.light", "args": [entry]}, {"function": "log.csv_row", "args": [entry]}]
    return requests + [{"function": "log.csv_header", "args": []},
                       {"function": "log.summary", "args": ["es", [dict(GOOD, id=GOOD["when"])], "not a date"]}]


def test_what_the_log_says_is_the_same_in_micropython(tmp_path, shipped_pyapp):
    requests = summary_requests()
    expected, got = both(requests, tmp_path, shipped_pyapp)
    assert sum("result" in r and bool(r["result"]) for r in expected) > 500 and sum("error" in r for r in expected) > 20
    spanish = [r for q, r in zip(requests, expected) if q["function"] == "log.shown_entry" and q["args"][0] == "es"]
    assert len(spanish) > 50 and all(" de " in r["result"]["when_text"] for r in spanish), "Spanish compared too"
    found = mismatches(requests, expected, got)
    assert not found, found[:1]

"""What the log says (ARCHITECTURE.md rule 8): how long the pain has lasted, the chart, the CSV,
each entry as the page lists it and the summary above the list (pyapp.log).

The same functions run in the browser's MicroPython; the last tests compare
whole results there and in CPython on many generated logs, damaged ones too.
"""

import csv
import datetime
import io
import json
import random

import pytest
import textstat
from hypothesis import given, settings
from hypothesis import strategies as st

from pyapp import assess, dates, log, log_move, log_store
from pyapp.answer_words import answer_rows
from pyapp.log_view import entry_markup
from pyapp.policy import PAIN_STOP_AT
from pyapp.questions import ASKED, KEYS, QUESTION_BY_KEY, choice_values
from pyapp.texts import text
from tests.conftest import ROOT
from tests.in_spanish import reads_fairly_easily
from tests.log_entries import (CHEST, GOOD, NEW_IN_3, TODAY, answered, damaged_legacy, damaged_stored, day,
                               entries_strategy, logged, pain_log, random_log, saved, saved_then)
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
        # (days from today, pain; None = not answered) in the order saved; duration None: no hint
        ((), None, None, False),
        (((0, 3),), 0, None, False),  # today: "at least since today" says nothing
        (((-6, 2),), 6, "under_1_week", False),
        (((-7, 2),), 7, "1_to_2_weeks", False),  # a week
        (((-14, 2),), 14, "1_to_2_weeks", False),  # two weeks is not more than two weeks
        (((-15, 2),), 15, "over_2_weeks", True),
        (((-16, 3), (-9, 5), (-1, 2)), 16, "over_2_weeks", True),
        (((-20, 2), (-10, 0), (-3, 4)), 20, "over_2_weeks", True),  # a day without pain does not end it
        (((-20, 2), (-1, 0)), 20, "over_2_weeks", True),  # no pain last time: still from the earliest pain
        (((-16, 3), (-2, None)), 16, "over_2_weeks", True),  # pain not asked: no change
        (((-2, None),), None, None, False),
        (((-9, 0), (-2, 0)), None, None, False),  # never any pain
        (((-16, 0), (-4, 2)), 4, "under_1_week", False),  # a result without pain starts nothing
        (((2, 3),), 0, None, False),  # saved "after" today: a clock was wrong
        (((-1, 4), (-16, 3)), 16, "over_2_weeks", True),  # by date, not the order saved
    ),
)
def test_how_long_the_log_shows_pain(rows, days, duration, note):
    entries = pain_log(*rows)
    assert log.first_pain_days_ago(entries, TODAY) == days
    hint = log.duration_hint("en", entries, TODAY)
    assert (hint and hint["days"]) == (days if duration else None)
    assert (hint and log.duration_for(hint["days"])) == duration
    assert (hint and hint["value"]) == (duration if duration == "over_2_weeks" else None), \
        "only the longest answer is offered: the log's count is a minimum"
    assert (log.two_week_note("en", entries, TODAY) is not None) == note
    assert log.duration_hint("es", entries, TODAY) == (hint and dict(hint, text=log.duration_hint("es", entries,
                                                                                                  TODAY)["text"]))
    assert (log.two_week_note("es", entries, TODAY) is not None) == note, "the same in every language"


@pytest.mark.parametrize(
    "rows,days",
    (
        # (days from today, pain) in the order saved
        (((-21, 3), (-6, 0), (-5, 4)), 21),  # the pain was first saved 21 days ago, not 5
        (((-21, 3), (-12, 0), (-8, 2), (-6, 0), (-5, 4), (-1, 0)), 21),
        (((-5, 4), (-6, 0), (-21, 3)), 21),  # whatever the order saved
        (((-30, 0), (-21, 3), (-6, 0), (-5, 4)), 21),  # a result without pain before it starts nothing
    ),
)
def test_the_hint_counts_from_the_earliest_pain_whatever_came_between(rows, days):
    """H-LOG-1: the log's hint calls a later date the first. A pain-free result between results with pain
    does not reset the count: the hint and the two-week note count from the earliest result with pain."""
    entries = pain_log(*rows)
    hint, note = log.duration_hint("en", entries, TODAY), log.two_week_note("en", entries, TODAY)
    assert hint["days"] == days and log.first_pain_days_ago(entries, TODAY) == days
    assert "first saved a result with pain {} days ago".format(days) in hint["text"]
    assert "{} days ago".format(days) in note["text"]
    assert hint["value"] == "over_2_weeks", "the log alone shows more than two weeks"
    later = [-offset for offset, pain in rows if pain and -offset < days]
    assert all("{} days ago".format(ago) not in hint["text"] + note["text"] for ago in later)
    spanish = log.duration_hint("es", entries, TODAY)
    assert spanish["days"] == days and "hace {} d\u00edas".format(days) in spanish["text"]


@settings(max_examples=200, deadline=None)
@given(entries_strategy(), st.dates(datetime.date(2020, 1, 1), datetime.date(2031, 12, 31)))
def test_no_later_date_is_ever_called_the_first(entries, today):
    """H-LOG-1: the log's hint calls a later date the first. Whatever the log, the hint counts from the
    earliest result with pain in it: never fewer days than since any result with pain."""
    today = today.isoformat()
    pain_days = [dates.days_between(e["when"][:10], today) for e in entries if e["answers"].get("pain")]
    hint, note = log.duration_hint("en", entries, today), log.two_week_note("en", entries, today)
    if not pain_days or max(pain_days) <= 0:
        assert hint is None and note is None, "no pain, or pain first saved today (or after)"
        return
    assert hint["days"] == max(pain_days), "the earliest result with pain"
    assert hint["value"] in (None, "over_2_weeks") and (hint["value"] is None) == (max(pain_days) < 15)
    assert (note is not None) == (max(pain_days) >= 15)


@pytest.mark.parametrize(
    "rows,today",
    (
        (((0, 3),), TODAY),  # the first result with pain is today's
        (((0, 0), (0, 3), (0, 5)), TODAY),
        (((-3, 0), (0, 2)), TODAY),
        (((1, 4),), TODAY),  # saved "tomorrow": a clock was wrong
        (((-2, 6),), day(-2)),
    ),
)
def test_no_hint_on_the_day_of_the_first_pain(rows, today):
    """H-LOG-1: the log's hint calls a later date the first. On the day of the first result with pain the
    count is 0 days, and "you have had it at least since today" says nothing: the check shows no hint."""
    entries = pain_log(*rows)
    assert log.first_pain_days_ago(entries, today) == 0
    assert log.duration_hint("en", entries, today) is None and log.duration_hint("es", entries, today) is None
    assert log.two_week_note("en", entries, today) is None
    first = min(e["when"][:10] for e in entries if e["answers"]["pain"])
    assert log.duration_hint("en", entries, day(1, first))["days"] == 1, "a day later, it says so"


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
        "text": "You first saved a result with pain 16 days ago. Pain that lasts more than two weeks should be "
                "checked by a doctor or physio without delay.",
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
                "semanas, deber\u00eda revisarlo un m\u00e9dico o un fisioterapeuta sin demora.",
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

# SPEC section 8: "date,level," then the keys of section 1 in that order
HEADER = ("date,level,pain,quality,spread,worsening,persists_after_stopping,changes_form,"
          "duration,neuro,systemic,chest_or_breathing,legs_or_bladder,trauma,injury,night")


def test_the_export_has_the_header_then_one_row_per_entry_oldest_first():
    entries = logged(("2026-11-26T07:30", CHEST),
                     ("2026-11-20T18:05:30", answered(3, worsening=True, spread="radiates")))
    assert log.csv_text(entries).split("\r\n") == [
        HEADER,
        "2026-11-20 18:05,stop,3,dull,radiates,yes,no,no,under_1_week,no,no,no,no,no,no,no",
        "2026-11-26 07:30,urgent,,,,,,,,,,yes,,,,",  # not answered: left empty, never "no"
        "",
    ]


@pytest.mark.parametrize(
    "entry,cells",
    (
        # the cells of legs_or_bladder, injury and night
        (saved_then(answered(3), "2026-11-20T08:00"), ["not asked then"] * 3),  # saved before they were asked
        (saved_then(CHEST, "2026-11-20T08:00"), ["not asked then"] * 3),
        (saved_then(answered(3), "2026-11-20T08:00", version=1), ["not asked then"] * 3),
        (saved(CHEST, "2026-11-20T08:00"), ["", "", ""]),  # asked, not answered: empty
        (saved(answered(3), "2026-11-20T08:00"), ["no", "no", "no"]),
        (saved(answered(3, night=True), "2026-11-20T08:00"), ["no", "no", "yes"]),
        (saved_then(answered(3), "2026-11-20T08:00", version=4), ["", "", ""]),  # a newer site's: asked
    ),
)
def test_the_csv_says_not_asked_then_for_a_question_an_entry_was_saved_before(entry, cells):
    """H-LOG-2: an old entry shows a new question as not answered. In the CSV, a question asked only since
    an entry was saved says "not asked then" (the same in every language); one asked and left unanswered
    stays empty."""
    row = next(csv.reader(io.StringIO(log.csv_row(entry), newline="")))
    by_key = dict(zip(KEYS, row[2:]))
    assert len(row) == len(KEYS) + 2 and [by_key[key] for key in NEW_IN_3] == cells
    assert row[1] == entry["level"] and by_key["chest_or_breathing"] in ("yes", "no")
    assert "not asked then" not in [by_key[key] for key in KEYS if key not in NEW_IN_3]


def test_the_header_follows_the_spec_keys():
    assert HEADER == "date,level," + ",".join(KEYS)
    assert log.csv_header() == HEADER + "\r\n"


@settings(max_examples=60, deadline=None)
@given(entries_strategy())
def test_the_export_is_its_header_then_each_entrys_row_so_a_long_log_is_made_row_by_row(entries):
    rows = [log.csv_row(entry) for entry in log.oldest_first(entries)]
    assert log.csv_text(entries) == log.csv_header() + "".join(rows)
    assert all(row.endswith("\r\n") and row.count("\r\n") == 1 for row in rows)


@settings(max_examples=60, deadline=None)
@given(entries_strategy())
def test_every_row_reads_back_with_a_cell_per_column(entries):
    rows = list(csv.reader(io.StringIO(log.csv_text(entries), newline="")))
    assert rows[0] == HEADER.split(",") and len(rows) == len(entries) + 1
    for row, entry in zip(rows[1:], log.oldest_first(entries)):
        assert len(row) == len(KEYS) + 2 and row[1] == entry["level"]
        for key, cell in zip(KEYS, row[2:]):
            value = entry["answers"].get(key)
            if key in log.not_asked(entry):
                assert cell == "not asked then" and value is None
            elif type(value) is bool:
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
    shown = [log.shown_entry("en", entry) for entry in log.newest_first(entries)]  # as the page lists them
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
    assert set(entry) == {"id", "when", "level", "answers", "version"}
    assert set(json.loads(log_store.entry_text(entry))) == {"version", "when", "level", "answers"}
    shown, spanish = log.shown_entry("es", entry), assess(answered(3), "es")
    assert (shown["title"], shown["reasons"]) == (spanish["title"], spanish["reasons"])
    assert shown["when_text"] == "martes, 24 de noviembre de 2026, 08:00"
    english = log.shown_entry("en", entry)
    assert english["when_text"] == "Tue 24 Nov 2026, 08:00" and english["title"] == assess(answered(3))["title"]
    assert {k: v for k, v in shown.items() if k not in ("when_text", "title", "reasons")} == {
        k: v for k, v in english.items() if k not in ("when_text", "title", "reasons")}


def answers_listed(lang, entry):
    """{question's key: its answer} as the log page lists the entry, in lang."""
    shown = log.shown_entry(lang, entry)
    said = dict(answer_rows(lang, shown["answers"], shown["not_asked"]))
    return {key: said[text(lang, QUESTION_BY_KEY[key]["text"])] for key in ASKED}


@pytest.mark.parametrize("version", (2, 1, 0))
def test_an_old_entry_lists_the_new_questions_as_not_asked_then(version):
    """H-LOG-2: an old entry shows a new question as not answered. An entry saved before a question was
    asked lists it as "Not asked then", in the list and the printout (the list, its answers opened), and
    keeps the level it was saved with."""
    old = saved_then(answered(3), "2026-11-20T08:00", version=version)
    assert old["level"] == "modify" and log.shown_entry("en", old)["level"] == "modify"
    listed = answers_listed("en", old)
    assert [key for key in ASKED if listed[key] == "Not asked then"] == [k for k in ASKED if k in NEW_IN_3]
    assert "Not answered" not in listed.values() and listed["pain"] == "3 out of 10"
    markup = entry_markup("en", old)
    assert markup.count("<dd>Not asked then</dd>") == 3 and "Not answered" not in markup
    assert "data-print-open" in markup, "the printout opens every entry's answers"
    spanish = answers_listed("es", old)
    assert [k for k in ASKED if spanish[k] == "Entonces no se preguntaba"] == [k for k in ASKED if k in NEW_IN_3]
    assert text("es", "answer.none") not in spanish.values()


@pytest.mark.parametrize(
    "entry,said",
    (
        (saved(CHEST, "2026-11-20T08:00"), "Not answered"),  # asked since, left unanswered: not answered
        (saved(answered(3), "2026-11-20T08:00"), "No"),
        (saved_then(CHEST, "2026-11-20T08:00", version=4), "Not answered"),  # a newer site's asked them
    ),
)
def test_a_new_question_an_entry_was_asked_is_listed_as_answered_or_not(entry, said):
    """H-LOG-2: an old entry shows a new question as not answered; and the other way round, an entry
    saved once the question was asked never says "Not asked then"."""
    listed = answers_listed("en", entry)
    assert [listed[key] for key in NEW_IN_3] == [said] * 3
    assert "Not asked then" not in listed.values() and log.shown_entry("en", entry)["not_asked"] == []


def test_an_answer_an_entry_holds_is_shown_whatever_its_version():
    entry = saved_then(CHEST, "2026-11-20T08:00")
    entry["answers"]["night"] = True  # no site of version 2 saved this; if one did, it is shown
    assert log.not_asked(entry) == ["legs_or_bladder", "injury"]
    assert answers_listed("en", entry)["night"] == "Yes"
    row = dict(zip(KEYS, log.csv_row(entry)[:-2].split(",")[2:]))
    assert [row[key] for key in NEW_IN_3] == ["not asked then", "not asked then", "yes"]


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
            entries = log_move.read_legacy(damaged_legacy(rng, entries))[0]
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

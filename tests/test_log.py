"""My log (SPEC section 8): entries, storage and migration, and what the log page shows.

The same functions run in the browser's MicroPython; the last tests compare
whole results there and in CPython on many generated logs, damaged ones too.
"""

import csv
import datetime
import io
import json
import random
import shutil

import pytest
import textstat
from hypothesis import given, settings
from hypothesis import strategies as st

from pyapp import assess, log
from pyapp.policy import LEVELS, PAIN_STOP_AT, decide
from pyapp.questions import KEYS, QUESTION_BY_KEY, choice_values
from tests.answer_sets import DOMAINS
from tests.conftest import ROOT
from tests.micropython import in_cpython, run_in_micropython

TODAY = "2026-11-26"
NO_SIGNS = {"chest_or_breathing": False, "trauma": False, "neuro": False, "systemic": False,
            "spread": "none", "duration": "under_1_week", "quality": "dull", "worsening": False,
            "persists_after_stopping": False, "changes_form": False}
CHEST = {"chest_or_breathing": True}  # decides "urgent" on its own


def answered(pain=None, **changes):
    """Every question answered, no warning sign, with the pain and changes given."""
    answers = dict(NO_SIGNS, **changes)
    if pain is not None:
        answers["pain"] = pain
    return answers


def day(offset, today=TODAY):
    """The ISO date offset days from today."""
    return (datetime.date.fromisoformat(today) + datetime.timedelta(days=offset)).isoformat()


def saved(answers, when):
    """A log entry for answers that decide a level, saved at when."""
    level, _reasons = decide(answers)
    return log.new_entry(answers, level, when)


def logged(*rows):
    """A log from (when, answers) rows, in the order saved."""
    entries = []
    for when, answers in rows:
        entries = log.add(entries, saved(answers, when))
    return entries


def pain_log(*rows):
    """A log from (days from today, pain or None) rows; None leaves pain unanswered (chest pain)."""
    return logged(*[(day(offset) + "T08:00", CHEST if pain is None else answered(pain))
                    for offset, pain in rows])


# Dates ---------------------------------------------------------------------------

@given(st.dates(min_value=datetime.date(1, 1, 1)))
def test_day_numbers_match_python_datetime(date):
    expected = date.toordinal() - datetime.date(1970, 1, 1).toordinal()
    assert log.days_from_civil(date.year, date.month, date.day) == expected


@pytest.mark.parametrize(
    "date_a,date_b,days",
    (
        ("2026-11-10", "2026-11-26", 16),
        ("2026-11-26", "2026-11-10", -16),  # the other way round
        ("2024-02-28", "2024-03-01", 2),  # a leap year
        ("2026-02-28", "2026-03-01", 1),
        ("1900-02-28", "1900-03-01", 1),  # a century is no leap year...
        ("2000-02-28", "2000-03-01", 2),  # ...unless it divides by 400
        ("2026-12-31", "2027-01-01", 1),
        ("1969-12-31", "1970-01-01", 1),  # before the day numbers start
    ),
)
def test_days_between(date_a, date_b, days):
    assert log.days_between(date_a, date_b) == days


@pytest.mark.parametrize(
    "date,message",
    (
        ("2026-02-29", 'date: must be a date like 2026-11-26, got "2026-02-29"'),  # not a leap year
        ("2026-13-01", 'date: must be a date like 2026-11-26, got "2026-13-01"'),
        ("2026-04-31", 'date: must be a date like 2026-11-26, got "2026-04-31"'),
        ("0000-01-01", 'date: must be a date like 2026-11-26, got "0000-01-01"'),
        ("26-11-2026", 'date: must be a date like 2026-11-26, got "26-11-2026"'),
        ("2026-1-1", 'date: must be a date like 2026-11-26, got "2026-1-1"'),
        ("2026-11-26T08:00", 'date: must be a date like 2026-11-26, got "2026-11-26T08:00"'),
        ("\uff12026-11-26", 'date: must be a date like 2026-11-26, got "\\uff12026-11-26"'),  # a wide 2
        (20261126, "date: must be a date like 2026-11-26, got 20261126"),
        (None, "date: must be a date like 2026-11-26, got null"),
    ),
)
def test_a_bad_date_names_what_is_wrong(date, message):
    with pytest.raises(ValueError) as raised:
        log.days_between(date, TODAY)
    assert str(raised.value) == message


@pytest.mark.parametrize(
    "when,normal",
    (
        ("2026-11-26T07:30", "2026-11-26T07:30:00"),  # what a datetime-local input gives
        ("2026-11-26T07:30:59", "2026-11-26T07:30:59"),
        ("2024-02-29T00:00", "2024-02-29T00:00:00"),
        ("2026-12-31T23:59:59", "2026-12-31T23:59:59"),
    ),
)
def test_times_are_kept_with_seconds(when, normal):
    assert log.normal_when(when) == normal


@pytest.mark.parametrize(
    "when",
    (
        "2026-11-26 07:30",  # a space, not a T
        "2026-11-26T24:00",
        "2026-11-26T07:60",
        "2026-11-26T07:30:60",
        "2026-11-26T07:30Z",  # no time zones: the runner's own clock
        "2026-11-26T07:30:00.5",
        "2026-02-29T07:30",
        "2026-11-26",
        "",
        None,
    ),
)
def test_a_bad_time_names_what_is_wrong(when):
    with pytest.raises(ValueError) as raised:
        log.normal_when(when)
    assert str(raised.value).startswith("when: must be a date and time like 2026-11-26T07:30, got ")


@pytest.mark.parametrize(
    "days,text",
    ((-2, "today"), (0, "today"), (1, "yesterday"), (2, "2 days ago"), (16, "16 days ago")),
)
def test_ago(days, text):
    assert log.ago(days) == text


# Entries -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "answers,level",
    (
        (answered(3), "modify"),
        (answered(0), "run"),
        (answered(2, duration="over_2_weeks"), "professional"),
        (CHEST, "urgent"),  # decided at once; the other questions stay unanswered
        ({"chest_or_breathing": False, "trauma": False, "neuro": True}, "professional"),
    ),
)
def test_an_entry_keeps_the_answers_as_given_and_their_level(answers, level):
    entry = log.new_entry(answers, level, "2026-11-26T07:30")
    assert entry == {"id": "2026-11-26T07:30:00", "when": "2026-11-26T07:30:00", "level": level,
                     "answers": answers}
    assert entry["answers"] is not answers


@pytest.mark.parametrize(
    "answers,level,when,message",
    (
        (answered(3), "run", "2026-11-26T07:30", 'level: the answers give "modify", got "run"'),
        (answered(3), "maybe", "2026-11-26T07:30",
         'level: must be one of urgent, professional, stop, modify, run, got "maybe"'),
        ({"pain": 2}, "modify", "2026-11-26T07:30",  # a warning sign could still change it
         "answers: they do not decide a level yet, so there is nothing to save"),
        (answered(3, neuro=1), "modify", "2026-11-26T07:30", "neuro: must be true or false, got 1"),
        (dict(CHEST, legs=True), "urgent", "2026-11-26T07:30",
         'unknown key "legs": allowed keys are ' + ", ".join(KEYS)),
        ([3], "modify", "2026-11-26T07:30", "answers: must be an object of key/value pairs, got [3]"),
        (answered(3), "modify", "yesterday",
         'when: must be a date and time like 2026-11-26T07:30, got "yesterday"'),
    ),
)
def test_a_bad_entry_names_what_is_wrong(answers, level, when, message):
    with pytest.raises(ValueError) as raised:
        log.new_entry(answers, level, when)
    assert str(raised.value) == message


@pytest.mark.parametrize(
    "whens,ids",
    (
        (["2026-11-26T07:30"], ["2026-11-26T07:30:00"]),
        # saved twice in one second (a double tap): still one id each
        (["2026-11-26T07:30:05"] * 3,
         ["2026-11-26T07:30:05", "2026-11-26T07:30:05~2", "2026-11-26T07:30:05~3"]),
        (["2026-11-26T07:30", "2026-11-25T07:30"], ["2026-11-26T07:30:00", "2026-11-25T07:30:00"]),
    ),
)
def test_every_entry_has_its_own_id(whens, ids):
    assert [entry["id"] for entry in logged(*[(when, CHEST) for when in whens])] == ids


def test_delete_takes_out_one_entry_by_id():
    entries = logged(("2026-11-26T07:30", CHEST), ("2026-11-26T07:30", answered(2)),
                     ("2026-11-20T07:30", answered(5)))
    kept = log.delete(entries, "2026-11-26T07:30:00~2")
    assert [entry["answers"] for entry in kept] == [CHEST, answered(5)]
    with pytest.raises(ValueError) as raised:
        log.delete(kept, "2026-11-26T07:30:00~2")
    assert str(raised.value) == 'id: no saved result has the id "2026-11-26T07:30:00~2"'


@pytest.mark.parametrize(
    "whens,newest_first",
    (
        ([], []),
        (["2026-11-20T07:30", "2026-11-26T07:30", "2026-11-01T07:30"], [1, 0, 2]),
        (["2026-11-26T07:30", "2026-11-26T07:29:59"], [0, 1]),  # the seconds count
        (["2026-11-26T07:30", "2026-11-26T07:30"], [1, 0]),  # the same time: saved last first
        (["2025-12-31T23:00", "2026-01-01T01:00"], [1, 0]),
    ),
)
def test_newest_first(whens, newest_first):
    entries = logged(*[(when, CHEST) for when in whens])
    assert log.newest_first(entries) == [entries[i] for i in newest_first]


# Storage ---------------------------------------------------------------------------

@st.composite
def entries_strategy(draw):
    """A log of up to 12 entries: whole answer sets, and partial ones that decide a level."""
    entries = []
    for _ in range(draw(st.integers(0, 12))):
        answers = draw(st.fixed_dictionaries({key: st.sampled_from(v) for key, v in DOMAINS.items()}))
        for key in draw(st.lists(st.sampled_from(KEYS), unique=True)):
            if decide({k: v for k, v in answers.items() if k != key})[0]:
                del answers[key]
        date = draw(st.dates(datetime.date(2020, 1, 1), datetime.date(2030, 12, 31)))
        time = draw(st.times()).replace(microsecond=0)
        entries = log.add(entries, saved(answers, date.isoformat() + "T" + time.isoformat()))
    return entries


@settings(max_examples=100, deadline=None)  # drawing a log takes a while; no deadline
@given(entries_strategy())
def test_what_is_saved_loads_back(entries):
    assert log.load(log.dump(entries)) == (entries, [])


def test_the_stored_text_has_the_schema_version_and_nothing_else():
    text = log.dump(logged(("2026-11-26T07:30", CHEST)))
    assert json.loads(text) == {"version": log.SCHEMA_VERSION, "entries": [
        {"when": "2026-11-26T07:30:00", "level": "urgent", "answers": CHEST}]}


def test_every_older_version_has_a_way_up():
    assert sorted(log.MIGRATIONS) == list(range(log.SCHEMA_VERSION))


def test_a_log_from_version_0_loads_and_saves_as_the_current_version():
    version_0 = json.dumps([
        {"when": "2026-11-10T07:30:00", "level": "modify", "answers": answered(3)},
        {"when": "2026-11-20T07:30:00", "level": "urgent", "answers": CHEST},
    ])
    entries, problems = log.load(version_0)
    assert problems == []
    assert [(e["when"], e["level"]) for e in entries] == [("2026-11-10T07:30:00", "modify"),
                                                         ("2026-11-20T07:30:00", "urgent")]
    text = log.save(version_0, answered(0), "run", "2026-11-26T07:30")
    assert json.loads(text)["version"] == log.SCHEMA_VERSION
    assert len(log.load(text)[0]) == 3, "the update lost nothing"


GOOD = {"when": "2026-11-20T07:30:00", "level": "urgent", "answers": CHEST}


def stored(*items, version=log.SCHEMA_VERSION):
    return json.dumps({"version": version, "entries": list(items)})


@pytest.mark.parametrize(
    "text,kept,problems",
    (
        (None, 0, []),  # nothing saved yet
        ("", 0, []),
        (stored(GOOD, GOOD), 2, []),
        ("{not json", 0, [log.UNREADABLE]),
        ("[" * 5000, 0, [log.UNREADABLE]),  # deeper than CPython's json goes
        ("42", 0, [log.UNREADABLE]),  # JSON, but not a log
        ('{"entries": []}', 0, [log.UNREADABLE]),  # no version
        ('{"version": "1", "entries": []}', 0, [log.UNREADABLE]),
        ('{"version": true, "entries": []}', 0, [log.UNREADABLE]),  # a bool is no version
        ('{"version": 1, "entries": {}}', 0, [log.UNREADABLE]),
        (stored(GOOD, dict(GOOD, answers={"pain": 11})), 1, [log.SKIPPED_ONE]),
        (stored(GOOD, 5, None, "x"), 1, ["3 saved results could not be read. They are left out."]),
        (stored(dict(GOOD, level="maybe"), GOOD), 1, [log.SKIPPED_ONE]),
        (stored(dict(GOOD, when="2026-11-31T07:30"), GOOD), 1, [log.SKIPPED_ONE]),
        (stored(dict(GOOD, answers={"legs": True}), GOOD), 1, [log.SKIPPED_ONE]),
        (stored({"level": "urgent", "answers": CHEST}), 0, [log.SKIPPED_ONE]),  # no time
        (stored(dict(GOOD, note="x", id="y")), 1, []),  # fields it does not know are let go
        (stored(dict(GOOD, level="run")), 1, []),  # kept: what the runner was told then
        # a newer site saved it: show what can be read, never write over it
        (stored(GOOD, version=2), 1, [log.NEWER]),
        (stored(GOOD, 5, version=2), 1, [log.NEWER, log.SKIPPED_ONE]),
        ('{"version": 2, "results": []}', 0, [log.NEWER]),
    ),
)
def test_damaged_storage_keeps_every_readable_entry(text, kept, problems):
    entries, found = log.load(text)
    assert (len(entries), found) == (kept, problems)


@pytest.mark.parametrize("text", (stored(GOOD, version=2), '{"version": 9, "results": []}'))
def test_a_log_from_a_newer_site_is_never_written_over(text):
    for change in (lambda: log.save(text, CHEST, "urgent", "2026-11-26T07:30"),
                   lambda: log.remove(text, GOOD["when"])):
        with pytest.raises(ValueError) as raised:
            change()
        assert str(raised.value) == log.NEWER_SAVE


def test_save_and_remove_change_one_entry():
    text = log.save(None, answered(3), "modify", "2026-11-20T07:30")
    text = log.save(text, CHEST, "urgent", "2026-11-26T07:30")
    assert [e["level"] for e in log.load(text)[0]] == ["modify", "urgent"]
    text = log.remove(text, "2026-11-20T07:30:00")
    assert [e["level"] for e in log.load(text)[0]] == ["urgent"]


stored_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20)
    | st.sampled_from(["2026-11-26T07:30", "urgent", "pain", "answers", "when", "level"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["version", "entries", "when", "level", "answers"] + list(KEYS)), inner,
        max_size=5),
    max_leaves=20,
)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), stored_json.map(json.dumps),
                 st.builds(lambda items, v: stored(*items, version=v),
                           st.lists(stored_json, max_size=4), st.integers(-1, 3))))
def test_load_never_raises(text):
    entries, problems = log.load(text)
    assert all(entry["level"] in LEVELS for entry in entries)
    assert all(type(problem) is str for problem in problems)


# What the log says ---------------------------------------------------------------

def test_the_durations_are_the_questions_choices_in_order():
    values = [value for value, _days in log.DURATIONS]
    assert tuple(values) == choice_values(QUESTION_BY_KEY["duration"])
    days = [days for _value, days in log.DURATIONS]
    assert days[0] == 0 and days == sorted(set(days))
    assert log.LONG_PAIN == values[-1]


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
    hint = log.duration_hint(entries, TODAY)
    assert (hint and log.duration_for(hint["days"])) == duration
    assert (hint and hint["value"]) == (duration if duration == "over_2_weeks" else None), \
        "only the longest answer is offered: the log's count is a minimum"
    assert (log.two_week_note(entries, TODAY) is not None) == note


def test_the_hint_and_the_note_say_what_the_log_shows():
    entries = pain_log((-16, 3), (-2, 2))
    assert log.duration_hint(entries, TODAY) == {
        "text": "You first saved a result with pain 16 days ago, so you have had it at least that long. "
                "If it began before that, count from when it began. Your log alone shows "
                "\u201cMore than two weeks\u201d.",
        "value": "over_2_weeks", "days": 16}
    assert log.duration_hint(pain_log((-9, 2)), TODAY) == {
        "text": "You first saved a result with pain 9 days ago, so you have had it at least that long. "
                "If it began before that, count from when it began.",
        "value": None, "days": 9}
    assert log.two_week_note(entries, TODAY) == {
        "text": "You first saved a result with pain 16 days ago. Pain that lasts more than two weeks, "
                "even with rest and self-care, should be checked by a doctor or physiotherapist.",
        "guide": "warning-signs/#pain-that-lasts"}


def test_the_notes_link_goes_to_the_guidance_on_pain_that_lasts():
    guide = log.two_week_note(pain_log((-15, 3)), TODAY)["guide"]
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


@settings(max_examples=60, deadline=None)
@given(entries_strategy())
def test_every_row_reads_back_with_a_cell_per_column(entries):
    rows = list(csv.reader(io.StringIO(log.csv_text(entries), newline="")))
    assert rows[0] == HEADER.split(",") and len(rows) == len(entries) + 1
    for row, entry in zip(rows[1:], log.newest_first(entries)[::-1]):
        assert len(row) == len(KEYS) + 2 and row[1] == entry["level"]
        for key, cell in zip(KEYS, row[2:]):
            value = entry["answers"].get(key)
            if type(value) is bool:
                assert cell == ("yes" if value else "no")
            else:
                assert cell == ("" if value is None else str(value))


# Texts ---------------------------------------------------------------------------------

TEXTS = (
    ("unreadable", log.UNREADABLE),
    ("one skipped", log.SKIPPED_ONE),
    ("many skipped", log.SKIPPED_MANY.format(12)),
    ("newer", log.NEWER),
    ("newer, saving", log.NEWER_SAVE),
    ("note", log.NOTE.format("16 days ago")),
    ("hint", log.HINT.format("yesterday")),
    ("first logged", log.FIRST_LOGGED.format("16 days ago")),
)


@pytest.mark.parametrize("where,text", TEXTS, ids=[where for where, _text in TEXTS])
def test_text_is_at_most_grade_8(where, text):
    assert textstat.flesch_kincaid_grade(text) <= 8, "{}: {!r}".format(where, text)


@given(st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31)),
       st.times())
def test_dates_read_the_same_on_every_device(date, time):
    when = "{}T{:02d}:{:02d}:{:02d}".format(date.isoformat(), time.hour, time.minute, time.second)
    assert log.date_text(date.isoformat()) == "{} {} {} {}".format(
        date.strftime("%a"), date.day, date.strftime("%b"), date.year)
    assert log.when_text(when) == log.date_text(date.isoformat()) + ", " + when[11:16]
    assert log.day_text(date.isoformat()) == "{} {}".format(date.day, date.strftime("%b"))


# The page's one call ------------------------------------------------------------------

def test_the_summary_has_everything_the_log_page_shows():
    text = log.dump(pain_log((-16, 3), (-2, None), (0, 1)))
    page = log.summary({"text": text, "today": TODAY, "width": 320, "height": 160})
    shown = [log.shown_entry(entry) for entry in page["entries"]]  # as the page lists them
    assert [(e["date"], e["level"], e["pain"]) for e in shown] == [
        (TODAY, "modify", 1), (day(-2), "urgent", None), (day(-16), "modify", 3)]
    assert shown[0]["title"] == assess(answered(1))["title"]
    assert shown[0]["reasons"] == assess(answered(1))["reasons"]
    assert shown[1]["reasons"][0]["id"] == "chest_or_breathing"
    assert page["problems"] == [] and page["read_only"] is False
    assert (page["first_logged_days"], page["first_logged"]) == (16, "You started this log 16 days ago.")
    assert page["note"]["guide"].endswith("#pain-that-lasts")
    assert len(page["chart"]["points"]) == 2


def test_an_empty_log_says_nothing_about_pain():
    page = log.summary({"text": None, "today": TODAY, "width": 320, "height": 160})
    assert page["entries"] == [] and page["first_logged"] is None and page["note"] is None
    assert page["chart"]["points"] == [] and log.csv_text([]) == HEADER + "\r\n"


@pytest.mark.parametrize(
    "state,message",
    (
        ("x", 'state: must be an object of key/value pairs, got "x"'),
        ({"today": "26/11/2026", "width": 320, "height": 160},
         'today: must be a date like 2026-11-26, got "26/11/2026"'),
        ({"today": TODAY, "width": 0, "height": 160}, "width: must be a whole number of 1 or more, got 0"),
        ({"today": TODAY, "width": 320, "height": True},
         "height: must be a whole number of 1 or more, got true"),
        ({"today": TODAY, "width": 320.5, "height": 160},
         "width: must be a whole number of 1 or more, got 320.5"),
    ),
)
def test_a_bad_state_names_what_is_wrong(state, message):
    with pytest.raises(ValueError) as raised:
        log.summary(state)
    assert str(raised.value) == message


# CPython and MicroPython -----------------------------------------------------------------

def random_log(rng):
    """A log of 0-20 entries over a few weeks: whole answer sets and partial ones."""
    entries = []
    for _ in range(rng.randrange(21)):
        answers = {key: rng.choice(values) for key, values in DOMAINS.items()}
        for key in rng.sample(KEYS, rng.randrange(len(KEYS))):
            if decide({k: v for k, v in answers.items() if k != key})[0]:
                del answers[key]
        when = "{}T{:02d}:{:02d}".format(day(-rng.randrange(40)), rng.randrange(24), rng.randrange(60))
        entries = log.add(entries, saved(answers, when if rng.random() < 0.7 else when + ":07"))
    return entries


JUNK = (5, None, "x", [], {}, dict(GOOD, level="maybe"), dict(GOOD, answers={"pain": 11}),
        dict(GOOD, answers={"pain": True}), dict(GOOD, when="2026-02-30T07:30"), dict(GOOD, when=7))


def damaged(rng, entries):
    """The stored text of a log, damaged in one of the ways storage can be."""
    text = log.dump(entries)
    data = json.loads(text)
    way = rng.randrange(8)
    if way == 0:
        return text
    if way == 1:  # cut short
        return text[:rng.randrange(len(text) + 1)]
    if way == 2:  # version 0, a bare list
        return json.dumps(data["entries"])
    if way == 3:  # a newer site's
        return json.dumps(dict(data, version=rng.choice([2, 3, 10])))
    if way == 4:  # some entries broken
        for _ in range(rng.randrange(1, 4)):
            data["entries"].insert(rng.randrange(len(data["entries"]) + 1), rng.choice(JUNK))
        return json.dumps(data)
    if way == 5:
        return rng.choice(["", "null", "{", "[" * 3000, "<html>", "true", '{"version": 1}',
                           '{"version": "1", "entries": []}', "\U0001f3c3"])
    if way == 6:  # the wrong version type
        return json.dumps(dict(data, version=rng.choice(["1", 1.0, True, None, -1, 0])))
    return None  # nothing saved yet


def page_states(count=250, seed=8):
    rng = random.Random(seed)
    return [{"text": damaged(rng, random_log(rng)), "today": TODAY,
             "width": rng.choice([320, 600, 97]), "height": rng.choice([160, 200, 33])}
            for _ in range(count)] + ["not a state", {"text": None, "today": "2026-02-29"}]


def test_the_summary_is_the_same_in_micropython(tmp_path, shipped_pyapp):
    states = page_states()
    expected = json.loads(json.dumps(in_cpython(log.summary, states)))
    got = run_in_micropython("pyapp.log.summary", states, tmp_path, shipped_pyapp)
    assert sum("result" in r and r["result"]["entries"] != [] for r in expected) > 100
    mismatches = [(s, e, g) for s, e, g in zip(states, expected, got) if e != g]
    assert not mismatches, mismatches[:1]


# Calls every other function the page uses with several arguments, in either Python.
ADAPTER = '''
import json
from pyapp import log

PARSED = ("save", "remove", "dump")  # stored text: compare what it holds, not its key order


def call(request):
    result = getattr(log, request["function"])(*request["args"])
    return json.loads(result) if request["function"] in PARSED else result
'''


def adapter_requests():
    rng = random.Random(11)
    requests = []
    for _ in range(60):
        text = damaged(rng, random_log(rng))
        answers = {key: rng.choice(values) for key, values in DOMAINS.items()}
        level = rng.choice(LEVELS + (decide(answers)[0],) * 4)
        when = rng.choice(["2026-11-26T07:30", "2026-11-26T07:30:15", "2026-11-26", "bad"])
        entries = log.load(text)[0]
        entry_id = rng.choice([e["id"] for e in entries] + ["2026-01-01T00:00:00"])
        requests += [
            {"function": "save", "args": [text, answers, level, when]},
            {"function": "save", "args": [text, CHEST, "urgent", when]},
            {"function": "remove", "args": [text, entry_id]},
            {"function": "load", "args": [text]},
            {"function": "csv_text", "args": [entries]},
            {"function": "when_text", "args": [rng.choice([e["when"] for e in entries] or [GOOD["when"]])]},
            {"function": "day_text", "args": [day(-rng.randrange(4000))]},
            {"function": "shown_entry", "args": [rng.choice(entries or [dict(GOOD, id=GOOD["when"])])]},
            {"function": "new_entry", "args": [dict(answers, pain=rng.choice([3, 11, "3"])), level, when]},
            {"function": "days_between", "args": [day(-rng.randrange(400)), rng.choice([TODAY, "2024-02-29", "x"])]},
        ]
    return requests


def test_saving_and_deleting_are_the_same_in_micropython(tmp_path, shipped_pyapp):
    pyapp_dir = tmp_path / "pyapp"
    shutil.copytree(shipped_pyapp, pyapp_dir)
    (pyapp_dir / "log_calls.py").write_text(ADAPTER)
    namespace = {}
    exec(ADAPTER, namespace)
    requests = adapter_requests()
    expected = json.loads(json.dumps(in_cpython(namespace["call"], requests)))
    got = run_in_micropython("pyapp.log_calls.call", requests, tmp_path, pyapp_dir=pyapp_dir)
    assert sum("error" in r for r in expected) > 50 and sum("result" in r for r in expected) > 150
    mismatches = [(r, e, g) for r, e, g in zip(requests, expected, got) if e != g]
    assert not mismatches, mismatches[:1]

"""Dates and times as the log stores and says them (pyapp.dates): the calendar arithmetic
MicroPython has no datetime for, checked against CPython's datetime."""

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pyapp import dates
from pyapp.texts import first_capital

TODAY = "2026-11-26"


@given(st.dates(min_value=datetime.date(1, 1, 1)))
def test_day_numbers_match_python_datetime(date):
    expected = date.toordinal() - datetime.date(1970, 1, 1).toordinal()
    assert dates.days_from_civil(date.year, date.month, date.day) == expected
    assert dates.day_number(date.isoformat()) == expected


@given(st.dates(min_value=datetime.date(1, 1, 1)), st.dates(min_value=datetime.date(1, 1, 1)))
def test_days_between_matches_python_datetime(date_a, date_b):
    assert dates.days_between(date_a.isoformat(), date_b.isoformat()) == (date_b - date_a).days


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
    assert dates.days_between(date_a, date_b) == days


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
        dates.days_between(date, TODAY)
    assert str(raised.value) == message
    with pytest.raises(ValueError) as raised:
        dates.days_between(TODAY, date)
    assert str(raised.value) == message
    with pytest.raises(ValueError) as raised:
        dates.parse_date(date, "today")
    assert str(raised.value) == message.replace("date:", "today:", 1)


def test_a_good_date_gives_its_numbers():
    assert dates.parse_date("2024-02-29") == [2024, 2, 29]
    assert dates.parse_date("9999-12-31") == [9999, 12, 31]


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
    assert dates.normal_when(when) == normal


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
        "2026-11-26T07:30:0\uff15",  # a wide 5
        "",
        None,
        202611260730,
    ),
)
def test_a_bad_time_names_what_is_wrong(when):
    with pytest.raises(ValueError) as raised:
        dates.normal_when(when)
    assert str(raised.value).startswith("when: must be a date and time like 2026-11-26T07:30, got ")


@given(st.datetimes(min_value=datetime.datetime(1, 1, 1)))
def test_seconds_match_python_datetime(moment):
    moment = moment.replace(microsecond=0)
    when = dates.normal_when(moment.isoformat())
    assert dates.seconds(when) == int((moment - datetime.datetime(1970, 1, 1)).total_seconds())


@pytest.mark.parametrize(
    "lang,days,text",
    (
        ("en", -2, "today"), ("en", 0, "today"), ("en", 1, "yesterday"), ("en", 2, "2 days ago"),
        ("en", 16, "16 days ago"),
        ("es", -2, "hoy"), ("es", 0, "hoy"), ("es", 1, "ayer"), ("es", 2, "hace 2 d\u00edas"),
        ("es", 16, "hace 16 d\u00edas"),
    ),
)
def test_ago(lang, days, text):
    assert dates.ago(lang, days) == text


@given(st.dates(min_value=datetime.date(1, 1, 1), max_value=datetime.date(9999, 12, 31)),
       st.times())
def test_dates_read_the_same_on_every_device(date, time):
    when = "{}T{:02d}:{:02d}:{:02d}".format(date.isoformat(), time.hour, time.minute, time.second)
    assert dates.date_text("en", date.isoformat()) == "{} {} {} {}".format(
        date.strftime("%a"), date.day, date.strftime("%b"), date.year)
    assert dates.when_text("en", when) == dates.date_text("en", date.isoformat()) + ", " + when[11:16]
    assert dates.day_text("en", date.isoformat()) == "{} {}".format(date.day, date.strftime("%b"))
    weekday, month = SPANISH_WEEKDAYS[date.weekday()], SPANISH_MONTHS[date.month - 1]
    assert dates.date_text("es", date.isoformat()) == "{}, {} de {} de {}".format(weekday, date.day, month, date.year)
    assert dates.when_text("es", when) == dates.date_text("es", date.isoformat()) + ", " + when[11:16]
    assert dates.day_text("es", date.isoformat()) == "{} de {}".format(date.day, month)


# Spanish, as CLDR writes it (weekdays and months in lower case), Monday and January first
SPANISH_WEEKDAYS = ("lunes", "martes", "mi\u00e9rcoles", "jueves", "viernes", "s\u00e1bado", "domingo")
SPANISH_MONTHS = ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
                  "noviembre", "diciembre")


@pytest.mark.parametrize("lang,date,when,day", (
    ("en", "Thu 26 Nov 2026", "Thu 26 Nov 2026, 07:30", "26 Nov"),
    ("es", "jueves, 26 de noviembre de 2026", "jueves, 26 de noviembre de 2026, 07:30", "26 de noviembre"),
))
def test_date_texts_of_a_known_day(lang, date, when, day):
    assert dates.date_text(lang, TODAY) == date
    assert dates.when_text(lang, "2026-11-26T07:30:15") == when
    assert dates.day_text(lang, TODAY) == day


@pytest.mark.parametrize("words,capital", (
    ("jueves, 26 de noviembre de 2026, 07:30", "Jueves, 26 de noviembre de 2026, 07:30"),
    ("mi\u00e9rcoles, 25 de noviembre de 2026", "Mi\u00e9rcoles, 25 de noviembre de 2026"),
    ("Thu 26 Nov 2026, 07:30", "Thu 26 Nov 2026, 07:30"),
    ("", ""),
))
def test_a_date_that_starts_a_heading_starts_with_a_capital(words, capital):
    assert first_capital(words) == capital

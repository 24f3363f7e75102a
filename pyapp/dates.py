"""Dates and times as the log stores and says them: ISO text in, whole days and plain words out.

MicroPython has no datetime, so the calendar arithmetic is here, checked by
the same tests in CPython and in the site's MicroPython. The words (weekdays,
months, "today") and their order are each language's, in its catalogue.
"""

import re

from pyapp.texts import plural, shown, text

# (field, where it sits in "YYYY-MM-DDTHH:MM:SS", lowest, highest); a day is checked with its month
DATE_FIELDS = (("year", 0, 4, 1, 9999), ("month", 5, 7, 1, 12), ("day", 8, 10, 1, 31))
TIME_FIELDS = (("hour", 11, 13, 0, 23), ("minute", 14, 16, 0, 59), ("second", 17, 19, 0, 59))
# The shapes, ASCII digits only; one match is many times quicker in MicroPython than
# checking each character ({4} and \d are not in its re, so the digits are spelled out)
DATE_SHAPE = "{0}{0}{0}{0}-{0}{0}-{0}{0}".format("[0-9]")
DATE = re.compile("^" + DATE_SHAPE + "$")
WHEN = re.compile("^" + DATE_SHAPE + "T{0}{0}:{0}{0}:{0}{0}$".format("[0-9]"))
MONTH_DAYS = (31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
DAY_SECONDS = 24 * 60 * 60

DATE_EXAMPLE = "2026-11-26"
WHEN_EXAMPLE = "2026-11-26T07:30"


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_from_civil(year, month, day):
    """Days since 1970-01-01 (Howard Hinnant's algorithm; MicroPython has no datetime)."""
    if month <= 2:
        year -= 1
    era = year // 400
    year_of_era = year - era * 400
    day_of_year = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    day_of_era = year_of_era * 365 + year_of_era // 4 - year_of_era // 100 + day_of_year
    return era * 146097 + day_of_era - 719468


def _read_fields(text, shape, fields):
    """The numbers of a fixed-width date or time, or None if the text is not one."""
    if shape.match(text) is None:
        return None
    numbers = []
    for _name, start, end, lowest, highest in fields:
        number = int(text[start:end])
        if not lowest <= number <= highest:
            return None
        numbers.append(number)
    year, month, day = numbers[:3]
    if day > (29 if month == 2 and _is_leap(year) else MONTH_DAYS[month - 1]):
        return None
    return numbers


def parse_date(date, name="date"):
    """(year, month, day) of an ISO date 'YYYY-MM-DD', or ValueError."""
    numbers = None
    if type(date) is str and len(date) == 10:
        numbers = _read_fields(date, DATE, DATE_FIELDS)
    if numbers is None:
        raise ValueError("{}: must be a date like {}, got {}".format(name, DATE_EXAMPLE, shown(date)))
    return numbers


def normal_when(when):
    """'YYYY-MM-DDTHH:MM' or 'YYYY-MM-DDTHH:MM:SS' as the latter, or ValueError."""
    numbers = None
    if type(when) is str and len(when) in (16, 19):
        full = when if len(when) == 19 else when + ":00"
        numbers = _read_fields(full, WHEN, DATE_FIELDS + TIME_FIELDS)
    if numbers is None:
        raise ValueError("when: must be a date and time like {}, got {}".format(WHEN_EXAMPLE, shown(when)))
    return full


def day_number(date):
    """Days since 1970-01-01 of an ISO date."""
    year, month, day = parse_date(date)
    return days_from_civil(year, month, day)


def days_between(date_a, date_b):
    """Whole days from date_a to date_b (negative if date_b is earlier); ISO dates."""
    return day_number(date_b) - day_number(date_a)


def seconds(when):
    """Seconds since 1970-01-01 of a normal 'YYYY-MM-DDTHH:MM:SS' (one already checked)."""
    day = days_from_civil(int(when[0:4]), int(when[5:7]), int(when[8:10]))
    return day * DAY_SECONDS + int(when[11:13]) * 3600 + int(when[14:16]) * 60 + int(when[17:19])


def date_text(lang, date):
    """'Thu 26 Nov 2026' for '2026-11-26' ('jueves, 26 de noviembre de 2026' in Spanish): the same on
    every device, with no day/month order to misread.

    (The browser's own date formats cost a phone more to set up than the rest of the log page.)
    """
    year, month, day = parse_date(date)
    weekday = (days_from_civil(year, month, day) + 3) % 7 + 1  # 1 is Monday; 1970-01-01 was a Thursday
    return text(lang, "date.long", weekday=text(lang, "date.weekday.{}".format(weekday)), day=day,
                month=text(lang, "date.month.{}".format(month)), year=year)


def when_text(lang, when):
    """'Thu 26 Nov 2026, 07:30' for a normal 'YYYY-MM-DDTHH:MM:SS'."""
    return text(lang, "date.when", date=date_text(lang, when[:10]), time=when[11:16])


def day_text(lang, date):
    """'26 Nov' for '2026-11-26': the chart's labels."""
    _year, month, day = parse_date(date)
    return text(lang, "date.day", day=day, month=text(lang, "date.month.{}".format(month)))


def ago(lang, days):
    """'today', 'yesterday' or '16 days ago'; a date after today counts as today."""
    if days <= 0:
        return text(lang, "date.today")
    if days == 1:
        return text(lang, "date.yesterday")
    return plural(lang, "date.days_ago", days)

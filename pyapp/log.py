"""My log: the check results a runner chose to save, kept in their browser.

Pure functions over the stored text; the page reads and writes the storage
and draws what `summary` returns. An entry is the date and time, the answers
as given (a question left unanswered is left out, never filled in) and the
level the check gave. Nothing else is stored: an entry's id is made from its
time when the log is read.

The stored text carries a schema version. `load` turns every older version
into the current one (a site update never loses an entry), keeps every
readable entry of damaged text and never raises. Note that MicroPython's
json module reads some broken JSON that CPython refuses (a missing comma, for
one); every entry still passes the same checks in both.
"""

import json
import re

from pyapp.engine import reason
from pyapp.outcomes import OUTCOMES
from pyapp.policy import LEVELS, PAIN_STOP_AT, decide
from pyapp.questions import KEYS, PAIN_MAX, QUESTION_BY_KEY, YES_NO, answer_label
from pyapp.validate import shown, validate_given

STORAGE_KEY = "upper-back-log"  # where the pages keep the stored text, in this browser's localStorage
SCHEMA_VERSION = 1

WEEK = 7
# duration answer, the fewest days of pain it stands for ("more than two weeks" is day 15 on)
DURATIONS = (
    ("under_1_week", 0),
    ("1_to_2_weeks", WEEK),
    ("over_2_weeks", 2 * WEEK + 1),
)
LONG_PAIN = "over_2_weeks"  # from here on the log shows the source's note on pain that lasts

CSV_BOOLS = {True: "yes", False: "no"}
CSV_NEWLINE = "\r\n"  # RFC 4180

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
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")

DATE_EXAMPLE = "2026-11-26"
WHEN_EXAMPLE = "2026-11-26T07:30"

UNREADABLE = "Your saved log could not be read. Saving a new result will start a new log."
SKIPPED_ONE = "1 saved result could not be read. It is left out."
SKIPPED_MANY = "{} saved results could not be read. They are left out."
NEWER = "This log was saved by a newer version of this site. Reload the page to see all of it."
NEWER_SAVE = "This log was saved by a newer version of this site. Reload the page, then save again."
# The log knows only when the first result with pain was saved: a minimum, never more (SPEC section 8).
NOTE = ("You first saved a result with pain {}. Pain that lasts more than two weeks, even with "
        "rest and self-care, should be checked by a doctor or physiotherapist.")
HINT = ("You first saved a result with pain {}, so you have had it at least that long. If it "
        "began before that, count from when it began.")
HINT_LONGEST = "Your log alone shows \u201c{}\u201d."
FIRST_LOGGED = "You started this log {}."


# Dates ------------------------------------------------------------------------

def is_leap(year):
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


def read_fields(text, shape, fields):
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
    if day > (29 if month == 2 and is_leap(year) else MONTH_DAYS[month - 1]):
        return None
    return numbers


def parse_date(date, name="date"):
    """(year, month, day) of an ISO date 'YYYY-MM-DD', or ValueError."""
    numbers = None
    if type(date) is str and len(date) == 10:
        numbers = read_fields(date, DATE, DATE_FIELDS)
    if numbers is None:
        raise ValueError("{}: must be a date like {}, got {}".format(name, DATE_EXAMPLE, shown(date)))
    return numbers


def normal_when(when):
    """'YYYY-MM-DDTHH:MM' or 'YYYY-MM-DDTHH:MM:SS' as the latter, or ValueError."""
    numbers = None
    if type(when) is str and len(when) in (16, 19):
        full = when if len(when) == 19 else when + ":00"
        numbers = read_fields(full, WHEN, DATE_FIELDS + TIME_FIELDS)
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


def date_text(date):
    """'Thu 26 Nov 2026' for '2026-11-26': the same on every device, with no day/month order to misread.

    (The browser's own date formats cost a phone more to set up than the rest of the log page.)
    """
    year, month, day = parse_date(date)
    weekday = WEEKDAYS[(days_from_civil(year, month, day) + 3) % 7]  # 1970-01-01 was a Thursday
    return "{} {} {} {}".format(weekday, day, MONTHS[month - 1], year)


def when_text(when):
    """'Thu 26 Nov 2026, 07:30' for a normal 'YYYY-MM-DDTHH:MM:SS'."""
    return "{}, {}".format(date_text(when[:10]), when[11:16])


def day_text(date):
    """'26 Nov' for '2026-11-26': the chart's labels."""
    _year, month, day = parse_date(date)
    return "{} {}".format(day, MONTHS[month - 1])


def ago(days):
    """'today', 'yesterday' or '16 days ago'; a date after today counts as today."""
    if days <= 0:
        return "today"
    if days == 1:
        return "yesterday"
    return "{} days ago".format(days)


# Entries ----------------------------------------------------------------------

def check_level(level):
    if level not in LEVELS:
        raise ValueError("level: must be one of {}, got {}".format(", ".join(LEVELS), shown(level)))
    return level


def new_entry(answers, level, when):
    """A log entry for one check (answers as given, no defaults), or ValueError naming what is wrong."""
    given = validate_given(answers)
    check_level(level)
    decided, _reasons = decide(given)
    if decided is None:
        raise ValueError("answers: they do not decide a level yet, so there is nothing to save")
    if decided != level:
        raise ValueError("level: the answers give {}, got {}".format(shown(decided), shown(level)))
    when = normal_when(when)
    return {"id": when, "when": when, "level": level, "answers": given}


def read_entry(item):
    """An entry from stored data, or None if it cannot be read.

    The stored level is kept as it was, even if today's rules would give
    another: it is what the runner was told then.
    """
    if type(item) is not dict:
        return None
    try:
        when = normal_when(item.get("when"))
        level = check_level(item.get("level"))
        answers = validate_given(item.get("answers"))
    except ValueError:
        return None
    return {"id": when, "when": when, "level": level, "answers": answers}


def with_ids(entries):
    """The entries, each with an id unique in the log: its time, then '~2', '~3' for a repeat."""
    seen = {}
    marked = []
    for entry in entries:
        count = seen.get(entry["when"], 0) + 1
        seen[entry["when"]] = count
        entry_id = entry["when"] if count == 1 else "{}~{}".format(entry["when"], count)
        marked.append(entry if entry["id"] == entry_id else dict(entry, id=entry_id))  # copies are slow
    return marked


def add(entries, entry):
    """The log with one more entry (kept in the order saved)."""
    return with_ids(list(entries) + [entry])


def delete(entries, entry_id):
    """The log without the entry of that id, or ValueError if there is none."""
    kept = [entry for entry in entries if entry["id"] != entry_id]
    if len(kept) == len(entries):
        raise ValueError("id: no saved result has the id " + shown(entry_id))
    return kept


def newest_first(entries):
    """The entries by time, newest first; of two at the same time, the one saved last first."""
    whens = [entry["when"] for entry in entries]
    if whens == sorted(whens):  # saved in time order, as nearly always; sorting plain strings is quick
        return entries[::-1]
    order = sorted(range(len(entries)), key=lambda i: (entries[i]["when"], i), reverse=True)
    return [entries[i] for i in order]


def oldest_first(entries):
    return newest_first(entries)[::-1]


# Storage ----------------------------------------------------------------------

def from_version_0(data):
    """Version 0: a bare list of entries, from before the stored text had a version number."""
    return {"version": 1, "entries": data}


MIGRATIONS = {0: from_version_0}  # version: the function that lifts it one version up


def stored_version(data):
    """The schema version of parsed stored data, or None if it is not a log."""
    if type(data) is list:
        return 0
    if type(data) is dict and type(data.get("version")) is int and data["version"] >= 1:
        return data["version"]
    return None


def skipped_text(count):
    return SKIPPED_ONE if count == 1 else SKIPPED_MANY.format(count)


def dump(entries):
    """The text to store for a log."""
    stored = [{"when": e["when"], "level": e["level"], "answers": e["answers"]} for e in entries]
    return json.dumps({"version": SCHEMA_VERSION, "entries": stored})


def read(text):
    """(entries, problems, newer): what `load` gives, and whether a newer site saved the text."""
    if text is None or text == "":
        return [], [], False
    if type(text) is not str:
        return [], [UNREADABLE], False
    try:
        data = json.loads(text)
    except Exception:  # ValueError, or RecursionError in CPython for very deep nesting
        return [], [UNREADABLE], False
    version = stored_version(data)
    if version is None:
        return [], [UNREADABLE], False
    newer = version > SCHEMA_VERSION
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    items = data.get("entries")
    if type(items) is not list:
        return [], [NEWER if newer else UNREADABLE], newer
    readable = []
    for item in items:  # a loop: a generator per entry is slow in MicroPython
        entry = read_entry(item)
        if entry is not None:
            readable.append(entry)
    problems = [NEWER] if newer else []
    if len(readable) < len(items):
        problems.append(skipped_text(len(items) - len(readable)))
    return with_ids(readable), problems, newer


def load(text):
    """(entries in the order saved, problems in plain words) from stored text; never raises."""
    entries, problems, _newer = read(text)
    return entries, problems


def writable(text):
    """The entries of stored text, or ValueError if a newer site saved it (so keep it as it is)."""
    entries, _problems, newer = read(text)
    if newer:
        raise ValueError(NEWER_SAVE)
    return entries


def save(text, answers, level, when):
    """The text to store after saving one more check result."""
    return dump(add(writable(text), new_entry(answers, level, when)))


def remove(text, entry_id):
    """The text to store after deleting one entry."""
    return dump(delete(writable(text), entry_id))


# What the log says ---------------------------------------------------------------

def pain_start(entries):
    """The date the latest run of entries with pain began, or None if the latest pain is 0.

    Pain that went away (a 0 in between) and came back is new pain, not pain
    that lasts. An entry without a pain answer neither starts nor ends a run.
    """
    start = None
    for entry in newest_first(entries):
        pain = entry["answers"].get("pain")
        if pain is None:
            continue
        if pain == 0:
            break
        start = entry["when"][:10]
    return start


def first_pain_days_ago(entries, today):
    """How many days ago the pain the log shows now began, or None."""
    start = pain_start(entries)
    return None if start is None else max(0, days_between(start, today))


def first_logged_days(entries, today):
    """How many days ago the first entry was saved, or None for an empty log."""
    if not entries:
        return None
    return max(0, days_between(oldest_first(entries)[0]["when"][:10], today))


def first_logged_text(days):
    """'You started this log 16 days ago.' for first_logged_days' answer; None for an empty log."""
    return None if days is None else FIRST_LOGGED.format(ago(days))


def duration_for(days):
    """The duration answer for pain that began that many days ago."""
    value = DURATIONS[0][0]
    for choice, fewest_days in DURATIONS:
        if days >= fewest_days:
            value = choice
    return value


def duration_hint(entries, today):
    """{"text", "value", "days"}: what the log says for the check's duration question, or None.

    The log's count is the least the pain has lasted, so it offers an answer
    ("value") only when that is the longest one; otherwise "value" is None
    and the runner counts from when the pain began.
    """
    days = first_pain_days_ago(entries, today)
    if days is None:
        return None
    value = duration_for(days)
    if value != LONG_PAIN:
        return {"text": HINT.format(ago(days)), "value": None, "days": days}
    label = answer_label(QUESTION_BY_KEY["duration"], value)
    return {"text": HINT.format(ago(days)) + " " + HINT_LONGEST.format(label), "value": value, "days": days}


def two_week_note(entries, today):
    """{"text", "guide"}: the source's note once the log shows pain over two weeks, or None."""
    days = first_pain_days_ago(entries, today)
    if days is None or duration_for(days) != LONG_PAIN:
        return None
    return {"text": NOTE.format(ago(days)), "guide": QUESTION_BY_KEY["duration"]["guide"]}


def pain_y(pain, height):
    """Where a pain score sits on a chart that is height tall (0 at the bottom, y grows down)."""
    return height - pain * height // PAIN_MAX


def chart_points(entries, width, height):
    """Whole-number coordinates for a chart of pain over time, oldest on the left.

    {"points": [{"x", "y", "pain", "level", "date", "id"}], "stop_y": the line at
    PAIN_STOP_AT, "stop_at", "max", "width", "height"}. Entries without a pain
    answer have no point. A lone point (or all at one time) sits in the middle.
    """
    painful = [e for e in oldest_first(entries) if "pain" in e["answers"]]
    times = [seconds(e["when"]) for e in painful]
    span = times[-1] - times[0] if times else 0
    points = []
    for entry, time in zip(painful, times):
        pain = entry["answers"]["pain"]
        points.append({
            "x": (time - times[0]) * width // span if span else width // 2,
            "y": pain_y(pain, height),
            "pain": pain,
            "level": entry["level"],
            "date": entry["when"][:10],
            "id": entry["id"],
        })
    return {"points": points, "stop_y": pain_y(PAIN_STOP_AT, height), "stop_at": PAIN_STOP_AT,
            "max": PAIN_MAX, "width": width, "height": height}


def csv_cell(question, answers):
    if question["key"] not in answers:
        return ""  # not answered
    value = answers[question["key"]]
    return CSV_BOOLS[value] if question["kind"] == YES_NO else str(value)


def csv_text(entries):
    """The export: a header row, then one row per entry, oldest first; unanswered cells are empty."""
    rows = [["date", "level"] + list(KEYS)]
    for entry in oldest_first(entries):
        when = entry["when"]
        rows.append([when[:10] + " " + when[11:16], entry["level"]]
                    + [csv_cell(QUESTION_BY_KEY[key], entry["answers"]) for key in KEYS])
    return "".join(",".join(row) + CSV_NEWLINE for row in rows)


def reasons(entry):
    """Why the entry's answers give their level, as the check says it, most urgent first.

    These follow today's rules; none if today's rules would not decide the answers.
    """
    _level, reason_ids = decide(entry["answers"])
    return [reason(reason_id) for reason_id in reason_ids]


def shown_entry(entry):
    """One entry as the log page lists it; pain is None when it was not answered."""
    when = entry["when"]
    return {
        "id": entry["id"],
        "date": when[:10],
        "time": when[11:16],
        "when_text": when_text(when),
        "level": entry["level"],
        "title": OUTCOMES[entry["level"]]["title"],
        "pain": entry["answers"].get("pain"),
        "reasons": reasons(entry),
        "answers": dict(entry["answers"]),
    }


def positive_whole_number(value, name):
    if type(value) is not int or value < 1:
        raise ValueError("{}: must be a whole number of 1 or more, got {}".format(name, shown(value)))
    return value


def summary(state):
    """What the log page shows, from {"text": stored text or None, "today", "width", "height"}.

    "entries" are the stored entries, newest first: the page lists each
    through `shown_entry` as it goes, so a long log shows at once. The CSV
    is made only when asked for (`csv_text`).
    """
    if type(state) is not dict:
        raise ValueError("state: must be an object of key/value pairs, got " + shown(state))
    today = state.get("today")
    parse_date(today, "today")
    width = positive_whole_number(state.get("width"), "width")
    height = positive_whole_number(state.get("height"), "height")
    entries, problems, newer = read(state.get("text"))
    first = first_logged_days(entries, today)
    return {
        "entries": newest_first(entries),
        "problems": problems,
        "read_only": newer,
        "first_logged_days": first,
        "first_logged": first_logged_text(first),
        "note": two_week_note(entries, today),
        "chart": chart_points(entries, width, height),
    }

"""What the log says: the hint and note on how long the pain has lasted, the chart, the CSV
and each entry as the page lists it.

Pure functions over entries (pyapp.log_store reads them). The log knows only
when the first result with pain was saved: a minimum, never more (ARCHITECTURE.md rule 8).
An entry saved before a question was asked (its schema version is below the question's
"since") shows that question as not asked then, in the list, the printout and the CSV.
"""

from pyapp import log_store
from pyapp.answer_words import answer_label
from pyapp.dates import DAY_SECONDS, ago, days_between, days_from_civil, when_text
from pyapp.order import in_order
from pyapp.outcomes import reason, title
from pyapp.policy import PAIN_STOP_AT, decide
from pyapp.questions import KEYS, PAIN_MAX, QUESTION_BY_KEY, YES_NO, asked_since, choice_values
from pyapp.texts import plural, text

DURATION = QUESTION_BY_KEY["duration"]
LONG_PAIN = choice_values(DURATION)[-1]  # from here on the log shows the source's note on pain that lasts

# The CSV is the log's contract (ARCHITECTURE.md rule 8): the same columns and cells in every language.
CSV_BOOLS = {True: "yes", False: "no"}
CSV_NOT_ASKED = "not asked then"  # a question asked only since a later version than the entry's
CSV_NEWLINE = "\r\n"  # RFC 4180


def _pain_start(entries):
    """The date of the earliest result with pain (more than 0) in the log, or None if none has pain.

    Counted from the earliest, whatever was saved after it (SPEC section 8): a
    pain-free result in between does not show that the pain had gone (a good
    day is not the end of it), so a count from any later date could be
    shorter than the runner's pain, and no later date is ever called the
    first. The same holds when the newest results are
    pain-free: the hint is read while the runner answers "how long have you
    had this pain?" for the pain they have then, which the log cannot tell
    apart from the pain it saw before. Counting from the earliest pain may
    overstate this bout, never understate it, and a longer count only points
    the runner to a professional sooner (the safe side). An entry without a
    pain answer neither starts nor ends anything.
    """
    start = None
    for entry in entries:  # the earliest date, whatever the order saved
        pain = entry["answers"].get("pain")
        if pain is not None and pain > 0:
            date = entry["when"][:10]
            if start is None or date < start:
                start = date
    return start


def first_pain_days_ago(entries, today):
    """How many days ago the earliest result with pain in the log was saved (0 at the least), or None."""
    start = _pain_start(entries)
    return None if start is None else max(0, days_between(start, today))


def first_logged_days(entries, today):
    """How many days ago the first entry was saved, or None for an empty log."""
    if not entries:
        return None
    return max(0, days_between(min(entry["when"] for entry in entries)[:10], today))


def first_logged_text(lang, days):
    """'You started this log 16 days ago.' for first_logged_days' answer; None for an empty log."""
    return None if days is None else text(lang, "log.started", ago=ago(lang, days))


def duration_for(days):
    """The duration answer for pain that began that many days ago."""
    values = choice_values(DURATION)
    value = values[0]
    for choice, fewest_days in zip(values, DURATION["fewest_days"]):
        if days >= fewest_days:
            value = choice
    return value


def duration_hint(lang, entries, today):
    """{"text", "value", "days"}: what the log says for the check's duration question, or None.

    The log's count is the least the pain has lasted, so it offers an answer
    ("value") only when that is the longest one; otherwise "value" is None
    and the runner counts from when the pain began. It never picks one.
    None without a result with pain, and on the day of the first one: "at
    least since today" tells the runner nothing.
    """
    days = first_pain_days_ago(entries, today)
    if not days:  # None, or 0 days
        return None
    value = duration_for(days)
    hint = text(lang, "log.hint", ago=ago(lang, days))
    if value != LONG_PAIN:
        return {"text": hint, "value": None, "days": days}
    longest = text(lang, "log.hint_longest", answer=answer_label(lang, DURATION, value))
    return {"text": hint + " " + longest, "value": value, "days": days}


def two_week_note(lang, entries, today):
    """{"text", "guide"}: the source's note once the log shows pain over two weeks, or None."""
    days = first_pain_days_ago(entries, today)
    if days is None or duration_for(days) != LONG_PAIN:
        return None
    return {"text": text(lang, "log.note", ago=ago(lang, days)), "guide": DURATION["guide"]}


def _pain_y(pain, height):
    """Where a pain score sits on a chart that is height tall (0 at the bottom, y grows down)."""
    return height - pain * height // PAIN_MAX


def _seconds_after_first_day(entries):
    """Each entry's time in seconds from the start of the first one's day. Not since 1970 (dates.seconds):
    MicroPython's small numbers end at 2**30 and the larger ones take far longer, which the largest log's
    chart felt; a day's number is worked out once for the entries of that day, which come together."""
    times, first, date, day = [], None, None, None
    for entry in entries:
        when = entry["when"]
        if when[:10] != date:
            date, day = when[:10], days_from_civil(int(when[0:4]), int(when[5:7]), int(when[8:10]))
        first = day if first is None else first
        times.append((day - first) * DAY_SECONDS + int(when[11:13]) * 3600 + int(when[14:16]) * 60 + int(when[17:19]))
    return times


def chart_points(entries, width, height):
    """Whole-number coordinates for a chart of pain over time, oldest on the left.

    {"points": [{"x", "y", "pain", "level", "date", "id"}], "stop_y": the line at
    PAIN_STOP_AT, "stop_at", "max", "width", "height"}. Entries without a pain
    answer have no point. A lone point (or all at one time) sits in the middle.
    """
    painful = [e for e in oldest_first(entries) if "pain" in e["answers"]]
    times = _seconds_after_first_day(painful)
    span = times[-1] - times[0] if times else 0
    points = []
    for entry, time in zip(painful, times):
        pain = entry["answers"]["pain"]
        points.append({
            "x": (time - times[0]) * width // span if span else width // 2,
            "y": _pain_y(pain, height),
            "pain": pain,
            "level": entry["level"],
            "date": entry["when"][:10],
            "id": entry["id"],
        })
    return {"points": points, "stop_y": _pain_y(PAIN_STOP_AT, height), "stop_at": PAIN_STOP_AT,
            "max": PAIN_MAX, "width": width, "height": height}


def not_asked(entry):
    """The keys (in KEYS order) of the questions not asked when the entry was saved: those asked
    only since a later schema version than the entry's. An answer the entry holds is never hidden."""
    version, answers = entry["version"], entry["answers"]
    return [key for key in KEYS if key not in answers and asked_since(QUESTION_BY_KEY[key]) > version]


# Each column after the date and level: (key, a yes/no question, the version it was first asked in)
CSV_COLUMNS = [(key, QUESTION_BY_KEY[key]["kind"] == YES_NO, asked_since(QUESTION_BY_KEY[key])) for key in KEYS]


def csv_header():
    return ",".join(["date", "level"] + list(KEYS)) + CSV_NEWLINE


def csv_row(entry, cells=None):
    """One entry's row: its date and time, its level, then every answer (empty if not answered,
    "not asked then" for a question asked only since the entry was saved, as not_asked says).
    cells: csv_cells(entry), when made already for an entry of the same level, answers and version."""
    when = entry["when"]
    return when[:10] + " " + when[11:16] + "," + (csv_cells(entry) if cells is None else cells)


def csv_cells(entry):
    """The row after its date and time: the same for entries of the same level, answers and version.
    A loop over a table made once: the export makes a row for every entry of the largest log."""
    answers, version = entry["answers"], entry["version"]
    cells = [entry["level"]]
    for key, yes_no, since in CSV_COLUMNS:
        if key in answers:
            cells.append(CSV_BOOLS[answers[key]] if yes_no else str(answers[key]))
        else:
            cells.append(CSV_NOT_ASKED if since > version else "")
    return ",".join(cells) + CSV_NEWLINE


def csv_text(entries):
    """The export: a header row, then one row per entry, oldest first; unanswered cells are empty."""
    return csv_header() + "".join(csv_row(entry) for entry in oldest_first(entries))


def reasons(lang, entry):
    """Why the entry's answers give their level, as the check says it, most urgent first.

    These follow today's rules; none if today's rules would not decide the answers. A
    question not asked when the entry was saved is not filled in: a reason such as "none of
    the warning signs apply" would claim an answer the runner never gave, so an older entry
    whose answers today's rules cannot decide without it lists no reasons (its level stays).
    """
    _level, reason_ids = decide(entry["answers"])
    return [reason(lang, reason_id) for reason_id in reason_ids]


def shown_entry(lang, entry):
    """One entry as the log page lists it, in lang's words; pain is None when it was not answered;
    "not_asked": the keys of the questions not asked then (shown as such, never as not answered).

    The entry holds no words, only its level and answers: a result saved in one language
    is listed in the language of the page that reads it."""
    when = entry["when"]
    return {
        "id": entry["id"],
        "date": when[:10],
        "time": when[11:16],
        "when_text": when_text(lang, when),
        "level": entry["level"],
        "title": title(lang, entry["level"]),
        "pain": entry["answers"].get("pain"),
        "reasons": reasons(lang, entry),
        "answers": dict(entry["answers"]),
        "not_asked": not_asked(entry),
    }


def light(entry, row=None):
    """What the summary and the chart need of an entry, and no more: a long log fits in a phone's memory;
    row: its CSV row (csv_row) kept too, so the export needs no second read of the log."""
    answers = entry["answers"]
    kept = {"pain": answers["pain"]} if "pain" in answers else {}
    compact = {"id": entry["id"], "when": entry["when"], "level": entry["level"], "answers": kept}
    if row is not None:
        compact["row"] = row
    return compact


def summary(lang, entries, today):
    """What the log page says above its list, from its entries (light ones will do)."""
    first = first_logged_days(entries, today)
    return {"first_logged_days": first, "first_logged": first_logged_text(lang, first),
            "note": two_week_note(lang, entries, today)}


# The entries in order ---------------------------------------------------------------

def newest_first(entries):
    """The entries by time, newest first; of two at the same time, the one saved last first."""
    return in_order(entries, lambda entry: entry["when"])[::-1]  # stable: of the same time, saved first


def oldest_first(entries):
    return newest_first(entries)[::-1]


# Storage faults in plain words ---------------------------------------------------------------

def _skipped_text(lang, count):
    return plural(lang, "store.skipped", count)


def fault_texts(lang, faults):
    """What a page says, in lang, of the faults found while reading ({kind: how many}, as read_legacy gives)."""
    said = []
    if faults.get("not_a_log"):
        said.append(text(lang, "store.not_a_log"))
    if faults.get("legacy_damaged"):
        said.append(text(lang, "store.damaged"))
    if faults.get("damaged"):
        said.append(_skipped_text(lang, faults["damaged"]))
    if faults.get("newer"):
        said.append(text(lang, "store.newer"))
    return said


def nearly_full_text(lang, count):
    """The warning once the log nears what this browser keeps, or None."""
    if count < log_store.NEARLY_FULL:
        return None
    return plural(lang, "store.nearly_full", count, most=log_store.ENTRIES_MOST)

"""A runner's long log: /log/ with 200 saved results, and against /check/, on the same phone, in the same run.

Issue 11 asks that with a log of 200 entries /log/ is ready within the same
budget as /check/. In each run the bench stores these 200 results the way the
check stores them in a fresh browser context, then visits /log/ there (first
and repeat visit), ours, the page alone and the floor alike (bench/visits.py).
Run i's ratio is /log/'s engine ready over /check/'s, repeat visits; the
target is a median ratio of at most 1.0.
"""

import datetime
import statistics

from pyapp import log_store
from pyapp.policy import decide
from pyapp.questions import QUESTION_BY_KEY, choice_values
from pyapp.validate import validate

ENTRIES = 200
FIRST_DAY = datetime.datetime(2026, 3, 1, 7, 30)
LOG = "/log/"  # the page measured with the long log stored
CHECK_AND_LOG = ("/check/", LOG)
DURATIONS = choice_values(QUESTION_BY_KEY["duration"])


def answers_of_day(day):
    """One morning's check: pain that rises and eases, now and then a sign that needs a professional."""
    return validate({"pain": day % 8, "quality": "sharp" if day % 5 == 0 else "dull",
                     "duration": DURATIONS[day // 7 % 3],
                     "worsening": day % 9 == 0, "neuro": day % 50 == 49})


def long_log_items(count=ENTRIES):
    """[[key, text], ...] of a log of count checks, one a day, each stored as the check stores it."""
    items = []
    for day in range(count):
        answers = answers_of_day(day)
        level, _reasons = decide(answers)
        when = (FIRST_DAY + datetime.timedelta(days=day)).strftime("%Y-%m-%dT%H:%M:%S")
        items += log_store.save_writes(log_store.new_entry(answers, level, when, "{:08x}".format(day)))
    return items


def summary(found):
    """Medians and the paired ratios /log/ over /check/ of run i with run i."""
    ready = {path: [v["ready_ms"] for v in found[path]] for path in CHECK_AND_LOG}
    runs = [round(page_log / check, 3) for page_log, check in zip(ready["/log/"], ready["/check/"])]
    blocking = {path: [v["blocking_ms"] for v in found[path]] for path in CHECK_AND_LOG}
    return {"entries": ENTRIES,
            "ready_ms": {path: round(statistics.median(ready[path])) for path in CHECK_AND_LOG},
            "blocking_ms": {path: round(statistics.median(blocking[path])) for path in CHECK_AND_LOG},
            "ratio": {"runs": runs, "min": min(runs), "median": round(statistics.median(runs), 3), "max": max(runs)}}

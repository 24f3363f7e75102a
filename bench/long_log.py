"""A runner's long log: /log/ with 200 saved results against /check/, on the same phone, in the same run.

Issue 11 asks that with a log of 200 entries /log/ is ready within the same
budget as /check/. Each run is a fresh browser context: a first visit of
/check/ (so both pages' files are cached and the service worker is active,
as for any runner who keeps a log), then 200 results stored the way the
check stores them, then a repeat visit of /check/ and one of /log/ in new
tabs, taking turns which goes first. Run i's ratio is /log/'s engine ready
over /check/'s; the target is a median ratio of at most 1.0.
"""

import datetime
import statistics

from bench.browser import chromium
from bench.visits import MARKS_SCRIPT, PHONE, open_tab, settle, visit
from pyapp import log_store
from pyapp.policy import decide
from pyapp.questions import QUESTION_BY_KEY, choice_values
from pyapp.validate import validate

ENTRIES = 200
FIRST_DAY = datetime.datetime(2026, 3, 1, 7, 30)
CHECK_AND_LOG = ("/check/", "/log/")
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


def one_run(browser, origin, link, items, log_first):
    """{page: marks} of a repeat visit of /check/ and of /log/ with the long log stored."""
    context = browser.new_context(service_workers="allow", **PHONE)
    context.add_init_script(MARKS_SCRIPT)
    try:
        tab = open_tab(context)
        visit(tab, origin + "/check/", link)
        settle(tab)
        tab.evaluate("items => items.forEach(([key, text]) => localStorage.setItem(key, text))", items)
        tab.close()
        visits = {}
        for path in (CHECK_AND_LOG[::-1] if log_first else CHECK_AND_LOG):
            tab = open_tab(context)
            visits[path] = visit(tab, origin + path, link)
            if path == "/log/" and tab.get_by_test_id("log-entry").count() == 0:
                raise RuntimeError("/log/ showed none of the {} stored results".format(ENTRIES))
            tab.close()
        return visits
    finally:
        context.close()


def measure(origin, link, runs):
    """Every run's visits {"/check/": [marks], "/log/": [marks]} with a long log stored."""
    items = long_log_items()
    found = {path: [] for path in CHECK_AND_LOG}
    print("bench: {} runs of /check/ and /log/ with {} saved results...".format(runs, ENTRIES), flush=True)
    with chromium("measure the long log") as browser:
        for run in range(runs):
            visits = one_run(browser, origin, link, items, log_first=run % 2 == 1)
            for path in CHECK_AND_LOG:
                found[path].append(visits[path])
            print("  run {} /check/ {:>5} ms, /log/ {:>5} ms".format(
                run + 1, visits["/check/"]["ready_ms"], visits["/log/"]["ready_ms"]), flush=True)
    return found


def summary(found):
    """Medians and the paired ratios /log/ over /check/ of run i with run i."""
    ready = {path: [v["ready_ms"] for v in found[path]] for path in CHECK_AND_LOG}
    runs = [round(page_log / check, 3) for page_log, check in zip(ready["/log/"], ready["/check/"])]
    blocking = {path: [v["blocking_ms"] for v in found[path]] for path in CHECK_AND_LOG}
    return {"entries": ENTRIES,
            "ready_ms": {path: round(statistics.median(ready[path])) for path in CHECK_AND_LOG},
            "blocking_ms": {path: round(statistics.median(blocking[path])) for path in CHECK_AND_LOG},
            "ratio": {"runs": runs, "min": min(runs), "median": round(statistics.median(runs), 3), "max": max(runs)}}

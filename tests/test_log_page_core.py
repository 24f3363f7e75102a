"""The log page's core (pyapp.log_page): what /log/ shows for each thing a runner does,
tested without a browser, and the same in the site's MicroPython."""

import json

from pyapp import log, validate
from pyapp.log_page import (CLEARED, DOWNLOADED, FIRST_ENTRIES, GONE, MORE_ENTRIES, NOT_WRITTEN, UNAVAILABLE, UNDONE,
                            SHELL_DATA, replay)
from pyapp.policy import decide
from tests.micropython import in_cpython, run_in_micropython, stored_as_data

NOW = "2026-11-10T09:00:00"


def event(kind, **more):
    return dict({"page": "log", "type": kind, "form": {}, "now": NOW}, **more)


def log_text(days):
    text = None
    for day in range(days):
        answers = validate({"pain": day % 6})
        text = log.save(text, answers, decide(answers)[0], "2026-{:02d}-{:02d}T08:00:00".format(
            1 + day // 28, 1 + day % 28))
    return text


def stored(text, ok=True):
    return {"ok": ok, "text": text}


def changes_of(changes, kind, selector=None):
    return [c for c in changes if c[0] == kind and (selector is None or c[1] == selector)]


def is_ready(changes):
    return ["attr", ":root", "data-engine", "ready"] in changes


def test_the_page_lists_the_log_it_starts_with_then_draws_the_chart_then_is_ready():
    read, drawn = replay([event("start", stored=stored(log_text(3))), event("chart_width", width=380)])
    (listed,) = changes_of(read, "append", "#log-entries")
    assert listed[2].count('data-testid="log-entry"') == 3
    assert read[-1] == ["measure", "#chart-box", "chart_width"] and not is_ready(read)
    (chart,) = changes_of(drawn, "html", "#chart-box")
    assert chart[2].count("<circle") == 3 and 'aria-hidden="true"' in chart[2]
    assert is_ready(drawn)


def test_an_empty_log_says_so_and_is_ready_at_once():
    (read,) = replay([event("start", stored=stored(""))])
    assert ["hidden", "#log-empty", False] in read and ["hidden", "#log-filled", True] in read
    assert is_ready(read)


def test_storage_that_is_off_says_so():
    (read,) = replay([event("start", stored=stored("", ok=False))])
    assert UNAVAILABLE in changes_of(read, "html", "#log-problems")[0][2] and ["hidden", "#log", True] in read
    assert is_ready(read)


def test_damaged_text_is_reported_and_nothing_breaks():
    (read,) = replay([event("start", stored=stored("{broken"))])
    assert "could not be read" in changes_of(read, "html", "#log-problems")[0][2]
    assert is_ready(read)


def test_a_long_log_is_listed_in_short_steps():
    days = FIRST_ENTRIES + MORE_ENTRIES + 3
    visit = replay([event("start"), event("log_read", stored=stored(log_text(days))),
                    event("list_more"), event("list_more")])
    counts = [sum(c[2].count('data-testid="log-entry"') for c in changes_of(step, "append")) for step in visit[1:]]
    assert counts == [FIRST_ENTRIES, MORE_ENTRIES, 3]
    assert ["later", "list_more"] in visit[1] and ["later", "list_more"] in visit[2]
    assert ["later", "list_more"] not in visit[3]


def test_text_from_storage_goes_into_the_page_escaped():
    text = json.dumps({"version": 1, "entries": [{"when": "2026-11-09T08:00:00", "level": "modify",
                                                  "answers": {"pain": 2, "spread": "<b>x</b>"}}]})
    _start, read = replay([event("start"), event("log_read", stored=stored(text))])
    assert "<b>" not in json.dumps(read)


def first_id(text):
    return log.load(text)[0][0]["id"]


def test_delete_writes_then_says_deleted_with_undo_and_undo_puts_it_back():
    text = log_text(2)
    entry = first_id(text)
    visit = replay([event("start"), event("log_read", stored=stored(text)),
                    event("delete", data={"id": entry, "when": "Thu 1 Jan 2026, 08:00"}),
                    event("delete_read", stored=stored(text)), event("delete_written", ok=True),
                    event("undo"), event("undo_read", stored=stored(log.remove(text, entry))),
                    event("undo_written", ok=True)])
    (write,) = changes_of(visit[3], "write")
    assert write[2] == log.remove(text, entry)
    status = changes_of(visit[4], "html", "#log-status")[0][2]
    assert status.startswith("The result from Thu 1 Jan 2026, 08:00 is deleted.") and 'data-action="undo"' in status
    assert changes_of(visit[6], "write")[0][2] == text
    assert changes_of(visit[7], "html", "#log-status")[0][2] == UNDONE


def test_a_delete_that_is_not_written_says_the_log_is_as_it_was():
    text = log_text(2)
    visit = replay([event("start"), event("delete", data={"id": first_id(text), "when": "x"}),
                    event("delete_read", stored=stored(text)), event("delete_written", ok=False)])
    assert changes_of(visit[-1], "html", "#log-status")[0][2] == NOT_WRITTEN


def test_deleting_what_another_tab_deleted_says_it_is_gone():
    text = log_text(2)
    visit = replay([event("start"), event("delete", data={"id": "2025-01-01T00:00:00", "when": "x"}),
                    event("delete_read", stored=stored(text))])
    assert GONE in changes_of(visit[-1], "html", "#log-status")[0][2]


def test_undo_after_another_tab_changed_the_log_changes_nothing():
    text = log_text(2)
    entry = first_id(text)
    visit = replay([event("start"), event("delete", data={"id": entry, "when": "x"}),
                    event("delete_read", stored=stored(text)), event("delete_written", ok=True),
                    event("undo"), event("undo_read", stored=stored(log_text(3)))])
    assert changes_of(visit[-1], "write") == [] and changes_of(visit[-1], "html", "#log-status")[0][2] == NOT_WRITTEN


def test_delete_all_asks_first_then_deletes():
    visit = replay([event("start"), event("log_read", stored=stored(log_text(2))), event("clear"),
                    event("confirm_clear"), event("clear_written", ok=True)])
    assert ["focus", "#confirm-text"] in visit[2]
    assert visit[3] == [["write", log.STORAGE_KEY, "", "clear_written"]]
    assert changes_of(visit[4], "html", "#log-status")[0][2] == CLEARED


def test_export_downloads_the_csv():
    text = log_text(2)
    visit = replay([event("start"), event("export"), event("export_read", stored=stored(text))])
    (download,) = changes_of(visit[-1], "download")
    assert download[1:3] == ["upper-back-log.csv", "text/csv;charset=utf-8"]
    assert download[3] == log.csv_text(log.load(text)[0])
    assert changes_of(visit[-1], "html", "#log-status")[0][2] == DOWNLOADED


def test_the_shell_brings_the_stored_log_with_the_start():
    assert ("reads", log.STORAGE_KEY) in SHELL_DATA


def test_another_tabs_change_reads_the_log_again():
    assert replay([event("storage", key=log.STORAGE_KEY)]) == [[["read", log.STORAGE_KEY, "log_read"]]]
    assert replay([event("storage", key="something-else")]) == [[]]


VISITS = [
    [event("start"), event("log_read", stored=stored(log_text(30))), event("chart_width", width=360),
     event("list_more"), event("resize"), event("resized", width=600), event("export"),
     event("export_read", stored=stored(log_text(30))), event("print")],
    [event("start"), event("log_read", stored=stored("{broken")), event("clear"), event("cancel_clear")],
    [event("start"), event("log_read", stored=stored(log_text(2))),
     event("delete", data={"id": first_id(log_text(2)), "when": "x"}),
     event("delete_read", stored=stored(log_text(2))), event("delete_written", ok=True), {"type": "nonsense"}],
]


def test_the_site_micropython_shows_the_same(tmp_path, shipped_pyapp):
    got = run_in_micropython("pyapp.log_page.replay", VISITS, tmp_path, shipped_pyapp)
    assert stored_as_data(got) == stored_as_data(json.loads(json.dumps(in_cpython(replay, VISITS))))

"""The log page's core (pyapp.log_page): what /log/ shows for each thing a runner does,
tested without a browser against a Python page shell with a storage of its own (tests/fake_shell.py),
and the same in the site's MicroPython."""

import csv
import io
import json

import pytest

from pyapp import dates, log, log_move, log_page, log_store
from pyapp.log_listing import BATCH, MOVE_BATCH, PAGE
from pyapp.log_page import replay, shell_data
from pyapp.texts import LANGUAGES, text
from tests.fake_shell import Shell, changes_of
from pyapp.questions import ASKED
from tests.log_entries import CHEST, GOOD, NEW_IN_3, answered, legacy_item, legacy_text, saved, saved_then, storage_of
from tests.micropython import every_event_runs_with_only_its_modules, in_cpython, run_in_micropython
from tests.parity import store_texts_as_data

NOW = "2026-11-10T09:00:00"
READY = ["attr", ":root", "data-engine", "ready"]
GONE = "That result is no longer in your log."
UNDONE = "The result is back in your log."
CLEARED = "Your log is deleted."
DOWNLOADED = "Your log is downloaded as upper-back-log.csv."


def en(key, **values):
    return text("en", key, **values)


def daily(count, first=0):
    """A log of count entries, one a day from 2000-01-01 on (28 days a month), pain rising and falling."""
    return [saved(answered(day % 6), "{}-{:02d}-{:02d}T08:00:00".format(2000 + day // 336, 1 + day // 28 % 12,
                                                                       1 + day % 28), day)
            for day in range(first, first + count)]


def log_shell(storage=None, lang="en"):
    return Shell(log_page, storage, now=NOW, page="log", lang=lang)


def start(shell):
    """The page opens: the shell brings the keys with the start, then the page settles."""
    return shell.do("start", stored=shell.list_keys(log_store.STORAGE_KEY))


def flat(steps):
    return [change for step in steps for change in step]


def entry_count(changes):
    return sum(c[2].count('data-testid="log-entry"') for c in changes_of(changes, "append", "#log-entries"))


def listings(changes):
    """The changes of each fresh listing of the log (each begins by emptying the list), in order."""
    parts = []
    for change in changes:
        if change == ["html", "#log-entries", ""]:
            parts.append([])
        if parts:
            parts[-1].append(change)
    return parts


def status(changes):
    return changes_of(changes, "html", "#log-status")[-1][2]


def test_the_page_lists_the_log_then_is_ready_then_draws_the_chart():
    entries = daily(3)
    shell = log_shell(storage_of(entries))
    steps = start(shell)
    read = flat(steps)
    assert entry_count(read) == 3 and READY in read
    assert read.index(READY) > read.index(changes_of(read, "append")[0])
    measure = read.index(["measure", "#chart-box", "chart_width"])
    assert measure > read.index(READY), "the chart comes last"
    (chart,) = changes_of(steps[-1], "html", "#chart-box")
    assert chart[2].count("<circle") == 3 and 'aria-hidden="true"' in chart[2]
    days = dates.days_between(entries[0]["when"][:10], NOW[:10])
    assert ["text", "#first-logged", "You started this log {} days ago.".format(days)] in read
    assert ["hidden", "#log-filled", False] in read and ["hidden", "#log-problems", True] in read


def test_an_empty_log_says_so_and_is_ready_at_once():
    shell = log_shell()
    (read,) = start(shell)
    assert ["hidden", "#log-empty", False] in read and ["hidden", "#log-filled", True] in read
    assert READY in read and shell.storage_ops() == []


def test_storage_that_is_off_says_so():
    shell = log_shell(storage_of(daily(3)))
    shell.faults["keys"] = "unavailable"
    (read,) = start(shell)
    assert en(log_store.UNAVAILABLE) in changes_of(read, "html", "#log-problems")[0][2]
    assert ["hidden", "#log", True] in read and READY in read


@pytest.mark.parametrize("legacy", (False, True), ids=("entries", "an-old-log"))
def test_a_log_listed_but_not_readable_says_storage_is_off_never_that_the_log_is_empty(legacy):
    """H-STORE-1: a log the browser will not let the page read is shown as empty. The keys are
    listed, but every read fails (getItem throws): the page says so, and shows no list."""
    storage = storage_of(daily(3))
    if legacy:
        storage[log_store.STORAGE_KEY] = legacy_text([legacy_item(entry) for entry in daily(2, first=10)])
    shell = log_shell(storage)
    shell.faults["read"] = "unavailable"
    read = flat(start(shell))
    assert en(log_store.UNAVAILABLE) in changes_of(read, "html", "#log-problems")[-1][2]
    assert changes_of(read, "hidden", "#log")[-1] == ["hidden", "#log", True]
    assert changes_of(read, "hidden", "#log-problems")[-1] == ["hidden", "#log-problems", False]
    assert ["hidden", "#log-empty", False] not in read and entry_count(read) == 0
    assert READY in read and shell.storage_ops("store") == [], "nothing is moved or written"


def test_damaged_entries_are_left_out_and_said_so_and_nothing_breaks():
    storage = storage_of(daily(3))
    storage[log_store.ENTRY_PREFIX + "2001-01-01T08:00:00~00000bad"] = "{broken"
    storage[log_store.ENTRY_PREFIX + "2001-01-02T08:00:00~00000bad"] = json.dumps(dict(GOOD, version=2, level="x"))
    read = flat(start(log_shell(storage)))
    problems = changes_of(read, "html", "#log-problems")[-1][2]
    assert "2 saved results could not be read" in problems and READY in read
    assert entry_count(read) == 3 and ["hidden", "#log-problems", False] in read


def test_an_entry_a_newer_site_saved_is_said_so():
    storage = storage_of(daily(2))
    storage[log_store.ENTRY_PREFIX + "2001-01-01T08:00:00~0000beef"] = json.dumps(dict(GOOD, version=4))
    read = flat(start(log_shell(storage)))
    assert en("store.newer") in changes_of(read, "html", "#log-problems")[-1][2]


def ids_listed(changes):
    markup = "".join(change[2] for change in changes_of(changes, "append", "#log-entries"))
    return [part.split('data-id="')[1].split('"')[0] for part in markup.split('class="log-entry"')[1:]]


def test_the_largest_log_lists_its_newest_page_then_reads_the_rest_for_the_summary_alone():
    """H-LOG-4: of 16,000 entries only the newest PAGE are listed (markup for them alone); the whole log
    is read BATCH entries a task for the summary, the chart and the nearly-full warning."""
    entries = daily(16000)
    shell = log_shell(storage_of(entries))
    first = shell.send("start", stored=shell.list_keys(log_store.STORAGE_KEY))
    reads = changes_of(first, "read")
    assert [len(read[1]) for read in reads] == [PAGE, BATCH] and entry_count(first) == 0
    listed = shell.step()
    assert ids_listed(listed) == [e["id"] for e in entries[::-1][:PAGE]] and READY in listed
    assert ["hidden", "#log-more", False] in listed
    steps = shell.settle()
    every = flat([first, listed] + steps)
    assert entry_count(every) == PAGE, "no markup for the entries not listed"
    assert len(shell.storage_ops("read")) == 1 + 16000 // BATCH, "one read a batch"
    assert len(changes_of(every, "text", "#first-logged")) == 1 and changes_of(steps[-1], "html", "#chart-box")
    assert log.nearly_full_text("en", 16000) in changes_of(every, "html", "#log-problems")[-1][2]
    assert every.count(READY) == 1
    assert len(shell.state["entries"]) == 16000 and all(set(e["answers"]) <= {"pain"} for e in shell.state["entries"])
    chart = changes_of(steps[-1], "html", "#chart-box")[0][2]
    assert 0 < chart.count("<circle") <= 6 * 380, "a dot drawn once at each place: no bigger than the box"


def test_show_older_results_lists_the_next_page_until_none_is_left():
    entries = daily(2 * PAGE + 3)
    shell = log_shell(storage_of(entries))
    shown = ids_listed(flat(start(shell)))
    for more in (PAGE, 3):
        steps = shell.do("more", data={"action": "more"})
        shown += ids_listed(flat(steps))
        assert len(ids_listed(flat(steps))) == more
    assert shown == [e["id"] for e in entries[::-1]], "every entry once, newest first"
    assert ["hidden", "#log-more", True] in flat(steps) and ["focus", "#entries-title"] in flat(steps)
    assert flat(shell.do("more", data={"action": "more"})) == []


def test_a_delete_from_a_long_log_keeps_the_summary_and_the_next_page_right():
    entries = daily(PAGE + 5)
    shell = log_shell(storage_of(entries))
    start(shell)
    newest = entries[-1]
    shell.do("delete", data={"id": newest["id"], "when": "x"})
    read = flat(shell.do("more", data={"action": "more"}))
    assert ids_listed(read) == [e["id"] for e in entries[::-1][PAGE:]], "none skipped, none twice"
    assert len(shell.state["entries"]) == PAGE + 4


def test_text_from_storage_goes_into_the_page_escaped():
    entry = saved(answered(2), "2026-11-09T08:00:00", 1)
    storage = {log_store.ENTRY_PREFIX + entry["id"]: json.dumps(
        {"version": 2, "when": entry["when"], "level": "modify", "answers": {"pain": 2, "spread": "<b>x</b>"}})}
    read = flat(start(log_shell(storage)))
    assert "<b>" not in json.dumps(read)
    legacy = {log_store.STORAGE_KEY: legacy_text([{"when": "2026-11-09T08:00:00", "level": "modify",
                                                   "answers": {"pain": 2, "spread": "<b>x</b>"}}])}
    assert "<b>" not in json.dumps(flat(start(log_shell(legacy))))


# Deleting ------------------------------------------------------------------------------

def delete(shell, entry):
    return shell.send("delete", data={"id": entry["id"], "when": "Thu 1 Jan 2026, 08:00"})


def test_delete_reads_the_key_stores_none_removes_the_row_and_undo_puts_it_back():
    entries = daily(3)
    shell = log_shell(storage_of(entries))
    before = dict(shell.storage)
    start(shell)
    key = log_store.entry_key(entries[1]["id"])
    assert delete(shell, entries[1]) == [["read", [key], "delete_read"]]
    assert shell.step() == [["store", [[key, None]], "delete_written"]], "only that key is written"
    written = shell.step()
    assert ["remove", "#log-entries [data-id='{}']".format(entries[1]["id"])] in written
    assert status(written).startswith("The result from Thu 1 Jan 2026, 08:00 is deleted.")
    assert 'data-action="undo"' in status(written)
    assert key not in shell.storage and len(shell.storage) == 2
    assert [e["id"] for e in shell.state["entries"]] == [entries[2]["id"], entries[0]["id"]]
    shell.settle()  # the chart is drawn again without it
    undo = shell.send("undo")
    assert undo == [["store", [[key, before[key]]], "undo_written"]]
    done = shell.settle()
    assert status(done[0]) == UNDONE and ["focus", "#entries-title"] in flat(done)
    assert shell.storage == before
    assert entry_count(flat(done)) == 3, "the log is listed again"


def test_deleting_the_last_entry_shows_the_empty_log():
    entries = daily(1)
    shell = log_shell(storage_of(entries))
    start(shell)
    delete(shell, entries[0])
    written = shell.settle()[-1]
    assert ["hidden", "#log-empty", False] in written and ["focus", "#empty-title"] in written
    assert shell.storage == {}


def test_a_delete_that_is_not_written_says_the_log_is_as_it_was():
    entries = daily(2)
    shell = log_shell(storage_of(entries))
    before = dict(shell.storage)
    start(shell)
    shell.faults["store"] = "unavailable"
    delete(shell, entries[0])
    last = shell.settle()[-1]
    assert status(last) == en(log_store.NOT_CHANGED) and shell.storage == before
    assert not changes_of(last, "remove")
    undo = shell.send("undo")
    assert status(undo) == en(log_store.NOT_CHANGED) and not changes_of(undo, "store"), "nothing to undo"


def test_deleting_what_another_tab_deleted_says_it_is_gone_and_lists_the_log_again():
    entries = daily(2)
    shell = log_shell(storage_of(entries))
    start(shell)
    del shell.storage[log_store.entry_key(entries[0]["id"])]  # another tab
    delete(shell, entries[0])
    gone = shell.step()
    assert GONE in status(gone) and ["keys", log_store.STORAGE_KEY, "log_keys"] in gone
    assert shell.storage_ops("store") == []
    assert entry_count(flat(shell.settle())) == 1


def test_undo_puts_back_only_the_deleted_key_so_another_tabs_save_stays():
    entries = daily(2)
    shell = log_shell(storage_of(entries))
    start(shell)
    delete(shell, entries[0])
    shell.settle()
    other = saved(CHEST, "2026-11-10T08:30", 0xabc)
    shell.storage.update(storage_of([other]))  # another tab saved meanwhile
    shell.do("undo")
    assert sorted(shell.storage) == sorted(storage_of(entries + [other]))


def test_delete_all_asks_first_then_deletes_only_what_it_listed_and_the_old_key():
    entries = daily(3)
    shell = log_shell(storage_of(entries))
    start(shell)
    assert ["focus", "#confirm-text"] in shell.send("clear")
    assert ["focus", "#log-clear"] in shell.send("cancel_clear")
    shell.send("clear")
    other = saved(CHEST, "2026-11-10T08:30", 0xabc)
    shell.storage.update(storage_of([other]))  # saved in another tab after this page listed the log
    confirm = shell.send("confirm_clear")
    assert confirm == [["store", [[log_store.entry_key(e["id"]), None] for e in entries[::-1]]
                        + [[log_store.STORAGE_KEY, None]], "clear_written"]]
    done = shell.settle()
    assert status(done[0]) == CLEARED
    assert shell.storage == storage_of([other]), "a result saved meanwhile stays"


def test_a_delete_all_that_is_not_written_says_the_log_is_as_it_was():
    shell = log_shell(storage_of(daily(3)))
    before = dict(shell.storage)
    start(shell)
    shell.faults["store"] = "full"
    assert status(shell.do("confirm_clear")[-1]) == en(log_store.NOT_CHANGED) and shell.storage == before


# Logs of earlier versions ---------------------------------------------------------------------

@pytest.mark.parametrize("version", (0, 1))
def test_a_legacy_log_is_moved_to_a_key_per_entry_with_its_ids(version):
    items = [dict(GOOD, when="2026-11-01T07:30:00", level="modify", answers=answered(3)), GOOD, GOOD]
    shell = log_shell({log_store.STORAGE_KEY: legacy_text(items, version)})
    read = flat(start(shell))
    ids = ["2026-11-01T07:30:00", "2026-11-20T07:30:00", "2026-11-20T07:30:00~2"]
    assert sorted(shell.storage) == sorted(log_store.entry_key(i) for i in ids), "the old key is gone"
    entries, faults = log_store.read_items(sorted(shell.storage.items()))
    assert faults == {} and [e["id"] for e in entries] == ids
    assert [(e["level"], e["answers"]) for e in entries] == [("modify", answered(3)), ("urgent", CHEST),
                                                             ("urgent", CHEST)]
    room, freed, moved, old_key = shell.storage_ops("store")
    assert [room[1][0][0], freed[1]] == [log_store.room_key(0), [[log_store.room_key(0), None]]], "room looked for"
    assert len(room[1][0][1]) + len(room[1][0][0]) == sum(len(key) + len(text) for key, text in moved[1])
    assert len(moved[1]) == 3 and old_key[1] == [[log_store.STORAGE_KEY, None]], "the old key goes once all moved"
    shown, moved_then = listings(read)
    assert entry_count(shown) == 3 and ["attr", ":root", "data-read-only", "true"] in shown, \
        "shown read-only from what was read, before the move"
    assert entry_count(moved_then) == 3 and ["attr", ":root", "data-read-only", "false"] in moved_then
    assert [json.loads(text)["version"] for text in shell.storage.values()] == [2] * 3, \
        "moved as the version 2 entries they were: asked the questions version 2 asked"
    listed = "".join(c[2] for c in changes_of(moved_then, "append"))
    assert listed.count("<dd>Not asked then</dd>") == 2 * 3, "the chest entries' three new questions (the first " \
        "holds answers to them, and an answer held is shown)"


def before_the_move(changes):
    """The changes made before the page first writes anything."""
    stores = [number for number, change in enumerate(changes) if change[0] == "store"]
    return changes[:stores[0]] if stores else changes


def test_the_largest_old_log_moves_in_short_tasks_and_still_all_or_nothing():
    """H-LOG-4 and H-LOG-3: an old log of 10,512 entries (about 60% of what a browser keeps) is read in two
    tasks, shown read-only whole (its newest entries, the summary, the chart) from what was read, and only
    then moved, MOVE_BATCH entries a task, all or nothing; where it does not fit, what was written is taken
    back, the old key stays byte for byte and the log stays shown from what was read."""
    entries = daily(10512)
    text = legacy_text([legacy_item(entry) for entry in entries])
    shell = log_shell({log_store.STORAGE_KEY: text})
    steps = start(shell)
    kinds = [step[0]["type"] for step in shell.steps]
    assert kinds[:3] == ["start", "legacy_read", "legacy_plan"]
    stores = shell.storage_ops("store")
    batches = -(-10512 // MOVE_BATCH)
    rooms = [log_store.room_key(number) for number in range(batches)]
    assert [store[1] for store in stores[batches:batches + 1]] == [[[room, None] for room in rooms]], \
        "room for it looked for, a batch's a task, then freed"
    assert [store[1][0][0] for store in stores[:batches]] == rooms
    assert sum(len(store[1][0][0]) + len(store[1][0][1]) for store in stores[:batches]) == \
        sum(len(key) + len(text) for store in stores[batches + 1:-1] for key, text in store[1]), "as much as it writes"
    stores = stores[batches + 1:]
    assert [len(store[1]) for store in stores] == [MOVE_BATCH] * (10512 // MOVE_BATCH) + [10512 % MOVE_BATCH, 1]
    assert stores[-1][1] == [[log_store.STORAGE_KEY, None]], "the old key goes last, once every entry is written"
    assert log_store.STORAGE_KEY not in shell.storage and len(shell.storage) == 10512
    newest = [e["id"][:19] for e in entries[::-1][:PAGE]]
    shown = before_the_move(flat(steps))
    assert ids_listed(shown) == newest and ["attr", ":root", "data-read-only", "true"] in shown
    assert changes_of(shown, "text", "#first-logged") and changes_of(shown, "measure"), \
        "the summary and the chart before a write is tried"
    assert ids_listed(listings(flat(steps))[-1]) == newest, "listed again once moved"
    full = log_shell({log_store.STORAGE_KEY: text})
    full.quota = len(log_store.STORAGE_KEY) + 2 * len(text)  # room for most of it, not all
    read = flat(start(full))
    assert full.storage == {log_store.STORAGE_KEY: text}, "kept as it was"
    assert {key for store in full.storage_ops("store") for key, _text in store[1] if not log_store.is_room(key)} \
        == set(), "no room for all it would write: not one entry written (nor taken back)"
    assert en(log_store.NOT_MOVED) in json.dumps(read) and entry_count(read) == PAGE
    assert entry_count(before_the_move(read)) == PAGE, "listed once, before the move was tried, and left so"


def until_the_move_has_begun(entries):
    """A page opened on an old log of these entries, stopped once the move's first batch is written (the log
    shown read-only meanwhile): the runner can act on it while the rest is still to be written."""
    shell = log_shell({log_store.STORAGE_KEY: legacy_text([legacy_item(entry) for entry in entries])})
    shell.send("start", stored=shell.list_keys(log_store.STORAGE_KEY))
    while len(shell.storage) < MOVE_BATCH + 1:
        shell.step()
    assert len(shell.storage) == MOVE_BATCH + 1, "the first batch written, the old key still there"
    return shell


def test_delete_all_while_an_old_log_moves_deletes_what_the_move_wrote_and_stops_it():
    """H-LOG-4: the old log is shown, so Delete all can be pressed, before its move has ended: nothing of the
    log is left, and the move does not write the rest afterwards."""
    shell = until_the_move_has_begun(daily(MOVE_BATCH + 100))
    steps = shell.do("confirm_clear")
    assert shell.storage == {} and status(flat(steps)) == CLEARED


def test_an_export_while_an_old_log_moves_lists_each_entry_once_from_what_was_read():
    """H-LOG-4: Download while the move is under way (some entries under keys of their own, all still under
    the old key): each entry once, from the rows the page kept, nothing read again."""
    shell = until_the_move_has_begun(daily(MOVE_BATCH + 100))
    steps = shell.do("export", data={"action": "export"})
    (download,) = changes_of(flat(steps), "download")
    assert [change for change in flat(steps) if change[0] == "read" and change[2] == "export_read"] == []
    assert log_store.STORAGE_KEY not in shell.storage, "moved meanwhile"
    moved, faults = log_store.read_items(sorted(shell.storage.items()))
    assert faults == {} and download[3] == log.csv_text(moved) and download[3].count("\r\n") == MOVE_BATCH + 101


def room_found_then_taken(entries):
    """A page opened on an old log of these entries with room for its move, which another tab then takes (a
    save of its own) before the move writes: the move's writes fail part way."""
    old = legacy_text([legacy_item(entry) for entry in entries])
    shell = log_shell({log_store.STORAGE_KEY: old})
    shell.send("start", stored=shell.list_keys(log_store.STORAGE_KEY))
    while not [store for store in shell.storage_ops("store") if store[2] == "room_freed"]:
        shell.step()
    room = sum(len(store[1][0][1]) for store in shell.storage_ops("store") if store[2] == "move_room")
    shell.storage["other-tab"] = "x" * (room // 2)  # what is left: room for a part of the move only
    shell.quota = sum(len(key) + len(text) for key, text in shell.storage.items()) + room - room // 2
    return shell, old


def test_a_move_that_found_room_which_was_then_taken_takes_back_what_it_wrote():
    """H-LOG-4 and H-LOG-3: all or nothing even when the room the page found is gone before the move writes."""
    shell, old = room_found_then_taken(daily(3 * MOVE_BATCH))
    read = flat(shell.settle())
    assert shell.storage_ops("store")[-1][2] == "move_taken_back"
    assert {key: text for key, text in shell.storage.items() if key != "other-tab"} == {log_store.STORAGE_KEY: old}
    assert en(log_store.NOT_MOVED) in json.dumps(read)


def test_room_left_by_a_tab_closed_while_it_looked_is_removed_and_another_tabs_look_lists_nothing_again():
    entries = daily(3)
    rooms = {log_store.room_key(number): '"' + "x" * 5000 + '"' for number in range(2)}
    shell = log_shell(dict(storage_of(entries), **rooms))
    read = flat(start(shell))
    assert shell.storage == storage_of(entries) and entry_count(read) == 3
    assert shell.do("storage", key=log_store.room_key(0)) == [[]], "another tab looking for room changes no log"


def test_the_export_of_the_largest_log_is_made_from_what_the_page_read_with_no_second_read():
    """H-LOG-4: the page keeps each entry's CSV row as it reads the log for the summary, so "Download"
    lists the keys (the log as stored now) and, finding the log it read, reads none of it again."""
    entries = daily(16000)
    shell = log_shell(storage_of(entries))
    start(shell)
    steps = shell.do("export", data={"action": "export"})
    assert [change for change in flat(steps) if change[0] == "read"] == [], "the log is not read again"
    (download,) = changes_of(flat(steps), "download")
    assert download[3] == log.csv_text(entries) and download[3].count("\r\n") == 16001
    assert status(flat(steps)) == DOWNLOADED


def test_an_export_after_another_tab_saved_reads_the_log_as_stored_now_a_batch_a_task():
    entries = daily(16000)
    shell = log_shell(storage_of(entries))
    start(shell)
    newer = saved(CHEST, "2099-01-01T08:00:00", 0xabc)
    shell.storage.update(storage_of([newer]))  # another tab's save, its storage event not here yet
    steps = shell.do("export", data={"action": "export"})
    reads = [change for change in flat(steps) if change[0] == "read"]
    assert [len(read[1]) for read in reads] == [BATCH] * (16000 // BATCH) + [1]
    (download,) = changes_of(flat(steps), "download")
    assert download[3] == log.csv_text(entries + [newer])


def test_an_export_before_the_log_is_read_whole_reads_it():
    entries = daily(30)
    shell = log_shell(storage_of(entries))
    shell.send("start", stored=shell.list_keys(log_store.STORAGE_KEY))
    shell.step()  # the first entries listed; the summary's read still to come
    shell.pending.clear()
    steps = shell.do("export")
    (download,) = changes_of(flat(steps), "download")
    assert download[3] == log.csv_text(entries) and changes_of(flat(steps), "read")


def test_a_legacy_log_alongside_new_entries_is_moved_and_listed_with_them():
    entries = daily(2, first=9000)
    storage = dict(storage_of(entries), **{log_store.STORAGE_KEY: legacy_text([GOOD, 5])})
    shell = log_shell(storage)
    read = flat(start(shell))
    assert entry_count(listings(read)[-1]) == 3 and len(shell.storage) == 4
    assert json.loads(shell.storage[log_store.STORAGE_KEY]) == {"version": 1, "entries": [5]}, \
        "what could not be read is kept as it was"
    assert en("store.skipped.one", count=1) in changes_of(read, "html", "#log-problems")[-1][2]


@pytest.mark.parametrize("text,says", (
    ("{broken", en("store.damaged")),
    ("[1, 2", en("store.damaged")),
    ('{"version": 1, "entries": {}}', en("store.damaged")),
    ("hello", en("store.not_a_log")),
    ('{"colour": "blue"}', en("store.not_a_log")),
    (legacy_text([GOOD], version=2), en("store.newer")),
    ('{"version": 9, "results": []}', en("store.newer")),
))
def test_a_legacy_text_that_cannot_be_moved_is_kept_as_it_was_and_said_so(text, says):
    storage = dict(storage_of(daily(2)), **{log_store.STORAGE_KEY: text})
    shell = log_shell(storage)
    read = flat(start(shell))
    assert shell.storage == storage and shell.storage_ops("store") == []
    assert says in changes_of(read, "html", "#log-problems")[-1][2] and READY in read
    assert entry_count(read) >= 2
    shell.do("confirm_clear")
    assert shell.storage == {}, "delete-all deletes the old key too"


def test_a_legacy_log_that_does_not_fit_is_shown_read_only_and_kept():
    items = [legacy_item(e) for e in daily(5)]
    storage = {log_store.STORAGE_KEY: legacy_text(items)}
    shell = log_shell(storage)
    shell.quota = len(log_store.STORAGE_KEY) + len(storage[log_store.STORAGE_KEY]) + 10
    read = flat(start(shell))
    assert shell.storage == storage
    assert en(log_store.NOT_MOVED) in json.dumps(read) and ["attr", ":root", "data-read-only", "true"] in read
    assert entry_count(read) == 5 and READY in read
    assert [op[0] for op in shell.storage_ops() if op[0] != "read"] == ["store"], "listed from what was read"
    steps = shell.do("export", data={"action": "export"})
    assert [change for change in flat(steps) if change[0] == "read"] == [], "from the rows the page kept"
    (download,) = changes_of(flat(steps), "download")
    assert download[3] == log.csv_text(log_move.read_legacy(storage[log_store.STORAGE_KEY])[0])


def test_an_entry_saved_before_a_question_was_asked_says_so_in_the_list_the_printout_and_the_csv():
    """H-LOG-2: an old entry shows a new question as not answered. A result saved by a site of version 2
    (before legs_or_bladder, injury and night were asked) lists them as "Not asked then", in the list and
    the printout, says "not asked then" in the CSV, and keeps its level; a new result leaves an unanswered
    one "Not answered" and empty."""
    old = saved_then(answered(5), "2026-11-08T08:00:00", 1)
    new = saved(CHEST, "2026-11-09T08:00:00", 2)
    assert old["level"] == "stop" and old["version"] == 2
    storage = storage_of([old, new])
    shell = log_shell(storage)
    read = flat(start(shell))
    listed = "".join(c[2] for c in changes_of(read, "append"))
    new_item, old_item = listed.split('class="log-entry"')[1:]  # newest first
    assert 'data-id="{}"'.format(old["id"]) in old_item and 'data-level="stop"' in old_item, "its level kept"
    assert old_item.count("<dd>Not asked then</dd>") == 3 and "Not answered" not in old_item
    assert "data-print-open" in old_item, "the printout shows the same answers"
    assert "Not asked then" not in new_item and new_item.count("<dd>Not answered</dd>") == len(ASKED) - 1
    assert shell.storage == storage, "reading and listing change nothing stored"
    (download,) = changes_of(shell.do("export")[-1], "download")
    rows = list(csv.DictReader(io.StringIO(download[3], newline="")))
    assert [[row[key] for key in NEW_IN_3] for row in rows] == [["not asked then"] * 3, ["", "", ""]]
    assert [row["level"] for row in rows] == ["stop", "urgent"]


# Other pages, other tabs ------------------------------------------------------------------------

def test_export_downloads_the_csv_oldest_first():
    entries = daily(3)
    storage = dict(storage_of(entries), **{log_store.ENTRY_PREFIX + "x": "{broken"})
    shell = log_shell(storage)
    last = shell.do("export")[-1]
    (download,) = changes_of(last, "download")
    assert download[1:3] == ["upper-back-log.csv", "text/csv;charset=utf-8"]
    assert download[3] == log.csv_text(entries)
    assert status(last) == DOWNLOADED


def test_an_export_with_storage_off_says_so():
    shell = log_shell(storage_of(daily(3)))
    shell.faults["keys"] = "unavailable"
    assert status(shell.do("export")[-1]) == en(log_store.UNAVAILABLE)


def test_the_shell_brings_the_stored_keys_with_the_start():
    assert ("lists", log_store.STORAGE_KEY) in shell_data("en") and ("lists", log_store.STORAGE_KEY) in shell_data("es")


def test_another_tabs_change_lists_the_log_again():
    assert replay([{"type": "storage", "key": log_store.STORAGE_KEY}]) == [
        [["keys", log_store.STORAGE_KEY, "log_keys"]]]
    assert replay([{"type": "storage", "key": log_store.ENTRY_PREFIX + "2026-11-10T08:00:00~00000001"}]) == [
        [["keys", log_store.STORAGE_KEY, "log_keys"]]]
    assert replay([{"type": "storage", "key": None}]) == [[["keys", log_store.STORAGE_KEY, "log_keys"]]]  # cleared
    assert replay([{"type": "storage", "key": "something-else"}]) == [[]]


def test_a_list_begun_before_another_tab_changed_the_log_is_dropped():
    shell = log_shell(storage_of(daily(30)))
    shell.send("start", stored=shell.list_keys(log_store.STORAGE_KEY))
    shell.step()  # the first entries
    stale = shell.pending.pop(0)  # the next read, on its way
    shell.storage.update(storage_of([saved(CHEST, "2026-11-10T08:30", 0xabc)]))
    shell.do("storage", key=log_store.STORAGE_KEY)
    assert shell.handle(stale) == []
    assert len(shell.state["entries"]) == 31


def recorded_visits():
    """Whole visits as the shell sends their events, storage's answers included."""
    visits = []
    entries = daily(30)
    storage = dict(storage_of(entries), **{log_store.ENTRY_PREFIX + "x": "{broken",
                                           log_store.STORAGE_KEY: legacy_text([GOOD, GOOD, 5])})
    shell = log_shell(storage)
    start(shell)
    shell.width = 600
    shell.do("resize")
    shell.do("export")
    shell.do("print")
    shell.do("delete", data={"id": entries[3]["id"], "when": "x"})
    shell.do("undo")
    shell.do("clear")
    shell.do("cancel_clear")
    shell.do("storage", key=log_store.STORAGE_KEY)
    shell.do("confirm_clear")
    visits.append([step[0] for step in shell.steps] + [{"type": "nonsense"}])
    shell = log_shell({log_store.STORAGE_KEY: legacy_text([legacy_item(e) for e in daily(6)], 0)})
    shell.quota = 10
    start(shell)
    shell.do("delete", data={"id": "2000-01-01T08:00:00", "when": "x"})
    visits.append([step[0] for step in shell.steps])
    shell = log_shell({log_store.STORAGE_KEY: "{broken"})
    start(shell)
    shell.faults["store"] = "full"
    shell.do("confirm_clear")
    visits.append([step[0] for step in shell.steps])
    shell = log_shell(storage_of(daily(PAGE + 3)))
    start(shell)
    shell.do("more", data={"action": "more"})
    visits.append([step[0] for step in shell.steps])
    old = legacy_text([legacy_item(entry) for entry in daily(MOVE_BATCH + 100)])
    shell = log_shell({log_store.STORAGE_KEY: old})
    shell.quota = len(log_store.STORAGE_KEY) + 2 * len(old)  # room for the move's first batch, not for all of it
    start(shell)  # so no entry is written
    visits.append([step[0] for step in shell.steps])
    shell, _old = room_found_then_taken(daily(3 * MOVE_BATCH))
    shell.settle()  # so what was written is taken back
    visits.append([step[0] for step in shell.steps])
    return visits


VISITS = recorded_visits()
# The same visits on /es/log/: the shell sends the page's language with every event
SPANISH_VISITS = [[dict(event, lang="es") for event in visit] for visit in VISITS]


def test_the_site_micropython_shows_the_same(tmp_path, shipped_pyapp):
    visits = VISITS + SPANISH_VISITS
    got = run_in_micropython("pyapp.log_page.replay", visits, tmp_path, shipped_pyapp)
    expected = json.loads(json.dumps(in_cpython(replay, visits)))
    assert all("result" in outcome for outcome in expected)
    spanish = json.dumps(expected[len(VISITS):], ensure_ascii=False)
    assert "Borrar" in spanish and "Se ha borrado tu registro." in spanish, "Spanish compared too"
    assert store_texts_as_data(got) == store_texts_as_data(expected)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_event_runs_in_micropython_with_only_the_modules_the_page_ships(tmp_path, shipped_pyapp, lang):
    """H-LOAD-3: the log's worker loads only its own modules; a lazy import its list missed would
    fail when the runner taps, so every event runs on that list alone."""
    expected, got = every_event_runs_with_only_its_modules(log_page, VISITS, lang, tmp_path, shipped_pyapp)
    assert store_texts_as_data(got) == store_texts_as_data(expected)


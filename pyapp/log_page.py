"""The log page's core: what /log/ shows, given what the runner did.

Pure functions, like pyapp.check_page: `handle(state, event)` returns the
new state and the changes to make (pyapp.patch). The shell lists storage's
keys and reads and writes them when a change asks; the core reads the log a
few entries at a time, newest first, so the first results show at once
however long the log is, and keeps only what the summary and the chart need
of each entry (log.light). It says "deleted" or "back" only once the shell
has written the change and read it back. What each part says is in
pyapp.log_view; the log's rules in pyapp.log and pyapp.log_store.
"""

from pyapp import log, log_store
from pyapp.log_view import (chart_caption, chart_markup, entry_markup, note_markup, plot_size, problems_markup,
                            status_markup)
from pyapp.patch import attr, dispatch, hidden, html, text
from pyapp.patch import replay as replay_visit

FIRST_ENTRIES = 4  # listed at once (more than a phone's screen shows); the rest follow in later tasks
MORE_ENTRIES = 20  # per task: short tasks, so a tap while a long log is listed is answered at once
CSV_NAME = "upper-back-log.csv"
CSV_TYPE = "text/csv;charset=utf-8"

GONE = "That result is no longer in your log."
PROBLEM = "This page hit a problem, so it may not show your whole log. Reload the page to try again. ({})"
DELETED = "The result from {} is deleted."
UNDONE = "The result is back in your log."
CLEARED = "Your log is deleted."
DOWNLOADED = "Your log is downloaded as " + CSV_NAME + "."

# What web/shell.js says on this page when the engine cannot start, and the page events it passes on.
SHELL_DATA = (
    ("failed-status", "Your log could not be shown."),
    ("failed-text", "Your log could not be shown on this device"),
    ("failed-after", ". Your saved results are still in this browser. Read the warning signs instead: "),
    ("slow", "Still loading your log. This can take a while on a slow connection."),
    ("warning-signs", "when to stop and when to get help"),
    ("broken", "This page hit a problem, so it may not show your whole log. Reload the page to try again. "
               "Until then, read "),
    ("listen", "resize storage"),
    ("lists", log_store.STORAGE_KEY),  # the start comes with the log's keys, so the page shows it one step sooner
)

LIST = ["keys", log_store.STORAGE_KEY, "log_keys"]
STATUS = "#log-status"


def new_state():
    return {"ready": False, "today": "", "reading": 0, "keys": [], "next": 0, "preread": {}, "entries": [], "faults": {},
            "read_only": False, "width": 0, "undo": None, "deleting": None}


def say(message, undo=False):
    return [html(STATUS, status_markup(message, undo))]


def focus_list(state):
    return [["focus", "#entries-title" if state["keys"] else "#empty-title"]]


def ready(state):
    if state["ready"]:
        return []
    state["ready"] = True
    return [attr(":root", "data-engine", "ready")]


# Reading the log, newest first ------------------------------------------------------

def on_log_keys(state, event):
    """A fresh read of the whole log: at the start, after another tab changed it, after an undo."""
    stored = event.get("stored") or {}
    state["today"] = event["now"][:10]
    state["reading"] += 1  # answers to an earlier read that are still on their way are dropped
    for name, value in (("keys", []), ("next", 0), ("preread", {}), ("entries", []), ("faults", {}),
                        ("read_only", False), ("width", 0)):
        state[name] = value
    changes = [hidden("#log-confirm", True), attr("#log-clear", "aria-expanded", "false"), html("#log-entries", "")]
    if not stored.get("ok"):
        return changes + [html("#log-problems", problems_markup([log_store.UNAVAILABLE])),
                          hidden("#log-problems", False), hidden("#log", True)] + ready(state)
    keys = stored.get("keys") or []
    state["keys"] = log_store.entry_keys(keys)
    if log_store.has_legacy(keys):
        return changes + [["read", [log_store.STORAGE_KEY], "legacy_read", state["reading"]]]
    # after an undo or a delete-all, the focus goes to the list (or to "no saved results") it shows
    return changes + first_entries(state) + (focus_list(state) if event.get("data") == "focus" else [])


def on_legacy_read(state, event):
    """A log saved by an earlier version of the site: moved to a key per entry, all or nothing."""
    if event.get("data") != state["reading"]:
        return []
    items = (event.get("stored") or {}).get("items") or [[log_store.STORAGE_KEY, None]]
    entries, faults, newer = log_store.read_legacy(items[0][1])
    log_store.count_faults(state["faults"], faults)
    state["preread"] = dict((log_store.entry_key(e["id"]), log_store.entry_text(e)) for e in entries)
    if newer:  # a newer site's log: shown, and kept as it is
        return as_it_was(state)
    writes = log_store.moved_writes(items[0][1])
    if writes is None:
        return first_entries(state)  # nothing readable: kept as it is, and said so
    return [["store", writes, "moved", state["reading"]]]


def on_moved(state, event):
    if event.get("data") != state["reading"]:
        return []
    if event.get("ok"):
        return [LIST]
    return say(log_store.NOT_MOVED) + as_it_was(state)  # no room to move it


def as_it_was(state):
    """Show the old log from what was read, alongside the rest, and change none of it here."""
    state["read_only"] = True
    state["keys"] = sorted(state["keys"] + list(state["preread"]))[::-1]
    return first_entries(state)


def first_entries(state):
    shown = bool(state["keys"])
    return [hidden("#log-problems", True), hidden("#log", False), hidden("#log-empty", shown),
            hidden("#log-filled", not shown), attr(":root", "data-read-only", "true" if state["read_only"] else "false")
            ] + list_more(state, FIRST_ENTRIES)


def list_more(state, count, then=""):
    """Read the next count entries (all of them for the printout), or finish when none are left."""
    keys = state["keys"][state["next"]:state["next"] + count]
    state["next"] += len(keys)
    if not keys:
        return finish(state) + ([[then]] if then else [])
    known = [[key, state["preread"][key]] for key in keys if key in state["preread"]]
    if len(known) == len(keys):
        return on_listed(state, {"stored": {"ok": True, "items": known}, "data": [state["reading"], then]})
    return [["read", keys, "listed", [state["reading"], then]]]


def on_listed(state, event):
    reading, then = event.get("data") or [None, ""]
    if reading != state["reading"]:
        return []
    items = [[key, state["preread"].get(key, text)] for key, text in (event.get("stored") or {}).get("items") or []]
    entries, faults = log_store.read_items(items)
    log_store.count_faults(state["faults"], faults)
    state["entries"] += [log.light(entry) for entry in entries]
    changes = [["append", "#log-entries", "".join(entry_markup(entry) for entry in entries)]] + ready(state)
    more = len(state["keys"]) - state["next"] if then else MORE_ENTRIES
    return changes + list_more(state, more, then)


def finish(state):
    """Once every entry is read: what the log says above the list, its problems, and the chart."""
    entries, today = state["entries"], state["today"]
    problems = log_store.fault_texts(state["faults"])
    nearly_full = log_store.nearly_full_text(len(state["keys"]))
    problems += [nearly_full] if nearly_full else []
    changes = [html("#log-problems", problems_markup(problems)), hidden("#log-problems", not problems),
               hidden("#log-empty", bool(entries)), hidden("#log-filled", not entries)] + ready(state)
    if not entries:
        return changes
    info = log.summary(entries, today)
    note, has_points = info["note"], any("pain" in entry["answers"] for entry in entries)
    changes += [text("#first-logged", info["first_logged"]), hidden("#log-note", note is None),
                html("#log-note p", note_markup(note) if note else ""),
                hidden("#chart-title", not has_points), hidden("#log-chart", not has_points)]
    return changes + ([["measure", "#chart-box", "chart_width"]] if has_points else [])


# The chart ---------------------------------------------------------------------------

def on_chart_width(state, event):
    """Draw the chart at the box's width now (also after a phone turned sideways)."""
    width = event.get("width") or 0
    if not state["entries"] or width < 1:
        return []
    state["width"] = width
    plot_width, plot_height = plot_size(width)
    chart = log.chart_points(state["entries"], plot_width, plot_height)
    return [html("#chart-box", chart_markup(chart)), text("#chart-caption", chart_caption(chart, len(state["entries"])))]


def on_resize(state, event):
    if not state["entries"] or not state["width"]:
        return []
    return [["measure", "#chart-box", "resized"]]


def on_resized(state, event):
    return on_chart_width(state, event) if event.get("width") != state["width"] else []


# Changes the runner asks for ------------------------------------------------------------

def on_delete(state, event):
    data = event.get("data") or {}
    key = log_store.entry_key(data.get("id", ""))
    state["deleting"] = [key, data.get("when", "")]
    return [["read", [key], "delete_read"]]


def on_delete_read(state, event):
    key, when = state["deleting"]
    items = (event.get("stored") or {}).get("items") or [[key, None]]
    if not (event.get("stored") or {}).get("ok"):
        return say(log_store.NOT_CHANGED)
    if items[0][1] is None:  # another tab deleted it
        return say(GONE) + [LIST]
    state["undo"] = [key, items[0][1], when]
    return [["store", [[key, None]], "delete_written"]]


def on_delete_written(state, event):
    if not event.get("ok"):
        state["undo"] = None
        return say(log_store.NOT_CHANGED)
    key, _text, when = state["undo"]
    entry_id = key[len(log_store.ENTRY_PREFIX):]
    if key in state["keys"][:state["next"]]:
        state["next"] -= 1
    state["keys"] = [k for k in state["keys"] if k != key]
    state["entries"] = [entry for entry in state["entries"] if entry["id"] != entry_id]
    changes = [["remove", "#log-entries [data-id='{}']".format(entry_id)]]
    if state["next"] >= len(state["keys"]):
        changes += finish(state)
    return changes + say(DELETED.format(when), undo=True) + focus_list(state)


def on_undo(state, event):
    if state["undo"] is None:
        return say(log_store.NOT_CHANGED)
    key, text_before, _when = state["undo"]
    return [["store", [[key, text_before]], "undo_written"]]


def on_undo_written(state, event):
    state["undo"] = None
    if not event.get("ok"):
        return say(log_store.WRITE_FAULTS.get(event.get("fault"), log_store.NOT_CHANGED))
    return say(UNDONE) + [LIST + ["focus"]]


def on_clear(state, event):
    return [hidden("#log-confirm", False), attr("#log-clear", "aria-expanded", "true"), ["focus", "#confirm-text"]]


def on_cancel_clear(state, event):
    return [hidden("#log-confirm", True), attr("#log-clear", "aria-expanded", "false"), ["focus", "#log-clear"]]


def on_confirm_clear(state, event):
    """Delete what this page listed (a result another tab saves meanwhile stays), and an old log's key."""
    writes = [[key, None] for key in state["keys"] if key not in state["preread"]]
    return [["store", writes + [[log_store.STORAGE_KEY, None]], "clear_written"]]


def on_clear_written(state, event):
    if not event.get("ok"):
        return say(log_store.NOT_CHANGED)
    state["undo"] = None
    return say(CLEARED) + [LIST + ["focus"]]


def on_export(state, event):
    return [["keys", log_store.STORAGE_KEY, "export_keys"]]


def on_export_keys(state, event):
    stored = event.get("stored") or {}
    if not stored.get("ok"):
        return say(log_store.UNAVAILABLE)
    keys = log_store.entry_keys(stored.get("keys") or [])[::-1]
    return [["read", ([log_store.STORAGE_KEY] if log_store.has_legacy(stored["keys"]) else []) + keys, "export_read"]]


def on_export_read(state, event):
    """The CSV, oldest first: each entry read, turned into its row and let go, so a long log fits."""
    stored = event.get("stored") or {}
    if not stored.get("ok"):
        return say(log_store.UNAVAILABLE)
    rows = [log.csv_header()]
    for key, text_stored in stored.get("items") or []:
        if key == log_store.STORAGE_KEY:
            entries = log_store.read_legacy(text_stored)[0]
        else:
            entries = log_store.read_items([[key, text_stored]])[0]
        rows += [log.csv_row(entry) for entry in entries]
    return [["download", CSV_NAME, CSV_TYPE, "".join(rows)]] + say(DOWNLOADED)


def on_print(state, event):
    """The printout for the physio shows every result with its answers (web/shell.js opens them to print)."""
    return list_more(state, len(state["keys"]) - state["next"], "print")


def on_storage(state, event):
    """Another tab changed the log: read it again rather than keep a copy that is out of date."""
    key = event.get("key")
    return [LIST] if key is None or key.startswith(log_store.STORAGE_KEY) else []


HANDLERS = {
    "start": on_log_keys,  # the shell brings the keys with the start
    "storage": on_storage,
    "log_keys": on_log_keys,
    "legacy_read": on_legacy_read,
    "moved": on_moved,
    "listed": on_listed,
    "chart_width": on_chart_width,
    "resize": on_resize,
    "resized": on_resized,
    "delete": on_delete,
    "delete_read": on_delete_read,
    "delete_written": on_delete_written,
    "undo": on_undo,
    "undo_written": on_undo_written,
    "clear": on_clear,
    "cancel_clear": on_cancel_clear,
    "confirm_clear": on_confirm_clear,
    "clear_written": on_clear_written,
    "export": on_export,
    "export_keys": on_export_keys,
    "export_read": on_export_read,
    "print": on_print,
}


def problem(state, error):
    return [text("#error", PROBLEM.format(str(error)[:80])), hidden("#error", False)] + ready(state)


def handle(state, event):
    """(state, changes) after one event; an error says so in a short message."""
    return dispatch(HANDLERS, problem, state, event)


def replay(events):
    """A whole visit's changes, event by event, from a new page."""
    return replay_visit(new_state, handle, events)

"""The log page's core: what /log/ shows, given what the runner did.

Pure functions, like pyapp.check_page: `handle(state, event)` returns the
new state and the changes to make (pyapp.patch). Storage is read and written
by the page shell when a change asks for it; the core only ever works on the
text it was handed, and says "deleted" or "back" only after the shell wrote
it. What each part says is in pyapp.log_view; the log's rules in pyapp.log.
"""

from pyapp import log
from pyapp.log_view import (chart_caption, chart_markup, entry_markup, note_markup, plot_size, problems_markup,
                            status_markup)
from pyapp.patch import attr, dispatch, hidden, html, text
from pyapp.patch import replay as replay_visit

FIRST_ENTRIES = 4  # listed at once (more than a phone's screen shows); the rest follow in later tasks
MORE_ENTRIES = 20  # per task: short tasks, so a tap while a long log is listed is answered at once
CSV_NAME = "upper-back-log.csv"
CSV_TYPE = "text/csv;charset=utf-8"

UNAVAILABLE = ("This browser does not let this site keep a log, so there is nothing to show. "
               "This can happen in private browsing, or when site data is turned off. "
               "The check still works, but its results cannot be saved here.")
NOT_WRITTEN = "This browser did not let this site change your log, so it is as it was."
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
    ("reads", log.STORAGE_KEY),  # the start comes with the stored log, so the page shows it one step sooner
)

READ = ["read", log.STORAGE_KEY, "log_read"]
STATUS = "#log-status"


def new_state():
    return {"ready": False, "entries": [], "next": 0, "width": 0, "undo": None, "deleting": None}


def say(message, undo=False):
    return [html(STATUS, status_markup(message, undo))]


def focus_list(state):
    return [["focus", "#entries-title" if state["entries"] else "#empty-title"]]


def ready(state):
    if state["ready"]:
        return []
    state["ready"] = True
    return [attr(":root", "data-engine", "ready")]


def list_more(state, count):
    """Up to count more entries; if some are left, more in a later task."""
    start, entries = state["next"], state["entries"]
    end = min(len(entries), start + count)
    state["next"] = end
    changes = [["append", "#log-entries", "".join(entry_markup(entry) for entry in entries[start:end])]]
    return changes + ([["later", "list_more"]] if end < len(entries) else [])


def render(state, stored, today):
    """Show the whole log (or what keeps it from showing) from the stored text; the chart
    follows once the page has measured its box."""
    changes = [hidden("#log-confirm", True), attr("#log-clear", "aria-expanded", "false")]
    if not stored.get("ok"):
        state["entries"] = []
        return changes + [html("#log-problems", problems_markup([UNAVAILABLE])), hidden("#log-problems", False),
                          hidden("#log", True)] + ready(state)
    info = log.summary({"text": stored.get("text") or "", "today": today, "width": 1, "height": 1})
    entries = info["entries"]
    state["entries"], state["next"] = entries, 0
    changes += [html("#log-problems", problems_markup(info["problems"])), hidden("#log-problems", not info["problems"]),
                hidden("#log", False), hidden("#log-empty", bool(entries)), hidden("#log-filled", not entries),
                attr(":root", "data-read-only", "true" if info["read_only"] else "false"),
                html("#log-entries", "")] + list_more(state, FIRST_ENTRIES)
    if not entries:
        return changes + ready(state)
    note = info["note"]
    has_points = bool(info["chart"]["points"])
    changes += [text("#first-logged", info["first_logged"]), hidden("#log-note", note is None),
                html("#log-note p", note_markup(note) if note else ""),
                hidden("#chart-title", not has_points), hidden("#log-chart", not has_points)]
    if not has_points:
        return changes + ready(state)
    return changes + [["measure", "#chart-box", "chart_width"]]


def on_chart_width(state, event):
    """Draw the chart at the box's width now (also after a phone turned sideways)."""
    width = event.get("width") or 0
    if not state["entries"] or width < 1:
        return ready(state)
    state["width"] = width
    plot_width, plot_height = plot_size(width)
    chart = log.chart_points(state["entries"], plot_width, plot_height)
    return [html("#chart-box", chart_markup(chart)),
            text("#chart-caption", chart_caption(chart, len(state["entries"])))] + ready(state)


def on_resize(state, event):
    if not state["entries"] or not state["width"]:
        return []
    return [["measure", "#chart-box", "resized"]]


def on_resized(state, event):
    return on_chart_width(state, event) if event.get("width") != state["width"] else []


def on_delete(state, event):
    data = event.get("data") or {}
    state["deleting"] = [data.get("id", ""), data.get("when", "")]
    return [["read", log.STORAGE_KEY, "delete_read"]]


def on_delete_read(state, event):
    stored, (entry_id, when) = event.get("stored") or {}, state["deleting"]
    if not stored.get("ok"):
        return say(NOT_WRITTEN)
    before = stored.get("text") or ""
    try:
        after = log.remove(before, entry_id)
    except ValueError as error:  # a newer site saved the log, or another tab deleted it
        gone = entry_id not in [entry["id"] for entry in log.load(before)[0]]
        return render(state, stored, event["now"][:10]) + say(GONE if gone else str(error)) + focus_list(state)
    state["undo"] = [before, after, when]
    return [["write", log.STORAGE_KEY, after, "delete_written"]]


def on_delete_written(state, event):
    if not event.get("ok"):
        state["undo"] = None
        return say(NOT_WRITTEN)
    before, after, when = state["undo"]
    return (render(state, {"ok": True, "text": after}, event["now"][:10]) + say(DELETED.format(when), undo=True)
            + focus_list(state))


def on_undo(state, event):
    return [["read", log.STORAGE_KEY, "undo_read"]]


def on_undo_read(state, event):
    undo, stored = state["undo"], event.get("stored") or {}
    if undo is None or not stored.get("ok") or (stored.get("text") or "") != undo[1]:  # changed since (another tab)
        state["undo"] = None
        return say(NOT_WRITTEN)
    return [["write", log.STORAGE_KEY, undo[0], "undo_written"]]


def on_undo_written(state, event):
    restored, state["undo"] = state["undo"][0], None
    if not event.get("ok"):
        return say(NOT_WRITTEN)
    return render(state, {"ok": True, "text": restored}, event["now"][:10]) + say(UNDONE) + focus_list(state)


def on_clear(state, event):
    return [hidden("#log-confirm", False), attr("#log-clear", "aria-expanded", "true"), ["focus", "#confirm-text"]]


def on_cancel_clear(state, event):
    return [hidden("#log-confirm", True), attr("#log-clear", "aria-expanded", "false"), ["focus", "#log-clear"]]


def on_confirm_clear(state, event):
    return [["write", log.STORAGE_KEY, "", "clear_written"]]


def on_clear_written(state, event):
    if not event.get("ok"):
        return say(NOT_WRITTEN)
    state["undo"] = None
    return render(state, {"ok": True, "text": ""}, event["now"][:10]) + say(CLEARED) + focus_list(state)


def on_export(state, event):
    return [["read", log.STORAGE_KEY, "export_read"]]


def on_export_read(state, event):
    stored = event.get("stored") or {}
    if not stored.get("ok"):
        return say(UNAVAILABLE)
    entries, _problems = log.load(stored.get("text"))
    return [["download", CSV_NAME, CSV_TYPE, log.csv_text(entries)]] + say(DOWNLOADED)


def on_print(state, event):
    """The printout for the physio shows every result with its answers (web/shell.js opens them to print)."""
    return list_more(state, len(state["entries"])) + [["print"]]


def on_log_read(state, event):
    """The log as stored: when the page starts (the shell brings it), and after another tab changed it."""
    return render(state, event.get("stored") or {}, event["now"][:10])


HANDLERS = {
    "start": on_log_read,
    "storage": lambda state, event: [READ] if event.get("key") in (None, log.STORAGE_KEY) else [],  # another tab
    "log_read": on_log_read,
    "chart_width": on_chart_width,
    "resize": on_resize,
    "resized": on_resized,
    "list_more": lambda state, event: list_more(state, MORE_ENTRIES),
    "delete": on_delete,
    "delete_read": on_delete_read,
    "delete_written": on_delete_written,
    "undo": on_undo,
    "undo_read": on_undo_read,
    "undo_written": on_undo_written,
    "clear": on_clear,
    "cancel_clear": on_cancel_clear,
    "confirm_clear": on_confirm_clear,
    "clear_written": on_clear_written,
    "export": on_export,
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

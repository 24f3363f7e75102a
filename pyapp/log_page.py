"""The log page's core: what /log/ shows, given what the runner did.

Like pyapp.check_page, `handle(state, event)` updates the page's state in place
and returns it with the changes to make (pyapp.patch). The shell lists storage's
keys and reads and writes them when a change asks; the core lists the newest
entries first, and more when the runner asks, so the first results show at
once however long the log is, and reads the whole log in large batches for the
summary and the chart, keeping only what they need of each entry (log.light).
It says "deleted" or "back" only once the shell has written the change and
read it back. What each part says is in
pyapp.log_view; the log's rules in pyapp.log and pyapp.log_store.
"""

from pyapp import log, log_move, log_store, patch
from pyapp import page_ids as ids
from pyapp.log_listing import (BATCH, PRINT_BATCH, finish, focus_list, list_log, list_more, on_batch, on_legacy_plan,
                               on_legacy_read, on_listed, on_log_keys, on_more, on_move_room,
                               on_move_taken_back, on_move_written, on_moved, on_room_freed, ready, say)
from pyapp.log_view import chart_caption, chart_markup, plot_size
from pyapp.page_ids import at
from pyapp.patch import attr, dispatch, hidden, html, loader_words, text
from pyapp.patch import replay as replay_visit
from pyapp.texts import DEFAULT, language
from pyapp.texts import text as words

CSV_NAME = "upper-back-log.csv"
CSV_TYPE = "text/csv;charset=utf-8"


def shell_data(lang):
    """What web/shell.js says on this page, in lang, when the engine cannot start, and the page events it
    passes on (rendered into its <script> tag's data attributes at build time)."""
    return loader_words(lang, "log_page") + (
        ("listen", "resize storage"),
        ("lists", log_store.STORAGE_KEY),  # the start comes with the log's keys, so the page shows it one step sooner
    )


def new_state(lang=DEFAULT):
    """The page as the core remembers it between events; "lang" is the page's language (web/worker.py)."""
    return {"lang": lang, "ready": False, "today": "", "reading": 0, "keys": [], "shown": 0, "next": 0,
            "done": False, "preread": {}, "to_move": None, "moving": None, "entries": [], "faults": {}, "seen": {}, "rows": {},
            "read_only": False, "width": 0, "undo": None, "deleting": None, "export": None}


# The chart ---------------------------------------------------------------------------

def on_chart_width(state, event):
    """Draw the chart at the box's width now (also after a phone turned sideways)."""
    width = event.get("width") or 0
    if not state["entries"] or width < 1:
        return []
    state["width"] = width
    plot_width, plot_height = plot_size(width)
    chart = log.chart_points(state["entries"], plot_width, plot_height)
    caption = chart_caption(state["lang"], chart, len(state["entries"]))
    return [html(at(ids.CHART_BOX), chart_markup(state["lang"], chart)), text(at(ids.CHART_CAPTION), caption)]


def on_resize(state, event):
    if not state["entries"] or not state["width"]:
        return []
    return [patch.measure(at(ids.CHART_BOX), "resized")]


def on_resized(state, event):
    return on_chart_width(state, event) if event.get("width") != state["width"] else []


# Changes the runner asks for ------------------------------------------------------------

def on_delete(state, event):
    data = event.get("data") or {}
    key = log_store.entry_key(data.get("id", ""))
    state["deleting"] = [key, data.get("when", "")]
    return [patch.read([key], "delete_read")]


def on_delete_read(state, event):
    key, when = state["deleting"]
    items = (event.get("stored") or {}).get("items") or [[key, None]]
    if not (event.get("stored") or {}).get("ok"):
        return say(state, log_store.NOT_CHANGED)
    if items[0][1] is None:  # another tab deleted it
        return say(state, "log_page.gone") + [list_log()]
    state["undo"] = [key, items[0][1], when]
    return [patch.store([[key, None]], "delete_written")]


def on_delete_written(state, event):
    if not event.get("ok"):
        state["undo"] = None
        return say(state, log_store.NOT_CHANGED)
    key, _text, when = state["undo"]
    entry_id = key[len(log_store.ENTRY_PREFIX):]
    for count in ("shown", "next"):  # the keys listed, and read for the summary: one fewer if it was among them
        if key in state["keys"][:state[count]]:
            state[count] -= 1
    state["keys"] = [k for k in state["keys"] if k != key]
    state["entries"] = [entry for entry in state["entries"] if entry["id"] != entry_id]
    changes = [patch.remove(at(ids.LOG_ENTRIES, "[data-id='{}']").format(entry_id))]
    if state["done"]:
        changes += finish(state)
    return changes + say(state, "log_page.deleted", undo=True, when=when) + focus_list(state)


def on_undo(state, event):
    if state["undo"] is None:
        return say(state, log_store.NOT_CHANGED)
    key, text_before, _when = state["undo"]
    return [patch.store([[key, text_before]], "undo_written")]


def on_undo_written(state, event):
    state["undo"] = None
    if not event.get("ok"):
        return say(state, log_store.WRITE_FAULTS.get(event.get("fault"), log_store.NOT_CHANGED))
    return say(state, "log_page.undone") + [list_log("focus")]


def on_clear(state, event):
    return [hidden(at(ids.LOG_CONFIRM), False), attr(at(ids.LOG_CLEAR), "aria-expanded", "true"),
            patch.focus(at(ids.CONFIRM_TEXT))]


def on_cancel_clear(state, event):
    return [hidden(at(ids.LOG_CONFIRM), True), attr(at(ids.LOG_CLEAR), "aria-expanded", "false"),
            patch.focus(at(ids.LOG_CLEAR))]


def on_confirm_clear(state, event):
    """Delete what this page listed (a result another tab saves meanwhile stays), and an old log's key; of an
    old log's move under way, what it wrote (or is writing), and the rest is not written (nor its room kept)."""
    writes = [[key, None] for key in state["keys"] if key not in state["preread"]]
    moving, state["moving"], state["to_move"] = state["moving"], None, None
    if moving:
        moved = moving["entries"][:moving["written"] + moving["writing"]]
        writes += [[log_store.entry_key(entry["id"]), None] for entry in moved]
        writes += [[log_store.room_key(number), None] for number in range(moving["rooms"] + 1)]
    return [patch.store(writes + [[log_store.STORAGE_KEY, None]], "clear_written")]


def on_clear_written(state, event):
    if not event.get("ok"):
        return say(state, log_store.NOT_CHANGED)
    state["undo"] = None
    return say(state, "log_page.cleared") + [list_log("focus")]


def on_export(state, event):
    return [patch.keys(log_store.STORAGE_KEY, "export_keys")]


def on_export_keys(state, event):
    """The CSV of the log as stored now: from the rows this page kept as it read the log (log_listing),
    when it has read it all and it is what is stored, else read again, BATCH entries a task."""
    stored = event.get("stored") or {}
    if not stored.get("ok"):
        return say(state, log_store.UNAVAILABLE)
    keys = log_store.entry_keys(stored.get("keys") or [])
    legacy = log_store.has_legacy(stored["keys"])
    if legacy and state["preread"]:  # an old log's entries a move is writing: read under the old key
        keys = [key for key in keys if key not in state["preread"]]
    own = [key for key in state["keys"] if key not in state["preread"]]
    if state["done"] and legacy == bool(state["preread"]) and keys == own:
        return _download(state, [log.csv_header()] + [entry["row"] for entry in state["entries"][::-1]])
    state["export"] = {"keys": ([log_store.STORAGE_KEY] if legacy else []) + keys[::-1], "rows": [log.csv_header()],
                       "seen": {}}
    return _export_more(state)


def _export_more(state):
    """Read the next BATCH keys for the CSV, or download it once all are read."""
    export = state["export"]
    keys, export["keys"] = export["keys"][:BATCH], export["keys"][BATCH:]
    if keys:
        return [patch.read(keys, "export_read")]
    state["export"] = None
    return _download(state, export["rows"])


def _download(state, rows):
    return [patch.download(CSV_NAME, CSV_TYPE, "".join(rows))] + say(state, "log_page.downloaded", name=CSV_NAME)


def on_export_read(state, event):
    """The CSV, oldest first, BATCH entries a task: each entry read, turned into its row and let go, so the
    largest log fits, and no task nears the shell's limit."""
    stored = event.get("stored") or {}
    if not state["export"]:
        return []
    if not stored.get("ok"):
        state["export"] = None
        return say(state, log_store.UNAVAILABLE)
    export = state["export"]
    for key, text_stored in stored.get("items") or []:
        export["rows"] += [log.csv_row(entry) for entry in log_move.read_key(key, text_stored, export["seen"])[0]]
    return _export_more(state)


def on_print(state, event):
    """The printout for the physio shows every result with its answers (web/shell.js opens them to print)."""
    return list_more(state, PRINT_BATCH, "print")


def on_storage(state, event):
    """Another tab changed the log: read it again rather than keep a copy that is out of date."""
    key = event.get("key")  # (another tab's look for room for a move is none of the log's changes)
    changed = key is None or key.startswith(log_store.STORAGE_KEY) and not log_store.is_room(key)
    return [list_log()] if changed else []


HANDLERS = {
    "start": on_log_keys,  # the shell brings the keys with the start
    "storage": on_storage,
    "log_keys": on_log_keys,
    "legacy_read": on_legacy_read,
    "legacy_plan": on_legacy_plan,
    "move_room": on_move_room,
    "room_freed": on_room_freed,
    "move_written": on_move_written,
    "move_taken_back": on_move_taken_back,
    "moved": on_moved,
    "listed": on_listed,
    "batch": on_batch,
    "more": on_more,
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


def problem(state, _error=None):
    """After any error (its traceback is in the console, pyapp.patch.dispatch): say so in the page's
    language, never the error's own English words."""
    return [text(at(ids.ERROR), words(state["lang"], "log_page.problem")), hidden(at(ids.ERROR), False)] + ready(state)


def handle(state, event):
    """(state, changes) after one event; an error says so in a short message."""
    return dispatch(HANDLERS, problem, state, event)


def replay(events):
    """A whole visit's changes, event by event, from a new page in its first event's language (as the worker)."""
    return replay_visit(new_state(language(events[0].get("lang", "") if events else "")), handle, events)

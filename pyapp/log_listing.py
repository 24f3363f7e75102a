"""The log page's reading of the log: the keys listed, an older one-key log moved, the entries
read and listed newest first a few at a time, then what the log says above the list.

Part of pyapp.log_page's core (its events call these); pure functions over the page's
state. Only what the summary and the chart need of each entry is kept (log.light), so
the largest log a browser keeps fits in a phone's memory.
"""

from pyapp import log, log_store
from pyapp.log_view import entry_markup, note_markup, problems_markup, status_markup
from pyapp.patch import attr, hidden, html, text
from pyapp.texts import text as words

FIRST_ENTRIES = 4  # listed at once (more than a phone's screen shows); the rest follow in later tasks
MORE_ENTRIES = 20  # per task: short tasks, so a tap while a long log is listed is answered at once
LIST = ["keys", log_store.STORAGE_KEY, "log_keys"]
STATUS = "#log-status"


def say(state, message, undo=False, **values):
    """The status line says the catalogue's text under the key message, in the page's language."""
    lang = state["lang"]
    return [html(STATUS, status_markup(lang, words(lang, message, **values), undo))]


def focus_list(state):
    return [["focus", "#entries-title" if state["keys"] else "#empty-title"]]


def ready(state):
    if state["ready"]:
        return []
    state["ready"] = True
    return [attr(":root", "data-engine", "ready")]


def unavailable(state):
    """The browser will not let the page read the log (storage.getItem, or storage itself, throws):
    say so, and show no list, never "No saved results yet" for a log that may well hold results."""
    state["reading"] += 1  # reads still on their way are dropped
    said = words(state["lang"], log_store.UNAVAILABLE)
    return [html("#log-problems", problems_markup([said])), hidden("#log-problems", False),
            hidden("#log", True)] + ready(state)


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
        return changes + unavailable(state)
    keys = stored.get("keys") or []
    state["keys"] = log_store.entry_keys(keys)
    if log_store.has_legacy(keys):
        return changes + [["read", [log_store.STORAGE_KEY], "legacy_read", state["reading"]]]
    # after an undo or a delete-all, the focus goes to the list (or to "no saved results") it shows
    return changes + _first_entries(state) + (focus_list(state) if event.get("data") == "focus" else [])


def on_legacy_read(state, event):
    """A log saved by an earlier version of the site: moved to a key per entry, all or nothing."""
    if event.get("data") != state["reading"]:
        return []
    if not (event.get("stored") or {}).get("ok"):
        return unavailable(state)
    items = (event.get("stored") or {}).get("items") or [[log_store.STORAGE_KEY, None]]
    entries, faults, newer = log_store.read_legacy(items[0][1])
    log_store.count_faults(state["faults"], faults)
    state["preread"] = dict((log_store.entry_key(e["id"]), log_store.entry_text(e)) for e in entries)
    if newer:  # a newer site's log: shown, and kept as it is
        return _as_it_was(state)
    writes = log_store.moved_writes(items[0][1])
    if writes is None:
        return _first_entries(state)  # nothing readable: kept as it is, and said so
    return [["store", writes, "moved", state["reading"]]]


def on_moved(state, event):
    if event.get("data") != state["reading"]:
        return []
    if event.get("ok"):
        return [LIST]
    return say(state, log_store.NOT_MOVED) + _as_it_was(state)  # no room to move it


def _as_it_was(state):
    """Show the old log from what was read, alongside the rest, and change none of it here."""
    state["read_only"] = True
    state["keys"] = sorted(state["keys"] + list(state["preread"]))[::-1]
    return _first_entries(state)


def _first_entries(state):
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
    if not (event.get("stored") or {}).get("ok"):
        return unavailable(state)
    items = [[key, state["preread"].get(key, text)] for key, text in (event.get("stored") or {}).get("items") or []]
    entries, faults = log_store.read_items(items)
    log_store.count_faults(state["faults"], faults)
    state["entries"] += [log.light(entry) for entry in entries]
    markup = "".join(entry_markup(state["lang"], entry) for entry in entries)
    changes = [["append", "#log-entries", markup]] + ready(state)
    more = len(state["keys"]) - state["next"] if then else MORE_ENTRIES
    return changes + list_more(state, more, then)


def finish(state):
    """Once every entry is read: what the log says above the list, its problems, and the chart."""
    entries, today, lang = state["entries"], state["today"], state["lang"]
    problems = log_store.fault_texts(lang, state["faults"])
    nearly_full = log_store.nearly_full_text(lang, len(state["keys"]))
    problems += [nearly_full] if nearly_full else []
    changes = [html("#log-problems", problems_markup(problems)), hidden("#log-problems", not problems),
               hidden("#log-empty", bool(entries)), hidden("#log-filled", not entries)] + ready(state)
    if not entries:
        return changes
    info = log.summary(lang, entries, today)
    note, has_points = info["note"], any("pain" in entry["answers"] for entry in entries)
    changes += [text("#first-logged", info["first_logged"]), hidden("#log-note", note is None),
                html("#log-note p", note_markup(lang, note) if note else ""),
                hidden("#chart-title", not has_points), hidden("#log-chart", not has_points)]
    return changes + ([["measure", "#chart-box", "chart_width"]] if has_points else [])

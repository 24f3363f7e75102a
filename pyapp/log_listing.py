"""The log page's reading of the log: the keys listed, an older one-key log moved, the newest
entries listed (and more each time the runner asks), and the whole log read in large batches for
what the log says above the list and for the chart.

Part of pyapp.log_page's core (its events call these): each updates the page's state and returns changes.
Markup is made only for the entries listed; of the rest only what the summary and the chart need
is kept (log.light). So the largest log a browser keeps is whole on the page within seconds,
fits in a phone's memory, and no task comes near the shell's limit for one (ANSWER_MS).
"""

from pyapp import log, log_move, log_reader, log_store, patch
from pyapp import page_ids as ids
from pyapp.log_view import entry_markup, note_markup, problems_markup, status_markup
from pyapp.order import in_order
from pyapp.page_ids import at
from pyapp.patch import attr, hidden, html, text
from pyapp.texts import text as words

PAGE = 20  # entries listed at once (more than a phone's screen shows), and again at each "Show older results"
BATCH = 2000  # entries read a task for the summary, the chart and the CSV: no markup, only what they need (log.light)
MOVE_BATCH = 1000  # an old log's entries written a task: the largest old log moves in short tasks
PRINT_BATCH = 200  # entries listed a task for the printout, which lists them all
STATUS = at(ids.LOG_STATUS)


def list_log(then=None):
    """Read the log afresh: the shell lists its keys and sends them back as "log_keys" (then "focus":
    the focus goes to the list once it shows)."""
    return patch.keys(log_store.STORAGE_KEY, "log_keys", then)


def say(state, message, undo=False, **values):
    """The status line says the catalogue's text under the key message, in the page's language."""
    lang = state["lang"]
    return [html(STATUS, status_markup(lang, words(lang, message, **values), undo))]


def focus_list(state):
    return [patch.focus(at(ids.ENTRIES_TITLE) if state["keys"] else at(ids.EMPTY_TITLE))]


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
    return [html(at(ids.LOG_PROBLEMS), problems_markup([said])), hidden(at(ids.LOG_PROBLEMS), False),
            hidden(at(ids.LOG), True)] + ready(state)


# Reading the log, newest first ------------------------------------------------------

def on_log_keys(state, event):
    """A fresh read of the whole log: at the start, after another tab changed it, after an undo."""
    stored = event.get("stored") or {}
    state["today"] = event["now"][:10]
    state["reading"] += 1  # answers to an earlier read that are still on their way are dropped
    # an old log's move under way stops where it is, taking nothing back: another tab may be moving it too, and
    # what is written is the old log's entries as they were; the old key, still there, is moved again
    for name, value in (("shown", 0), ("done", False), ("preread", {}), ("to_move", None), ("moving", None),
                        ("read_only", False), ("width", 0)):
        state[name] = value
    state.update(log_reader.new_read([]))  # the state is the log's read (pyapp.log_reader): its keys, entries, faults
    changes = [hidden(at(ids.LOG_CONFIRM), True), attr(at(ids.LOG_CLEAR), "aria-expanded", "false"),
               html(at(ids.LOG_ENTRIES), "")]
    if not stored.get("ok"):
        return changes + unavailable(state)
    keys = stored.get("keys") or []
    state["keys"] = log_store.entry_keys(keys)
    rooms = log_store.rooms_left(keys)
    if rooms:
        changes += [patch.store(rooms, "room_freed")]
    if log_store.has_legacy(keys):
        return changes + [patch.read([log_store.STORAGE_KEY], "legacy_read", state["reading"])]
    # after an undo or a delete-all, the focus goes to the list (or to "no saved results") it shows
    return changes + _first_entries(state) + (focus_list(state) if event.get("data") == "focus" else [])


def on_legacy_read(state, event):
    """A log saved by an earlier version of the site: shown read-only from what was read, then moved to a
    key per entry, all or nothing. It is read once, in two tasks (the strict JSON check, then its
    entries), listed and read for the summary and the chart from what was read, and only then written,
    MOVE_BATCH entries a task (_move_step): no task nears the shell's limit, however long the old log,
    and the runner sees the whole log without waiting for a move that may not fit."""
    if event.get("data") != state["reading"]:
        return []
    if not (event.get("stored") or {}).get("ok"):
        return unavailable(state)
    text = ((event.get("stored") or {}).get("items") or [[log_store.STORAGE_KEY, None]])[0][1]
    state["to_move"] = {"text": text, "read": log_move.strict_read(text)}  # half the work: the rest next task
    return [patch.read([], "legacy_plan", state["reading"])]  # reads nothing: the shell's next task goes on


def on_legacy_plan(state, event):
    if event.get("data") != state["reading"] or not state["to_move"]:
        return []
    entries, faults, newer, last = log_move.move_plan(state["to_move"]["text"], state["to_move"]["read"])
    state["to_move"] = None
    log_store.count_faults(state["faults"], faults)
    if last is None and not newer:
        return _first_entries(state)  # nothing readable: kept as it is, and said so
    state["preread"] = dict((log_store.entry_key(e["id"]), e) for e in entries)
    if not newer:  # a newer site's log is shown, and kept as it is; an older one's moved once shown whole
        state["to_move"] = {"entries": entries, "last": last, "sized": 0, "rooms": 0, "written": 0, "writing": 0}
    return _as_it_was(state)


def _start_move(state):
    """Once the log is shown whole (from what was read), the old log's move, if one waits: first whether the
    browser has room for all it will write, a text as long as each batch's writes a task (_room_step)."""
    state["moving"], state["to_move"] = state["to_move"], None
    return _room_step(state) if state["moving"] else []


def _room_step(state):
    """Room for the next MOVE_BATCH entries' writes, under a key of its own; once there is room for all, it is
    freed, and the move begins."""
    moving = state["moving"]
    batch = moving["entries"][moving["sized"]:moving["sized"] + MOVE_BATCH]
    if not batch:
        rooms = [[log_store.room_key(number), None] for number in range(moving["rooms"])]
        return [patch.store(rooms, "room_freed", state["reading"])]
    size = 0
    for entry in batch:
        for key, text in log_store.save_writes(entry):
            size += len(key) + len(text)
    moving["sized"] += len(batch)
    key = log_store.room_key(moving["rooms"])
    room = '"' + "x" * (size - len(key) - 2) + '"'  # a JSON text, as all under the log's keys
    return [patch.store([[key, room]], "move_room", [state["reading"], key])]


def on_move_room(state, event):
    """A batch's room found (the next looked for), or none: no entry written, and the room found is freed
    (also when the page has moved on meanwhile: then the next listing frees what came before it)."""
    reading, key = event.get("data") or [None, None]
    moving = state["moving"] if reading == state["reading"] else None
    if moving and event.get("ok"):
        moving["rooms"] += 1
        return _room_step(state)
    freed = [key] if event.get("ok") else []
    if moving:
        freed, state["moving"] = [log_store.room_key(number) for number in range(moving["rooms"])], None
    changes = [patch.store([[room, None] for room in freed], "room_freed")] if freed else []
    return changes + (say(state, log_store.NOT_MOVED) if moving else [])  # the old log stays shown, kept as it was


def on_room_freed(state, event):
    if not _moving(state, event):
        return []
    if not event.get("ok"):  # storage refused to free it: no move now (the next visit frees it)
        state["moving"] = None
        return say(state, log_store.NOT_MOVED)
    return _move_step(state)


def _move_step(state):
    """Write the next MOVE_BATCH entries, or, once all are written, the old key (removed, or what could not
    move); a write that fails takes back the entries written before it: all or nothing."""
    moving = state["moving"]
    writes = []
    for entry in moving["entries"][moving["written"]:moving["written"] + MOVE_BATCH]:
        writes += log_store.save_writes(entry)
    moving["writing"] = len(writes)
    if not writes:
        return [patch.store(moving["last"], "moved", state["reading"])]
    return [patch.store(writes, "move_written", state["reading"])]


def _moving(state, event):
    return event.get("data") == state["reading"] and state["moving"]


def on_move_written(state, event):
    if not _moving(state, event):
        return []
    if not event.get("ok"):
        return _take_back(state)
    state["moving"]["written"] += state["moving"]["writing"]
    return _move_step(state)


def on_moved(state, event):
    if not _moving(state, event):
        return []
    if not event.get("ok"):
        return _take_back(state)
    state["moving"] = None
    return [list_log()]


def _take_back(state):
    moving = state["moving"]
    keys = [log_store.entry_key(entry["id"]) for entry in moving["entries"][:moving["written"]]]
    if not keys:
        return on_move_taken_back(state, {"data": state["reading"]})
    return [patch.store([[key, None] for key in keys], "move_taken_back", state["reading"])]


def on_move_taken_back(state, event):
    """The move did not fit: the old log stays shown from what was read, and kept as it was."""
    if not _moving(state, event):
        return []
    state["moving"] = None
    return say(state, log_store.NOT_MOVED)


def _as_it_was(state):
    """Show the old log from what was read, alongside the rest, and change none of it here (an entry both
    under the old key and under a key of its own, as a move cut short leaves it, listed once)."""
    state["read_only"] = True
    keys = dict((key, True) for key in state["keys"])
    keys.update(state["preread"])
    state["keys"] = in_order(list(keys))[::-1]
    return _first_entries(state)


def _first_entries(state):
    shown = bool(state["keys"])
    return [hidden(at(ids.LOG_PROBLEMS), True), hidden(at(ids.LOG), False), hidden(at(ids.LOG_EMPTY), shown),
            hidden(at(ids.LOG_FILLED), not shown), hidden(at(ids.LOG_MORE), True),
            attr(":root", "data-read-only", "true" if state["read_only"] else "false")
            ] + list_more(state, PAGE) + _next_batch(state)


def _read(state, keys, kind, then=""):
    return [patch.read(keys, kind, [state["reading"], then])]


def _items(state, event):
    """The [[key, text], ...] read for this reading of the log, or None; an old log's entries come as
    read already ([[key, entry], ...]: log_reader.take takes both)."""
    reading, _then = event.get("data") or [None, ""]
    if reading != state["reading"]:
        return None
    items = (event.get("stored") or {}).get("items") or []
    return [[key, state["preread"].get(key, text)] for key, text in items]


# The list: the newest PAGE entries, then PAGE more each time the runner asks ------------

def list_more(state, count, then=""):
    """Read the next count entries to list (then "print": all of them, PRINT_BATCH a task)."""
    keys = state["keys"][state["shown"]:state["shown"] + count]
    state["shown"] += len(keys)
    if not keys:
        return [patch.print_page()] if then == "print" else []
    return _read(state, keys, "listed", then)


def on_listed(state, event):
    items = _items(state, event)
    if items is None:
        return []
    if not (event.get("stored") or {}).get("ok"):
        return unavailable(state)
    entries = []
    for key, item in items:  # the faults are counted once, by the whole read
        entries += [item] if type(item) is dict else log_store.read_items([[key, item]])[0]
    markup = "".join(entry_markup(state["lang"], entry) for entry in entries)
    changes = [patch.append(at(ids.LOG_ENTRIES), markup)] + ready(state) + _more_button(state)
    then = (event.get("data") or [None, ""])[1]
    if then == "print":
        return changes + list_more(state, PRINT_BATCH, then)
    if then == "more" and state["shown"] >= len(state["keys"]):
        changes += [patch.focus(at(ids.ENTRIES_TITLE))]  # the button is gone: the focus is not lost with it
    return changes


def on_more(state, event):
    return list_more(state, PAGE, "more")


def _more_button(state):
    return [hidden(at(ids.LOG_MORE), state["shown"] >= len(state["keys"]))]


# The whole log, compactly: what the summary and the chart need, BATCH entries a task ------

def _next_batch(state):
    keys = log_reader.next_keys(state, BATCH)
    return _read(state, keys, "batch") if keys else finish(state) + _start_move(state)


def on_batch(state, event):
    items = _items(state, event)
    if items is None:
        return []
    if not (event.get("stored") or {}).get("ok"):
        return unavailable(state)
    log_reader.take(state, items, rows=True)  # each entry's CSV row kept, for an export without a second read
    return _next_batch(state)


def finish(state):
    """Once every entry is read: what the log says above the list, its problems, and the chart."""
    state["done"] = True
    entries, today, lang = state["entries"], state["today"], state["lang"]
    problems = log.fault_texts(lang, state["faults"])
    nearly_full = log.nearly_full_text(lang, len(state["keys"]))
    problems += [nearly_full] if nearly_full else []
    changes = [html(at(ids.LOG_PROBLEMS), problems_markup(problems)), hidden(at(ids.LOG_PROBLEMS), not problems),
               hidden(at(ids.LOG_EMPTY), bool(entries)), hidden(at(ids.LOG_FILLED), not entries)] + ready(state)
    if not entries:
        return changes
    info = log.summary(lang, entries, today)
    note, has_points = info["note"], any("pain" in entry["answers"] for entry in entries)
    changes += [text(at(ids.FIRST_LOGGED), info["first_logged"]), hidden(at(ids.LOG_NOTE), note is None),
                html(at(ids.LOG_NOTE, "p"), note_markup(lang, note) if note else ""),
                hidden(at(ids.CHART_TITLE), not has_points), hidden(at(ids.LOG_CHART), not has_points)]
    return changes + ([patch.measure(at(ids.CHART_BOX), "chart_width")] if has_points else [])

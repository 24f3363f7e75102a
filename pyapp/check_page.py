"""The check page's core: what /check/ shows, given what the runner did.

`handle(state, event)` takes what the page shell saw (the form's answers as
the radios spell them, the address's fragment, what storage held, the local
time), updates the page's state in place and returns it with the changes to
make (pyapp.patch). It runs in a worker in the browser (web/worker.py) and in
CPython for the tests; it never touches a page. Nothing unanswered counts as
an answer (ARCHITECTURE.md rule 7). The share link read from the address, and the question asked
before its answers replace the runner's, are pyapp.check_link's; what the card, the summary and the
log's hint say is in pyapp.check_view; every word is in the page's language, state["lang"].
"""

from pyapp import log, log_move, log_reader, log_store, patch
from pyapp import page_ids as ids
from pyapp.check_link import drop_prompt, form_answers, link_fragment, on_keep_answers, on_use_link, open_link
from pyapp.check_view import error_changes, hide_error, hint_changes, print_log_changes, show
from pyapp.markup import LANGUAGE_ROOT, LINK_AT, escape, with_link
from pyapp.page_ids import at
from pyapp.patch import attr, dispatch, hidden, html, loader_words, text
from pyapp.patch import replay as replay_visit
from pyapp.share import MAX_FRAGMENT_CHARS, to_fragment
from pyapp.texts import DEFAULT, language
from pyapp.texts import text as words

WARNING_SIGNS = LANGUAGE_ROOT + "warning-signs/"
LOG_PAGE = LANGUAGE_ROOT + "log/"
HINT_SLICE = 50  # entries read a task, newest first, until the log shows when the pain began
SAVE_STATUS = at(ids.SAVE_STATUS)
SHARE_STATUS = at(ids.SHARE_STATUS)


def shell_data(lang):
    """What web/shell.js says on this page, in lang, when the engine cannot start or breaks (rendered
    into its <script> tag's data attributes at build time), and the longest link it passes on."""
    return loader_words(lang, "check") + (("max-link", str(MAX_FRAGMENT_CHARS + 1)),)  # with its "#"


def new_state(lang=DEFAULT):
    """What the page shows, as the core remembers it between events; "log" is the log read so far,
    "lang" the page's language (web/worker.py); "linked" the answers a share link last filled in,
    "offered" those of a link the page asks about before using them (None: no such question shown)."""
    return {"lang": lang, "level": "", "saved": None, "saving": None, "hint": None, "reading": 0,
            "linked": None, "offered": None,
            "log": dict(log_reader.new_read([]), ok=False)}


# What the page shows ------------------------------------------------------------

def problem(state, _error=None):
    """After any error: no result stays up for answers it may not match; say so, point to the warning signs."""
    state["level"] = ""
    lang = state["lang"]
    message = with_link(words(lang, "check.problem", link=LINK_AT), WARNING_SIGNS,
                        words(lang, "check.warning_signs"))
    return [attr(at(ids.OUTCOME), "data-level", ""), attr(at(ids.VERDICT), "data-level", ""), html(at(ids.VERDICT), ""),
            hidden(at(ids.PROGRESS), True)] + error_changes(message)


def _say_saved(state, key, more=()):
    """The save status line: the text of key, its {link} to the log page, then the sentences in more."""
    lang = state["lang"]
    said_now = with_link(words(lang, key, link=LINK_AT), LOG_PAGE, words(lang, "check.your_log"))
    return [html(SAVE_STATUS, " ".join([said_now] + [escape(sentence) for sentence in more]))]


def _say_not_saved(state, key):
    return [html(SAVE_STATUS, escape(words(state["lang"], key)))]


# Events ---------------------------------------------------------------------------

def on_start(state, event):
    """Answers given while the engine loaded win over the link that opened the page."""
    given = form_answers(event["form"])
    changes = open_link(state, event) if not given else []
    if not changes:  # no link to fill in from: show the answers given (or none)
        changes = hide_error() + show(state, given, event["now"])
    if given:
        try:
            kept = link_fragment(event)
        except ValueError:
            kept = "too long to use"
        if kept:
            changes += error_changes(escape(words(state["lang"], "check.kept_answers")))
    # the log's hint comes just after the check is ready: a long log must not hold the check up
    return changes + [attr(":root", "data-engine", "ready"), patch.keys(log_store.STORAGE_KEY, "log_keys")]


def on_change(state, event):
    """The runner changed an answer: a link's answers they were asked about are no longer offered
    (the link leaves the address too)."""
    changes = drop_prompt(state) + hide_error() + [text(SHARE_STATUS, ""), text(SAVE_STATUS, "")]
    changes += show(state, form_answers(event["form"]), event["now"])
    if event.get("hash"):  # the answers on screen no longer match the link; keep the address honest
        changes.append(patch.set_hash(None))
    return changes


def on_log_keys(state, event):
    """Read the whole log for the duration hint (it counts from the earliest result with pain,
    ARCHITECTURE.md rule 8), newest first, a slice a task: a long log never holds the check up."""
    stored = event.get("stored") or {}
    state["reading"] += 1
    keys = stored.get("keys") or []
    state["log"] = dict(log_reader.new_read(log_store.entry_keys(keys)), ok=bool(stored.get("ok")))
    if not stored.get("ok"):
        return _hint_read(state, event)
    rooms = log_store.rooms_left(keys)
    freed = [patch.store(rooms, "room_freed")] if rooms else []
    if log_store.has_legacy(keys):
        return freed + [patch.read([log_store.STORAGE_KEY], "log_slice", state["reading"])]
    return freed + _next_slice(state, event)


def on_room_freed(state, event):
    return []  # nothing to show: a save that then finds no room says so itself


def _next_slice(state, event):
    keys = log_reader.next_keys(state["log"], HINT_SLICE)
    return [patch.read(keys, "log_slice", state["reading"])] if keys else _hint_read(state, event)


def on_log_slice(state, event):
    if event.get("data") != state["reading"]:
        return []  # a read begun before the log changed
    log_reader.take(state["log"], (event.get("stored") or {}).get("items") or [])
    return _next_slice(state, event)


def _hint_read(state, event):
    """The duration hint from the entries read; storage that fails shows none."""
    state["hint"] = log.duration_hint(state["lang"], state["log"]["entries"], event["now"][:10])
    return hint_changes(state["lang"], state["hint"]) + [attr(":root", "data-log", "read")]


def _log_said(state, added):
    """What the log page would say of the log as read: its faults, and when it nears the browser's limit."""
    faults = log.fault_texts(state["lang"], state["log"]["faults"])
    nearly_full = log.nearly_full_text(state["lang"], len(state["log"]["keys"]) + added)
    return faults + ([nearly_full] if nearly_full else [])


def on_use_hint(state, event):
    value = (state["hint"] or {}).get("value")
    if not value:
        return []
    form = dict(event["form"], duration=value)
    return [patch.select("duration", value), patch.focus("[name=duration]:checked")] + on_change(
        state, dict(event, form=form))


def on_save(state, event):
    """Save the answers as given and the level shown, with the local time: only when pressed.

    A save only adds the entry's own key, so it cannot lose what another tab saves or deletes."""
    answers, level = form_answers(event["form"]), state["level"]
    if not level:
        return []
    if state["saved"] == [answers, level]:
        return _say_saved(state, "check.already_saved")
    if not state["log"]["ok"]:
        return _say_not_saved(state, log_store.CANNOT_SAVE)
    entry = log_store.new_entry(answers, level, event["now"], event.get("nonce"))
    state["saving"] = [answers, level]
    return [patch.store(log_store.save_writes(entry), "log_written")]


def on_log_written(state, event):
    """"Saved" only once the shell wrote the entry and read it back."""
    if not event.get("ok"):
        fault = log_store.WRITE_FAULTS.get(event.get("fault"), log_store.CANNOT_SAVE)
        return _say_not_saved(state, fault)
    state["saved"], state["saving"] = state["saving"], None
    return _say_saved(state, "check.saved", _log_said(state, 1)) + [patch.keys(log_store.STORAGE_KEY, "log_keys")]


def on_share(state, event):
    """Put the current answers into the address bar (only now: the runner asked) and share it."""
    lang = state["lang"]  # the shell puts the address where each says {address}
    copied, fallback = (words(lang, key, address="{address}") for key in ("check.link_copied", "check.copy_link"))
    return [patch.share(to_fragment(form_answers(event["form"])), SHARE_STATUS, copied, fallback)]


def on_print(state, event):
    return [patch.keys(log_store.STORAGE_KEY, "print_keys")]


def on_print_keys(state, event):
    """The printout has the whole log: every entry read at once, only what the table needs kept."""
    keys = (event.get("stored") or {}).get("keys") or []
    legacy = [log_store.STORAGE_KEY] if log_store.has_legacy(keys) else []
    return [patch.read(legacy + log_store.entry_keys(keys), "print_read")]


def on_print_read(state, event):
    entries = []
    for key, text_stored in (event.get("stored") or {}).get("items") or []:
        entries += [log.light(entry) for entry in log_move.read_key(key, text_stored)[0]]
    return print_log_changes(state["lang"], entries, event["now"][:10]) + [patch.print_page()]


HANDLERS = {
    "start": on_start,
    "change": on_change,
    "hash": open_link,
    "use_link": on_use_link,
    "keep_answers": on_keep_answers,
    "log_keys": on_log_keys,
    "room_freed": on_room_freed,
    "log_slice": on_log_slice,
    "use_hint": on_use_hint,
    "save": on_save,
    "log_written": on_log_written,
    "share": on_share,
    "print": on_print,
    "print_keys": on_print_keys,
    "print_read": on_print_read,
}


def handle(state, event):
    """(state, changes) after one event; any error withdraws the result and says so."""
    return dispatch(HANDLERS, problem, state, event)


def replay(events):
    """A whole visit's changes, event by event, from a new page in its first event's language (as the worker)."""
    return replay_visit(new_state(language(events[0].get("lang", "") if events else "")), handle, events)

"""What a page core returns: a list of small changes for the page shell to apply; and the
things every page core does alike: run the handler of an event, replay a visit, and give
the shell its words for when the engine cannot start or breaks.

Each change is a plain list, [kind, field, ...], so it crosses from the worker to the page as
JSON. KINDS below is the protocol, defined once: every kind, its fields in order, and what the
shell does with it; a core makes a change only with the constructor of its kind (never a list
typed in), web/shell.js applies exactly these kinds (APPLY) and tests/fake_shell.py answers
exactly those that send an event back (ANSWERED); tests/test_page_protocol.py holds all three to
this table. A field ending in "?" may be left out.

Every event the shell sends also carries the form's answers, the local time,
the address's fragment, a random nonce (8 hex digits) for new log entries and
the page's language (`lang`, its <html lang>: web/worker.py starts each page's
state in it, and every word a core returns is in it).
"""

import sys

from pyapp.texts import text as words

# Why the engine could not start, each a catalogue text "shell.why_<name>" that web/shell.js puts
# where its page's "failed_text" says {why}; it names one by its data attribute ("whySlow").
WHY = ("slow", "not_loaded", "damaged", "page_damaged", "browser", "stopped", "not_answering", "damaged_copy")


# What a storage change's answer says went wrong, defined here once: web/shell.js reads these from
# its page's <script> tag (shell_data; "full" when the browser threw QuotaExceededError, "unavailable"
# for any other error: storage off, blocked or broken), tests/fake_shell.py answers with them, and
# pyapp.log_store puts each into words. tests/test_storage_contract.py runs the same storage
# scenarios through the real shell in Chromium and through the fake, and their answers must agree.
FULL = "full"
UNAVAILABLE = "unavailable"
STORAGE_DATA = (("fault-full", FULL), ("fault-unavailable", UNAVAILABLE))

# kind: (its fields, in order; what web/shell.js does)
KINDS = {
    "text": (("selector", "text"), "set an element's text"),
    "html": (("selector", "markup"), "set its markup (made by pyapp.markup, every text escaped)"),
    "after": (("selector", "markup"), "insert markup after it"),
    "append": (("selector", "markup"), "insert markup at its end"),
    "remove": (("selector",), "remove it, if it is there"),
    "hidden": (("selector", "flag"), "hide or show it"),
    "attr": (("selector", "name", "value"), "set an attribute (None removes it); ':root' is <html>"),
    "reset": (("selector",), "reset a form"),
    "select": (("name", "value"), "select the radio of that name and value"),
    "focus": (("selector",), "move the focus"),
    "hash": (("fragment",), "put a share link in the address bar (None: take it out)"),
    "share": (("fragment", "selector", "copied", "fallback"), "share the address, or copy it, and say so: "
              "'copied' or 'fallback', the address where it says {address}"),
    "keys": (("prefix", "event", "data?"), "list storage's keys that start with prefix, then send the "
             "event with stored={ok, keys} or {ok: false, fault} (and data, as given)"),
    "read": (("keys", "event", "data?"), "read those keys, then send the event with "
             "stored={ok, items: [[key, text or None], ...]} or {ok: false, fault}"),
    "store": (("writes", "event", "data?"), "write [[key, text or None to delete], ...] all or none, read "
              "each back, then send the event with ok and fault (FULL, UNAVAILABLE; '' when ok)"),
    "measure": (("selector", "event"), "send the event with the element's width"),
    "download": (("name", "type", "text"), "save text as a file"),
    "print": ((), "open the browser's print dialog"),
}
# The kinds the shell answers with an event of the core's (the field "event" names it).
ANSWERED = tuple(kind for kind in KINDS if "event" in KINDS[kind][0])


def _change(kind, *fields):
    """[kind, field, ...], an optional last field left out when None."""
    names = KINDS[kind][0]
    if len(fields) == len(names) and names and names[-1].endswith("?") and fields[-1] is None:
        fields = fields[:-1]
    return [kind] + list(fields)


def text(selector, value):
    return _change("text", selector, value)


def html(selector, markup):
    return _change("html", selector, markup)


def after(selector, markup):
    return _change("after", selector, markup)


def append(selector, markup):
    return _change("append", selector, markup)


def remove(selector):
    return _change("remove", selector)


def hidden(selector, flag):
    return _change("hidden", selector, flag)


def attr(selector, name, value):
    return _change("attr", selector, name, value)


def reset(selector):
    return _change("reset", selector)


def select(name, value):
    return _change("select", name, value)


def focus(selector):
    return _change("focus", selector)


def set_hash(fragment):
    return _change("hash", fragment)


def share(fragment, selector, copied, fallback):
    return _change("share", fragment, selector, copied, fallback)


def keys(prefix, event, data=None):
    return _change("keys", prefix, event, data)


def read(keys_read, event, data=None):
    return _change("read", keys_read, event, data)


def store(writes, event, data=None):
    return _change("store", writes, event, data)


def measure(selector, event):
    return _change("measure", selector, event)


def download(name, media_type, contents):
    return _change("download", name, media_type, contents)


def print_page():
    return _change("print")


def fits(change):
    """'' when change is a known kind with its fields, else what is wrong with it (for the tests)."""
    if not change or change[0] not in KINDS:
        return "unknown kind: {!r}".format(change[:1])
    names = KINDS[change[0]][0]
    least = len([name for name in names if not name.endswith("?")])
    if not least <= len(change) - 1 <= len(names):
        return "{}: {} fields, wants {}".format(change[0], len(change) - 1, ", ".join(names))
    return ""


def dispatch(handlers, on_error, state, event):
    """(state, changes) after one event: the handler of its type; any error (MemoryError too) is
    on_error(state, error)'s changes, so the page always says what happened."""
    try:
        handler = handlers.get(event.get("type"))
        if handler is None:
            raise ValueError("unknown event " + str(event.get("type"))[:40])
        return state, handler(state, event)
    except Exception as error:
        log_error(error)
        return state, on_error(state, error)


def log_error(error):
    """The error and its traceback on stderr: in the worker, the browser's console (the runner is told
    in a few words, in their language; whoever fixes it needs the rest)."""
    if hasattr(sys, "print_exception"):  # MicroPython
        sys.print_exception(error, sys.stderr)
    else:
        import traceback  # CPython only: MicroPython has none
        traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)


def replay(state, handle, events):
    """The changes each event makes, one after another from a new page's state: a whole visit as data."""
    return [handle(state, event)[1] for event in events]


def loader_words(lang, page):
    """What web/shell.js says on a page, in lang, when the engine cannot start or breaks: the
    page's own keys ("<page>.failed_status", ...), as its <script> tag's data attributes. Each
    message is whole, the shell filling in its {why} (one of WHY's texts) and its {link} (to the
    warning signs, in the words of "shell.when_to_stop")."""
    return (
        ("failed-status", words(lang, page + ".failed_status")),
        ("failed-text", words(lang, page + ".failed_text", why="{why}", link="{link}")),
        ("slow", words(lang, page + ".slow")),
        ("warning-signs", words(lang, "shell.when_to_stop")),
        ("broken", words(lang, page + ".broken", link="{link}")),
    ) + tuple(("why-" + why.replace("_", "-"), words(lang, "shell.why_" + why)) for why in WHY)

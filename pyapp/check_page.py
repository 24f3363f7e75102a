"""The check page's core: what /check/ shows, given what the runner did.

`handle(state, event)` takes what the page shell saw (the form's answers as
the radios spell them, the address's fragment, what storage held, the local
time), updates the page's state in place and returns it with the changes to
make (pyapp.patch). It runs in a worker in the browser (web/worker.py) and in
CPython for the tests; it never touches a page. Nothing unanswered counts as
an answer (ARCHITECTURE.md rule 7), and everything from the address bar goes through
pyapp.share. What the card, the summary and the log's hint say is in
pyapp.check_view; every word is in the page's language, state["lang"].
"""

from pyapp import log, log_move, log_reader, log_store, patch
from pyapp import page_ids as ids
from pyapp.check_view import (LINK_PROMPT, card_changes, hint_changes, link_prompt_changes, open_changes,
                              print_log_changes, questions_left, summary_changes)
from pyapp.engine import assess_partial
from pyapp.markup import LANGUAGE_ROOT, LINK_AT, escape, link, with_link
from pyapp.page_ids import at
from pyapp.patch import attr, dispatch, hidden, html, loader_words, text
from pyapp.patch import replay as replay_visit
from pyapp.questions import ASKED, QUESTION_BY_KEY
from pyapp.share import (MAX_FRAGMENT_CHARS, answer_from_text, check_length, is_link, link_text, parse_fragment,
                         to_fragment)
from pyapp.texts import DEFAULT, language
from pyapp.texts import text as words
from pyapp.validate import said

WARNING_SIGNS = LANGUAGE_ROOT + "warning-signs/"
LOG_PAGE = LANGUAGE_ROOT + "log/"
HINT_SLICE = 50  # entries read a task, newest first, until the log shows when the pain began
ERROR = at(ids.ERROR)
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


# Reading what the shell saw -------------------------------------------------------

def form_answers(form):
    """The answers given, from {name: the checked radio's value}; an unanswered question is left out.

    The radios spell each answer as the share link does (pyapp.share)."""
    answers = {}
    for key in ASKED:
        spelled = form.get(key) or ""
        if spelled:
            answers[key] = answer_from_text(QUESTION_BY_KEY[key], spelled)
    return answers


def _link_fragment(event):
    """The address's share link, or "" for an in-page link (#outcome), a fragment that is no share
    link at all (#top, #&: the form is left as it is) or none; ValueError when too long.

    The shell passes the fragment's length, and the fragment itself only when it
    is short enough to read: an over-long link is refused by its length alone.
    """
    check_length(max(0, event.get("hash_length", 0) - 1))
    fragment = event.get("hash") or ""
    if fragment in ("", "#") or event.get("hash_is_anchor") or not is_link(fragment):
        return ""
    return fragment


# What the page shows ------------------------------------------------------------

def show(state, answers, now):
    """The outcome once the answers decide it, else how many questions are left; the summary too."""
    lang = state["lang"]
    decided = assess_partial(answers, lang)
    result = decided["result"]
    changes = summary_changes(lang, answers, now)
    if result:
        state["level"] = result["level"]
        return changes + card_changes(lang, result)
    had_result, state["level"] = state["level"] != "", ""
    return changes + open_changes(lang, questions_left(lang, len(decided["open"])), had_result)


def _error_changes(message_markup):
    return [html(ERROR, message_markup), hidden(ERROR, False)]


def _hide_error():
    return [hidden(ERROR, True), text(ERROR, "")]


def problem(state, _error=None):
    """After any error: no result stays up for answers it may not match; say so, point to the warning signs."""
    state["level"] = ""
    lang = state["lang"]
    message = with_link(words(lang, "check.problem", link=LINK_AT), WARNING_SIGNS,
                        words(lang, "check.warning_signs"))
    return [attr(at(ids.OUTCOME), "data-level", ""), attr(at(ids.VERDICT), "data-level", ""), html(at(ids.VERDICT), ""),
            hidden(at(ids.PROGRESS), True)] + _error_changes(message)


def open_link(state, event):
    """Fill the form from a share link and show what it decides; a bad link fills nothing and says why.

    A link that arrives once the page is open (another page can set this tab's address) never
    silently replaces answers the runner gave: when the form holds answers that neither are the
    link's nor were filled in by a link, the page asks first, and keeps the runner's answers and
    result until they say yes (on_use_link)."""
    try:
        fragment = _link_fragment(event)
        if not fragment:
            return []
        answers = parse_fragment(fragment)
    except ValueError as error:
        state["linked"] = None
        return _drop_prompt(state) + [patch.reset(at(ids.CHECK))] + show(state, {}, event["now"]) + _error_changes(
            escape(words(state["lang"], "check.bad_link", error=said(state["lang"], error))))
    given = form_answers(event["form"])
    if given and given != answers and given != state["linked"]:
        changes = _drop_prompt(state) + link_prompt_changes(state["lang"])
        state["offered"] = answers
        return changes
    return _fill(state, answers, event["now"])


def _fill(state, answers, now):
    """The form as the link's answers, and what they decide."""
    state["linked"] = answers
    fill = [patch.select(key, _form_value(key, answers[key])) for key in answers]
    return _drop_prompt(state) + _hide_error() + [patch.reset(at(ids.CHECK))] + fill + show(state, answers, now)


def _drop_prompt(state):
    """Take away the question about a link's answers, if it is shown."""
    if state["offered"] is None:
        return []
    state["offered"] = None
    return [patch.remove(LINK_PROMPT)]


def _form_value(key, value):
    return link_text(QUESTION_BY_KEY[key], value)


def _say_saved(state, message, with_link=True):
    """The save status line says the message (in the page's language), then links to the log."""
    if not with_link:
        return [html(SAVE_STATUS, escape(message))]
    return [html(SAVE_STATUS, escape(message + " ") + link(LOG_PAGE, words(state["lang"], "check.see_log")))]


# Events ---------------------------------------------------------------------------

def on_start(state, event):
    """Answers given while the engine loaded win over the link that opened the page."""
    given = form_answers(event["form"])
    changes = open_link(state, event) if not given else []
    if not changes:  # no link to fill in from: show the answers given (or none)
        changes = _hide_error() + show(state, given, event["now"])
    if given:
        try:
            kept = _link_fragment(event)
        except ValueError:
            kept = "too long to use"
        if kept:
            changes += _error_changes(escape(words(state["lang"], "check.kept_answers")))
    # the log's hint comes just after the check is ready: a long log must not hold the check up
    return changes + [attr(":root", "data-engine", "ready"), patch.keys(log_store.STORAGE_KEY, "log_keys")]


def on_change(state, event):
    """The runner changed an answer: a link's answers they were asked about are no longer offered
    (the link leaves the address too)."""
    changes = _drop_prompt(state) + _hide_error() + [text(SHARE_STATUS, ""), text(SAVE_STATUS, "")]
    changes += show(state, form_answers(event["form"]), event["now"])
    if event.get("hash"):  # the answers on screen no longer match the link; keep the address honest
        changes.append(patch.set_hash(None))
    return changes


def on_use_link(state, event):
    """"Use the link's answers": the form as the link has it, and its result, which gets the focus."""
    answers = state["offered"]
    if answers is None:
        return []
    return _fill(state, answers, event["now"]) + [patch.focus(at(ids.OUTCOME))]


def on_keep_answers(state, event):
    """"Keep my answers": the question goes, the runner's answers and result stay, and the link
    leaves the address, which shows no answers but theirs."""
    if state["offered"] is None:
        return []
    return _drop_prompt(state) + [patch.set_hash(None), patch.focus(at(ids.CHECK, "input:checked"))]


def on_log_keys(state, event):
    """Read the whole log for the duration hint (it counts from the earliest result with pain,
    ARCHITECTURE.md rule 8), newest first, a slice a task: a long log never holds the check up."""
    stored = event.get("stored") or {}
    state["reading"] += 1
    keys = stored.get("keys") or []
    state["log"] = dict(log_reader.new_read(log_store.entry_keys(keys)), ok=bool(stored.get("ok")))
    if not stored.get("ok"):
        return _hint_read(state, event)
    if log_store.has_legacy(keys):
        return [patch.read([log_store.STORAGE_KEY], "log_slice", state["reading"])]
    return _next_slice(state, event)


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
        return _say_saved(state, words(state["lang"], "check.already_saved"))
    if not state["log"]["ok"]:
        return _say_saved(state, words(state["lang"], log_store.CANNOT_SAVE), with_link=False)
    entry = log_store.new_entry(answers, level, event["now"], event.get("nonce"))
    state["saving"] = [answers, level]
    return [patch.store(log_store.save_writes(entry), "log_written")]


def on_log_written(state, event):
    """"Saved" only once the shell wrote the entry and read it back."""
    if not event.get("ok"):
        fault = log_store.WRITE_FAULTS.get(event.get("fault"), log_store.CANNOT_SAVE)
        return _say_saved(state, words(state["lang"], fault), with_link=False)
    state["saved"], state["saving"] = state["saving"], None
    said_now = " ".join([words(state["lang"], "check.saved")] + _log_said(state, 1))
    return _say_saved(state, said_now) + [patch.keys(log_store.STORAGE_KEY, "log_keys")]


def on_share(state, event):
    """Put the current answers into the address bar (only now: the runner asked) and share it."""
    copied, fallback = words(state["lang"], "check.link_copied"), words(state["lang"], "check.copy_link")
    return [patch.share(to_fragment(form_answers(event["form"])), SHARE_STATUS, copied + ": ", fallback + ": ")]


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

"""The check page's core: what /check/ shows, given what the runner did.

Pure functions: `handle(state, event)` takes what the page shell saw (the
form's answers as the radios spell them, the address's fragment, what storage
held, the local time) and returns the new state and the changes to make
(pyapp.patch). It runs in a worker in the browser (web/worker.py) and in
CPython for the tests; it never touches a page. Nothing unanswered counts as
an answer (SPEC section 7), and everything from the address bar goes through
pyapp.share. What the card, the summary and the log's hint say is in
pyapp.check_view.
"""

from pyapp import log
from pyapp.check_view import (card_changes, hint_changes, open_changes, print_log_changes, questions_left,
                              summary_changes)
from pyapp.engine import assess_partial
from pyapp.markup import escape, link
from pyapp.patch import attr, dispatch, hidden, html, text
from pyapp.patch import replay as replay_visit
from pyapp.questions import ASKED, QUESTION_BY_KEY
from pyapp.share import MAX_FRAGMENT_CHARS, answer_from_text, check_length, link_text, parse_fragment, to_fragment

BAD_LINK = "This link can\u2019t be used, so nothing was filled in: "
KEPT_ANSWERS = ("You started to answer before the check had loaded. So we kept your answers, "
                "and did not fill in the ones from the link.")
PROBLEM = ("The check hit a problem, so it shows no result for these answers. You can change an "
           "answer to try again. Until it works, read ")
WARNING_SIGNS = ("../warning-signs/", "the warning signs")
LOG_PAGE = ("../log/", "See your log")
SAVED = "Saved to your log. "
ALREADY_SAVED = "This result is already in your log. "
CANNOT_SAVE = ("This browser does not let this site save your result, so it was not saved. This can "
               "happen in private browsing, or when storage is full or turned off.")
LINK_COPIED = "Link copied. It holds your answers, nothing else: "
COPY_LINK = "Copy this link to share your answers: "

# What web/shell.js says on this page when the engine cannot start or breaks (rendered into
# its <script> tag's data attributes at build time), and the longest link it passes on.
SHELL_DATA = (
    ("failed-status", "The check could not start."),
    ("failed-text", "The check could not start on this device"),
    ("failed-after", ". Your answers cannot be checked here. Read the warning signs instead: "),
    ("slow", "Still loading the check. This can take a while on a slow connection. You can keep answering."),
    ("warning-signs", "when to stop and when to get help"),
    ("broken", "The check hit a problem, so it shows no result for these answers. Reload the page to try "
               "again. Until it works, read "),
    ("max-link", str(MAX_FRAGMENT_CHARS + 1)),  # with its "#"
)

ERROR = "#error"
SAVE_STATUS = "#log-save-status"
SHARE_STATUS = "#share-status"


def new_state():
    """What the page shows, as the core remembers it between events."""
    return {"level": "", "saved": None, "saving": None, "hint": None}


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


def link_fragment(event):
    """The address's share link, or "" for an in-page link (#outcome) or none; ValueError when too long.

    The shell passes the fragment's length, and the fragment itself only when it
    is short enough to read: an over-long link is refused by its length alone.
    """
    check_length(max(0, event.get("hash_length", 0) - 1))
    fragment = event.get("hash") or ""
    if fragment in ("", "#") or event.get("hash_is_anchor"):
        return ""
    return fragment


# What the page shows ------------------------------------------------------------

def show(state, answers, now):
    """The outcome once the answers decide it, else how many questions are left; the summary too."""
    decided = assess_partial(answers)
    result = decided["result"]
    changes = summary_changes(answers, now)
    if result:
        state["level"] = result["level"]
        return changes + card_changes(result)
    had_result, state["level"] = state["level"] != "", ""
    return changes + open_changes(questions_left(len(decided["open"])), had_result)


def error_changes(message_markup):
    return [html(ERROR, message_markup), hidden(ERROR, False)]


def hide_error():
    return [hidden(ERROR, True), text(ERROR, "")]


def problem(state, _error=None):
    """After any error: no result stays up for answers it may not match; say so, point to the warning signs."""
    state["level"] = ""
    return [attr("#outcome", "data-level", ""), attr("#verdict", "data-level", ""), html("#verdict", ""),
            hidden("#progress", True)] + error_changes(escape(PROBLEM) + link(*WARNING_SIGNS) + ".")


def open_link(state, event):
    """Fill the form from a share link and show what it decides; a bad link fills nothing and says why."""
    try:
        fragment = link_fragment(event)
        if not fragment:
            return []
        answers = parse_fragment(fragment)
    except ValueError as error:
        return [["reset", "#check"]] + show(state, {}, event["now"]) + error_changes(
            escape(BAD_LINK + str(error) + "."))
    fill = [["select", key, form_value(key, answers[key])] for key in answers]
    return hide_error() + [["reset", "#check"]] + fill + show(state, answers, event["now"])


def form_value(key, value):
    return link_text(QUESTION_BY_KEY[key], value)


def say_saved(message, with_link=True):
    markup = escape(message) + (link(*LOG_PAGE) if with_link else "")
    return [html(SAVE_STATUS, markup)]


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
            changes += error_changes(escape(KEPT_ANSWERS))
    # the log's hint comes just after the check is ready: a long log must not hold the check up
    return changes + [attr(":root", "data-engine", "ready"), ["read", log.STORAGE_KEY, "log_read"]]


def on_change(state, event):
    changes = hide_error() + [text(SHARE_STATUS, ""), text(SAVE_STATUS, "")]
    changes += show(state, form_answers(event["form"]), event["now"])
    if event.get("hash"):  # the answers on screen no longer match the link; keep the address honest
        changes.append(["hash", None])
    return changes


def on_log_read(state, event):
    """The duration hint and the printout's log, from the stored log; storage that fails shows neither."""
    stored = event.get("stored") or {}
    entries, _problems = log.load(stored.get("text") if stored.get("ok") else None)
    state["hint"] = log.duration_hint(entries, event["now"][:10])
    return (hint_changes(state["hint"]) + print_log_changes(entries, event["now"][:10])
            + [attr(":root", "data-log", "read")])


def on_use_hint(state, event):
    value = (state["hint"] or {}).get("value")
    if not value:
        return []
    form = dict(event["form"], duration=value)
    return [["select", "duration", value], ["focus", "[name=duration]:checked"]] + on_change(
        state, dict(event, form=form))


def on_save(state, event):
    """Save the answers as given and the level shown, with the local time: only when pressed."""
    answers, level = form_answers(event["form"]), state["level"]
    if not level:
        return []
    if state["saved"] == [answers, level]:
        return say_saved(ALREADY_SAVED)
    state["saving"] = [answers, level, event["now"]]
    return [["read", log.STORAGE_KEY, "log_for_save"]]


def on_log_for_save(state, event):
    stored = event.get("stored") or {}
    if not stored.get("ok") or not state["saving"]:  # storage is off
        return say_saved(CANNOT_SAVE, with_link=False)
    answers, level, now = state["saving"]
    try:
        updated = log.save(stored.get("text") or "", answers, level, now)
    except ValueError as error:  # a newer version of the site saved the log
        return say_saved(str(error), with_link=False)
    return [["write", log.STORAGE_KEY, updated, "log_written"]]


def on_log_written(state, event):
    if not event.get("ok"):  # storage is off or full
        return say_saved(CANNOT_SAVE, with_link=False)
    state["saved"], state["saving"] = state["saving"][:2], None
    return say_saved(SAVED) + [["read", log.STORAGE_KEY, "log_read"]]


def on_share(state, event):
    """Put the current answers into the address bar (only now: the runner asked) and share it."""
    return [["share", to_fragment(form_answers(event["form"])), SHARE_STATUS, LINK_COPIED, COPY_LINK]]


def on_print(state, event):
    return [["read", log.STORAGE_KEY, "log_for_print"]]


def on_log_for_print(state, event):
    return on_log_read(state, event) + [["print"]]


HANDLERS = {
    "start": on_start,
    "change": on_change,
    "hash": open_link,
    "log_read": on_log_read,
    "use_hint": on_use_hint,
    "save": on_save,
    "log_for_save": on_log_for_save,
    "log_written": on_log_written,
    "share": on_share,
    "print": on_print,
    "log_for_print": on_log_for_print,
}


def handle(state, event):
    """(state, changes) after one event; any error withdraws the result and says so."""
    return dispatch(HANDLERS, problem, state, event)


def replay(events):
    """A whole visit's changes, event by event, from a new page."""
    return replay_visit(new_state, handle, events)

"""The check page's share link (ARCHITECTURE.md rule 4): the form's answers as a link spells them,
the link read from the address, and the question the page asks before a link's answers replace
the runner's own. Its handlers are the check page's (pyapp.check_page.HANDLERS): they update the
page's state in place and return the changes to make; everything from the address bar goes
through pyapp.share.
"""

from pyapp import page_ids as ids
from pyapp import patch
from pyapp.check_view import LINK_PROMPT, error_changes, hide_error, link_prompt_changes, show
from pyapp.markup import escape
from pyapp.page_ids import at
from pyapp.questions import ASKED, QUESTION_BY_KEY
from pyapp.share import answer_from_text, check_length, is_link, link_text, parse_fragment
from pyapp.texts import text as words
from pyapp.validate import said


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


def open_link(state, event):
    """Fill the form from a share link and show what it decides; a bad link fills nothing and says why.

    A link that arrives once the page is open (another page can set this tab's address) never
    silently replaces answers the runner gave: when the form holds answers that neither are the
    link's nor were filled in by a link, the page asks first, and keeps the runner's answers and
    result until they say yes (on_use_link)."""
    try:
        fragment = link_fragment(event)
        if not fragment:
            return []
        answers = parse_fragment(fragment)
    except ValueError as error:
        state["linked"] = None
        return drop_prompt(state) + [patch.reset(at(ids.CHECK))] + show(state, {}, event["now"]) + error_changes(
            escape(words(state["lang"], "check.bad_link", error=said(state["lang"], error))))
    given = form_answers(event["form"])
    if given and given != answers and given != state["linked"]:
        changes = drop_prompt(state) + link_prompt_changes(state["lang"])
        state["offered"] = answers
        return changes
    return _fill(state, answers, event["now"])


def _fill(state, answers, now):
    """The form as the link's answers, and what they decide."""
    state["linked"] = answers
    fill = [patch.select(key, link_text(QUESTION_BY_KEY[key], answers[key])) for key in answers]
    return drop_prompt(state) + hide_error() + [patch.reset(at(ids.CHECK))] + fill + show(state, answers, now)


def drop_prompt(state):
    """Take away the question about a link's answers, if it is shown."""
    if state["offered"] is None:
        return []
    state["offered"] = None
    return [patch.remove(LINK_PROMPT)]


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
    return drop_prompt(state) + [patch.set_hash(None), patch.focus(at(ids.CHECK, "input:checked"))]

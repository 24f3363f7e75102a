"""What the check page shows: the outcome card (once pyapp.engine says the answers decide it), the
docked bar, the error box, the printed summary and the log's duration hint, as changes for the page
shell (pyapp.patch), in the page's language.

Every text goes into markup through pyapp.markup, escaped.
"""

from pyapp import dates, log, patch
from pyapp import page_ids as ids
from pyapp.answer_words import answer_label, answer_rows
from pyapp.engine import assess_partial
from pyapp.markup import LANGUAGE_ROOT, LINK_AT, element, escape, link, with_link
from pyapp.outcomes import STOP_SIGNS, said, title
from pyapp.page_ids import at
from pyapp.patch import attr, hidden, html, text
from pyapp.questions import QUESTION_BY_KEY
from pyapp.texts import first_capital, plural
from pyapp.texts import text as words

LINK_PROMPT = at(ids.LINK_PROMPT)
ERROR = at(ids.ERROR)


def show(state, answers, now):
    """The outcome once the answers decide it, else how many questions are left; the summary too.
    The level shown is kept in state["level"]."""
    lang = state["lang"]
    decided = assess_partial(answers, lang)
    result = decided["result"]
    changes = summary_changes(lang, answers, now)
    if result:
        state["level"] = result["level"]
        return changes + card_changes(lang, result)
    had_result, state["level"] = state["level"] != "", ""
    return changes + open_changes(lang, questions_left(lang, len(decided["open"])), had_result)


def error_changes(message_markup):
    return [html(ERROR, message_markup), hidden(ERROR, False)]


def hide_error():
    return [hidden(ERROR, True), text(ERROR, "")]


def questions_left(lang, count):
    return plural(lang, "check.left", count)


def items(lines):
    return "".join(element("li", line) for line in lines)


def _reason_items(lang, reasons):
    read_more = words(lang, "check.read_more")
    return "".join(element("li", inner=with_link(words(lang, "check.reason", reason=reason["text"], link=LINK_AT),
                                                 LANGUAGE_ROOT + reason["guide"], read_more))
                   for reason in reasons)


def _verdict_changes(lang, level, headline):
    """The bar docked to the bottom of the screen; an urgent result is announced at once."""
    return [attr(at(ids.VERDICT), "aria-live", "assertive" if level == "urgent" else "polite"),
            attr(at(ids.VERDICT), "data-level", level),
            html(at(ids.VERDICT), escape(headline) + link(at(ids.OUTCOME), words(lang, "check.see_why")))]


def card_changes(lang, result):
    """The outcome card for a decided result (its words in lang already). The stop card shows the
    stop signs in a "modify" result, so the advice list leaves that sentence out."""
    on_stop_card = said(lang, ("stop.if_any",) + STOP_SIGNS)
    return [
        text(at(ids.OUTCOME, ".outcome-title"), result["title"]),
        text(at(ids.OUTCOME, ".now"), result["now"]),
        html(at(ids.OUTCOME, ".reasons"), _reason_items(lang, result["reasons"])),
        html(at(ids.OUTCOME, ".advice"), items(line for line in result["advice"] if line != on_stop_card)),
        attr(at(ids.OUTCOME), "data-level", result["level"]),
        hidden(at(ids.PROGRESS), True),
    ] + _verdict_changes(lang, result["level"], result["headline"])


def open_changes(lang, left, had_result):
    """No outcome yet: withdraw any shown one and say how many questions are left
    (in the bar too, where screen readers heard the result)."""
    changes = [attr(at(ids.OUTCOME), "data-level", ""), attr(at(ids.VERDICT), "data-level", ""),
               html(at(ids.VERDICT), "")]
    if had_result:
        changes += [attr(at(ids.VERDICT), "aria-live", "polite"),
                    text(at(ids.VERDICT), words(lang, "check.no_result_now", left=left))]
    return changes + [text(at(ids.PROGRESS), left), hidden(at(ids.PROGRESS), had_result)]


def summary_changes(lang, answers, now):
    """The printout for a physio: every question, in the order asked, with the answer or "Not answered"."""
    rows = "".join(element("dt", question) + element("dd", answer) for question, answer in answer_rows(lang, answers))
    checked_on = words(lang, "check.checked_on", date=dates.date_text(lang, now[:10]))
    return [text(at(ids.OUTCOME, ".summary-date"), checked_on),
            html(at(ids.OUTCOME, ".summary-answers"), rows)]


def print_log_changes(lang, entries, today):
    """The printout includes the runner's log, if they keep one: every saved result, newest first."""
    if not entries:
        return [hidden(at(ids.OUTCOME, ".summary-log"), True), html(at(ids.OUTCOME, ".summary-log tbody"), "")]
    pain = QUESTION_BY_KEY["pain"]
    rows = ""
    for entry in log.newest_first(entries):
        cells = (first_capital(dates.when_text(lang, entry["when"])),
                 answer_label(lang, pain, entry["answers"].get("pain")), title(lang, entry["level"]))
        rows += element("tr", inner="".join(element("td", cell) for cell in cells))
    first = log.first_logged_text(lang, log.first_logged_days(entries, today))
    return [text(at(ids.OUTCOME, ".summary-log-first"), first), html(at(ids.OUTCOME, ".summary-log tbody"), rows),
            hidden(at(ids.OUTCOME, ".summary-log"), False)]


def hint_changes(lang, hint):
    """Beside the duration question: what the log says and, only when the log alone shows the
    longest answer, a button to give it (the log's count is a minimum, ARCHITECTURE.md rule 8).
    Nothing is selected for the runner; they choose."""
    changes = [patch.remove(at(ids.LOG_HINT))]
    if hint is None:
        return changes
    button = ""
    if hint["value"]:
        button = element("button", words(lang, "check.use_hint"),
                         {"type": "button", "class": "secondary", "data-action": "use_hint"})
    box = element("div", "", {"id": ids.LOG_HINT, "class": "log-hint"}, element("p", hint["text"]) + button)
    return changes + [patch.after(at(ids.question_help("duration")), box)]


def link_prompt_changes(lang):
    """Above the form, once a link with other answers arrives after the page loaded: it asks before
    using them. A non-modal alert dialog, named by its question, which gets the focus; the
    runner's answers and result stay as they are until they choose."""
    buttons = (element("button", words(lang, "check.use_link"), {"type": "button", "data-action": "use_link"})
               + element("button", words(lang, "check.keep_mine"),
                         {"type": "button", "class": "secondary", "data-action": "keep_answers"}))
    box = element("div", "", {"id": ids.LINK_PROMPT, "class": "link-prompt", "role": "alertdialog",
                              "aria-labelledby": ids.LINK_PROMPT_TEXT, "tabindex": "-1"},
                  element("p", words(lang, "check.link_other_answers"), {"id": ids.LINK_PROMPT_TEXT})
                  + element("div", "", {"class": "link-prompt-actions"}, buttons))
    return [patch.after(at(ids.ERROR), box), patch.focus(LINK_PROMPT)]

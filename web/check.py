"""The checker page: read the form, ask pyapp, show the outcome once it is decided.

Runs in the browser under PyScript's MicroPython. The form and the outcome
card are already in the page (rendered from pyapp at build time); this only
reads the answers given so far, calls pyapp.assess_partial and fills in the
card, or says how many questions are left. Nothing unanswered counts as an
answer (SPEC section 7). Everything from the address bar goes through
pyapp.share, and every text goes in as text.

The runner's log (pyapp.log, shown on /log/): a result is stored in this
browser only when the runner presses "Save to my log", and the duration
question shows what the log says. Storage that fails never stops the check.
"""

import js
from pyscript import document
from pyscript.ffi import create_proxy, to_js

from pyapp import assess_partial, log
from pyapp.outcomes import STOP_NOW
from pyapp.questions import ASKED, QUESTION_BY_KEY, SCALE, YES_NO, answer_label, answer_rows
from pyapp.share import LINK_BOOLS, check_length, link_text, parse_fragment, to_fragment

SITE_ROOT = "../"  # this page is /check/; guide links are relative to the site root
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
USE_HINT = "Use this answer"

form = document.getElementById("check")
card = document.getElementById("outcome")
verdict = document.getElementById("verdict")
progress = document.getElementById("progress")
error_box = document.getElementById("error")
share_status = document.getElementById("share-status")
log_status = document.getElementById("log-save-status")
saved = {"answers": None}  # the answers saved last, so a second press does not save them twice


# Answers <-> form -------------------------------------------------------------

def answer_from_control(question, text):
    if question["kind"] == YES_NO:
        return LINK_BOOLS[text]
    return int(text) if question["kind"] == SCALE else text


def read_form():
    """The answers the runner has given; an unanswered question is left out."""
    answers = {}
    for key in ASKED:
        text = form.elements.namedItem(key).value  # the checked radio's value, or ""
        if text:
            answers[key] = answer_from_control(QUESTION_BY_KEY[key], text)
    return answers


def fill_form(answers):
    """Select the given answers; every other question is left unanswered."""
    form.reset()
    for key in answers:
        form.elements.namedItem(key).value = link_text(QUESTION_BY_KEY[key], answers[key])


# Showing things -------------------------------------------------------------

def list_items(parent, items):
    parent.replaceChildren()
    for text, href in items:
        item = document.createElement("li")
        item.textContent = text + " "
        if href:
            link = document.createElement("a")
            link.href = href
            link.textContent = "Read more"
            item.append(link)
        parent.append(item)


def show_result(result):
    level = result["level"]
    card.querySelector(".outcome-title").textContent = result["title"]
    card.querySelector(".now").textContent = result["now"]
    list_items(card.querySelector(".reasons"),
               [(reason["text"], SITE_ROOT + reason["guide"]) for reason in result["reasons"]])
    # the stop card shows this one in the "modify" outcome, so the list leaves it out
    list_items(card.querySelector(".advice"), [(advice, None) for advice in result["advice"] if advice != STOP_NOW])
    card.dataset.level = level
    progress.hidden = True
    show_verdict(level, result["headline"])


def show_verdict(level, headline):
    """The bar docked to the bottom of the screen; an urgent result leads with the action."""
    verdict.setAttribute("aria-live", "assertive" if level == "urgent" else "polite")
    verdict.dataset.level = level
    verdict.replaceChildren()
    verdict.append(document.createTextNode(headline))
    link = document.createElement("a")
    link.href = "#outcome"
    link.textContent = "See why"
    verdict.append(link)


def questions_left(count):
    if count == 1:
        return "1 question left. Your result shows once your answers decide it."
    return "{} questions left. Your result shows once your answers decide it.".format(count)


def show_open(open_keys):
    """No outcome yet: withdraw any shown one and say how many questions are left."""
    had_result = card.dataset.level != ""
    card.dataset.level = ""
    verdict.dataset.level = ""
    verdict.replaceChildren()
    if had_result:  # say it where screen readers heard the result
        verdict.setAttribute("aria-live", "polite")
        verdict.append(document.createTextNode("No result for now: " + questions_left(len(open_keys))))
    progress.textContent = questions_left(len(open_keys))
    progress.hidden = had_result


def show_error(message):
    error_box.textContent = message
    error_box.hidden = False


def show_problem():
    """After any error: no result stays up for answers it may not match; say so and point to the warning signs."""
    card.dataset.level = ""
    verdict.dataset.level = ""
    verdict.replaceChildren()
    progress.hidden = True
    link = document.createElement("a")
    link.href = WARNING_SIGNS[0]
    link.textContent = WARNING_SIGNS[1]
    error_box.replaceChildren(document.createTextNode(PROBLEM), link, document.createTextNode("."))
    error_box.hidden = False


def guarded(handler):
    """The handler, with any error it raises (MemoryError too) shown by show_problem()."""
    def run(event=None):
        try:
            handler(event)
        except Exception:
            show_problem()
    return run


def hide_error():
    error_box.hidden = True
    error_box.textContent = ""


def fill_summary(answers):
    """Every question, in the order asked, with the runner's answer or "Not answered"."""
    card.querySelector(".summary-date").textContent = "Checked on " + log.date_text(local_now()[:10])
    listing = card.querySelector(".summary-answers")
    listing.replaceChildren()
    for question, answer in answer_rows(answers):
        term = document.createElement("dt")
        term.textContent = question
        detail = document.createElement("dd")
        detail.textContent = answer
        listing.append(term, detail)


def show(answers):
    state = assess_partial(answers)
    if state["result"]:
        show_result(state["result"])
    else:
        show_open(state["open"])


# Events -----------------------------------------------------------------------

def on_change(_event):
    hide_error()
    share_status.textContent = ""
    log_status.textContent = ""
    show(read_form())
    if js.window.location.hash:
        # the answers on screen no longer match the link; keep the address honest
        js.history.replaceState(None, "", js.window.location.pathname + js.window.location.search)


def is_share_link(fragment):
    """A fragment that is not an in-page link such as #outcome or #main."""
    return fragment not in ("", "#") and document.getElementById(fragment[1:]) is None


def link_fragment():
    """The address's share link, or "" for none; ValueError when it is too long to read.

    web/check.js notes the length, so an over-long link is refused before
    its text is copied into MicroPython's small heap.
    """
    check_length(max(0, int(document.documentElement.dataset.linkLength or "0") - 1))
    fragment = js.window.location.hash
    return fragment if is_share_link(fragment) else ""


def open_share_link(_event=None):
    """Fill the form from a share link and show what it decides."""
    try:
        fragment = link_fragment()
        if not fragment:
            return
        answers = parse_fragment(fragment)
    except ValueError as error:
        form.reset()
        show({})
        show_error(BAD_LINK + str(error) + ".")
        return
    hide_error()
    fill_form(answers)
    show(answers)


def share_url():
    """Put the current answers into the address bar (only now: the runner asked) and return it."""
    location = js.window.location
    js.history.replaceState(None, "", location.pathname + "#" + to_fragment(read_form()))
    return location.href


async def on_share(_event):
    url = share_url()
    try:
        if js.Reflect.has(js.navigator, "share"):
            await js.navigator.share(to_js({"title": document.title, "url": url}))
            return
        await js.navigator.clipboard.writeText(url)
        share_status.textContent = "Link copied. It holds your answers, nothing else: " + url
    except Exception:
        share_status.textContent = "Copy this link to share your answers: " + url


def fill_print_log():
    """The physio's printout includes the runner's log, if they keep one: every saved result, newest first."""
    box = card.querySelector(".summary-log")
    rows = box.querySelector("tbody")
    rows.replaceChildren()
    entries, _problems = log.load(read_log())  # storage that is off reads as no log
    box.hidden = not entries
    if not entries:
        return
    first = log.first_logged_days(entries, local_now()[:10])
    box.querySelector(".summary-log-first").textContent = log.first_logged_text(first)
    for entry in log.newest_first(entries):
        shown = log.shown_entry(entry)
        row = document.createElement("tr")
        for text in (shown["when_text"], answer_label(QUESTION_BY_KEY["pain"], shown["pain"]),
                     shown["title"]):
            cell = document.createElement("td")
            cell.textContent = text
            row.append(cell)
        rows.append(row)


def before_print(_event=None):
    """The printout: every answer, and the log; also on "beforeprint", for the browser's own print command."""
    fill_summary(read_form())
    fill_print_log()


def on_print(_event):
    before_print()
    js.window.print()


# The log ---------------------------------------------------------------------------

def local_now():
    """This device's local date and time, 'YYYY-MM-DDTHH:MM:SS' (MicroPython has no datetime)."""
    now = js.Date.new()
    return "{:04d}-{:02d}-{:02d}T{:02d}:{:02d}:{:02d}".format(
        int(now.getFullYear()), int(now.getMonth()) + 1, int(now.getDate()),
        int(now.getHours()), int(now.getMinutes()), int(now.getSeconds()))


def read_log():
    """The stored log text ("" for none); None when the browser will not let the site read it.

    Through web/check.js's logStorage, which never throws: MicroPython cannot
    catch an error thrown by a JavaScript call, and localStorage throws when it is off.
    """
    stored = js.logStorage.read(log.STORAGE_KEY)
    return stored.text if stored.ok else None


def say_saved(text, link=True):
    log_status.replaceChildren(document.createTextNode(text))
    if link:
        anchor = document.createElement("a")
        anchor.href = LOG_PAGE[0]
        anchor.textContent = LOG_PAGE[1]
        log_status.append(anchor)


def on_save(_event):
    """Save the answers as given and the level shown, with the local time: only when pressed."""
    level = card.dataset.level
    answers = read_form()
    if not level:
        return
    if saved["answers"] == (answers, level):
        say_saved(ALREADY_SAVED)
        return
    before = read_log()
    if before is None:  # storage is off
        say_saved(CANNOT_SAVE, link=False)
        return
    try:
        text = log.save(before, answers, level, local_now())
    except ValueError as error:  # a newer version of the site saved the log
        say_saved(str(error), link=False)
        return
    if not js.logStorage.write(log.STORAGE_KEY, text):  # storage is off or full
        say_saved(CANNOT_SAVE, link=False)
        return
    saved["answers"] = (answers, level)
    say_saved(SAVED)
    show_log_hint()


def log_hint():
    """What the log says about how long the pain has lasted, or None (also when storage fails)."""
    try:
        entries, _problems = log.load(read_log())
        return log.duration_hint(entries, local_now()[:10])
    except Exception:  # anything in Python; storage errors never reach here (read_log)
        return None


def show_log_hint():
    """Beside the duration question: what the log says and, only when the log alone shows
    the longest answer, a button to give it (the log's count is a minimum, SPEC section 8).

    Nothing is selected for the runner; they choose.
    """
    box = document.getElementById("log-hint")
    hint = log_hint()
    if hint is None:
        if box:
            box.remove()
        return
    if box is None:
        box = document.createElement("div")
        box.id = "log-hint"
        box.className = "log-hint"
        box.append(document.createElement("p"))
        document.getElementById("q-duration-help").after(box)
    box.querySelector("p").textContent = hint["text"]
    button = box.querySelector("button")
    if hint["value"] is None:
        if button:
            button.remove()
        return
    if button is None:
        button = document.createElement("button")
        button.type = "button"
        button.className = "secondary"
        button.textContent = USE_HINT
        button.addEventListener("click", create_proxy(guarded(on_use_hint)))
        box.append(button)
    box.dataset.value = hint["value"]


def after_start(_event=None):
    """The log's hint comes just after the check is ready: a long log must not hold the check up."""
    show_log_hint()  # never raises: the check works whatever the storage does
    document.documentElement.dataset.log = "read"


def on_use_hint(_event):
    form.elements.namedItem("duration").value = document.getElementById("log-hint").dataset.value
    form.querySelector("[name=duration]:checked").focus()
    on_change(None)


def start(_event=None):
    """Answers given while the engine loaded win over the link that opened the page."""
    given = read_form()
    show(given)
    if not given:
        open_share_link()
        return
    try:
        link = link_fragment()
    except ValueError:
        link = "too long to use"
    if link:
        show_error(KEPT_ANSWERS)


# Setup --------------------------------------------------------------------------

form.addEventListener("change", create_proxy(guarded(on_change)))
document.getElementById("share").addEventListener("click", create_proxy(on_share))
document.getElementById("print").addEventListener("click", create_proxy(guarded(on_print)))
document.getElementById("save-log").addEventListener("click", create_proxy(on_save))
js.window.addEventListener("hashchange", create_proxy(guarded(open_share_link)))
js.window.addEventListener("beforeprint", create_proxy(guarded(before_print)))
hide_error()  # a slow start may have been reported; the engine is here now
guarded(start)()
document.documentElement.dataset.engine = "ready"
js.setTimeout(create_proxy(guarded(after_start)), 0)

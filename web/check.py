"""The checker page: read the form, ask pyapp, show the outcome.

Runs in the browser under PyScript's MicroPython. The form and the outcome
card are already in the page (rendered from pyapp at build time); this only
reads answers, calls pyapp.assess and fills in the card. Everything from the
address bar goes through pyapp.share, and every text goes in as text.
"""

import js
from pyscript import document
from pyscript.ffi import create_proxy, to_js

from pyapp import assess, validate
from pyapp.questions import QUESTIONS, SCALE, YES_NO, answer_label
from pyapp.share import parse_fragment, to_fragment

SITE_ROOT = "../"  # this page is /check/; guide links are relative to the site root
BAD_LINK = "This link can\u2019t be used, so nothing was filled in: "

form = document.getElementById("check")
card = document.getElementById("outcome")
verdict = document.getElementById("verdict")
error_box = document.getElementById("error")
share_status = document.getElementById("share-status")


# Answers <-> form -------------------------------------------------------------

def read_form():
    """The answers the form holds now; pain is left out until it is chosen."""
    answers = {}
    for question in QUESTIONS:
        key = question["key"]
        control = form.elements.namedItem(key)
        if question["kind"] == YES_NO:
            answers[key] = bool(control.checked)
        elif control.value:
            answers[key] = int(control.value) if question["kind"] == SCALE else control.value
    return answers


def fill_form(answers):
    for question in QUESTIONS:
        key = question["key"]
        value = answers.get(key, question["default"])
        if question["kind"] == YES_NO:
            form.elements.namedItem(key).checked = value
        else:
            form.elements.namedItem(key).value = "" if value is None else str(value)


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
    list_items(card.querySelector(".advice"), [(advice, None) for advice in result["advice"]])
    card.dataset.level = level
    show_verdict(level, result["title"])


def show_verdict(level, title):
    verdict.setAttribute("aria-live", "assertive" if level == "urgent" else "polite")
    verdict.dataset.level = level
    verdict.replaceChildren()
    verdict.append(document.createTextNode("Your result: " + title))
    link = document.createElement("a")
    link.href = "#outcome"
    link.textContent = "See why"
    verdict.append(link)


def clear_result():
    card.dataset.level = ""
    verdict.dataset.level = ""
    verdict.replaceChildren()


def show_error(message):
    error_box.textContent = message
    error_box.hidden = False


def hide_error():
    error_box.hidden = True
    error_box.textContent = ""


def fill_summary(answers):
    """The answers as the printed page for a physio shows them, with today's date."""
    card.querySelector(".summary-date").textContent = "Checked on " + js.Date.new().toLocaleDateString()
    listing = card.querySelector(".summary-answers")
    listing.replaceChildren()
    for question in QUESTIONS:
        term = document.createElement("dt")
        term.textContent = question["text"]
        detail = document.createElement("dd")
        detail.textContent = answer_label(question, answers[question["key"]])
        listing.append(term, detail)


# Events -----------------------------------------------------------------------

def on_change(_event):
    hide_error()
    answers = read_form()
    share_status.textContent = ""
    if "pain" in answers:
        show_result(assess(answers))
    else:
        clear_result()
    if js.window.location.hash:
        # the answers on screen no longer match the link; keep the address honest
        js.history.replaceState(None, "", js.window.location.pathname + js.window.location.search)


def is_share_link(fragment):
    """A fragment that is not an in-page link such as #outcome or #main."""
    return fragment not in ("", "#") and document.getElementById(fragment[1:]) is None


def open_share_link(_event=None):
    """Fill the form from a share link; False when the link was bad."""
    fragment = js.window.location.hash
    if not is_share_link(fragment):
        return True
    try:
        answers = parse_fragment(fragment)
    except ValueError as error:
        clear_result()
        show_error(BAD_LINK + str(error) + ".")
        return False
    hide_error()
    fill_form(answers)
    show_result(assess(answers))
    return True


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


def on_print(_event):
    fill_summary(validate(read_form()))  # the defaults filled in
    js.window.print()


# Setup --------------------------------------------------------------------------

form.addEventListener("change", create_proxy(on_change))
document.getElementById("share").addEventListener("click", create_proxy(on_share))
document.getElementById("print").addEventListener("click", create_proxy(on_print))
js.window.addEventListener("hashchange", create_proxy(open_share_link))
hide_error()  # a slow start may have been reported; the engine is here now
if open_share_link() and "pain" in read_form() and card.dataset.level == "":
    on_change(None)  # answers given while the engine was loading
document.documentElement.dataset.engine = "ready"

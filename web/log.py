"""My log page: show the results the runner chose to save, kept in this browser.

Runs in the browser under PyScript's MicroPython. pyapp.log decides what the
page shows (log.summary) and how the stored text changes (log.remove); this
only reads and writes localStorage, fills in the parts of the page that are
already there (theme/log.html), draws the chart as SVG, and hands the CSV to
the browser as a download. Nothing is sent anywhere. Every text goes in as
text; only the chart's dots go in as markup, made of numbers and level names.
"""

import js
from pyscript import document
from pyscript.ffi import create_proxy, to_js

from pyapp import log
from pyapp.questions import QUESTION_BY_KEY, answer_label, answer_rows

SITE_ROOT = "../"  # this page is /log/; guide links are relative to the site root
CSV_NAME = "upper-back-log.csv"
SVG = "http://www.w3.org/2000/svg"
CHART_HEIGHT = 200  # the whole drawing, in CSS pixels; the plot is inside the margins
MARGIN = {"left": 30, "right": 12, "top": 12, "bottom": 28}
DOT_RADIUS = 5
FIRST_ENTRIES = 4  # listed at once (more than a phone's screen shows); the rest follow in later tasks
MORE_ENTRIES = 20  # per task: short tasks, so a tap while a long log is listed is answered at once

UNAVAILABLE = ("This browser does not let this site keep a log, so there is nothing to show. "
               "This can happen in private browsing, or when site data is turned off. "
               "The check still works, but its results cannot be saved here.")
NOT_WRITTEN = "This browser did not let this site change your log, so it is as it was."
GONE = "That result is no longer in your log."
PROBLEM = "This page hit a problem, so it may not show your whole log. Reload the page to try again. ({})"
NOTE_LINK = "Read about pain that lasts"
CHART_CAPTION = ("Your pain from 0 to 10 in each saved result, oldest on the left. "
                 "The dashed line is {}: pain at this level or more means stop running. "
                 "The list below has every result.")
NO_PAIN_POINTS = " Results with no pain score are in the list only."
DELETED = "The result from {} is deleted."
UNDONE = "The result is back in your log."
CLEARED = "Your log is deleted."
DOWNLOADED = "Your log is downloaded as " + CSV_NAME + "."

root = document.documentElement
page = document.getElementById("log")
error_box = document.getElementById("error")
problems_box = document.getElementById("log-problems")
empty = document.getElementById("log-empty")
filled = document.getElementById("log-filled")
entry_list = document.getElementById("log-entries")
chart_figure = document.getElementById("log-chart")
chart_box = document.getElementById("chart-box")
status = document.getElementById("log-status")
confirm_box = document.getElementById("log-confirm")
clear_button = document.getElementById("log-clear")
template = document.getElementById("entry-template")

shown = {"text": None, "count": 0, "by_id": {}, "width": 0, "undo": None}  # what the page shows now
listing = {"entries": [], "next": 0}  # the entries being listed, and the first not listed yet


# Storage ------------------------------------------------------------------------

class Unavailable(Exception):
    """The browser will not let the site read or write its storage."""


def read_store():
    """The stored text ("" when nothing is stored); Unavailable if storage is off.

    Through web/check.js's logStorage: MicroPython cannot catch an error
    thrown by a JavaScript call, and localStorage throws when it is off.
    """
    stored = js.logStorage.read(log.STORAGE_KEY)
    if not stored.ok:
        raise Unavailable()
    return stored.text


def write_store(text):
    """Store the text ("" deletes it); Unavailable if the browser refuses (storage off or full)."""
    if not js.logStorage.write(log.STORAGE_KEY, text):
        raise Unavailable()


def today():
    """This device's local date, 'YYYY-MM-DD' (MicroPython has no datetime)."""
    now = js.Date.new()
    return "{:04d}-{:02d}-{:02d}".format(int(now.getFullYear()), int(now.getMonth()) + 1, int(now.getDate()))


# Showing things -------------------------------------------------------------

def say(text, undo=False):
    """A short message in the status line, with an Undo button after a single delete."""
    status.replaceChildren(document.createTextNode(text))
    if undo:
        button = document.createElement("button")
        button.type = "button"
        button.className = "secondary"
        button.id = "log-undo"
        button.textContent = "Undo"
        button.addEventListener("click", on_undo_proxy)
        status.append(document.createTextNode(" "), button)


def show_problems(texts):
    problems_box.replaceChildren()
    for text in texts:
        line = document.createElement("p")
        line.textContent = text
        problems_box.append(line)
    problems_box.hidden = not texts


def pain_text(pain):
    question = QUESTION_BY_KEY["pain"]
    return "Pain: " + answer_label(question, pain)


def entry_item(entry):
    """One saved result as a list item, from the page's template."""
    item = template.content.firstElementChild.cloneNode(True)
    item.dataset.level = entry["level"]
    item.dataset.date = entry["date"]
    item.dataset.id = entry["id"]
    when = entry["when_text"]
    moment = document.createElement("time")
    moment.setAttribute("datetime", entry["date"] + "T" + entry["time"])
    moment.textContent = when
    item.querySelector(".entry-when").append(moment)
    item.querySelector(".entry-title").textContent = entry["title"]
    item.querySelector(".entry-pain").textContent = pain_text(entry["pain"])
    reasons = item.querySelector(".entry-reasons")
    for reason in entry["reasons"]:
        line = document.createElement("li")
        line.textContent = reason["text"]
        reasons.append(line)
    reasons.hidden = not entry["reasons"]
    item.querySelector(".entry-delete .visually-hidden").textContent = " the result from " + when
    return item


def fill_answers(item):
    """Every question of one entry with its answer; filled when first opened (or printed)."""
    listing = item.querySelector(".entry-answers dl")
    if listing.childElementCount:
        return
    for question, answer in answer_rows(shown["by_id"][item.dataset.id]["answers"]):
        term = document.createElement("dt")
        term.textContent = question
        detail = document.createElement("dd")
        detail.textContent = answer
        listing.append(term, detail)


def svg(tag, attributes, text=None):
    element = document.createElementNS(SVG, tag)
    for name in attributes:
        element.setAttribute(name, str(attributes[name]))
    if text is not None:
        element.textContent = text
    return element


def points_markup(points):
    """The line and the dots as SVG markup: a long log has hundreds of dots, and one parse
    is far faster than an element and five attributes each through the FFI. Only numbers
    and level names (checked against pyapp.policy.LEVELS when the log was read) go in."""
    parts = ['<g xmlns="{}">'.format(SVG)]
    if len(points) > 1:
        parts.append('<polyline class="pain-line" points="{}"/>'.format(
            " ".join("{},{}".format(point["x"], point["y"]) for point in points)))
    for point in points:
        parts.append('<circle cx="{}" cy="{}" r="{}" class="dot" data-level="{}"/>'.format(
            point["x"], point["y"], DOT_RADIUS, point["level"]))
    parts.append("</g>")
    return "".join(parts)


def drawn(markup):
    """SVG elements from markup made by this page (never from text the reader gave)."""
    parsed = js.DOMParser.new().parseFromString(markup, "image/svg+xml")
    return document.importNode(parsed.documentElement, True)


def plot_size():
    """(width, height) of the chart's plot at the box's width now; the box must be shown."""
    shown["width"] = int(chart_box.clientWidth)
    return (max(1, shown["width"] - MARGIN["left"] - MARGIN["right"]),
            CHART_HEIGHT - MARGIN["top"] - MARGIN["bottom"])


def draw_chart(chart, count):
    """Pain over time as SVG (chart: from pyapp.log) for count entries.

    The SVG is hidden from screen readers: the caption says what it shows,
    and the list of entries is its text.
    """
    plot_width, plot_height = chart["width"], chart["height"]
    width = plot_width + MARGIN["left"] + MARGIN["right"]
    drawing = svg("svg", {"width": width, "height": CHART_HEIGHT, "viewBox": "0 0 {} {}".format(width, CHART_HEIGHT),
                          "aria-hidden": "true", "focusable": "false", "class": "chart"})
    plot = svg("g", {"transform": "translate({},{})".format(MARGIN["left"], MARGIN["top"])})
    drawing.append(plot)
    for pain, y, kind in ((chart["max"], 0, "grid"), (0, plot_height, "grid"), (chart["stop_at"], chart["stop_y"], "stop-line")):
        plot.append(svg("line", {"x1": 0, "x2": plot_width, "y1": y, "y2": y, "class": kind}))
        plot.append(svg("text", {"x": -8, "y": y, "class": "axis " + kind, "text-anchor": "end",
                                 "dominant-baseline": "middle"}, str(pain)))
    points = chart["points"]
    plot.append(drawn(points_markup(points)))
    if points:
        first, last = points[0], points[-1]
        labels = [(first, "start" if len(points) > 1 else "middle")]
        if last["date"] != first["date"]:
            labels.append((last, "end"))
        for point, anchor in labels:
            plot.append(svg("text", {"x": point["x"], "y": plot_height + 20, "class": "axis",
                                     "text-anchor": anchor}, log.day_text(point["date"])))
    chart_box.replaceChildren(drawing)
    caption = CHART_CAPTION.format(chart["stop_at"])
    if len(points) < count:
        caption += NO_PAIN_POINTS
    document.getElementById("chart-caption").textContent = caption


def list_more(count):
    """List up to count more entries; if some are left, list more in a later task."""
    start = listing["next"]
    end = min(len(listing["entries"]), start + count)
    items = document.createDocumentFragment()
    for entry in listing["entries"][start:end]:
        items.append(entry_item(log.shown_entry(entry)))
    entry_list.append(items)
    listing["next"] = end
    if end < len(listing["entries"]):
        js.setTimeout(list_more_proxy, 0)


def show_note(note):
    box = document.getElementById("log-note")
    box.hidden = note is None
    if note is None:
        return
    link = document.createElement("a")
    link.href = SITE_ROOT + note["guide"]
    link.textContent = NOTE_LINK
    box.querySelector("p").replaceChildren(document.createTextNode(note["text"] + " "), link, document.createTextNode("."))


def render(_event=None):
    """Read the store and show the whole log (or what keeps it from showing)."""
    confirm_box.hidden = True
    clear_button.setAttribute("aria-expanded", "false")
    try:
        text = read_store()
    except Unavailable:
        show_problems([UNAVAILABLE])
        page.hidden = True
        shown["text"] = None
        return
    page.hidden = filled.hidden = chart_figure.hidden = False  # shown, so the chart's box has its width
    width, height = plot_size()
    info = log.summary({"text": text, "today": today(), "width": width, "height": height})
    entries = info["entries"]
    show_problems(info["problems"])
    empty.hidden = bool(entries)
    filled.hidden = not entries
    root.dataset.readOnly = "true" if info["read_only"] else "false"
    shown["text"] = text
    shown["count"] = len(entries)
    shown["by_id"] = {entry["id"]: entry for entry in entries}
    entry_list.replaceChildren()
    listing["entries"], listing["next"] = entries, 0
    list_more(FIRST_ENTRIES)
    if not entries:
        return
    document.getElementById("first-logged").textContent = info["first_logged"]
    show_note(info["note"])
    has_points = bool(info["chart"]["points"])
    document.getElementById("chart-title").hidden = not has_points
    chart_figure.hidden = not has_points
    if has_points:
        draw_chart(info["chart"], len(entries))


def focus(element_id):
    document.getElementById(element_id).focus()


def focus_list():
    focus("entries-title" if shown["count"] else "empty-title")


# Events -----------------------------------------------------------------------

def on_list_click(event):
    button = event.target.closest(".entry-delete")
    if button is None:
        return
    item = button.closest(".log-entry")
    delete_entry(item.dataset.id, item.querySelector("time").textContent)


def delete_entry(entry_id, when):
    try:
        before = read_store()
        try:
            after = log.remove(before, entry_id)
        except ValueError as error:  # a newer site saved the log, or another tab deleted it
            render()
            say(GONE if entry_id not in [e["id"] for e in log.load(before)[0]] else str(error))
            focus_list()
            return
        write_store(after)
    except Unavailable:
        say(NOT_WRITTEN)
        return
    shown["undo"] = (before, after)
    render()
    say(DELETED.format(when), undo=True)
    focus_list()


def on_undo(_event):
    undo, shown["undo"] = shown["undo"], None
    try:
        if undo is None or read_store() != undo[1]:  # the log changed since (another tab)
            say(NOT_WRITTEN)
            return
        write_store(undo[0])
    except Unavailable:
        say(NOT_WRITTEN)
        return
    render()
    say(UNDONE)
    focus_list()


def on_toggle(event):
    """A result's answers are filled in when it is first opened."""
    target = event.target
    if target.tagName == "DETAILS" and target.open:
        fill_answers(target.closest(".log-entry"))


def on_export(_event):
    try:
        entries, _problems = log.load(read_store())
    except Unavailable:
        say(UNAVAILABLE)
        return
    blob = js.Blob.new(to_js([log.csv_text(entries)]), to_js({"type": "text/csv;charset=utf-8"}))
    url = js.URL.createObjectURL(blob)
    link = document.createElement("a")
    link.href = url
    link.download = CSV_NAME
    link.hidden = True
    document.body.append(link)
    link.click()
    link.remove()
    js.setTimeout(create_proxy(lambda: js.URL.revokeObjectURL(url)), 60000)
    say(DOWNLOADED)


def before_print(_event=None):
    """The printout for the physio shows every result with its answers."""
    list_more(len(listing["entries"]))
    for item in entry_list.querySelectorAll(".log-entry"):
        fill_answers(item)
        details = item.querySelector("details")
        if not details.open:
            details.open = True
            details.dataset.printOpened = "true"


def after_print(_event=None):
    for details in entry_list.querySelectorAll("details[data-print-opened]"):
        details.open = False
        details.removeAttribute("data-print-opened")


def on_print(_event):
    before_print()  # also done on "beforeprint", for the browser's own print command
    js.window.print()


def on_clear(_event):
    confirm_box.hidden = False
    clear_button.setAttribute("aria-expanded", "true")
    focus("confirm-text")


def on_cancel_clear(_event):
    confirm_box.hidden = True
    clear_button.setAttribute("aria-expanded", "false")
    clear_button.focus()


def on_confirm_clear(_event):
    try:
        write_store("")
    except Unavailable:
        say(NOT_WRITTEN)
        return
    shown["undo"] = None
    render()
    say(CLEARED)
    focus_list()


def on_resize(_event):
    """Draw the chart again at the page's new width (a phone turned sideways)."""
    if shown["count"] and not filled.hidden and not chart_figure.hidden and int(chart_box.clientWidth) != shown["width"]:
        entries, _problems = log.load(shown["text"])
        width, height = plot_size()
        draw_chart(log.chart_points(entries, width, height), len(entries))


def on_storage(event):
    """Another tab saved or deleted a result: show the log as it is now."""
    if event.key is None or event.key == log.STORAGE_KEY:  # None: all of the site's storage was cleared
        render()


def guarded(handler):
    """The handler, with any error it raises (MemoryError too) shown as a short message."""
    def run(event=None):
        try:
            handler(event)
        except Exception as error:
            error_box.textContent = PROBLEM.format(str(error)[:80])
            error_box.hidden = False
    return run


# Setup --------------------------------------------------------------------------

on_undo_proxy = create_proxy(guarded(on_undo))
list_more_proxy = create_proxy(guarded(lambda _event=None: list_more(MORE_ENTRIES)))
entry_list.addEventListener("click", create_proxy(guarded(on_list_click)))
entry_list.addEventListener("toggle", create_proxy(guarded(on_toggle)), True)  # toggle does not bubble
document.getElementById("log-export").addEventListener("click", create_proxy(guarded(on_export)))
document.getElementById("log-print").addEventListener("click", create_proxy(guarded(on_print)))
clear_button.addEventListener("click", create_proxy(guarded(on_clear)))
document.getElementById("confirm-clear").addEventListener("click", create_proxy(guarded(on_confirm_clear)))
document.getElementById("cancel-clear").addEventListener("click", create_proxy(guarded(on_cancel_clear)))
js.window.addEventListener("beforeprint", create_proxy(guarded(before_print)))
js.window.addEventListener("afterprint", create_proxy(guarded(after_print)))
js.window.addEventListener("resize", create_proxy(guarded(on_resize)))
js.window.addEventListener("storage", create_proxy(guarded(on_storage)))
error_box.hidden = True  # a slow start may have been reported; the engine is here now
guarded(render)()
root.dataset.engine = "ready"

"""What the log page shows: each saved result, the chart of pain over time, the notes,
as markup made here with every text escaped (pyapp.markup).

The chart is SVG hidden from screen readers: its caption says what it shows,
and the list of entries is its text. Only numbers and level names (checked
when the log was read) go into its attributes.
"""

from pyapp import dates, log
from pyapp import page_ids as ids
from pyapp.answer_words import answer_label, answer_rows
from pyapp.markup import LANGUAGE_ROOT, LINK_AT, element, escape, with_link
from pyapp.policy import LEVELS
from pyapp.questions import QUESTION_BY_KEY
from pyapp.texts import first_capital, text

CHART_HEIGHT = 200  # the whole drawing, in CSS pixels; the plot is inside the margins
MARGIN = {"left": 30, "right": 12, "top": 12, "bottom": 28}
DOT_RADIUS = 5
# A dot as svg() writes it, written at once (a long log's chart has thousands): whole numbers and a level
# name, one of the rules' (LEVEL_OF fails on any other), need no escaping
DOT = '<circle class="dot" cx="{}" cy="{}" data-level="{}" r="{}"></circle>'
LEVEL_OF = dict((level, level) for level in LEVELS)


def entry_markup(lang, entry):
    """One saved result as a list item, in lang: when, the result, the pain, why, and every answer
    (a question asked only since it was saved: "Not asked then"; the printout shows the same)."""
    shown = log.shown_entry(lang, entry)
    when = shown["when_text"]
    moment = element("time", first_capital(when), {"datetime": shown["date"] + "T" + shown["time"]})
    reasons = "".join(element("li", reason["text"]) for reason in shown["reasons"])
    rows = "".join(element("dt", q) + element("dd", a)
                   for q, a in answer_rows(lang, shown["answers"], shown["not_asked"]))
    answers = element("details", "", {"class": "entry-answers", "data-print-open": ""},
                      element("summary", text(lang, "log_page.your_answers")) + element("dl", inner=rows))
    delete = element("button", "", {  # seen: "Delete"; heard: the whole sentence, which result
        "type": "button", "class": "secondary entry-delete", "data-action": "delete", "data-id": shown["id"],
        "data-when": when}, element("span", text(lang, "log_page.delete"), {"aria-hidden": "true"})
        + element("span", text(lang, "log_page.delete_which", when=when), {"class": "visually-hidden"}))
    pain = answer_label(lang, QUESTION_BY_KEY["pain"], shown["pain"])
    inner = (element("h3", "", {"class": "entry-when"}, moment)
             + element("p", shown["title"], {"class": "entry-title"})
             + element("p", text(lang, "log_page.pain", pain=pain), {"class": "entry-pain"})
             + (element("ul", "", {"class": "entry-reasons"}, reasons) if reasons else "")
             + element("div", "", {"class": "entry-foot"}, answers + delete))
    return element("li", "", {"class": "log-entry", "data-testid": "log-entry", "data-level": shown["level"],
                              "data-date": shown["date"], "data-id": shown["id"]}, inner)


def plot_size(box_width):
    """(width, height) of the chart's plot in a box that wide."""
    return (max(1, box_width - MARGIN["left"] - MARGIN["right"]),
            CHART_HEIGHT - MARGIN["top"] - MARGIN["bottom"])


def svg(tag, attributes, text=""):
    return element(tag, text, attributes)


def _line_places(points):
    """The line's bends: of the points one above another (the same x), only the first, the highest,
    the lowest and the last, in their order: the line drawn is the same, and no longer than its box is wide."""
    places, column = [], []
    for point in points + [None]:
        if column and (point is None or point["x"] != column[0]["x"]):
            ys = [p["y"] for p in column]
            kept = [0, ys.index(min(ys)), ys.index(max(ys)), len(column) - 1]
            for at in sorted(set(kept)):
                places.append("{},{}".format(column[at]["x"], column[at]["y"]))
            column = []
        if point is not None:
            column.append(point)
    return places


def _points_markup(points):
    """The line and the dots; a dot drawn already at the same place (and colour) is drawn once, so a long
    log's chart stays as small as the box it fills, whatever its number of entries."""
    parts, drawn = [], {}
    for point in points:
        place = "{},{},{}".format(point["x"], point["y"], point["level"])
        if place not in drawn:
            drawn[place] = True
            parts.append(DOT.format(int(point["x"]), int(point["y"]), LEVEL_OF[point["level"]], DOT_RADIUS))
    if len(points) > 1:
        parts.insert(0, svg("polyline", {"class": "pain-line", "points": " ".join(_line_places(points))}))
    return "".join(parts)


def _axis_markup(lang, chart):
    parts = []
    for pain, y, kind in ((chart["max"], 0, "grid"), (0, chart["height"], "grid"),
                          (chart["stop_at"], chart["stop_y"], "stop-line")):
        parts.append(svg("line", {"x1": 0, "x2": chart["width"], "y1": y, "y2": y, "class": kind}))
        parts.append(svg("text", {"x": -8, "y": y, "class": "axis " + kind, "text-anchor": "end",
                                  "dominant-baseline": "middle"}, str(pain)))
    points = chart["points"]
    if points:
        first, last = points[0], points[-1]
        labels = [(first, "start" if len(points) > 1 else "middle")]
        if last["date"] != first["date"]:
            labels.append((last, "end"))
        for point, anchor in labels:
            parts.append(svg("text", {"x": point["x"], "y": chart["height"] + 20, "class": "axis",
                                      "text-anchor": anchor}, dates.day_text(lang, point["date"])))
    return "".join(parts)


def chart_markup(lang, chart):
    """Pain over time as SVG (chart: from pyapp.log.chart_points); its dates in lang."""
    width = chart["width"] + MARGIN["left"] + MARGIN["right"]
    plot = element("g", "", {"transform": "translate({},{})".format(MARGIN["left"], MARGIN["top"])},
                   _axis_markup(lang, chart) + _points_markup(chart["points"]))
    return element("svg", "", {"width": width, "height": CHART_HEIGHT, "viewBox": "0 0 {} {}".format(
        width, CHART_HEIGHT), "aria-hidden": "true", "focusable": "false", "class": "chart"}, plot)


def chart_caption(lang, chart, count):
    """What the chart shows, for screen readers (the chart's scale and stop line are the rules' numbers)."""
    caption = text(lang, "log_page.chart_caption")
    return caption + " " + text(lang, "log_page.no_pain_points") if len(chart["points"]) < count else caption


def note_markup(lang, note):
    """The source's note on pain that lasts, with its link to the guidance."""
    more = with_link(text(lang, "log_page.note_more", link=LINK_AT), LANGUAGE_ROOT + note["guide"],
                     text(lang, "log_page.note_link"))
    return escape(note["text"]) + " " + more


def problems_markup(texts):
    return "".join(element("p", text) for text in texts)


def status_markup(lang, message, undo=False):
    """A short message in the status line, with an Undo button after a single delete."""
    button = element("button", text(lang, "log_page.undo"), {"type": "button", "class": "secondary", "id": ids.LOG_UNDO,
                                      "data-action": "undo"})
    return escape(message) + (" " + button if undo else "")

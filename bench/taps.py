"""Responsiveness: a walk through the check, every answer a real click, each timed by the Event Timing API.

On /check/ every question is answered in the order the check asks, by a click
on the label a person reads; then an answer changes, the urgent question is
answered yes and back to no, and the outcome is saved to the log. On /log/
(which asks no question) the walk taps the buttons that change the page in
place.

Interaction to Next Paint: for each tap, the longest Event Timing entry of its
interaction (pointerdown, pointerup, click: input until the next paint after
every handler, the page's Python included). The API reports only entries of
16 ms or more, so a tap with none took less; it counts as 16 ms.
"""

import math

from pyapp.questions import ASKED, QUESTION_BY_KEY, YES_NO, YES_NO_ANSWERS, answer_values
from pyapp.texts import DEFAULT, text

THRESHOLD_MS = 16  # the smallest durationThreshold the Event Timing API accepts
TAP_TIMEOUT_MS = 10_000
BUTTON_WAIT_MS = 3_000

# The walk's answers: no warning sign and a mild pain. A question not listed gets its first answer.
ANSWERS = {"chest_or_breathing": False, "trauma": False, "neuro": False, "systemic": False, "spread": "none",
           "duration": "under_1_week", "pain": 3, "quality": "dull", "worsening": False,
           "persists_after_stopping": False, "changes_form": False}
# Once every question is answered: (question, new answer, why the walk taps it).
CHANGES = (("pain", 5, "change an answer"),
           ("chest_or_breathing", True, "urgent yes"),
           ("chest_or_breathing", False, "urgent back to no"))
# Then, per page: (the button's name as a person reads it, why the walk taps it).
BUTTONS = {"/check/": (("Save to my log", "save the outcome"),),
           "/log/": (("Delete all", "ask to delete everything"), ("No, keep them", "keep the entries"))}

QUESTIONS_ON_PAGE = "() => [...new Set([...document.querySelectorAll('input[type=radio]')].map(i => i.name))]"
OBSERVE = """() => {
  window.__taps = {events: [], changes: 0};
  const seen = list => { for (const e of list.getEntries())
    window.__taps.events.push([e.interactionId || 0, e.name, Math.round(e.duration)]); };
  new PerformanceObserver(seen).observe({type: "event", durationThreshold: 16, buffered: true});
  new PerformanceObserver(seen).observe({type: "first-input", buffered: true});
  new MutationObserver(records => { window.__taps.changes += records.length; })
    .observe(document.body, {subtree: true, childList: true, characterData: true, attributes: true});
}"""
# Entries arrive after the paint they measure: two frames and 300 ms later they are all in.
COLLECT = """() => new Promise(resolve => requestAnimationFrame(() => requestAnimationFrame(() =>
  setTimeout(() => { const taken = window.__taps; window.__taps = {events: [], changes: 0}; resolve(taken); },
             300))))"""


def spelled(key, value):
    """How the form writes an answer in its radio's value."""
    if QUESTION_BY_KEY[key]["kind"] == YES_NO:
        return {answer: spelling for answer, spelling, _label in YES_NO_ANSWERS}[value]
    return str(value)


def said(key, value):
    """An answer as a step of the walk reads, e.g. "trauma: No"."""
    if QUESTION_BY_KEY[key]["kind"] == YES_NO:
        return "{}: {}".format(key, text(DEFAULT, {answer: label for answer, _spelling, label in YES_NO_ANSWERS}[value]))
    return "{}: {}".format(key, value)


def steps(present):
    """[(question, answer, why)]: every question on the page in the order the check asks, then CHANGES."""
    keys = [key for key in ASKED if key in present]
    walk = [(key, ANSWERS.get(key, answer_values(QUESTION_BY_KEY[key])[0]), "answer") for key in keys]
    return walk + [change for change in CHANGES if change[0] in present]


def plan(present, path):
    """[(kind, what, step, why)] of the walk on one page: its answers (see steps), then its BUTTONS."""
    answers = [("answer", (key, value), said(key, value), why) for key, value, why in steps(present)]
    return answers + [("button", name, "tap " + name, why) for name, why in BUTTONS.get(path, ())]


def target(page, kind, what):
    """What a person taps: an answer's label, or a button by its name."""
    if kind == "button":
        return page.get_by_role("button", name=what, exact=True)
    key, value = what
    radio = page.locator("input[type=radio][name='{}'][value='{}']".format(key, spelled(key, value)))
    return radio.locator("xpath=ancestor::label[1]")


def interaction_ms(events):
    """The longest entry of the tap's interaction, or None when it took under THRESHOLD_MS."""
    durations = [duration for interaction, _name, duration in events if interaction]
    return max(durations) if durations else None


def tap(page, kind, what):
    """Click one target and return its Event Timing entries and page changes; None if no such button shows."""
    from playwright.sync_api import TimeoutError as PlaywrightTimeout

    control = target(page, kind, what)
    if kind == "button":
        try:
            control.wait_for(state="visible", timeout=BUTTON_WAIT_MS)
        except PlaywrightTimeout:
            return None
    control.click(timeout=TAP_TIMEOUT_MS)
    return page.evaluate(COLLECT)


def walk(page, path):
    """[{step, why, ms, changes, missing}] for every tap of the walk on a page that said it is ready."""
    if page.evaluate("document.documentElement.dataset.engine") == "failed":
        raise RuntimeError("the engine failed to start on " + page.url)
    page.evaluate(OBSERVE)
    taps = []
    for kind, what, step, why in plan(set(page.evaluate(QUESTIONS_ON_PAGE)), path):
        seen = tap(page, kind, what)
        taps.append({"step": step, "why": why, "ms": seen and interaction_ms(seen["events"]),
                     "changes": seen and seen["changes"], "missing": seen is None})
    return taps


LOADING = "/check/ while loading"  # the walk of taps made before the engine is ready


def loading_walk(page, loading):
    """[{step, why, ms, changes, missing}] for answers tapped from the moment the form is parsed (the page's
    HTML holds it, shown at once) until the engine is ready, on a first visit: the page must answer a tap at
    once even while its Python loads. loading() says whether the page has not yet said it is ready; the
    caller knows it from the page's console line, so nothing polls the page."""
    page.evaluate(OBSERVE)
    taps = []
    for key, value, _why in steps(set(ASKED)):
        if not loading():
            break
        seen = tap(page, "answer", (key, value))
        chosen = page.evaluate("([k, v]) => !!document.querySelector(`input[name='${k}'][value='${v}']:checked`)",
                               [key, spelled(key, value)])
        taps.append({"step": said(key, value), "why": "answer while loading", "ms": interaction_ms(seen["events"]),
                     "changes": int(chosen), "missing": False})
    return taps


def tap_summary(taps):
    """Count, p75 (nearest rank) and worst of a page's taps over all runs, and which were slow, silent or missing."""
    done = [tap for tap in taps if not tap.get("missing")]
    if not done:
        return None
    values = sorted(tap["ms"] or THRESHOLD_MS for tap in done)
    slowest = max(done, key=lambda tap: tap["ms"] or 0)
    return {"taps": len(done), "p75_ms": values[math.ceil(0.75 * len(values)) - 1], "worst_ms": values[-1],
            "worst_step": slowest["step"] if slowest["ms"] else None,
            "under_threshold": sum(1 for tap in done if tap["ms"] is None),
            "unchanged": sorted({tap["step"] for tap in done if not tap["changes"]}),
            "missing": sorted({tap["step"] for tap in taps if tap.get("missing")})}

"""Words and tables the site renders from pyapp's definitions at build time.

The guidance and the form show the engine's own questions, thresholds and
outcome texts; nothing here restates them.
"""

import html

import jinja2

from buildsite import figures
from pyapp.outcomes import (ASK_BEFORE_RUNNING, BACK_TO_RUNNING, CALL_NOW, EMERGENCY, EMERGENCY_NUMBERS,
                             INJURY_CARE, OUTCOMES, REASONS, RULE_TABLE_NOTES, STOP_IF, STOP_SIGNS)
from pyapp.policy import AT_LEAST, BETWEEN, MILD_PAIN, PAIN_STOP_AT, RULES, WARNING_LEVELS
from pyapp.questions import GROUPS, QUESTION_BY_KEY, answer_label
from pyapp.source import SOURCE_TITLE

PAIN = QUESTION_BY_KEY["pain"]


def pain_meaning(value):
    """What a point of the 0-10 scale means, in words ('' where it has no name)."""
    if value == PAIN["min"]:
        return PAIN["ends"][0]
    if value == PAIN["max"]:
        return PAIN["ends"][1]
    if MILD_PAIN[0] <= value <= MILD_PAIN[1]:
        return "Mild"
    return ""


def answer_words(rule):
    """The answer that makes a rule fire, as the form shows it."""
    _level, _reason, key, test, value = rule
    question = QUESTION_BY_KEY[key]
    if test == AT_LEAST:
        return "{} to {}".format(value, question["max"])
    if test == BETWEEN:
        return "{} to {}".format(value[0], value[1])
    return answer_label(question, value)


def policy_rows():
    """(question, answer, what the check says, guide link) for each rule, most urgent first."""
    rows = []
    for rule in RULES:
        level, reason_id, key = rule[0], rule[1], rule[2]
        answer = answer_words(rule)
        if level not in WARNING_LEVELS:
            answer += ", and no sign above"
        says = "**{}**".format(OUTCOMES[level]["title"])
        if reason_id in RULE_TABLE_NOTES:
            says += ". " + RULE_TABLE_NOTES[reason_id]
        rows.append((QUESTION_BY_KEY[key]["text"], answer, says, REASONS[reason_id][1]))
    return rows


def guide_source(guide):
    """A guide link as the markdown source file it points at: 'causes/#x' -> 'causes.md#x'."""
    page, _, anchor = guide.partition("/#")
    return page.rstrip("/") + ".md" + ("#" + anchor if anchor else "")


def policy_table():
    """The rule table as markdown, for the guidance page that explains the check."""
    lines = ["| Question | Your answer | What the check says |", "|---|---|---|"]
    for question, answer, says, guide in policy_rows():
        lines.append("| [{}]({}) | {} | {} |".format(question, guide_source(guide), answer, says))
    return "\n".join(lines)


def stop_card():
    """The stop card: the signs to stop at once mid-run, as HTML a page can carry anywhere."""
    items = "".join("<li>{}</li>".format(html.escape(sign[0].upper() + sign[1:])) for sign in STOP_SIGNS)
    return ('<div class="stop-card" role="note" aria-label="Stop card">'
            "<p><strong>{}:</strong></p><ul>{}</ul></div>".format(STOP_IF, items))


def page_name(page_url):
    """The page a url shows, as FIGURES names it: 'adjustments/' -> 'adjustments', '' -> 'index'."""
    last = page_url.rstrip("/").rpartition("/")[2]
    return last[:-len(".html")] if last.endswith(".html") else last or "index"


def figure_function(page_url):
    """A page's `figure(name, ...)`: its pictures, side by side when more than one.

    The first pictures on a page load at once, as they may be in the first
    screen; the rest load when scrolled near. A picture belongs to one page
    (figures.FIGURES), so using it elsewhere fails the build.
    """
    page, prefix, shown = page_name(page_url), "../" * page_url.count("/"), []

    def figure(*names):
        for name in names:
            if figures.FIGURE_BY_NAME.get(name, {}).get("page") != page:
                raise jinja2.TemplateRuntimeError("no figure {!r} for this page (its figures: {})".format(
                    name, ", ".join(f["name"] for f in figures.FIGURES if f["page"] == page) or "none"))
        images = "".join(figures.figure_html(name, prefix, lazy=bool(shown)) for name in names)
        shown.extend(names)
        return '<p class="figures">{}</p>'.format(images)

    return figure


def markdown_context(page_url="", contact_email=""):
    """The variables a guidance page may use, e.g. {{ PAIN_STOP_AT }}, {{ figure("sitting") }}."""
    return {
        "PAIN_STOP_AT": PAIN_STOP_AT,
        "MILD_PAIN_MAX": MILD_PAIN[1],
        "BACK_TO_RUNNING": BACK_TO_RUNNING,
        "SOURCE_TITLE": SOURCE_TITLE,
        "CONTACT_EMAIL": contact_email,
        "ASK_BEFORE_RUNNING": ASK_BEFORE_RUNNING,
        "CALL_NOW": CALL_NOW,
        "EMERGENCY": EMERGENCY,
        "EMERGENCY_NUMBERS": EMERGENCY_NUMBERS,
        "INJURY_CARE": INJURY_CARE,
        "policy_table": policy_table(),
        "stop_card": stop_card(),
        "figure": figure_function(page_url),
    }


def form_groups():
    """The form's fieldsets: (legend, questions) in the order shown."""
    return [(legend, [QUESTION_BY_KEY[key] for key in keys]) for legend, keys in GROUPS]

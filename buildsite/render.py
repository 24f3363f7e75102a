"""Words and tables the site renders from pyapp's definitions at build time.

The guidance and the form show the engine's own questions, thresholds and
outcome texts; nothing here restates them.
"""

import html

import jinja2

from buildsite import figures
from buildsite.site_pages import to_root
from pyapp.answer_words import answer_label
from pyapp.outcomes import RULE_TABLE_NOTES, STOP_CARD_MORE, STOP_SIGNS, guide, title
from pyapp.policy import AT_LEAST, BETWEEN, MILD_PAIN, PAIN_SEVERE_AT, PAIN_STOP_AT, RULES, WARNING_LEVELS
from pyapp.questions import GROUPS, QUESTION_BY_KEY
from pyapp.source import SOURCE_TITLE
from pyapp.texts import DEFAULT, first_capital, text

PAIN = QUESTION_BY_KEY["pain"]


def pain_meaning(lang, value):
    """What a point of the 0-10 scale means, in words ('' where it has no name)."""
    if value == PAIN["min"]:
        return text(lang, PAIN["ends"][0])
    if value == PAIN["max"]:
        return text(lang, PAIN["ends"][1])
    if MILD_PAIN[0] <= value <= MILD_PAIN[1]:
        return text(lang, "answer.mild")
    return ""


def answer_words(lang, rule):
    """The answer that makes a rule fire, as the form shows it."""
    _level, _reason, key, test, value = rule
    question = QUESTION_BY_KEY[key]
    if test == AT_LEAST:
        return text(lang, "rules.from_to", lowest=value, highest=question["max"])
    if test == BETWEEN:
        return text(lang, "rules.from_to", lowest=value[0], highest=value[1])
    return answer_label(lang, question, value)


def policy_rows(lang):
    """(question, answer, what the check says, guide link) for each rule, most urgent first."""
    rows = []
    for rule in RULES:
        level, reason_id, key = rule[0], rule[1], rule[2]
        answer = answer_words(lang, rule)
        if level not in WARNING_LEVELS:
            answer = text(lang, "rules.and_no_sign", answer=answer)
        says = "**{}**".format(title(lang, level))
        if reason_id in RULE_TABLE_NOTES:
            says += ". " + text(lang, RULE_TABLE_NOTES[reason_id])
        rows.append((text(lang, QUESTION_BY_KEY[key]["text"]), answer, says, guide(reason_id)))
    return rows


def guide_source(guide):
    """A guide link as the markdown source file it points at: 'causes/#x' -> 'causes.md#x'."""
    page, _, anchor = guide.partition("/#")
    return page.rstrip("/") + ".md" + ("#" + anchor if anchor else "")


def policy_table(lang):
    """The rule table as markdown, for the guidance page that explains the check."""
    lines = ["| {} | {} | {} |".format(*(text(lang, "rules." + column) for column in ("question", "answer", "says"))),
             "|---|---|---|"]
    for question, answer, says, guide in policy_rows(lang):
        lines.append("| [{}]({}) | {} | {} |".format(question, guide_source(guide), answer, says))
    return "\n".join(lines)


def stop_card(lang):
    """The stop card: the signs to stop at once mid-run, then the signs that need more than
    stopping (the emergency number now; getting checked), as HTML a page can carry anywhere."""
    items = "".join("<li>{}</li>".format(html.escape(first_capital(text(lang, sign)))) for sign in STOP_SIGNS)
    more = "".join("<p>{}</p>".format(html.escape(text(lang, key))) for key in STOP_CARD_MORE)
    return ('<div class="stop-card" role="note" aria-label="{}">'
            "<p><strong>{}:</strong></p><ul>{}</ul>{}</div>".format(
                html.escape(text(lang, "stop.card")), html.escape(text(lang, "stop.if")), items, more))


def page_name(page_url):
    """The page a url shows, as FIGURES names it: 'adjustments/' -> 'adjustments', '' -> 'index'."""
    last = page_url.rstrip("/").rpartition("/")[2]
    return last[:-len(".html")] if last.endswith(".html") else last or "index"


def figure_function(page_url, lang=DEFAULT):
    """A page's `figure(name, ...)`: its pictures in lang, side by side when more than one.

    The first pictures on a page load at once, as they may be in the first
    screen; the rest load when scrolled near. A picture belongs to one page
    (figures.FIGURES), so using it elsewhere fails the build.
    """
    page, prefix, shown = page_name(page_url), to_root(page_url), []

    def figure(*names):
        for name in names:
            if figures.FIGURE_BY_NAME.get(name, {}).get("page") != page:
                raise jinja2.TemplateRuntimeError("no figure {!r} for this page (its figures: {})".format(
                    name, ", ".join(f["name"] for f in figures.FIGURES if f["page"] == page) or "none"))
        images = "".join(figures.figure_html(name, prefix, lazy=bool(shown), lang=lang) for name in names)
        shown.extend(names)
        return '<p class="figures">{}</p>'.format(images)

    return figure


# The catalogue's texts a guidance page may say in place, by the name it uses for them.
GUIDANCE_TEXTS = {
    "BACK_TO_RUNNING": "back_to_running",
    "ASK_BEFORE_RUNNING": "care.ask_before_running",
    "CALL_NOW": "emergency.call_now",
    "EMERGENCY_NUMBERS": "emergency.numbers",
    "INJURY_CARE": "care.injury",
    "INJURY_CALL": "care.injury_call",
    "LEGS_CARE": "care.legs",
    "IF_CHEST": "emergency.if_chest",
    "NOT_SURE": "question.not_sure",
}


def markdown_context(page_url="", contact_email="", lang=DEFAULT):
    """The variables a guidance page may use, e.g. {{ PAIN_STOP_AT }}, {{ figure("sitting") }}."""
    context = {name: text(lang, key) for name, key in GUIDANCE_TEXTS.items()}
    context.update({
        "PAIN_STOP_AT": PAIN_STOP_AT,
        "MILD_PAIN_MAX": MILD_PAIN[1],
        "PAIN_SEVERE_AT": PAIN_SEVERE_AT,
        "SOURCE_TITLE": SOURCE_TITLE,
        "CONTACT_EMAIL": contact_email,
        "policy_table": policy_table(lang),
        "stop_card": stop_card(lang),
        "figure": figure_function(page_url, lang),
    })
    return context


def form_groups():
    """The form's fieldsets: (legend's key, questions) in the order shown."""
    return [(legend, [QUESTION_BY_KEY[key] for key in keys]) for legend, keys in GROUPS]

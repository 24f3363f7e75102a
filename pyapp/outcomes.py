"""What the runner is told: one entry per level, one sentence per reason.

The tables name the texts by key; their words, in each language, are in the
catalogues (pyapp/texts_<lang>.py), held to plain reading levels by the tests. Each
reason links to the guidance section that explains it. An outcome's advice
follows the reasons behind it (ARCHITECTURE.md rule 2): a line marked IF is given
only when that reason fired, UNLESS only when it did not.
"""

from pyapp.policy import RULES
from pyapp.questions import QUESTION_BY_KEY
from pyapp.texts import first_capital, text, texts

CAVEAT = "caveat"

# "your local emergency number" and example numbers (our addition: the source names none).
CALL_NOW = ("emergency.call_now", "emergency.numbers")
# Any later chest pain or trouble breathing: the emergency number now, wherever it is named.
IF_CHEST = ("emergency.if_chest", "emergency.numbers")

# The signs that mean stop at once, mid-run: the stop card, and the modify outcome.
# Every stop sign of the source (ARCHITECTURE.md rule 2, "stop"), each as a runner notices it mid-run.
STOP_SIGNS = ("stop.pain", "stop.sharp", "stop.worse", "stop.spreads", "stop.form")
# What the stop card says after them: the signs that need more than stopping, each with its
# urgency as the results give it (ARCHITECTURE.md rule 2: the same sign, the same urgency).
STOP_CARD_MORE = ("emergency.if_chest", "card.nerves")

# When a runner who was told to stop may run again (with changes): the "modify" rule,
# no more certain than the source ("modification may be possible"); text "back_to_running".

# Where a result says more than its title, what the rule table adds (reason id: key).
RULE_TABLE_NOTES = {"spread_radiates": "care.ask_before_running"}

ALWAYS = "always"
IF = "if"
UNLESS = "unless"

# Each level: its title, its first line ("now": the first row that applies, so the
# action leads), and its advice (every row that applies). Rows read (when, reason id, the
# keys of what it says, said together). After a serious fall, crash or injury: emergency
# care, not a wait for a clinic slot (ARCHITECTURE.md rule 2).
OUTCOMES = {
    "urgent": {
        "title": "urgent.title",
        "now": (
            (IF, "chest_or_breathing", CALL_NOW),
            (IF, "legs_or_bladder", ("care.legs", "emergency.numbers")),
            (IF, "trauma", ("care.injury", "care.injury_call", "emergency.numbers")),
        ),
        "advice": (
            (IF, "chest_or_breathing", ("emergency.if_chest", "care.do_not_run")),
            (IF, "legs_or_bladder", ("urgent.legs", "care.legs", "care.do_not_run")),
            (IF, "trauma", ("urgent.injury", "care.injury", "care.injury_call", "care.do_not_run")),
            (ALWAYS, "", ("urgent.until_checked",)),
        ),
    },
    "professional": {
        "title": "professional.title",
        "now": (
            (IF, "systemic", ("professional.now_doctor",)),
            (ALWAYS, "", ("professional.now",)),
        ),
        "advice": (
            (ALWAYS, "", ("professional.rest",)),
            (IF, "systemic", ("professional.doctor",)),
            (ALWAYS, "", ("professional.tell",)),
            (ALWAYS, "", IF_CHEST),
        ),
    },
    "stop": {
        "title": "stop.title",
        "now": ((ALWAYS, "", ("stop.now",)),),
        "advice": (
            (ALWAYS, "", ("stop.rest",)),
            (UNLESS, "spread_radiates", ("stop.check_again", "back_to_running")),
            (IF, "spread_radiates", ("stop.spread_advice", "care.ask_before_running")),
            (ALWAYS, "", ("stop.lasts",)),
            (ALWAYS, "", ("stop.nerves",)),
            (ALWAYS, "", IF_CHEST),
        ),
    },
    "modify": {
        "title": "modify.title",
        "now": ((ALWAYS, "", ("modify.now",)),),
        "advice": (
            (ALWAYS, "", ("stop.if_any",) + STOP_SIGNS),
            (ALWAYS, "", ("modify.if_spreads", "care.ask_before_running")),
            (ALWAYS, "", ("modify.nerves",)),
            (ALWAYS, "", IF_CHEST),
            (ALWAYS, "", ("modify.warm_up",)),
            (ALWAYS, "", ("modify.tall",)),
            (ALWAYS, "", ("modify.shoulders",)),
            (ALWAYS, "", ("modify.arms",)),
            (ALWAYS, "", ("modify.hands",)),
            (ALWAYS, "", ("modify.pack",)),
            (ALWAYS, "", ("modify.long_runs",)),
            (ALWAYS, "", ("modify.after",)),
        ),
    },
    "run": {
        "title": "run.title",
        "now": ((ALWAYS, "", ("run.now",)),),
        "advice": (
            (ALWAYS, "", ("run.tall",)),
            (ALWAYS, "", ("run.relaxed",)),
            (ALWAYS, "", ("run.pack",)),
            (ALWAYS, "", ("run.pain_starts",)),
        ),
    },
}


def sign(lang, key):
    """A stop sign as a sentence: "The pain reaches 4 out of 10."."""
    words = text(lang, key)
    return first_capital(words) + "."


def said(lang, keys):
    """What a row says: its keys' texts, one after another; the stop signs as sentences."""
    return " ".join(sign(lang, key) if key in STOP_SIGNS else text(lang, key) for key in keys)


def applies(row, reason_ids):
    when, reason_id, _keys = row
    return when == ALWAYS or (when == IF) == (reason_id in reason_ids)


def advice(lang, level, reason_ids):
    """What to do, for a level and the reasons that fired."""
    return [said(lang, row[2]) for row in OUTCOMES[level]["advice"] if applies(row, reason_ids)]


def first_line(lang, level, reason_ids):
    """The line that leads the result: the action, for the reasons that fired."""
    return [said(lang, row[2]) for row in OUTCOMES[level]["now"] if applies(row, reason_ids)][0]


def title(lang, level):
    return text(lang, OUTCOMES[level]["title"])


def headline(lang, level, now):
    """What the bar docked to the bottom of the screen says: an urgent result leads with the action,
    its first line (now)."""
    if level == "urgent":
        return now
    return text(lang, "result.headline", title=title(lang, level))


# reason id: (the keys of what it means, in a sentence or two; where the guidance explains it,
# when not the guide of the question the reason's rule reads)
REASONS = {
    "chest_or_breathing": (("reason.chest_or_breathing",), None),
    "legs_or_bladder": (("reason.legs_or_bladder",), None),
    "trauma": (("reason.trauma",), None),
    "neuro": (("reason.neuro",), None),
    "systemic": (("reason.systemic",), None),
    "spread_arms": (("reason.spread_arms",), None),
    "over_2_weeks": (("reason.over_2_weeks",), None),
    "injury": (("reason.injury",), None),
    "night": (("reason.night",), None),
    "pain_8_plus": (("reason.pain_8_plus",), "warning-signs/#severe-pain"),
    "pain_4_plus": (("reason.pain_4_plus",), None),
    "sharp": (("reason.sharp",), None),
    "worsening": (("reason.worsening",), None),
    "persists_after_stopping": (("reason.persists_after_stopping",), None),
    "changes_form": (("reason.changes_form",), None),
    "spread_radiates": (("reason.spread_radiates", "care.ask_before_running"), None),
    "mild_pain": (("reason.mild_pain",), "adjustments/"),
    "no_pain": (("reason.no_pain",), "causes/"),
}


def guide(reason_id):
    """Where the guidance explains a reason: its own, else its question's."""
    own = REASONS[reason_id][1]
    if own:
        return own
    key = [rule[2] for rule in RULES if rule[1] == reason_id][0]
    return QUESTION_BY_KEY[key]["guide"]


def reason(lang, reason_id):
    """One reason as a result lists it: {"id", "text", "guide"}."""
    return {"id": reason_id, "text": texts(lang, REASONS[reason_id][0]), "guide": guide(reason_id)}

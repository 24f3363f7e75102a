"""The questionnaire as data: one row per answer key of ARCHITECTURE.md rule 1.

Each question names the keys of what a runner reads (its words are in the catalogues,
pyapp/texts_<lang>.py), the answers it allows, its default, the sentence of the source
it comes from and the guidance that explains it.
The validation, the JSON form and the log's columns follow this table's order
(ARCHITECTURE.md rule 1); the form on /check/, the share link and the printed summary
follow GROUPS, the order the check asks in (ARCHITECTURE.md rule 7).
"""

SCALE = "scale"
CHOICE = "choice"
YES_NO = "yes_no"

NOT_SURE = "question.not_sure"

# A yes/no answer: its value, how the form and the share link spell it, its label's key.
YES_NO_ANSWERS = ((True, "1", "answer.yes"), (False, "0", "answer.no"))

# Where the source is silent on a sign a triage tool must not miss, a question's "source" names
# the NHS's public page on back pain, on the safe side (SPEC section 1, "NHS"; the about page names it).

# The schema version of the log (pyapp/log_store.py) from which a question is asked: a result saved
# before then shows it as "not asked then" (ARCHITECTURE.md rule 8). Without "since": asked from the start.
FIRST_ASKED = 0

PAIN_MIN = 0
PAIN_MAX = 10
# Where the rules (pyapp/policy.py) cut the pain scale. Defined here, beside the scale, so the
# texts can name them as {names} without importing the rules (issue 28); policy.py reads them.
PAIN_STOP_AT = 4  # "If the pain begins at level 4 or higher ... stop running"
MILD_PAIN = (1, PAIN_STOP_AT - 1)  # "a mild ache rated 3 or less"
# Severe pain, even with no other sign, is checked without delay: the site's own rule, on the
# safe side (NHS; severe pain that came on by itself can be serious). The about page says so.
PAIN_SEVERE_AT = 8
WEEK = 7

QUESTIONS = (
    {
        "key": "pain",
        "kind": SCALE,
        "min": PAIN_MIN,
        "max": PAIN_MAX,
        "default": None,
        "text": "question.pain.text",
        "help": "question.pain.help",
        "ends": ("question.pain.lowest", "question.pain.highest"),
        "source": "Use the 0-10 pain scale, where 0 is no pain and 10 is the worst imaginable.",
        "guide": "warning-signs/#pain-scale",
    },
    {
        "key": "quality",
        "kind": CHOICE,
        "choices": (
            ("dull", "question.quality.dull"),
            ("sharp", "question.quality.sharp"),
        ),
        "default": "dull",
        "text": "question.quality.text",
        "help": "question.quality.help",
        "source": "Sharp, stabbing, or electrical pain, especially if localized to a joint "
        "or feeling like a \u201ccatch,\u201d suggests a potential joint or nerve issue "
        "requiring immediate cessation of activity.",
        "guide": "warning-signs/#sharp-pain",
    },
    {
        "key": "spread",
        "kind": CHOICE,
        "choices": (
            ("none", "question.spread.none"),
            ("radiates", "question.spread.radiates"),
            ("arms", "question.spread.arms"),
        ),
        "default": "none",
        "text": "question.spread.text",
        "help": "question.spread.help",
        "source": "Radiating pain, particularly if it travels into your arms or hands, "
        "indicates nerve irritation and signals the need to stop and seek advice.",
        "guide": "warning-signs/#pain-that-spreads",
    },
    {
        "key": "worsening",
        "kind": YES_NO,
        "default": False,
        "text": "question.worsening.text",
        "help": "question.worsening.help",
        "source": "If the pain is a mild ache rated 3 or less and does not worsen while "
        "running, modification may be possible. If the pain begins at level 4 or higher, or "
        "if mild pain quickly escalates, stop running immediately. (Day to day: NHS, Back pain, "
        "pain that is getting worse.)",
        "guide": "warning-signs/#pain-that-gets-worse",
    },
    {
        "key": "persists_after_stopping",
        "kind": YES_NO,
        "default": False,
        "text": "question.persists_after_stopping.text",
        "help": "",
        "source": "If the pain persists after you stop running, or if it significantly "
        "changes your running form, your body requires rest.",
        "guide": "warning-signs/#pain-after-you-stop",
    },
    {
        "key": "changes_form",
        "kind": YES_NO,
        "default": False,
        "text": "question.changes_form.text",
        "help": "question.changes_form.help",
        "source": "If the pain persists after you stop running, or if it significantly "
        "changes your running form, your body requires rest.",
        "guide": "warning-signs/#pain-that-changes-how-you-run",
    },
    {
        "key": "duration",
        "kind": CHOICE,
        "choices": (
            ("under_1_week", "question.duration.under_1_week"),
            ("1_to_2_weeks", "question.duration.1_to_2_weeks"),
            ("over_2_weeks", "question.duration.over_2_weeks"),
        ),
        # the fewest days of pain each choice stands for ("more than two weeks" is day 15 on);
        # the log reads them to say which answer its dates show
        "fewest_days": (0, WEEK, 2 * WEEK + 1),
        "default": "under_1_week",
        "text": "question.duration.text",
        "help": "",
        "source": "Consult a professional if the pain persists for more than two to three "
        "weeks despite rest and self-care.",
        "guide": "warning-signs/#pain-that-lasts",
    },
    {
        "key": "neuro",
        "kind": YES_NO,
        "default": False,
        "text": "question.neuro.text",
        "help": "question.neuro.help",
        "source": "Accompanying neurological symptoms, such as numbness, tingling, or "
        "weakness in the arms or hands, signal nerve compression and must be assessed.",
        "guide": "warning-signs/#numbness-tingling-or-weakness",
    },
    {
        "key": "systemic",
        "kind": YES_NO,
        "default": False,
        "text": "question.systemic.text",
        "help": "question.systemic.help",
        "source": "Pain accompanied by systemic symptoms like fever, chills, or unexplained "
        "weight loss could indicate an underlying infection or serious condition.",
        "guide": "warning-signs/#fever-chills-or-weight-loss",
    },
    {
        "key": "chest_or_breathing",
        "kind": YES_NO,
        "default": False,
        "text": "question.chest_or_breathing.text",
        "help": "question.chest_or_breathing.help",
        "source": "Pain that interferes with breathing or is accompanied by chest pain "
        "requires prompt attention to rule out issues related to the ribs, heart, or lungs.",
        "guide": "warning-signs/#chest-pain-or-trouble-breathing",
    },
    {
        "key": "legs_or_bladder",
        "kind": YES_NO,
        "default": False,
        "text": "question.legs_or_bladder.text",
        "help": "question.legs_or_bladder.help",
        "source": "NHS, Back pain: call the emergency number or go to A&E for numbness around the "
        "bottom or genitals, trouble peeing, or loss of bladder or bowel control.",
        "guide": "warning-signs/#legs-bladder-or-bowel",
        "since": 3,
    },
    {
        "key": "trauma",
        "kind": YES_NO,
        "default": False,
        "text": "question.trauma.text",
        "help": "",
        "source": "If the pain is severe, sudden, and follows a traumatic event, seek "
        "professional advice for proper diagnosis and treatment.",
        "guide": "warning-signs/#pain-after-a-fall-or-injury",
    },
    {
        "key": "injury",
        "kind": YES_NO,
        "default": False,
        "text": "question.injury.text",
        "help": "",
        "source": "If the pain is severe, sudden, and follows a traumatic event, seek "
        "professional advice for proper diagnosis and treatment. (On the safe side for any "
        "fall, crash or blow: NHS.)",
        "guide": "warning-signs/#pain-after-a-fall-or-injury",
        "since": 3,
    },
    {
        "key": "night",
        "kind": YES_NO,
        "default": False,
        "text": "question.night.text",
        "help": "",
        "source": "NHS, Back pain: ask for an urgent GP appointment for pain that is worse at night "
        "or stops you sleeping.",
        "guide": "warning-signs/#pain-at-night",
        "since": 3,
    },
)

# How the form asks, in this order (ARCHITECTURE.md rule 7): the emergency signs first,
# then the signs that need a professional, then the pain, then running.
GROUPS = (
    ("group.emergency", ("chest_or_breathing", "legs_or_bladder", "trauma")),
    ("group.checked", ("neuro", "systemic", "injury", "night", "spread", "duration")),
    ("group.pain", ("pain", "quality")),
    ("group.running", ("worsening", "persists_after_stopping", "changes_form")),
)
ASKED = tuple(key for _legend, keys in GROUPS for key in keys)

QUESTION_BY_KEY = {}
for _question in QUESTIONS:
    QUESTION_BY_KEY[_question["key"]] = _question

KEYS = tuple(q["key"] for q in QUESTIONS)


def asked_since(question):
    """The log's schema version from which the question is asked."""
    return question.get("since", FIRST_ASKED)


def help_keys(question):
    """The catalogue keys of what is said under a question: its help and, for a yes/no warning
    sign, the safe side ("Not sure? Answer yes.", ARCHITECTURE.md rule 7)."""
    keys = (question["help"],) if question["help"] else ()
    return keys + (NOT_SURE,) if question["kind"] == YES_NO else keys


def choice_values(question):
    """The allowed values of a choice question, in the order shown."""
    return tuple(value for value, _label in question["choices"])


def answer_values(question):
    """Every answer a question allows."""
    if question["kind"] == SCALE:
        return tuple(range(question["min"], question["max"] + 1))
    if question["kind"] == CHOICE:
        return choice_values(question)
    return (True, False)


def is_whole_number(text):
    """Only the ASCII digits 0-9: str.isdigit() also takes '²' or '٣' in CPython."""
    return text != "" and all("0" <= char <= "9" for char in text)

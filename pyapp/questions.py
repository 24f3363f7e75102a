"""The questionnaire as data: one row per answer key of ARCHITECTURE.md rule 1.

Each question says what a runner reads, the answers it allows, its default,
the sentence of the source it comes from and the guidance that explains it.
The validation, the JSON form and the log's columns follow this table's order
(ARCHITECTURE.md rule 1); the form on /check/, the share link and the printed summary
follow GROUPS, the order the check asks in (ARCHITECTURE.md rule 7).
"""

SCALE = "scale"
CHOICE = "choice"
YES_NO = "yes_no"

# A yes/no answer: its value, how the form and the share link spell it, its label.
YES_NO_ANSWERS = ((True, "1", "Yes"), (False, "0", "No"))

PAIN_MIN = 0
PAIN_MAX = 10
WEEK = 7

QUESTIONS = (
    {
        "key": "pain",
        "kind": SCALE,
        "min": PAIN_MIN,
        "max": PAIN_MAX,
        "default": None,
        "text": "How bad is the pain at its worst?",
        "help": "Think of now and of your last run, and give the higher number. "
        "0 means no pain. 10 means the worst pain you can imagine.",
        "ends": ("No pain", "Worst imaginable"),
        "source": "Use the 0-10 pain scale, where 0 is no pain and 10 is the worst imaginable.",
        "guide": "warning-signs/#pain-scale",
    },
    {
        "key": "quality",
        "kind": CHOICE,
        "choices": (
            ("dull", "A dull, general ache or tightness"),
            ("sharp", "Sharp, stabbing or electric, or it feels like a \u201ccatch\u201d"),
        ),
        "default": "dull",
        "text": "What does the pain feel like?",
        "help": "",
        "source": "Sharp, stabbing, or electrical pain, especially if localized to a joint "
        "or feeling like a \u201ccatch,\u201d suggests a potential joint or nerve issue "
        "requiring immediate cessation of activity.",
        "guide": "warning-signs/#sharp-pain",
    },
    {
        "key": "spread",
        "kind": CHOICE,
        "choices": (
            ("none", "It stays in the muscles between my shoulder blades"),
            ("radiates", "It spreads, for example to my side or up to my neck"),
            ("arms", "It travels into my arms or hands"),
        ),
        "default": "none",
        "text": "Where is the pain?",
        "help": "Does it wrap round to the front of your chest? Then answer yes to the chest pain "
        "question at the top.",
        "source": "Radiating pain, particularly if it travels into your arms or hands, "
        "indicates nerve irritation and signals the need to stop and seek advice.",
        "guide": "warning-signs/#pain-that-spreads",
    },
    {
        "key": "worsening",
        "kind": YES_NO,
        "default": False,
        "text": "Does the pain get worse while you run?",
        "help": "Answer yes if it gets worse at all, quickly or slowly.",
        "source": "If the pain is a mild ache rated 3 or less and does not worsen while "
        "running, modification may be possible. If the pain begins at level 4 or higher, or "
        "if mild pain quickly escalates, stop running immediately.",
        "guide": "warning-signs/#pain-that-gets-worse",
    },
    {
        "key": "persists_after_stopping",
        "kind": YES_NO,
        "default": False,
        "text": "Is the pain still there after you stop running?",
        "help": "",
        "source": "If the pain persists after you stop running, or if it significantly "
        "changes your running form, your body requires rest.",
        "guide": "warning-signs/#pain-after-you-stop",
    },
    {
        "key": "changes_form",
        "kind": YES_NO,
        "default": False,
        "text": "Does the pain clearly change the way you run?",
        "help": "For example, you hunch over because of the pain, take shorter steps, or hold "
        "yourself stiffly to protect your back.",
        "source": "If the pain persists after you stop running, or if it significantly "
        "changes your running form, your body requires rest.",
        "guide": "warning-signs/#pain-that-changes-how-you-run",
    },
    {
        "key": "duration",
        "kind": CHOICE,
        "choices": (
            ("under_1_week", "Less than a week"),
            ("1_to_2_weeks", "One to two weeks"),
            ("over_2_weeks", "More than two weeks"),
        ),
        # the fewest days of pain each choice stands for ("more than two weeks" is day 15 on);
        # the log reads them to say which answer its dates show
        "fewest_days": (0, WEEK, 2 * WEEK + 1),
        "default": "under_1_week",
        "text": "How long have you had the pain, even with rest and self-care?",
        "help": "",
        "source": "Consult a professional if the pain persists for more than two to three "
        "weeks despite rest and self-care.",
        "guide": "warning-signs/#pain-that-lasts",
    },
    {
        "key": "neuro",
        "kind": YES_NO,
        "default": False,
        "text": "Do you have numbness, tingling or weakness in your arms or hands?",
        "help": "",
        "source": "Accompanying neurological symptoms, such as numbness, tingling, or "
        "weakness in the arms or hands, signal nerve compression and must be assessed.",
        "guide": "warning-signs/#numbness-tingling-or-weakness",
    },
    {
        "key": "systemic",
        "kind": YES_NO,
        "default": False,
        "text": "Do you have a fever, chills, or weight loss you can\u2019t explain?",
        "help": "",
        "source": "Pain accompanied by systemic symptoms like fever, chills, or unexplained "
        "weight loss could indicate an underlying infection or serious condition.",
        "guide": "warning-signs/#fever-chills-or-weight-loss",
    },
    {
        "key": "chest_or_breathing",
        "kind": YES_NO,
        "default": False,
        "text": "Do you have chest pain, or pain that makes it hard to breathe?",
        "help": "Answer yes if your back pain wraps round to the front of your chest.",
        "source": "Pain that interferes with breathing or is accompanied by chest pain "
        "requires prompt attention to rule out issues related to the ribs, heart, or lungs.",
        "guide": "warning-signs/#chest-pain-or-trouble-breathing",
    },
    {
        "key": "trauma",
        "kind": YES_NO,
        "default": False,
        "text": "Did severe pain start suddenly after a fall, a crash or another injury?",
        "help": "",
        "source": "If the pain is severe, sudden, and follows a traumatic event, seek "
        "professional advice for proper diagnosis and treatment.",
        "guide": "warning-signs/#pain-after-a-fall-or-injury",
    },
)

# How the form asks, in this order (ARCHITECTURE.md rule 7): the emergency signs first,
# then the signs that need a professional, then the pain, then running.
GROUPS = (
    ("Signs of an emergency", ("chest_or_breathing", "trauma")),
    ("Signs to get checked", ("neuro", "systemic", "spread", "duration")),
    ("The pain", ("pain", "quality")),
    ("When you run", ("worsening", "persists_after_stopping", "changes_form")),
)
ASKED = tuple(key for _legend, keys in GROUPS for key in keys)

QUESTION_BY_KEY = {}
for _question in QUESTIONS:
    QUESTION_BY_KEY[_question["key"]] = _question

KEYS = tuple(q["key"] for q in QUESTIONS)


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


NOT_ANSWERED = "Not answered"


def answer_label(question, value):
    """An answer as the runner reads it: "Yes", a choice's label, "3 out of 10", or "Not answered"."""
    if value is None:
        return NOT_ANSWERED
    if question["kind"] == YES_NO:
        return [label for known, _spelling, label in YES_NO_ANSWERS if known == value][0]
    if question["kind"] == CHOICE:
        return dict(question["choices"])[value]
    return "{} out of {}".format(value, question["max"])


def answer_rows(answers):
    """(question, answer as the runner reads it) for every question, in the order asked."""
    rows = []
    for key in ASKED:
        question = QUESTION_BY_KEY[key]
        rows.append((question["text"], answer_label(question, answers.get(key))))
    return rows

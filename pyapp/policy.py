"""The decision policy: ARCHITECTURE.md rule 2 as a table, read top to bottom.

The level is that of the first row that fires. Every warning row that fires
(urgent, professional, stop) is a reason; the last two rows only speak when
no warning sign fired.

Answers may be partial (ARCHITECTURE.md rule 3): a level is only given when every
way of answering the missing questions gives the same one.
"""

from pyapp.questions import MILD_PAIN, PAIN_SEVERE_AT, PAIN_STOP_AT, QUESTIONS, answer_values

LEVELS = ("urgent", "professional", "stop", "modify", "run")  # most urgent first
WARNING_LEVELS = ("urgent", "professional", "stop")

# The thresholds (PAIN_STOP_AT, MILD_PAIN, PAIN_SEVERE_AT) are the pain scale's marks in questions.py.
STOP_PAIN = (PAIN_STOP_AT, PAIN_SEVERE_AT - 1)  # the stop row's pain: above it, the professional row's

IS = "is"
AT_LEAST = "at least"
BETWEEN = "between"

# level           reason id                  answer key                 test      value
RULES = (
    ("urgent",       "chest_or_breathing",      "chest_or_breathing",      IS,       True),
    ("urgent",       "legs_or_bladder",         "legs_or_bladder",         IS,       True),
    ("urgent",       "trauma",                  "trauma",                  IS,       True),
    ("professional", "neuro",                   "neuro",                   IS,       True),
    ("professional", "systemic",                "systemic",                IS,       True),
    ("professional", "spread_arms",             "spread",                  IS,       "arms"),
    ("professional", "over_2_weeks",            "duration",                IS,       "over_2_weeks"),
    ("professional", "injury",                  "injury",                  IS,       True),
    ("professional", "night",                   "night",                   IS,       True),
    ("professional", "pain_8_plus",             "pain",                    AT_LEAST, PAIN_SEVERE_AT),
    ("stop",         "pain_4_plus",             "pain",                    BETWEEN,  STOP_PAIN),
    ("stop",         "sharp",                   "quality",                 IS,       "sharp"),
    ("stop",         "worsening",               "worsening",               IS,       True),
    ("stop",         "persists_after_stopping", "persists_after_stopping", IS,       True),
    ("stop",         "changes_form",            "changes_form",            IS,       True),
    ("stop",         "spread_radiates",         "spread",                  IS,       "radiates"),
    ("modify",       "mild_pain",               "pain",                    BETWEEN,  MILD_PAIN),
    ("run",          "no_pain",                 "pain",                    IS,       0),
)


def fires(rule, answers):
    """Whether one rule row holds; False while its question is unanswered."""
    _level, _reason, key, test, value = rule
    if key not in answers:
        return False
    answer = answers[key]
    if test == AT_LEAST:
        return answer >= value
    if test == BETWEEN:
        return value[0] <= answer <= value[1]
    return answer == value


# Each rule reads one answer, so a level is the most urgent of what each answer
# fires on its own. RANKS[key] lists (value, the rank of the most urgent level
# that answer fires: an index into LEVELS, or NO_LEVEL).
NO_LEVEL = len(LEVELS)


def rank(key, value):
    ranks = [LEVELS.index(rule[0]) for rule in RULES if rule[2] == key and fires(rule, {key: value})]
    return min(ranks) if ranks else NO_LEVEL


RANKS = {}
for _question in QUESTIONS:
    RANKS[_question["key"]] = [(v, rank(_question["key"], v)) for v in answer_values(_question)]


def _answer_rank(key, value):
    for known, known_rank in RANKS[key]:
        if known == value and type(known) is type(value):
            return known_rank
    return NO_LEVEL


def _rank_bounds(answers):
    """The most and the least urgent rank any completion of the answers can have."""
    most = least = NO_LEVEL
    for key in RANKS:
        if key in answers:
            ranks = (_answer_rank(key, answers[key]),)
        else:
            ranks = [known_rank for _value, known_rank in RANKS[key]]
        most = min(most, min(ranks))
        least = min(least, max(ranks))
    return most, least


def decide(answers):
    """The level and the ids of the reasons behind it, most urgent first.

    The level is None while the missing answers could still change it.
    """
    most, least = _rank_bounds(answers)
    if most != least:
        return None, []
    level = LEVELS[most]
    fired = [rule for rule in RULES if fires(rule, answers)]
    warnings = [rule[1] for rule in fired if rule[0] in WARNING_LEVELS]
    return level, warnings or [rule[1] for rule in fired if rule[0] == level]

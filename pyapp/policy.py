"""The decision policy: SPEC section 2 as a table, read top to bottom.

The level is that of the first row that fires. Every warning row that fires
(urgent, professional, stop) is a reason; the last two rows only speak when
no warning sign fired.
"""

LEVELS = ("urgent", "professional", "stop", "modify", "run")  # most urgent first
WARNING_LEVELS = ("urgent", "professional", "stop")

PAIN_STOP_AT = 4  # "If the pain begins at level 4 or higher ... stop running"
MILD_PAIN = (1, PAIN_STOP_AT - 1)  # "a mild ache rated 3 or less"

IS = "is"
AT_LEAST = "at least"
BETWEEN = "between"

# level           reason id                  answer key                 test      value
RULES = (
    ("urgent",       "chest_or_breathing",      "chest_or_breathing",      IS,       True),
    ("urgent",       "trauma",                  "trauma",                  IS,       True),
    ("professional", "neuro",                   "neuro",                   IS,       True),
    ("professional", "systemic",                "systemic",                IS,       True),
    ("professional", "spread_arms",             "spread",                  IS,       "arms"),
    ("professional", "over_2_weeks",            "duration",                IS,       "over_2_weeks"),
    ("stop",         "pain_4_plus",             "pain",                    AT_LEAST, PAIN_STOP_AT),
    ("stop",         "sharp",                   "quality",                 IS,       "sharp"),
    ("stop",         "worsening",               "worsening",               IS,       True),
    ("stop",         "persists_after_stopping", "persists_after_stopping", IS,       True),
    ("stop",         "changes_form",            "changes_form",            IS,       True),
    ("stop",         "spread_radiates",         "spread",                  IS,       "radiates"),
    ("modify",       "mild_pain",               "pain",                    BETWEEN,  MILD_PAIN),
    ("run",          "no_pain",                 "pain",                    IS,       0),
)


def fires(rule, answers):
    """Whether one rule row holds for a complete, valid answer set."""
    _level, _reason, key, test, value = rule
    answer = answers[key]
    if test == AT_LEAST:
        return answer >= value
    if test == BETWEEN:
        return value[0] <= answer <= value[1]
    return answer == value


def decide(answers):
    """The level and the ids of the reasons behind it, most urgent first."""
    fired = [rule for rule in RULES if fires(rule, answers)]
    level = fired[0][0]
    warnings = [rule[1] for rule in fired if rule[0] in WARNING_LEVELS]
    return level, warnings or [fired[0][1]]


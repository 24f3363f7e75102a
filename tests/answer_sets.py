"""Every answer set ARCHITECTURE.md rule 1 allows, and ARCHITECTURE.md rule 2 restated as a test oracle;
and answer sets it refuses, each with the one-line message it gets.

The oracle is written from SPEC's words on purpose, apart from pyapp's
rule table, so that a mistake in the table cannot also be in the check.
"""

import itertools
import random

DOMAINS = {
    "pain": list(range(0, 11)),
    "quality": ["dull", "sharp"],
    "spread": ["none", "radiates", "arms"],
    "worsening": [False, True],
    "persists_after_stopping": [False, True],
    "changes_form": [False, True],
    "duration": ["under_1_week", "1_to_2_weeks", "over_2_weeks"],
    "neuro": [False, True],
    "systemic": [False, True],
    "chest_or_breathing": [False, True],
    "legs_or_bladder": [False, True],
    "trauma": [False, True],
    "injury": [False, True],
    "night": [False, True],
}
# Every question but the pain answered with its mildest answer: a runner who has none of the signs.
NO_SIGNS = {key: values[0] for key, values in DOMAINS.items() if key != "pain"}


def as_form(answers):
    """Answers as the form and the share link spell them (SPEC section 4: booleans as 1/0)."""
    return {key: ("1" if value else "0") if type(value) is bool else str(value) for key, value in answers.items()}


NO_SIGNS_FORM = as_form(NO_SIGNS)

# A whole share link as the site made it before legs_or_bladder, injury and night were asked:
# no sign, pain 2.
OLD_LINK = ("chest_or_breathing=0&trauma=0&neuro=0&systemic=0&spread=none&duration=under_1_week&pain=2"
            "&quality=dull&worsening=0&persists_after_stopping=0&changes_form=0")
KEYS = sorted(DOMAINS)


def partial_answer_sets(count, seed=7):
    """Partial answer sets, the same every run: each key answered or left out at random."""
    rng = random.Random(seed)
    for _ in range(count):
        yield {key: rng.choice(values) for key, values in DOMAINS.items() if rng.random() < 0.6}


def all_answer_sets():
    for values in itertools.product(*(DOMAINS[key] for key in KEYS)):
        yield dict(zip(KEYS, values))


def spec_level(a):
    """The level ARCHITECTURE.md rule 2 gives a complete answer set."""
    if a["chest_or_breathing"] or a["legs_or_bladder"] or a["trauma"]:
        return "urgent"
    if (a["neuro"] or a["systemic"] or a["spread"] == "arms" or a["duration"] == "over_2_weeks" or a["injury"]
            or a["night"] or a["pain"] >= 8):
        return "professional"
    if (a["pain"] >= 4 or a["quality"] == "sharp" or a["worsening"] or a["persists_after_stopping"]
            or a["changes_form"] or a["spread"] == "radiates"):
        return "stop"
    return "modify" if a["pain"] >= 1 else "run"


URGENCY = {"urgent": 4, "professional": 3, "stop": 2, "modify": 1, "run": 0}


ALLOWED_KEYS = ("pain, quality, spread, worsening, persists_after_stopping, changes_form, "
                "duration, neuro, systemic, chest_or_breathing, legs_or_bladder, trauma, injury, night")

BAD_ANSWERS = (
    # (answers, the one-line message)
    ({}, "pain: missing; it is required, a whole number from 0 to 10"),
    ({"pain": True}, "pain: must be a whole number from 0 to 10, got true"),  # a bool is no number
    ({"pain": 2.0}, "pain: must be a whole number from 0 to 10, got 2.0"),
    ({"pain": "2"}, 'pain: must be a whole number from 0 to 10, got "2"'),
    ({"pain": -1}, "pain: must be a whole number from 0 to 10, got -1"),
    ({"pain": 11}, "pain: must be a whole number from 0 to 10, got 11"),
    ({"pain": None}, "pain: must be a whole number from 0 to 10, got null"),
    ({"pain": 2, "quality": "burning"}, 'quality: must be one of "dull", "sharp", got "burning"'),
    ({"pain": 2, "spread": "legs"}, 'spread: must be one of "none", "radiates", "arms", got "legs"'),
    ({"pain": 2, "duration": "3 weeks"},
     'duration: must be one of "under_1_week", "1_to_2_weeks", "over_2_weeks", got "3 weeks"'),
    ({"pain": 2, "neuro": 1}, "neuro: must be true or false, got 1"),  # 0/1 are not JSON booleans
    ({"pain": 2, "trauma": "true"}, 'trauma: must be true or false, got "true"'),
    ({"pain": 2, "legs": True}, 'unknown key "legs": allowed keys are ' + ALLOWED_KEYS),
    ([{"pain": 2}], 'answers: must be an object of key/value pairs, got [{"pain": 2}]'),
    ({"pain": "x" * 100}, 'pain: must be a whole number from 0 to 10, got "' + "x" * 39 + "\u2026"),
)

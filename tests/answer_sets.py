"""Every answer set SPEC section 1 allows, and SPEC section 2 restated as a test oracle.

The oracle is written from SPEC's words on purpose, apart from pyapp's
rule table, so that a mistake in the table cannot also be in the check.
"""

import itertools

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
    "trauma": [False, True],
}
KEYS = sorted(DOMAINS)


def all_answer_sets():
    for values in itertools.product(*(DOMAINS[key] for key in KEYS)):
        yield dict(zip(KEYS, values))


def spec_level(a):
    """The level SPEC section 2 gives a complete answer set."""
    if a["chest_or_breathing"] or a["trauma"]:
        return "urgent"
    if a["neuro"] or a["systemic"] or a["spread"] == "arms" or a["duration"] == "over_2_weeks":
        return "professional"
    if (a["pain"] >= 4 or a["quality"] == "sharp" or a["worsening"] or a["persists_after_stopping"]
            or a["changes_form"] or a["spread"] == "radiates"):
        return "stop"
    return "modify" if a["pain"] >= 1 else "run"


URGENCY = {"urgent": 4, "professional": 3, "stop": 2, "modify": 1, "run": 0}

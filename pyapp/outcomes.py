"""What the runner is told: one entry per level, one sentence per reason.

Plain words, short sentences (the tests hold them to US grade 8). Each
reason links to the guidance section that explains it. An outcome's advice
follows the reasons behind it (ARCHITECTURE.md rule 2): a line marked IF is given
only when that reason fired, UNLESS only when it did not.
"""

from pyapp.policy import MILD_PAIN, PAIN_STOP_AT

CAVEAT = (
    "This check is general information, not a diagnosis. It does not replace a "
    "doctor or a physio (physical therapist). In an emergency, call your local emergency number."
)

# Example numbers beside "your local emergency number", for readers in the places
# the site is most read (our addition: the source names no number).
EMERGENCY_NUMBERS = "For example, 999 or 112 in the UK, 112 in the EU, 911 in the US and Canada, or 000 in Australia."
CALL_NOW = "Call your local emergency number now."
EMERGENCY = "If you get chest pain or trouble breathing, call your local emergency number."
# After a serious fall, crash or injury: emergency care, not a wait for a clinic slot (ARCHITECTURE.md rule 2).
INJURY_CARE = "Go to emergency or urgent care today."
ASK_BEFORE_RUNNING = "Ask a doctor or physio before you run again."

# The signs that mean stop at once, mid-run: the stop card, and the modify outcome.
# Every stop sign of the source (ARCHITECTURE.md rule 2, "stop"), each as a runner notices it mid-run.
STOP_SIGNS = (
    "the pain reaches {} out of 10".format(PAIN_STOP_AT),
    "it turns sharp or feels like a \u201ccatch\u201d",
    "it gets worse",
    "it spreads beyond the muscles between your shoulder blades",
    "it changes the way you run",
)
STOP_IF = "Stop running at once if"
STOP_NOW = STOP_IF + " any of these happen. " + " ".join(sign[0].upper() + sign[1:] + "." for sign in STOP_SIGNS)

# When a runner who was told to stop may run again (with changes): the "modify" rule,
# no more certain than the source ("modification may be possible").
BACK_TO_RUNNING = (
    "You may be able to run with changes once the pain is {} or less and dull. It should stay "
    "between your shoulder blades. It should not get worse, stay after you stop, or change how "
    "you run.".format(MILD_PAIN[1])
)

# Where a result says more than its title, what the rule table adds (reason id: words).
RULE_TABLE_NOTES = {"spread_radiates": ASK_BEFORE_RUNNING}

ALWAYS = "always"
IF = "if"
UNLESS = "unless"

# Each level: its title, its first line ("now": the first row that applies, so the
# action leads), and its advice (every row that applies). Rows read (when, reason id, text).
OUTCOMES = {
    "urgent": {
        "title": "Stop and get medical help",
        "now": (
            (IF, "chest_or_breathing", CALL_NOW + " " + EMERGENCY_NUMBERS),
            (IF, "trauma", INJURY_CARE + " Do not run."),
        ),
        "advice": (
            (IF, "chest_or_breathing", "Chest pain or trouble breathing? " + CALL_NOW + " Do not run."),
            (IF, "trauma", "Severe pain that came on all at once after a fall, crash or injury? " + INJURY_CARE),
            (ALWAYS, "", "Do not run until you have been checked."),
        ),
    },
    "professional": {
        "title": "Stop running and get checked without delay",
        "now": (
            (IF, "systemic", "Stop running, and see a doctor without delay."),
            (ALWAYS, "", "Stop running, and see a doctor or physio without delay."),
        ),
        "advice": (
            (ALWAYS, "", "Rest from running until you have been checked."),
            (IF, "systemic", "With a fever, chills or weight loss you can\u2019t explain, see a doctor, "
                             "not only a physio."),
            (ALWAYS, "", "Tell them about the signs listed above and how long you have had the pain."),
            (ALWAYS, "", EMERGENCY),
        ),
    },
    "stop": {
        "title": "Stop running today and rest",
        "now": ((ALWAYS, "", "Do not run today. Rest and let your back settle."),),
        "advice": (
            (ALWAYS, "", "Rest from running. Do not run through the pain."),
            (UNLESS, "spread_radiates", "Before your next run, do this check again. " + BACK_TO_RUNNING),
            (IF, "spread_radiates", "Pain that spreads is a sign to stop and get advice. " + ASK_BEFORE_RUNNING),
            (ALWAYS, "", "If the pain lasts more than two weeks, even with rest, see a doctor or physiotherapist."),
            (ALWAYS, "", "If you get numbness, tingling or weakness in your arms or hands, or a fever, "
                         "see a doctor. " + EMERGENCY),
        ),
    },
    "modify": {
        "title": "You may be able to run, with changes",
        "now": ((ALWAYS, "", "Running with a few changes may be possible. Stop at once if a sign on the "
                             "stop card shows up."),),
        "advice": (
            (ALWAYS, "", STOP_NOW),
            (ALWAYS, "", "If it spreads, stop and get advice. " + ASK_BEFORE_RUNNING),
            (ALWAYS, "", "If you get numbness, tingling or weakness in your arms or hands, stop running "
                         "and get it checked."),
            (ALWAYS, "", EMERGENCY),
            (ALWAYS, "", "Warm up first. Arm circles and gentle torso twists get your upper back ready."),
            (ALWAYS, "", "Run tall: lift your chest a little and look straight ahead."),
            (ALWAYS, "", "Keep your shoulders slightly back and down, not hunched or shrugged."),
            (ALWAYS, "", "Swing your arms straight back and forth. Do not let them cross your body."),
            (ALWAYS, "", "Keep your hands loose. Do not clench your fists."),
            (ALWAYS, "", "Check that a vest or pack fits well. Its straps should not pull your shoulders forward."),
            (ALWAYS, "", "On long runs, check your form as you tire."),
            (ALWAYS, "", "After your run, gently stretch and foam roll your upper back."),
        ),
    },
    "run": {
        "title": "Run as usual",
        "now": ((ALWAYS, "", "You can run as usual today."),),
        "advice": (
            (ALWAYS, "", "Run tall, with your chest lifted a little and your eyes ahead."),
            (ALWAYS, "", "Keep your hands loose and your shoulders relaxed. Do not clench or shrug."),
            (ALWAYS, "", "Make sure a vest or pack fits well and does not pull your shoulders forward."),
            (ALWAYS, "", "If pain starts, do this check again."),
        ),
    },
}


def applies(row, reason_ids):
    when, reason_id, _text = row
    return when == ALWAYS or (when == IF) == (reason_id in reason_ids)


def advice(level, reason_ids):
    """What to do, for a level and the reasons that fired."""
    return [row[2] for row in OUTCOMES[level]["advice"] if applies(row, reason_ids)]


def first_line(level, reason_ids):
    """The line that leads the result: the action, for the reasons that fired."""
    return [row[2] for row in OUTCOMES[level]["now"] if applies(row, reason_ids)][0]


def headline(level, reason_ids):
    """What the bar docked to the bottom of the screen says: an urgent result leads with the action."""
    if level == "urgent":
        return first_line(level, reason_ids)
    return "Your result: " + OUTCOMES[level]["title"]


# reason id: (what it means, in a sentence or two; where the guidance explains it)
REASONS = {
    "chest_or_breathing": (
        "You have chest pain, or pain that makes it hard to breathe. It needs help now, to "
        "rule out a problem with your ribs, heart or lungs.",
        "warning-signs/#chest-pain-or-trouble-breathing",
    ),
    "trauma": (
        "Severe pain started suddenly after a fall, a crash or an injury. It needs to be "
        "checked today, for the right diagnosis and care.",
        "warning-signs/#pain-after-a-fall-or-injury",
    ),
    "neuro": (
        "Numbness, tingling or weakness in your arms or hands can mean a pressed nerve. "
        "It must be checked.",
        "warning-signs/#numbness-tingling-or-weakness",
    ),
    "systemic": (
        "Fever, chills or weight loss you can\u2019t explain, along with pain, could mean "
        "an infection. It could also be another serious problem. A doctor should check it.",
        "warning-signs/#fever-chills-or-weight-loss",
    ),
    "spread_arms": (
        "Pain that travels into your arms or hands points to an irritated nerve.",
        "warning-signs/#pain-that-spreads",
    ),
    "over_2_weeks": (
        "You have had the pain for more than two weeks, even with rest and self-care.",
        "warning-signs/#pain-that-lasts",
    ),
    "pain_4_plus": (
        "Your pain is {} or more out of 10. At that level, stop running.".format(PAIN_STOP_AT),
        "warning-signs/#pain-scale",
    ),
    "sharp": (
        "Sharp, stabbing or electric pain, or a \u201ccatch\u201d, can mean a joint or nerve problem.",
        "warning-signs/#sharp-pain",
    ),
    "worsening": (
        "Pain that gets worse while you run is a sign to stop.",
        "warning-signs/#pain-that-gets-worse",
    ),
    "persists_after_stopping": (
        "Pain that stays after you stop running means your body needs rest.",
        "warning-signs/#pain-after-you-stop",
    ),
    "changes_form": (
        "Pain that changes how you run means your body needs rest.",
        "warning-signs/#pain-that-changes-how-you-run",
    ),
    "spread_radiates": (
        "Pain that spreads beyond the muscles between your shoulder blades is a sign to stop. "
        + ASK_BEFORE_RUNNING,
        "warning-signs/#pain-that-spreads",
    ),
    "mild_pain": (
        "You told us your pain is mild ({} to {} out of 10) and none of the warning signs "
        "apply.".format(MILD_PAIN[0], MILD_PAIN[1]),
        "adjustments/",
    ),
    "no_pain": (
        "You told us you have no pain and none of the warning signs apply.",
        "causes/",
    ),
}


def reason(reason_id):
    """One reason as a result lists it: {"id", "text", "guide"}."""
    text, guide = REASONS[reason_id]
    return {"id": reason_id, "text": text, "guide": guide}

"""What the runner is told: one entry per level, one sentence per reason.

Plain words, short sentences (the tests hold them to US grade 8). Each
reason links to the guidance section that explains it. An outcome's advice
follows the reasons behind it (SPEC section 2): a line marked IF is given
only when that reason fired, UNLESS only when it did not.
"""

from pyapp.policy import MILD_PAIN, PAIN_STOP_AT

CAVEAT = (
    "This check is general information, not a diagnosis. It does not replace a "
    "doctor or physio. In an emergency, call your local emergency number."
)

EMERGENCY = "If you get chest pain or trouble breathing, call your local emergency number."

# The signs that mean stop at once, mid-run: the stop card, and the modify outcome.
STOP_SIGNS = (
    "the pain reaches {} out of 10".format(PAIN_STOP_AT),
    "it turns sharp or feels like a \u201ccatch\u201d",
    "mild pain quickly gets worse",
)
STOP_IF = "Stop running at once if"
STOP_NOW = STOP_IF + " " + ", ".join(STOP_SIGNS[:-1]) + ", or " + STOP_SIGNS[-1] + "."

# When a runner who was told to stop may run again (with changes): the "modify" rule.
BACK_TO_RUNNING = (
    "You can run with changes once the pain is {} or less and dull. It should stay between "
    "your shoulder blades. It should not get worse, stay after you stop, or change how you "
    "run.".format(MILD_PAIN[1])
)

ALWAYS = "always"
IF = "if"
UNLESS = "unless"

OUTCOMES = {
    "urgent": {
        "title": "Stop and get medical help",
        "now": "Do not run. Get medical help.",
        "advice": (
            (IF, "chest_or_breathing", "Chest pain or trouble breathing: call your local emergency number now."),
            (IF, "trauma", "Sudden, severe pain after a fall or injury: get seen by a doctor today."),
            (ALWAYS, "", "Do not run until you have been checked."),
        ),
    },
    "professional": {
        "title": "Stop running and see a doctor or physio",
        "now": "Stop running, and see a doctor or physio promptly.",
        "advice": (
            (ALWAYS, "", "Rest from running until you have been checked."),
            (ALWAYS, "", "Tell them about the signs below and how long you have had the pain."),
            (ALWAYS, "", EMERGENCY),
        ),
    },
    "stop": {
        "title": "Stop running today and rest",
        "now": "Do not run today. Rest and let your back settle.",
        "advice": (
            (ALWAYS, "", "Rest from running. Do not run through the pain."),
            (UNLESS, "spread_radiates", "Before your next run, do this check again. " + BACK_TO_RUNNING),
            (IF, "spread_radiates", "Pain that spreads is a sign to stop and get advice. "
                                    "Ask a doctor or physio before you run again."),
            (ALWAYS, "", "If the pain lasts more than two weeks, even with rest, see a doctor or physiotherapist."),
            (ALWAYS, "", "If you get numbness, tingling or weakness in your arms or hands, or a fever, "
                         "see a doctor. " + EMERGENCY),
        ),
    },
    "modify": {
        "title": "You may be able to run, with changes",
        "now": "Running with a few changes may be possible. Stop if the pain grows.",
        "advice": (
            (ALWAYS, "", STOP_NOW),
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
        "now": "You can run as usual today.",
        "advice": (
            (ALWAYS, "", "Run tall, with your chest lifted a little and your eyes ahead."),
            (ALWAYS, "", "Keep your hands loose and your shoulders relaxed. Do not clench or shrug."),
            (ALWAYS, "", "Make sure a vest or pack fits well and does not pull your shoulders forward."),
            (ALWAYS, "", "If pain starts, do this check again."),
        ),
    },
}


def advice(level, reason_ids):
    """What to do, for a level and the reasons that fired."""
    lines = []
    for when, reason_id, text in OUTCOMES[level]["advice"]:
        if when == ALWAYS or (when == IF) == (reason_id in reason_ids):
            lines.append(text)
    return lines


# reason id: (what it means, in a sentence or two; where the guidance explains it)
REASONS = {
    "chest_or_breathing": (
        "You have chest pain, or pain that makes it hard to breathe. Call your local "
        "emergency number now.",
        "warning-signs/#chest-pain-or-trouble-breathing",
    ),
    "trauma": (
        "Severe pain started suddenly after a fall or an injury. Get seen by a doctor today.",
        "warning-signs/#pain-after-a-fall-or-injury",
    ),
    "neuro": (
        "Numbness, tingling or weakness in your arms or hands can mean a pressed nerve. "
        "It must be checked.",
        "warning-signs/#numbness-tingling-or-weakness",
    ),
    "systemic": (
        "Fever, chills or weight loss you can\u2019t explain, along with pain, could mean "
        "an infection. It could also be another serious problem.",
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
        "Mild pain that quickly gets worse on the run is a sign to stop.",
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
        "Ask a doctor or physio for advice.",
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

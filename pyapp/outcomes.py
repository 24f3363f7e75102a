"""What the runner is told: one entry per level, one sentence per reason.

Plain words, short sentences (the tests hold them to US grade 8). Each
reason links to the guidance section that explains it.
"""

from pyapp.policy import MILD_PAIN, PAIN_STOP_AT

CAVEAT = (
    "This check is general information, not a diagnosis. It does not replace a "
    "doctor or physio. In an emergency, call your local emergency number."
)

EMERGENCY = "If you get chest pain or trouble breathing, call your local emergency number."
# When a runner who was told to stop may run again (with changes): the "modify" rule.
BACK_TO_RUNNING = (
    "You can run with changes once the pain is {} or less and dull. It should stay between "
    "your shoulder blades. It should not get worse, stay after you stop, or change how you "
    "run.".format(MILD_PAIN[1])
)

OUTCOMES = {
    "urgent": {
        "title": "Stop. Get medical help now",
        "now": "Do not run. Get help now.",
        "advice": (
            "Chest pain or trouble breathing: call your local emergency number now.",
            "Sudden, severe pain after a fall or injury: get seen by a doctor today.",
            "This needs prompt care. Do not run.",
        ),
    },
    "professional": {
        "title": "Stop running and see a doctor or physio",
        "now": "Stop running, and see a doctor or physiotherapist as soon as you can.",
        "advice": (
            "Rest from running until you have been checked.",
            "Tell them about the signs below and how long you have had the pain.",
            EMERGENCY,
        ),
    },
    "stop": {
        "title": "Stop running today and rest",
        "now": "Do not run today. Rest and let your back settle.",
        "advice": (
            "Rest from running. Do not run through the pain.",
            "Before your next run, do this check again. " + BACK_TO_RUNNING,
            "If the pain lasts more than two weeks, even with rest, see a doctor or physiotherapist.",
            "If you get numbness, tingling or weakness in your arms or hands, or a fever, "
            "see a doctor. " + EMERGENCY,
        ),
    },
    "modify": {
        "title": "You can run, with changes",
        "now": "You can run today if you change a few things. Stop if the pain grows.",
        "advice": (
            "Warm up first. Arm circles and gentle torso twists loosen your upper back.",
            "Run tall: lift your chest a little and look straight ahead.",
            "Keep your shoulders slightly back and down, not hunched or shrugged.",
            "Pump your elbows straight back and forward. Do not let your arms cross your body.",
            "After your run, gently stretch and foam roll your upper back.",
            "Stop if the pain reaches {} out of 10, turns sharp, or quickly gets worse.".format(
                PAIN_STOP_AT
            ),
        ),
    },
    "run": {
        "title": "Run as usual",
        "now": "You have no pain and no warning signs. Enjoy your run.",
        "advice": (
            "Run tall, with your chest lifted a little and your eyes ahead.",
            "Keep your hands loose and your shoulders relaxed. Do not clench or shrug.",
            "Make sure a hydration vest or pack fits well and does not pull your shoulders forward.",
            "If pain starts, do this check again.",
        ),
    },
}

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
        "Your pain is mild ({} to {} out of 10) and you have no warning signs.".format(
            MILD_PAIN[0], MILD_PAIN[1]
        ),
        "adjustments/",
    ),
    "no_pain": (
        "You have no pain and no warning signs.",
        "causes/",
    ),
}

"""English: the reference catalogue. Every other language has exactly these keys
(tests/test_languages.py), and the same {names} in each text (pyapp/texts.py fills them).

Grouped by where a runner meets the words; each group says which module uses them.
"""

TEXTS = {
    # ---- The check's questions and answers (pyapp/questions.py) ----
    "group.emergency": "Signs of an emergency",
    "group.checked": "Signs to get checked",
    "group.pain": "The pain",
    "group.running": "When you run",
    "answer.yes": "Yes",
    "answer.no": "No",
    "answer.none": "Not answered",
    "answer.not_asked": "Not asked then",
    "answer.scale": "{value} out of {pain_max}",
    "answer.mild": "Mild",
    "question.pain.text": "How bad is the pain at its worst?",
    "question.pain.help": "Think of now, your last run and the night, and give the highest number. "
    "{pain_min} means no pain. {pain_max} means the worst pain you can imagine.",
    "question.pain.lowest": "No pain",
    "question.pain.highest": "Worst imaginable",
    "question.quality.text": "What does the pain feel like?",
    "question.quality.dull": "A dull, general ache",
    "question.quality.sharp": "Sharp, stabbing or electric, or it feels like a \u201ccatch\u201d",
    "question.quality.help": "Tightness in your chest, or pain when you breathe in? Then answer yes to the chest "
    "question at the top.",
    "question.spread.text": "Where is the pain?",
    "question.spread.help": "Does it wrap round to the front of your chest? Then answer yes to the chest pain "
    "question at the top.",
    "question.spread.none": "It stays in the muscles between my shoulder blades",
    "question.spread.radiates": "It spreads, for example to my side or up to my neck",
    "question.spread.arms": "It travels into my arms or hands",
    "question.worsening.text": "Is the pain getting worse, while you run or from one day to the next?",
    "question.worsening.help": "Answer yes if it gets worse at all, quickly or slowly.",
    "question.persists_after_stopping.text": "Is the pain still there after you stop running?",
    "question.changes_form.text": "Does the pain clearly change the way you run?",
    "question.changes_form.help": "For example, you hunch over because of the pain, take shorter steps, or hold "
    "yourself stiffly to protect your back.",
    "question.duration.text": "How long have you had the pain?",
    "question.duration.under_1_week": "Less than a week",
    "question.duration.1_to_2_weeks": "One to two weeks",
    "question.duration.over_2_weeks": "More than two weeks",
    "question.neuro.text": "Do you have numbness, tingling or weakness anywhere?",
    "question.neuro.help": "For example in an arm or a hand, your chest or belly, or a leg.",
    "question.systemic.text": "Do you have a fever or chills, or weight loss you can\u2019t explain?",
    "question.systemic.help": "Answer yes to a fever or chills whatever you think caused them.",
    "question.chest_or_breathing.text": "Now or on your last run, did you have chest pain or trouble breathing?",
    "question.chest_or_breathing.help": "Answer yes to chest pain, pressure or tightness, even if it has eased. "
    "Answer yes if your back pain wraps round to the front of your chest, or if it hurts to breathe in.",
    "question.legs_or_bladder.text": "Do both legs feel weak, numb or tingly, or do you have trouble with your "
    "bladder or bowels?",
    "question.legs_or_bladder.help": "Also answer yes if your bottom or genitals feel numb. Answer yes if you have new "
    "trouble peeing, or cannot hold in pee or poo.",
    "question.trauma.text": "Did severe pain start suddenly after a fall, a crash or another injury?",
    "question.injury.text": "Did the pain start after a fall, a crash or a blow, even if it was not severe or "
    "sudden?",
    "question.night.text": "Is the pain worse at night, or does it wake you up?",
    "question.not_sure": "Not sure? Answer yes.",

    # ---- What answers a page or a link may not hold (pyapp/validate.py, pyapp/share.py) ----
    "error.not_answers": "answers: must be an object of key/value pairs, got {value}",
    "error.unknown_key": "unknown key {key}: allowed keys are {keys}",
    "error.given_twice": "{key}: given twice",
    "error.not_allowed": "{key}: must be {allowed}, got {value}",
    "error.missing": "{key}: missing; it is required, {allowed}",
    "error.allowed_scale": "a whole number from {pain_min} to {pain_max}",
    "error.allowed_choice": "one of {values}",
    "error.allowed_yes_no": "true or false",
    "error.link_yes_no": "{key}: must be 1 (yes) or 0 (no), got {value}",
    "error.link_too_long.one": "the link is {count} character long; a real one is under {most}",
    "error.link_too_long.other": "the link is {count} characters long; a real one is under {most}",
    "error.link_part": "{part} is not of the form key=value",

    # ---- What the runner is told (pyapp/outcomes.py) ----
    "caveat": "This check is general information, not a diagnosis. It does not replace a "
    "doctor or a physio (physical therapist). In an emergency, call your local emergency number.",
    # Example numbers beside "your local emergency number", for readers in the places the
    # site is most read in this language (our addition: the source names no number).
    "emergency.numbers": "For example, 999 or 112 in the UK, 112 in the EU, 911 in the US and Canada, "
    "or 000 in Australia.",
    "emergency.call_now": "Call your local emergency number now.",
    "emergency.if_chest": "Chest pain, pressure or tightness, or trouble breathing? Call your local emergency "
    "number now.",
    "care.injury": "Go to the emergency department (A&E) now.",
    "care.injury_call": "If you cannot walk, feel numb or weak, or find it hard to breathe, call your local "
    "emergency number now.",
    "care.legs": "Call your local emergency number now. Or go to the emergency department (A&E) now.",
    "care.ask_before_running": "Ask a doctor or physio before you run again.",
    "care.do_not_run": "Do not run.",
    "stop.if": "Stop running at once if",
    "stop.if_any": "Stop running at once if any of these happen.",
    "stop.pain": "the pain reaches {pain_stop_at} out of {pain_max}",
    "stop.sharp": "it turns sharp or feels like a \u201ccatch\u201d",
    "stop.worse": "it gets worse",
    "stop.spreads": "it spreads beyond the muscles between your shoulder blades",
    "stop.form": "it changes the way you run",
    "back_to_running": "You may be able to run with changes once the pain is {mild_pain_max} or less and dull. "
    "It should stay between your shoulder blades. It should not get worse, stay after you stop, "
    "or change how you run.",
    "result.headline": "Your result: {title}",
    "urgent.title": "Stop and get medical help",
    "urgent.legs": "Both legs weak or numb, numbness around your bottom, or trouble with your bladder or bowels?",
    "urgent.injury": "Severe pain that came on all at once after a fall, crash or injury?",
    "urgent.until_checked": "Do not run until you have been checked.",
    "professional.title": "Stop running and get checked without delay",
    "professional.now_doctor": "Stop running, and see a doctor without delay.",
    "professional.now": "Stop running, and see a doctor or physio without delay.",
    "professional.rest": "Rest from running until you have been checked.",
    "professional.doctor": "With a fever, chills or weight loss you can\u2019t explain, see a doctor, "
    "not only a physio.",
    "professional.tell": "Tell them about the signs listed above and how long you have had the pain.",
    "stop.title": "Stop running today and rest",
    "stop.now": "Do not run today, and rest.",
    "stop.rest": "Rest from running. Do not run through the pain.",
    "stop.check_again": "Before your next run, do this check again.",
    "stop.spread_advice": "Pain that spreads is a sign to stop and get advice.",
    "stop.lasts": "If the pain lasts more than two weeks, see a doctor or physio without delay.",
    "stop.nerves": "If you get numbness, tingling or weakness anywhere, see a doctor or physio without delay. "
    "With a fever or chills, see a doctor without delay.",
    "modify.title": "You may be able to run, with changes",
    "modify.now": "Running with a few changes may be possible. Stop at once if a sign in the box below shows up.",
    "modify.if_spreads": "If it spreads, stop and get advice.",
    "modify.nerves": "If you get numbness, tingling or weakness anywhere, stop running and get it checked "
    "without delay.",
    "modify.warm_up": "Warm up first. Arm circles and gentle torso twists get your upper back ready.",
    "modify.tall": "Run tall: lift your chest a little and look straight ahead.",
    "modify.shoulders": "Keep your shoulders slightly back and down, not hunched or shrugged.",
    "modify.arms": "Swing your arms straight back and forth. Do not let them cross your body.",
    "modify.hands": "Keep your hands loose. Do not clench your fists.",
    "modify.pack": "Check that a vest or pack fits well. Its straps should not pull your shoulders forward.",
    "modify.long_runs": "On long runs, check your form as you tire.",
    "modify.after": "After your run, gently stretch and foam roll your upper back.",
    "run.title": "Run as usual",
    "run.now": "You can run as usual today.",
    "run.tall": "Run tall, with your chest lifted a little and your eyes ahead.",
    "run.relaxed": "Keep your hands loose and your shoulders relaxed. Do not clench or shrug.",
    "run.pack": "Make sure a vest or pack fits well and does not pull your shoulders forward.",
    "run.pain_starts": "If pain starts, do this check again.",
    "reason.chest_or_breathing": "You told us about chest pain, pressure or tightness, or trouble breathing. It "
    "needs help now, to rule out a problem with your ribs, heart or lungs.",
    "reason.legs_or_bladder": "Weak or numb legs, numbness around your bottom, or trouble with your bladder or "
    "bowels can mean the nerves in your spine are pressed. It needs help now.",
    "reason.trauma": "Severe pain started suddenly after a fall, a crash or an injury. It needs to be "
    "checked now, for the right diagnosis and care.",
    "reason.injury": "Your pain started after a fall, a crash or a blow. Get it checked, even if the pain is "
    "mild.",
    "reason.night": "Pain that is worse at night, or wakes you up, should be checked.",
    "reason.pain_8_plus": "Your pain is {pain_severe_at} or more out of {pain_max}. Pain this bad should be "
    "checked, even with no other sign.",
    "reason.neuro": "Numbness, tingling or weakness can mean a pressed nerve. It must be checked.",
    "reason.systemic": "Fever, chills or weight loss you can\u2019t explain, along with pain, could mean "
    "an infection. It could also be another serious problem. A doctor should check it.",
    "reason.spread_arms": "Pain that travels into your arms or hands points to an irritated nerve.",
    "reason.over_2_weeks": "You have had the pain for more than two weeks.",
    "reason.pain_4_plus": "Your pain is {pain_stop_at} or more out of {pain_max}. At that level, stop running.",
    "reason.sharp": "Sharp, stabbing or electric pain, or a \u201ccatch\u201d, can mean a joint or nerve problem.",
    "reason.worsening": "Pain that gets worse while you run is a sign to stop.",
    "reason.persists_after_stopping": "Pain that stays after you stop running means your body needs rest.",
    "reason.changes_form": "Pain that changes how you run means your body needs rest.",
    "reason.spread_radiates": "Pain that spreads beyond the muscles between your shoulder blades is a sign "
    "to stop.",
    "reason.mild_pain": "You told us your pain at its worst is mild ({mild_pain_min} to {mild_pain_max} out of "
    "{pain_max}), and that none of the warning signs apply.",
    "reason.no_pain": "You told us your pain at its worst is {pain_min} out of {pain_max}, and that none of the "
    "warning signs apply.",
    "card.nerves": "Numbness, tingling or weakness? Stop, and get checked without delay.",
    "stop.card": "Stop card",

    # ---- The rule table on the warning signs page (buildsite/render.py) ----
    "rules.question": "Question",
    "rules.answer": "Your answer",
    "rules.says": "What the check says",
    "rules.from_to": "{lowest} to {highest}",
    "rules.and_no_sign": "{answer}, and no sign above",

    # ---- The command line (pyapp/cli.py) ----
    "cli.intro": "Answer each question. Nothing is filled in for you.",
    "cli.answer_with": "Please answer with {what}.",
    "cli.choose": "a number from 1 to {most}",
    "cli.yes_or_no": "y or n",
    "cli.why": "Why:",
    "cli.what_to_do": "What to do:",

    # ---- The check page (pyapp/check_page.py, pyapp/check_view.py) ----
    # A key that says a count has a text for each plural form of its language (pyapp.texts.PLURALS)
    "check.left.one": "{count} question left. Your result shows once your answers decide it. Unsure or worried? "
    "See a doctor or physio.",
    "check.left.other": "{count} questions left. Your result shows once your answers decide it. Unsure or worried? "
    "See a doctor or physio.",
    "check.no_result_now": "No result for now: {left}",
    # a reason, then its {link} to the guidance, in the words of check.read_more
    "check.reason": "{reason} {link}",
    "check.read_more": "Read more",
    "check.see_why": "See why",
    "check.checked_on": "Checked on {date}",
    "check.use_hint": "Use this answer",
    "check.bad_link": "This link can\u2019t be used, so nothing was filled in: {error}.",
    "check.kept_answers": "You started to answer before the check had loaded. So we kept your answers, and did not "
    "fill in the ones from the link.",
    "check.problem": "The check hit a problem, so it shows no result for these answers. You can change an answer "
    "to try again. Until it works, read {link}.",
    "check.warning_signs": "the warning signs",
    "check.link_other_answers": "This link has other answers. Use them?",
    "check.use_link": "Use the link\u2019s answers",
    "check.keep_mine": "Keep my answers",
    # {link} is a link to the log page, in the words of check.your_log
    "check.your_log": "your log",
    "check.saved": "Saved to {link}.",
    "check.already_saved": "This result is already in {link}.",
    # {address} is the link shared, as the address bar shows it
    "check.link_copied": "Link copied. It holds your answers, nothing else: {address}",
    "check.copy_link": "Copy this link to share your answers: {address}",
    # What web/shell.js says when the engine cannot start or breaks (each page's shell_data)
    "check.failed_status": "The check could not start.",
    "check.failed_text": "The check could not start on this device. {why} Your answers cannot be checked here. "
    "Read the warning signs instead: {link}.",
    "check.slow": "Still loading the check. This can take a while on a slow connection. You can keep answering.",
    "check.broken": "The check hit a problem, so it shows no result for these answers. Reload the page to try "
    "again. Until it works, read {link}.",
    "shell.when_to_stop": "when to stop and when to get help",
    # Why the engine could not start: {why} in a page's failed_text, one whole sentence or two each
    "shell.why_slow": "It is taking too long. Check your connection, then reload the page.",
    "shell.why_not_loaded": "A file it needs could not be loaded. Check your connection, then reload the page.",
    "shell.why_damaged": "A file it needs came damaged or could not be loaded. Reload the page to try again.",
    "shell.why_page_damaged": "This page came damaged. Reload the page to try again.",
    "shell.why_browser": "This browser cannot run this page. Update this browser, or use another one.",
    "shell.why_stopped": "Something went wrong as it started. Reload the page to try again.",
    "shell.why_not_answering": "The page stopped answering. Reload it to try again.",
    # a saved copy of an engine file on this device is damaged, and the site is offline (web/sw.js)
    "shell.why_damaged_copy": "A file it needs is damaged in the copy saved in this browser. To fix it, go online "
    "and reload the page.",

    # ---- Dates (pyapp/dates.py) ----
    # A date: 'Thu 26 Nov 2026'; with its time; on the chart: '26 Nov'
    "date.long": "{weekday} {day} {month} {year}",
    "date.when": "{date}, {time}",
    "date.day": "{day} {month}",
    "date.today": "today",
    "date.yesterday": "yesterday",
    "date.days_ago.one": "{count} day ago",
    "date.days_ago.other": "{count} days ago",
    # Weekdays from 1, Monday; months from 1, January
    "date.weekday.1": "Mon",
    "date.weekday.2": "Tue",
    "date.weekday.3": "Wed",
    "date.weekday.4": "Thu",
    "date.weekday.5": "Fri",
    "date.weekday.6": "Sat",
    "date.weekday.7": "Sun",
    "date.month.1": "Jan",
    "date.month.2": "Feb",
    "date.month.3": "Mar",
    "date.month.4": "Apr",
    "date.month.5": "May",
    "date.month.6": "Jun",
    "date.month.7": "Jul",
    "date.month.8": "Aug",
    "date.month.9": "Sep",
    "date.month.10": "Oct",
    "date.month.11": "Nov",
    "date.month.12": "Dec",

    # ---- The log as stored (pyapp/log_store.py) ----
    "store.unavailable": "This browser does not let this site keep a log, so there is nothing to show. This can "
    "happen in private browsing, or when site data is turned off. The check still works, but its results cannot be "
    "saved here.",
    "store.cannot_save": "This browser does not let this site save your result, so it was not saved. This can "
    "happen in private browsing, or when site data is turned off.",
    "store.full": "This browser has no room left for this site, so your result was not saved. Nothing in your log "
    "was lost. To make room, save your log as a file on your log page, then delete old results.",
    "store.not_changed": "This browser did not let this site change your log, so it is as it was.",
    "store.damaged": "Your older saved log is damaged, so it could not be read. It is kept as it was.",
    "store.not_a_log": "Something that is not a log is kept where this site kept its log, so it could not be read. "
    "It is kept as it was.",
    "store.skipped.one": "{count} saved result could not be read. It is left out.",
    "store.skipped.other": "{count} saved results could not be read. They are left out.",
    "store.newer": "Some results were saved by a newer version of this site. Reload the page to see all of your "
    "log.",
    "store.nearly_full.one": "Your log holds {count} result. This browser keeps about {most} at most. Save your log "
    "as a file to keep a copy, then delete old results to make room.",
    "store.nearly_full.other": "Your log holds {count} results. This browser keeps about {most} at most. Save your log "
    "as a file to keep a copy, then delete old results to make room.",
    "store.not_moved": "Your log could not be moved to this version of the site, because this browser has no room "
    "left. So it is shown as it was, and cannot be changed here. Save it as a file to keep a copy.",

    # ---- What the log says (pyapp/log.py, pyapp/log_listing.py) ----
    # {ago} is 'today', 'yesterday' or '16 days ago' (Dates)
    "log.note": "You first saved a result with pain {ago}. Pain that lasts more than two weeks should be checked "
    "by a doctor or physio without delay.",
    "log.hint": "You first saved a result with pain {ago}, so you have had it at least that long. If it began "
    "before that, count from when it began.",
    "log.hint_longest": "Your log alone shows \u201c{answer}\u201d.",
    "log.started": "You started this log {ago}.",

    # ---- The log page (pyapp/log_page.py, pyapp/log_view.py) ----
    "log_page.gone": "That result is no longer in your log.",
    "log_page.problem": "This page hit a problem, so it may not show your whole log. Reload the page to try again.",
    "log_page.deleted": "The result from {when} is deleted.",
    "log_page.undone": "The result is back in your log.",
    "log_page.cleared": "Your log is deleted.",
    "log_page.downloaded": "Your log is downloaded as {name}.",
    "log_page.pain": "Pain: {pain}",
    "log_page.your_answers": "Your answers",
    "log_page.delete": "Delete",
    "log_page.delete_which": "Delete the result from {when}",
    "log_page.undo": "Undo",
    "log_page.note_more": "Read about {link}.",
    "log_page.note_link": "pain that lasts",
    "log_page.chart_caption": "Your pain from {pain_min} to {pain_max} in each saved result, oldest on the left. "
    "The dashed line is {pain_stop_at}: pain at this level or more means stop running. The list below has every "
    "result.",
    "log_page.no_pain_points": "Results with no pain score are in the list only.",
    # What web/shell.js says when the engine cannot start or breaks (shell_data)
    "log_page.failed_status": "Your log could not be shown.",
    "log_page.failed_text": "Your log could not be shown on this device. {why} Your saved results are still in "
    "this browser. Read the warning signs instead: {link}.",
    "log_page.slow": "Still loading your log. This can take a while on a slow connection.",
    "log_page.broken": "This page hit a problem, so it may not show your whole log. Reload the page to try again. "
    "Until then, read {link}.",

    # ---- The offline fallback (pyapp/offline_words.py) ----
    "offline.title": "You are offline",
    "offline.text": "This page is not saved on this device. Try again when you are online.",
    "offline.home": "Go to the home page",

    # ---- The site's frame: header, footer, form, pictures, manifest (theme/, buildsite/) ----
    "site.name": "Can I run with upper back pain?",
    "site.short_name": "Back pain run",
    "site.description": "Plain guidance and a quick, private check for runners with upper back pain.",
    "site.language_name": "English",
    "nav.home": "Home",
    "nav.check": "Check now",
    "nav.log": "My log",
    "nav.causes": "Causes",
    "nav.adjustments": "Adjustments",
    "nav.warning-signs": "Warning signs",
    "nav.about": "About",
    "frame.skip": "Skip to content",
    "frame.nav": "Main",
    "frame.privacy": "Privacy: your answers never leave your device",
    "frame.accessibility": "Accessibility",
    "frame.update": "A new version of this site is ready.",
    "frame.reload": "Reload",
    "frame.the_warning_signs": "the warning signs",
    "frame.not_found": "Page not found",
    "frame.not_found_try": "There is no page at this address. Try {home} or {check}.",
    "frame.the_home_page": "the home page",
    "frame.the_check": "the check",
    "frame.review": "Where this page comes from",
    "frame.review_source": "This page follows the article \u201c{source}\u201d. We do not know who wrote it or "
    "when.",
    "frame.review_added": "What we added or changed",
    "frame.review_dates": "We checked this page against the article on {reviewed}, and will again by "
    "{next_review}. This is not a medical review.",
    "frame.not_reviewed": "No doctor or physio has reviewed this site.",
    "frame.review_how": "How the check decides",
    "form.why_we_ask": "Why we ask",
    "form.noscript": "The check needs JavaScript to work out your result. Until then, read {warning_signs}.",
    "form.loading": "Loading the check. You can start answering now.",
    "form.stuck": "The check has not started yet. If it does not start soon, read {warning_signs} instead.",
    "card.empty": "Your result shows here as soon as your answers decide it.",
    "card.title": "Your result",
    "card.why": "Why",
    "card.what_to_do": "What to do",
    "card.save": "Save to my log",
    "card.share": "Share these answers",
    "card.print": "Save for your physio",
    "card.answers": "Your answers",
    "card.log": "Your log",
    "card.date": "Date",
    "card.pain": "Pain",
    "card.result": "Result",
    "log_frame.noscript": "Your log needs JavaScript to show. Your saved results stay in this browser.",
    "log_frame.empty": "No saved results yet",
    "log_frame.how": "Do the check. Once it shows your result, press \u201c{save}\u201d. The date, your answers "
    "and your result are kept here.",
    "log_frame.do_check": "Do the check",
    "log_frame.note": "Pain that lasts",
    "log_frame.chart": "Pain over time",
    "log_frame.entries": "Saved results",
    "log_frame.more": "Show older results",
    "log_frame.share": "Share or delete",
    "log_frame.export": "Download (CSV)",
    "log_frame.print": "Print for your physio",
    "log_frame.clear": "Delete all",
    "log_frame.confirm": "Delete every saved result from this device? You cannot undo this.",
    "log_frame.confirm_yes": "Yes, delete all",
    "log_frame.confirm_no": "No, keep them",
    "log_frame.loading": "Loading your log.",
    "log_frame.stuck": "Your log has not loaded yet. Your saved results are still in this browser. Need help "
    "now? Read {warning_signs}.",
    "figure.running-tall": "Two runners seen from the side. The runner on the left runs tall. The chest is lifted "
    "and the head is up. The runner on the right slouches. The upper back is rounded, and the shoulders hunch "
    "forward.",
    "figure.shoulders": "Two people seen from the front. On the left, the shoulders are low and relaxed, and the "
    "hands are loose. On the right, the shoulders are shrugged up toward the ears, and the hands are clenched "
    "into fists.",
    "figure.arm-swing": "Two runners seen from the front, with a dashed line down the middle of the body. On the "
    "left, the arms swing straight back and forward. Each arm stays on its own side of the line. On the right, "
    "the arms swing across the line.",
    "figure.arm-circles": "A person stands with both arms straight out to the sides. Round arrows at the hands "
    "show the arms moving in circles.",
    "figure.torso-twists": "A person stands with the arms out to the sides and turns the upper body to one side. "
    "A curved arrow shows the turn to one side and back.",
    "figure.foam-rolling": "A person lies face up on a foam roller. The roller is under the upper back. The knees "
    "are bent and the feet are flat on the floor.",
    "figure.vest-fit": "Two runners wearing a running vest, seen from the side. On the left, the vest fits close "
    "to the back, and the runner runs tall. On the right, the vest is loose and hangs low. Its straps pull the "
    "shoulders forward, and the upper back rounds.",
    "figure.sitting": "A person sits at a desk and looks at a laptop. The upper back is rounded, and the shoulders "
    "and head lean forward.",
    "figure.tall": "Tall",
    "figure.slouched": "Slouched",
    "figure.relaxed": "Relaxed",
    "figure.shrugged": "Shrugged",
    "figure.straight": "Straight",
    "figure.crossing": "Crossing",
    "figure.fits": "Fits",
    "figure.loose": "Loose",

}

"""Spanish (español): the catalogue of pyapp/texts_en.py, key for key. Tú form, words
(tests/test_languages.py checks the keys and the {names}; the words are ours, see the about page).

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
    "answer.scale": "{value} out of {pain_max}",
    "answer.mild": "Mild",
    "question.pain.text": "How bad is the pain at its worst?",
    "question.pain.help": "Think of now and of your last run, and give the higher number. "
    "{pain_min} means no pain. {pain_max} means the worst pain you can imagine.",
    "question.pain.lowest": "No pain",
    "question.pain.highest": "Worst imaginable",
    "question.quality.text": "What does the pain feel like?",
    "question.quality.dull": "A dull, general ache or tightness",
    "question.quality.sharp": "Sharp, stabbing or electric, or it feels like a \u201ccatch\u201d",
    "question.spread.text": "Where is the pain?",
    "question.spread.help": "Does it wrap round to the front of your chest? Then answer yes to the chest pain "
    "question at the top.",
    "question.spread.none": "It stays in the muscles between my shoulder blades",
    "question.spread.radiates": "It spreads, for example to my side or up to my neck",
    "question.spread.arms": "It travels into my arms or hands",
    "question.worsening.text": "Does the pain get worse while you run?",
    "question.worsening.help": "Answer yes if it gets worse at all, quickly or slowly.",
    "question.persists_after_stopping.text": "Is the pain still there after you stop running?",
    "question.changes_form.text": "Does the pain clearly change the way you run?",
    "question.changes_form.help": "For example, you hunch over because of the pain, take shorter steps, or hold "
    "yourself stiffly to protect your back.",
    "question.duration.text": "How long have you had the pain, even with rest and self-care?",
    "question.duration.under_1_week": "Less than a week",
    "question.duration.1_to_2_weeks": "One to two weeks",
    "question.duration.over_2_weeks": "More than two weeks",
    "question.neuro.text": "Do you have numbness, tingling or weakness in your arms or hands?",
    "question.systemic.text": "Do you have a fever, chills, or weight loss you can\u2019t explain?",
    "question.chest_or_breathing.text": "Do you have chest pain, or pain that makes it hard to breathe?",
    "question.chest_or_breathing.help": "Answer yes if your back pain wraps round to the front of your chest.",
    "question.trauma.text": "Did severe pain start suddenly after a fall, a crash or another injury?",

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
    "error.link_too_long": "the link is {length} characters long; a real one is under {most}",
    "error.link_part": "{part} is not of the form key=value",

    # ---- What the runner is told (pyapp/outcomes.py) ----
    "caveat": "This check is general information, not a diagnosis. It does not replace a "
    "doctor or a physio (physical therapist). In an emergency, call your local emergency number.",
    # Example numbers beside "your local emergency number", for readers in the places the
    # site is most read in this language (our addition: the source names no number).
    "emergency.numbers": "For example, 999 or 112 in the UK, 112 in the EU, 911 in the US and Canada, "
    "or 000 in Australia.",
    "emergency.call_now": "Call your local emergency number now.",
    "emergency.if_chest": "If you get chest pain or trouble breathing, call your local emergency number.",
    "care.injury": "Go to emergency or urgent care today.",
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
    "urgent.chest": "Chest pain or trouble breathing?",
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
    "stop.now": "Do not run today. Rest and let your back settle.",
    "stop.rest": "Rest from running. Do not run through the pain.",
    "stop.check_again": "Before your next run, do this check again.",
    "stop.spread_advice": "Pain that spreads is a sign to stop and get advice.",
    "stop.lasts": "If the pain lasts more than two weeks, even with rest, see a doctor or physiotherapist.",
    "stop.nerves": "If you get numbness, tingling or weakness in your arms or hands, or a fever, see a doctor.",
    "modify.title": "You may be able to run, with changes",
    "modify.now": "Running with a few changes may be possible. Stop at once if a sign on the stop card shows up.",
    "modify.if_spreads": "If it spreads, stop and get advice.",
    "modify.nerves": "If you get numbness, tingling or weakness in your arms or hands, stop running "
    "and get it checked.",
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
    "reason.chest_or_breathing": "You have chest pain, or pain that makes it hard to breathe. It needs help now, "
    "to rule out a problem with your ribs, heart or lungs.",
    "reason.trauma": "Severe pain started suddenly after a fall, a crash or an injury. It needs to be "
    "checked today, for the right diagnosis and care.",
    "reason.neuro": "Numbness, tingling or weakness in your arms or hands can mean a pressed nerve. "
    "It must be checked.",
    "reason.systemic": "Fever, chills or weight loss you can\u2019t explain, along with pain, could mean "
    "an infection. It could also be another serious problem. A doctor should check it.",
    "reason.spread_arms": "Pain that travels into your arms or hands points to an irritated nerve.",
    "reason.over_2_weeks": "You have had the pain for more than two weeks, even with rest and self-care.",
    "reason.pain_4_plus": "Your pain is {pain_stop_at} or more out of {pain_max}. At that level, stop running.",
    "reason.sharp": "Sharp, stabbing or electric pain, or a \u201ccatch\u201d, can mean a joint or nerve problem.",
    "reason.worsening": "Pain that gets worse while you run is a sign to stop.",
    "reason.persists_after_stopping": "Pain that stays after you stop running means your body needs rest.",
    "reason.changes_form": "Pain that changes how you run means your body needs rest.",
    "reason.spread_radiates": "Pain that spreads beyond the muscles between your shoulder blades is a sign "
    "to stop.",
    "reason.mild_pain": "You told us your pain is mild ({mild_pain_min} to {mild_pain_max} out of {pain_max}) "
    "and none of the warning signs apply.",
    "reason.no_pain": "You told us you have no pain and none of the warning signs apply.",
    "stop.card": "Stop card",

    # ---- The rule table on the warning signs page (buildsite/render.py) ----
    "rules.question": "Question",
    "rules.answer": "Your answer",
    "rules.says": "What the check says",
    "rules.from_to": "{lowest} to {highest}",
    "rules.and_no_sign": "{answer}, and no sign above",

    # ---- The command line (pyapp/cli.py) ----
    "cli.intro": "Answer each question. Press Enter to keep the answer in brackets.",
    "cli.answer_with": "Please answer with {what}.",
    "cli.choose": "a number from 1 to {most}",
    "cli.yes_or_no": "y or n",
    "cli.why": "Why:",
    "cli.what_to_do": "What to do:",

    # ---- The check page (pyapp/check_page.py, pyapp/check_view.py) ----
    "check.left_one": "Falta 1 pregunta. Verás tu resultado en cuanto tus respuestas lo decidan.",
    "check.left_many": "Faltan {count} preguntas. Verás tu resultado en cuanto tus respuestas lo decidan.",
    "check.no_result_now": "Por ahora no hay resultado: {left}",
    "check.read_more": "Leer más",
    "check.see_why": "Ver por qué",
    "check.checked_on": "Respondido el {date}",
    "check.use_hint": "Usar esta respuesta",
    "check.bad_link": "Este enlace no se puede usar, así que no se ha rellenado nada: {error}.",
    "check.kept_answers": "Empezaste a responder antes de que el cuestionario cargara. Por eso mantuvimos tus "
    "respuestas y no pusimos las del enlace.",
    "check.problem": "El cuestionario tuvo un problema, así que no muestra un resultado para estas respuestas. "
    "Puedes cambiar una respuesta para probar otra vez. Hasta que funcione, lee {link}.",
    "check.warning_signs": "las señales de alarma",
    "check.see_log": "Ver tu registro",
    "check.saved": "Guardado en tu registro.",
    "check.already_saved": "Este resultado ya está en tu registro.",
    "check.link_copied": "Enlace copiado. Tiene tus respuestas y nada más",
    "check.copy_link": "Copia y comparte este enlace con tus respuestas",
    # What web/shell.js says when the engine cannot start or breaks (each page's shell_data)
    "check.failed_status": "No se pudo abrir el cuestionario.",
    "check.failed_text": "No se pudo abrir el cuestionario en este dispositivo",
    "check.failed_after": "Aquí no se pueden comprobar tus respuestas. En su lugar, lee las señales de alarma",
    "check.slow": "El cuestionario aún está cargando. Puede tardar un poco si la conexión es lenta. Puedes seguir "
    "respondiendo.",
    "check.broken": "El cuestionario tuvo un problema, así que no muestra un resultado para estas respuestas. "
    "Vuelve a cargar la página para probar otra vez. Hasta que funcione, lee",
    "shell.when_to_stop": "cuándo parar y cuándo pedir ayuda",

    # ---- Dates (pyapp/dates.py) ----
    # A date: 'Thu 26 Nov 2026'; with its time; on the chart: '26 Nov'
    "date.long": "{weekday}, {day} de {month} de {year}",
    "date.when": "{date}, {time}",
    "date.day": "{day} de {month}",
    "date.today": "hoy",
    "date.yesterday": "ayer",
    "date.days_ago": "hace {days} días",
    # Weekdays from 1, Monday; months from 1, January
    "date.weekday.1": "lunes",
    "date.weekday.2": "martes",
    "date.weekday.3": "miércoles",
    "date.weekday.4": "jueves",
    "date.weekday.5": "viernes",
    "date.weekday.6": "sábado",
    "date.weekday.7": "domingo",
    "date.month.1": "enero",
    "date.month.2": "febrero",
    "date.month.3": "marzo",
    "date.month.4": "abril",
    "date.month.5": "mayo",
    "date.month.6": "junio",
    "date.month.7": "julio",
    "date.month.8": "agosto",
    "date.month.9": "septiembre",
    "date.month.10": "octubre",
    "date.month.11": "noviembre",
    "date.month.12": "diciembre",

    # ---- The log as stored (pyapp/log_store.py) ----
    "store.unavailable": "Este navegador no deja que este sitio guarde un registro, así que no hay nada que "
    "mostrar. Puede pasar en la navegación privada o si los datos de los sitios están desactivados. El "
    "cuestionario sigue funcionando, pero aquí no se pueden guardar sus resultados.",
    "store.cannot_save": "Este navegador no deja que este sitio guarde tu resultado, así que no se ha guardado. "
    "Puede pasar en la navegación privada o si los datos de los sitios están desactivados.",
    "store.full": "Este navegador ya no tiene espacio para este sitio, así que tu resultado no se ha guardado. No "
    "se ha perdido nada de tu registro. Para hacer espacio, guarda tu registro en un archivo desde la página de tu "
    "registro. Luego borra resultados viejos.",
    "store.not_changed": "Este navegador no dejó a este sitio cambiar tu registro, así que sigue como estaba.",
    "store.damaged": "Tu registro guardado más antiguo está dañado, así que no se pudo leer. Se guarda tal como "
    "estaba.",
    "store.not_a_log": "Donde este sitio guardaba su registro hay algo que no es un registro, así que no se pudo "
    "leer. Se guarda tal como estaba.",
    "store.skipped_one": "1 resultado guardado no se pudo leer. Se deja fuera.",
    "store.skipped_many": "{count} resultados guardados no se pudieron leer. Se dejan fuera.",
    "store.newer": "Algunos resultados se guardaron con una versión más nueva de este sitio. Vuelve a cargar la "
    "página para ver todo tu registro.",
    "store.nearly_full": "Tu registro tiene {count} resultados. Este navegador guarda como mucho unos {most}. "
    "Guarda tu registro en un archivo para tener una copia. Luego borra resultados viejos para hacer espacio.",
    "store.not_moved": "Tu registro no se pudo pasar a esta versión del sitio, porque este navegador ya no tiene "
    "espacio. Por eso se muestra tal como estaba, y aquí no se puede cambiar. Guárdalo en un archivo para tener "
    "una copia.",

    # ---- What the log says (pyapp/log.py, pyapp/log_listing.py) ----
    # {ago} is 'today', 'yesterday' or '16 days ago' (Dates)
    "log.note": "Guardaste por primera vez un resultado con dolor {ago}. Si el dolor dura más de dos semanas, "
    "aunque descanses y te cuides, debe revisarlo un médico o un fisioterapeuta.",
    "log.hint": "Guardaste por primera vez un resultado con dolor {ago}, así que lo tienes por lo menos desde "
    "entonces. Si empezó antes, cuenta desde que empezó.",
    "log.hint_longest": "Tu registro, por sí solo, ya muestra “{answer}”.",
    "log.started": "Empezaste a usar este registro {ago}.",

    # ---- The log page (pyapp/log_page.py, pyapp/log_view.py) ----
    "log_page.gone": "Ese resultado ya no está en tu registro.",
    "log_page.problem": "Esta página tuvo un problema, así que quizá no muestre todo tu registro. Vuelve a cargar "
    "la página para probar otra vez. ({error})",
    "log_page.deleted": "Se ha borrado el resultado del {when}.",
    "log_page.undone": "El resultado ha vuelto a tu registro.",
    "log_page.cleared": "Se ha borrado tu registro.",
    "log_page.downloaded": "Tu registro se ha descargado en el archivo {name}.",
    "log_page.pain": "Dolor: {pain}",
    "log_page.your_answers": "Tus respuestas",
    "log_page.delete": "Borrar",
    "log_page.delete_which": "el resultado del {when}",
    "log_page.undo": "Deshacer",
    "log_page.note_link": "Lee sobre el dolor que dura",
    "log_page.chart_caption": "Tu dolor de {pain_min} a {pain_max} en cada resultado guardado, el más viejo a la "
    "izquierda. La línea de rayas marca el {pain_stop_at}: con este dolor o más, para de correr. La lista de abajo "
    "tiene todos los resultados.",
    "log_page.no_pain_points": "Los resultados sin nivel de dolor solo están en la lista.",
    # What web/shell.js says when the engine cannot start or breaks (shell_data)
    "log_page.failed_status": "No se pudo mostrar tu registro.",
    "log_page.failed_text": "No se pudo mostrar tu registro en este dispositivo",
    "log_page.failed_after": "Tus resultados guardados siguen en este navegador. En su lugar, lee las señales de "
    "alarma",
    "log_page.slow": "Tu registro aún está cargando. Puede tardar un poco si la conexión es lenta.",
    "log_page.broken": "Esta página tuvo un problema, así que quizá no muestre todo tu registro. Vuelve a cargar "
    "la página para probar otra vez. Mientras tanto, lee",

    # ---- The offline fallback (pyapp/offline_words.py) ----

    # ---- The site's frame: header, footer, form, pictures, manifest (theme/, buildsite/) ----

}

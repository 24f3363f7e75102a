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

    # ---- Dates (pyapp/dates.py) ----

    # ---- The log as stored (pyapp/log_store.py) ----

    # ---- What the log says (pyapp/log.py, pyapp/log_listing.py) ----

    # ---- The log page (pyapp/log_page.py, pyapp/log_view.py) ----

    # ---- The offline fallback (pyapp/offline_words.py) ----
    "offline.title": "Estás sin conexión",
    "offline.text": "Esta página no se guardó en este dispositivo. Prueba otra vez cuando tengas conexión.",
    "offline.home": "Ir a la página de inicio",

    # ---- The site's frame: header, footer, form, pictures, manifest (theme/, buildsite/) ----
    "site.name": "¿Puedo correr con dolor en la parte alta de la espalda?",
    "site.short_name": "Correr con dolor",
    "site.description": "Orientación clara y un cuestionario rápido y privado. Para quien corre con dolor en la "
    "parte alta de la espalda.",
    "site.language_name": "Español",
    "nav.home": "Inicio",
    "nav.check": "Comprobar ahora",
    "nav.log": "Mi registro",
    "nav.causes": "Causas",
    "nav.adjustments": "Cambios",
    "nav.warning-signs": "Señales de alarma",
    "nav.about": "Acerca de",
    "frame.skip": "Saltar al contenido",
    "frame.nav": "Principal",
    "frame.privacy": "Privacidad: nada de lo que respondes sale de tu dispositivo",
    "frame.accessibility": "Accesibilidad",
    "frame.update": "Ya está lista una versión nueva de este sitio.",
    "frame.reload": "Recargar",
    "frame.the_warning_signs": "las señales de alarma",
    "frame.not_found": "Página no encontrada",
    "frame.not_found_try": "No hay ninguna página en esta dirección. Prueba con {home} o con {check}.",
    "frame.the_home_page": "la página de inicio",
    "frame.the_check": "el cuestionario",
    "frame.review": "De dónde viene esta página",
    "frame.review_source": "Esta página sigue el artículo “{source}” (en inglés).",
    "frame.review_added": "Qué añadimos o cambiamos",
    "frame.review_dates": "Revisada por última vez frente al artículo: {reviewed}. Próxima revisión: "
    "{next_review}.",
    "frame.review_how": "Cómo decide el cuestionario",
    "form.why_we_ask": "Por qué lo preguntamos",
    "form.noscript": "Sin JavaScript, el cuestionario no puede darte tu resultado. Hasta entonces, lee "
    "{warning_signs}.",
    "form.loading": "Se carga el cuestionario. Ya puedes empezar a responder.",
    "form.stuck": "El cuestionario aún no ha empezado. Si no empieza pronto, lee mejor {warning_signs}.",
    "card.empty": "Tu resultado sale aquí en cuanto tus respuestas lo decidan.",
    "card.title": "Tu resultado",
    "card.why": "Por qué",
    "card.what_to_do": "Qué hacer",
    "card.save": "Guardar en mi registro",
    "card.share": "Compartir estas respuestas",
    "card.print": "Guardar para tu fisioterapeuta",
    "card.answers": "Tus respuestas",
    "card.log": "Tu registro",
    "card.date": "Fecha",
    "card.pain": "Dolor",
    "card.result": "Resultado",
    "log_frame.noscript": "Para ver tu registro hace falta JavaScript. Lo que guardaste sigue en este navegador.",
    "log_frame.empty": "Aún no hay resultados guardados",
    "log_frame.how": "Haz el cuestionario. Cuando te dé tu resultado, pulsa “{save}”. Aquí se "
    "guardan la fecha, tus respuestas y tu resultado.",
    "log_frame.do_check": "Hacer el cuestionario",
    "log_frame.note": "Dolor que dura",
    "log_frame.chart": "El dolor con el tiempo",
    "log_frame.entries": "Resultados guardados",
    "log_frame.share": "Compartir o borrar",
    "log_frame.export": "Descargar (CSV)",
    "log_frame.print": "Imprimir para tu fisioterapeuta",
    "log_frame.clear": "Borrar todo",
    "log_frame.confirm": "¿Borrar todo lo que guardaste en este dispositivo? No se puede deshacer.",
    "log_frame.confirm_yes": "Sí, borrar todo",
    "log_frame.confirm_no": "No, guardarlos",
    "log_frame.loading": "Cargando tu registro.",
    "log_frame.stuck": "Tu registro aún no se ha cargado. Tus resultados guardados siguen en este navegador. "
    "¿Necesitas ayuda ya? Lee {warning_signs}.",
    "figure.running-tall": "Dos corredores vistos de lado. El de la izquierda corre con el cuerpo erguido. Lleva "
    "el pecho alto y la cabeza arriba. El de la derecha va encorvado. La parte alta de la espalda está "
    "redonda, y los hombros se echan hacia delante.",
    "figure.shoulders": "Dos personas vistas de frente. A la izquierda, los hombros están bajos y relajados, y "
    "las manos, sueltas. A la derecha, los hombros están encogidos hacia las orejas, y las manos aprietan "
    "los puños.",
    "figure.arm-swing": "Dos corredores vistos de frente, con una línea de rayas por el centro del cuerpo. A "
    "la izquierda, los brazos van rectos hacia atrás y hacia delante. Cada brazo se queda en su lado de la "
    "línea. A la derecha, los brazos cruzan la línea.",
    "figure.arm-circles": "Una persona de pie con los dos brazos estirados hacia los lados. Unas flechas redondas "
    "en las manos muestran que los brazos hacen círculos.",
    "figure.torso-twists": "Una persona de pie, con los brazos hacia los lados, gira la parte de arriba del cuerpo "
    "hacia un lado. Una flecha curva muestra el giro hacia un lado y la vuelta.",
    "figure.foam-rolling": "Una persona está acostada boca arriba sobre un rodillo de espuma. El rodillo está "
    "bajo la parte alta de la espalda. Tiene las rodillas dobladas y los pies planos en el suelo.",
    "figure.vest-fit": "Dos corredores con chaleco de hidratación, vistos de lado. A la izquierda, el chaleco "
    "se ajusta a la espalda, y el corredor corre con el cuerpo erguido. A la derecha, el chaleco está suelto y "
    "cuelga bajo. Sus correas tiran de los hombros hacia delante, y la parte alta de la espalda se redondea.",
    "figure.sitting": "Una persona sentada a una mesa mira un portátil. La parte alta de la espalda está "
    "redonda, y los hombros y la cabeza se inclinan hacia delante.",
    "figure.tall": "Erguido",
    "figure.slouched": "Encorvado",
    "figure.relaxed": "Relajados",
    "figure.shrugged": "Encogidos",
    "figure.straight": "Rectos",
    "figure.crossing": "Cruzan",
    "figure.fits": "Ajustado",
    "figure.loose": "Suelto",

}

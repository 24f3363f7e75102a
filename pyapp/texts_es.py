"""Spanish (español): the catalogue of pyapp/texts_en.py, key for key. Tú form, words
(tests/test_languages.py checks the keys and the {names}; the words are ours, see the about page).

Grouped by where a runner meets the words; each group says which module uses them.
"""

TEXTS = {
    # ---- The check's questions and answers (pyapp/questions.py) ----
    "group.emergency": "Señales de una emergencia",
    "group.checked": "Señales para que te revisen",
    "group.pain": "El dolor",
    "group.running": "Cuando corres",
    "answer.yes": "Sí",
    "answer.no": "No",
    "answer.none": "Sin responder",
    "answer.not_asked": "Entonces no se preguntaba",
    "answer.scale": "{value} sobre {pain_max}",
    "answer.mild": "Leve",
    "question.pain.text": "¿Cuánto te duele en el peor momento?",
    "question.pain.help": "Piensa en el dolor de ahora, el de la última vez que corriste y el de la noche. Elige el "
    "número más alto. {pain_min} significa que no hay dolor. {pain_max} es el peor dolor que puedas imaginar.",
    "question.pain.lowest": "Sin dolor",
    "question.pain.highest": "El peor que puedas imaginar",
    "question.quality.text": "¿Cómo es el dolor?",
    "question.quality.dull": "Un dolor sordo y general",
    "question.quality.sharp": "Punzante, como una puñalada o como una corriente eléctrica, o lo notas como si algo "
    "se trabara",
    "question.quality.help": "¿Notas opresión en el pecho, o dolor al tomar aire? Entonces responde que sí a la "
    "pregunta de arriba sobre el pecho.",
    "question.spread.text": "¿Dónde está el dolor?",
    "question.spread.help": "¿Da la vuelta hasta la parte delantera del pecho? Entonces responde que sí a la "
    "pregunta de arriba sobre el dolor en el pecho.",
    "question.spread.none": "Se queda en los músculos entre los omóplatos",
    "question.spread.radiates": "Se extiende, por ejemplo, al costado o hasta el cuello",
    "question.spread.arms": "Llega a los brazos o a las manos",
    "question.worsening.text": "¿El dolor está empeorando, mientras corres o día a día?",
    "question.worsening.help": "Si empeora aunque sea un poco, rápido o despacio, responde que sí.",
    "question.persists_after_stopping.text": "¿El dolor sigue ahí después de dejar de correr?",
    "question.changes_form.text": "¿El dolor cambia claramente tu forma de correr?",
    "question.changes_form.help": "Por ejemplo, te encorvas por el dolor, das pasos más cortos o mantienes el "
    "cuerpo rígido para proteger la espalda.",
    "question.duration.text": "¿Cuánto tiempo llevas con el dolor?",
    "question.duration.under_1_week": "Menos de una semana",
    "question.duration.1_to_2_weeks": "De una a dos semanas",
    "question.duration.over_2_weeks": "Más de dos semanas",
    "question.neuro.text": "¿Tienes alguna parte del cuerpo dormida, con hormigueo o débil?",
    "question.neuro.help": "Por ejemplo, un brazo o una mano, el pecho o la barriga, o una pierna.",
    "question.systemic.text": "¿Tienes fiebre o escalofríos, o has perdido peso sin saber por qué?",
    "question.systemic.help": "Si tienes fiebre o escalofríos, responde que sí, aunque creas saber qué los causó.",
    "question.chest_or_breathing.text": "¿Tienes dolor en el pecho o te cuesta respirar? ¿O te pasó la última vez "
    "que corriste?",
    "question.chest_or_breathing.help": "Responde que sí al dolor, la presión o la opresión en el pecho, aunque "
    "haya mejorado. Responde que sí si el dolor de espalda da la vuelta hasta la parte delantera del pecho, o si te "
    "duele al tomar aire.",
    "question.legs_or_bladder.text": "¿Notas las dos piernas débiles, dormidas o con hormigueo, o tienes problemas "
    "con la vejiga o el intestino?",
    "question.legs_or_bladder.help": "Responde también que sí si notas dormidas las nalgas o los genitales. "
    "Responde que sí si tienes problemas nuevos para orinar, o si no puedes aguantar la orina o las heces.",
    "question.trauma.text": "¿Empezó un dolor fuerte de repente después de una caída, un choque u otra lesión?",
    "question.injury.text": "¿Empezó el dolor después de una caída, un choque o un golpe, aunque no fuera fuerte ni "
    "repentino?",
    "question.night.text": "¿El dolor es peor por la noche, o te despierta?",
    "question.not_sure": "¿Tienes dudas? Responde que sí.",

    # ---- What answers a page or a link may not hold (pyapp/validate.py, pyapp/share.py) ----
    "error.not_answers": "answers: debe ser un objeto de pares clave/valor, pero es {value}",
    "error.unknown_key": "la clave {key} no existe; las claves válidas son {keys}",
    "error.given_twice": "{key}: aparece dos veces",
    "error.not_allowed": "{key}: debe ser {allowed}, pero es {value}",
    "error.missing": "{key}: falta; es obligatorio dar {allowed}",
    "error.allowed_scale": "un número entero del {pain_min} al {pain_max}",
    "error.allowed_choice": "uno de {values}",
    "error.allowed_yes_no": "true o false",
    "error.link_yes_no": "{key}: debe ser 1 (sí) o 0 (no), pero es {value}",
    "error.link_too_long.one": "el enlace tiene {count} carácter; uno real tiene menos de {most}",
    "error.link_too_long.many": "el enlace tiene {count} caracteres; uno real tiene menos de {most}",
    "error.link_too_long.other": "el enlace tiene {count} caracteres; uno real tiene menos de {most}",
    "error.link_part": "{part} no tiene la forma clave=valor",

    # ---- What the runner is told (pyapp/outcomes.py) ----
    "caveat": "Este cuestionario da información general. No es un diagnóstico. No sustituye a un médico ni a un "
    "fisioterapeuta. En una emergencia, llama al número de emergencias de tu zona.",
    # Example numbers beside "your local emergency number", for readers in the places the
    # site is most read in this language (our addition: the source names no number).
    "emergency.numbers": "Por ejemplo, el 112 en España y en la Unión Europea, o el 911 en México y en Estados "
    "Unidos.",
    "emergency.call_now": "Llama ahora al número de emergencias de tu zona.",
    "emergency.if_chest": "¿Dolor, presión u opresión en el pecho, o dificultad para respirar? Llama ahora al "
    "número de emergencias de tu zona.",
    "care.injury": "Ve ahora a urgencias de un hospital.",
    "care.injury_call": "Si no puedes caminar, tienes alguna parte del cuerpo dormida o débil, o te cuesta "
    "respirar, llama ahora al número de emergencias de tu zona.",
    "care.legs": "Llama ahora al número de emergencias de tu zona. O ve ahora a urgencias de un hospital.",
    "care.ask_before_running": "Consulta a un médico o a un fisioterapeuta antes de volver a correr.",
    "care.do_not_run": "No corras.",
    "stop.if": "Para de correr de inmediato si",
    "stop.if_any": "Para de correr de inmediato si pasa alguna de estas cosas.",
    "stop.pain": "el dolor llega a {pain_stop_at} sobre {pain_max}",
    "stop.sharp": "se vuelve punzante o lo notas como si algo se trabara",
    "stop.worse": "empeora",
    "stop.spreads": "se extiende más allá de los músculos entre los omóplatos",
    "stop.form": "cambia tu forma de correr",
    "back_to_running": "Quizá puedas correr con cambios cuando el dolor sea sordo y de {mild_pain_max} o menos. "
    "Debe quedarse entre los omóplatos. No debe empeorar, seguir después de parar ni cambiar tu forma de correr.",
    "result.headline": "Este es tu resultado: {title}",
    "urgent.title": "Para y busca ayuda médica",
    "urgent.legs": "¿Tienes las dos piernas débiles o dormidas, las nalgas dormidas, o problemas con la vejiga o el "
    "intestino?",
    "urgent.injury": "¿Tienes un dolor fuerte que empezó de golpe después de una caída, un choque o una lesión?",
    "urgent.until_checked": "No corras hasta que te hayan revisado.",
    "professional.title": "Para de correr y que te revisen sin demora",
    "professional.now_doctor": "Para de correr y ve a un médico sin demora.",
    "professional.now": "Para de correr y ve a un médico o a un fisioterapeuta sin demora.",
    "professional.rest": "Deja de correr hasta que te hayan revisado.",
    "professional.doctor": "Si tienes fiebre o escalofríos, o has perdido peso sin saber por qué, ve a un médico, "
    "no solo a un fisioterapeuta.",
    "professional.tell": "Cuéntale las señales de la lista de arriba y cuánto tiempo llevas con el dolor.",
    "stop.title": "Para de correr hoy y descansa",
    "stop.now": "Hoy no corras y descansa.",
    "stop.rest": "Descansa de correr. No corras aguantando el dolor.",
    "stop.check_again": "Antes de volver a salir a correr, haz de nuevo este cuestionario.",
    "stop.spread_advice": "Un dolor que se extiende es una señal para parar y pedir consejo.",
    "stop.lasts": "Si el dolor dura más de dos semanas, ve a un médico o a un fisioterapeuta sin demora.",
    "stop.nerves": "Si notas alguna parte del cuerpo dormida, con hormigueo o débil, ve a un médico o a un "
    "fisioterapeuta sin demora. Si tienes fiebre o escalofríos, ve a un médico sin demora.",
    "modify.title": "Quizá puedas correr, con cambios",
    "modify.now": "Quizá puedas correr con algunos cambios. Para de inmediato si notas una señal del recuadro de "
    "abajo.",
    "modify.if_spreads": "Si el dolor se extiende, para y pide consejo.",
    "modify.nerves": "Si notas alguna parte del cuerpo dormida, con hormigueo o débil, para de correr. Consulta sin "
    "demora a un médico o a un fisioterapeuta.",
    "modify.warm_up": "Calienta primero. Los círculos con los brazos y los giros suaves del tronco preparan la "
    "parte alta de la espalda.",
    "modify.tall": "Corre con el cuerpo erguido: levanta un poco el pecho y mira al frente.",
    "modify.shoulders": "Lleva los hombros un poco hacia atrás y hacia abajo, sin encorvarte ni encogerlos.",
    "modify.arms": "Mueve los brazos en línea recta, hacia delante y hacia atrás. No dejes que se crucen por "
    "delante del cuerpo.",
    "modify.hands": "Mantén las manos sueltas. No aprietes los puños.",
    "modify.pack": "Comprueba que el chaleco o la mochila de hidratación te quede bien. Sus correas no deben tirar "
    "de tus hombros hacia delante.",
    "modify.long_runs": "En las carreras largas, revisa tu forma de correr cuando te canses.",
    "modify.after": "Después de correr, estira con suavidad y pasa el rodillo de espuma por la parte alta de la "
    "espalda.",
    "run.title": "Corre como siempre",
    "run.now": "Hoy puedes correr como siempre.",
    "run.tall": "Corre con el cuerpo erguido, con el pecho un poco levantado y la mirada al frente.",
    "run.relaxed": "Mantén las manos sueltas y los hombros relajados. No aprietes los puños ni encojas los hombros.",
    "run.pack": "Asegúrate de que el chaleco o la mochila de hidratación te quede bien y no tire de tus hombros "
    "hacia delante.",
    "run.pain_starts": "Si empieza a doler, haz de nuevo este cuestionario.",
    "reason.chest_or_breathing": "Nos hablaste de dolor, presión u opresión en el pecho, o de problemas para "
    "respirar. Necesitas ayuda ahora, para descartar un problema en las costillas, el corazón o los pulmones.",
    "reason.legs_or_bladder": "Si tienes las piernas débiles o dormidas, las nalgas dormidas, o problemas con la "
    "vejiga o el intestino, puede ser que los nervios de la columna estén presionados. Necesitas ayuda ahora.",
    "reason.trauma": "Un dolor fuerte empezó de repente después de una caída, un choque o una lesión. Hay que "
    "revisarlo ahora, para tener el diagnóstico y la atención correctos.",
    "reason.injury": "Tu dolor empezó después de una caída, un choque o un golpe. Consulta a un médico o a un "
    "fisioterapeuta, aunque el dolor sea leve.",
    "reason.night": "Un dolor que es peor por la noche, o que te despierta, debería revisarse.",
    "reason.pain_8_plus": "Tu dolor es de {pain_severe_at} o más sobre {pain_max}. Un dolor tan fuerte debería "
    "revisarse, aunque no haya ninguna otra señal.",
    "reason.neuro": "Tener una parte del cuerpo dormida, con hormigueo o débil puede ser señal de que hay un nervio "
    "presionado. Hay que revisarlo.",
    "reason.systemic": "Tener fiebre o escalofríos, o perder peso sin saber por qué, junto con el dolor, podría "
    "indicar una infección. También podría ser otro problema grave. Debería revisarlo un médico.",
    "reason.spread_arms": "Un dolor que llega a los brazos o a las manos apunta a un nervio irritado.",
    "reason.over_2_weeks": "Llevas más de dos semanas con el dolor.",
    "reason.pain_4_plus": "Tu dolor es de {pain_stop_at} o más sobre {pain_max}. Con ese nivel, para de correr.",
    "reason.sharp": "Un dolor punzante, como una puñalada o una corriente eléctrica, puede ser señal de un problema "
    "en una articulación o en un nervio. Lo mismo si lo notas como si algo se trabara.",
    "reason.worsening": "Un dolor que empeora mientras corres es una señal para parar.",
    "reason.persists_after_stopping": "Un dolor que sigue después de dejar de correr significa que tu cuerpo "
    "necesita descanso.",
    "reason.changes_form": "Un dolor que cambia tu forma de correr significa que tu cuerpo necesita descanso.",
    "reason.spread_radiates": "Un dolor que se extiende más allá de los músculos entre los omóplatos es una señal "
    "para parar.",
    "reason.mild_pain": "Nos dijiste que tu dolor, en el peor momento, es leve (de {mild_pain_min} a "
    "{mild_pain_max} sobre {pain_max}), y que no tienes ninguna de las señales de alarma.",
    "reason.no_pain": "Nos dijiste que tu dolor, en el peor momento, es de {pain_min} sobre {pain_max}, y que no "
    "tienes ninguna de las señales de alarma.",
    "card.nerves": "¿Una parte del cuerpo dormida, con hormigueo o débil? Para y consulta sin demora a un médico o "
    "a un fisioterapeuta.",
    "stop.card": "Cuándo parar",

    # ---- The rule table on the warning signs page (buildsite/render.py) ----
    "rules.question": "Pregunta",
    "rules.answer": "Tu respuesta",
    "rules.says": "Lo que dice el cuestionario",
    "rules.from_to": "De {lowest} a {highest}",
    "rules.and_no_sign": "{answer}, y ninguna de las señales de arriba",

    # ---- The command line (pyapp/cli.py) ----
    "cli.intro": "Responde a cada pregunta. No se rellena nada por ti.",
    "cli.answer_with": "Responde con {what}, por favor.",
    "cli.choose": "un número del 1 al {most}",
    "cli.yes_or_no": "s o n",
    "cli.why": "Por qué:",
    "cli.what_to_do": "Qué hacer:",

    # ---- The check page (pyapp/check_page.py, pyapp/check_view.py) ----
    "check.left.one": "Falta {count} pregunta. Verás tu resultado en cuanto tus respuestas lo decidan. ¿Tienes dudas "
    "o te preocupa algo? Ve a un médico o a un fisioterapeuta.",
    "check.left.many": "Faltan {count} preguntas. Verás tu resultado en cuanto tus respuestas lo decidan. ¿Tienes "
    "dudas o te preocupa algo? Ve a un médico o a un fisioterapeuta.",
    "check.left.other": "Faltan {count} preguntas. Verás tu resultado en cuanto tus respuestas lo decidan. ¿Tienes "
    "dudas o te preocupa algo? Ve a un médico o a un fisioterapeuta.",
    "check.no_result_now": "Por ahora no hay resultado: {left}",
    "check.reason": "{reason} {link}",
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
    "check.link_other_answers": "Este enlace tiene otras respuestas. ¿Quieres usarlas?",
    "check.use_link": "Usar las del enlace",
    "check.keep_mine": "Mantener las mías",
    "check.your_log": "tu registro",
    "check.saved": "Guardado en {link}.",
    "check.already_saved": "Este resultado ya está en {link}.",
    "check.link_copied": "Enlace copiado. Tiene tus respuestas y nada más: {address}",
    "check.copy_link": "Copia y comparte este enlace con tus respuestas: {address}",
    # What web/shell.js says when the engine cannot start or breaks (each page's shell_data)
    "check.failed_status": "No se pudo abrir el cuestionario.",
    "check.failed_text": "No se pudo abrir el cuestionario en este dispositivo. {why} Aquí no se pueden comprobar "
    "tus respuestas. En su lugar, lee las señales de alarma: {link}.",
    "check.slow": "El cuestionario aún está cargando. Puede tardar un poco si la conexión es lenta. Puedes seguir "
    "respondiendo.",
    "check.broken": "El cuestionario tuvo un problema, así que no muestra un resultado para estas respuestas. "
    "Vuelve a cargar la página para probar otra vez. Hasta que funcione, lee {link}.",
    "shell.when_to_stop": "cuándo parar y cuándo pedir ayuda",
    # Why the engine could not start: {why} in a page's failed_text
    "shell.why_slow": "Está tardando mucho. Mira si tienes conexión y vuelve a cargar la página.",
    "shell.why_not_loaded": "No se pudo descargar un archivo que necesita. Revisa tu conexión y vuelve a cargar "
    "la página.",
    "shell.why_damaged": "Un archivo que necesita llegó dañado o no se pudo descargar. Vuelve a cargar la página "
    "para probar otra vez.",
    "shell.why_page_damaged": "Esta página llegó dañada. Vuelve a cargarla para probar otra vez.",
    "shell.why_browser": "Este navegador no puede abrir esta página. Actualiza el navegador o usa otro.",
    "shell.why_stopped": "Algo falló al abrirse. Vuelve a cargar la página para probar otra vez.",
    "shell.why_not_answering": "La página dejó de responder. Vuelve a cargarla para probar otra vez.",
    "shell.why_damaged_copy": "Hay un archivo dañado en este navegador. Conéctate a internet y vuelve a cargar la "
    "página para arreglarlo.",

    # ---- Dates (pyapp/dates.py) ----
    # A date: 'Thu 26 Nov 2026'; with its time; on the chart: '26 Nov'
    "date.long": "{weekday}, {day} de {month} de {year}",
    "date.when": "{date}, {time}",
    "date.day": "{day} de {month}",
    "date.today": "hoy",
    "date.yesterday": "ayer",
    "date.days_ago.one": "hace {count} día",
    "date.days_ago.many": "hace {count} días",
    "date.days_ago.other": "hace {count} días",
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
    "store.damaged": "Tu registro antiguo está dañado, así que no se pudo leer. Se guarda tal como estaba.",
    "store.not_a_log": "Donde este sitio guardaba su registro hay algo que no es un registro, así que no se pudo "
    "leer. Se guarda tal como estaba.",
    "store.skipped.one": "{count} resultado guardado no se pudo leer. Se deja fuera.",
    "store.skipped.many": "{count} resultados guardados no se pudieron leer. Se dejan fuera.",
    "store.skipped.other": "{count} resultados guardados no se pudieron leer. Se dejan fuera.",
    "store.newer": "Algunos resultados se guardaron con una versión más nueva de este sitio. Vuelve a cargar la "
    "página para ver todo tu registro.",
    "store.nearly_full.one": "Tu registro tiene {count} resultado. Este navegador guarda como mucho unos {most}. "
    "Guarda tu registro en un archivo para tener una copia. Luego borra resultados viejos para hacer espacio.",
    "store.nearly_full.many": "Tu registro tiene {count} resultados. Este navegador guarda como mucho unos {most}. "
    "Guarda tu registro en un archivo para tener una copia. Luego borra resultados viejos para hacer espacio.",
    "store.nearly_full.other": "Tu registro tiene {count} resultados. Este navegador guarda como mucho unos {most}. "
    "Guarda tu registro en un archivo para tener una copia. Luego borra resultados viejos para hacer espacio.",
    "store.not_moved": "Tu registro no se pudo pasar a esta versión del sitio, porque este navegador ya no tiene "
    "espacio. Por eso se muestra tal como estaba, y aquí no se puede cambiar. Guárdalo en un archivo para tener "
    "una copia.",

    # ---- What the log says (pyapp/log.py, pyapp/log_listing.py) ----
    # {ago} is 'today', 'yesterday' or '16 days ago' (Dates)
    "log.note": "Guardaste por primera vez un resultado con dolor {ago}. Si el dolor dura más de dos semanas, "
    "debería revisarlo un médico o un fisioterapeuta sin demora.",
    "log.hint": "Guardaste por primera vez un resultado con dolor {ago}, así que lo tienes por lo menos desde "
    "entonces. Si empezó antes, cuenta desde que empezó.",
    "log.hint_longest": "Tu registro, por sí solo, ya muestra “{answer}”.",
    "log.started": "Empezaste a usar este registro {ago}.",

    # ---- The log page (pyapp/log_page.py, pyapp/log_view.py) ----
    "log_page.gone": "Ese resultado ya no está en tu registro.",
    "log_page.problem": "Esta página tuvo un problema, así que quizá no muestre todo tu registro. Vuelve a cargar "
    "la página para probar otra vez.",
    "log_page.deleted": "Se ha borrado el resultado del {when}.",
    "log_page.undone": "El resultado ha vuelto a tu registro.",
    "log_page.cleared": "Se ha borrado tu registro.",
    "log_page.downloaded": "Tu registro se ha descargado en el archivo {name}.",
    "log_page.pain": "Dolor: {pain}",
    "log_page.your_answers": "Tus respuestas",
    "log_page.delete": "Borrar",
    "log_page.delete_which": "Borrar el resultado del {when}",
    "log_page.undo": "Deshacer",
    "log_page.note_more": "Lee sobre {link}.",
    "log_page.note_link": "el dolor que dura",
    "log_page.chart_caption": "Tu dolor de {pain_min} a {pain_max} en cada resultado guardado, el más viejo a la "
    "izquierda. La línea de rayas marca el {pain_stop_at}: con este dolor o más, para de correr. La lista de abajo "
    "tiene todos los resultados.",
    "log_page.no_pain_points": "Los resultados sin nivel de dolor solo están en la lista.",
    # What web/shell.js says when the engine cannot start or breaks (shell_data)
    "log_page.failed_status": "No se pudo mostrar tu registro.",
    "log_page.failed_text": "No se pudo mostrar tu registro en este dispositivo. {why} Tus resultados guardados "
    "siguen en este navegador. En su lugar, lee las señales de alarma: {link}.",
    "log_page.slow": "Tu registro aún está cargando. Puede tardar un poco si la conexión es lenta.",
    "log_page.broken": "Esta página tuvo un problema, así que quizá no muestre todo tu registro. Vuelve a cargar "
    "la página para probar otra vez. Mientras tanto, lee {link}.",

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
    "frame.review_source": "Esta página sigue el artículo “{source}” (en inglés). No sabemos quién lo escribió ni "
    "cuándo.",
    "frame.review_added": "Qué añadimos o cambiamos",
    "frame.review_dates": "Comparamos esta página con el artículo el {reviewed}, y lo volveremos a hacer a más "
    "tardar el {next_review}. Esto no es una revisión médica.",
    "frame.not_reviewed": "Este sitio no lo ha revisado ni un médico ni un fisioterapeuta.",
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
    "log_frame.more": "Mostrar resultados anteriores",
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
    "la izquierda, los brazos se mueven en línea recta, hacia delante y hacia atrás. Cada brazo se queda en su lado de la "
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
    "figure.straight": "Sin cruzar",
    "figure.crossing": "Cruzan",
    "figure.fits": "Ajustado",
    "figure.loose": "Suelto",

}

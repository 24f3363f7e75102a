"""How plainly a text reads, in its language, for the tests that hold the site's words to it:
English at US grade 8 or below (Flesch-Kincaid); Spanish "fairly easy" or easier (Fernández
Huerta 70 or more and Szigriszt-Pazos 65 or more: both scales' "bastante fácil")."""

import string

import textstat
from textstat.textstat import textstatistics

from pyapp import texts

MAX_GRADE = 8
SPANISH_FLOORS = {"fernandez_huerta": 70, "szigriszt_pazos": 65}
# A fragment shorter than this scores as noise ("Not answered"); Spanish words are longer, so a
# short Spanish fragment scores on its syllables alone ("Ve al médico o al fisioterapeuta": 69).
MIN_WORDS = {"en": 5, "es": 8}

_SPANISH = textstatistics()
_SPANISH.set_lang("es")


def scores(lang, text):
    """{measure: score} of a text in lang."""
    if lang == "es":
        return {name: getattr(_SPANISH, name)(text) for name in SPANISH_FLOORS}
    return {"flesch_kincaid_grade": textstat.flesch_kincaid_grade(text)}


def measured(lang, text):
    """Whether the text is long enough in lang for its score to mean anything."""
    return len(text.split()) >= MIN_WORDS[lang]


def too_hard(lang, text):
    """'' when the text reads plainly enough in lang, else the scores that say it does not."""
    found = scores(lang, text)
    if lang == "es":
        failed = {name: score for name, score in found.items() if score < SPANISH_FLOORS[name]}
    else:
        failed = {name: score for name, score in found.items() if score > MAX_GRADE}
    return ", ".join("{} {}".format(name, score) for name, score in sorted(failed.items()))


# Values to fill a catalogue text's {names} with, to measure it as a runner reads it.
SAMPLE_VALUES = {"value": 3, "count": 3, "days": 12, "title": "Para de correr hoy y descansa", "key": "pain",
                 "keys": "pain", "allowed": "un número", "values": '"dull"', "part": "x", "length": 500,
                 "most": 400, "what": "s o n", "answer": "Sí", "lowest": 1, "highest": 3}


def names(words):
    """The {names} a catalogue text fills in."""
    return sorted(name for _literal, name, _spec, _conv in string.Formatter().parse(words) if name is not None)


def filled(lang, key):
    """A catalogue text as a runner reads it, its {names} filled in with sample values."""
    words = texts.CATALOGUES[lang][key]
    return texts.text(lang, key, **{name: SAMPLE_VALUES.get(name, "x") for name in names(words)})

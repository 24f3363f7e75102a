"""How plainly a text reads, in its language, for the tests that hold the site's words to it: by the
measures and bounds each language declares in buildsite/languages.py (DECLARED, "reading"). English
at US grade 8 or below (Flesch-Kincaid); Spanish "fairly easy" or easier (Fernández Huerta 70 or more
and Szigriszt-Pazos 65 or more: both scales' "bastante fácil"). A language that declares no measure
fails here: it is never measured by English's formula."""

import string

from textstat.textstat import textstatistics

from buildsite.languages import declared
from pyapp import texts


def reading(lang):
    """lang's declared reading: {"textstat", "min_words", "measures": {name: (lowest, highest)}}."""
    return declared(lang, "reading")


MAX_GRADE = reading("en")["measures"]["flesch_kincaid_grade"][1]
_MEASURERS = {}


def _measurer(lang):
    """textstat speaking lang (its syllables and, for some measures, its formula)."""
    if lang not in _MEASURERS:
        _MEASURERS[lang] = textstatistics()
        _MEASURERS[lang].set_lang(reading(lang)["textstat"])
    return _MEASURERS[lang]


def scores(lang, text):
    """{measure: score} of a text in lang, by each measure lang declares."""
    return {name: getattr(_measurer(lang), name)(text) for name in reading(lang)["measures"]}


def measured(lang, text):
    """Whether the text is long enough in lang for its score to mean anything."""
    return len(text.split()) >= reading(lang)["min_words"]


def too_hard(lang, text):
    """'' when the text reads plainly enough in lang, else the scores that say it does not."""
    bounds = reading(lang)["measures"]
    failed = {name: score for name, score in scores(lang, text).items()
              if (bounds[name][0] is not None and score < bounds[name][0])
              or (bounds[name][1] is not None and score > bounds[name][1])}
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
    words = texts.catalogue(lang)[key]
    return texts.text(lang, key, **{name: SAMPLE_VALUES.get(name, "x") for name in names(words)})

"""The runner's words in every language the site speaks: one catalogue a language
(pyapp/texts_<lang>.py), each keyed like English's, and the numbers they name filled in
from the rules, never typed into a translation (ARCHITECTURE.md rule 9).

A text is looked up by its key, e.g. text("es", "outcome.run.title"). The rule tables
hold keys; nothing here decides anything.
"""

import json

from pyapp.questions import MILD_PAIN, PAIN_MAX, PAIN_MIN, PAIN_SEVERE_AT, PAIN_STOP_AT

DEFAULT = "en"  # the site's root; every other language lives under /<lang>/
LANGUAGES = ("en", "es")
# {lang: its catalogue}, each imported on first use (catalogue()): a page in one language loads
# that language's catalogue only (buildsite.engine_files gives each page its own files).
CATALOGUES = {}

SHOWN_CHARS = 40  # how much of a bad value a message repeats

# The numbers a text may name, as {name}: the rules' own values (the pain scale's marks, which
# the rules read too; so the texts never import the rules).
NUMBERS = {
    "pain_min": PAIN_MIN,
    "pain_max": PAIN_MAX,
    "pain_stop_at": PAIN_STOP_AT,
    "pain_severe_at": PAIN_SEVERE_AT,
    "mild_pain_min": MILD_PAIN[0],
    "mild_pain_max": MILD_PAIN[1],
}


def language(lang):
    """lang if the site speaks it, else the default: a page's or a link's language is untrusted."""
    return lang if lang in LANGUAGES else DEFAULT


def catalogue(lang):
    """lang's catalogue, {key: text}: the module pyapp/texts_<lang>.py, imported the first time it is asked for."""
    if lang not in CATALOGUES:
        CATALOGUES[lang] = __import__(catalogue_module(lang), None, None, ("TEXTS",)).TEXTS
    return CATALOGUES[lang]


def catalogue_module(lang):
    return "pyapp.texts_" + lang


# Each language's plural categories by CLDR (unicode.org/cldr, "Language Plural Rules", v46), for a
# whole number as the site says it, in digits (CLDR's operands i = n, v = 0, e = 0): {lang: (the
# categories its catalogue gives a counted key, in CLDR's order; the category of a count)}.
# English: one for 1, other. Spanish: one for 1; many for a whole million (1000000, 2000000: "un
# millón de días"), since CLDR 42; other.
CLDR_CATEGORIES = ("zero", "one", "two", "few", "many", "other")
PLURALS = {
    "en": (("one", "other"), lambda n: "one" if n == 1 else "other"),
    "es": (("one", "many", "other"),
           lambda n: "one" if n == 1 else "many" if n != 0 and n % 1000000 == 0 else "other"),
}


def plural_forms(lang):
    """The CLDR categories lang's catalogue gives every counted key ("check.left.one", ...)."""
    return PLURALS[lang][0]


def plural(lang, which, count, **values):
    """The text of a key that says a count, in the form lang's plural rules pick for it
    ("<which>.one", "<which>.many", "<which>.other"), its {count} and other {names} filled in."""
    return text(lang, which + "." + PLURALS[lang][1](count), count=count, **values)


def text(lang, which, **values):
    """The text under the key `which` in lang's catalogue, its {names} filled in from values
    and NUMBERS (a text may name a "key": an answer's)."""
    words = catalogue(lang)[which]
    if "{" not in words:
        return words
    filled = dict(NUMBERS)
    filled.update(values)
    return words.format(**filled)


def shown(value):
    """A short, printable rendering of a value the user gave, for a message that repeats it."""
    try:
        words = json.dumps(value)
    except (TypeError, ValueError):
        words = type(value).__name__
    if len(words) > SHOWN_CHARS:
        words = words[:SHOWN_CHARS] + "\u2026"
    return words


def first_capital(words):
    """Words that start a sentence, a heading or a cell: "jueves, …" as "Jueves, …"."""
    return words[:1].upper() + words[1:]


def texts(lang, keys):
    """Several keys' texts as one: sentences that are always said together."""
    return " ".join(text(lang, key) for key in keys)

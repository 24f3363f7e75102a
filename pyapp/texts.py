"""The runner's words in every language the site speaks: one catalogue a language
(pyapp/texts_<lang>.py), each keyed like English's, and the numbers they name filled in
from the rules, never typed into a translation (ARCHITECTURE.md rule 9).

A text is looked up by its key, e.g. text("es", "outcome.run.title"). The rule tables
hold keys; nothing here decides anything.
"""

from pyapp import texts_en, texts_es
from pyapp.policy import MILD_PAIN, PAIN_SEVERE_AT, PAIN_STOP_AT
from pyapp.questions import PAIN_MAX, PAIN_MIN

DEFAULT = "en"  # the site's root; every other language lives under /<lang>/
LANGUAGES = ("en", "es")
CATALOGUES = {"en": texts_en.TEXTS, "es": texts_es.TEXTS}

# The numbers a text may name, as {name}: the rules' own values.
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
    return lang if lang in CATALOGUES else DEFAULT


def text(lang, which, **values):
    """The text under the key `which` in lang's catalogue, its {names} filled in from values
    and NUMBERS (a text may name a "key": an answer's)."""
    words = CATALOGUES[lang][which]
    if "{" not in words:
        return words
    filled = dict(NUMBERS)
    filled.update(values)
    return words.format(**filled)


def first_capital(words):
    """Words that start a sentence, a heading or a cell: "jueves, …" as "Jueves, …"."""
    return words[:1].upper() + words[1:]


def texts(lang, keys):
    """Several keys' texts as one: sentences that are always said together."""
    return " ".join(text(lang, key) for key in keys)

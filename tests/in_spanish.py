"""Whether what a page core shows is in Spanish, and reads plainly there: for the page cores' tests.

A word is English here when the English catalogue uses it and no Spanish text does: so the check
grows with the catalogues, and "no", "a" or "112", said in both, never count.
"""

import html
import re

from pyapp.texts_en import TEXTS as ENGLISH
from pyapp.texts_es import TEXTS as SPANISH
from tests.plain_words import too_hard

WORD = re.compile(r"[^\W\d_]+")  # a run of letters, accented ones too
TAG = re.compile(r"<[^>]*>")


def words_of(text):
    return set(word.lower() for word in WORD.findall(text))


def _vocabulary(catalogue):
    found = set()
    for text in catalogue.values():
        found |= words_of(text)
    return found


ENGLISH_ONLY = _vocabulary(ENGLISH) - _vocabulary(SPANISH)


def shown_texts(changes):
    """Every text a runner sees or hears from these changes: a text, the text of markup (not its tags or
    attributes), and what sharing says."""
    texts = []
    for change in changes:
        if change[0] == "text" and change[2]:
            texts.append(change[2])
        elif change[0] in ("html", "after", "append"):
            texts.append(html.unescape(TAG.sub(" ", change[2])))
        elif change[0] == "share":
            texts += change[3:5]
    return texts


def english_words(changes, allowed=()):
    """The English words in what these changes show, but those allowed (a link's own keys, say)."""
    found = set()
    for text in shown_texts(changes):
        found |= words_of(text) & ENGLISH_ONLY
    return sorted(found - set(allowed))


def reads_fairly_easily(text):
    """Whether a Spanish text reads "fairly easy" or easier, by the floors of tests.plain_words."""
    return not too_hard("es", text)

"""Markup made from text, every text escaped: what a page core hands the page shell.

MicroPython has no `html` module, so this is the one escaping function, used
for every text that goes into markup, whether the runner, a link or the
engine wrote it.
"""

ESCAPES = (("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ('"', "&quot;"), ("'", "&#x27;"))

# Every page whose logic is Python sits one folder below its language's root (/check/, /es/log/):
# its links to the guidance and to the other pages lead from here.
LANGUAGE_ROOT = "../"


def escape(text):
    """Text safe inside an element or a quoted attribute."""
    text = str(text)
    for char, entity in ESCAPES:
        text = text.replace(char, entity)
    return text


def element(tag, text="", attributes=None, inner=""):
    """<tag a="v">text + inner</tag>: the text and every attribute escaped; inner is markup made here."""
    attrs = "".join(' {}="{}"'.format(name, escape(attributes[name])) for name in sorted(attributes or {}))
    return "<{}{}>{}{}</{}>".format(tag, attrs, escape(text), inner, tag)


def link(href, text):
    return element("a", text, {"href": href})


LINK_AT = "\x00"  # where a sentence's one link goes: text(lang, key, link=LINK_AT)


def with_link(words, href, link_words):
    """A sentence in any language with its link where LINK_AT stands: every text escaped."""
    before, after = words.split(LINK_AT)
    return escape(before) + link(href, link_words) + escape(after)

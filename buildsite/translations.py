"""Each translated text tied to the English it translates (SPEC section 9, ARCHITECTURE.md rule 9).

pyapp/texts_<lang>_from.py records, key by key, a fingerprint of the English text each translation
was made from. check_fingerprints fails the build, naming the key, when the English has changed
since; `python3 build.py translated <lang> KEY ...` records the current English once the translation
is redone and reviewed, no stronger and no weaker.
"""

import ast
import hashlib
import os
import sys

from buildsite import BuildError
from buildsite.install import ROOT
from pyapp import texts

PYAPP = ROOT / "pyapp"
FINGERPRINT_CHARS = 12
RECORD = "python3 build.py translated"


def fingerprint(words):
    """The fingerprint of a catalogue text: the first 12 hex digits of the sha256 of its UTF-8, {names} and all."""
    return hashlib.sha256(words.encode("utf-8")).hexdigest()[:FINGERPRINT_CHARS]


def fingerprint_file(lang, folder=PYAPP):
    """Where lang's fingerprints live: pyapp/texts_es_from.py for Spanish."""
    return folder / "texts_{}_from.py".format(lang)


def fingerprints(lang, folder=PYAPP):
    """{key: fingerprint} as lang's fingerprint file records them ({} if it has none). Read as data,
    not imported, so a file just written is what is read."""
    path = fingerprint_file(lang, folder)
    if not path.exists():
        return {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and [getattr(target, "id", None) for target in node.targets] == ["FROM"]:
            return dict(ast.literal_eval(node.value))
    raise BuildError("{} must hold FROM = {{key: fingerprint}}; run: {} {} KEY [KEY ...]".format(
        path.relative_to(folder.parent), RECORD, lang))


def counted_keys(catalogue):
    """The keys of a catalogue that say a count: "check.left" for "check.left.one", "check.left.other"."""
    return {key.rsplit(".", 1)[0] for key in catalogue if key.rsplit(".", 1)[-1] in texts.CLDR_CATEGORIES}


def translated_keys(lang):
    """{key of lang's catalogue: the English key it translates}: English's keys, each counted one in
    lang's plural forms, a form English has not (Spanish "many") translating English's "other"."""
    english = texts.catalogue(texts.DEFAULT)
    keys = {key: key for key in english if key.rsplit(".", 1)[0] not in counted_keys(english)}
    for base in counted_keys(english):
        for form in texts.plural_forms(lang):
            keys[base + "." + form] = base + "." + (form if base + "." + form in english else "other")
    return keys


def untied_translations(lang, folder=PYAPP):
    """One line for every English key whose translation in lang is missing, has no fingerprint, or
    records a fingerprint of another English text than the catalogue's now."""
    english, catalogue = texts.catalogue(texts.DEFAULT), texts.catalogue(lang)
    recorded = fingerprints(lang, folder)
    found = []
    for key, source in sorted(translated_keys(lang).items()):
        if key not in catalogue:
            what = "is not translated; translate it"
        elif key not in recorded:
            what = "has no fingerprint of the English it translates in {}; check its translation".format(
                fingerprint_file(lang, folder).name)
        elif recorded[key] != fingerprint(english[source]):
            what = "translates an older English text; redo its translation"
        else:
            continue
        found.append('texts_{}.py: "{}" {} (no stronger, no weaker than the English), then run: {} {} {}'.format(
            lang, key, what, RECORD, lang, key))
    return found


def check_fingerprints(folder=PYAPP):
    """BuildError naming every key, in every language but English, whose translation is not tied to
    the English text as it is now (SPEC section 9)."""
    found = [line for lang in texts.LANGUAGES if lang != texts.DEFAULT for line in untied_translations(lang, folder)]
    if found:
        raise BuildError("\n".join(found))


def record_translated(lang, keys, folder=PYAPP):
    """Record the current English fingerprint of keys in lang's fingerprint file, and of those only
    (a key English no longer has is dropped). ValueError, with nothing written, for a language
    other than the translated ones, no key, or a key English or lang's catalogue does not have."""
    others = [other for other in texts.LANGUAGES if other != texts.DEFAULT]
    if not lang:
        raise ValueError("translated: name the language and the keys: {} LANG KEY [KEY ...]".format(RECORD))
    if lang not in others:
        raise ValueError("translated: no such translated language {!r}; the languages are {}".format(
            lang, ", ".join(others)))
    if not keys:
        raise ValueError("translated: name the keys whose translation you redid: {} {} KEY [KEY ...]".format(
            RECORD, lang))
    english, catalogue, sources = texts.catalogue(texts.DEFAULT), texts.catalogue(lang), translated_keys(lang)
    unknown = [key for key in keys if key not in sources]
    if unknown:
        raise ValueError("translated: pyapp/texts_en.py has no key {}; nothing was recorded".format(
            ", ".join('"{}"'.format(key) for key in unknown)))
    untranslated = [key for key in keys if key not in catalogue]
    if untranslated:
        raise ValueError("translated: pyapp/texts_{}.py has no key {}: translate it first; nothing was "
                         "recorded".format(lang, ", ".join('"{}"'.format(key) for key in untranslated)))
    recorded = {key: value for key, value in fingerprints(lang, folder).items() if key in sources}
    recorded.update({key: fingerprint(english[sources[key]]) for key in keys})
    path = fingerprint_file(lang, folder)
    written = path.with_name(path.name + ".new")
    written.write_text(_fingerprint_module(lang, recorded), encoding="utf-8")
    os.replace(written, path)
    return path


def translated(argv, folder=PYAPP):
    """`python3 build.py translated LANG KEY [KEY ...]`: the exit code; a refusal goes to stderr."""
    try:
        path = record_translated(argv[0] if argv else "", argv[1:], folder)
    except ValueError as error:
        print("build.py: error: {}".format(error), file=sys.stderr)
        return 2
    print("{}: recorded the English that {} translate{}".format(
        path.name, ", ".join(argv[1:]), "" if len(argv) > 2 else "s"))
    return 0


_FINGERPRINT_MODULE = '''"""Which English each text of pyapp/texts_{lang}.py translates: {{key: fingerprint}}, the
fingerprint being the first 12 hex digits of the sha256 of the English text (pyapp/texts_en.py, its
UTF-8 with its {{names}}) that the translation was made from and checked against (SPEC section 9).

The build fails, naming the key, when an English text no longer has the fingerprint recorded here
(buildsite/translations.py, check_fingerprints). Then redo that translation, no stronger and no weaker
than the English, and record it with: python3 build.py translated {lang} KEY [KEY ...]
That command writes this file; do not edit it by hand. It is not shipped to the browser, and pyapp
does not import it.
"""

FROM = {{
{rows}}}
'''


def _fingerprint_module(lang, recorded):
    rows = "".join('    "{}": "{}",\n'.format(key, value) for key, value in sorted(recorded.items()))
    return _FINGERPRINT_MODULE.format(lang=lang, rows=rows)

"""Every language says the same thing in its own words (ARCHITECTURE.md rule 9).

- Each catalogue has exactly English's keys, and each text the same {names}: a new
  language fails here until every key is translated and none is extra.
- The decision does not depend on the language: the level and the reason ids of every
  answer set are the same in each, in CPython and in the site's MicroPython.
- Each language's words read plainly by that language's own measure.
- Each translated text is tied to the English it translates (SPEC section 9): when the English
  changes, the build fails naming the key, until the translation is redone and recorded with
  `python3 build.py translated LANG KEY ...`.
"""

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from buildsite import BuildError, engine_files, languages, site, site_pages, translations
from pyapp import assess, assess_partial, texts
from pyapp.validate import AnswerError, said
from tests.answer_sets import BAD_ANSWERS, all_answer_sets, partial_answer_sets
from tests.micropython import in_cpython, run_in_micropython
from tests.parity import one_answer_set_per_result
from tests.plain_words import filled, names, too_hard

OTHER_LANGUAGES = [lang for lang in texts.LANGUAGES if lang != texts.DEFAULT]
ENGLISH = texts.catalogue(texts.DEFAULT)


@pytest.mark.parametrize("lang", texts.LANGUAGES)
def test_a_catalogue_has_exactly_the_english_keys(lang):
    """English's keys, a key that says a count in each of lang's plural forms, none missing, none extra."""
    catalogue, expected = texts.catalogue(lang), translations.translated_keys(lang)
    missing = sorted(set(expected) - set(catalogue))
    extra = sorted(set(catalogue) - set(expected))
    assert not missing and not extra, "{}: to translate {}; not in English {}".format(lang, missing, extra)


@pytest.mark.parametrize("lang", texts.LANGUAGES)
def test_each_text_fills_in_the_same_names_as_english(lang):
    catalogue, english = texts.catalogue(lang), translations.translated_keys(lang)
    wrong = ["{}: {} has {}".format(key, names(ENGLISH[english[key]]), names(words))
             for key, words in sorted(catalogue.items()) if names(words) != names(ENGLISH[english[key]])]
    assert not wrong, "\n".join(wrong)


# A count said in words, by CLDR's plural rules ---------------------------------------------

# CLDR's own examples of each category (unicode.org/cldr, Language Plural Rules), for whole numbers.
CLDR_EXAMPLES = {
    "en": {"one": (1,), "other": (0, 2, 3, 16, 100, 1000, 1000000)},
    "es": {"one": (1,), "many": (1000000, 2000000, 3000000), "other": (0, 2, 16, 100, 1000, 10000, 100000)},
}


def test_every_language_has_its_plural_rules():
    """A language without CLDR's rules for a count would say "1 questions": it fails here first."""
    assert set(texts.PLURALS) == set(texts.LANGUAGES) == set(CLDR_EXAMPLES)
    for lang in texts.LANGUAGES:
        assert set(texts.plural_forms(lang)) <= set(texts.CLDR_CATEGORIES) and "other" in texts.plural_forms(lang)


@pytest.mark.parametrize("lang", texts.LANGUAGES)
def test_a_count_picks_the_form_cldr_gives_it(lang):
    for form, counts in CLDR_EXAMPLES[lang].items():
        for count in counts:
            assert texts.plural(lang, "check.left", count) == texts.text(lang, "check.left." + form, count=count)
    assert set(CLDR_EXAMPLES[lang]) == set(texts.plural_forms(lang))


@pytest.mark.parametrize("lang", texts.LANGUAGES)
def test_every_counted_key_has_every_plural_form_its_language_needs(lang):
    catalogue = texts.catalogue(lang)
    counted = translations.counted_keys(ENGLISH)
    assert counted >= {"check.left", "store.skipped", "date.days_ago", "store.nearly_full"}
    missing = ["{}.{}".format(base, form) for base in sorted(counted) for form in texts.plural_forms(lang)
               if "{}.{}".format(base, form) not in catalogue]
    assert not missing, "{} has no {}".format(lang, missing)
    for base in counted:
        for form in texts.plural_forms(lang):
            assert "{count}" in catalogue[base + "." + form], "a form says its count, not a typed 1: " + base


def test_a_language_missing_a_plural_form_fails(monkeypatch):
    monkeypatch.delitem(texts.catalogue("es"), "check.left.many")
    assert "check.left.many" in translations.translated_keys("es")
    with pytest.raises(KeyError):
        texts.plural("es", "check.left", 2000000)


# Digits a text may type that are not a rule's number: a count of one, the share link's spelling
# of yes and no, the command line's first choice.
NOT_A_RULES_NUMBER = {"error.link_yes_no": {"1", "0"}, "cli.choose": {"1"}}


def rule_numbers_typed(catalogue):
    """{key: the rules' numbers (texts.NUMBERS) its text types as digits, outside its {names}}."""
    numbers = {str(number) for number in texts.NUMBERS.values()}
    typed = {key: set(re.findall(r"[0-9]+", re.sub(r"\{\w*\}", "", words))) & numbers - NOT_A_RULES_NUMBER.get(key, set())
             for key, words in catalogue.items()}
    return {key: sorted(digits) for key, digits in typed.items() if digits}


@pytest.mark.parametrize("lang", texts.LANGUAGES)
def test_no_text_types_a_number_a_rule_holds(lang):
    """A translation that types "4" where the rule says {pain_stop_at} would not follow a change of
    rule: no text of any catalogue types any of the rules' numbers as a digit."""
    assert rule_numbers_typed(texts.catalogue(lang)) == {}


def test_a_number_a_rule_holds_is_filled_in_never_typed():
    assert rule_numbers_typed({"stop.pain": "la douleur atteint 4 sur {pain_max}", "other": "112 ou 000"}) == {
        "stop.pain": ["4"]}
    for lang in texts.LANGUAGES:
        assert "{pain_stop_at}" in texts.catalogue(lang)["stop.pain"]
        assert texts.text(lang, "stop.pain").count("4") == 1


# What each language declares (buildsite/languages.py), and the checklist that names it -----------

@pytest.mark.parametrize("lang", texts.LANGUAGES)
def test_each_language_declares_its_reading_measure_font_and_pages_outside_the_nav(lang):
    for field in languages.DECLARATIONS:
        assert languages.declared(lang, field), (lang, field)
    measures = languages.declared(lang, "reading")["measures"]
    assert measures and all(bounds != (None, None) for bounds in measures.values()), "a measure with a bound"
    languages.check_declared(site_pages.not_in_nav_lines())


@pytest.mark.parametrize("field", ["reading", "font", "not_in_nav"])
def test_a_language_that_declares_nothing_fails_never_falls_back_to_english(field, monkeypatch):
    monkeypatch.delitem(languages.DECLARED["es"], field)
    with pytest.raises(BuildError, match="'es' declares no '{}'".format(field)):
        languages.check_declared(site_pages.not_in_nav_lines())
    if field == "reading":
        with pytest.raises(BuildError, match="nothing falls back to English"):
            too_hard("es", "Hoy no corras y descansa.")


def test_a_third_language_undeclared_is_not_measured_by_english(monkeypatch):
    monkeypatch.setattr(texts, "LANGUAGES", texts.LANGUAGES + ("fr",))
    with pytest.raises(BuildError, match="'fr' declares no 'reading'"):
        too_hard("fr", "Ne cours pas aujourd'hui et repose-toi.")
    with pytest.raises(BuildError, match="'fr' declares no"):
        languages.check_declared(site_pages.not_in_nav_lines())


def test_not_in_nav_in_mkdocs_yml_and_the_declarations_cannot_differ():
    lines = site_pages.not_in_nav_lines()
    assert sorted(line.strip() for line in lines if line.strip()) == sorted(
        page for lang in texts.LANGUAGES for page in languages.declared(lang, "not_in_nav"))
    with pytest.raises(BuildError, match="not_in_nav must list"):
        languages.check_declared([line for line in lines if ".es." not in line])


def test_a_title_with_letters_its_font_has_not_fails_the_build():
    """Else the link preview draws boxes, and nothing says so."""
    languages.check_font("es", "¿Puedo correr con dolor? Señales de alarma")
    with pytest.raises(BuildError, match="'Ж'.*latin-1"):
        languages.check_font("es", "Ж")


def adding_a_language(readme):
    """README.md's "Adding a language" checklist."""
    section = readme.split("### Adding a language", 1)[1]
    return section.split("\n## ", 1)[0]


def test_the_adding_a_language_checklist_names_every_declaration():
    """The checklist and the code cannot drift: it names each table a language goes into and each
    field a language declares."""
    checklist = adding_a_language((Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8"))
    needed = ["`LANGUAGES`", "`CATALOGUES`", "`PLURALS`", "`BROWSER_MODULES`", "`DECLARED`", "`PREVIEW_FONTS`",
              "`not_in_nav`"] + ["`{}`".format(field) for field in languages.DECLARATIONS]
    missing = [name for name in needed if name not in checklist]
    assert not missing, "README.md's \"Adding a language\" does not name {}".format(missing)
    assert adding_a_language("### Adding a language\n1. `LANGUAGES`\n## Deploy\n`PLURALS`") == "\n1. `LANGUAGES`"


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_every_sentence_is_translated(lang):
    """A text of two words or more left as English's is a text not translated yet."""
    english = translations.translated_keys(lang)
    left = [key for key, words in sorted(texts.catalogue(lang).items())
            if words == ENGLISH[english[key]] and len(re.findall(r"[A-Za-z]{2,}", re.sub(r"\{\w*\}", "", words))) >= 2]
    assert not left, "{} still in English: {}".format(lang, left)


def test_an_unknown_language_is_the_default_one():
    """A page's language comes from the page: anything the site does not speak gets English."""
    for untrusted in ("", "fr", "ES", "es-MX", None, "__proto__"):
        assert texts.language(untrusted) == texts.DEFAULT
    assert texts.language("es") == "es"


# The decision is the same in every language ------------------------------------------------

def decision(result):
    return result["level"], [reason["id"] for reason in result["reasons"]]


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_every_answer_set_gets_the_same_level_and_reasons_in_every_language(lang):
    checked = 0
    for answers in all_answer_sets():
        english, other = assess(answers), assess(answers, lang)
        assert decision(other) == decision(english), answers
        assert other["title"] != english["title"] and other["advice"] != english["advice"], answers
        checked += 1
    assert checked == 202_752


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_a_bad_answer_is_refused_the_same_way_and_said_in_the_language(lang):
    for answers, english_message in BAD_ANSWERS:
        with pytest.raises(ValueError) as refused:
            assess(answers, lang)
        assert str(refused.value) == english_message
        if isinstance(refused.value, AnswerError):
            assert said(lang, refused.value) != english_message, answers


ADAPTER = '''
from pyapp import assess, assess_partial

def assess_{lang}(answers):
    return assess(answers, "{lang}")

def partial_{lang}(answers):
    return assess_partial(answers, "{lang}")
'''


def micropython_adapter(tmp_path, shipped_pyapp, lang):
    """The shipped pyapp with a module that calls the engine in lang (run_in_micropython passes one argument)."""
    pyapp_dir = tmp_path / "pyapp"
    shutil.copytree(shipped_pyapp, pyapp_dir)
    (pyapp_dir / "in_language.py").write_text(ADAPTER.format(lang=lang))
    return pyapp_dir


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_micropython_gives_the_identical_result_in_every_language(lang, tmp_path, shipped_pyapp):
    """Whole results, words and all: the phone says exactly what CPython says, level and reasons
    included, for one answer set of each of the 36,865 decisions the engine can make (a result's
    words follow its decision; tests/test_micropython.py holds every answer set's decision), and
    a sample of partial ones."""
    pyapp_dir = micropython_adapter(tmp_path, shipped_pyapp, lang)
    answer_sets = one_answer_set_per_result(all_answer_sets())
    got = run_in_micropython("pyapp.in_language.assess_" + lang, answer_sets, tmp_path, pyapp_dir)
    expected = in_cpython(lambda answers: assess(answers, lang), answer_sets)
    assert len(got) == len(expected) == 36_865
    assert [e for e, g in zip(expected, got) if e != g][:3] == []
    english = in_cpython(assess, answer_sets)
    assert [decision(g["result"]) for g in got] == [decision(e["result"]) for e in english]

    partial = list(partial_answer_sets(3_000))
    got = run_in_micropython("pyapp.in_language.partial_" + lang, partial, tmp_path, pyapp_dir)
    assert got == in_cpython(lambda answers: assess_partial(answers, lang), partial)


# Plain words, by each language's own measure ---------------------------------------------------

MIN_WORDS = 5  # under five words a score is noise (page blocks, headings among them, start at plain_words')


def spanish_texts():
    return [(key, filled("es", key)) for key in sorted(texts.catalogue("es"))
            if len(filled("es", key).split()) >= MIN_WORDS]


def test_the_spanish_measure_tells_plain_from_dense_text():
    """The measure can fail: a dense clinical sentence is well under the bar."""
    dense = ("El dolor acompañado de síntomas sistémicos como fiebre, escalofríos o pérdida de peso "
             "inexplicable podría indicar una infección subyacente o una afección grave.")
    assert too_hard("es", dense)
    assert not too_hard("es", "Hoy no corras y descansa. Antes de volver a correr, haz de nuevo este cuestionario.")


@pytest.mark.parametrize("key,words", spanish_texts(), ids=[key for key, _ in spanish_texts()])
def test_every_spanish_text_reads_fairly_easily(key, words):
    """Fairly easy ("bastante fácil") or easier, by both Spanish scales (tests/plain_words.py)."""
    assert not too_hard("es", words), "{} reads at {}: {!r}".format(key, too_hard("es", words), words)


# Each translation is tied to the English it translates ------------------------------------------

ROOT = Path(__file__).resolve().parent.parent
ENGLISH_SOURCE = (ROOT / "pyapp" / "texts_en.py").read_text(encoding="utf-8")
# The keys these tests change, whichever keys English has: a text on one line, with no escapes
# (so a copy of texts_en.py can change it too), and two others.
CHANGED_KEY = [key for key in sorted(ENGLISH) if ENGLISH_SOURCE.count('"{}": "{}",'.format(key, ENGLISH[key])) == 1][0]
CHANGED_ENGLISH = ENGLISH[CHANGED_KEY] + " Rest and let your back settle."  # what a translation must follow
OTHER_KEYS = sorted(set(ENGLISH) - {CHANGED_KEY})[:2]


def stale_line(lang, key):
    return ('texts_{lang}.py: "{key}" translates an older English text; redo its translation (no stronger, no '
            "weaker than the English), then run: python3 build.py translated {lang} {key}").format(lang=lang, key=key)


def fingerprint_copy(folder, lang, without=()):
    """lang's fingerprint file copied into folder, less the keys in without."""
    lines = translations.fingerprint_file(lang).read_text(encoding="utf-8").splitlines(keepends=True)
    kept = [line for line in lines if not any(line.startswith('    "{}": '.format(key)) for key in without)]
    assert len(kept) == len(lines) - len(without)
    translations.fingerprint_file(lang, folder).write_text("".join(kept), encoding="utf-8")


def test_a_fingerprint_is_the_first_12_hex_digits_of_the_sha256_of_the_english_text():
    words = ENGLISH["reason.pain_4_plus"]
    assert "{" in words, "the raw text, its {names} not filled in"
    assert translations.fingerprint(words) == hashlib.sha256(words.encode("utf-8")).hexdigest()[:12]


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_every_translation_records_the_english_it_translates_as_the_english_is_now(lang):
    assert translations.untied_translations(lang) == []
    translations.check_fingerprints()
    recorded = translations.fingerprints(lang)
    assert sorted(recorded) == sorted(translations.translated_keys(lang))
    assert translations.fingerprint_file(lang).read_text(encoding="utf-8") == translations._fingerprint_module(
        lang, recorded), "sorted, one key a line, as build.py translated writes it"


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_the_fingerprints_stay_out_of_the_browser_and_out_of_the_engine(lang):
    module = translations.fingerprint_file(lang).stem
    assert module not in engine_files.BROWSER_MODULES
    assert module not in (ROOT / "pyapp" / "texts.py").read_text()


def test_a_changed_english_text_fails_the_check_naming_its_key(monkeypatch):
    """H-ES-2: a Spanish text left behind when the English it translates changes."""
    monkeypatch.setitem(ENGLISH, CHANGED_KEY, CHANGED_ENGLISH)
    with pytest.raises(BuildError) as raised:
        translations.check_fingerprints()
    assert str(raised.value) == "\n".join(stale_line(lang, CHANGED_KEY) for lang in OTHER_LANGUAGES)


def test_every_stale_key_is_named_at_once(monkeypatch):
    for key in OTHER_KEYS:
        monkeypatch.setitem(ENGLISH, key, ENGLISH[key] + " Today.")
    with pytest.raises(BuildError) as raised:
        translations.check_fingerprints()
    assert str(raised.value).splitlines() == [stale_line(lang, key) for lang in OTHER_LANGUAGES for key in OTHER_KEYS]


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_a_translation_without_a_fingerprint_fails_the_check_naming_its_key(lang, tmp_path):
    fingerprint_copy(tmp_path, lang, without=[CHANGED_KEY])
    with pytest.raises(BuildError) as raised:
        translations.check_fingerprints(tmp_path)
    assert str(raised.value) == (
        'texts_{lang}.py: "{key}" has no fingerprint of the English it translates in '
        "texts_{lang}_from.py; check its translation (no stronger, no weaker than the English), then run: "
        "python3 build.py translated {lang} {key}").format(lang=lang, key=CHANGED_KEY)


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_a_missing_translation_fails_the_check_naming_its_key(lang, monkeypatch):
    monkeypatch.delitem(texts.catalogue(lang), CHANGED_KEY)
    assert translations.untied_translations(lang) == [
        'texts_{lang}.py: "{key}" is not translated; translate it (no stronger, no weaker than the '
        "English), then run: python3 build.py translated {lang} {key}".format(lang=lang, key=CHANGED_KEY)]


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_recording_a_redone_translation_ties_that_key_and_no_other(lang, tmp_path, monkeypatch):
    fingerprint_copy(tmp_path, lang)
    before = translations.fingerprints(lang, tmp_path)
    monkeypatch.setitem(ENGLISH, CHANGED_KEY, CHANGED_ENGLISH)
    monkeypatch.setitem(ENGLISH, OTHER_KEYS[0], ENGLISH[OTHER_KEYS[0]] + " Today.")
    translations.record_translated(lang, [CHANGED_KEY], tmp_path)
    after = translations.fingerprints(lang, tmp_path)
    assert after == dict(before, **{CHANGED_KEY: translations.fingerprint(CHANGED_ENGLISH)})
    assert translations.untied_translations(lang, tmp_path) == [stale_line(lang, OTHER_KEYS[0])]


def test_the_build_fails_on_a_changed_english_text_naming_its_key(tmp_path, monkeypatch):
    """H-ES-2. The real build: it stops in its first hook, before building anything."""
    monkeypatch.setitem(ENGLISH, CHANGED_KEY, CHANGED_ENGLISH)
    with pytest.raises(BuildError) as raised:
        site.build(tmp_path / "out")
    assert str(raised.value) == "\n".join(stale_line(lang, CHANGED_KEY) for lang in OTHER_LANGUAGES)
    assert not (tmp_path / "out").exists()


def checkout_copy(folder):
    """What `python3 build.py translated` reads and writes, copied into folder, with this checkout's .venv."""
    for name in ("build.py", "mkdocs.yml", "pyproject.toml", "requirements.lock"):
        shutil.copy(ROOT / name, folder / name)
    for name in ("buildsite", "pyapp"):
        shutil.copytree(ROOT / name, folder / name, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / ".venv").symlink_to(ROOT / ".venv")
    return folder


def build_py(folder, *args):
    return subprocess.run([sys.executable, str(folder / "build.py"), *args], cwd=folder, capture_output=True,
                          text=True, env=dict(os.environ, PYTHONDONTWRITEBYTECODE="1"), timeout=120)


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_build_py_translated_records_the_english_of_the_keys_named(lang, tmp_path):
    copy = checkout_copy(tmp_path)
    english = copy / "pyapp" / "texts_en.py"
    old = '"{}": "{}",'.format(CHANGED_KEY, ENGLISH[CHANGED_KEY])
    assert english.read_text(encoding="utf-8").count(old) == 1, "the copy holds the English as it was read"
    english.write_text(english.read_text(encoding="utf-8").replace(
        old, '"{}": "{}",'.format(CHANGED_KEY, CHANGED_ENGLISH)), encoding="utf-8")
    path = translations.fingerprint_file(lang, copy / "pyapp")
    before = path.read_text(encoding="utf-8")

    done = build_py(copy, "translated", lang, CHANGED_KEY)
    assert done.returncode == 0, done.stderr
    changed = [(old_line, new_line) for old_line, new_line in zip(before.splitlines(), path.read_text().splitlines())
               if old_line != new_line]
    assert changed == [('    "{}": "{}",'.format(CHANGED_KEY, translations.fingerprint(ENGLISH[CHANGED_KEY])),
                        '    "{}": "{}",'.format(CHANGED_KEY, hashlib.sha256(
                            CHANGED_ENGLISH.encode("utf-8")).hexdigest()[:12]))]


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_build_py_translated_refuses_an_unknown_key_and_writes_nothing(lang, tmp_path):
    copy = checkout_copy(tmp_path)
    path = translations.fingerprint_file(lang, copy / "pyapp")
    before = path.read_bytes()
    done = build_py(copy, "translated", lang, CHANGED_KEY, "no.such.key")
    assert done.returncode == 2
    assert done.stderr.strip() == ('build.py: error: translated: pyapp/texts_en.py has no key "no.such.key"; '
                                   "nothing was recorded")
    assert path.read_bytes() == before
    assert sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.stem)) == [path.name]

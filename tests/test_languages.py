"""Every language says the same thing in its own words (ARCHITECTURE.md rule 9).

- Each catalogue has exactly English's keys, and each text the same {names}: a new
  language fails here until every key is translated and none is extra.
- The decision does not depend on the language: the level and the reason ids of every
  answer set are the same in each, in CPython and in the site's MicroPython.
- Each language's words read plainly by that language's own measure.
"""

import re
import shutil

import pytest

from pyapp import assess, assess_partial, texts
from pyapp.validate import AnswerError, said
from tests.answer_sets import BAD_ANSWERS, all_answer_sets, partial_answer_sets
from tests.micropython import in_cpython, run_in_micropython
from tests.plain_words import filled, names, too_hard

OTHER_LANGUAGES = [lang for lang in texts.LANGUAGES if lang != texts.DEFAULT]
ENGLISH = texts.CATALOGUES[texts.DEFAULT]


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_a_catalogue_has_exactly_the_english_keys(lang):
    catalogue = texts.CATALOGUES[lang]
    missing = sorted(set(ENGLISH) - set(catalogue))
    extra = sorted(set(catalogue) - set(ENGLISH))
    assert not missing and not extra, "{}: to translate {}; not in English {}".format(lang, missing, extra)


@pytest.mark.parametrize("lang", texts.LANGUAGES)
def test_each_text_fills_in_the_same_names_as_english(lang):
    catalogue = texts.CATALOGUES[lang]
    wrong = ["{}: {} has {}".format(key, names(ENGLISH[key]), names(words))
             for key, words in sorted(catalogue.items()) if names(words) != names(ENGLISH[key])]
    assert not wrong, "\n".join(wrong)


def test_a_number_a_rule_holds_is_filled_in_never_typed():
    """A translation that types "4" where the rule says pain_stop_at would not follow a change of rule."""
    for lang in texts.LANGUAGES:
        assert "{pain_stop_at}" in texts.CATALOGUES[lang]["stop.pain"]
        assert texts.text(lang, "stop.pain").count("4") == 1


@pytest.mark.parametrize("lang", OTHER_LANGUAGES)
def test_every_sentence_is_translated(lang):
    """A text of two words or more left as English's is a text not translated yet."""
    left = [key for key, words in sorted(texts.CATALOGUES[lang].items())
            if words == ENGLISH[key] and len(re.findall(r"[A-Za-z]{2,}", re.sub(r"\{\w*\}", "", words))) >= 2]
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
    assert checked == 25_344


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
    included, for every answer set and a sample of partial ones."""
    pyapp_dir = micropython_adapter(tmp_path, shipped_pyapp, lang)
    answer_sets = list(all_answer_sets())
    got = run_in_micropython("pyapp.in_language.assess_" + lang, answer_sets, tmp_path, pyapp_dir)
    expected = in_cpython(lambda answers: assess(answers, lang), answer_sets)
    assert len(got) == len(expected) == 25_344
    assert [e for e, g in zip(expected, got) if e != g][:3] == []
    english = in_cpython(assess, answer_sets)
    assert [decision(g["result"]) for g in got] == [decision(e["result"]) for e in english]

    partial = list(partial_answer_sets(3_000))
    got = run_in_micropython("pyapp.in_language.partial_" + lang, partial, tmp_path, pyapp_dir)
    assert got == in_cpython(lambda answers: assess_partial(answers, lang), partial)


# Plain words, by each language's own measure ---------------------------------------------------

MIN_WORDS = 5  # under five words a score is noise (page blocks, headings among them, start at plain_words')


def spanish_texts():
    return [(key, filled("es", key)) for key in sorted(texts.CATALOGUES["es"])
            if len(filled("es", key).split()) >= MIN_WORDS]


def test_the_spanish_measure_tells_plain_from_dense_text():
    """The measure can fail: a dense clinical sentence is well under the bar."""
    dense = ("El dolor acompañado de síntomas sistémicos como fiebre, escalofríos o pérdida de peso "
             "inexplicable podría indicar una infección subyacente o una afección grave.")
    assert too_hard("es", dense)
    assert not too_hard("es", "No corras hoy. Descansa y deja que tu espalda se calme.")


@pytest.mark.parametrize("key,words", spanish_texts(), ids=[key for key, _ in spanish_texts()])
def test_every_spanish_text_reads_fairly_easily(key, words):
    """Fairly easy ("bastante fácil") or easier, by both Spanish scales (tests/plain_words.py)."""
    assert not too_hard("es", words), "{} reads at {}: {!r}".format(key, too_hard("es", words), words)

"""Red flags as runners live them: the clinical review's stories, each run through the check
the way the runner would answer it, in English and Spanish, in the engine and on the page
(by form and by share link). Each names its hazard in SAFETY.md.

A story is what the runner has; its answers are what the questions, read as written, make
them answer. The words checks hold the questions to the sign the runner has: a question a
runner would answer "no" to leads to a milder result than their sign needs.
"""

import re

import pytest

from pyapp import assess
from pyapp.outcomes import OUTCOMES
from pyapp.questions import QUESTION_BY_KEY, QUESTIONS, YES_NO, help_keys
from pyapp.texts import catalogue, LANGUAGES, plural_forms, text, texts
from tests.answer_sets import NO_SIGNS
from tests.checker import answer_all, outcome_level, wait_for_engine, whole_link
from tests.conftest import ROOT


# Its tests change nothing of the browser context itself: each page is a new tab of one shared
# context (tests/conftest.py, page).
TABS_SHARE_A_CONTEXT = True

# (hazard, story, its answers, the level it must get)
STORIES = (
    ("H-NEURO-1", "tingling down one leg, pain 2", {"neuro": True, "pain": 2}, "professional"),
    ("H-CHEST-1", "chest tightness on the last run, eased since", {"chest_or_breathing": True, "pain": 2}, "urgent"),
    ("H-CHEST-2", "a sharp catch on every deep breath", {"chest_or_breathing": True, "pain": 4, "quality": "sharp"},
     "urgent"),
    ("H-SEVERE-1", "sudden 10/10 tearing pain mid-run, no fall", {"pain": 10, "quality": "sharp", "worsening": True},
     "professional"),
    ("H-INJ-1", "a trail fall two days ago, pain 3", {"injury": True, "pain": 3}, "professional"),
    ("H-INJ-1", "a trail fall two days ago, pain building to 5", {"injury": True, "pain": 5, "worsening": True},
     "professional"),
    ("H-NIGHT-1", "woken at night by 5/10 pain, none on runs", {"night": True, "pain": 5}, "professional"),
    ("H-CES-1", "both legs weak, trouble peeing", {"legs_or_bladder": True, "pain": 3}, "urgent"),
)
STORY_IDS = ["{}: {}".format(hazard, story) for hazard, story, _answers, _level in STORIES]

# What a question must name, in each language, for the runner of the story to answer yes:
# (hazard, question key, {lang: words one of its texts (question or help) must hold}).
QUESTION_NAMES = (
    ("H-NEURO-1", "neuro", {"en": ("leg", "chest or belly"), "es": ("pierna", "pecho", "barriga")}),
    ("H-CHEST-1", "chest_or_breathing", {"en": ("last run", "tightness", "pressure", "eased"),
                                         "es": ("última vez que corriste", "opresión", "presión")}),
    ("H-CHEST-2", "chest_or_breathing", {"en": ("breathe in",), "es": ("respirar",)}),
    ("H-NIGHT-1", "pain", {"en": ("night",), "es": ("noche",)}),
    ("H-NIGHT-1", "night", {"en": ("night", "wake"), "es": ("noche", "despierta")}),
    ("H-INJ-1", "injury", {"en": ("fall", "not severe or sudden"), "es": ("caída",)}),
    ("H-CES-1", "legs_or_bladder", {"en": ("both legs", "bottom", "peeing", "bladder or bowel"),
                                    "es": ("piernas", "nalgas", "orinar", "vejiga")}),
    ("H-SYSTEMIC-1", "systemic", {"en": ("whatever you think caused them",), "es": ("fiebre", "escalofríos")}),
    ("H-WORSE-1", "worsening", {"en": ("one day to the next",), "es": ("día a día",)}),
)


def complete(answers):
    return dict(NO_SIGNS, **answers)


def question_words(lang, key):
    question = QUESTION_BY_KEY[key]
    return (text(lang, question["text"]) + " " + texts(lang, help_keys(question))).lower()


@pytest.mark.parametrize("hazard,story,answers,level", STORIES, ids=STORY_IDS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_story_gets_the_level_its_sign_needs(hazard, story, answers, level, lang):
    result = assess(complete(answers), lang)
    assert result["level"] == level, (hazard, story)


@pytest.mark.parametrize("hazard,key,names", QUESTION_NAMES, ids=[h + ": " + k for h, k, _n in QUESTION_NAMES])
@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_question_names_the_sign_the_runner_has(hazard, key, names, lang):
    words = question_words(lang, key)
    for name in names[lang]:
        assert name in words, (hazard, name, words)


def test_chest_tightness_is_not_offered_as_the_harmless_dull_ache():
    """H-CHEST-1: "a dull, general ache or tightness" took chest tightness as muscle fatigue."""
    quality = QUESTION_BY_KEY["quality"]
    for lang in LANGUAGES:
        dull = text(lang, dict(quality["choices"])["dull"]).lower()
        assert "tight" not in dull and "tirantez" not in dull and "opresión" not in dull
        assert "chest" in question_words("en", "quality") and "pecho" in question_words("es", "quality")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_stop_never_promises_the_pain_will_settle_or_pass(lang):
    """H-WORDS-1: "Rest and let your back settle" is a promise the source never makes."""
    promises = {"en": ("settle", "pass", "go away", "heal"), "es": ("se calme", "calmar", "se pase", "pasará", "se cure")}
    for answers in ({"pain": 4}, {"pain": 2, "spread": "radiates"}, {"pain": 0, "persists_after_stopping": True}):
        result = assess(complete(answers), lang)
        said = " ".join([result["title"], result["now"], *result["advice"]]).lower()
        for promise in promises[lang]:
            assert promise not in said, (answers, promise)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_run_says_only_what_the_runner_told_us(lang):
    """H-NIGHT-1: "You told us you have no pain" when they had said only that it was 0 on the run."""
    reason = assess(complete({"pain": 0}), lang)["reasons"][0]["text"].lower()
    assert {"en": "at its worst", "es": "en el peor momento"}[lang] in reason
    assert "you have no pain" not in reason


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_yes_no_question_says_not_sure_means_yes(lang):
    """H-UNSURE-1: a runner unsure about a warning sign answers "no" and gets a milder result."""
    not_sure = {"en": "not sure? answer yes.", "es": "sí"}[lang]
    for question in QUESTIONS:
        if question["kind"] == YES_NO:
            assert not_sure in question_words(lang, question["key"]), question["key"]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_while_questions_are_open_an_unsure_or_worried_runner_is_sent_to_a_professional(lang):
    """H-UNSURE-1."""
    professional = {"en": "see a doctor or physio", "es": "fisioterapeuta"}[lang]
    for form in plural_forms(lang):
        assert professional in text(lang, "check.left." + form, count=3).lower()


def urgent_texts(lang):
    """Every text an urgent result can say first or in its advice."""
    urgent = OUTCOMES["urgent"]
    return [texts(lang, row[2]) for row in urgent["now"] + urgent["advice"]]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_urgent_means_now_never_today(lang):
    """H-INJ-2: "Go to emergency or urgent care today" after a serious injury; H-EMERG-1."""
    today, now = {"en": ("today", "now"), "es": ("hoy", "ahora")}[lang]
    for words in urgent_texts(lang):
        assert today not in words.lower().split(), words
    for key in ("chest_or_breathing", "legs_or_bladder", "trauma"):
        result = assess(complete({key: True, "pain": 0}), lang)
        assert now in result["now"].lower(), key
        assert result["headline"] == result["now"]


def test_emergency_care_is_named_the_same_way_in_both_languages():
    """H-EMERG-1: US "go to emergency" beside UK numbers; English "emergency or urgent care" and
    Spanish "urgencias" did not say the same."""
    english = " ".join(urgent_texts("en")).lower()
    spanish = " ".join(urgent_texts("es")).lower()
    assert "urgent care" not in english and "go to emergency" not in english
    assert "emergency department (a&e)" in english and "urgencias" in spanish


@pytest.mark.parametrize("lang", LANGUAGES)
def test_after_an_injury_the_runner_who_cannot_walk_calls_the_emergency_number(lang):
    """H-INJ-2."""
    result = assess(complete({"trauma": True, "pain": 9}), lang)
    call = {"en": "call your local emergency number now", "es": "llama ahora al número de emergencias"}[lang]
    assert call in result["now"].lower()


# The same sign, the same urgency, wherever it is named (SPEC section 2): each catalogue text
# that names numbness or chest pain says so with the urgency of its result.
SAME_URGENCY = {
    "en": (("numbness", "without delay"), ("chest pain", "now")),
    "es": (("hormigueo", "sin demora"), ("en el pecho", "ahora")),
}
# Texts that name a sign to ask about it or explain it, not to say what to do.
NOT_ADVICE_PREFIXES = ("question.", "reason.", "urgent.", "figure.", "group.", "rules.", "nav.", "frame.", "answer.")


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_same_sign_gets_the_same_urgency_wherever_it_is_named(lang):
    """H-WORDS-2: stop.nerves, the log's note and emergency.if_chest gave numbness, fever or
    chest pain less urgency than their results."""
    for key, words in catalogue(lang).items():
        if key.startswith(NOT_ADVICE_PREFIXES):
            continue
        lower = words.lower()
        for sign, urgency in SAME_URGENCY[lang]:
            if sign in lower:
                assert urgency in lower, (key, words)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_the_stop_card_carries_the_emergency_signs_and_numbness(lang):
    """H-CARD-1: the stop card runners print and remember left out chest pain, trouble
    breathing and numbness."""
    from buildsite.render import stop_card

    card = stop_card(lang).lower()
    chest, call, numb, checked = {"en": ("chest pain", "emergency number now", "numbness", "get checked"),
                                  "es": ("pecho", "ahora", "hormigueo", "sin demora")}[lang]
    assert chest in card and call in card and numb in card and checked in card


# On the page --------------------------------------------------------------------------------

@pytest.mark.browser
@pytest.mark.parametrize("hazard,story,answers,level", STORIES, ids=STORY_IDS)
@pytest.mark.parametrize("lang", LANGUAGES)
def test_each_story_by_form_and_by_link_shows_its_level(page, base_url, hazard, story, answers, level, lang):
    root = base_url + ("" if lang == "en" else lang + "/")
    page.goto(root + "check/")
    assert wait_for_engine(page) == "ready"
    answer_all(page, complete(answers), lang)
    assert outcome_level(page) == level, (hazard, "by form")
    assert page.locator("#outcome .now").inner_text() == assess(complete(answers), lang)["now"]
    page.goto(root + "check/#" + whole_link(complete(answers)))
    page.reload()
    assert wait_for_engine(page) == "ready"
    assert outcome_level(page) == level, (hazard, "by link")
    assert page.log.errors == []


# Spanish words a lay reader misreads, and calques (the clinical review): never in the catalogue or the pages.
MISREAD_IN_SPANISH = ("enganche", "entumec", "dolor agudo", "tómate un descanso", "haz que te revisen",
                      "tarjeta de parada")


def test_spanish_avoids_the_words_a_lay_reader_misreads():
    """H-ES-1: "enganche" is a down payment in Mexico; "entumecen" also means stiff from cold; "dolor
    agudo" also reads as "recent"; the calques read as translated."""
    pages = " ".join(path.read_text(encoding="utf-8") for path in (ROOT / "docs").glob("*.es.md"))
    said = (" ".join(catalogue("es").values()) + " " + pages).lower()
    for words in MISREAD_IN_SPANISH:
        assert words not in said, words
    for start in [match.start() for match in re.finditer("sin saber por qué", said)]:
        assert said[start - 10:start].strip().endswith("peso"), "'you can't explain' is about the weight loss only"


@pytest.mark.parametrize("page_path,promise", (("index.html", "clear answer now"), ("es/index.html", "respuesta clara")))
def test_the_home_page_puts_the_emergency_first_and_promises_no_clear_answer(site_dir, page_path, promise):
    """H-CARD-1: on the home page, the emergency block comes before the guidance links; and no
    promise of "a clear answer now", more than the source's "may"."""
    html = (site_dir / page_path).read_text(encoding="utf-8")
    assert html.index('id="emergency"') < html.index('id="learn-more"')
    assert html.index('class="stop-card"') < html.index('id="learn-more"')
    assert promise not in html.lower()

"""Every text the site shows a runner reads at US grade 8 or below: the outcomes,
the questions with their help and answers, and every guidance page."""

import html
import re

import pytest
import textstat

from pyapp.outcomes import CAVEAT, OUTCOMES, REASONS
from pyapp.questions import GROUPS, QUESTIONS

MAX_GRADE = 8


def outcome_texts():
    """(where it is shown, text) for every outcome title, 'now' line, advice and reason."""
    texts = [("caveat", CAVEAT)]
    for level, outcome in sorted(OUTCOMES.items()):
        texts.append(("{} title".format(level), outcome["title"]))
        texts.append(("{} now".format(level), outcome["now"]))
        texts += [("{} advice {}".format(level, i), text)
                  for i, (_when, _reason, text) in enumerate(outcome["advice"], 1)]
    texts += [("reason " + reason_id, text) for reason_id, (text, _guide) in sorted(REASONS.items())]
    return texts


def test_the_texts_cover_every_outcome_and_reason():
    where = [name for name, _text in outcome_texts()]
    assert len(where) == len(set(where))
    assert len(where) == 1 + sum(2 + len(o["advice"]) for o in OUTCOMES.values()) + len(REASONS)


def test_the_grade_measure_tells_plain_from_dense_text():
    """The measure itself can fail: a dense clinical sentence is well above the bar."""
    dense = ("Pain accompanied by systemic symptoms like fever, chills, or unexplained weight "
             "loss could indicate an underlying infection or serious condition.")
    assert textstat.flesch_kincaid_grade(dense) > MAX_GRADE
    assert textstat.flesch_kincaid_grade("Do not run today. Rest.") <= MAX_GRADE


@pytest.mark.parametrize("where,text", outcome_texts(), ids=[name for name, _ in outcome_texts()])
def test_text_is_at_most_grade_8(where, text):
    grade = textstat.flesch_kincaid_grade(text)
    assert grade <= MAX_GRADE, "{} reads at grade {}: {!r}".format(where, grade, text)


def question_texts():
    """(where, text) for every question, its help, its answers, and the form's group names."""
    texts = [("group " + legend, legend) for legend, _keys in GROUPS]
    for question in QUESTIONS:
        texts.append((question["key"], question["text"]))
        if question["help"]:
            texts.append((question["key"] + " help", question["help"]))
        texts += [("{} answer {}".format(question["key"], value), label)
                  for value, label in question.get("choices", ())]
    return texts


@pytest.mark.parametrize("where,text", question_texts(), ids=[name for name, _ in question_texts()])
def test_every_question_is_at_most_grade_8(where, text):
    grade = textstat.flesch_kincaid_grade(text)
    assert grade <= MAX_GRADE, "{} reads at grade {}: {!r}".format(where, grade, text)


GUIDANCE_PAGES = ("index.html", "check/index.html", "log/index.html", "causes/index.html",
                  "adjustments/index.html", "warning-signs/index.html", "about/index.html", "offline/index.html")


def main_text(page_html):
    """The words of a page's <main>, tables and all, without the markup."""
    main = page_html.split("<main", 1)[1].split("</main>", 1)[0]
    main = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", main, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", main.split(">", 1)[1])
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


@pytest.mark.parametrize("path", GUIDANCE_PAGES)
def test_every_guidance_page_is_at_most_grade_8(site_dir, path):
    text = main_text((site_dir / path).read_text())
    assert len(text.split()) > 40, "the page has its words: " + text[:200]
    grade = textstat.flesch_kincaid_grade(text)
    assert grade <= MAX_GRADE, "{} reads at grade {}".format(path, grade)

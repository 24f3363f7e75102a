"""Every text the check can show a runner reads at US grade 8 or below."""

import pytest
import textstat

from pyapp.outcomes import CAVEAT, OUTCOMES, REASONS

MAX_GRADE = 8


def outcome_texts():
    """(where it is shown, text) for every outcome title, 'now' line, advice and reason."""
    texts = [("caveat", CAVEAT)]
    for level, outcome in sorted(OUTCOMES.items()):
        texts.append(("{} title".format(level), outcome["title"]))
        texts.append(("{} now".format(level), outcome["now"]))
        texts += [("{} advice {}".format(level, i), text) for i, text in enumerate(outcome["advice"], 1)]
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

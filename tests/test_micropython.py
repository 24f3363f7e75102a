"""The engine gives the same whole result in the browser's MicroPython as in CPython.

Runs the WebAssembly MicroPython the site ships, under Node, with the compiled
pyapp modules the site ships, on every answer set the other tests use (and the
bad ones), and compares whole results.
"""

from pyapp import assess
from tests.answer_sets import BAD_ANSWERS, all_answer_sets
from tests.micropython import in_cpython, run_in_micropython


def test_every_answer_set_gives_the_identical_result(tmp_path, shipped_pyapp):
    answer_sets = list(all_answer_sets())
    expected = in_cpython(assess, answer_sets)
    got = run_in_micropython("pyapp.assess", answer_sets, tmp_path, shipped_pyapp)
    assert len(got) == len(expected) == 25_344
    mismatches = [(a, e, g) for a, e, g in zip(answer_sets, expected, got) if e != g]
    assert not mismatches, mismatches[:3]


def test_bad_answers_give_the_identical_message(tmp_path, shipped_pyapp):
    answer_sets = [answers for answers, _message in BAD_ANSWERS]
    assert run_in_micropython("pyapp.assess", answer_sets, tmp_path, shipped_pyapp) == in_cpython(assess, answer_sets)


def partial_answer_sets(count, seed=7):
    """Partial answer sets, the same every run: each key answered or left out at random."""
    import random

    from tests.answer_sets import DOMAINS

    rng = random.Random(seed)
    for _ in range(count):
        yield {key: rng.choice(values) for key, values in DOMAINS.items() if rng.random() < 0.6}


def test_partial_answers_give_the_identical_result(tmp_path, shipped_pyapp):
    from pyapp import assess_partial

    answer_sets = list(partial_answer_sets(20_000)) + [{}, {"trauma": True}, {"pain": "2"}, {"legs": 1}]
    expected = in_cpython(assess_partial, answer_sets)
    assert sum(1 for e in expected if e.get("result", {}).get("result")) > 2_000, "decided ones too"
    got = run_in_micropython("pyapp.assess_partial", answer_sets, tmp_path, shipped_pyapp)
    mismatches = [(a, e, g) for a, e, g in zip(answer_sets, expected, got) if e != g]
    assert not mismatches, mismatches[:3]


def test_the_site_ships_pyapp_as_bytecode_only(shipped_pyapp):
    names = sorted(path.name for path in shipped_pyapp.iterdir())
    assert names and all(name.endswith(".mpy") for name in names), names

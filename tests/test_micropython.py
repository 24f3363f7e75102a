"""The engine gives the same whole result in the browser's MicroPython as in CPython.

Runs the WebAssembly MicroPython the site ships, under Node, on every answer
set the other tests use (and the bad ones), and compares whole results.
"""

import json
import shutil
import subprocess

import pytest

from pyapp import assess
from tests.answer_sets import all_answer_sets
from tests.conftest import ROOT
from tests.test_validation import BAD_ANSWERS

RUNNER = ROOT / "tests" / "micropython" / "run_engine.mjs"
MICROPYTHON = ROOT / "node_modules" / "@micropython" / "micropython-webassembly-pyscript"


def in_cpython(answers):
    try:
        return {"result": assess(answers)}
    except ValueError as error:
        return {"error": str(error)}


def in_micropython(answer_sets, tmp_path):
    if not shutil.which("node") or not MICROPYTHON.exists():
        pytest.fail("Node and node_modules are needed: run `python3 build.py test`")
    answers_file = tmp_path / "answers.json"
    answers_file.write_text(json.dumps(answer_sets))
    done = subprocess.run(["node", str(RUNNER), str(ROOT / "pyapp"), str(answers_file)],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    return [json.loads(line) for line in done.stdout.splitlines()]


def test_every_answer_set_gives_the_identical_result(tmp_path):
    answer_sets = list(all_answer_sets())
    expected = [in_cpython(answers) for answers in answer_sets]
    got = in_micropython(answer_sets, tmp_path)
    assert len(got) == len(expected) == 25_344
    mismatches = [(a, e, g) for a, e, g in zip(answer_sets, expected, got) if e != g]
    assert not mismatches, mismatches[:3]


def test_bad_answers_give_the_identical_message(tmp_path):
    answer_sets = [answers for answers, _message in BAD_ANSWERS]
    assert in_micropython(answer_sets, tmp_path) == [in_cpython(a) for a in answer_sets]

"""Bad input: a ValueError in Python, exit status 2 and one line from the CLI."""

import json
import subprocess
import sys

import pytest

from pyapp import assess
from pyapp.questions import ASKED
from tests.answer_sets import BAD_ANSWERS
from tests.conftest import ROOT


@pytest.mark.parametrize("answers,message", BAD_ANSWERS)
def test_bad_answers_raise_value_error_naming_the_key(answers, message):
    with pytest.raises(ValueError) as raised:
        assess(answers)
    assert str(raised.value) == message


def cli(*args, stdin=""):
    return subprocess.run([sys.executable, "-m", "pyapp", *args], input=stdin,
                          capture_output=True, text=True, cwd=ROOT)


def test_cli_prints_the_result_json():
    done = cli("assess", "--json", '{"pain": 2}')
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["level"] == "modify"
    assert result == assess({"pain": 2})


def test_cli_reads_answers_from_stdin():
    done = cli("assess", "--json", "-", stdin='{"pain": 0, "trauma": true}')
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["level"] == "urgent"


@pytest.mark.parametrize("answers,message", BAD_ANSWERS)
def test_cli_bad_answers_exit_2_with_one_line(answers, message):
    done = cli("assess", "--json", json.dumps(answers))
    assert (done.returncode, done.stdout, done.stderr) == (2, "", "error: " + message + "\n")


@pytest.mark.parametrize(
    "text,message",
    (
        ('{"pain": 2,', "answers: not valid JSON (Expecting property name enclosed in double "
                        "quotes: line 1 column 12 (char 11))"),
        ("", "answers: not valid JSON (Expecting value: line 1 column 1 (char 0))"),
        ("pain=2", "answers: not valid JSON (Expecting value: line 1 column 1 (char 0))"),
        ('{"pain": 2, "pain": 9}', "pain: given twice"),  # JSON would keep the last silently
        ("[" * 100_000, "answers: must be an object of key/value pairs; this one is nested too "
                        "deeply to read"),
    ),
)
def test_cli_invalid_json_exits_2_with_one_line(text, message):
    done = cli("assess", "--json", "-", stdin=text)
    assert (done.returncode, done.stdout, done.stderr) == (2, "", "error: " + message + "\n")


def test_cli_usage_error_is_one_line():
    done = cli("assess")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "--json" in done.stderr


BEFORE_PAIN = "\n" * ASKED.index("pain")  # Enter (the default) for each question asked before the pain


def test_cli_ask_walks_through_the_questions():
    # Enter for every question but the pain (their defaults), and pain 2
    done = cli("ask", stdin=BEFORE_PAIN + "2\n" + "\n" * 10)
    assert done.returncode == 0, done.stderr
    assert "YOU MAY BE ABLE TO RUN, WITH CHANGES" in done.stdout
    assert done.stdout.index("chest pain") < done.stdout.index("How bad is the pain"), "emergency signs first"


def test_cli_ask_asks_again_after_a_bad_answer():
    done = cli("ask", stdin=BEFORE_PAIN + "12\n0\n" + "\n" * 10)
    assert "Please answer with a whole number from 0 to 10." in done.stdout
    assert "RUN AS USUAL" in done.stdout

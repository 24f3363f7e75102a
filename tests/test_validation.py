"""Bad input: a ValueError in Python, exit status 2 and one line from the CLI."""

import json
import subprocess
import sys

import pytest

from pyapp import assess
from pyapp.questions import ASKED, QUESTION_BY_KEY
from tests.answer_sets import BAD_ANSWERS, NO_SIGNS
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


def typed(answers):
    """What a runner types to `ask`, question by question in the order asked: y/n, a choice's
    number, the pain."""
    lines = []
    for key in ASKED:
        if key in answers:
            question, value = QUESTION_BY_KEY[key], answers[key]
            if question["kind"] == "choice":
                lines.append(str([v for v, _label in question["choices"]].index(value) + 1))
            elif question["kind"] == "yes_no":
                lines.append("y" if value else "n")
            else:
                lines.append(str(value))
    return "\n".join(lines) + "\n"


def test_cli_ask_walks_through_the_questions():
    done = cli("ask", stdin=typed(dict(NO_SIGNS, pain=2)))
    assert done.returncode == 0, done.stderr
    assert "YOU MAY BE ABLE TO RUN, WITH CHANGES" in done.stdout
    assert done.stdout.index("chest pain") < done.stdout.index("How bad is the pain"), "emergency signs first"


def test_cli_ask_asks_again_after_a_bad_answer():
    before_pain = typed(NO_SIGNS).split("\n")[:ASKED.index("pain")]
    done = cli("ask", stdin="\n".join(before_pain) + "\n12\n0\n1\nn\nn\nn\n")
    assert "Please answer with a whole number from 0 to 10." in done.stdout
    assert "RUN AS USUAL" in done.stdout


def test_cli_ask_takes_no_default_for_a_warning_sign():
    """H-CLI-1: Enter alone used to answer "no" to every warning sign."""
    done = cli("ask", stdin="\n" * 20)
    assert done.stdout.count("Please answer with y or n.") == 20, "Enter alone answers nothing"
    assert "RUN AS USUAL" not in done.stdout and "WITH CHANGES" not in done.stdout


def test_cli_ask_shows_each_questions_help_and_stops_once_an_emergency_sign_decides():
    """H-CLI-1, H-URG-1: the help ("Not sure? Answer yes.") under each question, and a yes to chest
    pain gives the call to make at once, before the questions that cannot change it."""
    done = cli("ask", stdin="y\n")
    assert done.returncode == 0, done.stderr
    assert "Not sure? Answer yes." in done.stdout and "front of your chest" in done.stdout
    assert "CALL YOUR LOCAL EMERGENCY NUMBER NOW" in done.stdout.upper()
    assert "How bad is the pain" not in done.stdout

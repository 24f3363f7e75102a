"""The command line under hostile input and failing streams: one line, the right status, no traceback.

Exit status 2 with one stderr line naming the key is bad input; status 1 is a
stdout that cannot take the result, which is no fault of the answers.
"""

import io
import json
import os
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pyapp import assess
from pyapp.cli import main
from pyapp.policy import LEVELS
from pyapp.questions import KEYS, QUESTION_BY_KEY
from pyapp.texts import text
from tests.answer_sets import DOMAINS
from tests.conftest import ROOT

LONGEST_LINE = 400  # characters of an error line, newline included
ALLOWED_KEYS = ", ".join(KEYS)
HUGE = "1" * 5000  # over the 4,300 digits Python's int() takes
BIG_KEY = '"' + "x" * 5_000_000 + '"'
NOT_UTF8 = "error: answers: not valid JSON (not UTF-8 text: "
PAIN = "error: pain: must be a whole number from 0 to 10, got "


def cut(json_text):
    """A value as an error message shows it: its first 40 characters."""
    return json_text[:40] + "\u2026"


def run(argv, stdin=""):
    """main() in this process: (status, stdout, stderr); stdin given as bytes reaches it as bytes."""
    if type(stdin) is bytes:
        stdin = io.TextIOWrapper(io.BytesIO(stdin))
    elif type(stdin) is str:
        stdin = io.StringIO(stdin)
    stdout, stderr = io.StringIO(), io.StringIO()
    status = main(argv, stdin=stdin, stdout=stdout, stderr=stderr)
    return status, stdout.getvalue(), stderr.getvalue()


def cli(*args, stdin=b"", env=None, redirect="", **streams):
    """python -m pyapp in a real process, through sh for a redirect such as "<&-"."""
    command = ["sh", "-c", '"$@" ' + redirect, "sh", sys.executable, "-m", "pyapp", *args]
    return subprocess.run(command, input=stdin, cwd=ROOT, env=dict(os.environ, **(env or {})),
                          **(streams or {"capture_output": True}))


def assert_bad_input(status, stdout, stderr, message):
    assert (status, stdout, stderr) == (2, "", message + "\n")


@pytest.mark.parametrize(
    "text,message",
    (
        # a key given twice is shown escaped and cut short, whatever is in it
        ('{"a\\nb": 1, "a\\nb": 2}', 'error: "a\\nb": given twice'),
        ('{"a\u2028b": 1, "a\u2028b": 2}', 'error: "a\\u2028b": given twice'),  # a line break to some readers
        ("{" + BIG_KEY + ": 1, " + BIG_KEY + ": 2}", "error: " + cut(BIG_KEY) + ": given twice"),
        # a number past Python's int() limit names the key, like any other wrong value
        ('{"pain": ' + HUGE + "}", PAIN + cut(HUGE)),
        ('{"pain": -' + HUGE + "}", PAIN + cut("-" + HUGE)),
        ('{"pain": [' + HUGE + "]}", PAIN + cut("[" + HUGE)),
        ('{"pain": 2, "neuro": ' + HUGE + "}", "error: neuro: must be true or false, got " + cut(HUGE)),
        ('{"pain": 2, "x": ' + HUGE + "}", 'error: unknown key "x": allowed keys are ' + ALLOWED_KEYS),  # the key is wrong first
    ),
)
def test_hostile_answers_give_one_short_line_naming_the_key(text, message):
    assert_bad_input(*run(["assess", "--json", "-"], stdin=text), message)


@pytest.mark.parametrize(
    "argv,message",
    (
        # which of the two was meant? JSON's "the last one wins" is a guess
        (["assess", "--json", '{"pain": 1}', "--json", '{"pain": 9}'],
         "python -m pyapp assess: error: argument --json: given twice"),
        (["assess", "--json=-", "--json", "-"], "python -m pyapp assess: error: argument --json: given twice"),
        # argparse repeats an unknown argument as given: escaped, and cut short
        (["assess", "--json", "{}", "a\nb"], "python -m pyapp: error: unrecognized arguments: a\\nb"),
        (["assess", "--json", "{}", "x" * 1000],
         ("python -m pyapp: error: unrecognized arguments: " + "x" * 1000)[:300] + "\u2026"),
    ),
)
def test_usage_errors_are_one_short_line(argv, message):
    assert_bad_input(*run(argv), message)


@pytest.mark.parametrize(
    "stdin,message",
    (
        # JSON is UTF-8; the message says where it is not, not "Expecting value"
        (b'\xff{"pain": 2}', NOT_UTF8 + "invalid start byte at byte 0)"),
        (b'{"pain": 2, "\xc3": 1}', NOT_UTF8 + "invalid continuation byte at byte 13)"),
        # read as UTF-8 even where the locale says ASCII
        ('{"pain": 2, "\u00e9": 1}'.encode(), 'error: unknown key "\\u00e9": allowed keys are ' + ALLOWED_KEYS),
    ),
)
def test_stdin_is_read_as_utf8(stdin, message):
    done = cli("assess", "--json", "-", stdin=stdin, env={"PYTHONIOENCODING": "ascii"})
    assert_bad_input(done.returncode, done.stdout.decode(), done.stderr.decode(), message)


class Unreadable(io.StringIO):
    def read(self, size=-1):
        raise OSError(5, "Input/output error")


def test_an_unreadable_stdin_is_one_line():
    message = "error: answers: cannot read them from stdin ([Errno 5] Input/output error)"
    assert_bad_input(*run(["assess", "--json", "-"], stdin=Unreadable()), message)


@pytest.mark.parametrize("args", (["assess", "--json", "-"], ["ask"]))
def test_a_closed_stdin_is_one_line(args):
    done = cli(*args, stdin=None, redirect="<&-")
    message = "error: answers: cannot read them from stdin, it is closed"
    assert_bad_input(done.returncode, done.stdout.decode(), done.stderr.decode(), message)


def test_ask_at_the_end_of_input_stops_without_a_traceback():
    done = cli("ask", stdin=b"2\n")
    assert (done.returncode, done.stderr) == (1, b"\n")


def test_the_result_is_ascii_json_that_any_stdout_encoding_takes():
    done = cli("assess", "--json", '{"pain": 2}', env={"PYTHONIOENCODING": "ascii"})
    assert (done.returncode, done.stderr) == (0, b"")
    assert done.stdout.isascii() and done.stdout.count(b"\n") == 1
    assert json.loads(done.stdout) == assess({"pain": 2})


class BrokenPipe(io.StringIO):
    def flush(self):
        raise BrokenPipeError(32, "Broken pipe")


class DiskFull(io.StringIO):
    def flush(self):
        raise OSError(28, "No space left on device")


@pytest.mark.parametrize(
    "stdout,message",
    (
        (BrokenPipe(), ""),  # the reader has gone: end quietly, as other tools do
        (DiskFull(), "error: cannot write to stdout ([Errno 28] No space left on device)\n"),
        (None, "error: cannot write to stdout (it is closed)\n"),
    ),
)
def test_a_failing_stdout_is_status_1_not_bad_input(stdout, message):
    stderr = io.StringIO()
    assert main(["assess", "--json", '{"pain": 2}'], stdout=stdout, stderr=stderr) == 1
    assert stderr.getvalue() == message


@pytest.mark.parametrize("args", (["assess", "--json", '{"pain": 2}'], ["ask"]))
def test_a_broken_pipe_ends_quietly_with_status_1(args):
    read_end, write_end = os.pipe()
    os.close(read_end)  # as `| head -c0` does, but before the first write, not racing it
    try:
        done = cli(*args, stdin=b"2\n" + b"\n" * 10, stdout=write_end, stderr=subprocess.PIPE)
    finally:
        os.close(write_end)
    assert (done.returncode, done.stderr) == (1, b"")


@pytest.mark.parametrize(
    "redirect,message",
    (
        (">/dev/full", b"error: cannot write to stdout ([Errno 28] No space left on device)\n"),
        (">&-", b"error: cannot write to stdout (it is closed)\n"),
    ),
)
def test_a_failing_stdout_in_a_real_process(redirect, message):
    done = cli("assess", "--json", '{"pain": 2}', redirect=redirect)
    assert (done.returncode, done.stderr) == (1, message)


def test_ask_on_an_ascii_terminal_is_an_output_failure_not_bad_input():
    done = cli("ask", stdin=b"n\n" * 20, env={"PYTHONIOENCODING": "ascii"})  # "can\u2019t" in a question
    assert done.returncode == 1
    assert done.stderr.startswith(b"error: cannot write to stdout ('ascii' codec can't encode character")
    assert done.stderr.count(b"\n") == 1


# The fuzz: whatever comes in, status 0 and one JSON line, or status 2 and one short error line.

def assert_one_line_outcome(status, stdout, stderr):
    assert "Traceback" not in stderr
    if status == 0:
        assert stderr == "" and stdout.endswith("\n") and stdout.count("\n") == 1
        assert json.loads(stdout)["level"] in LEVELS
    else:
        assert status == 2 and stdout == ""
        assert stderr.endswith("\n") and stderr.count("\n") == 1 and len(stderr) < LONGEST_LINE


class Huge:
    """A whole number too long for Python's int(), written out only in the JSON text."""

    def __init__(self, digits, sign):
        self.text = sign + "9" * digits


def to_json(value):
    """JSON text; a list of (key, value) pairs is an object, so a key may come twice."""
    if type(value) is Huge:
        return value.text
    if type(value) is tuple:
        return "{" + ", ".join(json.dumps(key) + ": " + to_json(item) for key, item in value) + "}"
    if type(value) is list:
        return "[" + ", ".join(to_json(item) for item in value) + "]"
    return json.dumps(value)


texts = st.text()  # control characters and U+2028 too
huge = st.builds(Huge, st.integers(4301, 6000), st.sampled_from(("", "-")))
keys = st.one_of(texts, st.sampled_from(KEYS))
scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), texts, huge)
junk = st.recursive(scalars, lambda inner: st.one_of(
    st.lists(inner, max_size=4),
    st.lists(st.tuples(keys, inner), max_size=4).map(tuple)),
    max_leaves=8)
valid = st.fixed_dictionaries({"pain": st.integers(0, 10)}, optional={
    key: st.sampled_from(values) for key, values in DOMAINS.items() if key != "pain"})
answers = st.builds(
    lambda right, wrong, extra: tuple(dict(right, **wrong).items()) + tuple(extra),
    valid,
    st.dictionaries(st.sampled_from(KEYS), junk, max_size=1),  # a known key with a wrong value
    st.lists(st.tuples(keys, junk), max_size=2))  # an unknown key, or a known key again


@settings(max_examples=1000, deadline=None)
@given(st.one_of(answers, junk))
def test_fuzz_json_shapes(value):
    text = to_json(value)
    status, stdout, stderr = run(["assess", "--json", text])
    assert_one_line_outcome(status, stdout, stderr)
    if status == 0:
        assert json.loads(stdout) == assess(json.loads(text))


@settings(max_examples=1000, deadline=None)
@given(st.binary())
def test_fuzz_bytes_on_stdin(data):
    assert_one_line_outcome(*run(["assess", "--json", "-"], stdin=data))


@settings(max_examples=1000, deadline=None)
@given(st.binary())
def test_fuzz_bytes_as_the_argument(data):
    # as Python hands undecodable argv bytes to a program
    assert_one_line_outcome(*run(["assess", "--json=" + data.decode("utf-8", "surrogateescape")]))


@settings(max_examples=1000, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(("assess", "ask", "--json", "-", "{}", '{"pain": 2}')), st.text()),
                max_size=5))
def test_fuzz_the_command_line(argv):
    if "ask" in argv or any(arg.startswith("-h") or arg.startswith("--h") for arg in argv):
        return  # ask reads the terminal, help prints the usage
    assert_one_line_outcome(*run(argv))


@settings(max_examples=15, deadline=None)
@given(st.one_of(st.binary(max_size=200), answers.map(lambda value: to_json(value).encode())))
def test_fuzz_a_real_process(data):
    done = cli("assess", "--json", "-", stdin=data)
    assert_one_line_outcome(done.returncode, done.stdout.decode(), done.stderr.decode())


# Asking in the terminal, in the runner's language ---------------------------------------------

def test_ask_starts_with_the_emergency_signs_and_answers_in_the_language_asked():
    """"s" (sí) to the first question, chest pain, is enough: the call to make, in Spanish."""
    done = cli("ask", "--lang", "es", stdin=b"s\n" + b"\n" * 5 + b"2\n" + b"\n" * 10)
    out = done.stdout.decode()
    assert done.returncode == 0, done.stderr
    asked = [text("es", QUESTION_BY_KEY[key]["text"]) for key in ("chest_or_breathing", "pain")]
    assert asked[0] in out and asked[1] not in out, "the first question decides: nothing more is asked"
    assert "Llama ahora al número de emergencias de tu zona" in out and "112" in out


@pytest.mark.parametrize("typed", ("si", "sí", "s", "y", "yes"))
def test_ask_takes_yes_as_the_runner_types_it(typed):
    done = cli("ask", "--lang", "es", stdin=typed.encode() + b"\n" + b"\n" * 5 + b"2\n" + b"\n" * 10)
    assert done.returncode == 0 and "Llama ahora" in done.stdout.decode(), done.stdout.decode()[-300:]


def test_assess_in_another_language_gives_the_same_level_and_reasons():
    answers = '{"pain": 5, "quality": "sharp"}'
    english, spanish = (json.loads(cli("assess", *lang, "--json", answers).stdout) for lang in ([], ["--lang", "es"]))
    assert (spanish["level"], [r["id"] for r in spanish["reasons"]]) == \
        (english["level"], [r["id"] for r in english["reasons"]])
    assert spanish["title"] == "Para de correr hoy y descansa" != english["title"]


def test_an_unknown_language_is_a_usage_error():
    done = cli("assess", "--lang", "fr", "--json", '{"pain": 2}')
    assert done.returncode == 2 and "--lang" in done.stderr.decode() and "'fr'" in done.stderr.decode()

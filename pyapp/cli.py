"""The command line: `python -m pyapp assess --json '<answers>'` and `python -m pyapp ask`,
each with `--lang es` for another language's words (the same level and reason ids).

CPython only; the browser never loads this module.
"""

import argparse
import json
import os
import sys
import unicodedata

from pyapp.engine import assess, assess_partial
from pyapp.questions import ASKED, CHOICE, QUESTION_BY_KEY, SCALE, help_keys, is_whole_number
from pyapp.texts import DEFAULT, LANGUAGES, text, texts
from pyapp.validate import allowed, given_twice, is_allowed, said

BAD_INPUT = 2
FAILED = 1  # stopped, or stdout failed
STDIN_CLOSED = "answers: cannot read them from stdin, it is closed"
MAX_LINE = 300  # an error line repeats at most this much of what it was given
PROMPT = "> "
KEPT_DIGITS = 100  # of a number too long for Python's int(); see _whole_number


class UsageError(Exception):
    """A bad command line, already worded by argparse."""


class OneLineParser(argparse.ArgumentParser):
    """Usage errors as one line on stderr and exit status 2, like bad answers."""

    def error(self, message):
        raise UsageError("{}: error: {}".format(self.prog, message))


class Once(argparse.Action):
    """An option given twice is an error, as a key given twice is: which one was meant?"""

    def __call__(self, parser, namespace, values, option_string=None):
        if getattr(namespace, self.dest) is not None:
            parser.error("argument {}: given twice".format(option_string))
        setattr(namespace, self.dest, values)


def _one_line(message):
    """The message with line breaks and other unprintables escaped, and cut short.

    argparse repeats arguments as given, so a newline or a 5 MB argument
    would otherwise reach stderr as it is.
    """
    text = "".join(c if c.isprintable() else ascii(c)[1:-1] for c in message[:MAX_LINE + 1])
    return text if len(text) <= MAX_LINE else text[:MAX_LINE] + "\u2026"


def _no_repeated_keys(pairs):
    """A JSON object as a dict; a key given twice is an error, as in a share link."""
    answers = {}
    for key, value in pairs:
        if key in answers:
            raise given_twice(key)
        answers[key] = value
    return answers


def _whole_number(digits):
    """int(digits); past the 4,300 digits Python converts, the first digits only.

    Python's own ValueError would name no key. Such a number is far out of
    range for every key, and the error message shows only its first digits.
    """
    try:
        return int(digits)
    except ValueError:
        return int(digits[:KEPT_DIGITS])


def _read_answers(text):
    try:
        return json.loads(text, object_pairs_hook=_no_repeated_keys, parse_int=_whole_number)
    except RecursionError:
        raise ValueError("answers: must be an object of key/value pairs; this one is nested too deeply to read") from None
    except json.JSONDecodeError as error:
        raise ValueError("answers: not valid JSON ({})".format(error)) from None


def _read_stdin(stdin):
    """All of stdin as text; JSON is UTF-8 whatever the locale says."""
    if stdin is None:
        raise ValueError(STDIN_CLOSED)
    try:
        if hasattr(stdin, "buffer"):
            return stdin.buffer.read().decode("utf-8")
        return stdin.read()
    except UnicodeDecodeError as error:
        raise ValueError("answers: not valid JSON (not UTF-8 text: {} at byte {})".format(
            error.reason, error.start)) from None
    except OSError as error:
        raise ValueError("answers: cannot read them from stdin ({})".format(error)) from None


def _write_line(stdout, text):
    stdout.write(text + "\n")
    stdout.flush()  # now, so that a failure is reported here and not at exit


def _discard_output(stdout):
    """Point a failed stdout at devnull, so that Python's last flush at exit cannot fail too."""
    try:
        fd = stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file: nothing is flushed at exit
    os.dup2(os.open(os.devnull, os.O_WRONLY), fd)


def _complain(stderr, message):
    if stderr is not None:
        stderr.write(_one_line(message) + "\n")


def _ask_one(lang, question, prompt, say):
    """Ask until the answer is allowed; return its JSON value. Enter alone answers nothing: every
    question can be a warning sign, so none has a default here (ARCHITECTURE.md rule 7)."""
    yes_no = _yes_no_words(lang)
    while True:
        typed = prompt(PROMPT).strip().lower()
        if question["kind"] == SCALE and is_whole_number(typed):
            if is_allowed(question["key"], int(typed)):
                return int(typed)
        elif question["kind"] == CHOICE and is_whole_number(typed):
            index = int(typed) - 1
            if 0 <= index < len(question["choices"]):
                return question["choices"][index][0]
        elif question["kind"] not in (SCALE, CHOICE) and typed in yes_no:
            return yes_no[typed]
        say("  " + text(lang, "cli.answer_with", what=hint(lang, question)))


def _yes_no_words(lang):
    """What a yes or a no may be typed as: the word with or without its accents, or its first
    letter (English's too): "sí", "si", "s"."""
    words = {}
    for each in (DEFAULT, lang):
        for value, label in ((True, "answer.yes"), (False, "answer.no")):
            word = text(each, label).lower()
            plain = "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))
            words[word] = words[plain] = words[word[0]] = value
    return words


def hint(lang, question):
    if question["kind"] == CHOICE:
        return text(lang, "cli.choose", most=len(question["choices"]))
    if question["kind"] == SCALE:
        return allowed(lang, question)
    return text(lang, "cli.yes_or_no")


def _run_ask(lang, prompt, say):
    say(text(lang, "cli.intro") + "\n")
    answers, result = {}, None
    for key in ASKED:  # the emergency signs first, as on the page (ARCHITECTURE.md rule 7)
        question = QUESTION_BY_KEY[key]
        say(text(lang, question["text"]))
        help_words = texts(lang, help_keys(question))
        if help_words:
            say("  " + help_words)
        if question["kind"] == CHOICE:
            for number, (_value, label) in enumerate(question["choices"], 1):
                say("  {}. {}".format(number, text(lang, label)))
        answers[question["key"]] = _ask_one(lang, question, prompt, say)
        result = assess_partial(answers, lang)["result"]
        if result:  # the answers decide it: an emergency sign is not kept waiting behind the rest
            break
    say("\n" + result["title"].upper() + "\n" + result["now"] + "\n\n" + text(lang, "cli.why"))
    for reason in result["reasons"]:
        say("  - " + reason["text"])
    say("\n" + text(lang, "cli.what_to_do"))
    for advice in result["advice"]:
        say("  - " + advice)
    say("\n" + result["caveat"])


def parser():
    main_parser = OneLineParser(prog="python -m pyapp", description=__doc__.splitlines()[0])
    commands = main_parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    assess_parser = commands.add_parser("assess", help="print the result JSON for one answer set")
    assess_parser.add_argument("--json", required=True, action=Once, metavar="ANSWERS",
                               help="the answers as a JSON object, or - to read them from stdin")
    ask_parser = commands.add_parser("ask", help="answer the questions one by one in the terminal")
    for command in (assess_parser, ask_parser):
        command.add_argument("--lang", choices=LANGUAGES, action=Once,
                             help="the language of the words (default: {})".format(DEFAULT))
    return main_parser


def main(argv=None, stdin=sys.stdin, stdout=sys.stdout, stderr=sys.stderr):
    args = None
    try:
        args = parser().parse_args(argv)
        if args.command == "assess":
            answers = _read_answers(_read_stdin(stdin) if args.json == "-" else args.json)
            line = json.dumps(assess(answers, _language(args)))  # ASCII only, so no stdout encoding can refuse it
            return _write_out(stdout, stderr, lambda: _write_line(stdout, line))
        if stdin is None:
            raise ValueError(STDIN_CLOSED)  # rather than input()'s RuntimeError
        return _write_out(stdout, stderr, lambda: _run_ask(_language(args), input, print))
    except UsageError as error:
        _complain(stderr, str(error))
    except ValueError as error:
        _complain(stderr, "error: {}".format(said(_language(args), error)))
    except (KeyboardInterrupt, EOFError):
        _complain(stderr, "")
        return FAILED
    return BAD_INPUT


def _language(args):
    return (args and args.lang) or DEFAULT


def _write_out(stdout, stderr, write):
    """Run write(): a failing stdout is status 1, not bad input, and never a traceback."""
    try:
        if stdout is None:
            raise OSError("it is closed")
        write()
        return 0
    except BrokenPipeError:
        _discard_output(stdout)  # the reader has gone: end quietly, as other tools do
    except (OSError, UnicodeEncodeError) as error:
        _discard_output(stdout)
        _complain(stderr, "error: cannot write to stdout ({})".format(error))
    return FAILED

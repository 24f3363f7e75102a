"""The command line: `python -m pyapp assess --json '<answers>'` and `python -m pyapp ask`.

CPython only; the browser never loads this module.
"""

import argparse
import json
import sys

from pyapp.engine import assess
from pyapp.questions import CHOICE, QUESTIONS, SCALE, is_whole_number
from pyapp.validate import allowed, given_twice, is_allowed

BAD_INPUT = 2


class OneLineParser(argparse.ArgumentParser):
    """Usage errors as one line on stderr and exit status 2, like bad answers."""

    def error(self, message):
        self.exit(BAD_INPUT, "{}: error: {}\n".format(self.prog, message))


def no_repeated_keys(pairs):
    """A JSON object as a dict; a key given twice is an error, as in a share link."""
    answers = {}
    for key, value in pairs:
        if key in answers:
            raise given_twice(key)
        answers[key] = value
    return answers


def read_answers(text):
    try:
        return json.loads(text, object_pairs_hook=no_repeated_keys)
    except RecursionError:
        raise ValueError("answers: must be an object of key/value pairs; this one is nested too deeply to read") from None
    except json.JSONDecodeError as error:
        raise ValueError("answers: not valid JSON ({})".format(error)) from None


def run_assess(args, stdin, stdout):
    text = stdin.read() if args.json == "-" else args.json
    result = assess(read_answers(text))
    stdout.write(json.dumps(result, ensure_ascii=False) + "\n")


def ask_one(question, prompt, say):
    """Ask until the answer is allowed; return its JSON value or the default for ''."""
    while True:
        text = prompt(question["text"] + " ").strip().lower()
        if text == "" and question["default"] is not None:
            return question["default"]
        if question["kind"] == SCALE and is_whole_number(text):
            if is_allowed(question, int(text)):
                return int(text)
        elif question["kind"] == CHOICE and is_whole_number(text):
            index = int(text) - 1
            if 0 <= index < len(question["choices"]):
                return question["choices"][index][0]
        elif question["kind"] not in (SCALE, CHOICE) and text in ("y", "yes", "n", "no"):
            return text.startswith("y")
        say("  Please answer with " + hint(question) + ".")


def hint(question):
    if question["kind"] == CHOICE:
        return "a number from 1 to {}".format(len(question["choices"]))
    if question["kind"] == SCALE:
        return allowed(question)
    return "y or n"


def run_ask(prompt, say):
    say("Answer each question. Press Enter to keep the answer in brackets.\n")
    answers = {}
    for question in QUESTIONS:
        if question["kind"] == CHOICE:
            for number, (_value, label) in enumerate(question["choices"], 1):
                say("  {}. {}".format(number, label))
        answers[question["key"]] = ask_one(question, prompt, say)
    result = assess(answers)
    say("\n" + result["title"].upper() + "\n" + result["now"] + "\n\nWhy:")
    for reason in result["reasons"]:
        say("  - " + reason["text"])
    say("\nWhat to do:")
    for advice in result["advice"]:
        say("  - " + advice)
    say("\n" + result["caveat"])


def parser():
    main_parser = OneLineParser(prog="python -m pyapp", description=__doc__.splitlines()[0])
    commands = main_parser.add_subparsers(dest="command", required=True, parser_class=OneLineParser)
    assess_parser = commands.add_parser("assess", help="print the result JSON for one answer set")
    assess_parser.add_argument("--json", required=True, metavar="ANSWERS",
                               help="the answers as a JSON object, or - to read them from stdin")
    commands.add_parser("ask", help="answer the questions one by one in the terminal")
    return main_parser


def main(argv=None, stdin=sys.stdin, stdout=sys.stdout, stderr=sys.stderr):
    args = parser().parse_args(argv)
    try:
        if args.command == "assess":
            run_assess(args, stdin, stdout)
        else:
            run_ask(input, print)
    except ValueError as error:
        stderr.write("error: {}\n".format(error))
        return BAD_INPUT
    except (KeyboardInterrupt, EOFError):
        stderr.write("\n")
        return 1
    return 0

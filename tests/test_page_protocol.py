"""The page protocol, defined once in pyapp.patch.KINDS: web/shell.js applies exactly those kinds,
tests/fake_shell.py answers exactly the ones that send an event back, and every change a core
makes through the fake shell is a kind with its fields, and the page cores make changes only
through the constructors, never as lists typed in (so a kind or a field cannot drift between the
worker and the page)."""

import ast
import re
from pathlib import Path

import pytest

from pyapp import patch
from pyapp.patch import ANSWERED, KINDS, fits
from tests.fake_shell import Shell

ROOT = Path(__file__).resolve().parent.parent
SHELL = ROOT / "web" / "shell.js"


def applied_kinds(shell_text):
    """{kind: its function's source} of the shell's APPLY table."""
    table = re.search(r"var APPLY = \{\n(.*?)\n  \};", shell_text, re.S).group(1)
    parts = re.split(r"^    (\w+): function", table, flags=re.M)[1:]
    return dict(zip(parts[::2], parts[1::2]))


def test_the_shell_applies_every_kind_of_change_and_no_other():
    assert sorted(applied_kinds(SHELL.read_text())) == sorted(KINDS)


def test_the_shell_answers_with_an_event_exactly_the_kinds_that_name_one():
    sends = sorted(kind for kind, source in applied_kinds(SHELL.read_text()).items() if "send(" in source)
    assert sends == sorted(ANSWERED)


def test_the_fake_shell_answers_exactly_the_kinds_the_real_one_answers():
    assert sorted(Shell.ANSWERS) == sorted(ANSWERED)


def test_the_check_reads_a_kind_missing_from_the_shell():
    """The tests above can fail: a shell without "measure" is told apart from the real one."""
    without = re.sub(r"\n    measure: function.*?\n", "\n", SHELL.read_text())
    assert sorted(applied_kinds(without)) != sorted(KINDS)


def constructed():
    """One change of every kind, made by its constructor."""
    return [patch.text("#a", "x"), patch.html("#a", "<b>x</b>"), patch.after("#a", ""), patch.append("#a", ""),
            patch.remove("#a"), patch.hidden("#a", True), patch.attr("#a", "n", None), patch.reset("#f"),
            patch.select("pain", "3"), patch.focus("#a"), patch.set_hash(None), patch.share("f", "#s", "c", "b"),
            patch.keys("p", "e"), patch.read(["k"], "e", 1), patch.store([["k", None]], "e"), patch.measure("#a", "e"),
            patch.download("n.csv", "text/csv", "x"), patch.print_page()]


def test_every_kind_has_a_constructor_that_makes_a_change_the_shell_takes():
    made = constructed()
    assert sorted(change[0] for change in made) == sorted(KINDS)
    assert [fits(change) for change in made] == [""] * len(made)


@pytest.mark.parametrize("change", [["txt", "#a", "x"], ["text", "#a"], ["hidden", "#a", True, 1], [], ["keys", "p"]])
def test_a_change_of_no_kind_or_the_wrong_fields_is_told(change):
    assert fits(change)
def typed_in_changes(path):
    """Lines where a list typed in starts with a kind's name: a change made without its constructor."""
    found = []
    for node in ast.walk(ast.parse(path.read_text())):
        if (isinstance(node, ast.List) and node.elts and isinstance(node.elts[0], ast.Constant)
                and node.elts[0].value in KINDS):
            found.append("{}:{}".format(path.name, node.lineno))
    return found


def test_the_page_cores_make_changes_only_with_the_constructors():
    modules = [path for path in sorted((ROOT / "pyapp").glob("*.py")) if path.name != "patch.py"]
    assert [line for path in modules for line in typed_in_changes(path)] == []

"""The README cannot drift from the tests: its test table names every test module, once, and
no module that does not exist."""

import re

from tests.conftest import ROOT

TABLE_HEAD = "| tests | what they prove |"


def modules_in_the_test_table(readme):
    """The test modules named in the first column of the README's test table, in its order."""
    lines = readme.splitlines()
    rows = lines[lines.index(TABLE_HEAD) + 2:]  # after the head and its |---| line
    rows = rows[:next((i for i, row in enumerate(rows) if not row.startswith("|")), len(rows))]
    return [name for row in rows for name in re.findall(r"`(test_\w+)`", row.split("|")[1])]


def test_the_readme_test_table_names_every_test_module_once():
    named = modules_in_the_test_table((ROOT / "README.md").read_text())
    modules = sorted(path.stem for path in (ROOT / "tests").glob("test_*.py"))
    missing = [module for module in modules if module not in named]
    unknown = [name for name in named if name not in modules]
    twice = sorted({name for name in named if named.count(name) > 1})
    assert (missing, unknown, twice) == ([], [], []), "README's test table: (not named, no such module, named twice)"


def test_the_table_is_read_from_its_first_column_only():
    readme = "\n".join(("# Tests", TABLE_HEAD, "|---|---|", "| `test_a`, `test_b` | what `test_c` says |",
                        "| `test_d` | more |", "", "| `test_e` | another table |"))
    assert modules_in_the_test_table(readme) == ["test_a", "test_b", "test_d"]

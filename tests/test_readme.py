"""The README cannot drift from the tests: its test table names every test module, once, and
no module that does not exist, and each number it states is one its tests hold."""

import re

from tests.conftest import ROOT

TABLE_HEAD = "| tests | what they prove |"


MIN_NUMBER = 10  # under ten a number is a grade, a day or "1 MiB", not the size of a test


def table_rows(readme):
    lines = readme.splitlines()
    rows = lines[lines.index(TABLE_HEAD) + 2:]  # after the head and its |---| line
    return rows[:next((i for i, row in enumerate(rows) if not row.startswith("|")), len(rows))]


def modules_in_the_test_table(readme):
    """The test modules named in the first column of the README's test table, in its order."""
    return [name for row in table_rows(readme) for name in re.findall(r"`(test_\w+)`", row.split("|")[1])]


def numbers_stated(row):
    """The whole numbers of MIN_NUMBER or more a row's second column states ("202,752"; not "2.2")."""
    said = re.findall(r"(?<![\d.,])\d[\d,]*(?:\.\d+)?", row.split("|")[2])
    return {int(number.replace(",", "")) for number in said if "." not in number and int(number.replace(",", "")) >= MIN_NUMBER}


def numbers_in(paths):
    """Every whole number the sources write, in code, names or words ("16_000", "test_..._15_days")."""
    return {int(number.replace("_", "")) for path in paths for number in re.findall(r"\d+(?:_\d{3})*", path.read_text())}


def test_the_readme_test_table_names_every_test_module_once():
    named = modules_in_the_test_table((ROOT / "README.md").read_text())
    modules = sorted(path.stem for path in (ROOT / "tests").glob("test_*.py"))
    missing = [module for module in modules if module not in named]
    unknown = [name for name in named if name not in modules]
    twice = sorted({name for name in named if named.count(name) > 1})
    assert (missing, unknown, twice) == ([], [], []), "README's test table: (not named, no such module, named twice)"


def test_every_number_the_test_table_states_is_one_its_tests_hold():
    """A number said of a test ("1,500 fuzzed fragments") is written in the source of the tests its
    row names, or of the helper modules they share: a size no test of the row writes fails."""
    helpers = [path for path in (ROOT / "tests").rglob("*.py") if not path.name.startswith("test_")]
    unheld = {}
    for row in table_rows((ROOT / "README.md").read_text()):
        tests = [ROOT / "tests" / (name + ".py") for name in re.findall(r"`(test_\w+)`", row.split("|")[1])]
        missing = numbers_stated(row) - numbers_in(tests + helpers)
        if missing:
            unheld[row.split("|")[1].strip()] = sorted(missing)
    assert unheld == {}, "numbers the README's test table states that no test of their row holds"


def test_a_number_is_read_as_the_row_says_it():
    assert numbers_stated("| `test_a` | all 202,752 sets, 1,500 links, WCAG 2.2, 44 px, grade 8, (10) |") == {202752, 1500, 44, 10}


def test_the_table_is_read_from_its_first_column_only():
    readme = "\n".join(("# Tests", TABLE_HEAD, "|---|---|", "| `test_a`, `test_b` | what `test_c` says |",
                        "| `test_d` | more |", "", "| `test_e` | another table |"))
    assert modules_in_the_test_table(readme) == ["test_a", "test_b", "test_d"]

"""The hazard log (SAFETY.md, SPEC section 10) held to the tests: every hazard has a test that
names it, every hazard a test names is in the log, and each hazard says what the standard asks."""

import ast
import re

from tests.conftest import ROOT

HAZARD_HEADING = re.compile(r"^### (H-[A-Z]+-\d+): ", re.M)
HAZARD_ID = re.compile(r"\bH-[A-Z]+-\d+\b")
FIELDS = ("**Could happen:**", "**Cause:**", "**Controls:**", "**Tests:**", "**Risk:**", "**Remaining:**")


def hazards():
    """{hazard id: its section of SAFETY.md}."""
    text = (ROOT / "SAFETY.md").read_text(encoding="utf-8")
    parts = HAZARD_HEADING.split(text)
    return dict(zip(parts[1::2], parts[2::2]))


def named_in_tests():
    """{hazard id: the test modules that name it}: in a test's name or docstring, or in a string of
    a test module (a table of cases that names its hazard)."""
    named = {}
    for path in sorted((ROOT / "tests").glob("test_*.py")):
        if path.name == "test_safety_case.py":
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            words = ""
            if isinstance(node, ast.Constant) and isinstance(node.value, str):
                words = node.value
            elif isinstance(node, ast.FunctionDef) and node.name.startswith("test_"):
                words = node.name.replace("_", "-").upper()
            for hazard in HAZARD_ID.findall(words):
                named.setdefault(hazard, set()).add(path.name)
    return named


def test_every_hazard_has_a_test_that_names_it():
    missing = sorted(set(hazards()) - set(named_in_tests()))
    assert not missing, "hazards in SAFETY.md with no test that names them: {}".format(", ".join(missing))


def test_every_hazard_a_test_names_is_in_the_log():
    unknown = sorted(set(named_in_tests()) - set(hazards()))
    assert not unknown, "tests name hazards SAFETY.md does not have: {}".format(", ".join(unknown))


def test_every_hazard_says_what_could_happen_its_cause_controls_tests_and_remaining_risk():
    for hazard, section in hazards().items():
        for field in FIELDS:
            assert field in section, "{} has no {}".format(hazard, field)


def test_the_tests_a_hazard_lists_exist():
    """A test named in SAFETY.md (`tests/x.py::test_name`, or `test_name` after it) is a real test."""
    defined = set()
    for path in (ROOT / "tests").glob("test_*.py"):
        defined.update(node.name for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                       if isinstance(node, ast.FunctionDef))
    for hazard, section in hazards().items():
        tests_line = section[section.index("**Tests:**"):section.index("**Risk:**")]
        for module in re.findall(r"`(tests/[a-z_]+\.py)", tests_line):
            assert (ROOT / module).exists(), (hazard, module)
        for name in re.findall(r"\b(test_[a-z0-9_]+)`", tests_line):
            assert name in defined, (hazard, name)


def test_the_about_page_links_to_the_hazard_log():
    for page in ("about.md", "about.es.md"):
        assert "SAFETY.md" in (ROOT / "docs" / page).read_text(encoding="utf-8"), page

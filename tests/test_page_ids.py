"""The ids of the elements the page cores change are defined once, in pyapp/page_ids.py (issue 28):
a template writes them as `ids.<NAME>`, never typed in or built by convention; a pyapp module
builds its selectors with `page_ids.at`, never a "#id" typed in; and web/shell.js, which names
four of them for a worker that breaks, names the ones page_ids defines. So a renamed id is
renamed in one place, and a view cannot change an element its template no longer has."""

import ast
import re

from pyapp import page_ids
from tests.conftest import ROOT

THEME = ROOT / "theme"
PYAPP = ROOT / "pyapp"
SHELL = ROOT / "web" / "shell.js"
# the attributes whose value is an id, or a list of ids
ID_ATTRIBUTES = ("id", "for", "aria-labelledby", "aria-describedby", "aria-controls", "aria-owns", "headers")
# the ids web/shell.js names itself: it withdraws a result and says so when a worker breaks
SHELL_NAMES = {page_ids.ERROR, page_ids.OUTCOME, page_ids.VERDICT, page_ids.PROGRESS}
SHELL_ONLY = {"engine-status"}  # the loading note: the shell's alone, no core changes it


def defined():
    """{id: its name in page_ids}."""
    return {value: name for name, value in vars(page_ids).items()
            if name.isupper() and type(value) is str and name != "QUESTION"}


def typed_ids(template_text):
    """The ids a template types in: literal values of the id attributes, literal "#id" links,
    and ids built from a typed prefix or suffix ("q-" ~ key)."""
    found = []
    for _attribute, value in re.findall(r'\b({})="([^"]*)"'.format("|".join(ID_ATTRIBUTES)), template_text):
        found += re.sub(r"\{\{.*?\}\}", " ", value).split()
    found += re.findall(r'href="#([^"{]+)"', template_text)
    return found + re.findall(r"""["']({}|-help)["']""".format(re.escape(page_ids.QUESTION)), template_text)


def test_no_template_types_an_id_that_pyapp_defines():
    ids = defined()
    typed = {}
    for path in sorted(THEME.rglob("*.html")):
        for token in typed_ids(path.read_text()):
            if token in ids or token.startswith(page_ids.QUESTION) or token.endswith("-help"):
                typed.setdefault(path.relative_to(ROOT).as_posix(), []).append(token)
    assert typed == {}, "write these as {{ ids.NAME }} (pyapp/page_ids.py)"


def selector_literals(path):
    """The string constants of a module (docstrings aside) that hold a "#id" selector, and the
    ids it types into markup as an "id" attribute."""
    tree = ast.parse(path.read_text(), str(path))
    docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                  if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef)) and node.body
                  and isinstance(node.body[0], ast.Expr) and isinstance(node.body[0].value, ast.Constant)}
    found = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and type(node.value) is str and id(node) not in docstrings:
            found += ["#" + name for name in re.findall(r"(?:^|[\s,>+~(])#([A-Za-z][\w-]*)", node.value)]
        if isinstance(node, ast.Dict):
            found += ['"id": ' + repr(value.value) for key, value in zip(node.keys, node.values)
                      if isinstance(key, ast.Constant) and key.value == "id" and isinstance(value, ast.Constant)]
    return found


def test_no_pyapp_module_but_page_ids_types_an_id():
    typed = {path.name: selector_literals(path) for path in sorted(PYAPP.glob("*.py")) if path.name != "page_ids.py"}
    assert {name: found for name, found in typed.items() if found} == {}, "use page_ids.at(page_ids.NAME)"


def test_every_id_page_ids_defines_is_used():
    """An id nothing writes or selects is dead: it goes, rather than drift."""
    used = " ".join(path.read_text() for path in list(THEME.rglob("*.html")) + list(PYAPP.glob("*.py")))
    assert [name for name in defined().values() if not re.search(r"\bids\.{}\b".format(name), used)] == []


def test_the_shell_names_the_ids_page_ids_defines():
    shell = SHELL.read_text()
    named = set(re.findall(r'"#([A-Za-z][\w-]*)"', shell)) | set(re.findall(r'getElementById\("([^"]+)"\)', shell))
    assert named - SHELL_ONLY == SHELL_NAMES


def test_an_id_is_the_selector_the_views_build():
    assert page_ids.at(page_ids.OUTCOME, ".summary-log", "tbody") == "#outcome .summary-log tbody"
    assert page_ids.at(page_ids.question_help("duration")) == "#q-duration-help"

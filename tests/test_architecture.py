"""ARCHITECTURE.md's map cannot drift from the code (issue 28): its layer table and the "may import"
column of its code map are the data, and the imports `ast` finds are held to them both ways. An
import the map does not list fails, and so does a listed import that no longer exists."""

import ast
import re

import pytest

from buildsite.engine_files import BROWSER_MODULES
from tests.conftest import ROOT

MAP_HEAD = "| where | what it is | may import |"
HELPERS = "never in a `test_*.py`:"  # in the code map's tests/ row, before the list of helper modules
LAYERS_HEAD = "| layer | may import |"
LEAKS = "known leaks (issue 28):"
# The leaks issue 28 names that are still to be fixed (by the log's helpers): the map may list
# these, and only these, after LEAKS; each fails here once it is gone, so its entry goes too.
ISSUE_28_LEAKS = set()  # issue 28's four leaks are fixed; a new one is named here, with its issue, or fixed
IMPORTABLE = ("bench", "build", "buildsite", "pyapp", "tests")  # web/ is not a package: PyScript loads worker.py


def table(markdown, head):
    """The rows under a table's head, as lists of cells."""
    lines = [line.strip() for line in markdown.splitlines()]  # a table may sit in a list item
    rows = lines[lines.index(head) + 2:]
    rows = rows[:next((i for i, row in enumerate(rows) if not row.startswith("|")), len(rows))]
    cells = [[cell.strip() for cell in row.strip("|").split(" | ")] for row in rows]
    assert all(len(row) == head.count("|") - 1 for row in cells), "a cell with ' | ' in " + head
    return cells


def ticked(words):
    return re.findall(r"`([^`]+)`", words)


def module_exists(dotted):
    path = ROOT.joinpath(*dotted.split("."))
    return path.with_suffix(".py").is_file() or (path / "__init__.py").is_file()


def imports(path):
    """The first-party modules a Python file imports, dotted ("from buildsite import palette" is
    buildsite.palette; "from buildsite import BuildError" is buildsite), and the others' top names."""
    ours, others = set(), set()
    for node in ast.walk(ast.parse(path.read_text(), str(path))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            assert node.level == 0, "{}: a relative import".format(path)
            names = [node.module + "." + alias.name if module_exists(node.module + "." + alias.name) else node.module
                     for alias in node.names]
        else:
            continue
        for name in names:
            (ours if name.split(".")[0] in IMPORTABLE else others).add(name if name.split(".")[0] in IMPORTABLE
                                                                       else name.split(".")[0])
    return ours, others


def python_files(where):
    """The Python files a map path names: a file, or every file under a folder."""
    path = ROOT / where
    return sorted(path.rglob("*.py")) if where.endswith("/") else [path]


def resolved(name, package):
    """A module named in the map: dotted names as written, a bare name in its row's package or above."""
    if "." in name or name in IMPORTABLE:
        return name
    parts = package.split(".")
    for end in range(len(parts), 0, -1):
        candidate = ".".join(parts[:end] + [name])
        if module_exists(candidate):
            return candidate
    raise AssertionError("ARCHITECTURE.md names `{}`, no module in or above {}".format(name, package))


def code_map_rows(markdown):
    """(paths, package, may import, known leaks) for each row of the code map about Python modules
    of pyapp/, buildsite/ and web/worker.py; a bare name after the first path is in the first's folder."""
    rows = []
    for where, _what, may in table(markdown, MAP_HEAD):
        names = ticked(where)
        folder = names[0].rsplit("/", 1)[0] if not names[0].endswith("/") else names[0].rstrip("/")
        paths = [name if "/" in name else folder + "/" + name for name in names]
        if not any(path.endswith((".py", "/")) for path in paths) or not paths[0].startswith(("pyapp/", "buildsite/", "web/")):
            continue
        package = folder.replace("/", ".")
        allowed, _, leaks = may.partition(LEAKS)
        rows.append((paths, package, {resolved(name, package) for name in ticked(allowed)},
                     {resolved(name, package) for name in ticked(leaks)}))
    return rows


def module_of(path):
    relative = path.relative_to(ROOT).with_suffix("")
    parts = relative.parts[:-1] if relative.name == "__init__" else relative.parts
    return ".".join(parts)


def disagreements(markdown):
    """For each code map row: (paths, imported but not listed, listed but not imported)."""
    found = []
    for paths, package, allowed, leaks in code_map_rows(markdown):
        for where in paths:
            files = python_files(where)
            inside = where.rstrip("/").replace("/", ".") if where.endswith("/") else None
            used = set().union(*(imports(path)[0] for path in files))
            if inside:  # a folder's row lists what it imports from outside it
                used = {name for name in used if name != inside and not name.startswith(inside + ".")}
            listed = allowed | leaks
            if used != listed:
                found.append((where, sorted(used - listed), sorted(listed - used)))
    return found


def architecture():
    return (ROOT / "ARCHITECTURE.md").read_text()


def test_every_module_imports_what_the_code_map_says_and_nothing_else():
    assert disagreements(architecture()) == [], "ARCHITECTURE.md's code map: (row, imported but not listed, listed but not imported)"


def test_every_python_module_of_pyapp_buildsite_and_the_worker_has_one_row():
    named = [where for paths, _p, _a, _l in code_map_rows(architecture()) for where in paths]
    files = {path for where in named for path in python_files(where)}
    modules = set((ROOT / "pyapp").glob("*.py")) | set((ROOT / "buildsite").rglob("*.py")) | {ROOT / "web" / "worker.py"}
    assert sorted(str(path.relative_to(ROOT)) for path in modules - files) == [], "modules with no row in the code map"
    assert sorted({where for where in named if named.count(where) > 1}) == [], "named in two rows"
    assert [where for where in named if not (ROOT / where).exists()] == [], "rows naming no file"


def test_the_only_leaks_the_map_admits_are_issue_28s_unfixed_ones():
    leaks = {(module_of(ROOT / path), leak) for paths, _p, _a, found in code_map_rows(architecture())
             for path in paths for leak in found}
    assert leaks <= ISSUE_28_LEAKS


def layers(markdown):
    """{layer: (the layers it may import, the standard modules the browser's pyapp may import)}."""
    found = {}
    for layer, may in table(markdown, LAYERS_HEAD):
        names = ticked(may)
        found[ticked(layer)[0]] = ({name for name in names if name in IMPORTABLE},
                                   {name for name in names if name not in IMPORTABLE and re.match(r"^\w+$", name)})
    return found


def test_each_layer_imports_the_layers_the_table_says_and_no_other():
    found = {}
    for layer in layers(architecture()):
        files = [ROOT / layer] if layer.endswith(".py") else sorted((ROOT / layer).rglob("*.py"))
        found[layer] = {name.split(".")[0] for path in files for name in imports(path)[0]}
    assert found == {layer: allowed for layer, (allowed, _std) in layers(architecture()).items()}
    assert set(found) == {"pyapp", "web", "buildsite", "bench", "tests", "build.py"}


def test_the_pyapp_the_browser_runs_imports_only_the_standard_modules_the_table_names():
    _layers, standard = layers(architecture())["pyapp"]
    used = {name: imports(ROOT / "pyapp" / (name + ".py"))[1] for name in BROWSER_MODULES}
    assert {name: sorted(others - standard) for name, others in used.items() if others - standard} == {}
    assert set().union(*used.values()) == standard, "a standard module the table names that nothing imports"


def test_the_check_reads_a_changed_import_as_a_disagreement():
    """The test above can fail: a row that lost an import, and a row that names one too many."""
    markdown = architecture()
    row = next(line for line in markdown.splitlines() if line.startswith("| `pyapp/share.py` |"))
    extra = markdown.replace(row, row[:-2] + ", `dates` |")
    assert ("pyapp/share.py", [], ["pyapp.dates"]) in disagreements(extra)
    row = next(line for line in markdown.splitlines() if line.startswith("| `pyapp/policy.py` |"))
    fewer = markdown.replace(row, row.rsplit(" | ", 1)[0] + " | nothing |")
    assert ("pyapp/policy.py", ["pyapp.questions"], []) in disagreements(fewer)


@pytest.mark.parametrize("source,expected", (
    ("from buildsite import BuildError, palette\n", {"buildsite", "buildsite.palette"}),
    ("import pyapp.texts\nfrom pyapp import texts_en\nimport json\n", {"pyapp.texts", "pyapp.texts_en"}),
))
def test_imports_are_read_at_the_module_they_name(tmp_path, source, expected):
    path = tmp_path / "module.py"
    path.write_text(source)
    assert imports(path)[0] == expected


def test_the_map_names_every_test_helper_module_and_no_other():
    row = next(what for where, what, _may in table(architecture(), MAP_HEAD) if where == "`tests/`")
    named = [name for name in ticked(row.partition(HELPERS)[2]) if re.match(r"^\w+$", name)]
    helpers = {path.stem for path in (ROOT / "tests").glob("*.py")} | {
        path.parent.name for path in (ROOT / "tests").glob("*/__init__.py")}
    helpers -= {"__init__", "conftest"} | {name for name in helpers if name.startswith("test_")}
    assert (sorted(helpers - set(named)), sorted(set(named) - helpers)) == ([], []), "(not named, no such helper)"
    assert len(named) == len(set(named))

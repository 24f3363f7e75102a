"""Running pyapp inside the site's own WebAssembly MicroPython, under Node."""

import json
import shutil
import subprocess

import pytest

from tests.conftest import ROOT

RUNNER = ROOT / "tests" / "micropython" / "run_python.mjs"
MICROPYTHON = ROOT / "node_modules" / "@micropython" / "micropython-webassembly-pyscript"


def run_in_micropython(function, inputs, tmp_path, pyapp_dir):
    """[{"result": ...} or {"error": ...}] for function ("module.name") on each input.

    pyapp_dir is the pyapp the site ships (the shipped_pyapp fixture): its
    compiled .mpy modules, so the parity tests check what phones run.
    """
    if not shutil.which("node") or not MICROPYTHON.exists():
        pytest.fail("Node and node_modules are needed: run `python3 build.py test`")
    module, _, name = function.rpartition(".")
    inputs_file = tmp_path / "inputs.json"
    inputs_file.write_text(json.dumps(inputs))
    done = subprocess.run(["node", str(RUNNER), str(pyapp_dir), str(inputs_file), module, name],
                          capture_output=True, text=True, cwd=ROOT)
    assert done.returncode == 0, done.stderr[-2000:]
    return [json.loads(line) for line in done.stdout.splitlines()]


def in_cpython(function, inputs):
    """The same as run_in_micropython, in this CPython."""
    results = []
    for item in inputs:
        try:
            results.append({"result": function(item)})
        except ValueError as error:
            results.append({"error": str(error)})
    return results


def page_pyapp(shipped_pyapp, page, lang, tmp_path):
    """A copy of the shipped pyapp holding only the modules the worker of page in lang loads
    (buildsite.engine_files.page_modules, read from the imports): a module the page needs that its
    list misses fails here as it would on the phone (H-LOAD-3)."""
    from buildsite.engine_files import page_modules

    only = tmp_path / "pyapp-{}-{}".format(page, lang)
    only.mkdir()
    for name in page_modules(page, lang):
        (shipped,) = [path for path in (shipped_pyapp / (name + ".mpy"), shipped_pyapp / (name + ".py"))
                      if path.exists()]
        shutil.copy(shipped, only / shipped.name)
    return only


def every_event_runs_with_only_its_modules(core, visits, lang, tmp_path, shipped_pyapp):
    """(what CPython gives, what MicroPython gives with only the page's modules) for visits in lang,
    each event of the core's HANDLERS sent at least once."""
    visits = [[dict(event, lang=lang) for event in visit] for visit in visits]
    sent = set(event["type"] for visit in visits for event in visit)
    assert set(core.HANDLERS) <= sent, "events never sent: {}".format(sorted(set(core.HANDLERS) - sent))
    page = core.__name__.split(".")[1][:-len("_page")]
    expected = json.loads(json.dumps(in_cpython(core.replay, visits)))
    got = run_in_micropython(core.__name__ + ".replay", visits, tmp_path, page_pyapp(shipped_pyapp, page, lang,
                                                                                      tmp_path))
    return expected, got


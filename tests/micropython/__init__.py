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

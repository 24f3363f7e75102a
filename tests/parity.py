"""Calling pyapp's functions by name, with several arguments, in CPython and in the site's MicroPython,
to compare whole results (tests/micropython runs one function on one input each)."""

import json
import shutil

from tests.micropython import in_cpython, run_in_micropython

ADAPTER = '''
import json
from pyapp import dates, log, log_move, log_store

MODULES = {"dates": dates, "log": log, "log_move": log_move, "log_store": log_store}
TEXTS = ("entry_text",)  # stored text: compare what it holds, not its key order
WRITES = ("save_writes", "moved_writes")


def call(request):
    module, function = request["function"].split(".")
    result = getattr(MODULES[module], function)(*request["args"])
    if function in TEXTS:
        return json.loads(result)
    if function in WRITES and result is not None:
        return [[key, None if text is None else json.loads(text)] for key, text in result]
    return result
'''


CPYTHON = {}
exec(ADAPTER, CPYTHON)
cpython_call = CPYTHON["call"]


def both(requests, tmp_path, shipped_pyapp):
    """(what CPython gives, what the site's MicroPython gives) for each {"function": "module.name", "args"}."""
    pyapp_dir = tmp_path / "pyapp"
    shutil.copytree(shipped_pyapp, pyapp_dir)
    (pyapp_dir / "calls.py").write_text(ADAPTER)
    expected = json.loads(json.dumps(in_cpython(cpython_call, requests)))
    got = run_in_micropython("pyapp.calls.call", requests, tmp_path, pyapp_dir=pyapp_dir)
    return expected, got


def one_answer_set_per_result(answer_sets):
    """The first answer set of each distinct decision (level and reason ids): a result's words
    follow its decision alone (its answers are given back as they came), so these answer sets
    give every result the engine can say, in far fewer calls than every answer set."""
    from pyapp.policy import decide

    chosen = {}
    for answers in answer_sets:
        level, reason_ids = decide(answers)
        chosen.setdefault((level, tuple(reason_ids)), answers)
    return list(chosen.values())


def mismatches(requests, expected, got):
    assert len(expected) == len(got) == len(requests)
    return [(r, e, g) for r, e, g in zip(requests, expected, got) if e != g]


def store_texts_as_data(outcomes):
    """A page core's replayed changes with each text a "store" writes as data: MicroPython's
    dicts keep no order, so the JSON text it writes may list keys in another order."""
    for outcome in outcomes:
        for changes in outcome.get("result", []):
            for change in changes:
                if change[0] == "store":
                    change[1] = [[key, None if text is None else json.loads(text)] for key, text in change[1]]
    return outcomes

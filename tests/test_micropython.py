"""The engine gives the same whole result in the browser's MicroPython as in CPython.

Runs the WebAssembly MicroPython the site ships, under Node, with the compiled
pyapp modules the site ships, on every answer set the other tests use (and the
bad ones), and compares whole results.
"""

import json
import random

from pyapp import assess, log_store
from pyapp.policy import LEVELS, decide
from tests.answer_sets import BAD_ANSWERS, DOMAINS, all_answer_sets, partial_answer_sets
from tests.log_entries import CHEST, damaged_legacy, damaged_stored, day, random_log
from tests.micropython import in_cpython, run_in_micropython
from tests.parity import both, mismatches, one_answer_set_per_result


def test_every_answer_set_gets_the_identical_decision(tmp_path, shipped_pyapp):
    """H-RUN-1 on the phone: the level and reasons of every answer set, in the site's MicroPython."""
    answer_sets = list(all_answer_sets())
    expected = json.loads(json.dumps(in_cpython(decide, answer_sets)))
    got = run_in_micropython("pyapp.policy.decide", answer_sets, tmp_path, shipped_pyapp)
    assert len(got) == len(expected) == 202_752
    mismatches = [(a, e, g) for a, e, g in zip(answer_sets, expected, got) if e != g]
    assert not mismatches, mismatches[:3]


def test_every_result_the_engine_can_give_is_identical_word_for_word(tmp_path, shipped_pyapp):
    answer_sets = one_answer_set_per_result(all_answer_sets())
    expected = in_cpython(assess, answer_sets)
    got = run_in_micropython("pyapp.assess", answer_sets, tmp_path, shipped_pyapp)
    assert len(got) == len(expected) == 36_865
    mismatches = [(a, e, g) for a, e, g in zip(answer_sets, expected, got) if e != g]
    assert not mismatches, mismatches[:3]


def test_bad_answers_give_the_identical_message(tmp_path, shipped_pyapp):
    answer_sets = [answers for answers, _message in BAD_ANSWERS]
    assert run_in_micropython("pyapp.assess", answer_sets, tmp_path, shipped_pyapp) == in_cpython(assess, answer_sets)


def test_partial_answers_give_the_identical_result(tmp_path, shipped_pyapp):
    from pyapp import assess_partial

    answer_sets = list(partial_answer_sets(20_000)) + [{}, {"trauma": True}, {"legs_or_bladder": True}, {"pain": "2"}, {"legs": 1}]
    expected = in_cpython(assess_partial, answer_sets)
    assert sum(1 for e in expected if e.get("result", {}).get("result")) > 2_000, "decided ones too"
    got = run_in_micropython("pyapp.assess_partial", answer_sets, tmp_path, shipped_pyapp)
    mismatches = [(a, e, g) for a, e, g in zip(answer_sets, expected, got) if e != g]
    assert not mismatches, mismatches[:3]


def test_the_site_ships_pyapp_as_bytecode_only(shipped_pyapp):
    names = sorted(path.name for path in shipped_pyapp.iterdir())
    assert names and all(name.endswith(".mpy") for name in names), names


# The log's storage and dates: every function the pages call on what storage held ----------------

def storage_requests(count=80, seed=11):
    """Calls on stored text as storage may hold it: good, cut short, damaged, a newer site's, a legacy log."""
    rng = random.Random(seed)
    requests = []
    for _ in range(count):
        lang = rng.choice(["en", "es"])
        entries = random_log(rng)
        items = [damaged_stored(rng, entry) for entry in entries]
        legacy = damaged_legacy(rng, entries)
        requests += [{"function": "log_store.read_stored", "args": item} for item in items if item[1] is not None]
        requests += [
            {"function": "log_store.read_items", "args": [items]},
            {"function": "log_move.read_legacy", "args": [legacy]},
            {"function": "log_move.moved_writes", "args": [legacy or ""]},
            {"function": "log_store.entry_keys", "args": [[key for key, _text in items] + [log_store.STORAGE_KEY]]},
            {"function": "log.fault_texts", "args": [lang, log_store.read_items(items)[1]]},
            {"function": "log.nearly_full_text", "args": [lang, rng.choice([0, log_store.NEARLY_FULL])]},
        ]
        answers = {key: rng.choice(values) for key, values in DOMAINS.items()}
        level = rng.choice(LEVELS + (decide(answers)[0],) * 4)
        when = rng.choice(["2026-11-26T07:30", "2026-11-26T07:30:15", "2026-11-26", "bad", "2026-02-29T07:30"])
        tail = rng.choice(["0a1b2c3d", "{:08x}".format(rng.randrange(2**32)), "0A1B2C3D", "123", None])
        requests += [
            {"function": "log_store.new_entry", "args": [answers, level, when, tail]},
            {"function": "log_store.new_entry", "args": [dict(answers, pain=rng.choice([3, 11, "3"])), level, when,
                                                         tail]},
            {"function": "log_store.new_entry", "args": [CHEST, "urgent", when, tail]},
            {"function": "log_store.is_entry_id", "args": [rng.choice(
                [e["id"] for e in entries] + ["", "x", "2026-11-26T07:30:00~", "2026-11-26T07:30:00~0a1b2c3d0"])]},
            {"function": "dates.days_between", "args": [day(-rng.randrange(4000)), rng.choice(
                ["2026-11-26", "2024-02-29", "x", "2026-02-29", None])]},
            {"function": "dates.normal_when", "args": [when]},
            {"function": "dates.day_text", "args": [lang, day(-rng.randrange(40000))]},
            {"function": "dates.date_text", "args": [lang, day(-rng.randrange(40000))]},
            {"function": "dates.when_text", "args": [lang, rng.choice([e["when"] for e in entries]
                                                                     or ["2026-11-26T07:30:00"])]},
            {"function": "dates.ago", "args": [lang, rng.randrange(-2, 40)]},
        ]
        if entries:
            requests += [{"function": "log_store.save_writes", "args": [rng.choice(entries)]},
                         {"function": "log_store.entry_text", "args": [rng.choice(entries)]}]
    return requests


def test_storage_and_dates_read_the_same_in_micropython(tmp_path, shipped_pyapp):
    requests = storage_requests()
    expected, got = both(requests, tmp_path, shipped_pyapp)
    reads = [r for q, r in zip(requests, expected) if q["function"] == "log_store.read_stored"]
    assert sum(r["result"][1] == "damaged" for r in reads) > 50 and sum(r["result"][1] is None for r in reads) > 50
    assert sum("error" in r for r in expected) > 100
    spanish = [r for q, r in zip(requests, expected) if q["function"] == "dates.date_text" and q["args"][0] == "es"]
    assert len(spanish) > 20 and all(" de " in r["result"] for r in spanish), "Spanish compared too"
    found = mismatches(requests, expected, got)
    assert not found, found[:1]

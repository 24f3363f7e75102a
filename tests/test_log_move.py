"""Moving an old one-key log (schema versions 0 and 1) to a key per entry (pyapp.log_move.moved_writes):
nothing lost, nothing it could not read written anew, in CPython and in the site's MicroPython alike.

H-LOG-3: an old log's unreadable entry is lost or rewritten when the log is moved. SPEC section 8: a
site update never loses an entry, and what cannot be read is kept byte for byte (ARCHITECTURE.md rule 8).
An entry moves only when its new text says all its old text said; every other byte stays under the old
key as it was (the spaces between its entries aside), and what is left there has nothing to move again.

The texts are hostile (tests.log_entries.hostile_legacy): cut short, a "," too many or too few, a key or an
entry twice, numbers too big for a float, the wrong types, fields this site does not know, times the log
does not read, escapes, and texts that only one interpreter's json takes. What the move should do is
worked out here on its own, from CPython's json made as strict as RFC 8259.
"""

import json
import random
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pyapp import log, log_move, log_page, log_store, strict_json
from tests.fake_shell import Shell
from tests.log_entries import GOOD, hostile_legacy, legacy_item, legacy_text, random_log
from tests.micropython import in_cpython, run_in_micropython

OLD_KEY = log_store.STORAGE_KEY
ENTRY_FIELDS = {"when", "level", "answers"}
# The log's limits on JSON: no reader's (CPython's json stops near 1000 levels deep, its int() at 4300
# digits; MicroPython's at neither), so that one check says what both read
DEPTH_MOST = 32
NUMBER_MOST = 64


# What the move should do, worked out on its own ------------------------------------------------------

class Members(dict):
    """An object as json read it, and whether a key was named twice in it or in an object within."""

    twice = False
    own_twice = False


def _members(pairs):
    read = Members(pairs)
    read.own_twice = len(read) < len(pairs)
    read.twice = read.own_twice or any(getattr(value, "twice", False) for _key, value in pairs)
    return read


def _number(kind):
    def read(token):
        if len(token) > NUMBER_MOST:
            raise ValueError("a number too long")
        return kind(token)
    return read


def _refuse(token):
    raise ValueError("not JSON: " + token)


def _depth(value):
    if type(value) in (list, Members):
        inside = value.values() if type(value) is Members else value
        return 1 + max([_depth(item) for item in inside] or [0])
    return 0


def strict_read(text):
    """The text as CPython's json reads it once made as strict as RFC 8259 (no NaN or Infinity), with
    the log's limits on depth and on a number's length; None if it is no such JSON."""
    try:
        value = json.loads(text, object_pairs_hook=_members, parse_constant=_refuse, parse_int=_number(int),
                           parse_float=_number(float))
    except (ValueError, RecursionError):
        return None
    return value if _depth(value) <= DEPTH_MOST else None


def with_ids(entries):
    """Ids as version 1 made them: the time, then "~2", "~3" for a repeat."""
    seen = {}
    for entry in entries:
        seen[entry["when"]] = seen.get(entry["when"], 0) + 1
        entry["id"] = entry["when"] + ("" if seen[entry["when"]] == 1 else "~{}".format(seen[entry["when"]]))
    return entries


def expected(case):
    """(read_legacy's answer, the move's writes as `comparable` gives them, or "left over" when the old
    key is kept with a text this cannot name, the texts of the items kept under the old key)."""
    text = case["text"]
    value = strict_read(text) if text else None
    if value is None:
        faults = {} if not text else {"legacy_damaged": 1} if text[:1] in "[{" else {"not_a_log": 1}
        return ([], faults, False), None, None
    plain = json.loads(text)
    if type(plain) is list:
        version = 0
    elif type(plain) is dict and type(plain.get("version")) is int and plain["version"] >= 1:
        version = plain["version"]
    else:
        return ([], {"not_a_log": 1}, False), None, None
    items = plain if version == 0 else plain.get("entries")
    if version > 1:  # a newer site's: read as far as it can be, never moved
        if type(items) is not list:
            return ([], {"newer": 1}, True), None, None
        entries = [entry for entry in (log_store.read_entry(item, "", version) for item in items) if entry]
        faults = dict({"newer": 1}, **({"damaged": len(items) - len(entries)} if len(items) > len(entries) else {}))
        return (with_ids(entries), faults, True), None, None
    if value.own_twice if version else False:  # a name given twice in the log itself: not read at all
        return ([], {"legacy_damaged": 1}, False), None, None
    if type(items) is not list:
        return ([], {"legacy_damaged": 1}, False), None, None
    read_items = value if version == 0 else value["entries"]
    if case["items"] is not None:
        assert len(items) == len(case["items"]), "the test's own texts: each item one value"
    moves = [type(item) is dict and set(item) == ENTRY_FIELDS and not read.twice
             and log_store.read_entry(item, "", log_store.MOVED_AS) is not None
             for item, read in zip(items, read_items)]
    entries = with_ids([log_store.read_entry(item, "", log_store.MOVED_AS)
                        for item, moved in zip(items, moves) if moved])
    faults = {"damaged": len(items) - len(entries)} if len(items) > len(entries) else {}
    if not entries:
        return (entries, faults, False), None, None
    writes = [[log_store.entry_key(entry["id"]), dict(legacy_item(entry), version=log_store.MOVED_AS)]
              for entry in entries]
    kept = None if case["items"] is None else [item for item, moved in zip(case["items"], moves) if not moved]
    if all(moves) and (version == 0 or len(plain) == 2):
        return (entries, faults, False), writes + [[OLD_KEY, None]], []
    left = "left over" if kept is None else case["prefix"] + "[" + ",".join(kept) + "]" + case["suffix"]
    return (entries, faults, False), writes + [[OLD_KEY, left]], kept


def comparable(writes):
    """The move's writes with each entry's text as data (MicroPython's dicts keep no order, so the
    text it writes may list the keys in another order), and the old key's text as it is."""
    if writes is None:
        return None
    return [[key, text if key == OLD_KEY else json.loads(text)] for key, text in writes]


def check_move(case, read, writes):
    """H-LOG-3: every byte of an item that could not be moved survives, and the rest moves whole."""
    want_read, want_writes, kept = expected(case)
    assert read == want_read
    if want_writes is None:
        assert writes is None, "nothing to move: the old key is left as it was"
        return
    left = writes[-1][1]
    if want_writes[-1][1] == "left over":
        want_writes[-1][1] = left  # the whole text was changed: checked below for what it must be
    assert writes == want_writes
    assert len(set(key for key, _text in writes)) == len(writes), "a key each"
    if left is None:
        return
    for item in kept or []:
        assert item in left, "every byte of an entry that could not be moved survives"
    assert strict_read(left) is not None, "what is left is JSON as strict as before"
    assert log_move.read_legacy(left) == ([], {"damaged": want_read[1]["damaged"]} if "damaged" in want_read[1]
                                           else {}, False)
    assert log_move.moved_writes(left) is None, "what is left has nothing to move again"


# CPython -------------------------------------------------------------------------------------------------

@settings(max_examples=600, deadline=None)
@given(st.integers(0, 2**64))
def test_a_hostile_old_log_moves_with_nothing_lost_or_written_anew(seed):
    """H-LOG-3: an old log's unreadable entry is lost or rewritten when the log is moved."""
    case = hostile_legacy(random.Random(seed))
    check_move(case, log_move.read_legacy(case["text"]), comparable(log_move.moved_writes(case["text"])))


def test_the_limits_are_the_logs():
    assert (strict_json.DEPTH_MOST, strict_json.NUMBER_MOST) == (DEPTH_MOST, NUMBER_MOST)
    assert strict_read("[" * DEPTH_MOST + "]" * DEPTH_MOST) and not strict_read("[" * 33 + "]" * 33)
    assert strict_read("[" + "1" * NUMBER_MOST + "]") and not strict_read("[" + "1" * 65 + "]")


def test_the_hostile_texts_try_every_way():
    """The property above sees each way a move can go, many times over."""
    seen = {}
    for seed in range(600):
        case = hostile_legacy(random.Random(seed))
        (_entries, faults, _newer), writes, kept = expected(case)
        way = (tuple(sorted(faults)), None if writes is None else writes[-1][1] is None, bool(kept),
               case["items"] is None)
        seen[way] = seen.get(way, 0) + 1
    assert seen[(("damaged",), False, True, False)] > 100, "entries moved, the unreadable ones kept"
    assert seen[((), True, False, False)] > 5, "all moved, the old key taken out"
    assert seen[(("legacy_damaged",), None, False, False)] > 20, "not strict JSON: kept whole"
    assert seen[(("damaged", "newer"), None, False, False)] > 20, "a newer site's: never moved"
    assert sum(count for way, count in seen.items() if way[3]) > 30, "whole texts changed"


def _issue_27_text(bad):
    return '{"version": 1, "entries": [' + ", ".join(
        [json.dumps(GOOD), bad, json.dumps(dict(GOOD, when="2026-11-21T07:30:00"))]) + "]}"


BIG_PAIN = json.dumps(dict(GOOD, answers={"pain": 123456789, "spread": "none"})).replace("123456789", "1e400")


def test_an_entry_too_big_to_read_stays_as_it_was_while_the_rest_moves():
    """H-LOG-3, as issue 27 found it: of three entries, one with "pain": 1e400 (infinity to json). The
    two moved, then that one was written again as "pain": inf (Infinity in CPython), which no JSON
    reader takes, and the whole old log was called damaged. It stays byte for byte."""
    writes = log_move.moved_writes(_issue_27_text(BIG_PAIN))
    assert [key for key, _text in writes] == [log_store.entry_key("2026-11-20T07:30:00"),
                                              log_store.entry_key("2026-11-21T07:30:00"), OLD_KEY]
    assert writes[-1][1] == '{"version": 1, "entries": [' + BIG_PAIN + "]}"
    assert log_move.read_legacy(writes[-1][1]) == ([], {"damaged": 1}, False)
    assert log.fault_texts("en", {"damaged": 1}) == ["1 saved result could not be read. It is left out."]


@pytest.mark.parametrize(
    "item",
    (
        json.dumps(dict(GOOD, note="after a long run")),  # a field this site does not know
        json.dumps(dict(GOOD, answers={"chest_or_breathing": True, "mood": "fine"})),
        json.dumps(GOOD).replace('"level": "urgent"', '"level": "run", "level": "urgent"'),  # a key twice
        json.dumps(GOOD).replace("true}", 'false, "chest_or_breathing": true}'),
        json.dumps(dict(GOOD, when="0001-01-01T00:00:00")),  # a time the log does not read
        json.dumps(dict(GOOD, when="9999-12-31T23:59:59")),
        json.dumps(GOOD).replace("true", "1"),  # the wrong type
        '"a note"',
        "[" * 20 + "]" * 20,
    ),
)
def test_what_cannot_move_whole_stays_byte_for_byte(item):
    """H-LOG-3: an entry whose new text could not say all that its old text said does not move: a field
    this site does not know was dropped, a key named twice lost one of its values."""
    writes = log_move.moved_writes(_issue_27_text(item))
    assert len(writes) == 3 and writes[-1] == [OLD_KEY, '{"version": 1, "entries": [' + item + "]}"]
    assert log_move.read_legacy(writes[-1][1]) == ([], {"damaged": 1}, False)


def test_more_than_a_log_under_the_old_key_stays_when_its_entries_move():
    """H-LOG-3: the old key goes only once nothing but moved entries was in it."""
    text = '{"note": [1, {"a": 2}], "version": 1, "entries": [' + json.dumps(GOOD) + "], \"more\": null}"
    writes = log_move.moved_writes(text)
    assert writes[-1] == [OLD_KEY, '{"note": [1, {"a": 2}], "version": 1, "entries": [], "more": null}']
    assert log_move.read_legacy(writes[-1][1]) == ([], {}, False) and log_move.moved_writes(writes[-1][1]) is None


def test_the_entries_named_with_an_escape_are_the_ones_moved_from():
    """H-LOG-3: json reads "\\u0065ntries" as "entries"; so does the move, keeping its bytes."""
    text = '{"version": 1, "\\u0065ntries": [' + json.dumps(GOOD) + ", " + BIG_PAIN + "]}"
    writes = log_move.moved_writes(text)
    assert writes[-1] == [OLD_KEY, '{"version": 1, "\\u0065ntries": [' + BIG_PAIN + "]}"] and len(writes) == 2


def test_the_log_page_moves_the_rest_keeps_what_it_could_not_read_and_says_so():
    """H-LOG-3 as a runner meets it on /log/: the entries it could read are listed, "1 saved result could
    not be read" is said (not that the whole old log is damaged), and a second visit moves nothing again."""
    shell = Shell(log_page, {OLD_KEY: _issue_27_text(BIG_PAIN)}, page="log")
    first = [change for changes in shell.do("start", stored=shell.list_keys(OLD_KEY)) for change in changes]
    assert shell.storage[OLD_KEY] == '{"version": 1, "entries": [' + BIG_PAIN + "]}"
    assert sorted(shell.storage) == sorted([OLD_KEY, log_store.entry_key("2026-11-20T07:30:00"),
                                            log_store.entry_key("2026-11-21T07:30:00")])
    problems = [change[2] for change in first if change[:2] == ["html", "#log-problems"]][-1]
    assert "1 saved result could not be read" in problems and "damaged" not in problems
    again = Shell(log_page, shell.storage, page="log")
    again.do("start", stored=again.list_keys(OLD_KEY))
    assert again.storage == shell.storage and again.storage_ops("store") == []


@pytest.mark.parametrize(
    "text",
    (
        "[" + json.dumps(GOOD) + ",," + json.dumps(GOOD) + "]",  # MicroPython's json reads these three
        legacy_text([GOOD, GOOD]).replace("}, {", "} {"),
        legacy_text([GOOD]).replace('"level":', '"level"'),
        legacy_text([GOOD, dict(GOOD, answers={"pain": 3})]).replace(" 3", " NaN"),  # and CPython's this one
        legacy_text([GOOD, GOOD])[:-9],  # cut short
        legacy_text([GOOD, GOOD])[:-1] + ', "entries": []}',  # a name twice: json would read one only
    ),
)
def test_a_text_one_json_reader_would_read_otherwise_is_kept_whole(text):
    """H-LOG-3: neither moved nor rewritten, whatever json the browser's Python has."""
    assert log_move.read_legacy(text) == ([], {"legacy_damaged": 1}, False)
    assert log_move.moved_writes(text) is None


def test_a_log_as_earlier_sites_wrote_it_still_moves_whole():
    rng = random.Random(3)
    entries = random_log(rng, most=40) + random_log(rng, most=40)
    for text in (legacy_text([legacy_item(e) for e in entries]), json.dumps([legacy_item(e) for e in entries]),
                 json.dumps({"entries": [legacy_item(e) for e in entries], "version": 1}, indent=1)):
        writes = log_move.moved_writes(text)
        assert len(writes) == len(entries) + 1 and writes[-1] == [OLD_KEY, None]


# The site's MicroPython --------------------------------------------------------------------------------

ADAPTER = '''
import json
from pyapp import log_move, log_store, strict_json


def call(request):
    function, text = request
    if function == "read_legacy":
        return log_move.read_legacy(text)
    if function == "strict":  # the strict JSON check alone: None, or how many ":" are outside strings
        read = strict_json.read(text)
        return read if read is None or type(read) is str else read[1]
    writes = log_move.moved_writes(text)
    if writes is None:
        return None
    return [[key, text if key == log_store.STORAGE_KEY else json.loads(text)] for key, text in writes]
'''

SOUP = ("{", "}", "[", "]", ",", ":", " ", '"a"', '"b:c"', "1", "-0", "01", "1.", "1.5e3", "1e400", "true", "false",
        "null", "tru", "NaN", '"\\u0041"', '"\\x"', '"\\""', "\n", '"\t"', "x", '"', "\\", "-", "12", "\u00e9")


def soup(rng):
    """A text of JSON's pieces put together at random: most are no JSON, some are only to one reader."""
    return "".join(rng.choice(SOUP) for _ in range(rng.randrange(1, 14)))


def parity_cases():
    rng = random.Random(27)
    cases = [hostile_legacy(random.Random(seed), bmp_only=True) for seed in range(400)]
    cases += [{"text": _issue_27_text(BIG_PAIN), "prefix": '{"version": 1, "entries": ', "suffix": "}",
               "items": [json.dumps(GOOD), BIG_PAIN, json.dumps(dict(GOOD, when="2026-11-21T07:30:00"))]}]
    cases += [{"text": "[" + soup(rng) + "]", "items": None} for _ in range(300)]
    return cases


def test_the_move_is_the_same_in_micropython(tmp_path, shipped_pyapp):
    """H-LOG-3 on the phone: the same hostile texts, read and moved by the site's own MicroPython (whose
    json takes what CPython's does not, and writes infinity as "inf"), say and keep the same."""
    pyapp_dir = tmp_path / "pyapp"
    shutil.copytree(shipped_pyapp, pyapp_dir)
    (pyapp_dir / "move_calls.py").write_text(ADAPTER)
    cases = parity_cases()
    requests = [[function, case["text"]] for case in cases for function in ("read_legacy", "moved_writes", "strict")]
    calls = {}
    exec(ADAPTER, calls)
    want = json.loads(json.dumps(in_cpython(calls["call"], requests)))
    got = run_in_micropython("pyapp.move_calls.call", requests, tmp_path, pyapp_dir=pyapp_dir)
    differ = [(request, w, g) for request, w, g in zip(requests, want, got) if w != g]
    assert len(got) == len(requests) and not differ, differ[:2]
    results = [result["result"] for result in got]
    for number, case in enumerate(cases):
        read, writes, _colons = results[3 * number:3 * number + 3]
        check_move(case, tuple(read), writes)
    issue_27 = results[3 * cases.index(cases[400]) + 1]
    assert issue_27[-1] == [OLD_KEY, '{"version": 1, "entries": [' + BIG_PAIN + "]}"], "as it was, not inf"
    moved = [writes for writes in results[1::3] if writes]
    assert len(moved) > 150 and sum(1 for writes in moved if writes[-1][1]) > 100
    verdicts = [colons for colons in results[2::3]]
    assert sum(1 for colons in verdicts if colons is None) > 200 and sum(1 for colons in verdicts if colons) > 200


def test_the_checks_quick_read_of_an_old_log_never_finds_a_later_first_pain():
    """H-LOG-1 with an old log: the check reads it for the duration hint by json alone (no strict pass over
    megabytes on every visit). For a log as earlier sites wrote it, that reads what the log page reads;
    for any other text it may read more, never less, so the hint never counts from a later date."""
    for seed in range(300):
        text = hostile_legacy(random.Random(seed))["text"]
        strict, quick = log_move.read_legacy(text)[0], log_move.hint_read(text)[0]
        assert {e["when"] for e in strict} <= {e["when"] for e in quick}, text[:300]
    rng = random.Random(5)
    for _ in range(100):
        text = legacy_text([legacy_item(entry) for entry in random_log(rng)], rng.choice((0, 1)))
        assert log_move.hint_read(text) == log_move.read_legacy(text)[:2]
    junk = "notes: " + "x" * 5_000_000
    assert log_move.hint_read(junk) == ([], {"not_a_log": 1}) == log_move.read_legacy(junk)[:2]

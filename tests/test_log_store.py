"""The log's entries and how this browser stores them (pyapp.log_store, ARCHITECTURE.md rule 8):
a key per entry since schema version 2, and the whole-log text of versions 0 and 1 moved from."""

import datetime
import json
import pathlib
import random
import subprocess
import sys
import time

import pytest
import textstat
from hypothesis import given, settings
from hypothesis import strategies as st

from pyapp import json_out, log, log_move, log_store
from pyapp.order import in_order
from pyapp.policy import LEVELS, decide
from pyapp.questions import KEYS, QUESTIONS, asked_since
from pyapp.texts import text
from tests.in_spanish import reads_fairly_easily
from tests.parity import both
from tests.log_entries import (CHEST, GOOD, NEW_IN_3, TODAY, answered, entries_strategy, legacy_item, legacy_text,
                               logged, pain_log, saved, storage_of)

WHEN = "2026-11-26T07:30:00"


def key_of(entry):
    return log_store.entry_key(entry["id"])


def text_of(entry):
    (write,) = log_store.save_writes(entry)
    return write[1]


# Entries -------------------------------------------------------------------------

@pytest.mark.parametrize(
    "answers,level",
    (
        (answered(3), "modify"),
        (answered(0), "run"),
        (answered(2, duration="over_2_weeks"), "professional"),
        (CHEST, "urgent"),  # decided at once; the other questions stay unanswered
        ({"chest_or_breathing": False, "legs_or_bladder": False, "trauma": False, "neuro": True}, "professional"),
    ),
)
def test_an_entry_keeps_the_answers_as_given_and_their_level(answers, level):
    entry = log_store.new_entry(answers, level, "2026-11-26T07:30", "0a1b2c3d")
    assert entry == {"id": "2026-11-26T07:30:00~0a1b2c3d", "when": "2026-11-26T07:30:00", "level": level,
                     "answers": answers, "version": 3}
    assert entry["answers"] is not answers


@pytest.mark.parametrize(
    "answers,level,when,tail,message",
    (
        (answered(3), "run", "2026-11-26T07:30", "00000000", 'level: the answers give "modify", got "run"'),
        (answered(3), "maybe", "2026-11-26T07:30", "00000000",
         'level: must be one of urgent, professional, stop, modify, run, got "maybe"'),
        ({"pain": 2}, "modify", "2026-11-26T07:30", "00000000",  # a warning sign could still change it
         "answers: they do not decide a level yet, so there is nothing to save"),
        (answered(3, neuro=1), "modify", "2026-11-26T07:30", "00000000", "neuro: must be true or false, got 1"),
        (dict(CHEST, legs=True), "urgent", "2026-11-26T07:30", "00000000",
         'unknown key "legs": allowed keys are ' + ", ".join(KEYS)),
        ([3], "modify", "2026-11-26T07:30", "00000000", "answers: must be an object of key/value pairs, got [3]"),
        (answered(3), "modify", "yesterday", "00000000",
         'when: must be a date and time like 2026-11-26T07:30, got "yesterday"'),
        (CHEST, "urgent", WHEN, "0a1b2c3", 'nonce: must be 8 hex digits, got "0a1b2c3"'),
        (CHEST, "urgent", WHEN, "0a1b2c3d4", 'nonce: must be 8 hex digits, got "0a1b2c3d4"'),
        (CHEST, "urgent", WHEN, "0A1B2C3D", 'nonce: must be 8 hex digits, got "0A1B2C3D"'),
        (CHEST, "urgent", WHEN, "0a1b2c3g", 'nonce: must be 8 hex digits, got "0a1b2c3g"'),
        (CHEST, "urgent", WHEN, "../../x", 'nonce: must be 8 hex digits, got "../../x"'),
        (CHEST, "urgent", WHEN, None, "nonce: must be 8 hex digits, got null"),
        (CHEST, "urgent", WHEN, 12345678, "nonce: must be 8 hex digits, got 12345678"),
    ),
)
def test_a_bad_entry_names_what_is_wrong(answers, level, when, tail, message):
    with pytest.raises(ValueError) as raised:
        log_store.new_entry(answers, level, when, tail)
    assert str(raised.value) == message


def test_two_saves_in_one_second_have_a_key_each():
    first = log_store.new_entry(CHEST, "urgent", WHEN, "00000001")
    second = log_store.new_entry(CHEST, "urgent", WHEN, "ffffffff")
    assert first["when"] == second["when"] and first["id"] != second["id"]
    assert key_of(first) != key_of(second)
    storage = dict(log_store.save_writes(first) + log_store.save_writes(second))
    assert sorted(storage) == sorted([key_of(first), key_of(second)])
    assert log_store.entry_keys(list(storage)) == [key_of(second), key_of(first)]


def test_a_save_is_one_key_and_its_text():
    entry = saved(answered(3), "2026-11-26T07:30", 0xbeef)
    assert log_store.save_writes(entry) == [[log_store.ENTRY_PREFIX + "2026-11-26T07:30:00~0000beef",
                                             log_store.entry_text(entry)]]


def test_the_stored_text_has_the_schema_version_and_nothing_else():
    entry = saved(CHEST, "2026-11-26T07:30", 7)
    assert log_store.SCHEMA_VERSION == 3
    assert json.loads(text_of(entry)) == {"version": 3, "when": "2026-11-26T07:30:00", "level": "urgent",
                                          "answers": CHEST}


def test_a_new_save_is_version_3_and_asks_every_question():
    """H-LOG-2: an old entry shows a new question as not answered. A result saved now is stored as
    version 3, the version from which legs_or_bladder, injury and night are asked, so it is never
    read as saved before them."""
    entry = log_store.new_entry(answered(3), "modify", "2026-11-26T07:30", "0a1b2c3d")
    assert entry["version"] == log_store.SCHEMA_VERSION == 3
    (write,) = log_store.save_writes(entry)
    assert json.loads(write[1])["version"] == 3
    assert max(asked_since(question) for question in QUESTIONS) == 3
    assert [q["key"] for q in QUESTIONS if asked_since(q) == 3] == list(NEW_IN_3)
    read, fault = log_store.read_stored(write[0], write[1])
    assert fault is None and read == entry


@pytest.mark.parametrize("version", (-1, 0, 1, 2, 3))
def test_an_entry_keeps_the_version_it_was_saved_with_when_written_again(version):
    """H-LOG-2: an old entry shows a new question as not answered. An entry read from storage keeps the
    version it was saved with, and writing it again (moved, put back) never stamps it with today's."""
    key = log_store.ENTRY_PREFIX + WHEN + "~00000001"
    entry, fault = log_store.read_stored(key, json.dumps(dict(GOOD, version=version)))
    assert fault is None and entry["version"] == version
    assert json.loads(log_store.entry_text(entry))["version"] == version
    assert log_store.read_stored(key, log_store.entry_text(entry)) == (entry, None)


OLD_READER = "2aa1e90"  # the last commit of log schema version 2 (11 questions)


def test_a_site_of_version_2_reads_a_new_entry_as_a_newer_sites_not_as_damaged(tmp_path):
    """H-LOG-2: an old entry shows a new question as not answered; and an old site (a page still cached)
    that meets a version 3 entry, with answers it does not know, says a newer site saved it: the entry is
    kept as it is, never called damaged. Run with the code of the last version 2 commit."""
    root = pathlib.Path(__file__).resolve().parent.parent
    found = subprocess.run(["git", "-C", str(root), "archive", OLD_READER, "pyapp"], capture_output=True)
    if found.returncode:
        pytest.skip("the version 2 commit is not in this clone")
    subprocess.run(["tar", "-x", "-C", str(tmp_path)], input=found.stdout, check=True)
    new = [log_store.new_entry(answered(3, night=True), "professional", WHEN, "0000000a"),
           log_store.new_entry(CHEST, "urgent", WHEN, "0000000b")]
    items = [write for entry in new for write in log_store.save_writes(entry)]
    old_code = ("import json, sys\nfrom pyapp import log_store\nassert log_store.SCHEMA_VERSION == 2\n"
                "items = json.load(sys.stdin)\n"
                "print(json.dumps([log_store.read_stored(key, text)[1] for key, text in items]"
                " + [log_store.read_items(items)[1]]))")
    ran = subprocess.run([sys.executable, "-c", old_code], input=json.dumps(items), capture_output=True, text=True,
                         cwd=tmp_path, env={"PYTHONPATH": str(tmp_path)}, check=True)
    assert json.loads(ran.stdout) == ["newer", "newer", {"newer": 2}]


def test_a_site_of_an_earlier_version_reads_a_newer_entry_as_newer(monkeypatch):
    """The same, without the old code: with this site's version one lower, today's entries are a newer
    site's."""
    (key, text), = log_store.save_writes(saved(CHEST, WHEN, 1))
    monkeypatch.setattr(log_store, "SCHEMA_VERSION", log_store.SCHEMA_VERSION - 1)
    assert log_store.read_stored(key, text)[1] == "newer"


@pytest.mark.parametrize(
    "entry_id,made_here",
    (
        ("2026-11-26T07:30:00~0a1b2c3d", True),
        ("2026-11-26T07:30:00", True),  # moved from version 1: its time alone
        ("2026-11-26T07:30:00~2", True),  # ... and a repeat of that time
        ("2026-11-26T07:30:00~", False),
        ("2026-11-26T07:30:00~0a1b2c3d0", False),  # a tail too long
        ("2026-11-26T07:30:00~0A1B2C3D", False),
        ("2026-11-26T07:30:00-0a1b2c3d", False),
        ("2026-11-26T07:30:00~0a1b 2c3", False),
        ("2026-11-26T07:30~0a1b2c3d", False),  # no seconds
        ("2026-02-30T07:30:00~0a1b2c3d", False),
        ("0001-01-01T00:00:00~0a1b2c3d", False),  # a time the log does not read: a clock gone wrong
        ("1999-12-31T23:59:59~0a1b2c3d", False),
        ("2000-01-01T00:00:00~0a1b2c3d", True),
        ("2099-12-31T23:59:59~0a1b2c3d", True),
        ("2100-01-01T00:00:00~0a1b2c3d", False),
        ("9999-12-31T23:59:59~0a1b2c3d", False),
        ("x", False),
        ("", False),
    ),
)
def test_only_ids_this_site_makes_are_read(entry_id, made_here):
    assert log_store.is_entry_id(entry_id) is made_here
    text = text_of(saved(CHEST, "2026-11-26T07:30", 1))
    entry, fault = log_store.read_stored(log_store.ENTRY_PREFIX + entry_id, text)
    assert (entry is not None, fault) == (made_here, None if made_here else "damaged")
    if made_here:
        assert entry["id"] == entry_id


@pytest.mark.parametrize(
    "whens,newest_first",
    (
        ([], []),
        (["2026-11-20T07:30", "2026-11-26T07:30", "2026-11-01T07:30"], [1, 0, 2]),
        (["2026-11-26T07:30", "2026-11-26T07:29:59"], [0, 1]),  # the seconds count
        (["2026-11-26T07:30", "2026-11-26T07:30"], [1, 0]),  # the same time: saved last first
        (["2025-12-31T23:00", "2026-01-01T01:00"], [1, 0]),
    ),
)
def test_newest_first(whens, newest_first):
    entries = logged(*[(when, CHEST) for when in whens])
    assert log.newest_first(entries) == [entries[i] for i in newest_first]
    assert log.oldest_first(entries) == [entries[i] for i in newest_first][::-1]


def test_the_keys_of_entries_are_listed_newest_first_and_nothing_else():
    entries = logged(("2026-11-20T07:30", CHEST), ("2026-11-26T07:30", CHEST), ("2025-01-01T07:30", CHEST))
    keys = [key_of(entry) for entry in entries]
    listing = [keys[0], log_store.STORAGE_KEY, "upper-back-logs", "other", None, 5, keys[2], keys[1]]
    assert log_store.entry_keys(listing) == [keys[1], keys[0], keys[2]]
    assert log_store.has_legacy(listing) and not log_store.has_legacy(keys)


# Reading what is stored ----------------------------------------------------------------

@settings(max_examples=100, deadline=None)  # drawing a log takes a while; no deadline
@given(entries_strategy())
def test_what_is_saved_reads_back(entries):
    for entry in entries:
        assert log_store.read_stored(key_of(entry), text_of(entry)) == (entry, None)
    items = [write for entry in entries for write in log_store.save_writes(entry)]
    assert log_store.read_items(items) == (entries, {})


@pytest.mark.parametrize(
    "text,fault",
    (
        (None, "damaged"),
        ("", "damaged"),
        ("{not json", "damaged"),
        ("[" * 5000, "damaged"),  # deeper than CPython's json goes
        ("42", "damaged"),  # JSON, but not an entry
        ("[]", "damaged"),
        ('{"when": "2026-11-20T07:30:00", "level": "urgent", "answers": {"chest_or_breathing": true}}',
         "damaged"),  # no version
        (json.dumps(dict(GOOD, version="2")), "damaged"),
        (json.dumps(dict(GOOD, version=2.0)), "damaged"),
        (json.dumps(dict(GOOD, version=True)), "damaged"),  # a bool is no version
        (json.dumps(dict(GOOD, version=2, answers={"pain": 11})), "damaged"),
        (json.dumps(dict(GOOD, version=2, level="maybe")), "damaged"),
        (json.dumps(dict(GOOD, version=2, when="2026-11-31T07:30")), "damaged"),
        (json.dumps(dict(GOOD, version=2, answers={"legs": True})), "damaged"),
        (json.dumps({"version": 2, "level": "urgent", "answers": CHEST}), "damaged"),  # no time
        (json.dumps(dict(GOOD, version=2, when="0001-01-01T00:00:00")), "damaged"),  # a time the log does not read
        (json.dumps(dict(GOOD, version=2, when="9999-12-31T23:59:59")), "damaged"),
        (json.dumps({"version": 1, "entries": [GOOD]}), "damaged"),  # a whole legacy log is no entry
        # a newer site saved it, in a way this site cannot read: kept as it is, and said so
        ('{"version": 9, "results": []}', "newer"),
        (json.dumps(dict(GOOD, version=4, level="later")), "newer"),
    ),
)
def test_a_damaged_entry_is_left_out_and_said_so(text, fault):
    assert log_store.read_stored(log_store.ENTRY_PREFIX + WHEN + "~00000001", text) == (None, fault)


def test_an_entry_a_newer_site_saved_is_read_as_far_as_it_can_be_and_said_so():
    key = log_store.ENTRY_PREFIX + WHEN + "~00000001"
    entry, fault = log_store.read_stored(key, json.dumps(dict(GOOD, version=4, mood="fine")))
    assert fault == "newer"
    assert entry == {"id": WHEN + "~00000001", "when": GOOD["when"], "level": "urgent", "answers": CHEST,
                     "version": 4}


@pytest.mark.parametrize(
    "item,kept",
    (
        (dict(GOOD, version=2, note="x", id="y"), True),  # fields it does not know are let go
        (dict(GOOD, version=2, level="run"), True),  # kept: what the runner was told then
        (dict(GOOD, version=1), True),  # an older version's entry reads the same
    ),
)
def test_what_an_entry_holds_is_read_as_it_was(item, kept):
    key = log_store.ENTRY_PREFIX + WHEN + "~00000001"
    entry, fault = log_store.read_stored(key, json.dumps(item))
    assert fault is None
    assert entry == {"id": WHEN + "~00000001", "when": GOOD["when"], "level": item["level"], "answers": CHEST,
                     "version": item["version"]}


OUT_OF_RANGE = ("0001-01-01T00:00:00", "1970-01-01T00:00", "1999-12-31T23:59:59", "2100-01-01T00:00",
                "9999-12-31T23:59:59")


@pytest.mark.parametrize("when", OUT_OF_RANGE)
def test_a_time_the_log_does_not_read_never_counts(when):
    """A clock gone wrong, or a crafted entry: the log never says it began 739,956 days ago (an entry of
    the year 1), and an entry of the year 9999 never hides the note on pain that lasts. Such an entry is
    not read, as a damaged one is not: kept as it is (whatever its key), and said so."""
    real = pain_log((-20, 5), (-3, 0))  # pain 20 days ago: the note on pain that lasts shows
    odd = saved(answered(8), when, 99)  # a save is never refused for the clock: the check's result stays up
    stored = storage_of(real + [odd])
    entries, faults = log_store.read_items(sorted(stored.items()))
    assert (entries, faults) == (real, {"damaged": 1})
    info = log.summary("en", [log.light(entry) for entry in entries], TODAY)
    assert info["first_logged"] == "You started this log 20 days ago." and info["note"]["text"].startswith(
        "You first saved a result with pain 20 days ago.")
    assert log_store.read_items([[key_of(odd), stored[key_of(odd)]]]) == ([], {"damaged": 1})
    legacy = legacy_text([legacy_item(entry) for entry in [odd] + real])
    assert log_move.read_legacy(legacy) == (
        [dict(entry, id=entry["when"], version=2) for entry in real], {"damaged": 1}, False)


@settings(max_examples=200, deadline=None)
@given(entries_strategy(most=6), st.datetimes(datetime.datetime(1, 1, 1), datetime.datetime(9999, 12, 31, 23, 59, 59)),
       st.integers(0, 10))
def test_an_entry_at_any_time_never_makes_the_log_say_less_or_more_than_the_rest(entries, when, pain):
    """Whatever time an entry has, it is read and counted only when the log reads its time; otherwise
    what the log says above its list (when it began, the note on pain that lasts) is what the other
    entries say."""
    odd = saved(answered(pain), when.replace(microsecond=0).isoformat(), 2**32 - 1)
    with_it = log_store.read_items(sorted(storage_of(entries + [odd]).items()))[0]
    without = log_store.read_items(sorted(storage_of(entries).items()))[0]
    if log_store.FIRST_WHEN <= odd["when"] <= log_store.LAST_WHEN:
        assert len(with_it) == len(without) + 1
    else:
        assert with_it == without
        assert log.summary("en", with_it, TODAY) == log.summary("en", without, TODAY)


def test_reading_many_keys_counts_each_fault_and_skips_a_key_gone_since():
    good = [saved(CHEST, "2026-11-2{}T07:30".format(n), n) for n in range(3)]
    items = [[key_of(good[0]), text_of(good[0])], [key_of(good[1]), "{broken"],
             [log_store.ENTRY_PREFIX + "gone", None], [key_of(good[2]), text_of(good[2])],
             [log_store.ENTRY_PREFIX + "x", json.dumps(dict(GOOD, version=7))],
             [log_store.ENTRY_PREFIX + "y", "42"], [log_store.ENTRY_PREFIX + WHEN, json.dumps(dict(GOOD, version=7))]]
    newer = {"id": WHEN, "when": GOOD["when"], "level": "urgent", "answers": CHEST, "version": 7}
    assert log_store.read_items(items) == ([good[0], good[2], newer], {"damaged": 2, "newer": 2})


stored_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20)
    | st.sampled_from(["2026-11-26T07:30", "urgent", "pain", "answers", "when", "level"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(
        st.sampled_from(["version", "entries", "when", "level", "answers"] + list(KEYS)), inner,
        max_size=5),
    max_leaves=20,
)
keys_stored = st.one_of(st.text(max_size=40), st.sampled_from([WHEN, WHEN + "~0a1b2c3d", WHEN + "~2"])).map(
    lambda tail: log_store.ENTRY_PREFIX + tail)


@settings(max_examples=500, deadline=None)
@given(keys_stored, st.one_of(st.none(), st.text(), stored_json.map(json.dumps),
                              st.builds(lambda item, v: json.dumps(dict(GOOD, version=v, **item)),
                                        st.dictionaries(st.sampled_from(["when", "level", "answers"]), stored_json),
                                        st.integers(-1, 4))))
def test_reading_a_key_never_raises(key, text):
    entry, fault = log_store.read_stored(key, text)
    assert fault in (None, "damaged", "newer") and (entry is not None or fault is not None)
    if entry is not None:
        assert entry["level"] in LEVELS and log_store.is_entry_id(entry["id"]) and fault in (None, "newer")


# A whole log's read checks each different answers' text once (log_store.read_stored's seen) ----------

CHECKED = saved(answered(3), WHEN, 1)
CHECKED_TEXT = text_of(CHECKED)
# pieces a damaged or crafted text may hold in place of a part of a good one
PIECES = ('"', "\\", ",", "}", "{", " ", "x", "03", "-1", "11", '"when":"2026-11-26T08:00:00"', ',"when":"2026-02-30T07:30:00"',
          '"level":"stop"', '"pain":11', '"answers":{}', '"version":4', "2026-02-30", "1999", ":", "\\u0022", "é")


@st.composite
def damaged_texts(draw):
    """CHECKED_TEXT with a few of its parts replaced: most are no entry, some are another one."""
    text = CHECKED_TEXT
    for _ in range(draw(st.integers(1, 3))):
        at = draw(st.integers(0, len(text)))
        cut = draw(st.integers(0, 12))
        text = text[:at] + draw(st.sampled_from(PIECES)) + text[at + cut:]
    return text


@settings(max_examples=600, deadline=None)
@given(st.lists(damaged_texts(), min_size=1, max_size=4), keys_stored)
def test_a_read_that_remembers_answers_reads_every_text_as_a_fresh_read_does(texts, key):
    """One definition of an entry: over a whole read of the log, a text whose answers were checked already
    (the same text but its time) is read exactly as a fresh read reads it, a bad one refused alike, whatever
    was read before it (a good entry with the same answers, or the same bad text)."""
    seen = {}
    log_store.read_stored(key_of(CHECKED), CHECKED_TEXT, seen)
    for text in texts + texts:
        assert log_store.read_stored(key, text, seen) == log_store.read_stored(key, text)


@pytest.mark.parametrize("change,new", (
    ('"pain":3', '"pain":11'), ('"level":"modify"', '"level":"maybe"'), (WHEN, "2026-02-30T07:30:00"),
    (WHEN, "1999-12-31T23:59:59"), ('"version":3', '"version":"3"'), ("}}", '},"when":"2026-11-27T07:3"}'),
    ("}}", "}"), ('"answers":{', '"answers":{"colour":"blue",'),
))
def test_a_bad_entry_is_refused_after_good_ones_with_the_same_answers(change, new):
    """H-LOG-4's quick read refuses what the full check refuses: after 100 good entries with these answers,
    an entry with a bad time, level, answers or shape is still left out and counted as damaged."""
    seen = {}
    good = [log_store.save_writes(saved(answered(3), "2026-11-{:02d}T07:30:00".format(1 + n % 28), n))[0]
            for n in range(100)]
    assert len(log_store.read_items(good, seen)[0]) == 100 and len(seen) == 1, "the answers checked once"
    bad = CHECKED_TEXT.replace(change, new, 1)
    assert bad != CHECKED_TEXT and log_store.read_stored(key_of(CHECKED), bad) == (None, "damaged")
    assert log_store.read_items([[key_of(CHECKED), bad]], seen) == ([], {"damaged": 1})


def test_a_read_that_remembers_answers_reads_as_a_fresh_read_in_micropython(tmp_path, shipped_pyapp):
    rng = random.Random(28)
    good = [log_store.save_writes(saved(answered(n % 4), "2026-11-{:02d}T07:30:00".format(1 + n % 28), n))[0]
            for n in range(40)]
    items = good + [[key, text] for key, text in good]
    for _ in range(300):
        key, text = rng.choice(good)
        at, cut = rng.randrange(len(text) + 1), rng.randrange(12)
        items.append([key, text[:at] + rng.choice(PIECES) + text[at + cut:]])
    requests = [{"function": "log_store.read_items", "args": [items, {}]},
                {"function": "log_store.read_items", "args": [items]}]
    expected, got = both(requests, tmp_path, shipped_pyapp)
    assert expected[0] == expected[1] and len(expected[0]["result"][0]) > 80 and expected[0]["result"][1]["damaged"]
    # (each interpreter's json reads a text its own way: MicroPython's takes a missing ",", so the two
    # may differ on such a text; the quick read never makes a difference of its own)
    assert got[0] == got[1] and len(got[0]["result"][0]) > 80


# Versions 0 and 1: the whole log under one key ---------------------------------------------

@pytest.mark.parametrize("version,entry_version", ((0, 2), (1, 2), (2, 2), (3, 3), (9, 9)))
def test_a_legacy_logs_entries_are_of_version_2_or_the_newer_sites_own(version, entry_version):
    """H-LOG-2: an old entry shows a new question as not answered. A one-key log (versions 0 and 1) was
    asked the questions version 2 asked: its entries are version 2's, moved as such, never today's."""
    entries, _faults, _newer = log_move.read_legacy(legacy_text([GOOD, dict(GOOD, answers=answered(3))], version))
    assert [entry["version"] for entry in entries] == [entry_version] * 2


def test_a_log_from_version_0_or_1_reads_with_the_ids_it_had():
    items = [dict(GOOD, when="2026-11-10T07:30:00", level="modify", answers=answered(3)), GOOD, GOOD,
             dict(GOOD, when="2026-11-10T07:30")]
    for version in (0, 1):
        entries, faults, newer = log_move.read_legacy(legacy_text(items, version))
        assert (faults, newer) == ({}, False)
        assert [(e["id"], e["when"], e["level"]) for e in entries] == [
            ("2026-11-10T07:30:00", "2026-11-10T07:30:00", "modify"),
            ("2026-11-20T07:30:00", "2026-11-20T07:30:00", "urgent"),
            ("2026-11-20T07:30:00~2", "2026-11-20T07:30:00", "urgent"),  # saved twice in one second
            ("2026-11-10T07:30:00~2", "2026-11-10T07:30:00", "urgent")]
        assert all(log_store.is_entry_id(entry["id"]) for entry in entries)


@pytest.mark.parametrize(
    "text,kept,faults,newer",
    (
        (None, 0, {}, False),  # nothing saved yet
        ("", 0, {}, False),
        (legacy_text([GOOD, GOOD]), 2, {}, False),
        ("{not json", 0, {"legacy_damaged": 1}, False),
        ("[" * 5000, 0, {"legacy_damaged": 1}, False),  # deeper than CPython's json goes
        ("[1, 2", 0, {"legacy_damaged": 1}, False),  # cut short
        ("42", 0, {"not_a_log": 1}, False),  # JSON, but not a log
        ("hello", 0, {"not_a_log": 1}, False),  # not even JSON
        ('{"entries": []}', 0, {"not_a_log": 1}, False),  # no version
        ('{"version": "1", "entries": []}', 0, {"not_a_log": 1}, False),
        ('{"version": true, "entries": []}', 0, {"not_a_log": 1}, False),  # a bool is no version
        ('{"version": 0, "entries": []}', 0, {"not_a_log": 1}, False),
        ('{"version": 1, "entries": {}}', 0, {"legacy_damaged": 1}, False),
        ('{"version": 1}', 0, {"legacy_damaged": 1}, False),
        (legacy_text([GOOD, dict(GOOD, answers={"pain": 11})]), 1, {"damaged": 1}, False),
        (legacy_text([GOOD, 5, None, "x"]), 1, {"damaged": 3}, False),
        (legacy_text([GOOD, 5, None, "x"], version=0), 1, {"damaged": 3}, False),
        (legacy_text([dict(GOOD, level="maybe"), GOOD]), 1, {"damaged": 1}, False),
        (legacy_text([dict(GOOD, when="2026-11-31T07:30"), GOOD]), 1, {"damaged": 1}, False),
        (legacy_text([dict(GOOD, answers={"legs": True}), GOOD]), 1, {"damaged": 1}, False),
        (legacy_text([{"level": "urgent", "answers": CHEST}]), 0, {"damaged": 1}, False),  # no time
        # a field it does not know: it cannot move whole, so it is not read (and kept as it is)
        (legacy_text([dict(GOOD, note="x", id="y"), GOOD]), 1, {"damaged": 1}, False),
        (legacy_text([dict(GOOD, level="run")]), 1, {}, False),  # kept: what the runner was told then
        # a time the log does not read: a clock gone wrong, or a crafted entry
        (legacy_text([dict(GOOD, when="0001-01-01T00:00:00"), dict(GOOD, when="9999-12-31T23:59"), GOOD]), 1,
         {"damaged": 2}, False),
        (legacy_text([dict(GOOD, when="1999-12-31T23:59:59"), dict(GOOD, when="2100-01-01T00:00")]), 0,
         {"damaged": 2}, False),
        (legacy_text([dict(GOOD, when="2000-01-01T00:00"), dict(GOOD, when="2099-12-31T23:59:59")]), 2, {}, False),
        # JSON only as strict as RFC 8259: MicroPython's json reads these, CPython's does not, or the other
        # way round; neither reads them here, and each is kept as it is
        ("[" + json.dumps(GOOD) + ",," + json.dumps(GOOD) + "]", 0, {"legacy_damaged": 1}, False),
        ("[" + json.dumps(GOOD) + " " + json.dumps(GOOD) + "]", 0, {"legacy_damaged": 1}, False),
        ("[" + json.dumps(GOOD) + ",]", 0, {"legacy_damaged": 1}, False),
        (legacy_text([GOOD]).replace('"level":', '"level"'), 0, {"legacy_damaged": 1}, False),
        (legacy_text([GOOD, dict(GOOD, answers={"pain": 3})]).replace(" 3", " NaN"), 0, {"legacy_damaged": 1}, False),
        (legacy_text([GOOD, dict(GOOD, answers={"pain": 3})]).replace(" 3", " 03"), 0, {"legacy_damaged": 1}, False),
        (legacy_text([GOOD]).replace("urgent", "urg\tent"), 0, {"legacy_damaged": 1}, False),  # a tab in a string
        (legacy_text([GOOD]).replace("urgent", "urg\x01ent"), 0, {"legacy_damaged": 1}, False),
        (legacy_text([GOOD]).replace("urgent", "urg\\u0065nt"), 1, {}, False),  # "urgent", written with an escape
        (legacy_text([GOOD]).replace("urgent", "urg\\xent"), 0, {"legacy_damaged": 1}, False),  # no such escape
        # a number too big for a float reads as infinity: that entry only is not read
        (legacy_text([GOOD, dict(GOOD, answers={"pain": 3})]).replace(" 3", " 1e400"), 1, {"damaged": 1}, False),
        # a key given twice: the entry cannot move whole (json keeps one), so it is not read
        (legacy_text([GOOD]).replace('"level": "urgent"', '"level": "run", "level": "urgent"'), 0,
         {"damaged": 1}, False),
        (legacy_text([GOOD]).replace("true}", 'true, "chest_or_breathing": true}'), 0, {"damaged": 1}, False),
        # a name given twice in the log itself: json would read one of them only
        (legacy_text([GOOD])[:-1] + ', "entries": []}', 0, {"legacy_damaged": 1}, False),
        ('{"version": 1, ' + legacy_text([GOOD])[1:], 0, {"legacy_damaged": 1}, False),
        # more than a log: its entries move, the rest stays (tests/test_log_move.py)
        (legacy_text([GOOD])[:-1] + ', "note": [1, {"a": 2}]}', 1, {}, False),
        (json.dumps([GOOD, GOOD], indent=2), 2, {}, False),  # spaces and line breaks, as JSON allows
        # under this key, a version after 1 is a newer site's: read as far as it can be, and said so
        (legacy_text([GOOD], version=2), 1, {"newer": 1}, True),
        (legacy_text([GOOD, 5], version=3), 1, {"newer": 1, "damaged": 1}, True),
        ('{"version": 9, "results": []}', 0, {"newer": 1}, True),
    ),
)
def test_a_legacy_log_keeps_every_readable_entry(text, kept, faults, newer):
    entries, found, is_newer = log_move.read_legacy(text)
    assert (len(entries), found, is_newer) == (kept, faults, newer)


@settings(max_examples=500, deadline=None)
@given(st.one_of(st.text(), stored_json.map(json.dumps),
                 st.builds(lambda items, v: legacy_text(items, version=v),
                           st.lists(stored_json, max_size=4), st.integers(-1, 3))))
def test_reading_a_legacy_log_never_raises(text):
    entries, faults, newer = log_move.read_legacy(text)
    assert all(entry["level"] in LEVELS and log_store.is_entry_id(entry["id"]) for entry in entries)
    assert set(faults) <= {"damaged", "legacy_damaged", "not_a_log", "newer"}
    assert all(type(problem) is str for lang in ("en", "es") for problem in log.fault_texts(lang, faults))
    assert newer == ("newer" in faults)


@settings(max_examples=100, deadline=None)
@given(entries_strategy(), st.sampled_from([0, 1]))
def test_moving_a_legacy_log_writes_every_entry_then_takes_the_old_key_out(entries, version):
    text = legacy_text([legacy_item(entry) for entry in entries], version)
    read, _faults, _newer = log_move.read_legacy(text)
    writes = log_move.moved_writes(text)
    if not entries:
        assert writes is None, "nothing to move"
        return
    assert writes[-1] == [log_store.STORAGE_KEY, None] and len(writes) == len(read) + 1
    assert [key for key, _text in writes[:-1]] == [key_of(entry) for entry in read]  # ids kept
    assert len(set(key for key, _text in writes)) == len(writes), "one key each"
    moved, faults = log_store.read_items(writes[:-1])
    assert (moved, faults) == (read, {})
    assert [(e["when"], e["level"], e["answers"]) for e in moved] == [
        (e["when"], e["level"], e["answers"]) for e in entries]
    assert all(json.loads(text)["version"] == 2 for _key, text in writes[:-1]), \
        "moved as the version 2 entries they were, never stamped with today's version"


def test_what_cannot_be_read_stays_under_the_old_key():
    """H-LOG-3: an old log's unreadable entry is lost or rewritten when the log is moved. What
    could not be read stays under the old key byte for byte, never written anew."""
    writes = log_move.moved_writes(legacy_text([GOOD, 5, dict(GOOD, level="maybe")]))
    assert writes == [[log_store.entry_key(GOOD["when"]), log_store.entry_text(dict(GOOD, id=GOOD["when"], version=2))],
                      [log_store.STORAGE_KEY, '{"version": 1, "entries": [5,' + json.dumps(dict(GOOD, level="maybe"))
                       + "]}"]]
    assert log_move.read_legacy(writes[-1][1]) == ([], {"damaged": 2}, False)
    assert log_move.moved_writes(writes[-1][1]) is None, "nothing is left to move again"


@pytest.mark.parametrize("text", ("", "{broken", "hello", legacy_text([5]), legacy_text([GOOD], version=2),
                                  '{"version": 9, "results": []}'))
def test_a_legacy_text_with_nothing_to_move_is_not_moved(text):
    assert log_move.moved_writes(text) is None


# Faults in plain words ------------------------------------------------------------------

FAULT_KEYS = ("store.unavailable", "store.cannot_save", "store.full", "store.not_changed", "store.damaged",
              "store.not_a_log", "store.skipped.one", "store.newer", "store.not_moved")


def en(key, **values):
    return text("en", key, **values)


def test_each_fault_has_its_own_words():
    assert log.fault_texts("en", {}) == []
    assert log.fault_texts("en", {"not_a_log": 1}) == [en("store.not_a_log")]
    assert log.fault_texts("en", {"legacy_damaged": 1}) == [en("store.damaged")]
    assert log.fault_texts("en", {"damaged": 1}) == ["1 saved result could not be read. It is left out."]
    assert log.fault_texts("en", {"damaged": 12}) == ["12 saved results could not be read. They are left out."]
    assert log.fault_texts("en", {"newer": 3}) == [en("store.newer")]
    assert log.fault_texts("en", {"damaged": 2, "newer": 1, "legacy_damaged": 1}) == [
        en("store.damaged"), en("store.skipped.other", count=2), en("store.newer")]
    assert log_store.WRITE_FAULTS == {"full": "store.full", "unavailable": log_store.CANNOT_SAVE}
    assert (log_store.UNAVAILABLE, log_store.CANNOT_SAVE, log_store.NOT_CHANGED, log_store.NOT_MOVED) == (
        "store.unavailable", "store.cannot_save", "store.not_changed", "store.not_moved")
    for lang in ("en", "es"):
        texts = [text(lang, key, count=1) for key in FAULT_KEYS]
        assert len(set(texts)) == len(texts)


def test_each_fault_is_said_in_the_pages_language():
    assert log.fault_texts("es", {"damaged": 2, "newer": 1, "legacy_damaged": 1, "not_a_log": 1}) == [
        text("es", "store.not_a_log"), text("es", "store.damaged"),
        "2 resultados guardados no se pudieron leer. Se dejan fuera.", text("es", "store.newer")]
    assert log.fault_texts("es", {"damaged": 1}) == ["1 resultado guardado no se pudo leer. Se deja fuera."]
    assert log.nearly_full_text("es", log_store.NEARLY_FULL) == (
        "Tu registro tiene 12500 resultados. Este navegador guarda como mucho unos 13500. Guarda tu registro "
        "en un archivo para tener una copia. Luego borra resultados viejos para hacer espacio.")
    assert log.nearly_full_text("es", log_store.NEARLY_FULL - 1) is None
    for key in FAULT_KEYS:
        assert text("es", key, count=1) != en(key, count=1), key


def test_faults_add_up():
    faults = log_store.count_faults({}, {"damaged": 2})
    assert log_store.count_faults(faults, {"damaged": 1, "newer": 1}) == {"damaged": 3, "newer": 1}


def test_a_log_near_what_the_browser_keeps_says_so():
    assert log_store.NEARLY_FULL < log_store.ENTRIES_MOST
    assert log.nearly_full_text("en", log_store.NEARLY_FULL - 1) is None
    assert log.nearly_full_text("en", 0) is None
    assert log.nearly_full_text("en", log_store.NEARLY_FULL) == (
        "Your log holds 12500 results. This browser keeps about 13500 at most. Save your log as a file to "
        "keep a copy, then delete old results to make room.")


CHROMIUM_KEEPS = 5 * 1024 * 1024  # characters a site, keys and texts together (10 MiB of UTF-16)


def test_the_nearly_full_warning_comes_before_the_browser_is_full():
    # the longest entry there can be: every question answered, each with its longest answer ("false")
    answers = answered(10, spread="radiates", duration="over_2_weeks", quality="sharp")
    assert set(answers) == set(KEYS) and decide(answers)[0] == "professional"
    key, text = log_store.save_writes(saved(answers, "2026-11-26T07:30:59", 0xffffffff))[0]
    assert (len(key) + len(text)) * log_store.NEARLY_FULL < CHROMIUM_KEEPS
    key, text = log_store.save_writes(saved(answered(3), "2026-11-26T07:30:59", 0xffffffff))[0]
    assert (len(key) + len(text)) * log_store.ENTRIES_MOST < CHROMIUM_KEEPS * 1.05, "about ENTRIES_MOST"


TEXTS = (
    ("unavailable", ("store.unavailable",)),
    ("cannot save", ("store.cannot_save",)),
    ("full", ("store.full",)),
    ("not changed", ("store.not_changed",)),
    ("damaged", ("store.damaged",)),
    ("not a log", ("store.not_a_log",)),
    ("one skipped", ("store.skipped.one", 1)),
    ("many skipped", ("store.skipped.other", 12)),
    ("newer", ("store.newer",)),
    ("nearly full", ("store.nearly_full.other", log_store.NEARLY_FULL)),
    ("not moved", ("store.not_moved",)),
)


def said(lang, key, count=None):
    return text(lang, key, count=count, most=log_store.ENTRIES_MOST)


@pytest.mark.parametrize("where,said_as", TEXTS, ids=[where for where, _said_as in TEXTS])
def test_text_is_at_most_grade_8(where, said_as):
    words = said("en", *said_as)
    assert textstat.flesch_kincaid_grade(words) <= 8, "{}: {!r}".format(where, words)


@pytest.mark.parametrize("where,said_as", TEXTS, ids=[where for where, _said_as in TEXTS])
def test_the_spanish_reads_fairly_easily(where, said_as):
    assert reads_fairly_easily(said("es", *said_as)), where


def test_a_long_log_is_made_and_read_quickly():
    """The log page's tests use a log of 16,000 entries: making and reading one is quick in CPython."""
    started = time.perf_counter()
    entries = [saved(answered(n % 11), "2026-{:02d}-{:02d}T{:02d}:{:02d}".format(
        1 + n % 12, 1 + n % 28, n % 24, n % 60), n) for n in range(16000)]
    items = [write for entry in entries for write in log_store.save_writes(entry)]
    read, faults = log_store.read_items(items)
    assert (len(read), faults) == (16000, {})
    assert time.perf_counter() - started < 10


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 6), st.integers()), max_size=60), st.booleans())
def test_the_log_is_sorted_stably_whatever_order_it_comes_in(pairs, newest_first):
    """order.in_order as sorted() does it, stable, also on a list read newest first (a run that falls)."""
    pairs = sorted(pairs, reverse=True) if newest_first else pairs
    assert in_order(pairs, lambda pair: pair[0]) == sorted(pairs, key=lambda pair: pair[0])
    assert in_order([pair[0] for pair in pairs]) == sorted(pair[0] for pair in pairs)


@pytest.mark.parametrize("text", ("a" * 10000, "é" * 5000 + "x", '"\\' * 4000 + "😀" * 3000, "ab\u2028\r\n" * 3000))
def test_a_long_text_is_written_as_json_writes_it(text):
    """json_out writes a long text in pieces of its bytes, never cutting a character: the same JSON."""
    assert json.loads(json_out.dumps(["download", text])) == ["download", text]
    assert json_out.dumps(text) == json.dumps(text)

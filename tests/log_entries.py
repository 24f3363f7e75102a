"""Logs for the log's tests: entries made as the check makes them, stored as it stores them,
legacy texts of versions 0 and 1 as earlier sites stored them, and damaged ones."""

import datetime
import json

from hypothesis import strategies as st

from pyapp import log_store
from pyapp.dates import normal_when
from pyapp.policy import decide
from pyapp.questions import KEYS
from tests.answer_sets import DOMAINS, NO_SIGNS

TODAY = "2026-11-26"
CHEST = {"chest_or_breathing": True}  # decides "urgent" on its own
# SPEC section 1's questions a site of log schema version 2 did not ask: asked from version 3 on
NEW_IN_3 = ("legs_or_bladder", "injury", "night")
GOOD = {"when": "2026-11-20T07:30:00", "level": "urgent", "answers": CHEST}  # a legacy log's entry
# stored items no entry can be read from
JUNK = (5, None, "x", [], {}, dict(GOOD, level="maybe"), dict(GOOD, answers={"pain": 11}),
        dict(GOOD, answers={"pain": True}), dict(GOOD, when="2026-02-30T07:30"), dict(GOOD, when=7))


def answered(pain=None, **changes):
    """Every question answered, no warning sign, with the pain and changes given."""
    answers = dict(NO_SIGNS, **changes)
    if pain is not None:
        answers["pain"] = pain
    return answers


def day(offset, today=TODAY):
    """The ISO date offset days from today."""
    return (datetime.date.fromisoformat(today) + datetime.timedelta(days=offset)).isoformat()


def nonce(number):
    return "{:08x}".format(number)


def saved(answers, when, tail=0):
    """A log entry for answers that decide a level, saved at when."""
    level, _reasons = decide(answers)
    return log_store.new_entry(answers, level, when, nonce(tail))


def logged(*rows):
    """A log from (when, answers) rows, in the order saved, each with a nonce of its own."""
    return [saved(answers, when, number) for number, (when, answers) in enumerate(rows)]


def pain_log(*rows):
    """A log from (days from today, pain or None) rows; None leaves pain unanswered (chest pain)."""
    return logged(*[(day(offset) + "T08:00", CHEST if pain is None else answered(pain))
                    for offset, pain in rows])


def saved_then(answers, when, tail=0, version=2):
    """An entry as a site of an earlier log schema version saved it (a question it did not ask
    left out), with the level it gave, read back as this site reads it."""
    answers = {key: value for key, value in answers.items() if key not in NEW_IN_3}
    level, _reasons = decide(dict(answers, **{key: False for key in NEW_IN_3}))
    text = json.dumps({"version": version, "when": when, "level": level, "answers": answers})
    read, fault = log_store.read_stored(log_store.entry_key(normal_when(when) + "~" + nonce(tail)), text)
    assert fault == (None if version <= log_store.SCHEMA_VERSION else "newer") and read["version"] == version
    return read


def storage_of(entries):
    """localStorage holding these entries as the check saves them (a key per entry, each with its version)."""
    storage = {}
    for entry in entries:
        for key, text in log_store.save_writes(entry):
            storage[key] = text
    return storage


def legacy_text(items, version=1):
    """The whole log as versions 0 (a bare list) and 1 stored it under STORAGE_KEY."""
    return json.dumps(list(items) if version == 0 else {"version": version, "entries": list(items)})


def legacy_item(entry):
    return {"when": entry["when"], "level": entry["level"], "answers": entry["answers"]}


def some_answers(leave_out, choose):
    """Answers chosen for every question, then those of leave_out left out while a level is still decided."""
    answers = {key: choose(values) for key, values in DOMAINS.items()}
    for key in leave_out:
        if key in answers and decide({k: v for k, v in answers.items() if k != key})[0]:
            del answers[key]
    return answers


@st.composite
def entries_strategy(draw, most=12):
    """A log of up to 12 entries: whole answer sets, and partial ones that decide a level."""
    entries = []
    for number in range(draw(st.integers(0, most))):
        answers = some_answers(draw(st.lists(st.sampled_from(KEYS), unique=True)),
                               lambda values: draw(st.sampled_from(values)))
        date = draw(st.dates(datetime.date(2020, 1, 1), datetime.date(2030, 12, 31)))
        time = draw(st.times()).replace(microsecond=0)
        entries.append(saved(answers, date.isoformat() + "T" + time.isoformat(), draw(st.integers(0, 2**32 - 1))))
    return entries


def random_log(rng, most=20):
    """A log of 0-20 entries over a few weeks: whole answer sets and partial ones."""
    entries = []
    for _ in range(rng.randrange(most + 1)):
        answers = some_answers(rng.sample(KEYS, rng.randrange(len(KEYS))), rng.choice)
        when = "{}T{:02d}:{:02d}".format(day(-rng.randrange(40)), rng.randrange(24), rng.randrange(60))
        entries.append(saved(answers, when if rng.random() < 0.7 else when + ":07", rng.randrange(2**32)))
    return entries


def damaged_legacy(rng, entries):
    """A legacy log's text (or None), damaged in one of the ways storage can be."""
    data = {"version": 1, "entries": [legacy_item(entry) for entry in entries]}
    text = json.dumps(data)
    way = rng.randrange(8)
    if way == 0:
        return text
    if way == 1:  # cut short
        return text[:rng.randrange(len(text) + 1)]
    if way == 2:  # version 0, a bare list
        return json.dumps(data["entries"])
    if way == 3:  # a newer site's
        return json.dumps(dict(data, version=rng.choice([2, 3, 10])))
    if way == 4:  # some entries broken
        for _ in range(rng.randrange(1, 4)):
            data["entries"].insert(rng.randrange(len(data["entries"]) + 1), rng.choice(JUNK))
        return json.dumps(data)
    if way == 5:
        return rng.choice(["", "null", "{", "[" * 3000, "<html>", "true", '{"version": 1}',
                           '{"version": "1", "entries": []}', "\U0001f3c3"])
    if way == 6:  # the wrong version type
        return json.dumps(dict(data, version=rng.choice(["1", 1.0, True, None, -1, 0])))
    return None  # nothing saved yet


def damaged_stored(rng, entry):
    """[key, text] of one entry's storage key, damaged in one of the ways storage can be."""
    key, text = log_store.save_writes(entry)[0]
    data = json.loads(text)
    way = rng.randrange(9)
    if way == 0:
        return [key, text]
    if way == 1:  # cut short
        return [key, text[:rng.randrange(len(text) + 1)]]
    if way == 2:  # an earlier site's (the questions it did not ask left out), a newer site's, or no number
        version = rng.choice([2, 2, 4, 10, "2", 2.0, True, None])
        answers = data["answers"]
        if version == 2 and type(version) is int:
            answers = {k: v for k, v in answers.items() if k not in NEW_IN_3}
        return [key, json.dumps(dict(data, version=version, answers=answers))]
    if way == 3:  # one field broken
        return [key, json.dumps(dict(data, **{rng.choice(["when", "level", "answers"]): rng.choice(JUNK)}))]
    if way == 4:  # a key that is no id this site makes
        return [log_store.ENTRY_PREFIX + rng.choice(["", "x", entry["id"] + "0", entry["id"][:16],
                                                     entry["id"].replace("~", "-"), entry["id"][:19] + "~"]), text]
    if way == 5:
        return [key, rng.choice(["", "null", "{", "[" * 3000, "<html>", "true", "[]", '{"version": 2}',
                                 "\U0001f3c3"])]
    if way == 6:  # a legacy log's text under an entry's key
        return [key, json.dumps({"version": 1, "entries": [data]})]
    if way == 7:  # gone since the keys were listed
        return [key, None]
    return [key, json.dumps(dict(data, note="x", id="y"))]  # fields it does not know are let go


# Hostile one-key logs: what the move must keep byte for byte (H-LOG-3) ----------------------------

# Numbers in place of a pain score: too big for a float, too long for CPython's int(); then not JSON at all
ODD_NUMBERS = ("1e400", "-1e400", "1e309", "1E+400", "100000000000000000000000000000", "3.0", "3e0", "-0", "0.5e-400")
NOT_NUMBERS = ("1" * 70, "NaN", "Infinity", "-Infinity", "01", "1.", ".5", "+3", "0x3")
# Times the log does not read (a clock gone wrong, or crafted), and the first and last it does
ODD_WHENS = ("0001-01-01T00:00:00", "1970-01-01T00:00", "1999-12-31T23:59:59", "2100-01-01T00:00",
             "9999-12-31T23:59:59", "2000-01-01T00:00:00", "2099-12-31T23:59:59")
# Where a key may be named twice in an entry's text, and what is put in
TWICE = (('"level": ', '"level": "run", "level": '), ('"when": ', '"when": "2026-11-01T07:30", "when": '),
         ('"answers": {', '"answers": {"pain": 9, '), ('"answers": ', '"answers": {"pain": 1}, "answers": '))
# Strings written in other ways (the last two outside the Basic Multilingual Plane, or a line break to
# Python's splitlines), then ones that are not JSON
ODD_STRINGS = ('"\\u0075rgent"', '"urg\\u0065nt"', '"\\ud800"', '"\\ud83c\\udfc3"', '"a\\"b"', '"\\\\"', '"\\/"',
               '"\u00e9"', '"caf\u00e9 \u4e2d"', '"\U0001f3c3"', '"a\u2028b"')
NOT_STRINGS = ('"urg\\x65nt"', '"urg\tent"', '"urg\x01ent"', '"urg\x1fent"', "'urgent'", '"urgent', '"\\u12"')
ODD_ITEMS = ("5", "null", "true", '"x"', "[]", "{}", "-0", "1e400", '{"when": 5}', "[[[[1]]]]",
             '{"a": {"b": {"c": {}}}}', "[" * 29 + "]" * 29)
# Texts that are not JSON, or only as MicroPython's json reads it (or only as CPython's does)
NOT_JSON = (",", ",,", ":", "NaN", "01", "1.", "x", "'", '"', "\\", "\x01", "\t", "}", "]", "{", "[", "true false",
            "[" * 31 + "]" * 31)
SEPARATORS = (",", ", ", " ,\n  ", ",\t", "\r\n,")


def item_text(rng, item):
    """An old entry's text, written as an earlier site or a hand may have written it."""
    way = rng.randrange(5)
    if way == 0:
        return json.dumps(item)
    if way == 1:
        return json.dumps(item, separators=(",", ":"))
    if way == 2:
        return json.dumps(item, indent=rng.choice([1, 2, "\t"]))
    keys = list(item)
    rng.shuffle(keys)
    return json.dumps(dict((key, item[key]) for key in keys), ensure_ascii=way == 3)


def hostile_item(rng, entry, breaks=False, bmp_only=False):
    """The text of one item of an old log: an entry as stored, or one changed as a hostile hand might;
    breaks: it may be no JSON (so neither is the whole text)."""
    item = legacy_item(entry)
    way = rng.randrange(11)
    if way <= 2:
        return item_text(rng, item)
    if way == 3:  # a time without seconds; or one the log does not read
        return item_text(rng, dict(item, when=rng.choice(ODD_WHENS + (item["when"][:16],))))
    if way == 4:  # a number in place of the pain score
        text = item_text(rng, dict(item, answers=dict(item["answers"], pain=123456789)))
        return text.replace("123456789", rng.choice(ODD_NUMBERS + (NOT_NUMBERS if breaks else ())))
    if way == 5:  # the wrong type
        field = rng.choice(["when", "level", "answers", "pain"])
        value = rng.choice([5, None, True, "3", [], {}, ["urgent"], 3.5])
        if field == "pain":
            return item_text(rng, dict(item, answers=dict(item["answers"], pain=value)))
        return item_text(rng, dict(item, **{field: value}))
    if way == 6:  # a field this site does not know
        return item_text(rng, dict(item, **{rng.choice(["note", "id", "mood", "when2"]): rng.choice(
            ["x", 1, None, [1, {"a": 2}], {"b": [3]}])}))
    if way == 7:  # a key named twice
        find, put = rng.choice(TWICE)
        return json.dumps(item).replace(find, put, 1)
    if way == 8:  # a string written in another way: escapes, other characters, or not as JSON writes it
        strings = ODD_STRINGS[:-2] if bmp_only else ODD_STRINGS
        return json.dumps(item).replace('"{}"'.format(item["level"]), rng.choice(
            strings + (NOT_STRINGS if breaks else ())), 1)
    if way == 9:  # not an entry at all; or not JSON, or only as one json reads it
        if breaks and rng.random() < 0.5:
            text = json.dumps(item)
            at = rng.randrange(len(text) + 1)
            return text[:at] + rng.choice(NOT_JSON) + text[at:]
        return rng.choice(ODD_ITEMS)
    return item_text(rng, dict(item, level=rng.choice(["run", "modify", "professional", "urgent"])))  # kept as it was


def hostile_legacy(rng, bmp_only=False):
    """An old one-key log's text, hostile: {"text", "items"}, with "prefix", "items" (each item's
    text) and "suffix" around them unless the whole text was changed afterwards (then "items" is None).

    bmp_only: no character the parity runner cannot pass to MicroPython as it is (outside the
    Basic Multilingual Plane, or a line break to Python's splitlines)."""
    entries = random_log(rng, most=8)
    while len(entries) < 2:
        entries += random_log(rng, most=4)
    breaks = rng.random() < 0.15
    items = [hostile_item(rng, entry, breaks, bmp_only) for entry in entries]
    if rng.random() < 0.3:
        items.insert(rng.randrange(len(items) + 1), items[rng.randrange(len(items))])  # an entry twice
    version = rng.choice([0, 0, 1, 1, 1, 1, 1, 1, 1, 2, 3, "1", 1.0, True])
    space = rng.choice(["", " ", "\n  "])
    if version == 0:
        prefix, suffix = "", ""
    else:
        version_text = json.dumps(version)
        members = ['"version": ' + version_text]
        if rng.random() < 0.2:  # more than a log holds
            members.insert(rng.randrange(2), '"note": ' + rng.choice(['"x"', "[1, {\"a\": 2}]", "null"]))
        if rng.random() < 0.1:  # a name twice
            members.insert(rng.randrange(len(members) + 1), rng.choice(['"entries": []', '"version": 1']))
        at = rng.randrange(len(members) + 1)
        prefix = "{" + space + "".join(member + "," + space for member in members[:at]) + '"entries":' + space
        suffix = "".join("," + space + member for member in members[at:]) + space + "}"
    inner = rng.choice(["", " ", "\n"])
    text = prefix + "[" + inner + rng.choice(SEPARATORS).join(items) + inner + "]" + suffix
    if rng.random() < 0.1:  # the whole text changed: cut short, or more put in
        at = rng.randrange(len(text) + 1)
        text = rng.choice([text[:at], text[:at] + rng.choice(NOT_JSON) + text[at:], text + rng.choice(NOT_JSON)])
        return {"text": text, "items": None}
    return {"text": text, "prefix": prefix, "items": items, "suffix": suffix}

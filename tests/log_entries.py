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

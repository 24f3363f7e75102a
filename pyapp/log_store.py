"""The log's entries and how this browser stores them (ARCHITECTURE.md rule 8).

An entry is the date and time, the answers as given (a question left
unanswered is left out, never filled in) and the level the check gave. In
memory it also has its id (its storage key's tail) and the schema version it
was saved with ("version"): that version says which questions were asked
then (pyapp.questions.asked_since), so it is kept as read and written back
unchanged whenever the entry is written again, never stamped with today's.

Since schema version 2 each entry has a storage key of its own, named by its
id (its time, then a random tail the page shell draws): saving only adds a
key and deleting only removes one, so two tabs never write over each other's
results, and no step needs the whole log as one text. Versions 0 and 1 kept
the whole log under STORAGE_KEY; `read_legacy` still reads that text and
`moved_writes` moves it to keys of their own, entry by entry, ids kept, as
entries of version 2 (MOVED_AS): they were asked what version 2 asked.
Version 3 asks three more questions (pyapp.questions, "since"); a site of
version 2 reads a version 3 entry as a newer site's ("newer"), never as
damaged.

Nothing stored is dropped or written anew (rule 8). An old entry is moved
only when its new text says all that its old text said; one that cannot be
read, or not moved whole, stays under the old key byte for byte, and the old
key goes only once nothing else is in it. The old text is read only when it is
strict JSON (RFC 8259), checked here, so that CPython and the site's
MicroPython read it alike (MicroPython's json also takes a "," or ":" missing
or too many, CPython's takes NaN) and a move knows where each entry's bytes are.

Pure functions over stored text: the page shell lists the keys, reads and
writes them (web/shell.js) and reads each write back before a page says
"saved". Nothing here raises on stored text, however damaged.
"""

import json

from pyapp import strict_json, texts
from pyapp.dates import normal_when
from pyapp.policy import LEVELS, decide
from pyapp.validate import shown, validate_given

STORAGE_KEY = "upper-back-log"  # versions 0 and 1: the whole log under this key of localStorage
ENTRY_PREFIX = STORAGE_KEY + "/"  # since version 2: one key per entry, ENTRY_PREFIX + its id
SCHEMA_VERSION = 3  # what a new entry is saved as; 3: legs_or_bladder, injury and night are asked
MOVED_AS = 2  # the version a one-key log's entries (versions 0 and 1) are moved as: asked what 2 asked
HEX_DIGITS = "0123456789abcdef"
NONCE_CHARS = 8  # hex digits: the random tail of a new entry's id: two tabs saving in the same second differ
# Chromium keeps about 5.2 million characters a site; an entry and its key take about 380, up to
# about 390 with every question answered (14 since version 3)
ENTRIES_MOST = 13500
NEARLY_FULL = 12500
# The times an entry is read with. This site's log began in 2026, so an earlier time is a device's
# clock gone wrong or a crafted entry, and either would have the log say the pain began centuries ago
# (or, far ahead, "today", hiding the note on pain that lasts): such an entry is not read, but kept as
# it is and said so, as a damaged one is. A save is never refused for the clock (the check's result
# must stay up), so one saved at such a time is kept and said so too.
FIRST_WHEN = "2000-01-01T00:00:00"
LAST_WHEN = "2099-12-31T23:59:59"

# What a page says of each storage fault, by its key in the catalogues (pyapp/texts_<lang>.py);
# "unavailable" and "full" come from the shell.
UNAVAILABLE = "store.unavailable"
CANNOT_SAVE = "store.cannot_save"
NOT_CHANGED = "store.not_changed"
NOT_MOVED = "store.not_moved"
WRITE_FAULTS = {"full": "store.full", "unavailable": CANNOT_SAVE}


# Entries ----------------------------------------------------------------------

def _check_level(level):
    if level not in LEVELS:
        raise ValueError("level: must be one of {}, got {}".format(", ".join(LEVELS), shown(level)))
    return level


def log_when(when):
    """A time as the log reads it ('YYYY-MM-DDTHH:MM:SS', from FIRST_WHEN to LAST_WHEN), or ValueError."""
    when = normal_when(when)
    if not FIRST_WHEN <= when <= LAST_WHEN:
        raise ValueError("when: must be a time from {} to {}, got {}".format(FIRST_WHEN[:4], LAST_WHEN[:4],
                                                                             shown(when)))
    return when


def new_entry(answers, level, when, nonce):
    """A log entry for one check (answers as given, no defaults), or ValueError naming what is wrong."""
    given = validate_given(answers)
    _check_level(level)
    decided, _reasons = decide(given)
    if decided is None:
        raise ValueError("answers: they do not decide a level yet, so there is nothing to save")
    if decided != level:
        raise ValueError("level: the answers give {}, got {}".format(shown(decided), shown(level)))
    if type(nonce) is not str or len(nonce) != NONCE_CHARS or nonce.strip(HEX_DIGITS):
        raise ValueError("nonce: must be {} hex digits, got {}".format(NONCE_CHARS, shown(nonce)))
    when = normal_when(when)
    return {"id": when + "~" + nonce, "when": when, "level": level, "answers": given, "version": SCHEMA_VERSION}


def read_entry(item, entry_id, version):
    """An entry from stored data saved as schema version `version`, or None if it cannot be read.

    The stored level is kept as it was, even if today's rules would give
    another: it is what the runner was told then. So is the version: it says
    which questions were asked then.
    """
    if type(item) is not dict:
        return None
    try:
        when = log_when(item.get("when"))
        level = _check_level(item.get("level"))
        answers = validate_given(item.get("answers"))
    except ValueError:
        return None
    return {"id": entry_id, "when": when, "level": level, "answers": answers, "version": version}


def newest_first(entries):
    """The entries by time, newest first; of two at the same time, the one saved last first."""
    whens = [entry["when"] for entry in entries]
    if whens == sorted(whens):  # saved in time order, as nearly always; sorting plain strings is quick
        return entries[::-1]
    order = sorted(range(len(entries)), key=lambda i: (entries[i]["when"], i), reverse=True)
    return [entries[i] for i in order]


def oldest_first(entries):
    return newest_first(entries)[::-1]


# Since version 2: a key per entry ------------------------------------------------

def entry_key(entry_id):
    return ENTRY_PREFIX + entry_id


def entry_text(entry):
    """The text stored under the entry's key, with the version the entry was saved as (not today's)."""
    return json.dumps({"version": entry["version"], "when": entry["when"], "level": entry["level"],
                       "answers": entry["answers"]}, separators=(",", ":"))


def is_entry_id(entry_id):
    """An id as this site makes them: the entry's time (one the log keeps), then "~" and 1 to 8 digits
    or hex digits."""
    when, tail = entry_id[:19], entry_id[20:]
    try:
        log_when(when)
    except ValueError:
        return False
    return len(entry_id) == 19 or (entry_id[19:20] == "~" and 0 < len(tail) <= NONCE_CHARS
                                   and not tail.strip(HEX_DIGITS))


def entry_keys(keys):
    """The entries' keys among a listing of the store, newest first (ids start with the time)."""
    found = [key for key in keys if type(key) is str and key.startswith(ENTRY_PREFIX)]
    found.sort()
    return found[::-1]


def has_legacy(keys):
    return STORAGE_KEY in keys


def read_stored(key, text):
    """(entry or None, fault or None) for one key's text; fault is "damaged" or "newer".

    An entry a newer site saved is read as far as this site can ("newer" with it): it is
    shown, and kept as it is."""
    if type(text) is not str or not text:
        return None, "damaged"
    try:
        data = json.loads(text)
    except Exception:  # ValueError, or RecursionError in CPython for very deep nesting
        return None, "damaged"
    if type(data) is not dict or type(data.get("version")) is not int:
        return None, "damaged"
    entry_id = key[len(ENTRY_PREFIX):]
    entry = read_entry(data, entry_id, data["version"]) if is_entry_id(entry_id) else None
    if data["version"] > SCHEMA_VERSION:
        return entry, "newer"
    return entry, None if entry else "damaged"


def save_writes(entry):
    """What the shell writes (and reads back) to save one entry: [[key, text]]."""
    return [[entry_key(entry["id"]), entry_text(entry)]]


# Versions 0 and 1: the whole log under one key ------------------------------------

def _with_ids(entries):
    """Ids unique in a legacy log: its time, then '~2', '~3' for a repeat (as version 1 made them)."""
    seen = {}
    for entry in entries:
        count = seen.get(entry["when"], 0) + 1
        seen[entry["when"]] = count
        entry["id"] = entry["when"] if count == 1 else "{}~{}".format(entry["when"], count)
    return entries


def _stored_version(data):
    """The schema version of a legacy log's parsed text, or None if it is not a log."""
    if type(data) is list:
        return 0  # version 0: a bare list of entries, from before the text had a version number
    if type(data) is dict and type(data.get("version")) is int and data["version"] >= 1:
        return data["version"]
    return None


ENTRY_FIELDS = 3  # an old entry's fields: "when", "level" and "answers"; one with more does not move whole


def _members(value):
    """How many members (a key and its value) the objects in a parsed value hold, all told."""
    count, todo = 0, [value]
    while todo:
        item = todo.pop()
        if type(item) is dict:
            count += len(item)
            todo += list(item.values())
        elif type(item) is list:
            todo += item
    return count


def _read_old(text):
    """(entries, faults, newer, moves, whole) of a legacy log's text, as read_legacy says below.

    moves: for each stored item, whether it moves (its entry says all it said), or None when none
    will (not a log this site moves); whole: whether the text holds nothing but its items (so the
    old key may go once they all move).
    """
    if not text:
        return [], {}, False, None, True
    read = strict_json.read(text)
    if read is None:
        return [], ({"legacy_damaged": 1} if text[:1] in "[{" else {"not_a_log": 1}), False, None, True
    data, colons = read
    version = _stored_version(data)
    if version is None:
        return [], {"not_a_log": 1}, False, None, True
    newer = version > 1  # a newer site's: read as far as this site can, and kept as it is
    items = data if version == 0 else data.get("entries")
    if type(items) is not list:
        return [], {"newer": 1} if newer else {"legacy_damaged": 1}, newer, None, True
    readable, moves = [], []
    entry_version = MOVED_AS if version <= 1 else version  # a newer site's keeps its own
    # the members the parsed text holds; fewer than its ":" when a key is given twice (json keeps the last)
    members = 0 if version == 0 else len(data) + _members([data[key] for key in data if key != "entries"])
    for item in items:  # a loop: a generator per entry is slow in MicroPython
        entry = read_entry(item, "", entry_version)
        if newer:  # never moved: read as far as this site can
            moves.append(False)
        elif entry is not None and len(item) == ENTRY_FIELDS:
            members += ENTRY_FIELDS + len(entry["answers"])
            moves.append(True)
        else:
            members += _members(item)
            entry = None
            moves.append(False)
        if entry is not None:
            readable.append(entry)
    whole = version == 0 or len(data) == 2
    if members != colons and not newer:  # a key given twice somewhere: each item's own ":" say where
        stored = strict_json.utf8(text)
        found = strict_json.scan(stored)
        if len(found[4]) != len(data):  # a name given twice in the log itself: json reads one
            return [], {"legacy_damaged": 1}, False, None, True
        parts = _entries_part(stored, found)[4]
        readable = []
        for number in range(len(items)):
            item = items[number]
            if moves[number] and parts[number][3] != ENTRY_FIELDS + len(item["answers"]):
                moves[number] = False
            if moves[number]:
                readable.append(read_entry(item, "", entry_version))
    faults = {"newer": 1} if newer else {}
    if len(items) > len(readable):
        faults["damaged"] = len(items) - len(readable)
    return _with_ids(readable), faults, newer, None if newer else moves, whole


def read_legacy(text):
    """(entries in the order saved, faults, newer) of a legacy log's text; never raises.

    faults: {"damaged": entries that could not be read}, or {"legacy_damaged": 1},
    {"not_a_log": 1} for the whole text; "newer" for a newer site's text under this key.
    Entries of versions 0 and 1 are version MOVED_AS's; a newer site's keep its version.
    An entry of version 0 or 1 is read only if it can move whole: one with a field this site
    does not know, or a key given twice, could not be written again as it was, so it is not read.
    """
    entries, faults, newer, _moves, _whole = _read_old(text)
    return entries, faults, newer


def moved_writes(text):
    """What moves a legacy log to keys of their own ([[key, text or None], ...] in order): every
    readable entry's key, then the old key removed, or, when it held more than those entries,
    kept with the moved entries taken out of its text and every other byte as it was (an entry
    that could not be read, a field this site does not know). So nothing stored is ever dropped or
    written anew, and what is left under the old key has nothing to move again. The shell writes
    all or nothing, so a move that does not fit leaves the old key as it was. None when there is
    nothing to move."""
    entries, _faults, newer, moves, whole = _read_old(text)
    if newer or not entries:
        return None
    writes = []
    for entry in entries:
        writes += save_writes(entry)
    if whole and len(entries) == len(moves):
        return writes + [[STORAGE_KEY, None]]
    return writes + [[STORAGE_KEY, _left_over(text, moves)]]


def _left_over(text, moves):
    """The old log's text with the items that moved taken out: the rest byte for byte (the
    spaces between the items aside)."""
    stored = strict_json.utf8(text)
    array = _entries_part(stored, strict_json.scan(stored))
    kept = [stored[part[1]:part[2]] for part, moved in zip(array[4], moves) if not moved]
    return strict_json.from_utf8(stored[:array[1]] + b"[" + b",".join(kept) + b"]" + stored[array[2]:])


def _entries_part(stored, found):
    """The part of a scanned old log that json reads as its items: the whole list (version 0),
    or the last value named "entries" (version 1)."""
    if found[4] is None or stored[found[1]] == 91:  # "[": version 0
        return found
    array = None
    for part in found[4]:
        name = stored[part[0][0]:part[0][1]]
        if name == b'"entries"' or (b"\\" in name and json.loads(strict_json.from_utf8(name)) == "entries"):
            array = part
    return array


# Faults in plain words ---------------------------------------------------------------

def _skipped_text(lang, count):
    return texts.plural(lang, "store.skipped", count)


def fault_texts(lang, faults):
    """What a page says, in lang, of the faults found while reading ({kind: how many}, as read_legacy gives)."""
    said = []
    if faults.get("not_a_log"):
        said.append(texts.text(lang, "store.not_a_log"))
    if faults.get("legacy_damaged"):
        said.append(texts.text(lang, "store.damaged"))
    if faults.get("damaged"):
        said.append(_skipped_text(lang, faults["damaged"]))
    if faults.get("newer"):
        said.append(texts.text(lang, "store.newer"))
    return said


def count_faults(faults, more):
    for kind in more:
        faults[kind] = faults.get(kind, 0) + more[kind]
    return faults


def nearly_full_text(lang, count):
    """The warning once the log nears what this browser keeps, or None."""
    return texts.plural(lang, "store.nearly_full", count, most=ENTRIES_MOST) if count >= NEARLY_FULL else None


def read_items(items):
    """(entries, faults) of [[key, text], ...] as the shell read them; a key gone since is skipped."""
    entries, faults = [], {}
    for key, text in items:
        if text is None:
            continue
        entry, fault = read_stored(key, text)
        if fault:
            faults[fault] = faults.get(fault, 0) + 1
        if entry is not None:
            entries.append(entry)
    return entries, faults


def read_key(key, text):
    """(entries, faults) of one key's text as the shell read it: an entry's own key, or the
    older one-key log (STORAGE_KEY)."""
    if key == STORAGE_KEY:
        entries, faults, _newer = read_legacy(text)
        return entries, faults
    return read_items([[key, text]])

"""The old one-key log (schema versions 0 and 1, all of it under STORAGE_KEY): read, and moved
to a key per entry (pyapp.log_store says how each is stored, and why nothing is dropped).

The text is read only when it is strict JSON (pyapp.strict_json), so CPython and the site's
MicroPython read it alike and a move knows where each entry's bytes are; what cannot be read, or
not moved whole, stays under the old key byte for byte. A text that no json reader takes is known
to be no strict JSON at once, without the pass over each byte, so a few megabytes of something
else under the old key cost a page next to nothing. The log page moves the largest old log a
browser keeps in steps (`move_plan`, then the entries' texts a batch a task), each well inside the
page shell's limit for one task.
"""

import json

from pyapp import strict_json
from pyapp.log_store import MOVED_AS, STORAGE_KEY, read_entry, read_items, save_writes

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


def strict_read(text):
    """strict_json.read's answer for an old log's text (None when it is no strict JSON): the first
    half of reading it, which the log page does in a task of its own."""
    loaded = _loaded(text) if text else None
    return strict_json.read(text, loaded) if loaded is not None else None


def _read_old(text, read=False):
    """(entries, faults, newer, moves, whole) of a legacy log's text, as read_legacy says below;
    read: strict_read(text) when it is known already.

    moves: for each stored item, whether it moves (its entry says all it said), or None when none
    will (not a log this site moves); whole: whether the text holds nothing but its items (so the
    old key may go once they all move).
    """
    if not text:
        return [], {}, False, None, True
    read = strict_read(text) if read is False else read
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


def _loaded(text):
    """What json reads of the text, or None when it is surely no old log strict_json would read: it holds
    no list or object, or json (quick, in C) does not take it; strict JSON is taken by every json reader.
    (A list or an object: never None when read.)"""
    if text.lstrip(" \t\n\r")[:1] not in ("[", "{"):
        return None
    try:
        return json.loads(text)
    except Exception:  # ValueError, or RecursionError in CPython for very deep nesting
        return None


def move_plan(text, read=False):
    """(entries read, faults, newer, last) of a legacy log's text, read once (read: strict_read(text) when
    known already): moved_writes' answer is each entry's save_writes, in order, then last; last is None
    when nothing moves."""
    entries, faults, newer, moves, whole = _read_old(text, read)
    if newer or not entries:
        return entries, faults, newer, None
    if whole and len(entries) == len(moves):
        return entries, faults, newer, [[STORAGE_KEY, None]]
    return entries, faults, newer, [[STORAGE_KEY, _left_over(text, moves)]]


def moved_writes(text):
    """What moves a legacy log to keys of their own ([[key, text or None], ...] in order): every
    readable entry's key, then the old key removed, or, when it held more than those entries,
    kept with the moved entries taken out of its text and every other byte as it was (an entry
    that could not be read, a field this site does not know). So nothing stored is ever dropped or
    written anew, and what is left under the old key has nothing to move again. The shell writes
    all or nothing, so a move that does not fit leaves the old key as it was. None when there is
    nothing to move."""
    entries, _faults, _newer, last = move_plan(text)
    if last is None:
        return None
    writes = []
    for entry in entries:
        writes += save_writes(entry)
    return writes + last


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


def hint_read(text):
    """(entries, faults) of a legacy log's text, read quickly for the check's duration hint: by json
    alone, not checked to be strict JSON (a second or more for the largest old log on a phone, on every
    visit until /log/ moves it). For a text as this site wrote it, the same as read_legacy; any other
    text can only give more entries, so an earlier first pain and a longer count: the safe side."""
    if not text or text.lstrip(" \t\n\r")[:1] not in ("[", "{"):
        return [], {"not_a_log": 1} if text else {}
    try:
        data = json.loads(text)
    except Exception:  # ValueError, or RecursionError in CPython for very deep nesting
        return [], {"legacy_damaged": 1}
    version = _stored_version(data)
    items = data if version == 0 else data.get("entries") if version is not None else None
    if version is None or version > 1 or type(items) is not list:
        return read_legacy(text)[:2]  # not a log, or a newer site's: as the log page reads it
    entries = []
    for item in items:
        entry = read_entry(item, "", MOVED_AS)
        if entry is not None and len(item) == ENTRY_FIELDS:
            entries.append(entry)
    return _with_ids(entries), {"damaged": len(items) - len(entries)} if len(items) > len(entries) else {}


def read_key(key, text, seen=None):
    """(entries, faults) of one key's text as the shell read it: an entry's own key, or the
    older one-key log (STORAGE_KEY); seen as log_store.read_items takes it."""
    if key == STORAGE_KEY:
        entries, faults, _newer = read_legacy(text)
        return entries, faults
    return read_items([[key, text]], seen)

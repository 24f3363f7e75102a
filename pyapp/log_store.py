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

from pyapp import patch
from pyapp.dates import normal_when
from pyapp.order import in_order
from pyapp.policy import LEVELS, decide
from pyapp.validate import shown, validate_given

STORAGE_KEY = "upper-back-log"  # versions 0 and 1: the whole log under this key of localStorage
ENTRY_PREFIX = STORAGE_KEY + "/"  # since version 2: one key per entry, ENTRY_PREFIX + its id
# Texts as long as all an old log's move will write, a batch's under each of ROOM_KEY + its number, written and
# removed again before the move: the browser's own answer whether there is room for it, so a move that cannot
# fit writes no entry (pyapp.log_listing); listed with the log's keys, so what a tab closed at that moment left
# is removed by the next visit of /log/
ROOM_KEY = STORAGE_KEY + "~room"


def room_key(number):
    return ROOM_KEY + str(number)


def is_room(key):
    return key.startswith(ROOM_KEY)


def rooms_left(keys):
    """The removal of every room text among keys: one left by a tab closed while it looked for room
    takes room a save needs, so either page that lists the log's keys frees it."""
    return [[key, None] for key in keys if is_room(key)]
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
# the faults a write can fail with are the shell's (pyapp.patch.FULL, UNAVAILABLE).
UNAVAILABLE = "store.unavailable"
CANNOT_SAVE = "store.cannot_save"
NOT_CHANGED = "store.not_changed"
NOT_MOVED = "store.not_moved"
WRITE_FAULTS = {patch.FULL: "store.full", patch.UNAVAILABLE: CANNOT_SAVE}
SEEN_MOST = 2000  # different entries (but for their times) remembered by a read of the log (_seen_read)


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
    try:
        log_when(entry_id[:19])
    except ValueError:
        return False
    return _tail_ok(entry_id)


def _tail_ok(entry_id):
    tail = entry_id[20:]
    return len(entry_id) == 19 or (entry_id[19:20] == "~" and 0 < len(tail) <= NONCE_CHARS
                                   and not tail.strip(HEX_DIGITS))


def entry_keys(keys):
    """The entries' keys among a listing of the store, newest first (ids start with the time)."""
    return in_order([key for key in keys if type(key) is str and key.startswith(ENTRY_PREFIX)])[::-1]


def has_legacy(keys):
    return STORAGE_KEY in keys


def read_stored(key, text, seen=None):
    """(entry or None, fault or None) for one key's text; fault is "damaged" or "newer".

    An entry a newer site saved is read as far as this site can ("newer" with it): it is
    shown, and kept as it is. seen: a dict kept over a whole read of the log (see _seen_read)."""
    return read_apart(key, text, seen)[:2]


def read_apart(key, text, seen=None):
    """read_stored's (entry, fault), and the text without its time (time_apart) when seen is given and the
    text is of that shape, else None."""
    apart = time_apart(text) if seen is not None and type(text) is str else None
    return _read(key, text, _seen_read(apart, seen) if apart else None) + (apart and apart[1],)


def _read(key, text, data):
    if type(text) is not str or not text:
        return None, "damaged"
    if data is None:
        try:
            data = json.loads(text)
        except Exception:  # ValueError, or RecursionError in CPython for very deep nesting
            return None, "damaged"
        if type(data) is not dict or type(data.get("version")) is not int:
            return None, "damaged"
        data = read_entry(data, "", data["version"]) or {"version": data["version"]}
    entry_id = key[len(ENTRY_PREFIX):]
    entry = None
    if "when" in data:
        entry = {"id": entry_id, "when": data["when"], "level": data["level"], "answers": data["answers"],
                 "version": data["version"]}
    if entry is not None and not (_tail_ok(entry_id) if entry_id[:19] == entry["when"] else is_entry_id(entry_id)):
        entry = None  # (an id that starts with the entry's own time, read already, needs only its tail checked)
    if data["version"] > SCHEMA_VERSION:
        return entry, "newer"
    return entry, None if entry else "damaged"


def _seen_read(apart, seen):
    """The entry of a text as entry_text writes it, '{"version":N,"when":"<time>",<the rest>}', read
    (by read_entry, the one check) once for each different rest: a log's results mostly repeat their
    answers, and the check of the answers is most of a read's time. The time is checked every time.
    None when the text is not of that shape, or not an entry: the whole read (read_stored) then
    decides, so nothing is read here that it would not read, and alike."""
    when, rest = apart
    if rest not in seen:
        if len(seen) >= SEEN_MOST:
            seen.clear()
        seen[rest] = _rest_read(rest)
    known = seen[rest]
    if known is None:
        return None
    try:
        when = log_when(when)
    except ValueError:
        return None
    return {"when": when, "level": known["level"], "answers": known["answers"], "version": known["version"]}


def time_apart(text):
    """(its time, the text without it) for a text as entry_text writes it, '{"version":N,"when":"<time>",...}',
    else None. The text without its time is the same JSON less one member: what an entry read from it
    holds but its time (its level, answers and version) follows from that alone. (startswith at a place,
    not a slice: a slice of a str costs MicroPython a count of its characters)"""
    if not text.startswith('{"version":'):
        return None
    at = 12 if text.startswith(',"when":"', 12) else text.find(',"when":"', 11)
    end = at + 28  # where the time's closing quote is
    if at < 12 or not (text.startswith('",', end) or text.startswith('"}', end)) or not text[11:at].isdigit():
        return None
    when = text[at + 9:end]
    if '"' in when or "\\" in when:
        return None
    return when, text[:at] + text[end + 1:]


def _rest_read(rest):
    try:
        data = json.loads(rest)
    except Exception:
        return None
    if type(data) is not dict or "when" in data or type(data.get("version")) is not int:
        return None
    data["when"] = FIRST_WHEN  # any time the log reads: the entry's own is checked on each read
    return read_entry(data, "", data["version"])


def save_writes(entry):
    """What the shell writes (and reads back) to save one entry: [[key, text]]."""
    return [[entry_key(entry["id"]), entry_text(entry)]]


def count_faults(faults, more):
    for kind in more:
        faults[kind] = faults.get(kind, 0) + more[kind]
    return faults


def read_items(items, seen=None):
    """(entries, faults) of [[key, text], ...] as the shell read them; a key gone since is skipped.
    seen: a dict kept over a whole read of the log, so repeated answers are checked once (read_stored)."""
    entries, faults = [], {}
    for key, text in items:
        if text is None:
            continue
        entry, fault = read_stored(key, text, seen)
        if fault:
            faults[fault] = faults.get(fault, 0) + 1
        if entry is not None:
            entries.append(entry)
    return entries, faults

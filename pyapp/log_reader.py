"""The stored log read a page at a time, newest first: the one reader both pages' cores use (the
check's duration hint, and the log page's summary, chart, warning and export).

A read is a dict, kept in a page's state between its tasks: "keys" (the entries' keys, newest
first), "next" (how many of them are asked for so far), "entries" (what is kept of each entry
read: log.light), "faults" ({kind: how many}) and "seen" (the answers checked already:
log_store.read_stored). The core asks for next_keys(read, count), the shell reads them, and
the core hands what it read to take(read, items).
"""

from pyapp import log, log_move, log_store

FIELDS = ("keys", "next", "entries", "faults", "seen")


def new_read(keys):
    """A read of these entries' keys (newest first), nothing read yet."""
    return {"keys": keys, "next": 0, "entries": [], "faults": {}, "seen": {}}


def next_keys(read, count):
    """The next count keys to read (none once all are asked for)."""
    keys = read["keys"][read["next"]:read["next"] + count]
    read["next"] += len(keys)
    return keys


def take(read, items, rows=False):
    """Keep what is needed of [[key, text], ...] as the shell read them, and count their faults; the old
    one-key log (log_store.STORAGE_KEY) by log_move's quick read. rows: each entry's CSV row kept too."""
    for key, text in items:
        if key == log_store.STORAGE_KEY:
            _keep(read, log_move.hint_read(text), rows)
    _keep(read, log_store.read_items([item for item in items if item[0] != log_store.STORAGE_KEY], read["seen"]), rows)
    return read


def _keep(read, entries_faults, rows):
    entries, faults = entries_faults
    log_store.count_faults(read["faults"], faults)
    read["entries"] += [log.light(entry, rows) for entry in entries]

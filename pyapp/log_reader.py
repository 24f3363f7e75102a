"""The stored log read a page at a time, newest first: the one reader both pages' cores use (the
check's duration hint, and the log page's summary, chart, warning and export).

A read is a dict, kept in a page's state between its tasks: "keys" (the entries' keys, newest
first), "next" (how many of them are asked for so far), "entries" (what is kept of each entry
read: log.light), "faults" ({kind: how many}), "seen" (the answers checked already:
log_store.read_stored) and "rows" (the CSV rows but their times made already). The core asks for next_keys(read, count), the shell reads them, and
the core hands what it read to take(read, items).
"""

from pyapp import log, log_move, log_store


def new_read(keys):
    """A read of these entries' keys (newest first), nothing read yet."""
    return {"keys": keys, "next": 0, "entries": [], "faults": {}, "seen": {}, "rows": {}}


def next_keys(read, count):
    """The next count keys to read (none once all are asked for)."""
    keys = read["keys"][read["next"]:read["next"] + count]
    read["next"] += len(keys)
    return keys


def take(read, items, rows=False):
    """Keep what is needed of [[key, text], ...] as the shell read them, and count their faults; the old
    one-key log (log_store.STORAGE_KEY) by log_move's quick read; an entry in place of a text is one read
    already (the log page's of an old log it shows). rows: each entry's CSV row kept too."""
    kept, faults, seen = read["entries"], read["faults"], read["seen"]
    for key, text in items:
        if type(text) is dict:
            kept.append(log.light(text, log.csv_row(text) if rows else None))
            continue
        if key == log_store.STORAGE_KEY:
            entries, found = log_move.hint_read(text)
            log_store.count_faults(faults, found)
            kept += [log.light(entry, log.csv_row(entry) if rows else None) for entry in entries]
            continue
        if text is None:  # gone since the keys were listed
            continue
        entry, fault, rest = log_store.read_apart(key, text, seen)
        if fault:
            faults[fault] = faults.get(fault, 0) + 1
        if entry is not None:
            kept.append(log.light(entry, _row(read, rest, entry) if rows else None))
    return read


def _row(read, rest, entry):
    """The entry's CSV row; all but its time made once for each text of the entry without its time (rest):
    its level, answers and version follow from that alone (log_store.time_apart)."""
    cells = read["rows"].get(rest) if rest else None
    if cells is None:
        cells = log.csv_cells(entry)
        if rest:
            if len(read["rows"]) >= log_store.SEEN_MOST:
                read["rows"].clear()
            read["rows"][rest] = cells
    return log.csv_row(entry, cells)

"""Sorting that stays quick on a list already in order, as a log's keys and times nearly always are.

MicroPython's own sort is a quicksort that takes the last item as its pivot: on a list already
in order (Chromium lists localStorage's keys sorted) it takes time that grows with the square
of the length, about 16 s for the largest log a browser keeps. This is a merge of the runs
already in order (or in reverse order): one pass when the list is in order, or newest first as a
log is read, and never worse than n log n.
"""


def _runs(keys):
    """The indexes of keys cut where the order breaks: each run in order. A run that falls strictly
    (a log read newest first) is taken reversed: no two of its keys are equal, so the sort stays stable."""
    runs, start, count = [], 0, len(keys)
    while start < count:
        end = start + 1
        if end < count and keys[end] < keys[start]:
            while end < count and keys[end] < keys[end - 1]:
                end += 1
            runs.append(list(range(end - 1, start - 1, -1)))
        else:
            while end < count and not keys[end] < keys[end - 1]:
                end += 1
            runs.append(list(range(start, end)))
        start = end
    return runs


def _merge(first, second, keys):
    """Two runs as one in order; of equal keys, the first run's first (a stable sort)."""
    merged, i, j = [], 0, 0
    while i < len(first) and j < len(second):
        if keys[second[j]] < keys[first[i]]:
            merged.append(second[j])
            j += 1
        else:
            merged.append(first[i])
            i += 1
    return merged + first[i:] + second[j:]


def order_of(keys):
    """The indexes of keys in their order (stable): keys[order[0]] is the least."""
    runs = _runs(keys)
    while len(runs) > 1:
        runs = [_merge(runs[n], runs[n + 1], keys) if n + 1 < len(runs) else runs[n]
                for n in range(0, len(runs), 2)]
    return runs[0] if runs else []


def in_order(items, key=None):
    """items sorted by key (the items themselves without one), least first, stable."""
    keys = items if key is None else [key(item) for item in items]
    return [items[at] for at in order_of(keys)]

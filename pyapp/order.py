"""Sorting that stays quick on a list already in order, as a log's keys and times nearly always are.

MicroPython's own sort is a quicksort that takes the last item as its pivot: on a list already
in order (Chromium lists localStorage's keys sorted) it takes time that grows with the square
of the length, about 16 s for the largest log a browser keeps. This is a merge of the runs
already in order: one pass when the list is in order, and never worse than n log n.
"""


def _runs(keys):
    """The indexes of keys cut where the order breaks: each run in order."""
    runs, start = [], 0
    for at in range(1, len(keys) + 1):
        if at == len(keys) or keys[at] < keys[at - 1]:
            runs.append(list(range(start, at)))
            start = at
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

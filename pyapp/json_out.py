"""JSON text of the changes a page core returns, in a time that grows with its length alone.

MicroPython's json.dumps grows its output a little at a time, so its time grows with the square of
the text: a 1.6 MB text (the CSV of the largest log, or an old log's move) takes about 35 s, past
the page shell's limit for one task (web/shell.js, ANSWER_MS). Here each string is written a short
piece at a time and the pieces joined once; what comes out reads as what json.dumps writes.
"""

import json

PIECE = 4096  # characters of a string written by one json.dumps


def _string(text):
    if len(text) <= PIECE:
        return json.dumps(text)
    return '"' + "".join(json.dumps(text[at:at + PIECE])[1:-1] for at in range(0, len(text), PIECE)) + '"'


def dumps(value):
    """The JSON text of value (lists, dicts with string keys, strings, numbers, booleans, None)."""
    kind = type(value)
    if kind is str:
        return _string(value)
    if kind is list or kind is tuple:
        return "[" + ",".join([dumps(item) for item in value]) + "]"
    if kind is dict:
        return "{" + ",".join([_string(key) + ":" + dumps(value[key]) for key in value]) + "}"
    return json.dumps(value)

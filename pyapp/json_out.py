"""JSON text of the changes a page core returns, in a time that grows with its length alone.

MicroPython's json.dumps grows its output a little at a time, so its time grows with the square of
the text: a 1.6 MB text (the CSV of the largest log, or an old log's move) takes about 35 s, past
the page shell's limit for one task (web/shell.js, ANSWER_MS). Here each string is written a short
piece at a time and the pieces joined once; what comes out reads as what json.dumps writes.
"""

import json

PIECE = 4096  # bytes of a string written by one json.dumps


def _string(text):
    """A string's JSON, PIECE bytes of its UTF-8 at a time: MicroPython finds a piece of a long str
    by counting its characters from the start (the largest log's CSV took seconds for that alone),
    but a piece of bytes at once. A piece ends before a character's continuation bytes, never inside one."""
    if len(text) <= PIECE:
        return json.dumps(text)
    data, parts, at = text.encode(), [], 0
    while at < len(data):
        end = min(at + PIECE, len(data))
        while end < len(data) and data[end] & 0xC0 == 0x80:
            end -= 1
        parts.append(json.dumps(data[at:end].decode())[1:-1])
        at = end
    return '"' + "".join(parts) + '"'


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

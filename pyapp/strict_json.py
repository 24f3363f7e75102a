"""Strict JSON (RFC 8259): whether a stored text is strict JSON, and where each of its parts sits.

An old log is read only when it is strict JSON, checked here, so that CPython and the site's
MicroPython read it alike and a move can keep what it does not move byte for byte (pyapp.log_store).
MicroPython's json takes "," and ":" anywhere (or not at all), "01", "1." and control characters in
strings; CPython's takes NaN and Infinity, and stops near 1000 levels deep. Two checks that say the
same: a quick one, by whole-text replaces (quick in MicroPython, where a loop over each character is
not), for a text as earlier sites wrote it; an exact one, a pass over each byte, for any other text,
and for where each item of a log sits.
"""

import json
import re

DEPTH_MOST = 32  # containers within containers: a log has 4
NUMBER_MOST = 64  # characters in a number: CPython's int() takes at most 4300 digits, MicroPython's any
NUMBERS_MOST = 64  # different numbers the quick check replaces one by one; a text with more gets the exact one
_CONTROL = re.compile("[\x01-\x08\x0b\x0c\x0e-\x1f]")  # with "\x00": in strict JSON nowhere
_ODD = (b"\\", b"\t", b"\n", b"\r")  # none in a text earlier sites wrote: a text with them gets the exact check
# The quick check's marks: control characters, so none is in a text it reads
_STRING, _VALUE, _KEY, _MEMBER, _ITEMS = b"\x01", b"\x02", b"\x03", b"\x04", b"\x05"


def utf8(text):
    return text.encode("utf-8", "surrogatepass")  # CPython: a lone surrogate, as storage may hold, as it is


def from_utf8(stored):
    return stored.decode("utf-8", "surrogatepass")


def read(text, loaded=None):
    """(what json reads, how many ":" are outside strings) of a text that is strict JSON no deeper
    than DEPTH_MOST, else None; loaded: what json.loads(text) gave, when known already (a megabyte
    costs MicroPython's json about half a second on a phone, so the text is not read twice)."""
    if "\x00" in text or _CONTROL.search(text) is not None:
        return None
    stored = utf8(text)
    quick = _quick_check(stored)
    if quick is None:
        found = scan(stored)
        if found is None:
            return None
        colons = found[3]
    elif quick[0]:
        colons = quick[1]
    else:
        return None
    if loaded is not None:
        return loaded, colons
    try:
        return json.loads(text), colons
    except Exception:  # never, once checked: kept as damaged all the same
        return None


def _digits_end(token, start):
    while start < len(token) and 48 <= token[start] <= 57:
        start += 1
    return start


def _is_number(token):
    """Whether token (bytes) is a number as strict JSON writes it: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)?"""
    if len(token) > NUMBER_MOST:
        return False
    at = 1 if token[:1] == b"-" else 0
    if token[at:at + 1] == b"0":
        at += 1
    else:
        end = _digits_end(token, at)
        if end == at:
            return False
        at = end
    if token[at:at + 1] == b".":
        end = _digits_end(token, at + 1)
        if end == at + 1:
            return False
        at = end
    if token[at:at + 1] in (b"e", b"E"):
        at += 1
        if token[at:at + 1] in (b"+", b"-"):
            at += 1
        end = _digits_end(token, at)
        if end == at:
            return False
        at = end
    return at == len(token)


def _quick_check(stored):
    """(whether a text's UTF-8 bytes are strict JSON no deeper than DEPTH_MOST, its ":" outside
    strings), or None when the exact check must say. Its control characters are checked already."""
    for char in _ODD:
        if char in stored:
            return None
    parts = stored.split(b'"')  # no "\": every other part is a string's
    if len(parts) % 2 == 0:
        return False, 0
    shape = _STRING.join(parts[::2])
    for word in (b"true", b"false", b"null"):
        shape = shape.replace(word, _VALUE)
    spaced = shape
    for char in (b"{", b"}", b"[", b"]", b",", b":", _STRING, _VALUE):
        spaced = spaced.replace(char, b" ")
    numbers = set(spaced.split())
    if len(numbers) > NUMBERS_MOST:
        return None
    for number in sorted(numbers, key=len, reverse=True):  # the longer first: "12" holds "1"
        if not _is_number(number):
            return False, 0
        shape = shape.replace(number, _VALUE)
    shape = shape.replace(b" ", b"")  # spaces only matter between two numbers, each a mark now
    return _reduces(shape), shape.count(b":")


def _reduces(shape):
    """Whether shape (a text's bytes with each string, number, true, false and null one mark, and no
    spaces) is one JSON value no deeper than DEPTH_MOST: its containers no deeper, then the
    innermost containers made a value, and again, as long as that changes it."""
    brackets = shape
    for char in (_STRING, _VALUE, b",", b":"):
        brackets = brackets.replace(char, b"")
    brackets = brackets.replace(b"{", b"[").replace(b"}", b"]")
    for _ in range(DEPTH_MOST):  # each pass takes out the innermost pairs: one level
        brackets = brackets.replace(b"[]", b"")
    if brackets:
        return False
    shape = shape.replace(_STRING + b":", _KEY + b":").replace(_STRING, _VALUE)  # a key: a string before ":"
    pair, members = _KEY + b":" + _VALUE, _MEMBER + b"," + _MEMBER
    items = (_VALUE + b"," + _VALUE, _ITEMS + b"," + _VALUE, _VALUE + b"," + _ITEMS, _ITEMS + b"," + _ITEMS)
    while shape != _VALUE:
        before = shape
        shape = shape.replace(pair, _MEMBER)  # first, so that a value after ":" is never taken for an item
        while members in shape:
            shape = shape.replace(members, _MEMBER)
        for joined in items:  # values with "," between: only a list's items ("[1,2]", never "1,2")
            while joined in shape:
                shape = shape.replace(joined, _ITEMS)
        # last: a container made a value in this pass is not joined to what follows until the next
        shape = (shape.replace(b"{" + _MEMBER + b"}", _VALUE).replace(b"{}", _VALUE)
                 .replace(b"[" + _VALUE + b"]", _VALUE).replace(b"[" + _ITEMS + b"]", _VALUE).replace(b"[]", _VALUE))
        if shape == before:
            return False
    return True


_WHITE = (32, 9, 10, 13)  # " ", "\t", "\n", "\r"
_NUMBER_BYTES = b"0123456789+-.eE"
_ESCAPED = b'"\\/bfnrt'
_HEX = b"0123456789abcdefABCDEF"
# What the exact check expects next
_A_VALUE, _A_VALUE_OR_CLOSE, _A_KEY, _A_KEY_OR_CLOSE, _A_COLON, _AFTER = range(6)


def _skip(stored, at):
    while at < len(stored) and stored[at] in _WHITE:
        at += 1
    return at


def _string_end(stored, start, white):
    """Just after the strict JSON string that begins at stored[start] ('"'), or -1 if there is none;
    white: whether the text has a tab or a line break anywhere (never in a string)."""
    at = start + 1
    while True:
        end = stored.find(b'"', at)
        if end < 0:
            return -1
        escape = stored.find(b"\\", at, end)
        if white:
            plain = stored[at:end if escape < 0 else escape]
            if b"\t" in plain or b"\n" in plain or b"\r" in plain:
                return -1
        if escape < 0:
            return end + 1
        code = stored[escape + 1]
        if code == 117:  # "u" and four hex digits
            digits = stored[escape + 2:escape + 6]
            if len(digits) < 4 or any(digit not in _HEX for digit in digits):
                return -1
            at = escape + 6
        elif code in _ESCAPED:
            at = escape + 2
        else:
            return -1


def _scalar_end(stored, start):
    """Just after the number, true, false or null that begins at stored[start], or -1."""
    code = stored[start]
    if code == 45 or 48 <= code <= 57:  # "-" or a digit
        end = start
        while end < len(stored) and stored[end] in _NUMBER_BYTES:
            end += 1
        return end if _is_number(stored[start:end]) else -1
    for word in (b"true", b"false", b"null"):
        if stored[start:start + len(word)] == word:
            return start + len(word)
    return -1


def scan(stored):
    """The exact check, over a text's UTF-8 bytes: None if it is not strict JSON no deeper than
    DEPTH_MOST, else its value as [key, start, end, ":" count, parts]: ":" counted within it, parts
    the same for each value in it, for the whole value and the containers in it (None further in),
    and key the (start, end) of a value's name in the whole value (else None)."""
    white = b"\t" in stored or b"\n" in stored or b"\r" in stored
    size = len(stored)
    open_ = []  # the containers open, each [key, start, its closing byte, ":" count, parts]
    key, whole, expect = None, None, _A_VALUE
    at = _skip(stored, 0)
    while at < size:
        code, value = stored[at], None
        if expect == _AFTER:
            if not open_:
                return None  # more after the whole value
            if code == 44:  # ","
                expect, at = _A_KEY if open_[-1][2] == 125 else _A_VALUE, at + 1
            elif code == open_[-1][2]:
                value, at = open_.pop(), at + 1
                value[2] = at
            else:
                return None
        elif expect == _A_COLON:
            if code != 58:  # ":"
                return None
            open_[-1][3] += 1
            expect, at = _A_VALUE, at + 1
        elif code == 125 and expect == _A_KEY_OR_CLOSE or code == 93 and expect == _A_VALUE_OR_CLOSE:
            value, at = open_.pop(), at + 1  # an empty container
            value[2] = at
        elif expect == _A_KEY or expect == _A_KEY_OR_CLOSE:
            end = _string_end(stored, at, white) if code == 34 else -1
            if end < 0:
                return None
            if len(open_) == 1:
                key = (at, end)
            expect, at = _A_COLON, end
        elif code == 123 or code == 91:  # "{" or "["
            if len(open_) >= DEPTH_MOST:
                return None
            open_.append([key if len(open_) == 1 else None, at, code + 2, 0, [] if len(open_) < 2 else None])
            expect, at = _A_KEY_OR_CLOSE if code == 123 else _A_VALUE_OR_CLOSE, at + 1
        else:
            end = _string_end(stored, at, white) if code == 34 else _scalar_end(stored, at)
            if end < 0:
                return None
            if not open_ or open_[-1][4] is not None:
                value = [key if len(open_) == 1 else None, at, end, 0, None]
            else:
                expect = _AFTER  # a value no part is kept of
            at = end
        if value is not None:
            if open_:
                open_[-1][3] += value[3]
                if open_[-1][4] is not None:
                    open_[-1][4].append(value)
            else:
                whole = value
            expect = _AFTER
        if at < size and stored[at] in _WHITE:
            at = _skip(stored, at)
    return whole if expect == _AFTER and not open_ else None

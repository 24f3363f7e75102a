"""The worker of the pages whose logic is Python: the engine and the page cores, off the
page's main thread.

web/shell.js starts this file in a PyScript worker (MPWorker) and calls
`handle` with each event as JSON, naming its page and its language; it applies the
changes that come back (pyapp.patch). Each page's core keeps its state here between
events, in the language of the page's first event (the page's <html lang>).
"""

import json

from pyapp import json_out, texts
from pyapp.pages import core as page_core

STATES = {}


def _joined(event):
    """The stored texts whole: web/shell.js sends a long one in pieces (json reads one long string slowly)."""
    for item in (event.get("stored") or {}).get("items") or []:
        if type(item[1]) is list:
            item[1] = "".join(item[1])
    return event


def handle(event_json):
    event = _joined(json.loads(event_json))
    core = page_core(event["page"])  # this page's core only: the worker was given no other
    if event["page"] not in STATES:
        STATES[event["page"]] = core.new_state(texts.language(event.get("lang", "")))
    _state, changes = core.handle(STATES[event["page"]], event)
    return json_out.dumps(changes)  # json.dumps takes minutes over a long log's CSV in MicroPython


__export__ = ["handle"]

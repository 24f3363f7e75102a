"""The worker of the pages whose logic is Python: the engine and the page cores, off the
page's main thread.

web/shell.js starts this file in a PyScript worker (MPWorker) and calls
`handle` with each event as JSON, naming its page and its language; it applies the
changes that come back (pyapp.patch). Each page's core keeps its state here between
events, in the language of the page's first event (the page's <html lang>).
"""

import json

from pyapp import texts
from pyapp.pages import CORES

STATES = {}


def handle(event_json):
    event = json.loads(event_json)
    core = CORES[event["page"]]
    if event["page"] not in STATES:
        STATES[event["page"]] = core.new_state(texts.language(event.get("lang", "")))
    _state, changes = core.handle(STATES[event["page"]], event)
    return json.dumps(changes)


__export__ = ["handle"]

"""A page shell in Python for the page cores' tests: a localStorage of its own, and the storage
changes ("keys", "read", "store") done as web/shell.js does them, each answered with its event
(tests/test_storage_contract.py runs the same storage scenarios through both and compares).

Events are handled one at a time, in the order sent, as the worker handles them; each carries the
page's language, and the core's state starts in it, as web/worker.py starts it.
"""

import itertools

from pyapp.patch import FULL, UNAVAILABLE, fits
from pyapp.texts import language

NOW = "2026-11-27T08:00:00"


class Shell:
    """One page: its core's state, this browser's storage, every event and the changes it made."""

    def __init__(self, core, storage=None, now=NOW, page="", width=380, lang="en"):
        self.core, self.now, self.page, self.width, self.lang = core, now, page, width, lang
        self.state = core.new_state(language(lang))
        self.storage = dict(storage or {})  # key: text, in the order written
        self.faults = {}  # shell op ("keys", "read", "store"): UNAVAILABLE or FULL, for every call
        self.quota = None  # the most characters storage keeps, keys and texts together
        self.pending = []  # events the shell has sent that the core has not handled yet
        self.steps = []  # [event, changes] of every event handled
        self.nonces = ("{:08x}".format(n) for n in itertools.count(0xa0))

    def event(self, kind, **more):
        return dict({"page": self.page, "lang": self.lang, "type": kind, "form": {}, "now": self.now,
                     "nonce": next(self.nonces), "hash": "", "hash_length": 0}, **more)

    def send(self, kind, **more):
        """The runner did something: handle it (not what it asks of storage: see `settle`); its changes."""
        return self.handle(self.event(kind, **more))

    def handle(self, event):
        _state, changes = self.core.handle(self.state, event)
        self.steps.append([event, changes])
        for change in changes:
            assert not fits(change), fits(change)  # every change a core makes is one of pyapp.patch.KINDS
            if change[0] in self.ANSWERS:
                self.pending.append(self.ANSWERS[change[0]](self, change))
        return changes

    def step(self):
        """Handle the next event the shell sent; its changes, or None when none is left."""
        return self.handle(self.pending.pop(0)) if self.pending else None

    def settle(self, most=100000):
        """Handle every event the shell sends until none is left; the changes of each, in order."""
        done = []
        while self.pending:
            done.append(self.step())
            assert len(done) < most, "the page never settles"
        return done

    def do(self, kind, **more):
        """The runner did something and the page settled: the changes of each event, the runner's first."""
        return [self.send(kind, **more)] + self.settle()

    def block(self):
        """Storage the browser will not let the site use (off, or refused): every storage change fails."""
        self.faults = {op: UNAVAILABLE for op in ("keys", "read", "store")}

    # What web/shell.js does ---------------------------------------------------------------

    def measured(self, change):
        return self.event(change[2], width=self.width)

    def listed(self, change):
        return self.event(change[2], stored=self.list_keys(change[1]), data=_data(change))

    def read(self, change):
        return self.event(change[2], stored=self.read_keys(change[1]), data=_data(change))

    def stored(self, change):
        done = self.store(change[1])
        return self.event(change[2], ok=done["ok"], fault=done.get("fault", ""), data=_data(change))

    # the kinds of change the shell answers with an event (pyapp.patch.ANSWERED)
    ANSWERS = {"measure": measured, "keys": listed, "read": read, "store": stored}

    def list_keys(self, prefix):
        if "keys" in self.faults:
            return {"ok": False, "fault": self.faults["keys"]}
        return {"ok": True, "keys": [key for key in self.storage if key.startswith(prefix)]}

    def read_keys(self, keys):
        if "read" in self.faults:
            return {"ok": False, "fault": self.faults["read"]}
        return {"ok": True, "items": [[key, self.storage.get(key)] for key in keys]}

    def store(self, writes):
        """All or none, as the shell does; FULL when the writes do not fit the quota."""
        if "store" in self.faults:
            return {"ok": False, "fault": self.faults["store"]}
        after = dict(self.storage)
        for key, text in writes:
            if text is None:
                after.pop(key, None)
            else:
                after[key] = text
        if self.quota is not None and sum(len(k) + len(t) for k, t in after.items()) > self.quota:
            return {"ok": False, "fault": FULL}
        self.storage = after
        return {"ok": True}

    # Reading the changes ---------------------------------------------------------------------

    def storage_ops(self, kind=None):
        """Every storage change the core asked for, in order (of one kind, if given)."""
        return [change for _event, changes in self.steps for change in changes
                if change[0] in ("keys", "read", "store") and (kind is None or change[0] == kind)]


def _data(change):
    return change[3] if len(change) > 3 else None


def changes_of(changes, kind, selector=None):
    return [c for c in changes if c[0] == kind and (selector is None or c[1] == selector)]


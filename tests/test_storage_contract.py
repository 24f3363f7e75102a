"""Storage means the same in the real page shell and in the tests' fake one: the same scenarios
(write, list, read a key that is missing, remove, a write the browser has no room for, storage the
browser refuses) run through web/shell.js's own storage functions in Chromium and through
tests/fake_shell.py, and each answer must be the same. The page cores' tests trust the fake; this is
what lets them (H-STORE-1: "Saved" said only of a write that was kept). The faults' names are
pyapp.patch's, read by the shell from its page's <script> tag (pyapp.pages.shell_data)."""

import re
from pathlib import Path

import pytest

from pyapp import check_page, pages
from pyapp.patch import FULL, STORAGE_DATA, UNAVAILABLE
from tests.fake_shell import Shell

ROOT = Path(__file__).resolve().parent.parent
SHELL = ROOT / "web" / "shell.js"
# web/shell.js's storage functions, run as they are written there
STORAGE_FUNCTIONS = ("safely", "faultOf", "listKeys", "pieces", "readKeys", "put", "store")
ORIGIN = "http://storage.test/"
CHROMIUM_KEEPS = 5 * 1024 * 1024  # characters a site, keys and texts together (10 MiB of UTF-16)
TOO_MUCH = ("x", CHROMIUM_KEEPS + 1)  # a text of that many "x": more than the browser keeps
PREFIX = "upper-back-log"
A, B, C = PREFIX + "/a", PREFIX + "/b", PREFIX + "/c"

# name: (storage refused?, [[op, argument], ...]); each op's answer is compared
SCENARIOS = {
    "write, list and read": (False, [
        ["store", [[A, "1"], [B, "\u00f1 \u201cdos\u201d"]]], ["keys", PREFIX], ["read", [A, B, C]]]),
    "a key no one wrote reads as nothing": (False, [["read", [C]], ["keys", PREFIX]]),
    "remove": (False, [["store", [[A, "1"], [B, "2"]]], ["store", [[A, None]]], ["keys", PREFIX],
                       ["read", [A, B]], ["store", [[C, None]]]]),
    "no room: nothing of the write is kept": (False, [
        ["store", [[A, "old"]]], ["store", [[A, "new"], [B, "2"], [C, TOO_MUCH]]], ["keys", PREFIX],
        ["read", [A, B, C]]]),
    "a long text reads back whole": (False, [["store", [[A, ("y", 10000)]]], ["read", [A]]]),
    "storage refused": (True, [["keys", PREFIX], ["read", [A]], ["store", [[A, "1"]]], ["store", [[A, None]]]]),
}


def shell_functions(source):
    """The source of each of shell.js's storage functions, as written there."""
    found = []
    for name in STORAGE_FUNCTIONS:
        match = re.search(r"^  function " + name + r"\(.*?^  }$", source, re.S | re.M)
        assert match, "web/shell.js has no function " + name
        found.append(match.group(0))
    return "\n".join(found)


def dataset(lang="en"):
    """The check page's <script> data as shell.js reads it (data-fault-full: script.faultFull)."""
    pairs = pages.shell_data(lang)["check"]
    return dict((re.sub(r"-(\w)", lambda m: m.group(1).upper(), name), value) for name, value in pairs)


RUN_IN_PAGE = """([functions, script, refused, ops]) => {
  const text = (t) => Array.isArray(t) ? t[0].repeat(t[1]) : t;
  const refuse = () => { throw new DOMException("The operation is insecure.", "SecurityError"); };
  const storage = refused ? new Proxy({}, {get: refuse, ownKeys: refuse, has: refuse}) : window.localStorage;
  const shell = new Function("localStorage", "script",
    functions + "; return {keys: listKeys, read: readKeys, store: store};")(storage, script);
  const joined = (read) => read.ok ? {ok: true, items: read.items.map(
    ([key, stored]) => [key, Array.isArray(stored) ? stored.join("") : stored])} : read;
  localStorage.clear();
  return ops.map(([op, arg]) => {
    if (op === "keys") { const listed = shell.keys(arg); if (listed.ok) listed.keys.sort(); return listed; }
    if (op === "read") return joined(shell.read(arg));
    return shell.store(arg.map(([key, t]) => [key, text(t)]));
  });
}"""


def in_chromium(page, refused, ops):
    page.route(ORIGIN, lambda route: route.fulfill(body="<!doctype html><title>storage</title>",
                                                   content_type="text/html"))
    page.goto(ORIGIN)
    return page.evaluate(RUN_IN_PAGE, [shell_functions(SHELL.read_text()), dataset(), refused, ops])


def in_fake(refused, ops):
    shell = Shell(check_page)
    shell.quota = CHROMIUM_KEEPS
    if refused:
        shell.block()
    answers = []
    for op, arg in ops:
        if op == "keys":
            listed = shell.list_keys(arg)
            answers.append(dict(listed, keys=sorted(listed["keys"])) if listed["ok"] else listed)
        elif op == "read":
            answers.append(shell.read_keys(arg))
        else:
            answers.append(shell.store([[key, _text(t)] for key, t in arg]))
    return answers


def _text(t):
    return t[0] * t[1] if type(t) is tuple else t


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_the_real_shell_and_the_fake_store_alike(page, name):
    refused, ops = SCENARIOS[name]
    real = in_chromium(page, refused, ops)
    assert real == in_fake(refused, ops)
    faults = [answer.get("fault") for answer in real if not answer["ok"]]
    if refused:
        assert faults == [UNAVAILABLE] * len(ops)
    elif "no room" in name:
        assert faults == [FULL], "the browser's own quota error, named as pyapp.patch names it"


def test_the_shell_names_the_faults_as_pyapp_does():
    assert set(STORAGE_DATA) <= set(pages.shell_data("es")["log"]) and set(STORAGE_DATA) <= set(
        pages.shell_data("en")["check"])
    functions = shell_functions(SHELL.read_text())
    assert '"full"' not in functions and '"unavailable"' not in functions, "typed in the shell again"

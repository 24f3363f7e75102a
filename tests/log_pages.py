"""Helpers of the log's browser tests: a log stored as the check stores it, and the pages that show it."""

import json

from playwright.sync_api import expect

from pyapp import log_store
from pyapp.policy import decide
from tests.checker import settle, wait_for_engine, whole_link

STORE_KEY = log_store.STORAGE_KEY
SAVED = "Saved to your log."


def log_of(*checks):
    """[[key, text], ...] as the check stores these (answers, local time) checks."""
    items = []
    for number, (answers, when) in enumerate(checks):
        level, _reasons = decide(answers)
        items += log_store.save_writes(log_store.new_entry(answers, level, when, "{:08x}".format(number)))
    return items


def legacy_log(*checks):
    """The text an earlier version of the site (schema 1) kept for these checks, under one key."""
    entries = [{"when": when, "level": decide(answers)[0], "answers": answers} for answers, when in checks]
    return json.dumps({"version": 1, "entries": entries})


def preset(page, base_url, stored_items):
    """Put [[key, text], ...] (or one text under the old key) in the site's storage, as an earlier visit left it."""
    page.goto(base_url + "about/")
    if isinstance(stored_items, str):
        stored_items = [[STORE_KEY, stored_items]]
    page.evaluate("items => items.forEach(([key, text]) => localStorage.setItem(key, text))", stored_items)


def stored(page):
    """The stored entries, oldest first, as JSON where they are JSON (the old key's text, if any, apart)."""
    texts = page.evaluate("""prefix => Object.keys(localStorage).filter(key => key.startsWith(prefix))
        .sort().map(key => localStorage.getItem(key))""", STORE_KEY + "/")
    return [json.loads(text) if text.endswith("}") else text for text in texts]


def legacy(page):
    return page.evaluate("key => localStorage.getItem(key)", STORE_KEY)


def open_check(page, base_url, answers=None):
    page.goto("about:blank")  # a fresh load, not a change of the fragment
    page.goto(base_url + "check/" + ("#" + whole_link(answers) if answers else ""))
    assert wait_for_engine(page) == "ready", page.get_by_test_id("error").inner_text()
    page.wait_for_function("document.documentElement.dataset.log === 'read'")  # the hint comes just after


def save_check(page, base_url, answers, when):
    """Do the check with these answers at this local time, and press "Save to my log"."""
    page.clock.set_fixed_time(when)
    open_check(page, base_url, answers)
    page.get_by_test_id("save-to-log").click()
    expect(page.locator("#log-save-status")).to_contain_text(SAVED)


def open_log(page, base_url):
    page.goto("about:blank")
    page.goto(base_url + "log/")
    assert wait_for_engine(page) == "ready"
    settle(page)  # the first results show at once; the rest, the summary and the chart just after
    return page.get_by_test_id("log-entry")


def shown_entries(page):
    return [(entry.get_attribute("data-date"), entry.get_attribute("data-level"))
            for entry in page.get_by_test_id("log-entry").all()]

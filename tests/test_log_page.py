"""My log (issue 11, ARCHITECTURE.md rule 8) in Chromium: saving from the check, the /log/ page,
the chart, the CSV, deleting, offline, damaged or missing storage, a site update, and
access by keyboard and screen reader. The page clock (page.clock) sets the days."""

import csv
import io
import json
import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from buildsite import site
from buildsite.serve import serve_in_thread
from pyapp import log, log_store, validate
from pyapp.log_listing import PAGE
from pyapp.outcomes import STOP_SIGNS, said
from pyapp.policy import decide
from pyapp.questions import KEYS
from pyapp.texts import text
from tests.a11y import AXE_OPTIONS, FOCUSED, MIN_TARGET_PX, TARGETS
from tests.checker import answer, outcome_level, settle, wait_for_engine
from tests.conftest import PHONE, ROOT
from tests.log_pages import (SAVED, STORE_KEY, legacy, legacy_log, log_of, open_check, open_log, preset, save_check,
                             shown_entries, stored)
from tests.offline_app import first_visit, go_offline
from tests.patched_copy import patched_copy

pytestmark = pytest.mark.browser

CANNOT_SAVE = "does not let this site save your result"
UNAVAILABLE = "does not let this site keep a log"
STOP_NOW = said("en", ("stop.if_any",) + STOP_SIGNS)  # the stop card's sentence
FULL, NEWER = text("en", "store.full"), text("en", "store.newer")


THREE_DAYS = (  # every question answered, as a whole share link gives them
    (validate({"pain": 3}), "2026-11-08T07:30:00"),
    (validate({"pain": 5, "quality": "sharp"}), "2026-11-09T18:05:00"),
    (validate({"pain": 2}), "2026-11-10T07:45:00"),
)


# Saving from the check, and the log page --------------------------------------------

def test_three_checks_on_three_days_show_three_entries_the_chart_and_when_the_log_began(page, base_url):
    for answers, when in THREE_DAYS:
        save_check(page, base_url, answers, when)
    entries = open_log(page, base_url)
    assert entries.count() == 3
    assert shown_entries(page) == [("2026-11-10", "modify"), ("2026-11-09", "stop"), ("2026-11-08", "modify")]
    assert page.locator("#first-logged").inner_text() == "You started this log 2 days ago."
    newest = entries.first.inner_text()
    assert "Pain: 2 out of 10" in newest and "You may be able to run, with changes" in newest
    assert "Sharp, stabbing" in entries.nth(1).inner_text(), "each entry gives its reasons"
    # exactly what ARCHITECTURE.md rule 8 says is stored: the date and time, the answers, the level
    assert stored(page) == [{"version": log_store.SCHEMA_VERSION, "when": when, "level": decide(answers)[0],
                             "answers": answers} for answers, when in THREE_DAYS]
    # the chart: one dot per entry, oldest on the left, the pain of 5 above the stop line
    chart = page.locator("#log-chart svg")
    dots = chart.locator("circle").all()
    assert len(dots) == 3
    xs = [float(dot.get_attribute("cx")) for dot in dots]
    ys = [float(dot.get_attribute("cy")) for dot in dots]
    stop_y = float(chart.locator("line.stop-line").get_attribute("y1"))
    assert xs == sorted(xs) and ys[1] < stop_y < ys[0] < ys[2]
    assert [dot.get_attribute("data-level") for dot in dots] == ["modify", "stop", "modify"]
    # drawn at the page's width, and drawn again when that changes
    box_width = page.locator("#chart-box").evaluate("box => box.clientWidth")
    assert chart.get_attribute("width") == str(box_width) and box_width > 300
    page.set_viewport_size({"width": 700, "height": 823})
    expect(chart.first).not_to_have_attribute("width", str(box_width))
    assert page.locator("#log-chart svg").get_attribute("width") == str(
        page.locator("#chart-box").evaluate("box => box.clientWidth"))
    assert page.log.errors == []


def test_the_chart_is_hidden_from_screen_readers_and_the_list_is_its_text(page, base_url):
    preset(page, base_url, log_of(*THREE_DAYS, ({"trauma": True}, "2026-11-10T09:00:00")))
    page.clock.set_fixed_time("2026-11-10T12:00:00")
    open_log(page, base_url)
    figure = page.get_by_role("figure")
    assert figure.locator("svg").get_attribute("aria-hidden") == "true"
    caption = figure.locator("figcaption").inner_text()
    assert "The list below has every result" in caption and "dashed line is 4" in caption
    assert "no pain score are in the list only" in caption  # the urgent check ended before the pain question
    assert figure.locator("circle").count() == 3
    results = page.get_by_role("list", name="Saved results")
    assert results.get_by_role("listitem").filter(has_text="Pain:").count() == 4
    assert "Pain: Not answered" in results.get_by_role("listitem").first.inner_text()


def test_the_check_saves_only_when_asked_and_keeps_the_answers_as_given(page, base_url):
    open_check(page, base_url)
    save = page.get_by_test_id("save-to-log")
    assert save.is_hidden(), "no result yet, so nothing to save"
    answer(page, {"trauma": True})
    assert outcome_level(page) == "urgent" and save.is_visible()
    assert stored(page) == [] and legacy(page) is None, "nothing is stored until the runner asks"
    save.click()
    settle(page)
    status = page.locator("#log-save-status")
    expect(status).to_contain_text(SAVED)
    assert status.get_by_role("link", name="your log").get_attribute("href") == "../log/"
    (entry,) = stored(page)
    assert entry["answers"] == {"trauma": True} and entry["level"] == "urgent"
    save.click()
    expect(status).to_contain_text("already in your log")
    assert len(stored(page)) == 1
    answer(page, {"chest_or_breathing": False})
    expect(status).to_have_text("")


def test_a_first_entry_15_days_back_shows_the_two_week_note_and_the_duration_hint(page, base_url):
    save_check(page, base_url, {"pain": 2}, "2026-11-01T08:00:00")
    page.clock.set_fixed_time("2026-11-16T08:00:00")
    open_log(page, base_url)
    note = page.get_by_role("note", name="Pain that lasts")
    assert "You first saved a result with pain 15 days ago" in note.inner_text()
    assert note.get_by_role("link").get_attribute("href") == "../warning-signs/#pain-that-lasts"
    open_check(page, base_url)
    hint = page.locator("#log-hint")
    assert hint.inner_text().startswith("You first saved a result with pain 15 days ago")
    assert "More than two weeks" in hint.inner_text()
    assert page.locator("[name=duration]:checked").count() == 0, "the runner still chooses"
    hint.get_by_role("button", name="Use this answer").click()
    settle(page)
    assert page.locator("[name=duration]:checked").get_attribute("value") == "over_2_weeks"
    assert page.evaluate("document.activeElement.name") == "duration"


def test_no_note_before_two_weeks_and_no_hint_without_a_log(page, base_url):
    open_check(page, base_url)
    assert page.locator("#log-hint").count() == 0
    save_check(page, base_url, {"pain": 2}, "2026-11-01T08:00:00")
    page.clock.set_fixed_time("2026-11-10T08:00:00")
    open_log(page, base_url)
    assert page.get_by_role("note", name="Pain that lasts").is_hidden()
    open_check(page, base_url)
    hint = page.locator("#log-hint")
    assert "9 days ago, so you have had it at least that long" in hint.inner_text()
    assert "count from when it began" in hint.inner_text()
    assert "One to two weeks" not in hint.inner_text(), "the log's count is a minimum: no shorter answer"
    assert hint.get_by_role("button").count() == 0


def test_the_export_is_a_csv_with_a_header_and_one_row_per_entry(page, base_url):
    items = log_of(*THREE_DAYS, ({"trauma": True}, "2026-11-10T09:00:00"))
    preset(page, base_url, items)
    open_log(page, base_url)
    with page.expect_download() as download:
        page.get_by_test_id("log-export").click()
        settle(page)
    assert download.value.suggested_filename == "upper-back-log.csv"
    with open(download.value.path(), newline="") as file:
        content = file.read()
    assert content == log.csv_text(log_store.read_items(items)[0])
    rows = list(csv.reader(io.StringIO(content)))
    assert rows[0] == ["date", "level"] + list(KEYS)
    assert len(rows) == 1 + 4
    assert rows[1][:3] == ["2026-11-08 07:30", "modify", "3"]
    assert rows[2][rows[0].index("worsening")] == "no"
    assert rows[4][1] == "urgent" and rows[4][rows[0].index("trauma")] == "yes" and rows[4][2] == ""
    expect(page.locator("#log-status")).to_contain_text("upper-back-log.csv")


def test_delete_one_with_undo_and_delete_all_after_a_confirmation(page, base_url):
    preset(page, base_url, log_of(*THREE_DAYS))
    entries = open_log(page, base_url)
    middle = entries.nth(1)
    middle.get_by_role("button", name=re.compile("^Delete the result from")).click()
    settle(page)
    assert shown_entries(page) == [("2026-11-10", "modify"), ("2026-11-08", "modify")]
    assert [e["when"][:10] for e in stored(page)] == ["2026-11-08", "2026-11-10"]
    status = page.locator("#log-status")
    assert "is deleted" in status.inner_text()
    status.get_by_role("button", name="Undo").click()
    settle(page)
    assert entries.count() == 3 and len(stored(page)) == 3
    entries.first.get_by_role("button", name=re.compile("^Delete")).click()
    settle(page)
    assert entries.count() == 2

    clear = page.get_by_test_id("log-clear")
    clear.click()
    settle(page)
    confirm = page.get_by_role("group", name=re.compile("Delete every saved result"))
    assert confirm.is_visible() and clear.get_attribute("aria-expanded") == "true"
    assert page.evaluate("document.activeElement.id") == "confirm-text"
    confirm.get_by_role("button", name="No, keep them").click()
    settle(page)
    assert confirm.is_hidden() and entries.count() == 2
    assert page.evaluate("document.activeElement.dataset.testid") == "log-clear"
    clear.click()
    settle(page)
    confirm.get_by_role("button", name="Yes, delete all").click()
    settle(page)
    assert entries.count() == 0 and stored(page) == [] and legacy(page) is None
    empty = page.locator("#log-empty")
    assert empty.is_visible() and page.evaluate("document.activeElement.id") == "empty-title"
    assert empty.get_by_role("link", name="Do the check").get_attribute("href") == "../check/"
    assert page.locator("#log-status").inner_text() == "Your log is deleted."


def test_the_print_for_the_physio_lists_every_result_with_its_answers(page, base_url):
    preset(page, base_url, log_of(*THREE_DAYS))
    entries = open_log(page, base_url)
    page.evaluate("window.print = () => { window.printed = true }")
    page.get_by_role("button", name="Print for your physio").click()
    settle(page)
    assert page.evaluate("window.printed") is True
    page.emulate_media(media="print")
    assert page.locator(".site-header").is_hidden() and page.get_by_test_id("log-export").is_hidden()
    assert entries.first.get_by_role("button").is_hidden()
    answers = entries.nth(1).locator("dl")
    assert answers.is_visible()
    assert "Sharp, stabbing" in answers.inner_text() and "5 out of 10" in answers.inner_text()
    assert page.locator("#log-chart svg").is_visible()


def test_the_checks_print_for_the_physio_includes_the_log(page, base_url):
    preset(page, base_url, log_of(*THREE_DAYS))
    page.clock.set_fixed_time("2026-11-10T12:00:00")
    open_check(page, base_url, {"pain": 1})
    page.evaluate("window.print = () => { window.printed = true }")
    page.get_by_role("button", name="Save for your physio").click()
    settle(page)
    assert page.evaluate("window.printed") is True
    page.emulate_media(media="print")
    printed = page.locator("#summary")
    assert "1 out of 10" in printed.locator(".summary-answers").inner_text()  # today's answers, then the log
    rows = printed.get_by_role("table").locator("tbody tr")
    assert [row.inner_text().split("\t") for row in rows.all()] == [
        ["Tue 10 Nov 2026, 07:45", "2 out of 10", "You may be able to run, with changes"],
        ["Mon 9 Nov 2026, 18:05", "5 out of 10", "Stop running today and rest"],
        ["Sun 8 Nov 2026, 07:30", "3 out of 10", "You may be able to run, with changes"]]
    assert "You started this log 2 days ago." in printed.inner_text()


def test_without_a_log_the_checks_print_has_no_log_part(page, base_url):
    open_check(page, base_url, {"pain": 1})
    page.evaluate("window.print = () => {}")
    page.get_by_role("button", name="Save for your physio").click()
    settle(page)
    page.emulate_media(media="print")
    assert page.locator("#summary").is_visible() and page.locator(".summary-log").is_hidden()


# Storage that is damaged, missing, or from another version ------------------------------

GOOD = json.loads(legacy_log(*THREE_DAYS[:2]))
MIXED = json.dumps({"version": 1, "entries": GOOD["entries"] + [{"when": "yesterday", "level": "fine"}]})
BROKEN_ENTRY = [[log_store.entry_key("2026-11-10T07:45:00~0000000a"), '{"version": 2, "when": "2026-11-1']]


@pytest.mark.parametrize("stored_items,message,count", (
    ("{not json", text("en", "store.damaged"), 0),
    ('{"version": 1, "entries": "lost"}', text("en", "store.damaged"), 0),
    ("x" * 100_000, text("en", "store.not_a_log"), 0),
    (MIXED, text("en", "store.skipped.one", count=1), 2),
    (log_of(*THREE_DAYS[:2]) + BROKEN_ENTRY, text("en", "store.skipped.one", count=1), 2),
), ids=("garbage", "cut-short", "not-a-log", "good-and-bad", "a-broken-entry"))
def test_a_damaged_store_shows_a_message_keeps_what_it_can_and_the_check_still_works(
        page, base_url, stored_items, message, count):
    preset(page, base_url, stored_items)
    entries = open_log(page, base_url)
    assert page.get_by_test_id("log-problems").inner_text() == message
    assert entries.count() == count
    assert page.locator("#log-empty").is_visible() == (count == 0)
    open_check(page, base_url, {"pain": 5})
    assert outcome_level(page) == "stop"
    page.get_by_test_id("save-to-log").click()
    expect(page.locator("#log-save-status")).to_contain_text(SAVED + " " + message)
    readable = [item for item in stored(page)
                if isinstance(item, dict) and log_store.read_entry(item, "", item.get("version"))]
    assert len(readable) == count + 1, "every readable entry is kept"
    if isinstance(stored_items, str) and count == 0:
        assert legacy(page) == stored_items, "what could not be read is kept as it was"
    assert page.get_by_test_id("error").is_hidden() and page.log.errors == []


STORAGE_OFF = """Object.defineProperty(window, "localStorage", {configurable: true,
  get() { throw new DOMException("The operation is insecure.", "SecurityError"); }});"""
STORAGE_FULL = """Storage.prototype.setItem = function () {
  throw new DOMException("The quota has been exceeded.", "QuotaExceededError"); };"""


def test_storage_that_is_off_shows_a_message_on_the_log_and_the_check_still_works(page, base_url):
    page.add_init_script(STORAGE_OFF)
    page.goto(base_url + "log/")
    assert wait_for_engine(page) == "ready"
    assert UNAVAILABLE in page.get_by_test_id("log-problems").inner_text()
    assert page.locator("#log").is_hidden() and page.get_by_test_id("error").is_hidden()
    open_check(page, base_url, {"pain": 2})
    assert outcome_level(page) == "modify"
    assert page.locator("#log-hint").count() == 0
    page.get_by_test_id("save-to-log").click()
    expect(page.locator("#log-save-status")).to_contain_text(CANNOT_SAVE)
    answer(page, {"pain": 5})
    assert outcome_level(page) == "stop", "the check goes on working"
    assert page.get_by_test_id("error").is_hidden() and page.log.errors == []


def storage_throws(methods, thrown):
    """An init script after which each of Storage's methods named throws what the expression thrown gives."""
    return """for (const name of {}) {{
      const thrown = () => {{ {} }};
      const where = Object.getOwnPropertyDescriptor(Storage.prototype, name);
      Object.defineProperty(Storage.prototype, name, where.get
        ? {{ configurable: true, get() {{ thrown(); }} }} : {{ configurable: true, value() {{ thrown(); }} }});
    }}""".format(json.dumps(methods), thrown)


SECURITY_ERROR = 'throw new DOMException("The operation is insecure.", "SecurityError");'
READ_AND_WRITE = ["getItem", "setItem", "removeItem"]
BLOCKED = {  # what a browser (or a privacy extension) does to storage: the log must never look empty
    "security-error": storage_throws(READ_AND_WRITE, SECURITY_ERROR),
    "a-string": storage_throws(READ_AND_WRITE, 'throw "blocked";'),
    "undefined": storage_throws(READ_AND_WRITE, "throw undefined;"),
    "an-odd-object": storage_throws(READ_AND_WRITE, 'throw { get name() { throw new Error("odd"); } };'),
    "reads-only": storage_throws(["getItem"], SECURITY_ERROR),
    "storage-itself": STORAGE_OFF,
}


@pytest.mark.parametrize("blocked", BLOCKED.values(), ids=BLOCKED.keys())
def test_a_log_the_browser_will_not_let_the_page_read_is_never_shown_as_empty(page, base_url, blocked):
    """H-STORE-1: a log the browser will not let the page read is shown as empty. Three results are
    stored, and storage throws (a SecurityError, or a value that is not an Error at all): /log/ says
    the browser does not let it keep a log, never "No saved results yet"; the check still works and
    says it cannot save."""
    preset(page, base_url, log_of(*THREE_DAYS))
    page.add_init_script(blocked)
    page.goto(base_url + "log/")
    assert wait_for_engine(page) == "ready"
    settle(page)
    assert UNAVAILABLE in page.get_by_test_id("log-problems").inner_text()
    assert page.locator("#log").is_hidden() and page.get_by_test_id("log-entry").count() == 0
    assert text("en", "log_frame.empty") not in page.locator("main").inner_text()
    open_check(page, base_url, {"pain": 2})
    assert outcome_level(page) == "modify"
    page.get_by_test_id("save-to-log").click()
    expect(page.locator("#log-save-status")).to_contain_text(CANNOT_SAVE)
    assert page.get_by_test_id("error").is_hidden() and page.log.errors == []


def test_a_browser_that_only_hides_the_storage_length_and_key_still_shows_the_log(page, base_url):
    """H-STORE-1: the log is read without Storage's length and key(), so a browser that blocks only
    those shows the whole log."""
    preset(page, base_url, log_of(*THREE_DAYS))
    page.add_init_script(storage_throws(["length", "key"], SECURITY_ERROR))
    entries = open_log(page, base_url)
    assert entries.count() == 3 and page.get_by_test_id("log-problems").is_hidden()


def test_full_storage_says_so_keeps_the_log_and_a_delete_still_makes_room(page, base_url):
    preset(page, base_url, log_of(THREE_DAYS[0]))
    page.add_init_script(STORAGE_FULL)
    open_check(page, base_url, {"pain": 2})
    page.get_by_test_id("save-to-log").click()
    expect(page.locator("#log-save-status")).to_have_text(FULL)
    assert outcome_level(page) == "modify"
    assert len(stored(page)) == 1
    open_log(page, base_url)
    page.get_by_test_id("log-entry").first.get_by_role("button", name=re.compile("^Delete")).click()
    settle(page)
    assert "is deleted" in page.locator("#log-status").inner_text()
    assert page.get_by_test_id("log-entry").count() == 0 and stored(page) == []
    page.locator("#log-status").get_by_role("button", name="Undo").click()
    settle(page)
    assert page.locator("#log-status").inner_text() == FULL
    assert stored(page) == [], "nothing half-written"


def test_a_log_from_before_the_schema_version_is_moved_to_a_key_per_entry(page, base_url):
    version_0 = json.dumps(GOOD["entries"])  # a bare list, as the log's version 0
    preset(page, base_url, version_0)
    open_log(page, base_url)
    assert shown_entries(page) == [("2026-11-09", "stop"), ("2026-11-08", "modify")]
    assert page.get_by_test_id("log-problems").is_hidden()
    assert legacy(page) is None
    assert [dict(item, version=1) for item in stored(page)] == [dict(entry, version=1) for entry in GOOD["entries"]]
    save_check(page, base_url, validate({"pain": 1}), "2026-11-11T08:00:00")
    assert len(stored(page)) == 3


def test_a_log_saved_by_a_newer_site_is_shown_and_left_as_it_is(page, base_url):
    newer = json.dumps({"version": log_store.SCHEMA_VERSION + 1, "entries": GOOD["entries"], "more": True})
    preset(page, base_url, newer)
    entries = open_log(page, base_url)
    assert NEWER in page.get_by_test_id("log-problems").inner_text()
    assert entries.count() == 2 and entries.first.get_by_role("button", name=re.compile("^Delete")).is_hidden()
    open_check(page, base_url, {"pain": 2})
    page.get_by_test_id("save-to-log").click()
    expect(page.locator("#log-save-status")).to_contain_text(SAVED)
    assert legacy(page) == newer, "a save adds its own key and leaves the newer log as it is"
    assert len(stored(page)) == 1


def newer_schema(tmp_path):
    """A copy of pyapp/ and web/ whose log stores the next schema version."""
    version = "SCHEMA_VERSION = {}".format(log_store.SCHEMA_VERSION)

    def next_version(text):
        assert version in text
        return text.replace(version, "SCHEMA_VERSION = {}".format(log_store.SCHEMA_VERSION + 1))
    return patched_copy(tmp_path / "source", ("pyapp", "web"), "pyapp/log_store.py", next_version)


def test_a_site_update_with_a_new_schema_version_keeps_every_entry(page, tmp_path):
    live = tmp_path / "live"
    site.build(live)
    server = serve_in_thread(live)
    try:
        base = "http://127.0.0.1:{}/".format(server.server_port)
        for answers, when in THREE_DAYS[:2]:
            save_check(page, base, answers, when)
        site.build(live, source_dir=newer_schema(tmp_path))  # the next deploy, into the same folder
        entries = open_log(page, base)
        assert entries.count() == 2 and page.get_by_test_id("log-problems").is_hidden()
        save_check(page, base, *THREE_DAYS[2])
        kept = stored(page)
        assert [entry["version"] for entry in kept] == [log_store.SCHEMA_VERSION] * 2 + [log_store.SCHEMA_VERSION + 1]
        assert [entry["when"] for entry in kept] == [when for _answers, when in THREE_DAYS]
    finally:
        server.shutdown()
        server.server_close()


# Offline, privacy, a long log ---------------------------------------------------------

def test_saving_the_log_and_all_of_it_work_offline_after_one_visit(app, site_dir):
    context, serve = app
    server, base = serve(site_dir)
    first_visit(context, base + "about/").close()
    go_offline(context, server)
    page = context.new_page()
    for answers, _when in THREE_DAYS:
        open_check(page, base, answers)
        page.get_by_test_id("save-to-log").click()
        settle(page)
        expect(page.locator("#log-save-status")).to_contain_text(SAVED)
    entries = open_log(page, base)
    assert entries.count() == 3 and page.locator("#log-chart circle").count() == 3
    with page.expect_download() as download:
        page.get_by_test_id("log-export").click()
        settle(page)
    assert download.value.suggested_filename == "upper-back-log.csv"
    entries.first.get_by_role("button", name=re.compile("^Delete")).click()
    settle(page)
    assert entries.count() == 2
    page.get_by_test_id("log-clear").click()
    settle(page)
    page.get_by_role("button", name="Yes, delete all").click()
    settle(page)
    assert entries.count() == 0 and stored(page) == []


def test_no_request_leaves_the_site(page, base_url):
    save_check(page, base_url, {"pain": 3}, "2026-11-08T07:30:00")
    open_log(page, base_url)
    with page.expect_download():
        page.get_by_test_id("log-export").click()
        settle(page)
    origin = base_url.rstrip("/")
    assert page.log.requests and all(
        url.startswith(base_url) or url.startswith("blob:" + origin + "/") for url in page.log.requests), [
        url for url in page.log.requests if not url.startswith(base_url)]


def test_a_log_of_200_entries_is_ready_and_shows_them_all(page, base_url):
    checks = [(validate({"pain": i % 8}), "2026-{:02d}-{:02d}T07:{:02d}:00".format(4 + i // 28, 1 + i % 28, i % 60))
              for i in range(200)]
    preset(page, base_url, log_of(*checks))
    page.clock.set_fixed_time("2026-12-01T08:00:00")
    entries = open_log(page, base_url)
    assert page.locator("#log-chart circle").count() == 200
    for shown in range(2 * PAGE, 200, PAGE):  # the newest at once, more at each "Show older results"
        page.get_by_test_id("log-more").click()
        expect(entries).to_have_count(shown, timeout=30_000)  # a lost tap never comes; a busy machine is slow
    page.get_by_test_id("log-more").click()
    expect(entries).to_have_count(200, timeout=30_000)
    expect(page.get_by_test_id("log-more")).to_be_hidden()
    assert entries.first.get_attribute("data-date") == "2026-11-04"
    assert entries.last.get_attribute("data-date") == "2026-04-01"
    assert page.log.errors == []


# Accessibility ------------------------------------------------------------------------

@pytest.mark.parametrize("scheme", ("light", "dark"))
def test_axe_finds_no_violation_on_the_log_and_on_the_check_with_a_log(browser, base_url, scheme):
    context = browser.new_context(viewport=PHONE, color_scheme=scheme, service_workers="block")
    try:
        page = context.new_page()
        page.clock.set_fixed_time("2026-11-25T08:00:00")
        preset(page, base_url, MIXED)  # a skipped entry, the two-week note, every kind of entry part
        open_log(page, base_url)
        page.get_by_test_id("log-entry").first.locator("summary").click()
        settle(page)
        page.get_by_test_id("log-clear").click()
        settle(page)
        checks = [("log/ with entries", Axe().run(page, options=AXE_OPTIONS))]
        open_check(page, base_url, {"pain": 2})
        page.get_by_test_id("save-to-log").click()
        expect(page.locator("#log-hint")).to_be_visible()
        checks.append(("check/ with a log", Axe().run(page, options=AXE_OPTIONS)))
        page.evaluate("key => localStorage.removeItem(key)", STORE_KEY)
        open_log(page, base_url)
        checks.append(("log/ empty", Axe().run(page, options=AXE_OPTIONS)))
        for where, results in checks:
            assert results.violations_count == 0, where + "\n" + results.generate_report()
    finally:
        context.close()


def test_the_log_works_with_the_keyboard_alone(page, base_url):
    preset(page, base_url, log_of(*THREE_DAYS[:2]))
    open_log(page, base_url)
    page.locator("main").focus()
    stops = []
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("!document.activeElement.closest('main')"):
            break
        focused = page.evaluate(FOCUSED)
        assert focused["shown"] and focused["outline"], focused
        stops.append(focused["text"])
    for name in ("Download (CSV)", "Print for your physio", "Delete all"):
        assert name in stops, (name, stops)
    assert stops.count("Your answers") == 2
    assert len([stop for stop in stops if stop.startswith("Delete")]) == 3, stops

    page.get_by_test_id("log-entry").first.locator("summary").focus()
    page.keyboard.press("Enter")
    expect(page.get_by_test_id("log-entry").first.locator("dl")).to_contain_text("out of 10")  # on "toggle", a task later
    page.keyboard.press("Tab")
    page.keyboard.press("Enter")  # delete the newest
    settle(page)
    assert shown_entries(page) == [("2026-11-08", "modify")]
    assert page.evaluate("document.activeElement.id") == "entries-title"
    page.get_by_test_id("log-clear").focus()
    page.keyboard.press("Enter")
    settle(page)
    assert page.evaluate("document.activeElement.id") == "confirm-text"
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.innerText") == "Yes, delete all"
    page.keyboard.press("Enter")
    settle(page)
    assert page.get_by_test_id("log-entry").count() == 0 and stored(page) == []


def test_every_control_on_the_log_is_at_least_44_px_on_a_phone(page, base_url):
    preset(page, base_url, MIXED)
    open_log(page, base_url)
    page.get_by_test_id("log-clear").click()
    settle(page)
    targets = page.evaluate(TARGETS)
    assert len([t for t in targets if t["what"].startswith("button")]) >= 6
    small = [t for t in targets if t["width"] < MIN_TARGET_PX or t["height"] < MIN_TARGET_PX]
    assert small == [], small
    summary = page.locator("summary").first.bounding_box()
    assert summary["height"] >= MIN_TARGET_PX


# The log page's own failure, and the check's outcome card ---------------------------------

def test_when_the_engine_cannot_start_the_log_page_says_so_in_its_own_words(page, base_url):
    page.route("**/micropython.wasm", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(base_url + "log/")
    assert wait_for_engine(page) == "failed"
    error = page.get_by_test_id("error").inner_text()
    assert error.startswith("Your log could not be shown on this device") and "still in this browser" in error
    assert page.locator("#engine-status").inner_text() == "Your log could not be shown."


def test_the_modify_outcome_shows_the_stop_card_and_leaves_its_sentence_out_of_the_advice(page, base_url):
    open_check(page, base_url, {"pain": 2})
    assert outcome_level(page) == "modify"
    assert page.get_by_role("note", name="Stop card").is_visible()
    advice = page.get_by_test_id("outcome").locator(".advice li").all_inner_texts()
    assert advice and STOP_NOW not in advice

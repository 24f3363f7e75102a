"""Nothing lost, nothing frozen (issue 21): the log under two tabs and at the largest size the
browser keeps, a damaged engine file on a first visit, a worker that stops answering, a fragment
that is not a share link."""

import shutil
import time

import pytest
from playwright.sync_api import expect

from buildsite import site
from buildsite.serve import serve_in_thread
from pyapp import log_store, validate
from tests.checker import answer, control, settle, wait_for_engine
from pyapp.log_listing import PAGE
from tests.log_pages import SAVED, legacy, legacy_log, log_of, open_check, open_log, preset, stored
from tests.patched_copy import patched_copy

pytestmark = pytest.mark.browser

ROUNDS = 20
# What this machine's Chromium must manage with the largest log it keeps, unthrottled. Generous:
# they catch a page that stalls or never finishes, not a slow one (`python3 build.py bench` measures).
LONG_LOG_FIRST_RESULTS_MS = 20_000
LONG_LOG_SAVE_MS = 10_000
WHOLE_LOG_MS = 180_000  # generous: a page that stalls or stops fails, a slow one does not (the bench measures)
OLD_LOG_ENTRIES = 10_512  # an old one-key log of about 60% of what Chromium keeps
OLD_LOG_MOVES = 5_000  # one with room to be written twice
FAILED_WITHIN_MS = 15_000  # well inside the shell's watchdog (60 s)


def click_both(first, second):
    """Press "Save to my log" in two tabs at the same moment, as two thumbs could."""
    for tab in (first, second):
        tab.evaluate("document.querySelector('[data-testid=save-to-log]').click()")


def answer_in_front(tab, answers):
    """Answer in tab brought to the front: behind another tab, Chromium runs its frames and timers about
    once a second, and each answer took seconds (the round's race is the same either way)."""
    tab.bring_to_front()
    answer(tab, answers)


def test_two_tabs_saving_at_once_lose_nothing_and_each_saved_is_true(context, base_url):
    first, second = context.new_page(), context.new_page()
    open_check(first, base_url, {"pain": 1})
    open_check(second, base_url, {"pain": 2, "duration": "1_to_2_weeks"})
    for number in range(ROUNDS):
        if number:  # a new result in each tab, so each save is a new entry
            answer_in_front(first, {"pain": 1 + number % 2})
            answer_in_front(second, {"pain": 2 + number % 2})
        click_both(first, second)  # with the second tab in front and the first behind it, as at the start
        for tab in (first, second):
            settle(tab)
            expect(tab.locator("#log-save-status")).to_contain_text(SAVED)
    kept = stored(first)
    assert len(kept) == 2 * ROUNDS, "every save that said Saved is in the log"
    assert sum(entry["answers"]["duration"] == "1_to_2_weeks" for entry in kept) == ROUNDS


def test_a_delete_in_the_log_while_the_check_saves_loses_neither(context, base_url):
    checks = [(validate({"pain": 2}), "2026-11-{:02d}T07:30:00".format(day)) for day in (8, 9, 10)]
    log_tab, check_tab = context.new_page(), context.new_page()
    preset(log_tab, base_url, log_of(*checks))
    entries = open_log(log_tab, base_url)
    open_check(check_tab, base_url, {"pain": 3})
    log_tab.evaluate("document.querySelectorAll('.entry-delete')[1].click()")  # the result of 9 Nov
    check_tab.evaluate("document.querySelector('[data-testid=save-to-log]').click()")
    settle(check_tab)
    settle(log_tab)
    expect(check_tab.locator("#log-save-status")).to_contain_text(SAVED)
    whens = [entry["when"][:10] for entry in stored(check_tab)]
    assert "2026-11-09" not in whens and len(whens) == 3, "the delete held, and the new result is kept"
    expect(entries).to_have_count(3)  # the log tab heard of the save from the other tab (storage event)


def fill_to_the_limit(page, base_url, wanted=16_000):
    """A log of up to wanted entries, or as many as this browser keeps, with room left for one save."""
    checks = [(validate({"pain": number % 8}), "20{:02d}-{:02d}-{:02d}T07:30:00".format(
        10 + number // 336, 1 + number // 28 % 12, 1 + number % 28)) for number in range(wanted)]
    preset(page, base_url, [])
    return page.evaluate("""items => {
        let count = 0;
        for (const [key, text] of items) {
          try { localStorage.setItem(key, text); count++; } catch (full) { break; }
        }
        const keys = Object.keys(localStorage).sort();
        for (const key of keys.slice(0, 3)) { localStorage.removeItem(key); count--; }  // room for a save
        return count;
      }""", log_of(*checks))


def test_the_largest_log_the_browser_keeps_opens_on_the_log_and_takes_a_save_from_the_check(page, base_url):
    count = fill_to_the_limit(page, base_url)
    assert count > 12_000, "a test of a long log, not a short one"
    page.goto(base_url + "log/")
    entries = page.get_by_test_id("log-entry")
    expect(entries.first).to_be_visible(timeout=LONG_LOG_FIRST_RESULTS_MS)
    assert wait_for_engine(page) == "ready" and page.get_by_test_id("error").is_hidden()
    assert entries.count() < count, "listed as it is read, newest first"
    assert entries.first.get_attribute("data-date") > entries.last.get_attribute("data-date")

    check = page.context.new_page()
    open_check(check, base_url, {"pain": 3})
    check.get_by_test_id("save-to-log").click()
    expect(check.locator("#log-save-status")).to_contain_text(SAVED, timeout=LONG_LOG_SAVE_MS)
    assert check.get_by_test_id("error").is_hidden()
    if count + 1 >= log_store.NEARLY_FULL:
        expect(check.locator("#log-save-status")).to_contain_text("This browser keeps about")
    assert check.evaluate("prefix => Object.keys(localStorage).filter(k => k.startsWith(prefix)).length",
                          log_store.ENTRY_PREFIX) == count + 1, "nothing already stored was dropped"
    assert page.log.errors == []


def seconds_since(start):
    return round(time.monotonic() - start, 1)


def test_the_largest_log_is_whole_on_the_log_page_and_its_export_and_delete_work(page, base_url):
    """H-LOG-4: with the largest log the browser keeps, /log/ shows the newest results, the summary, the
    chart and the nearly-full warning, and "Download" and "Delete" work, so the check's advice for a
    full log (save it as a file, then delete old results) can be followed."""
    count = fill_to_the_limit(page, base_url)
    assert count >= log_store.NEARLY_FULL, "a test of the largest log, not a short one"
    started = time.monotonic()
    page.goto(base_url + "log/")
    entries = page.get_by_test_id("log-entry")
    expect(entries.first).to_be_visible(timeout=WHOLE_LOG_MS)
    first_shown = seconds_since(started)
    expect(page.locator("#first-logged")).not_to_be_empty(timeout=WHOLE_LOG_MS)
    expect(page.locator("#log-chart circle").first).to_be_attached(timeout=WHOLE_LOG_MS)
    expect(page.get_by_test_id("log-problems")).to_contain_text("This browser keeps about", timeout=WHOLE_LOG_MS)
    whole = seconds_since(started)
    expect(entries).to_have_count(PAGE)
    dates = [entry.get_attribute("data-date") for entry in entries.all()]
    newest = page.evaluate("p => Object.keys(localStorage).filter(k => k.startsWith(p)).sort().pop()", log_store.ENTRY_PREFIX)
    assert dates == sorted(dates, reverse=True) and newest.startswith(log_store.ENTRY_PREFIX + dates[0]), "newest first"
    page.get_by_test_id("log-more").click()
    expect(entries).to_have_count(2 * PAGE, timeout=WHOLE_LOG_MS)

    started = time.monotonic()
    with page.expect_download(timeout=WHOLE_LOG_MS) as download:
        page.get_by_test_id("log-export").click()
    exported = seconds_since(started)
    with open(download.value.path(), newline="") as file:
        assert len(file.read().splitlines()) == count + 1, "every result, and the header"
    started = time.monotonic()
    entries.first.locator(".entry-delete").click()
    expect(page.locator("#log-status")).to_contain_text("deleted", timeout=WHOLE_LOG_MS)
    deleted = seconds_since(started)
    assert len(stored(page)) == count - 1 and entries.first.get_attribute("data-date") < dates[0]
    assert page.get_by_test_id("error").is_hidden() and page.log.errors == []
    print("largest log ({} entries): first results {} s, whole {} s, download {} s, delete {} s".format(
        count, first_shown, whole, exported, deleted))


def old_checks(count):
    return [(validate({"pain": number % 8}), "20{:02d}-{:02d}-{:02d}T07:30:00".format(
        10 + number // 336, 1 + number // 28 % 12, 1 + number % 28)) for number in range(count)]


@pytest.mark.parametrize("count", (OLD_LOG_MOVES, OLD_LOG_ENTRIES))
def test_the_largest_old_one_key_log_is_shown_and_moved_when_there_is_room(page, base_url, count):
    """H-LOG-4 and H-LOG-3: an old one-key log is moved in short tasks and shown. One of 10,512 entries
    (about 60% of what Chromium keeps) has no room to be written twice, as a move that keeps the old key
    until all is written needs: it is shown whole from what was read, said so, and kept byte for byte."""
    checks = old_checks(count)
    text = legacy_log(*checks)
    preset(page, base_url, text)
    started = time.monotonic()
    page.goto(base_url + "log/")
    expect(page.get_by_test_id("log-entry").first).to_be_visible(timeout=WHOLE_LOG_MS)
    expect(page.locator("#first-logged")).not_to_be_empty(timeout=WHOLE_LOG_MS)
    settle(page)
    shown = seconds_since(started)
    assert page.get_by_test_id("log-entry").first.get_attribute("data-date") == checks[-1][1][:10]
    if count == OLD_LOG_MOVES:
        assert legacy(page) is None and len(stored(page)) == count, "moved, every entry"
    else:
        assert legacy(page) == text and stored(page) == [], "kept as it was, nothing half moved"
        expect(page.locator("#log-status")).to_contain_text("could not be moved")
    assert page.get_by_test_id("error").is_hidden() and page.log.errors == []
    print("old log ({} entries): shown {} in {} s".format(count, "and moved" if count == OLD_LOG_MOVES else
                                                           "(no room to move)", shown))


def test_megabytes_of_other_text_under_the_old_key_leave_the_check_working(page, base_url):
    """H-LOG-4: 5 MB that are no log under the old key: the check still gives its result and saves,
    and the text stays as it was."""
    other = "notes: " + "x" * 5_000_000
    preset(page, base_url, other)
    started = time.monotonic()
    open_check(page, base_url, {"pain": 3})
    read = seconds_since(started)
    page.get_by_test_id("save-to-log").click()
    expect(page.locator("#log-save-status")).to_contain_text(SAVED, timeout=WHOLE_LOG_MS)
    assert page.get_by_test_id("outcome").get_attribute("data-level") and page.get_by_test_id("error").is_hidden()
    assert legacy(page) == other and len(stored(page)) == 1
    print("check with 5 MB of other text under the old key: ready with the log read in {} s".format(read))


def damaged_copy(site_dir, tmp_path, name):
    """A copy of the built site with one engine file cut short, as a broken download leaves it."""
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy)
    (target,) = copy.glob("engine/*/" + name)
    target.write_bytes(target.read_bytes()[: target.stat().st_size // 2])
    return copy


@pytest.mark.parametrize("name", ("py/pyapp/engine.mpy", "micropython/micropython.wasm", "py/worker.py"))
def test_a_damaged_engine_file_on_a_first_visit_says_could_not_start_and_the_tab_answers(
        page, site_dir, tmp_path, name):
    server = serve_in_thread(damaged_copy(site_dir, tmp_path, name))
    try:
        page.goto("http://127.0.0.1:{}/check/".format(server.server_port))
        page.wait_for_function("document.documentElement.dataset.engine === 'failed'", timeout=FAILED_WITHIN_MS)
        error = page.get_by_test_id("error")
        expect(error).to_contain_text("could not start")
        assert error.get_by_role("link").get_attribute("href") == "../warning-signs/"
        control(page, "pain", 2).check()  # the tab still answers the runner
        assert page.evaluate("document.querySelector('[name=pain]:checked').value") == "2"
        assert not page.get_by_test_id("outcome").get_attribute("data-level"), "no result from a check that could not start"
    finally:
        server.shutdown()
        server.server_close()


def test_a_tampered_page_shell_does_not_run_and_the_watchdog_says_so(page, site_dir, tmp_path):
    copy = tmp_path / "site"
    shutil.copytree(site_dir, copy)
    (shell,) = copy.glob("engine/*/shell.js")
    shell.write_text("window.tampered = true;\n" + shell.read_text())
    server = serve_in_thread(copy)
    cdp = page.context.new_cdp_session(page)
    cdp.send("Animation.enable")
    cdp.send("Animation.setPlaybackRate", {"playbackRate": 100})  # the CSS watchdog's 20 s in 0.2 s
    try:
        page.goto("http://127.0.0.1:{}/check/".format(server.server_port))
        page.wait_for_load_state("load")
        assert page.evaluate("window.tampered") is None
        stuck = page.locator("#engine-stuck")  # the runner is told, and pointed to the warning signs
        stuck.wait_for(state="visible", timeout=10_000)
        assert stuck.get_by_role("link").get_attribute("href") == "../warning-signs/"
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize("fragment", ("#top", "#bogus", "#&", "#&&&"))
def test_a_fragment_that_is_not_a_share_link_leaves_the_answers_given(page, base_url, fragment):
    open_check(page, base_url)
    answer(page, {"chest_or_breathing": False, "trauma": False})
    page.evaluate("fragment => { location.hash = fragment; }", fragment)
    settle(page)
    assert page.evaluate("document.querySelectorAll('form input:checked').length") == 2
    assert page.get_by_test_id("error").is_hidden()


def test_a_bad_share_link_by_page_change_still_says_why(page, base_url):
    open_check(page, base_url)
    answer(page, {"chest_or_breathing": False})
    page.evaluate("location.hash = '#pain=11'")
    settle(page)
    expect(page.get_by_test_id("error")).to_contain_text("can\u2019t be used")


def spinning_share(text):
    """The check's core with a share that never returns, as a worker stuck in a loop."""
    marker = '    """Put the current answers into the address bar (only now: the runner asked) and share it."""\n'
    assert marker in text
    return text.replace(marker, marker + "    while True:\n        pass\n")


def test_a_worker_that_stops_answering_is_stopped_and_the_page_says_so(page, tmp_path):
    source = patched_copy(tmp_path / "source", ("pyapp", "web"), "pyapp/check_page.py", spinning_share)
    site.build(tmp_path / "site", source_dir=source)
    server = serve_in_thread(tmp_path / "site")
    try:
        open_check(page, "http://127.0.0.1:{}/".format(server.server_port), {"pain": 2})
        page.clock.install()  # the shell's 30 s wait for an answer, run at once
        page.get_by_role("button", name="Share these answers").click()
        page.clock.run_for(31_000)
        error = page.get_by_test_id("error")
        expect(error).to_contain_text("hit a problem")
        assert error.get_by_role("link").get_attribute("href") == "../warning-signs/"
        assert not page.get_by_test_id("outcome").get_attribute("data-level"), "no result stays up"
        control(page, "pain", 5).check()  # the tab still answers the runner
    finally:
        server.shutdown()
        server.server_close()

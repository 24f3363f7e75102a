"""The checker in the browser gives the engine's outcome, by form and by link."""

import re

import pytest

from pyapp import assess, assess_partial
from pyapp.questions import ASKED, GROUPS, QUESTION_BY_KEY, QUESTIONS, answer_values
from pyapp.share import to_fragment
from pyapp.texts import text
from tests.checker import (answer, answer_all, failure_said, form_answers, outcome_level, settle, wait_for_engine,
                           whole_link)
from tests.answer_sets import OLD_LINK

pytestmark = pytest.mark.browser

# Its tests change nothing of the browser context itself: each page is a new tab of one shared
# context (tests/conftest.py, page).
TABS_SHARE_A_CONTEXT = True

ANSWER_SETS = (
    {"pain": 0},
    {"pain": 2},
    {"pain": 3, "quality": "sharp"},
    {"pain": 4},
    {"pain": 1, "spread": "radiates", "persists_after_stopping": True},
    {"pain": 2, "duration": "over_2_weeks"},
    {"pain": 0, "neuro": True, "spread": "arms"},
    {"pain": 6, "chest_or_breathing": True},
    {"pain": 10, "trauma": True, "worsening": True, "changes_form": True, "systemic": True},
)


def test_the_form_is_there_before_python_loads(page, base_url):
    page.route("**/*.wasm", lambda route: None)  # hold the engine back: never answered
    page.goto(base_url + "check/")
    assert page.locator("html").get_attribute("data-engine") == "loading"
    assert page.get_by_role("status").inner_text().startswith("Loading the check")
    answer(page, {"pain": 2, "neuro": True})  # a person can already fill it in
    assert outcome_level(page) == ""


@pytest.mark.parametrize("answers", ANSWER_SETS)
def test_filling_the_form_gives_the_engines_outcome(page, base_url, answers):
    page.goto(base_url + "check/")
    assert wait_for_engine(page) == "ready"
    answer_all(page, answers)
    expected = assess(answers)
    outcome = page.get_by_test_id("outcome")
    assert outcome_level(page) == expected["level"]
    assert outcome.get_by_role("heading", level=2).inner_text() == expected["title"]
    reasons = outcome.locator(".reasons li")
    assert reasons.count() == len(expected["reasons"])
    for item, reason in zip(reasons.all(), expected["reasons"]):
        assert item.inner_text().startswith(reason["text"])
        assert item.get_by_role("link").get_attribute("href") == "../" + reason["guide"]
    assert page.log.errors == []
    assert "#" not in page.url, "answers go into the address bar only when asked"


@pytest.mark.parametrize("answers", ANSWER_SETS)
def test_a_share_link_fills_the_form_and_shows_the_outcome(page, base_url, answers):
    page.goto(base_url + "check/#" + whole_link(answers))
    assert wait_for_engine(page) == "ready"
    assert outcome_level(page) == assess(answers)["level"]
    assert form_answers(page) == assess(answers)["answers"]
    assert page.get_by_test_id("error").is_hidden()


class HeldBack:
    """Holds the engine's WebAssembly back until released (the page's preload and the worker's own request)."""

    def __init__(self, page):
        self.routes, self.released = [], False
        page.route("**/micropython.wasm", self.hold)

    def hold(self, route):
        if self.released:
            route.continue_()
        else:
            self.routes.append(route)

    def release(self):
        self.released = True
        for route in self.routes:
            route.continue_()


def test_answers_given_while_loading_are_assessed_when_the_engine_is_ready(page, base_url):
    held = HeldBack(page)
    page.goto(base_url + "check/")
    answer_all(page, {"pain": 5})
    page.wait_for_function("1", timeout=1000)
    held.release()
    assert wait_for_engine(page) == "ready"
    page.wait_for_function("document.querySelector('[data-testid=outcome]').dataset.level !== ''")
    assert outcome_level(page) == "stop"


def test_changing_an_answer_updates_the_outcome_live(page, base_url):
    page.goto(base_url + "check/#" + whole_link({"pain": 2}))
    wait_for_engine(page)
    assert outcome_level(page) == "modify"
    answer(page, {"chest_or_breathing": True})
    assert outcome_level(page) == "urgent"
    verdict = page.locator("#verdict")
    assert verdict.get_attribute("aria-live") == "assertive"
    assert verdict.is_visible() and verdict.inner_text().startswith("Call your local emergency number now.")
    assert "#" not in page.url, "an edited answer set no longer matches the link"


HOSTILE = (
    ("pain=3&<img src=x onerror=window.pwned=1>=1", 'unknown key "%3Cimg%20src"'),  # as the address bar has it
    ("pain=3&quality=<script>window.pwned=1</script>", "quality: must be one of"),
    ("pain=3&legs=1", 'unknown key "legs"'),
    ("pain=11", "pain: must be a whole number from 0 to 10, got 11"),
    ("pain=-1", "pain: must be a whole number from 0 to 10"),
    ("pain=3&neuro=yes", "neuro: must be 1 (yes) or 0 (no)"),
    ("pain=3&trauma=1&trauma=0", "trauma: given twice"),
    ("pain=" + "9" * 50_000, "the link is 50005 characters long"),
    ("javascript:window.pwned=1", 'unknown key "javascript:window.pwned"'),
    ("pain=3&&&", '"" is not of the form key=value'),  # "&&&" alone is no share link: the form is left alone
)


@pytest.mark.parametrize("fragment,message", HOSTILE)
def test_a_hostile_link_shows_an_error_fills_nothing_and_runs_nothing(page, base_url, fragment, message):
    page.goto(base_url + "check/#" + fragment)
    assert wait_for_engine(page) == "ready"
    error = page.get_by_test_id("error")
    assert error.is_visible()
    assert message in error.inner_text()
    assert outcome_level(page) == ""
    assert page.locator("[name=pain]:checked").count() == 0
    assert page.evaluate("window.pwned") is None
    assert page.locator("main img, main script:not([src])").count() == 0
    assert len(error.inner_text()) < 400


def test_engine_failure_says_so_and_points_to_the_warning_signs(page, base_url):
    page.route("**/micropython.wasm", lambda route: route.fulfill(status=404, body="gone"))
    page.goto(base_url + "check/")
    assert wait_for_engine(page) == "failed"
    error = page.get_by_test_id("error")
    assert re.search("could not start", error.inner_text())
    assert error.get_by_role("link").get_attribute("href") == "../warning-signs/"


def test_the_pain_scale_reads_as_numbers_with_their_meaning(page, base_url):
    page.goto(base_url + "check/")
    group = page.get_by_role("group", name=text("en", QUESTION_BY_KEY["pain"]["text"]))
    snapshot = group.aria_snapshot()
    for name in ('radio "0, no pain"', 'radio "2, mild"', 'radio "5"', 'radio "10, worst imaginable"'):
        assert name in snapshot


def test_share_puts_the_answers_in_the_address_bar_and_copies_the_link(browser, base_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"], service_workers="block")
    try:
        page = context.new_page()
        page.goto(base_url + "check/")
        wait_for_engine(page)
        answers = {"pain": 3, "quality": "sharp", "worsening": True}
        answer_all(page, answers)
        assert "#" not in page.url
        page.get_by_role("button", name="Share these answers").click()
        settle(page)
        link = base_url + "check/#" + whole_link(answers)
        assert link.count("=") == len(QUESTIONS), "a link made by the site carries every answer"
        page.wait_for_function("document.getElementById('share-status').textContent !== ''")
        assert page.url == link
        assert page.evaluate("navigator.clipboard.readText()") == link
        said = page.get_by_role("status").filter(has_text="Link").inner_text()
        assert said == "Link copied. It holds your answers, nothing else: " + link, "one sentence, the address in it"
    finally:
        context.close()


def test_save_for_your_physio_prints_the_answers_outcome_and_date(page, base_url):
    page.goto(base_url + "check/#" + whole_link({"pain": 3, "quality": "sharp", "worsening": True}))
    wait_for_engine(page)
    page.evaluate("window.print = () => { window.printed = true }")
    page.get_by_role("button", name="Save for your physio").click()
    settle(page)
    assert page.evaluate("window.printed") is True
    page.emulate_media(media="print")
    assert page.locator("#check").is_hidden()
    summary = page.locator("#summary")
    assert summary.is_visible()
    text = summary.inner_text()
    assert "Checked on" in text and "3 out of 10" in text and "feels like a \u201ccatch\u201d" in text
    assert page.get_by_test_id("outcome").get_by_role("heading", level=2).is_visible()
    assert page.log.errors == []


def test_without_webassembly_the_page_says_the_check_cannot_start(page, base_url):
    page.add_init_script("delete window.WebAssembly")
    page.goto(base_url + "check/")
    assert wait_for_engine(page) == "failed"
    assert page.get_by_test_id("error").inner_text() == failure_said("en", "browser")
    assert page.get_by_role("status").first.inner_text() == text("en", "check.failed_status")


def test_a_blocked_engine_script_says_the_check_cannot_start(page, base_url):
    page.route("**/pyscript/core.js", lambda route: route.abort())
    page.goto(base_url + "check/")
    assert wait_for_engine(page) == "failed"
    # its check and its import race: either says the file could not be loaded
    assert page.get_by_test_id("error").inner_text() in (failure_said("en", "not_loaded"), failure_said("en", "damaged"))


def test_without_javascript_the_page_says_so_and_shows_no_endless_loading(browser, base_url):
    context = browser.new_context(java_script_enabled=False)
    try:
        page = context.new_page()
        page.goto(base_url + "check/")
        note = page.locator("p.error").filter(has_text=text("en", "form.noscript", warning_signs="")[:30])
        assert note.is_visible(), "the page says the check needs JavaScript, and where to read instead"
        assert page.locator("#engine-status").is_hidden()
        # a form that cannot give a result is not offered (and a frame whose scripts cannot run
        # looks the same to CSS: H-FRAME-1), while the page's own words still show
        assert page.locator("#check").is_hidden() and page.locator("h1").is_visible()
    finally:
        context.close()


def fuzzed_fragments(count, seed=2026):
    """Random and hostile fragments, the same every run."""
    import random

    rng = random.Random(seed)
    parts = ["pain=3", "pain=11", "pain=", "quality=sharp", "neuro=1", "neuro=yes", "&", "=", "#",
             "<script>window.pwned=1</script>", "<img src=x onerror=window.pwned=1>", "%3Csvg%3E",
             "javascript:window.pwned=1", "\u202e", "'\"><b>", "pain=1e3", "spread=arms", "x" * 60]
    for _ in range(count):
        yield "".join(rng.choice(parts) for _ in range(rng.randint(1, 6)))


def test_a_sample_of_fuzzed_links_only_ever_gives_an_outcome_or_an_error(page, base_url):
    from pyapp.share import parse_fragment

    page.goto(base_url + "check/")
    wait_for_engine(page)
    for fragment in fuzzed_fragments(40):
        page.evaluate("f => { location.hash = f }", fragment)
        page.wait_for_timeout(50)
        address_fragment = page.evaluate("location.hash")
        try:
            result = assess_partial(parse_fragment(address_fragment))["result"]
        except ValueError:
            assert page.get_by_test_id("error").is_visible(), address_fragment
            assert outcome_level(page) == "", address_fragment
        else:
            assert outcome_level(page) == (result["level"] if result else ""), address_fragment
    assert page.evaluate("window.pwned") is None
    assert page.log.errors == []


def test_the_physio_summary_fits_one_printed_page_even_with_every_sign(page, base_url):
    every_sign = to_fragment({
        "pain": 10, "quality": "sharp", "spread": "arms", "worsening": True,
        "persists_after_stopping": True, "changes_form": True, "duration": "over_2_weeks",
        "neuro": True, "systemic": True, "chest_or_breathing": True, "legs_or_bladder": True, "trauma": True,
        "injury": True, "night": True})
    page.goto(base_url + "check/#" + every_sign)
    wait_for_engine(page)
    page.evaluate("window.print = () => {}")
    page.get_by_role("button", name="Save for your physio").click()
    settle(page)
    pdf = page.pdf(format="A4")
    assert len(re.findall(rb"/Type\s*/Page(?!s)", pdf)) == 1


def test_the_form_does_not_jump_while_the_engine_loads(page, base_url):
    page.add_init_script("""window.__shifts = [];
      new PerformanceObserver(list => window.__shifts.push(...list.getEntries().map(e => e.value)))
        .observe({type: "layout-shift", buffered: true});""")
    page.goto(base_url + "check/")
    assert wait_for_engine(page) == "ready"
    page.wait_for_timeout(300)
    assert page.evaluate("window.__shifts") == []


@pytest.mark.parametrize("link", ["See why", "Skip to content"])
def test_links_within_the_page_keep_the_result(page, base_url, link):
    page.goto(base_url + "check/#" + whole_link({"pain": 2, "neuro": True}))
    wait_for_engine(page)
    if link == "Skip to content":
        page.keyboard.press("Tab")
        page.keyboard.press("Enter")
    else:
        page.get_by_role("link", name=link).click()
        settle(page)
    page.wait_for_timeout(100)
    assert outcome_level(page) == "professional"
    assert page.get_by_test_id("error").is_hidden()


# The check's flow (ARCHITECTURE.md rule 7): nothing assumed, emergency signs first --------

def questions_left(page):
    return page.locator("#progress").inner_text()


def test_nothing_is_selected_on_load_and_the_first_question_is_an_emergency_sign(page, base_url):
    """H-FLOW-3: a pre-selected answer, or an unanswered one taken as "no", hides a missed question."""
    page.goto(base_url + "check/")
    assert wait_for_engine(page) == "ready"
    assert page.locator("#check input:checked").count() == 0
    assert page.locator("#check input").count() == sum(len(answer_values(q)) for q in QUESTIONS)
    first = page.locator("#check .question legend").first.inner_text()
    assert first == text("en", QUESTION_BY_KEY["chest_or_breathing"]["text"])
    assert page.locator("#check .group > legend").first.inner_text() == text("en", GROUPS[0][0]) == "Signs of an emergency"
    assert outcome_level(page) == ""
    assert questions_left(page).startswith("{} questions left".format(len(QUESTIONS)))


def test_answering_only_the_pain_shows_no_outcome(page, base_url):
    page.goto(base_url + "check/")
    wait_for_engine(page)
    for pain in (0, 2):
        answer(page, {"pain": pain})
        assert outcome_level(page) == ""
        assert page.locator("#verdict").is_hidden()
        assert questions_left(page).startswith("{} questions left".format(len(QUESTIONS) - 1))


def test_a_chest_pain_yes_alone_shows_urgent_at_once_on_screen(page, base_url):
    """H-URG-1: an emergency sign decides at once, wherever the runner is."""
    page.goto(base_url + "check/")
    wait_for_engine(page)
    answer(page, {"chest_or_breathing": True})
    assert outcome_level(page) == "urgent"
    verdict = page.locator("#verdict")
    assert verdict.get_attribute("aria-live") == "assertive"
    box = verdict.bounding_box()
    assert box and 0 <= box["y"] and box["y"] + box["height"] <= page.viewport_size["height"], \
        "the urgent result shows where the runner is, without scrolling"
    advice = page.get_by_test_id("outcome").locator(".advice").inner_text()
    assert "emergency number" in advice and "fall or injury" not in advice


def test_the_last_unanswered_question_holds_back_run_and_modify(page, base_url):
    """H-FLOW-2: no "you can run" while a question is open."""
    for pain, level in ((0, "run"), (2, "modify")):
        page.goto(base_url + "check/")
        wait_for_engine(page)
        everything = assess({"pain": pain})["answers"]
        for key in ASKED[:-1]:
            answer(page, {key: everything[key]})
            assert outcome_level(page) == "", "decided before {} was answered".format(ASKED[-1])
        assert questions_left(page).startswith("1 question left")
        answer(page, {ASKED[-1]: everything[ASKED[-1]]})
        assert outcome_level(page) == level


def test_taking_an_answer_back_withdraws_the_outcome(page, base_url):
    page.goto(base_url + "check/")
    wait_for_engine(page)
    answer(page, {"trauma": True, "pain": 3})
    assert outcome_level(page) == "urgent"
    answer(page, {"trauma": False})
    assert outcome_level(page) == ""
    assert page.get_by_test_id("outcome").locator(".reasons li").is_hidden()
    assert "No result for now" in page.locator("#verdict").inner_text()


@pytest.mark.parametrize("fragment,level", (
    ("pain=2", ""),  # the rest is unanswered: no outcome yet
    ("pain=0&neuro=0", ""),
    ("trauma=1", "urgent"),  # decided whatever the rest
    ("neuro=1&pain=1", ""),  # an urgent sign is still open
    ("chest_or_breathing=0&legs_or_bladder=0&trauma=0&neuro=1", "professional"),
    ("chest_or_breathing=0&trauma=0&neuro=1", ""),  # made before the legs-or-bladder question: it waits
    (OLD_LINK, ""),  # every answer a link made before the three new questions holds, none of them a sign
    (whole_link({"pain": 2}), "modify"),
))
def test_a_link_that_leaves_keys_out_shows_an_outcome_only_if_decided(page, base_url, fragment, level):
    """H-LINK-1: a link made before a question existed never gives "run" or "modify" without it."""
    page.goto(base_url + "check/#" + fragment)
    assert wait_for_engine(page) == "ready"
    assert outcome_level(page) == level
    assert page.get_by_test_id("error").is_hidden()
    given = {part.split("=")[0] for part in fragment.split("&")}
    assert set(form_answers(page)) == given, "only the link's answers are filled in"


def test_the_printed_summary_says_not_answered_for_what_was_not_answered(page, base_url):
    page.goto(base_url + "check/")
    wait_for_engine(page)
    answer(page, {"chest_or_breathing": True})
    page.evaluate("window.print = () => {}")
    page.get_by_role("button", name="Save for your physio").click()
    settle(page)
    page.emulate_media(media="print")
    rows = page.locator("#summary dd").all_inner_texts()
    assert len(rows) == len(QUESTIONS)
    assert rows[0] == "Yes" and rows[1:] == ["Not answered"] * (len(QUESTIONS) - 1)


def test_answers_given_while_loading_win_over_the_link(page, base_url):
    held = HeldBack(page)
    page.goto(base_url + "check/#" + whole_link({"pain": 2}))
    answer(page, {"chest_or_breathing": True})
    page.wait_for_function("1", timeout=1000)
    held.release()
    assert wait_for_engine(page) == "ready"
    assert outcome_level(page) == "urgent"
    assert form_answers(page) == {"chest_or_breathing": True}
    assert "kept your answers" in page.get_by_test_id("error").inner_text()


def test_a_link_arriving_after_load_asks_before_replacing_the_runners_answers(page, base_url):
    """H-LINK-2: a link arriving after the page loaded replaces the runner's answers. Another site that
    opened /check/ sets its address to a "run" link after the runner said yes to chest pain by hand:
    the answer and the urgent result stay, and the page asks; only "Use the link's answers" uses them."""
    page.goto(base_url + "check/")
    assert wait_for_engine(page) == "ready"
    answer(page, {"chest_or_breathing": True})
    assert outcome_level(page) == "urgent"
    prompt = page.get_by_role("alertdialog", name=text("en", "check.link_other_answers"))
    for choice in ("check.keep_mine", "check.use_link"):
        page.evaluate("f => { location.hash = f }", whole_link({"pain": 0}))
        prompt.wait_for()
        settle(page)
        assert outcome_level(page) == "urgent", "the runner's result stays while the page asks"
        assert form_answers(page) == {"chest_or_breathing": True}
        assert page.evaluate("document.activeElement.id") == "link-prompt"
        buttons = prompt.get_by_role("button")
        assert buttons.all_inner_texts() == [text("en", "check.use_link"), text("en", "check.keep_mine")]
        assert all(button.bounding_box()["height"] >= 44 for button in buttons.all())
        prompt.get_by_role("button", name=text("en", choice)).click()
        settle(page)
        assert prompt.count() == 0
        if choice == "check.keep_mine":
            assert outcome_level(page) == "urgent" and form_answers(page) == {"chest_or_breathing": True}
            assert "#" not in page.url, "the address shows no answers but the runner's"
    assert outcome_level(page) == "run"
    assert form_answers(page) == assess({"pain": 0})["answers"]
    assert page.evaluate("document.activeElement.id") == "outcome"
    assert page.log.errors == []


COUNT_WEBASSEMBLY = """() => {
  window.__wasm = 0;
  for (const name of ["instantiate", "instantiateStreaming", "compile", "compileStreaming"]) {
    const original = WebAssembly[name];
    WebAssembly[name] = function () { window.__wasm += 1; return original.apply(this, arguments); };
  }
  const Module = WebAssembly.Module;
  WebAssembly.Module = function (bytes) { window.__wasm += 1; return new Module(bytes); };
}"""


def watch_workers(page):
    """The page's workers as they start, each dropped from the list once it has ended."""
    workers = []
    def started(worker):
        workers.append(worker)
        worker.on("close", lambda ended: workers.remove(ended))

    page.on("worker", started)
    return workers


def still_running(page, workers, settle_ms=5000):
    """How many of the page's workers still run, once a worker that has finished its job has had time to end
    (web/shell.js ends the hash checks' worker of a first visit as soon as they are done)."""
    for _ in range(settle_ms // 100):
        if len(workers) <= 1:
            break
        page.wait_for_timeout(100)
    return len(workers)


def test_the_engine_answers_from_a_worker_and_the_page_runs_no_python(page, base_url):
    """No MicroPython on the page's main thread: the phone's main thread stays the runner's."""
    page.add_init_script("(" + COUNT_WEBASSEMBLY + ")()")
    workers = watch_workers(page)
    page.goto(base_url + "check/#" + whole_link({"pain": 2}))
    assert wait_for_engine(page) == "ready" and outcome_level(page) == "modify"
    assert page.evaluate("window.__wasm") == 0, "the page itself compiled WebAssembly"
    assert page.locator("mpy-script, py-script, script[type=mpy], script[type=py]").count() == 0
    assert still_running(page, workers) == 1, "one worker runs the engine; the hash checks' worker has ended"
    answer(page, {"pain": 5})
    assert outcome_level(page) == "stop", "every answer is decided in the worker"
    assert page.evaluate("window.__wasm") == 0
    page.evaluate("WebAssembly.compile(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0]))")
    assert page.evaluate("window.__wasm") == 1, "the count sees the page's own WebAssembly"


def test_the_log_page_runs_no_python_either(page, base_url):
    page.add_init_script("(" + COUNT_WEBASSEMBLY + ")()")
    workers = watch_workers(page)
    page.goto(base_url + "log/")
    assert wait_for_engine(page) == "ready"
    assert page.locator("#log-empty").is_visible(), "the log's core answered from the worker"
    assert page.evaluate("window.__wasm") == 0 and still_running(page, workers) == 1

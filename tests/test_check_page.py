"""The check page's core (pyapp.check_page): what /check/ shows for each thing a runner does,
tested without a browser, and the same in the site's MicroPython."""

import json

import pytest

from pyapp import check_page, log_store
from pyapp.check_page import HINT_SLICE, handle, new_state, replay
from pyapp.markup import escape
from pyapp.outcomes import title
from pyapp.questions import ASKED
from pyapp.share import to_fragment
from pyapp.texts import LANGUAGES, text
from tests.fake_shell import Shell
from tests.log_entries import GOOD, answered, day, legacy_item, legacy_text, saved, storage_of
from tests.micropython import every_event_runs_with_only_its_modules, in_cpython, run_in_micropython
from tests.parity import store_texts_as_data
from tests.answer_sets import NO_SIGNS_FORM as NO_SIGNS
from tests.answer_sets import as_form

NOW = "2026-11-27T08:00:00"
BAD_LINK = "This link can\u2019t be used, so nothing was filled in: "
KEPT_ANSWERS = ("You started to answer before the check had loaded. So we kept your answers, "
                "and did not fill in the ones from the link.")
PROBLEM = ("The check hit a problem, so it shows no result for these answers. You can change an "
           "answer to try again. Until it works, read ")
SAVED = 'Saved to <a href="../log/">your log</a>.'
ALREADY_SAVED = 'This result is already in <a href="../log/">your log</a>.'


def event(kind, form=None, hash="", **more):
    return dict({"type": kind, "form": form or {}, "hash": hash, "hash_length": len(hash), "now": NOW}, **more)


def changed(changes, kind, selector):
    """The values a kind of change gives one element, in order."""
    return [change[2:] if len(change) > 3 else change[2] for change in changes
            if change[0] == kind and change[1] == selector]


def level_of(changes):
    levels = [change[3] for change in changes if change[:3] == ["attr", "#outcome", "data-level"]]
    return levels[-1] if levels else None


def run(*events):
    state = new_state()
    return state, [handle(state, e)[1] for e in events]


def test_nothing_answered_shows_how_many_questions_are_left_and_makes_the_page_ready():
    (changes,) = replay([event("start")])
    assert level_of(changes) == ""
    assert changed(changes, "text", "#progress") == [
        text("en", "check.left.other", count=len(ASKED))]
    assert ["attr", ":root", "data-engine", "ready"] in changes
    assert changes[-2:] == [["attr", ":root", "data-engine", "ready"], ["keys", log_store.STORAGE_KEY, "log_keys"]], \
        "the log's hint comes after the page is ready"


def test_an_urgent_link_decides_at_once_and_leads_with_the_call():
    (changes,) = replay([event("start", hash="#chest_or_breathing=1")])
    assert ["select", "chest_or_breathing", "1"] in changes
    assert level_of(changes) == "urgent"
    assert changed(changes, "html", "#verdict")[-1].startswith("Call your local emergency number now.")
    assert ["attr", "#verdict", "aria-live", "assertive"] in changes


@pytest.mark.parametrize("pain,level", (("0", "run"), ("2", "modify"), ("5", "stop")))
def test_every_level_shows_once_every_question_is_answered(pain, level):
    _state, (start, change) = run(event("start"), event("change", dict(NO_SIGNS, pain=pain)))
    assert level_of(change) == level
    assert changed(change, "text", "#outcome .outcome-title") == [title("en", level)]
    assert changed(change, "hidden", "#progress") == [True]


def test_a_professional_sign_decides_before_the_pain_is_answered():
    answers = {"chest_or_breathing": "0", "legs_or_bladder": "0", "trauma": "0", "neuro": "1"}
    (_start, change) = replay([event("start"), event("change", answers)])
    assert level_of(change) == "professional"


def test_taking_an_answer_back_withdraws_the_result_and_says_so():
    _state, (_s, decided, undecided) = run(event("start"), event("change", {"trauma": "1"}), event("change", {}))
    assert level_of(decided) == "urgent" and level_of(undecided) == ""
    assert changed(undecided, "text", "#verdict") == [
        "No result for now: " + text("en", "check.left.other", count=len(ASKED))]


@pytest.mark.parametrize("hash,says", (
    ("#pain=11", "pain: must be a whole number from 0 to 10, got 11"),
    ("#pain=3&<img src=x>=1", 'unknown key "<img src"'),  # split at its first =
    ("#pain=3&pain=4", "pain: given twice"),
))
def test_a_bad_link_fills_nothing_and_says_what_was_wrong(hash, says):
    (changes,) = replay([event("start", hash=hash)])
    assert not [c for c in changes if c[0] == "select"]
    message = changed(changes, "html", "#error")[-1]
    assert message.startswith(BAD_LINK) and escape(says) in message
    assert "<img" not in message, "a link's text goes in escaped"
    assert level_of(changes) == ""


def test_an_over_long_link_is_refused_by_its_length_alone():
    (changes,) = replay([dict(event("start"), hash="", hash_length=1_048_577)])
    assert "the link is 1048576 characters long" in changed(changes, "html", "#error")[-1]


def test_an_in_page_link_is_not_a_share_link():
    (changes,) = replay([dict(event("start", hash="#outcome"), hash_is_anchor=True)])
    assert changed(changes, "hidden", "#error") == [True]


@pytest.mark.parametrize("fragment", ("#top", "#bogus", "#&", "#&&", "#pain", "#"))
def test_a_fragment_that_is_no_share_link_leaves_the_form_as_it_is(fragment):
    form = dict(NO_SIGNS, pain="2")
    _state, (_start, change, moved) = run(event("start"), event("change", form), event("hash", form, hash=fragment))
    assert level_of(change) == "modify"
    assert moved == [], "no reset, no error: the answers stay"
    (started,) = replay([event("start", form, hash=fragment)])
    assert changed(started, "html", "#error") == [] and level_of(started) == "modify"
    assert not [c for c in started if c[0] in ("reset", "select")]


def test_a_bad_share_link_after_answers_still_says_it_cannot_be_used():
    form = dict(NO_SIGNS, pain="2")
    _state, (_start, _change, opened) = run(event("start"), event("change", form),
                                            event("hash", form, hash="#pain=11"))
    assert ["reset", "#check"] in opened and level_of(opened) == ""
    message = changed(opened, "html", "#error")[-1]
    assert message.startswith(BAD_LINK) and "pain: must be a whole number from 0 to 10, got 11" in message


def test_answers_given_while_loading_win_over_the_link():
    (changes,) = replay([event("start", {"trauma": "0"}, hash="#chest_or_breathing=1")])
    assert not [c for c in changes if c[0] == "select"]
    assert changed(changes, "html", "#error") == [KEPT_ANSWERS]


RUN_LINK = "#" + to_fragment(answered(0))
CHEST_YES = {"chest_or_breathing": "1"}
PROMPT = "#link-prompt"


def test_a_link_arriving_after_load_asks_before_replacing_the_runners_answers():
    """H-LINK-2: a link arriving after the page loaded replaces the runner's answers. Another site
    that opened /check/ sets its address to a "run" link after the runner said yes to chest pain:
    the form, the urgent result and the address bar's truth stay the runner's; the page asks."""
    _state, (_start, urgent, arrived) = run(event("start"), event("change", CHEST_YES),
                                            event("hash", CHEST_YES, hash=RUN_LINK))
    assert level_of(urgent) == "urgent"
    assert not [c for c in arrived if c[0] in ("reset", "select", "hash")], "nothing filled, nothing reset"
    assert level_of(arrived) is None and changed(arrived, "html", "#verdict") == [], "the result stays"
    ((_after, where, box),) = [c for c in arrived if c[0] == "after"]
    assert where == "#error" and 'role="alertdialog"' in box and 'id="link-prompt"' in box
    assert escape(text("en", "check.link_other_answers")) in box
    assert 'data-action="use_link" type="button">' + escape(text("en", "check.use_link")) + "</button>" in box
    assert 'data-action="keep_answers" type="button">' + escape(text("en", "check.keep_mine")) + "</button>" in box
    assert arrived[-1] == ["focus", PROMPT]


def test_using_the_links_answers_fills_them_in_and_shows_their_result():
    """H-LINK-2: only once the runner says yes do the link's answers replace theirs."""
    _state, (_start, _urgent, _asked, used) = run(event("start"), event("change", CHEST_YES),
                                                  event("hash", CHEST_YES, hash=RUN_LINK),
                                                  event("use_link", CHEST_YES, hash=RUN_LINK))
    assert used[0] == ["remove", PROMPT] and ["reset", "#check"] in used
    assert ["select", "chest_or_breathing", "0"] in used and ["select", "pain", "0"] in used
    assert level_of(used) == "run" and used[-1] == ["focus", "#outcome"]


def test_keeping_the_runners_answers_takes_the_question_and_the_link_away():
    """H-LINK-2: "Keep my answers" keeps them, and their result, and the address shows no other answers."""
    state, (_start, _urgent, _asked, kept) = run(event("start"), event("change", CHEST_YES),
                                                 event("hash", CHEST_YES, hash=RUN_LINK),
                                                 event("keep_answers", CHEST_YES, hash=RUN_LINK))
    assert kept[:2] == [["remove", PROMPT], ["hash", None]]
    assert level_of(kept) is None and not [c for c in kept if c[0] in ("reset", "select")]
    assert state["level"] == "urgent" and state["offered"] is None
    assert handle(state, event("use_link", CHEST_YES))[1] == [], "the question is gone: nothing to use"
    assert handle(state, event("keep_answers", CHEST_YES))[1] == []


def test_changing_an_answer_while_asked_takes_the_question_away():
    _state, (*_before, changed_now) = run(event("start"), event("change", CHEST_YES),
                                          event("hash", CHEST_YES, hash=RUN_LINK),
                                          event("change", dict(CHEST_YES, pain="3"), hash=RUN_LINK))
    assert changed_now[0] == ["remove", PROMPT] and level_of(changed_now) == "urgent"
    assert ["hash", None] in changed_now


def test_a_second_link_while_asked_replaces_the_question_not_the_answers():
    modify_link = "#" + to_fragment(answered(2))
    state, (*_before, second) = run(event("start"), event("change", CHEST_YES),
                                    event("hash", CHEST_YES, hash=RUN_LINK),
                                    event("hash", CHEST_YES, hash=modify_link))
    assert second[0] == ["remove", PROMPT] and [c[0] for c in second[1:]] == ["after", "focus"]
    assert state["offered"] == answered(2) and state["level"] == "urgent"


@pytest.mark.parametrize("form", ({}, dict(NO_SIGNS, pain="0")), ids=("empty form", "the same answers"))
def test_a_link_after_load_fills_an_empty_form_or_its_own_answers_as_before(form):
    """An empty form, or one that already holds the link's answers, has nothing to lose: no question."""
    link = "#" + to_fragment(answered(0))
    _state, (_start, *_changed, opened) = run(event("start"), *([event("change", form)] if form else []),
                                              event("hash", form, hash=link))
    assert ["reset", "#check"] in opened and ["select", "pain", "0"] in opened and level_of(opened) == "run"
    assert not [c for c in opened if c[0] in ("after", "remove")]


def test_a_link_after_another_link_replaces_its_answers_as_before():
    """Answers a link filled in are not the runner's: the next link replaces them (the fuzzed links'
    browser test opens one after another), until the runner changes one."""
    first, second = answered(2), answered(0)
    form = as_form(first)
    state, (_start, _first, opened, _changed, asked) = run(
        event("start"), event("hash", hash="#" + to_fragment(first)),
        event("hash", form, hash="#" + to_fragment(second)),
        event("change", dict(form, pain="3")), event("hash", dict(form, pain="3"), hash="#" + to_fragment(first)))
    assert level_of(opened) == "run" and not [c for c in opened if c[0] == "after"]
    assert [c[0] for c in asked] == ["after", "focus"] and state["offered"] == first


def test_a_link_while_loading_still_loses_to_the_answers_given_and_asks_nothing():
    (changes,) = replay([event("start", CHEST_YES, hash=RUN_LINK)])
    assert not [c for c in changes if c[0] in ("select", "after")]
    assert changed(changes, "html", "#error") == [KEPT_ANSWERS] and level_of(changes) == "urgent"


def test_an_engine_error_withdraws_the_result_and_points_to_the_warning_signs():
    _state, (_s, decided, broken) = run(event("start"), event("change", {"trauma": "1"}),
                                        event("change", {"pain": "not a number"}))
    assert level_of(decided) == "urgent"
    assert level_of(broken) == "" and changed(broken, "html", "#verdict") == [""]
    assert changed(broken, "html", "#error") == [PROBLEM + '<a href="../warning-signs/">the warning signs</a>.']


def test_a_change_takes_the_share_link_out_of_the_address():
    (changes,) = replay([event("change", {"pain": "2"}, hash="#pain=3")])
    assert ["hash", None] in changes


def days_ago_entries(*days, pain=2):
    """Entries saved that many days before NOW, with pain."""
    return [saved(answered(pain), day(-days_ago, NOW[:10]) + "T08:00", number) for number, days_ago in enumerate(days)]


def check_shell(storage=None):
    return Shell(check_page, storage, now=NOW, page="check")


def hint_of(shell, form=None):
    """The changes of the start and of every storage event after it, as one list."""
    steps = shell.do("start", form=form or {})
    return [change for step in steps for change in step]


def test_a_log_with_over_two_weeks_of_pain_offers_the_longest_answer():
    shell = check_shell(storage_of(days_ago_entries(16)))
    read = hint_of(shell)
    (box,) = changed(read, "after", "#q-duration-help")
    assert "16 days ago" in box and 'data-action="use_hint"' in box
    assert read[-1] == ["attr", ":root", "data-log", "read"]
    assert shell.state["hint"]["value"] == "over_2_weeks"


@pytest.mark.parametrize("version", (0, 1))
def test_a_legacy_log_gives_the_hint_too_and_is_left_as_it_was(version):
    storage = {log_store.STORAGE_KEY: legacy_text([legacy_item(e) for e in days_ago_entries(16)], version)}
    shell = check_shell(storage)
    (box,) = changed(hint_of(shell), "after", "#q-duration-help")
    assert "16 days ago" in box and shell.storage == storage, "only the log page moves a legacy log"


def test_room_texts_a_closed_log_tab_left_are_freed_and_the_hint_still_given():
    """H-LOG-4: a tab closed while /log/ looked for room for an old log's move left texts that take
    the room a save needs; the check frees them when it reads the log, and reads the log as before."""
    storage = dict(storage_of(days_ago_entries(16)), **{log_store.room_key(0): "x" * 5000, log_store.room_key(1): "x"})
    shell = check_shell(storage)
    (box,) = changed(hint_of(shell), "after", "#q-duration-help")
    assert "16 days ago" in box
    assert not [key for key in shell.storage if log_store.is_room(key)], "the room texts are still stored"
    assert shell.storage == storage_of(days_ago_entries(16)), "only the room texts are removed"


def test_a_shorter_log_offers_no_answer():
    read = hint_of(check_shell(storage_of(days_ago_entries(9))))
    (box,) = changed(read, "after", "#q-duration-help")
    assert "9 days ago" in box and "at least" in box and "<button" not in box


@pytest.mark.parametrize("storage,fault", (
    ({}, None),
    ({log_store.ENTRY_PREFIX + "2026-11-11T08:00:00~00000001": "{not json"}, None),
    ({log_store.STORAGE_KEY: "{not json"}, None),
    ({log_store.STORAGE_KEY: ""}, None),
    (storage_of(days_ago_entries(16)), "unavailable"),  # storage is off
))
def test_no_hint_without_a_readable_log(storage, fault):
    shell = check_shell(storage)
    if fault:
        shell.faults["keys"] = fault
    read = hint_of(shell)
    assert changed(read, "after", "#q-duration-help") == [] and ["remove", "#log-hint"] in read
    assert read[-1] == ["attr", ":root", "data-log", "read"] and changed(read, "hidden", "#error") == [True]


def test_the_hint_reads_the_whole_log_and_counts_from_the_earliest_pain():
    """H-LOG-1: a pain-free result in between does not reset the count; it runs from the earliest
    result with pain, so the whole log is read, a slice at a time."""
    no_pain_early = [saved(answered(0), "2025-{:02d}-{:02d}T08:00".format(1 + n // 28, 1 + n % 28), 0x2000 + n)
                     for n in range(HINT_SLICE + 5)]
    first_pain = saved(answered(4), day(-21, NOW[:10]) + "T09:00", 0xfff)
    between = [saved(answered(0), day(-6, NOW[:10]) + "T08:00", 0xeee)]
    shell = check_shell(storage_of(no_pain_early + [first_pain] + between + days_ago_entries(5, 1)))
    read = hint_of(shell)
    reads = shell.storage_ops("read")
    assert [len(op[1]) for op in reads] == [HINT_SLICE, 9], "every entry, a slice at a time"
    assert [key for op in reads for key in op[1]] == log_store.entry_keys(list(shell.storage)), "newest first"
    assert shell.state["hint"]["days"] == 21 and shell.state["hint"]["value"] == "over_2_weeks"
    assert "21 days ago" in changed(read, "after", "#q-duration-help")[0]


def test_a_log_whose_newest_pain_is_0_still_counts_from_its_earliest_pain():
    """H-LOG-1: the pain the log shows began with its earliest result with pain, whatever came after."""
    shell = check_shell(storage_of(days_ago_entries(*range(200, 0, -1)) + [saved(answered(0), NOW, 1)]))
    hint_of(shell)
    assert len(shell.storage_ops("read")) == 5 and shell.state["hint"]["days"] == 200


def test_a_long_log_with_pain_throughout_is_read_a_slice_at_a_time():
    entries = [saved(answered(3), "2026-{:02d}-{:02d}T08:00".format(1 + n // 28, 1 + n % 28), n)
               for n in range(2 * HINT_SLICE + 7)]
    shell = check_shell(storage_of(entries))
    start = shell.send("start")
    assert ["attr", ":root", "data-engine", "ready"] in start, "the check is ready before the log is read"
    shell.settle()
    assert [len(op[1]) for op in shell.storage_ops("read")] == [HINT_SLICE, HINT_SLICE, 7]
    assert shell.state["hint"]["days"] == 330  # 2026-01-01 to 2026-11-27


def test_a_read_begun_before_the_log_changed_is_dropped():
    shell = check_shell(storage_of(days_ago_entries(16)))
    shell.send("start")
    keys_event = shell.pending.pop(0)
    shell.handle(keys_event)
    slice_event = shell.pending.pop(0)
    shell.handle(keys_event)  # the log was listed again (after a save) before the slice came
    assert shell.handle(slice_event) == []


def test_using_the_hint_selects_the_answer_and_the_runner_sees_it():
    shell = check_shell(storage_of(days_ago_entries(16)))
    hint_of(shell)
    used = shell.send("use_hint", form={"pain": "2"})
    assert used[:2] == [["select", "duration", "over_2_weeks"], ["focus", "[name=duration]:checked"]]
    assert "More than two weeks" in changed(used, "html", "#outcome .summary-answers")[0]


def test_a_hint_that_offers_no_answer_cannot_be_used():
    shell = check_shell(storage_of(days_ago_entries(9)))
    hint_of(shell)
    assert shell.send("use_hint", form={"pain": "2"}) == []


def test_saving_stores_the_one_entry_and_says_saved_only_when_written_and_read_back():
    form = dict(NO_SIGNS, pain="2")
    shell = check_shell(storage_of(days_ago_entries(16, 3)))
    before = dict(shell.storage)
    hint_of(shell, form)
    shell.send("change", form=form)
    save = shell.send("save", form=form)
    ((kind, writes, then),) = save
    assert (kind, then) == ("store", "log_written")
    ((key, text),) = writes  # one key: nothing read, nothing else written
    entry, fault = log_store.read_stored(key, text)
    assert fault is None and key not in before
    assert entry["level"] == "modify" and entry["answers"] == answered(2) and entry["when"] == NOW
    assert entry["id"] == NOW + "~" + shell.steps[-1][0]["nonce"]
    assert shell.storage_ops()[-1] == save[0]
    written = shell.step()
    assert changed(written, "html", "#log-save-status") == [SAVED]
    assert dict(shell.storage, **{key: None}) == dict(before, **{key: None}) and shell.storage[key] == text
    shell.settle()  # the log is listed again for the hint
    again = shell.send("save", form=form)
    assert changed(again, "html", "#log-save-status")[0].startswith(ALREADY_SAVED)
    assert len(shell.storage) == len(before) + 1


def test_saved_is_said_only_once_the_shell_says_ok():
    form = dict(NO_SIGNS, pain="2")
    shell = check_shell()
    hint_of(shell)
    shell.send("change", form=form)
    shell.send("save", form=form)
    assert [c for _e, changes in shell.steps for c in changes if c[0] == "html" and c[1] == "#log-save-status"] == []
    assert changed(shell.step(), "html", "#log-save-status")[0].startswith(SAVED)


def test_two_saves_in_one_second_are_two_keys():
    first, second = dict(NO_SIGNS, pain="2"), dict(NO_SIGNS, pain="3")
    shell = check_shell()
    hint_of(shell)
    for form in (first, second):
        shell.send("change", form=form)
        shell.do("save", form=form)
    keys = log_store.entry_keys(list(shell.storage))
    assert len(keys) == 2 and len(shell.storage) == 2
    assert [k[len(log_store.ENTRY_PREFIX):][:19] for k in keys] == [NOW, NOW], "the same second"
    entries, faults = log_store.read_items([[k, shell.storage[k]] for k in keys])
    assert faults == {} and sorted(e["answers"]["pain"] for e in entries) == [2, 3]


def test_two_tabs_saving_keep_both_results():
    form = dict(NO_SIGNS, pain="2")
    one, other = check_shell(), check_shell()
    for shell in (one, other):
        hint_of(shell)
        shell.send("change", form=form)
    other.nonces = iter(["0000ffff"] * 10)
    (save_one,) = one.send("save", form=form)
    (save_other,) = other.send("save", form=form)
    storage = {}
    for save in (save_one, save_other):
        storage.update(save[1])
    assert len(storage) == 2, "each save adds its own key; neither writes over the other"


@pytest.mark.parametrize("fault,says", (
    ("full", text("en", "store.full")),
    ("unavailable", text("en", log_store.CANNOT_SAVE)),
))
def test_a_save_that_fails_says_why_and_never_saved(fault, says):
    form = dict(NO_SIGNS, pain="2")
    shell = check_shell(storage_of(days_ago_entries(3)))
    before = dict(shell.storage)
    hint_of(shell)
    shell.send("change", form=form)
    shell.faults["store"] = fault
    last = shell.do("save", form=form)[-1]
    assert changed(last, "html", "#log-save-status") == [escape(says)]
    assert SAVED not in json.dumps(last) and shell.storage == before
    assert shell.state["saved"] is None
    shell.faults = {}  # room again: saving the same answers now works
    assert changed(shell.do("save", form=form)[1], "html", "#log-save-status")[0].startswith(SAVED)


def test_a_full_browser_is_found_by_the_shells_write_not_guessed():
    form = dict(NO_SIGNS, pain="2")
    shell = check_shell(storage_of(days_ago_entries(3)))
    shell.quota = sum(len(k) + len(t) for k, t in shell.storage.items()) + 10
    hint_of(shell)
    shell.send("change", form=form)
    last = shell.do("save", form=form)[-1]
    assert changed(last, "html", "#log-save-status") == [escape(text("en", "store.full"))]


def test_storage_that_is_off_cannot_save_and_says_so_at_once():
    form = dict(NO_SIGNS, pain="2")
    shell = check_shell()
    shell.faults["keys"] = "unavailable"
    hint_of(shell)
    shell.send("change", form=form)
    save = shell.send("save", form=form)
    assert changed(save, "html", "#log-save-status") == [escape(text("en", log_store.CANNOT_SAVE))]
    assert shell.storage_ops("store") == []


def test_a_save_says_what_the_log_page_would_of_a_damaged_log():
    form = dict(NO_SIGNS, pain="2")
    storage = storage_of(days_ago_entries(3))
    storage[log_store.ENTRY_PREFIX + "2026-11-26T08:00:00~00000bad"] = "{broken"
    shell = check_shell(storage)
    hint_of(shell)
    shell.send("change", form=form)
    written = shell.do("save", form=form)[1]
    (status,) = changed(written, "html", "#log-save-status")
    assert status.startswith(SAVED + " " + escape(text("en", "store.skipped.one", count=1)))


def test_nothing_is_saved_without_a_result():
    assert replay([event("start"), event("save", {"pain": "2"})])[-1] == []


def test_sharing_puts_every_answer_given_in_the_link():
    form = {"pain": "3", "trauma": "0"}
    (share,) = replay([event("share", form)])[0]
    assert share[:3] == ["share", to_fragment({"pain": 3, "trauma": False}), "#share-status"]


def test_printing_reads_every_entry_then_prints():
    entries = days_ago_entries(3, 2, 1)
    storage = dict(storage_of(entries), **{log_store.STORAGE_KEY: legacy_text([GOOD])})
    shell = check_shell(storage)
    ask = shell.send("print")
    assert ask == [["keys", log_store.STORAGE_KEY, "print_keys"]]
    listed = shell.step()
    assert listed == [["read", [log_store.STORAGE_KEY] + log_store.entry_keys(list(storage)), "print_read"]]
    printed = shell.step()
    assert printed[-1] == ["print"] and ["hidden", "#outcome .summary-log", False] in printed
    (rows,) = changed(printed, "html", "#outcome .summary-log tbody")
    assert rows.count("<tr>") == 4 and "Tue 24 Nov 2026, 08:00" in rows and "Fri 20 Nov 2026, 07:30" in rows


def test_printing_an_empty_log_prints_without_it():
    shell = check_shell()
    printed = shell.do("print")[-1]
    assert printed[-1] == ["print"] and ["hidden", "#outcome .summary-log", True] in printed


def test_an_unknown_event_is_a_problem_not_a_crash():
    (changes,) = replay([{"type": "nonsense"}])
    assert changed(changes, "hidden", "#error") == [False]


def recorded_visits():
    """Whole visits as the shell sends their events, storage's answers included."""
    form = dict(NO_SIGNS, pain="2")
    visits = []
    shell = check_shell(dict(storage_of(days_ago_entries(40, 20, 16, 9, 1)), **{
        log_store.ENTRY_PREFIX + "2026-11-25T08:00:00~00000bad": "{broken",
        log_store.ENTRY_PREFIX + "2026-11-25T09:00:00~00000abc": json.dumps(dict(GOOD, version=log_store.SCHEMA_VERSION + 1)),
        log_store.STORAGE_KEY: legacy_text([GOOD, 5]), log_store.room_key(0): "x"}))
    hint_of(shell, form)
    shell.do("change", form=form)
    shell.do("save", form=form)
    shell.do("use_hint", form={"pain": "1"})
    shell.do("share", form={"pain": "1"})
    shell.do("print")
    shell.faults["store"] = "full"
    shell.do("change", form=dict(form, pain="3"))
    shell.do("save", form=dict(form, pain="3"))
    visits.append([step[0] for step in shell.steps])
    long_log = [saved(answered(n % 5), "2026-{:02d}-{:02d}T08:00".format(1 + n // 28, 1 + n % 28), n)
                for n in range(3 * HINT_SLICE)]
    shell = check_shell(storage_of(long_log))
    shell.faults["store"] = "unavailable"
    hint_of(shell, form)
    shell.do("save", form=form)
    visits.append([step[0] for step in shell.steps])
    shell = check_shell()
    shell.faults["keys"] = "unavailable"
    hint_of(shell, form)
    shell.do("save", form=form)
    visits.append([step[0] for step in shell.steps])
    return visits


VISITS = [
    [event("start", hash="#" + to_fragment({"pain": 2, "neuro": True}))],
    [event("start", hash="#pain=11"), event("change", {"trauma": "1"}), event("change", {"pain": "x"}),
     {"type": "nonsense"}],
    [event("start", {"trauma": "0"}, hash="#pain=3"), event("hash", hash="#outcome", hash_is_anchor=True),
     event("hash", {"trauma": "0"}, hash="#top"), event("hash", {"trauma": "0"}, hash="#&")],
] + recorded_visits() + [
    [event("start"), event("change", {"chest_or_breathing": "1"}),  # a link after load, asked about (H-LINK-2)
     event("hash", {"chest_or_breathing": "1"}, hash="#pain=0"), event("keep_answers", {"chest_or_breathing": "1"}),
     event("hash", {"chest_or_breathing": "1"}, hash="#pain=0"), event("use_link", {"chest_or_breathing": "1"}),
     event("use_link", {"pain": "0"})],
]
# The same visits on /es/check/: the shell sends the page's language with every event
SPANISH_VISITS = [[dict(event, lang="es") for event in visit] for visit in VISITS]


def test_the_site_micropython_shows_the_same(tmp_path, shipped_pyapp):
    visits = VISITS + SPANISH_VISITS
    got = run_in_micropython("pyapp.check_page.replay", visits, tmp_path, shipped_pyapp)
    expected = in_cpython(replay, visits)
    assert any(change[0] == "store" for changes in expected[3]["result"] for change in changes)
    spanish = json.dumps(expected[len(VISITS):], ensure_ascii=False)
    assert "Faltan" in spanish and ">tu registro</a>." in spanish, "Spanish compared too"
    assert store_texts_as_data(got) == store_texts_as_data(json.loads(json.dumps(expected)))


@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_event_runs_in_micropython_with_only_the_modules_the_page_ships(tmp_path, shipped_pyapp, lang):
    """H-LOAD-3: the check's worker loads only its own modules; a lazy import its list missed would
    fail when the runner taps (a red-flag answer among them), so every event runs on that list alone."""
    expected, got = every_event_runs_with_only_its_modules(check_page, VISITS, lang, tmp_path, shipped_pyapp)
    assert store_texts_as_data(got) == store_texts_as_data(expected)


"""The page cores in the runner's language (issue 20, ARCHITECTURE.md rule 9): a page whose
state is Spanish says every kind of change in Spanish, and a result saved in one language is
listed in the other in that one. Tested without a browser, against the Python page shell."""

import importlib.util
import json
import re

import pytest

from buildsite.translations import translated_keys
from pyapp import check_page, dates, log, log_page, log_store, pages
from pyapp.log_view import entry_markup
from pyapp.outcomes import title
from pyapp.share import to_fragment
from pyapp.patch import WHY
from pyapp.texts import first_capital, text
from pyapp.texts_es import TEXTS as SPANISH
from tests.conftest import ROOT
from tests.fake_shell import Shell, changes_of
from tests.in_spanish import english_words, reads_fairly_easily, words_of
from tests.log_entries import GOOD, answered, day, legacy_item, legacy_text, saved, storage_of
from tests.answer_sets import NO_SIGNS_FORM as NO_SIGNS

NOW = "2026-11-27T08:00:00"
LINKS = {  # a share link that decides each level at once
    "urgent": {"chest_or_breathing": True},
    "professional": {"chest_or_breathing": False, "legs_or_bladder": False, "trauma": False, "neuro": True},
    "stop": answered(5),
    "modify": answered(2),
    "run": answered(0),
}


def es(key, **values):
    return text("es", key, **values)


def flat(steps):
    return [change for step in steps for change in step]


def check_shell(lang, storage=None):
    return Shell(check_page, storage, now=NOW, page="check", lang=lang)


def log_shell(lang, storage=None):
    return Shell(log_page, storage, now=NOW, page="log", lang=lang)


def the(changes, kind, selector):
    return [change[2] for change in changes_of(changes, kind, selector)]


def pain_days(*days_ago):
    """Entries saved that many days before NOW, each with pain 2."""
    return [saved(answered(2), day(-n, NOW[:10]) + "T08:00", number) for number, n in enumerate(days_ago)]


# The check page -------------------------------------------------------------------------------

def check_visit(lang):
    """Every kind of change the check page makes, in one visit: each level from a link, a bad link,
    questions left, a result withdrawn, answers kept over a link, a later link asked about (kept, then
    used), the hint and its answer, saving
    (saved, already saved, full, a damaged log), sharing, printing, and a problem."""
    storage = dict(storage_of(pain_days(16, 3)), **{log_store.ENTRY_PREFIX + "2026-11-26T08:00:00~00000bad": "{x"})
    shell = check_shell(lang, storage)
    steps = shell.do("start", form={"trauma": "0"}, hash="#pain=3", hash_length=7)  # kept answers, the hint
    for answers in LINKS.values():
        steps += shell.do("hash", hash="#" + to_fragment(answers), hash_length=1 + len(to_fragment(answers)))
    form = dict(NO_SIGNS, pain="2")
    run_link = "#" + to_fragment(LINKS["run"])
    steps += shell.do("change", form={"trauma": "1"})  # decided by hand, then a link with other answers, asked about
    for choice in ("keep_answers", "use_link"):
        steps += shell.do("hash", form={"trauma": "1"}, hash=run_link, hash_length=len(run_link))
        steps += shell.do(choice, form={"trauma": "1"})
    steps += shell.do("change", form={})  # withdrawn
    steps += shell.do("use_hint", form=form) + shell.do("change", form=form)
    steps += shell.do("save", form=form) + shell.do("save", form=form)  # saved, then already saved
    shell.faults["store"] = "full"
    steps += shell.do("change", form=dict(form, pain="3")) + shell.do("save", form=dict(form, pain="3"))
    steps += shell.do("share", form=form) + shell.do("print")
    bad = [shell.send("hash", hash="#pain=11", hash_length=8), shell.send("change", form={"pain": "x"})]
    return flat(steps), bad


def test_a_spanish_check_page_says_every_kind_of_change_in_spanish():
    changes, (bad_link, problem) = check_visit("es")
    assert english_words(changes) == []
    assert english_words(bad_link, allowed=words_of("pain")) == [], "the link's own key is no word"
    assert english_words(problem) == []
    assert english_words(check_visit("en")[0]), "the check can fail"
    assert the(changes, "html", "#error")[0] == es("check.kept_answers")
    assert [level for level in LINKS if title("es", level) in the(changes, "text", "#outcome .outcome-title")] == list(
        LINKS), "each level from its link"
    assert es("check.left.other", count=13) in the(changes, "text", "#progress")
    assert "Por ahora no hay resultado: " + es("check.left.other", count=14) in the(changes, "text", "#verdict")
    assert "Respondido el viernes, 27 de noviembre de 2026" in the(changes, "text", "#outcome .summary-date")
    asked = the(changes, "after", "#error")
    assert len(asked) == 2, "asked each time a link with other answers came"
    for box in asked:
        assert es("check.link_other_answers") in box
        assert ">" + es("check.use_link") + "</button>" in box and ">" + es("check.keep_mine") + "</button>" in box
    hint = the(changes, "after", "#q-duration-help")[0]
    assert "hace 16 d\u00edas" in hint and ">Usar esta respuesta</button>" in hint
    saved_now, already, full = the(changes, "html", "#log-save-status")
    assert saved_now == 'Guardado en <a href="../log/">tu registro</a>. 1 resultado guardado no se pudo leer. Se deja fuera.'
    assert already == 'Este resultado ya est\u00e1 en <a href="../log/">tu registro</a>.'
    assert full == es("store.full")
    ((_kind, _fragment, _where, copied, fallback),) = changes_of(changes, "share")
    assert (copied, fallback) == ("Enlace copiado. Tiene tus respuestas y nada m\u00e1s: {address}",
                                  "Copia y comparte este enlace con tus respuestas: {address}")
    (rows,) = the(changes, "html", "#outcome .summary-log tbody")
    assert "<td>Martes, 24 de noviembre de 2026, 08:00</td>" in rows
    assert es("log.started", ago="hace 16 d\u00edas") in the(changes, "text", "#outcome .summary-log-first")


def test_a_bad_link_says_what_was_wrong_in_spanish():
    shell = check_shell("es")
    (error,) = the(shell.send("start", hash="#pain=11", hash_length=8), "html", "#error")
    assert error.startswith("Este enlace no se puede usar, as\u00ed que no se ha rellenado nada: ")
    assert error.endswith(text("es", "error.not_allowed", key="pain", value="11",
                               allowed=text("es", "error.allowed_scale")) + ".")
    (too_long,) = the(check_shell("es").send("start", hash="", hash_length=1000), "html", "#error")
    assert too_long.endswith("el enlace tiene 999 caracteres; uno real tiene menos de 400" + ".")


def test_a_problem_points_to_the_warning_signs_in_spanish():
    shell = check_shell("es")
    (error,) = the(shell.send("nonsense"), "html", "#error")
    assert error == ("El cuestionario tuvo un problema, as\u00ed que no muestra un resultado para estas respuestas. "
                     "Puedes cambiar una respuesta para probar otra vez. Hasta que funcione, lee "
                     '<a href="../warning-signs/">las se\u00f1ales de alarma</a>.')


@pytest.mark.parametrize("fault,says", (("full", "store.full"), ("unavailable", "store.cannot_save")))
def test_a_save_that_fails_says_why_in_spanish(fault, says):
    shell = check_shell("es")
    shell.do("start")
    shell.send("change", form=dict(NO_SIGNS, pain="2"))
    shell.faults["store"] = fault
    assert the(shell.do("save", form=dict(NO_SIGNS, pain="2"))[-1], "html", "#log-save-status") == [es(says)]


# The log page ---------------------------------------------------------------------------------

def log_visit(lang):
    """Every kind of change the log page makes: the list, its summary, note and faults, the chart,
    a delete and its undo, one gone already, a failed write, export, print and delete all."""
    entries = pain_days(40, 20, 16, 9, 1)
    storage = dict(storage_of(entries), **{log_store.ENTRY_PREFIX + "2026-11-25T08:00:00~00000bad": "{broken",
                                           log_store.ENTRY_PREFIX + "2026-11-25T09:00:00~00000abc": json.dumps(
                                               dict(GOOD, version=log_store.SCHEMA_VERSION + 1))})
    shell = log_shell(lang, storage)
    steps = shell.do("start", stored=shell.list_keys(log_store.STORAGE_KEY))
    when = dates.when_text(lang, entries[1]["when"])
    steps += shell.do("delete", data={"id": entries[1]["id"], "when": when}) + shell.do("undo")
    del shell.storage[log_store.entry_key(entries[2]["id"])]  # another tab deleted it
    steps += shell.do("delete", data={"id": entries[2]["id"], "when": when})
    shell.faults["store"] = "unavailable"
    steps += shell.do("delete", data={"id": entries[3]["id"], "when": when}) + shell.do("undo")
    shell.faults = {}
    steps += shell.do("export") + shell.do("print") + shell.do("clear") + shell.do("confirm_clear")
    return flat(steps), shell


def statuses(changes):
    return [markup.split(" <button")[0] for markup in the(changes, "html", "#log-status")]


def test_a_spanish_log_page_says_every_kind_of_change_in_spanish():
    changes, _shell = log_visit("es")
    assert english_words(changes, allowed=words_of(log_page.CSV_NAME)) == [], "the file's name is no word"
    assert english_words(log_visit("en")[0]), "the check can fail"
    oldest = "domingo, 18 de octubre de 2026, 08:00"  # 40 days before NOW
    assert statuses(changes) == [
        "Se ha borrado el resultado del {}.".format(dates.when_text("es", day(-20, NOW[:10]) + "T08:00:00")),
        es("log_page.undone"), es("log_page.gone"), es("store.not_changed"), es("store.not_changed"),
        "Tu registro se ha descargado en el archivo upper-back-log.csv.", es("log_page.cleared")]
    assert ">Deshacer</button>" in the(changes, "html", "#log-status")[0]
    listed = "".join(the(changes, "append", "#log-entries"))
    assert '<time datetime="2026-10-18T08:00">Domingo, 18 de octubre de 2026, 08:00</time>' in listed
    assert ">Borrar</span>" in listed and "Borrar el resultado del " + oldest in listed and "Tus respuestas" in listed
    assert "Dolor: " + text("es", "answer.scale", value=2) in listed
    problems = "".join(the(changes, "html", "#log-problems"))
    assert es("store.skipped.one", count=1) in problems and es("store.newer") in problems
    assert es("log.started", ago="hace 40 d\u00edas") in the(changes, "text", "#first-logged")
    assert "Lee sobre <a href=\"../warning-signs/#pain-that-lasts\">el dolor que dura</a>." in the(changes, "html", "#log-note p")[0]
    chart = the(changes, "html", "#chart-box")[0]
    assert ">18 de octubre</text>" in chart and ">26 de noviembre</text>" in chart
    assert the(changes, "text", "#chart-caption")[0].startswith("Tu dolor de 0 a 10 en cada resultado guardado")


def test_the_export_is_the_same_in_every_language():
    """The CSV is the log's contract (ARCHITECTURE.md rule 8): its columns and cells are the same whatever
    the page's language."""
    downloads = [changes_of(log_visit(lang)[0], "download") for lang in ("en", "es")]
    assert downloads[0] == downloads[1] and len(downloads[0]) == 1
    assert downloads[0][0][3].startswith("date,level,")


def test_a_legacy_log_that_cannot_be_moved_says_so_in_spanish():
    shell = log_shell("es", {log_store.STORAGE_KEY: legacy_text([legacy_item(e) for e in pain_days(3, 2)])})
    shell.quota = 10
    read = flat(shell.do("start", stored=shell.list_keys(log_store.STORAGE_KEY)))
    assert statuses(read) == [es("store.not_moved")] and english_words(read) == []
    off = log_shell("es")
    off.faults["keys"] = "unavailable"
    read = flat(off.do("start", stored=off.list_keys(log_store.STORAGE_KEY)))
    assert the(read, "html", "#log-problems") == ["<p>" + es("store.unavailable") + "</p>"]


def test_a_log_page_problem_is_said_in_spanish():
    """Whatever the error, the runner reads the catalogue's Spanish, no word of the error's own English."""
    shell = log_shell("es")
    shell.state["keys"] = None  # a core that breaks inside a handler: a TypeError, in English
    for event in ("nonsense", "more"):
        (error,) = the(shell.send(event), "text", "#error")
        assert error == es("log_page.problem")


@pytest.mark.parametrize("lang", ("en", "es"))
def test_what_web_shell_says_when_the_engine_fails_is_in_the_pages_language(lang):
    shown = pages.shell_data(lang)
    assert sorted(shown) == ["check", "log"]
    for page_data in shown.values():
        said = dict(page_data)
        # whole messages: the shell fills in {why} and {link}, and glues nothing on
        assert said["failed-text"].count("{why}") == 1 and said["failed-text"].count("{link}") == 1
        assert said["broken"].count("{link}") == 1 and "{why}" not in said["broken"]
        assert said["warning-signs"] == text(lang, "shell.when_to_stop")
        assert {name: words for name, words in said.items() if name.startswith("why-")} == {
            "why-" + why.replace("_", "-"): text(lang, "shell.why_" + why) for why in WHY}
    assert dict(check_page.shell_data("es"))["failed-status"] == "No se pudo abrir el cuestionario."
    assert dict(log_page.shell_data("en"))["failed-status"] == "Your log could not be shown."


# Across languages -----------------------------------------------------------------------------

@pytest.mark.parametrize("saved_in,listed_in", (("es", "en"), ("en", "es")))
def test_a_result_saved_in_one_language_is_listed_in_the_other_in_that_one(saved_in, listed_in):
    form = dict(NO_SIGNS, pain="5")
    check = check_shell(saved_in)
    check.do("start")
    check.send("change", form=form)
    check.do("save", form=form)
    ((key, stored),) = check.storage.items()
    assert set(json.loads(stored)) == {"version", "when", "level", "answers"}, "no words are stored"
    listed = flat(log_shell(listed_in, check.storage).do("start", stored={"ok": True, "keys": [key]}))
    (markup,) = the(listed, "append", "#log-entries")
    entry = log_store.read_stored(key, stored)[0]
    assert markup == entry_markup(listed_in, entry) != entry_markup(saved_in, entry)
    assert title(listed_in, "stop") in markup and first_capital(dates.when_text(listed_in, NOW)) in markup
    assert log.shown_entry(listed_in, entry)["reasons"][0]["text"] in markup


# The worker -----------------------------------------------------------------------------------

def fresh_worker():
    """web/worker.py as a page loads it: a new module, with no page's state yet."""
    spec = importlib.util.spec_from_file_location("worker", ROOT / "web" / "worker.py")
    worker = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(worker)
    return worker


@pytest.mark.parametrize("lang,says", (
    ("es", "Faltan 14 preguntas."),
    ("en", "14 questions left."),
    ("fr", "14 questions left."),  # a language the site does not speak: the default
    (None, "14 questions left."),
))
def test_the_worker_starts_each_page_in_its_language(lang, says):
    worker = fresh_worker()
    event = {"page": "check", "type": "start", "form": {}, "now": NOW, "hash": "", "hash_length": 0}
    if lang is not None:
        event["lang"] = lang
    changes = json.loads(worker.handle(json.dumps(event)))
    assert the(changes, "text", "#progress")[0].startswith(says)
    later = json.loads(worker.handle(json.dumps(dict(event, type="change", lang="en"))))
    assert the(later, "text", "#progress")[0].startswith(says), "the page keeps the language it started in"


# Plain Spanish ---------------------------------------------------------------------------------

PAGE_KEYS = ("check.", "shell.", "store.", "log.", "log_page.")  # the keys of the page cores' own sections
SAMPLE = {"count": 3, "days": 16, "ago": "hace 16 d\u00edas", "answer": "M\u00e1s de dos semanas",
          "left": "Faltan 3 preguntas.", "date": "jueves, 26 de noviembre de 2026",
          "when": "jueves, 26 de noviembre de 2026, 07:30",
          "error": "el enlace tiene 999 caracteres", "link": "las se\u00f1ales de alarma", "name": log_page.CSV_NAME,
          "pain": "3 sobre 10", "most": log_store.ENTRIES_MOST, "why": text("es", "shell.why_slow"),
          "reason": text("es", "reason.chest_or_breathing"), "address": "example.org"}  # a name, not words
SPANISH_PAGE_TEXTS = sorted((key, es(key, **SAMPLE)) for key in SPANISH if key.startswith(PAGE_KEYS))


@pytest.mark.parametrize("key,words", SPANISH_PAGE_TEXTS, ids=[key for key, _words in SPANISH_PAGE_TEXTS])
def test_every_spanish_text_of_the_pages_reads_fairly_easily(key, words):
    only_names = not re.sub(r"\{\w+\}", "", SPANISH[key]).strip()  # "{reason} {link}": nothing to translate
    assert only_names or words != text("en", translated_keys("es")[key], **SAMPLE), "translated"
    assert reads_fairly_easily(words) or len(words.split()) <= 2, words  # a label's word is the glossary's ("Deshacer")

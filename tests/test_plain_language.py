"""Every English text the site shows a runner reads at US grade 8 or below: every text
of the English catalogue (the outcomes, the questions with their help and answers, the
pages' messages, the page shell's among them), every other string in the Python of pyapp/ and
web/ (web/shell.js holds no sentence of its own, a test below holds that; site.js and sw.js
are not read here), every text block and message of every built page (the templates' words
and the loader's too), and every guidance page as a whole.
Other languages are measured by their own formulas in tests/test_languages.py."""

import ast
import html
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import textstat

from buildsite.site_pages import PAGES, in_language
from pyapp import texts
from pyapp.outcomes import CAVEAT, OUTCOMES, REASONS
from pyapp.patch import WHY
from pyapp.questions import GROUPS, QUESTIONS
from pyapp.texts import LANGUAGES
from tests.plain_words import MAX_GRADE, filled, measured, too_hard


LABEL_WORDS = 2  # a label of one or two words ("Question", "Worst imaginable") has no grade to speak of


def english_texts():
    """(key, text) for every text of the English catalogue but its one- and two-word labels,
    its {names} filled in."""
    found = [(key, filled(texts.DEFAULT, key)) for key in sorted(texts.catalogue(texts.DEFAULT))]
    return [(key, words) for key, words in found if len(words.split()) > LABEL_WORDS]


def test_the_texts_cover_every_outcome_question_and_reason():
    keys = set(texts.catalogue(texts.DEFAULT))
    for outcome in OUTCOMES.values():
        assert outcome["title"] in keys
        assert {key for _when, _reason, row in outcome["now"] + outcome["advice"] for key in row} <= keys
    assert {key for row, _guide in REASONS.values() for key in row} <= keys
    assert {q["text"] for q in QUESTIONS} | {legend for legend, _keys in GROUPS} <= keys
    assert CAVEAT in keys


def test_the_grade_measure_tells_plain_from_dense_text():
    """The measure itself can fail: a dense clinical sentence is well above the bar."""
    dense = ("Pain accompanied by systemic symptoms like fever, chills, or unexplained weight "
             "loss could indicate an underlying infection or serious condition.")
    assert textstat.flesch_kincaid_grade(dense) > MAX_GRADE
    assert textstat.flesch_kincaid_grade("Do not run today. Rest.") <= MAX_GRADE


@pytest.mark.parametrize("key,text", english_texts(), ids=[key for key, _ in english_texts()])
def test_every_english_text_is_at_most_grade_8(key, text):
    grade = textstat.flesch_kincaid_grade(text)
    assert grade <= MAX_GRADE, "{} reads at grade {}: {!r}".format(key, grade, text)


GUIDANCE_PAGES = [in_language(page, lang) + "index.html" for lang in LANGUAGES for page in PAGES]


def main_text(page_html):
    """The words of a page's <main>, tables and all, without the markup."""
    main = page_html.split("<main", 1)[1].split("</main>", 1)[0]
    main = re.sub(r"<(script|style|noscript)\b.*?</\1>", " ", main, flags=re.S)
    text = re.sub(r"<[^>]+>", " ", main.split(">", 1)[1])
    return re.sub(r"\s+", " ", html.unescape(text)).strip()


def language_of(path):
    """The language of a built page: the folder it is in ('es/...'), else English."""
    return path.split("/", 1)[0] if path.split("/", 1)[0] in LANGUAGES else "en"


@pytest.mark.parametrize("path", GUIDANCE_PAGES)
def test_every_guidance_page_reads_plainly_in_its_language(site_dir, path):
    text = main_text((site_dir / path).read_text())
    assert len(text.split()) > 40, "the page has its words: " + text[:200]
    assert not too_hard(language_of(path), text), "{} reads at {}".format(path, too_hard(language_of(path), text))


# Every string in the Python a runner's words live in ------------------------------------

ROOT = Path(__file__).resolve().parent.parent
# the catalogues are measured above, each by its own language's measure (tests/test_languages.py)
SOURCES = sorted(path for path in (ROOT / "pyapp").glob("*.py") if not path.name.startswith("texts_")) \
    + sorted((ROOT / "web").glob("*.py"))
MIN_WORDS = 5  # the grade of a fragment under five words is noise ("Not answered", "Go to {}")


def docstrings_and_source_quotes(tree):
    """The string nodes that are not shown to a runner: docstrings, and the article's own
    sentences kept beside each question (its "source")."""
    skipped = set()
    for node in ast.walk(tree):
        body = getattr(node, "body", None)
        if isinstance(body, list) and body and isinstance(body[0], ast.Expr) \
                and isinstance(body[0].value, ast.Constant):
            skipped.add(id(body[0].value))
        if isinstance(node, ast.Dict):
            for key, value in zip(node.keys, node.values):
                if isinstance(key, ast.Constant) and key.value == "source":
                    skipped.update(id(sub) for sub in ast.walk(value))
    return skipped


def source_strings():
    """(file:line, text) for every string literal of MIN_WORDS or more words that is not markup."""
    found = []
    for path in SOURCES:
        tree = ast.parse(path.read_text())
        skipped = docstrings_and_source_quotes(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skipped:
                text = node.value.strip()
                if len(text.split()) >= MIN_WORDS and not text.startswith("<"):
                    found.append(("{}:{}".format(path.relative_to(ROOT), node.lineno), text))
    return found


def test_the_catalogue_holds_the_page_scripts_messages():
    """The pages' messages are graded as catalogue texts, so they must be there, not in the code."""
    keys = {key for key, _text in english_texts()}
    assert {"check.bad_link", "log_page.problem", "log.hint", "store.full", "check.failed_text", "check.broken",
            "log_page.failed_text"} <= keys
    assert {"shell.why_" + why for why in WHY} <= keys, "why the engine could not start: the shell's words"


# The page shell's words: every one a catalogue text, handed to it in the page's language ---------

SHELL = ROOT / "web" / "shell.js"
WORD = re.compile(r"[A-Za-z]+[,;:.!?]?")


def script_strings(source):
    """Every string literal of a script outside its comments and its console.* calls (for whoever
    reads the console, never the runner)."""
    source = re.sub(r"^\s*//[^\n]*|/\*.*?\*/", "", source, flags=re.S | re.M)
    source = re.sub(r"console\.\w+\([^;]*\);", "", source)
    quoted = re.finditer(r"\"((?:[^\"\\\n]|\\.)*)\"|'((?:[^'\\\n]|\\.)*)'", source)
    return [match[1] if match[1] is not None else match[2] for match in quoted]


def sentences(strings):
    """The strings that read as words to a person: three or more words, nothing but words."""
    return [string for string in strings
            if len(string.split()) >= 3 and all(WORD.fullmatch(word) for word in string.split())]


def test_the_page_shell_says_no_sentence_of_its_own():
    """Its words are the catalogue's (pyapp.patch.loader_words): a sentence typed into web/shell.js
    is one no translation and no grade reaches, shown in English on /es/check/."""
    assert sentences(script_strings(SHELL.read_text())) == []
    planted = SHELL.read_text() + '\n  failed("it is taking too long; check your connection");\n'
    assert sentences(script_strings(planted)) == ["it is taking too long; check your connection"]


def test_the_page_shell_names_each_reason_the_catalogue_gives():
    """Each reason web/shell.js gives ("whySlow") is a catalogue text pyapp.patch hands it, and each one
    handed is used."""
    used = set(re.findall(r"\"(why[A-Z]\w*)\"", SHELL.read_text()))
    handed = {"why" + "".join(part.capitalize() for part in why.split("_")) for why in WHY}
    assert used == handed


@pytest.mark.parametrize("where,text", source_strings(), ids=[name for name, _ in source_strings()])
def test_every_string_in_pyapp_and_web_is_at_most_grade_8(where, text):
    grade = textstat.flesch_kincaid_grade(text)
    assert grade <= MAX_GRADE, "{} reads at grade {}: {!r}".format(where, grade, text)


# Every text block of every built page, hidden ones and the loader's messages included ---------

BLOCKS = {"p", "li", "h1", "h2", "h3", "legend", "label", "button", "dt", "dd", "th", "td",
          "figcaption", "summary", "a"}
SPOKEN_ATTRIBUTES = ("alt", "aria-label", "data-failed-text", "data-slow", "data-broken", "data-failed-status",
                     "content") + tuple("data-why-" + why.replace("_", "-") for why in WHY)
PLACEHOLDER = re.compile(r"\{(why|link)\}")  # what the page shell fills in: a sentence, a link's words


class TextBlocks(HTMLParser):
    """The words of each block (and of each attribute a runner reads or hears) of a page.

    A block made only of links (the footer's row of links) is a list of names, not prose:
    each link is graded on its own instead.
    """

    def __init__(self):
        super().__init__()
        self.blocks, self.open, self.skip, self.links = [], [], 0, 0

    def handle_starttag(self, tag, attrs):
        for name, value in attrs:
            if name in SPOKEN_ATTRIBUTES and value and (name != "content" or ("name", "description") in attrs):
                self.blocks.append(PLACEHOLDER.sub(" ", value))
        if tag in ("script", "style", "title"):
            self.skip += 1
        elif tag in BLOCKS:
            self.open.append({"words": [], "prose": False})
        self.links += tag == "a"

    def handle_endtag(self, tag):
        self.links -= tag == "a"
        if tag in ("script", "style", "title"):
            self.skip -= 1
        elif tag in BLOCKS and self.open:
            block = self.open.pop()
            if block["prose"] or tag == "a":
                self.blocks.append(" ".join(block["words"]))
            if self.open:
                self.open[-1]["words"].extend(block["words"])
                self.open[-1]["prose"] |= block["prose"]

    def handle_data(self, data):
        if self.open and not self.skip:
            self.open[-1]["words"].append(data)
            self.open[-1]["prose"] |= not self.links and any(char.isalpha() for char in data)


def page_blocks(site_dir, lang):
    """(page, text) of every block long enough to measure on every page in lang (404 page included)."""
    found = []
    for path in sorted(site_dir.rglob("*.html")):
        page = path.relative_to(site_dir).as_posix()
        if language_of(page) != lang:
            continue
        parser = TextBlocks()
        parser.feed(path.read_text(encoding="utf-8"))
        for text in parser.blocks:
            text = re.sub(r"\s+", " ", text).strip()
            if measured(lang, text):
                found.append((page, text))
    return found


@pytest.mark.parametrize("lang,loader_words,template_words", (
    ("en", "could not be shown on this device", "Loading the check"),
    ("es", "No se pudo mostrar tu registro en este dispositivo", "Se carga el cuestionario"),
))
def test_every_text_block_of_every_page_reads_plainly_in_its_language(site_dir, lang, loader_words, template_words):
    blocks = page_blocks(site_dir, lang)
    assert not loader_words or any(loader_words in text for _page, text in blocks), "the loader's words"
    assert any(template_words in text for _page, text in blocks), "the templates' own words"
    dense = ["{} reads at {}: {!r}".format(page, too_hard(lang, text), text)
             for page, text in blocks if too_hard(lang, text)]
    assert not dense, "\n".join(dense)

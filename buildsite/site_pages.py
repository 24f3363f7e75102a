"""The site's pages, defined once: mkdocs.yml's nav, in its order, then the pages the site
builds outside the nav (its `not_in_nav`), and the languages each of them is in. Everything
that needs a list of pages reads it here.

A page is named by its path under the site root, as the built site's folders and a browser
name it: "" for the home page, "check/" for check.md. That is its English address; the same
page in another language is under that language's folder: in_language("check/", "es") is
"es/check/" (docs/check.es.md)."""

from pathlib import Path

from mkdocs.utils import yaml_load

from pyapp.pages import PAGES as PYTHON_CORES
from pyapp.texts import DEFAULT, LANGUAGES, text

CONFIG = Path(__file__).resolve().parent.parent / "mkdocs.yml"


def _path(doc):
    """A page's path from its markdown file: 'index.md' -> '', 'check.md' -> 'check/'."""
    name = doc.strip().lstrip("/").removesuffix(".md")
    if name == "index" or name.endswith("/index"):
        return name.removesuffix("index")
    return name + "/"


def _entries(nav):
    """The markdown file of each page of a nav, sections walked in order (MkDocs' nav is a
    list of {title: file or section}, or of bare files)."""
    for item in nav:
        for entry in (item.values() if isinstance(item, dict) else (item,)):
            yield from _entries(entry) if isinstance(entry, list) else (entry,)


def _read(config=CONFIG):
    """The nav's pages, and those of not_in_nav in the default language (MkDocs allows
    patterns there; ours names files, each language's own)."""
    with open(config, encoding="utf-8") as file:
        data = yaml_load(file)
    outside = [line for line in data.get("not_in_nav", "").splitlines()
               if line.strip() and line.count(".") == 1]  # "/offline.md", not "/offline.es.md"
    return tuple(map(_path, _entries(data["nav"]))), tuple(map(_path, outside))


def not_in_nav_lines(config=CONFIG):
    """mkdocs.yml's not_in_nav, a line a file, every language's (buildsite.languages holds it to what each declares)."""
    with open(config, encoding="utf-8") as file:
        return yaml_load(file).get("not_in_nav", "").splitlines()


def without_language(doc):
    """A markdown file's name without its language: 'check.es.md' and 'check.md' -> 'check.md'."""
    name = doc.removesuffix(".md")
    for lang in LANGUAGES:
        name = name.removesuffix("." + lang)
    return name + ".md"


def page_of(doc):
    """The page a markdown file is, in any language: 'check.es.md' or 'check.md' -> 'check/'."""
    return _path(without_language(doc))


def nav_key(page):
    """The catalogue key of a page's name in the site's header: 'check/' -> 'nav.check'."""
    return "nav." + (page.strip("/") or "home")


def language_root(lang):
    """Where a language's pages live under the site root: '' for the default, 'es/' for Spanish."""
    return "" if lang == DEFAULT else lang + "/"


def to_root(path):
    """The relative path from a page to the site root: '' from the home page, '../' from
    'check/', '../../' from 'es/check/' (a page's path, or its MkDocs url: the same thing)."""
    return "../" * path.count("/")


def in_language(page, lang):
    """A page's path in a language: in_language('check/', 'es') == 'es/check/'."""
    return language_root(lang) + page


# The site's nav pages, in their order; NAV pairs each with its English name in the header.
NAV_PAGES, OTHER_PAGES = _read()
NAV = tuple((text(DEFAULT, nav_key(page)), page) for page in NAV_PAGES)
# The page the service worker shows offline, at any address and any depth, in each language.
OFFLINE_PAGE = "offline/"
# Every page the site builds from docs/ (the 404 page comes from the theme), by its English path.
PAGES = NAV_PAGES + OTHER_PAGES
# The pages whose logic is Python (pyapp.pages): the ones where a runner answers or acts.
PYTHON_PAGES = tuple(page for page in NAV_PAGES if page.rstrip("/") in PYTHON_CORES)
# Every page in every language the site speaks, English first.
ALL_PAGES = tuple(in_language(page, lang) for lang in LANGUAGES for page in PAGES)

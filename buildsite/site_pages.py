"""The site's pages, defined once: mkdocs.yml's nav, in its order, then the pages the site
builds outside the nav (its `not_in_nav`). Everything that needs a list of pages reads it here.

A page is named by its path under the site root, as the built site's folders and a browser
name it: "" for the home page, "check/" for check.md."""

from pathlib import Path

from mkdocs.utils import yaml_load

from pyapp.pages import CORES

CONFIG = Path(__file__).resolve().parent.parent / "mkdocs.yml"


def _path(doc):
    """A page's path from its markdown file: 'index.md' -> '', 'check.md' -> 'check/'."""
    name = doc.strip().lstrip("/").removesuffix(".md")
    if name == "index" or name.endswith("/index"):
        return name.removesuffix("index")
    return name + "/"


def _entries(nav):
    """(title, markdown file) of each page of a nav, sections walked in order (MkDocs' nav is a
    list of {title: file or section}, or of bare files)."""
    for item in nav:
        for title, entry in (item.items() if isinstance(item, dict) else ((None, item),)):
            yield from _entries(entry) if isinstance(entry, list) else ((title, entry),)


def _read(config=CONFIG):
    """The nav, and the pages of not_in_nav (MkDocs allows patterns there; ours names files)."""
    with open(config, encoding="utf-8") as file:
        data = yaml_load(file)
    outside = [line for line in data.get("not_in_nav", "").splitlines() if line.strip()]
    nav = tuple((title, _path(doc)) for title, doc in _entries(data["nav"]))
    return nav, tuple(map(_path, outside))


# The site's nav, in its order: (title, page) of each page a runner reads or uses.
NAV, OTHER_PAGES = _read()
NAV_PAGES = tuple(page for _title, page in NAV)
# Every page the site builds from docs/ (the 404 page comes from the theme).
PAGES = NAV_PAGES + OTHER_PAGES
# The pages whose logic is Python (pyapp.pages): the ones where a runner answers or acts.
PYTHON_PAGES = tuple(page for page in NAV_PAGES if page.rstrip("/") in CORES)

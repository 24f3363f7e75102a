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


def _docs(nav):
    """The markdown files of a nav, sections walked in order (MkDocs' nav is a list of
    {title: file or section}, or of bare files)."""
    for item in nav:
        entries = item.values() if isinstance(item, dict) else (item,)
        for entry in entries:
            yield from _docs(entry) if isinstance(entry, list) else (entry,)


def _read(config=CONFIG):
    with open(config, encoding="utf-8") as file:
        data = yaml_load(file)
    outside = [line for line in data.get("not_in_nav", "").splitlines() if line.strip()]
    return tuple(map(_path, _docs(data["nav"]))), tuple(map(_path, outside))


# The pages in the site's nav, in the nav's order: the ones a runner reads or uses.
NAV_PAGES, OTHER_PAGES = _read()
# Every page the site builds from docs/ (the 404 page comes from the theme).
PAGES = NAV_PAGES + OTHER_PAGES
# The pages whose logic is Python (pyapp.pages): the ones where a runner answers or acts.
PYTHON_PAGES = tuple(page for page in NAV_PAGES if page.rstrip("/") in CORES)

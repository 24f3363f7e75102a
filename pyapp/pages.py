"""The pages whose logic is Python, and the core that decides what each shows: the one list
that the worker (web/worker.py), the build (each page's shell data and its own engine files,
buildsite.engine_files) and the site's pages read.

A page's core is the module pyapp/<page>_page.py, imported the first time it is asked for:
the worker of one page loads that page's core only, never the other's.
"""

from pyapp.patch import STORAGE_DATA

PAGES = ("check", "log")


def core(page):
    """The module that decides what page shows (pyapp.check_page for "check")."""
    if page not in PAGES:
        raise KeyError(page)
    return __import__(core_module(page), None, None, ("handle",))


def core_module(page):
    return "pyapp." + page + "_page"


def shell_data(lang):
    """{page: its (data attribute, value) pairs}: what web/shell.js says on each page, in lang, and
    the names of the storage faults it answers with (pyapp.patch.STORAGE_DATA), the same on every page."""
    return dict((page, core(page).shell_data(lang) + STORAGE_DATA) for page in PAGES)

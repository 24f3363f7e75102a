"""Where the bench finds the built site and its pages, and keeps its own files."""

from buildsite.install import ROOT
from buildsite.site import SITE_DIR
from buildsite.site_pages import NAV_PAGES, PYTHON_PAGES

__all__ = ("BENCH_DIR", "BENCHMARKS", "ROOT", "SITE_DIR", "answer_pages", "site_pages")

BENCH_DIR = ROOT / ".bench"
BENCHMARKS = ROOT / "BENCHMARKS.md"  # the bench's last results, rendered; the README links to it


def site_pages():
    """The URL paths of every page the bench measures: the site's nav, in its order."""
    return ["/" + page for page in NAV_PAGES]


def answer_pages():
    """The URL paths of the pages where a runner answers questions: the bench times every tap there."""
    return ["/" + page for page in PYTHON_PAGES]

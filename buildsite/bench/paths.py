"""Where the bench finds the built site and its pages, and keeps its own files."""

from buildsite.setup import ROOT
from buildsite.site import SITE_DIR

BENCH_DIR = ROOT / ".bench"
README = ROOT / "README.md"

# Every page of the site, as a path under the site root.
PAGES = ("", "check/", "causes/", "adjustments/", "warning-signs/", "about/")
# Pages being added: measured once the built site has them.
LATER_PAGES = ("log/",)
# The pages where a runner answers questions: the bench times every tap there.
ANSWER_PAGES = ("check/", "log/")


def site_pages(site=SITE_DIR):
    """The URL paths of every page to measure: PAGES, and LATER_PAGES the built site already has."""
    later = tuple(page for page in LATER_PAGES if (site / page / "index.html").is_file())
    return ["/" + page for page in PAGES + later]


def answer_pages(site=SITE_DIR):
    """The URL paths of the built pages where the bench walks through the answers."""
    return [page for page in site_pages(site) if page.strip("/") + "/" in ANSWER_PAGES]

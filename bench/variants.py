"""The site's own pages with another engine, built from the built site: "the page alone" (its engine script
removed: its HTML, CSS and site.js) and "the floor" (the floor's engine in its place: a plain MicroPython module
worker running the same .mpy files, no PyScript). Each is a copy of site/ served as a site root of its own."""

import re
import shutil
from pathlib import Path

from bench.paths import BENCH_DIR, SITE_DIR

ALONE_DIR = BENCH_DIR / "alone"
FLOOR_DIR = BENCH_DIR / "floor"
HERE = Path(__file__).resolve().parent
SHELL = re.compile(r"""<script src="[^"]*/shell\.js"[^>]*?data-engine-files='([^']*)'.*?></script>""", re.S)
PRELOADS = re.compile(r"<link rel=\"modulepreload\"[^>]*>")
FLOOR_SCRIPT = "<script src=\"/floor.js\" data-engine-files='{}' defer></script>"


def without_engine(page, engine=""):
    """A page's HTML with its shell script (and the preloads of its engine) replaced by engine; the page shows
    its form and log at once, as the shell would have it (data-top)."""
    page, count = SHELL.subn(lambda _match: engine, page, count=1)
    if not count:
        raise RuntimeError("the bench found no engine script to replace in a page of the built site")
    return PRELOADS.sub("", page).replace("<html ", '<html data-top="" ', 1)


def engine_pages(site):
    """Every page of site that starts the engine."""
    return [path for path in Path(site).rglob("*.html") if SHELL.search(path.read_text())]


def build_alone(target=ALONE_DIR, site=SITE_DIR):
    """A copy of site whose pages have no engine."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(site, target)
    for path in engine_pages(target):
        path.write_text(without_engine(path.read_text()))
    return target


def build_floor(target=FLOOR_DIR, site=SITE_DIR):
    """A copy of site whose pages run the floor's engine: bench/floor.js starts bench/floor-worker.mjs, which
    loads the site's own MicroPython and the .mpy files the page's shell would load, from the same URLs."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(site, target)
    for name in ("floor.js", "floor-worker.mjs"):
        shutil.copyfile(HERE / name, target / name)
    for path in engine_pages(target):
        page = path.read_text()
        path.write_text(without_engine(page, FLOOR_SCRIPT.format(SHELL.search(page).group(1))))
    return target

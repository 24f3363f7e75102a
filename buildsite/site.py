"""Build the site into site/: MkDocs with our theme and hooks."""

import logging
from pathlib import Path

from mkdocs.commands.build import build as mkdocs_build
from mkdocs.config import load_config
from mkdocs.exceptions import MkDocsException

from buildsite import BuildError
from buildsite.install import ROOT

SITE_DIR = ROOT / "site"


def build(site_dir=SITE_DIR, site_url=None, docs_dir=None, source_dir=None):
    """Build the whole site; BuildError says which step failed.

    site_url and docs_dir override mkdocs.yml (tests build under a sub-path,
    or from changed pages); source_dir is where pyapp/ and web/ come from
    (tests build a second version of the engine).
    """
    overrides = {"site_dir": str(Path(site_dir))}
    if site_url:
        overrides["site_url"] = site_url
    if docs_dir:
        overrides["docs_dir"] = str(Path(docs_dir))
    warnings = WarningList()
    logging.getLogger("mkdocs").addHandler(warnings)
    try:
        config = load_config(str(ROOT / "mkdocs.yml"), **overrides)
        if source_dir:  # beside the deploy's own extras (an override would replace them all)
            config["extra"]["source_dir"] = str(Path(source_dir))
        mkdocs_build(config)
    except MkDocsException as error:
        raise BuildError("the MkDocs build failed: {}{}".format(error, warnings.listed())) from error
    finally:
        logging.getLogger("mkdocs").removeHandler(warnings)
    return Path(site_dir)


class WarningList(logging.Handler):
    """Keeps MkDocs' warnings, so a failed build can say what they were."""

    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages = []

    def emit(self, record):
        self.messages.append(record.getMessage())

    def listed(self):
        return "".join("\n  - " + message for message in self.messages)

"""Where the bench finds the built site and keeps its own files."""

from buildsite.setup import ROOT
from buildsite.site import SITE_DIR

BENCH_DIR = ROOT / ".bench"

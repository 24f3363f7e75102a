"""Where the bench finds the built site and keeps its own files."""

from buildsite import engine_files

ROOT = engine_files.ROOT
SITE_DIR = ROOT / "site"
BENCH_DIR = ROOT / ".bench"

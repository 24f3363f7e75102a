"""Everything build.py does: set-up, the site build, serving, benchmarking."""

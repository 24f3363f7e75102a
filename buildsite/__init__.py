"""Everything build.py does: set-up, the site build, serving, benchmarking."""


class BuildError(RuntimeError):
    """A build step that cannot go on; the message says what failed and what to do."""

"""What builds and serves the site: set-up, the MkDocs hooks, the engine files, serving. (The benchmark is `bench/`.)"""


class BuildError(RuntimeError):
    """A build step that cannot go on; the message says what failed and what to do."""

"""What builds and serves the site: set-up, the MkDocs hooks, the engine files, serving. (The benchmark is `bench/`.)"""

import hashlib
import os
import tempfile
from pathlib import Path

# Build outputs that are slow to make (bytecode, PNGs), kept by the hash of everything that makes
# them: outside the clone, so a fresh clone's builds (the tests build the site many times) reuse them.
CACHE_DIR = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "can-i-run-build"


class BuildError(RuntimeError):
    """A build step that cannot go on; the message says what failed and what to do."""


def cached(kind, parts, make):
    """The bytes make() returns, made once for each content of parts (bytes or str): any change
    to a part, including the code or tool version a caller puts among them, makes them anew."""
    digest = hashlib.sha256(kind.encode())
    for part in parts:
        part = part if isinstance(part, bytes) else str(part).encode()
        digest.update(len(part).to_bytes(8, "big") + part)
    path = CACHE_DIR / kind / digest.hexdigest()
    try:
        return path.read_bytes()
    except OSError:
        pass
    blob = make()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, delete=False) as temp:
            temp.write(blob)
        os.replace(temp.name, path)  # whole or not at all, even with two builds at once
    except OSError:
        pass  # a read-only home still builds, only more slowly
    return blob

"""Files replaced whole: a crash or a kill leaves the old version or the new one.

The batch state (ids of billed batches), cassettes, the compacted errors file and the
model download's progress are each rewritten as a whole; a torn one would lose what it
records. No library was taken for these few lines: ``atomicwrites`` is archived, and
``boltons`` would bring a large package for one function.
"""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` by a synced temporary file in the same
    directory renamed over it; the temporary file is removed if anything fails."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise

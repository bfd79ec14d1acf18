"""Files replaced whole: a crash or a kill leaves the old version or the new one.

The batch state (ids of billed batches), cassettes, the compacted errors file and the
model download's progress are each rewritten as a whole; a torn one would lose what it
records. No library was taken for these few lines: ``atomicwrites`` is archived, and
``boltons`` would bring a large package for one function.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path


def write_atomically(path: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``path`` by a synced temporary file in the same
    directory renamed over it; the temporary file is removed if anything fails.

    The file gets the permissions any new file gets (the umask's), as ``write_text``
    would give it: ``tempfile.mkstemp`` makes files only their owner can read, and the
    errors file or a batch's state are often read by a team.
    """
    # The name cut short: a file name may take 255 bytes, and one near that with ".tmp"
    # and a random part around it could not be made at all.
    temporary = path.with_name(f".{path.name[:60]}.{secrets.token_hex(6)}.tmp")
    fd = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666)
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

"""Files written whole or not at all: a temporary file in the same directory (mode 0600),
flushed to disk, then renamed into place, so a crash never leaves a half-written file under
its final name (an empty secret, a truncated blob)."""
from __future__ import annotations

import os
import tempfile
from pathlib import Path


def write_atomically(path: Path, data: bytes, *, sync_directory: bool = False) -> None:
    """`sync_directory` also flushes the directory, so the rename itself survives a power
    cut (worth it for a secret written once, not for every blob)."""
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")  # mkstemp: mode 0600
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    if sync_directory:
        directory = os.open(path.parent, os.O_RDONLY)
        try:
            os.fsync(directory)
        finally:
            os.close(directory)

"""The data dir and what the gateway writes in it are private to the user it runs as:
directories 0700, files 0600 (the database and its -wal/-shm, blobs, secrets)."""
from __future__ import annotations

import os
import stat
from pathlib import Path

from adapters.embedded.atomic_files import write_atomically as write_file_atomically

# Files SQLite, the blob store and the index create inherit this: no group or other bits.
PRIVATE_UMASK = 0o077
_OPEN_TO_OTHERS = stat.S_IRWXG | stat.S_IRWXO


def make_private() -> None:
    """From here on, every file and directory this process creates is private."""
    os.umask(PRIVATE_UMASK)


def prepare_data_dir(data_dir: Path, files: tuple[Path, ...] = ()) -> None:
    """Creates the data dir 0700; tightens it and the given files where an older version
    left them readable by others (the database was once created 0644)."""
    data_dir.mkdir(mode=0o700, parents=True, exist_ok=True)
    for path in (data_dir, *files):
        try:
            mode = path.stat().st_mode
        except FileNotFoundError:
            continue
        if mode & _OPEN_TO_OTHERS:
            path.chmod(stat.S_IMODE(mode) & ~_OPEN_TO_OTHERS)


def write_atomically(path: Path, text: str) -> None:
    """`text` under `path`, mode 0600, whole or not at all, the rename flushed to disk."""
    write_file_atomically(path, text.encode("utf-8"), sync_directory=True)

"""Why the gateway could not start, said in one line that names the file and the cause.

Start-up problems (a corrupt or locked database, a data dir that cannot be written, an empty
secret) are the operator's to fix: the process exits at once with this line on stderr, so
that a supervisor restarts it or alerts, instead of a traceback and a process left running."""
from __future__ import annotations

import errno
import sqlite3
from pathlib import Path

from gateway.config import Settings


class StartupFailure(Exception):
    def __init__(self, path: Path | str | None, cause: str) -> None:
        super().__init__(f"{path}: {cause}" if path else cause)
        self.path = path
        self.cause = cause


_SQLITE_CAUSES = {
    "database is locked": "the database is locked by another process (is another gateway running on it?)",
    "file is not a database": "the file is not a SQLite database (corrupt or overwritten)",
    "database disk image is malformed": "the database file is corrupt or truncated",
    "unable to open database file": "the database file cannot be opened (a directory, or a missing or unwritable dir)",
    "attempt to write a readonly database": "the database file or its directory is read-only",
    "disk I/O error": "disk I/O error reading or writing the database",
}


def explain(error: BaseException, database_path: Path | None) -> StartupFailure:
    """The start-up failure behind `error`, naming the file it concerns where it is known."""
    if isinstance(error, StartupFailure):
        return error
    if isinstance(error, sqlite3.Error):
        text = str(error)
        cause = next((said for known, said in _SQLITE_CAUSES.items() if known in text), f"SQLite error: {text}")
        return StartupFailure(database_path, cause)
    if isinstance(error, OSError):
        reason = error.strerror or str(error)
        if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            reason = f"{reason} (the data dir must be writable by this user)"
        elif error.errno in (errno.EEXIST, errno.ENOTDIR):
            reason = f"{reason} (a file stands where a directory is needed)"
        return StartupFailure(error.filename, reason)
    return StartupFailure(None, f"{type(error).__name__}: {error}")


def refuse_unsafe_production_settings(settings: Settings) -> None:
    """Settings meant for a developer's machine that must not reach production."""
    if settings.environment == "production" and settings.outbox_keep_delivered_bodies is True:
        raise StartupFailure(
            "TALENTGRAPH_OUTBOX_KEEP_DELIVERED_BODIES",
            "keeping one-time links and codes in the outbox after delivery is refused in production",
        )
    if settings.environment == "production":
        _refuse_cheap_password_hashes(settings)


# OWASP's least argon2id cost for password storage (one lane).
_LEAST_TIME_COST, _LEAST_MEMORY_KIB = 2, 19 * 1024


def _refuse_cheap_password_hashes(settings: Settings) -> None:
    if settings.password_hash_time_cost is not None and settings.password_hash_time_cost < _LEAST_TIME_COST:
        raise StartupFailure(
            "TALENTGRAPH_PASSWORD_HASH_TIME_COST",
            f"fewer than {_LEAST_TIME_COST} argon2id passes is refused in production; unset it for the default",
        )
    if settings.password_hash_memory_kib is not None and settings.password_hash_memory_kib < _LEAST_MEMORY_KIB:
        raise StartupFailure(
            "TALENTGRAPH_PASSWORD_HASH_MEMORY_KIB",
            f"less than {_LEAST_MEMORY_KIB} KiB of argon2id memory is refused in production; unset it for the default",
        )

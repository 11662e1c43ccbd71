"""A database as an earlier version left it: opened with the migrations before `version` only,
with one organization ('o1') for jobs to belong to. Closed by the caller before the current
code opens the same file and migrates it."""
from __future__ import annotations

from pathlib import Path

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.migrations import MIGRATIONS


async def database_before(path: Path, version: int) -> Database:
    old = Database(path, migrations=[m for m in MIGRATIONS if m[0] < version])
    await old.open()
    await old.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o1', 'Acme', '2026-01-01')")
    return old

"""Application processing leases in the shared SQLite file (implements
domain.ports.application_leases.ApplicationProcessingLeases). Taking one is a single
upsert, so SQLite's one writer at a time decides between processes; a lease whose holder
died runs out by its time."""
from __future__ import annotations

import time

from adapters.embedded.sqlite.database import Database


class SqliteApplicationLeases:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def acquire(self, application_id: str, holder: str, seconds: float) -> bool:
        now = time.time()
        taken = await self._db.execute(
            "INSERT INTO application_processing_leases(application_id, holder, expires_at) VALUES (?, ?, ?)"
            " ON CONFLICT(application_id) DO UPDATE SET holder = excluded.holder, expires_at = excluded.expires_at"
            " WHERE application_processing_leases.expires_at <= ?"
            " OR application_processing_leases.holder = excluded.holder",
            (application_id, holder, now + seconds, now),
        )
        return taken == 1

    async def release(self, application_id: str, holder: str) -> None:
        await self._db.execute(
            "DELETE FROM application_processing_leases WHERE application_id = ? AND holder = ?",
            (application_id, holder),
        )

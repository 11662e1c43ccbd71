"""Which scoring made the stored match scores, on SQLite (domain.ports.scoring_version): one row,
read and changed in one write transaction with the work it queues, so of processes starting
together one queues the rescoring and the others find it recorded. The table: scoring_version_table.py."""
from __future__ import annotations

import logging

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.embedding_model import QUEUE_EVERY_OPEN_JOB

log = logging.getLogger(__name__)


class SqliteScoringVersion:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def adopt(self, version: int) -> bool:
        async with self._db.transaction() as conn:
            cursor = await conn.execute("SELECT version FROM scoring_version WHERE id = 1")
            row = await cursor.fetchone()
            recorded = row[0] if row is not None else 0
            if recorded >= version:
                if recorded > version:
                    log.warning("stored scores are scoring version %s's; this process scores with %s", recorded, version)
                return False
            await conn.execute(QUEUE_EVERY_OPEN_JOB)
            await conn.execute("INSERT INTO scoring_version(id, version) VALUES (1, ?)"
                               " ON CONFLICT(id) DO UPDATE SET version = excluded.version", (version,))
            return True

"""domain.services.embedding_rescoring's OpenJobsRescoring on SQLite: the check that no résumé
re-embedding is left and the queueing of every open job in one write transaction, so none
finishing meanwhile is missed."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.embedding_model import QUEUE_EVERY_OPEN_JOB
from domain.services.matching_triggers import MATCH_JOB
from domain.services.resume_reembedding import REEMBED_RESUME


class SqliteOpenJobsRescoring:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def queue_every_open_job_if_reembedded(self) -> bool:
        async with self._db.transaction() as conn:
            cursor = await conn.execute(
                "SELECT 1 FROM work_items WHERE kind = ? AND state IN ('ready', 'leased') LIMIT 1", (REEMBED_RESUME,))
            if await cursor.fetchone() is not None:
                return False
            # A job's matching running now may have read the résumés before the last was embedded
            # again, and a dead one will not run: both give their key up to the new work, as
            # the queue does for work queued after_running (work_queue.py).
            await conn.execute("UPDATE work_items SET dedupe_key = NULL"
                               " WHERE kind = ? AND state IN ('leased', 'dead')", (MATCH_JOB,))
            await conn.execute(QUEUE_EVERY_OPEN_JOB)
            return True

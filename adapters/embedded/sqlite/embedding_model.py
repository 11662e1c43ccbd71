"""The identity of the model that made the stored résumé and job vectors, and the switch to
another one.

Vectors of two models (or of one model in two number formats) do not measure the same thing,
so they are never compared: when the process that embeds starts with a model other than the
recorded one, in one transaction every stored résumé and job vector is deleted, the vector
generations are bumped (so the indexes are rebuilt from the store, without them), the new
identity is recorded and every open job and parsed résumé is queued on the durable queue to be
embedded again (the same work as a posted job / an upgraded résumé: it recomputes the matches),
with one more item that matches every open job again once no résumé is left to embed
(domain/services/embedding_rescoring.py).
Until a job or résumé has been embedded again it is simply not found by vector, as one still
being processed is not."""
from __future__ import annotations

from collections.abc import Sequence

import aiosqlite

from adapters.embedded.sqlite.database import Database
from domain.ports.embedding_model import MODEL_KINDS, EmbeddingModelChanged
from domain.services.embedding_rescoring import RESCORE_AFTER_REEMBEDDING

__all__ = ["MODEL_KINDS", "EmbeddingModelChanged", "SqliteEmbeddingModel", "adopt_embedding_model"]


def _queue_every(kind: str, key: str, table: str, status: str) -> str:
    """One durable work item of `kind` per row of `table` in `status`, its payload naming the row
    as `key`; work already queued for a row keeps its place (the dedupe key)."""
    return f"""
    INSERT OR IGNORE INTO work_items(id, kind, payload, dedupe_key, state, attempts, max_attempts,
        available_at, created_at, updated_at)
    SELECT lower(hex(randomblob(16))), '{kind}', json_object('{key}', id), '{kind}:' || id,
           'ready', 0, 3, t.now, t.now, t.now
    FROM {table}, (SELECT (julianday('now') - 2440587.5) * 86400.0 AS now) t
    WHERE status = '{status}'"""


QUEUE_EVERY_OPEN_JOB = _queue_every("match.job", "job_id", "jobs", "OPEN")
_QUEUE_EVERY_PARSED_RESUME = _queue_every("resume.reembed", "resume_id", "resumes", "PARSED")
_QUEUE_RESCORING = f"""
    INSERT OR IGNORE INTO work_items(id, kind, payload, dedupe_key, state, attempts, max_attempts,
        available_at, created_at, updated_at)
    SELECT lower(hex(randomblob(16))), '{RESCORE_AFTER_REEMBEDDING}', '{{}}', '{RESCORE_AFTER_REEMBEDDING}',
           'ready', 0, 3, t.now, t.now, t.now
    FROM (SELECT (julianday('now') - 2440587.5) * 86400.0 AS now) t"""


async def adopt_embedding_model(db: Database, model_id: str) -> bool:
    """Records `model_id` as the maker of the stored vectors; if another one was, its vectors
    are dropped and everything is queued to be embedded again. True when it changed."""
    async with db.transaction() as conn:
        cursor = await conn.execute("SELECT model FROM embedding_model WHERE id = 1")
        row = await cursor.fetchone()
        if row is not None and row[0] == model_id:
            return False
        await drop_and_index_again(conn, MODEL_KINDS)
        await conn.execute(
            "INSERT INTO embedding_model(id, model) VALUES (1, ?)"
            " ON CONFLICT(id) DO UPDATE SET model = excluded.model", (model_id,))
        return True


async def drop_and_index_again(conn: aiosqlite.Connection, kinds: Sequence[str]) -> None:
    """In the caller's write transaction: the stored vectors of `kinds` deleted (their
    generations bumped, so indexes built from them are rebuilt), and every open job and parsed
    résumé queued to be indexed again, then every open job matched again once no résumé is
    left (what a change of the maker of those vectors needs: the model, the lexical analyzer)."""
    marks = ",".join("?" for _ in kinds)
    await conn.execute(f"DELETE FROM embeddings WHERE kind IN ({marks})", tuple(kinds))
    await conn.executemany(
        "INSERT INTO embedding_generations(kind, generation) VALUES (?, 1)"
        " ON CONFLICT(kind) DO UPDATE SET generation = generation + 1",
        [(kind,) for kind in kinds])
    await conn.execute(QUEUE_EVERY_OPEN_JOB)
    await conn.execute(_QUEUE_EVERY_PARSED_RESUME)
    if await _any_pair(conn):  # else there is nothing to match again (a new data dir)
        # One left dead or running by an earlier switch gives its key up to this one's.
        await conn.execute("UPDATE work_items SET dedupe_key = NULL WHERE dedupe_key = ?"
                           " AND state IN ('leased', 'dead')", (RESCORE_AFTER_REEMBEDDING,))
        await conn.execute(_QUEUE_RESCORING)


async def _any_pair(conn: aiosqlite.Connection) -> bool:
    cursor = await conn.execute("SELECT EXISTS(SELECT 1 FROM jobs WHERE status = 'OPEN')"
                                " AND EXISTS(SELECT 1 FROM resumes WHERE status = 'PARSED')")
    row = await cursor.fetchone()
    return row is not None and bool(row[0])


class SqliteEmbeddingModel:
    """The EmbeddingModelRecord port on SQLite (table `embedding_model`, migration 27)."""

    def __init__(self, db: Database) -> None:
        self._db = db

    async def adopt(self, model_id: str) -> bool:
        return await adopt_embedding_model(self._db, model_id)

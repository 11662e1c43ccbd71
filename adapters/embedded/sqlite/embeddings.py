"""Embeddings in SQLite as float32 blobs; each write bumps a per-kind generation counter."""
from __future__ import annotations

from collections.abc import AsyncIterator, Sequence
from datetime import UTC, datetime

import numpy as np

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.embedding_model import MODEL_KINDS, EmbeddingModelChanged
from adapters.embedded.sqlite.lexical_analyzer import same_analyzer
from adapters.embedded.sqlite.rows import one_row, placeholders
from domain.ports.lexical_analyzer import LEXICAL_KINDS


def _blob(vector: Sequence[float]) -> bytes:
    return np.asarray(vector, dtype=np.float32).tobytes()


def _vector(blob: bytes) -> list[float]:
    return np.frombuffer(blob, dtype=np.float32).tolist()


class SqliteEmbeddingStore:
    def __init__(self, db: Database, model_id: str | None = None, analyzer: int | None = None) -> None:
        """`model_id`: the model this process embeds with (None: one that writes no vectors
        of the model); `analyzer`: the lexical analyzer version it makes term vectors with
        (None: one that writes none)."""
        self._db = db
        self._model_id = model_id
        self._analyzer = analyzer

    async def put(self, kind: str, owner_id: str, vector: Sequence[float]) -> None:
        await self.put_many(kind, [(owner_id, vector)])

    async def put_many(self, kind: str, items: Sequence[tuple[str, Sequence[float]]]) -> None:
        """Each as put() writes it, in one transaction."""
        if not items:
            return
        now = datetime.now(UTC).isoformat()
        # Nothing is kept for a resume that no longer exists: matching work that started
        # before its owner erased it must not write it back afterwards.
        guarded = kind.split(".")[0] == "resume"
        guard = " WHERE EXISTS (SELECT 1 FROM resumes WHERE id = ?)" if guarded else ""
        async with self._db.transaction() as conn:
            if self._model_id is not None and kind in MODEL_KINDS:
                await self._same_model(conn)
            if self._analyzer is not None and kind in LEXICAL_KINDS:
                await same_analyzer(conn, self._analyzer)
            await conn.executemany(
                "INSERT INTO embeddings(kind, owner_id, vector, updated_at) SELECT ?,?,?,?" + guard +
                " ON CONFLICT(kind, owner_id) DO UPDATE SET vector=excluded.vector, updated_at=excluded.updated_at",
                [(kind, owner_id, _blob(vector), now, *((owner_id,) if guarded else ())) for owner_id, vector in items],
            )
            await self._bump(conn, kind)

    async def get_many(self, kind: str, owner_ids: Sequence[str]) -> list[list[float] | None]:
        if not owner_ids:
            return []
        unique = list(set(owner_ids))
        rows = await self._db.fetch_all(
            f"SELECT owner_id, vector FROM embeddings WHERE kind = ? AND owner_id IN ({placeholders(len(unique))})",
            [kind, *unique],
        )
        found = {row[0]: _vector(row[1]) for row in rows}
        return [found.get(i) for i in owner_ids]

    async def delete(self, kind: str, owner_ids: Sequence[str]) -> None:
        if not owner_ids:
            return
        async with self._db.transaction() as conn:
            await conn.execute(
                f"DELETE FROM embeddings WHERE kind = ? AND owner_id IN ({placeholders(len(owner_ids))})",
                [kind, *owner_ids],
            )
            await self._bump(conn, kind)

    async def generation(self, kind: str) -> tuple[str, int]:
        row = await self._db.fetch_one("SELECT generation FROM embedding_generations WHERE kind = ?", (kind,))
        count = one_row(await self._db.fetch_one("SELECT count(*) FROM embeddings WHERE kind = ?", (kind,)))
        return str(row[0] if row else 0), int(count[0])

    async def stream(self, kind: str) -> AsyncIterator[tuple[str, list[float]]]:
        last = ""
        while True:
            rows = await self._db.fetch_all(
                "SELECT owner_id, vector FROM embeddings WHERE kind = ? AND owner_id > ? ORDER BY owner_id LIMIT 2000",
                (kind, last),
            )
            if not rows:
                return
            for owner_id, blob in rows:
                yield owner_id, _vector(blob)
            last = rows[-1][0]

    async def _same_model(self, conn) -> None:
        # In the write's own transaction: a start with another model that committed before it
        # is seen here, and one after it deletes what it wrote.
        cursor = await conn.execute("SELECT model FROM embedding_model WHERE id = 1")
        row = await cursor.fetchone()
        if row is not None and row[0] != self._model_id:
            raise EmbeddingModelChanged(
                f"the stored vectors are now {row[0]}'s and this process embeds with {self._model_id}:"
                " restart it so that it embeds with the same model")

    @staticmethod
    async def _bump(conn, kind: str) -> None:
        await conn.execute(
            "INSERT INTO embedding_generations(kind, generation) VALUES (?, 1)"
            " ON CONFLICT(kind) DO UPDATE SET generation = generation + 1",
            (kind,),
        )

"""Apollo persisted queries kept in SQLite, least recently used evicted past a bound.

A small in-process map sits in front so a hot query costs no SQLite round trip."""
from __future__ import annotations

import time
from collections import OrderedDict

from adapters.embedded.sqlite.database import Database

_HOT_ENTRIES = 512
# Touching last_used on every hit would make each read a write; once a minute is enough for LRU.
_TOUCH_EVERY_SECONDS = 60.0


class SqlitePersistedQueryCache:
    def __init__(self, db: Database, max_entries: int = 10_000) -> None:
        self._db = db
        self._max_entries = max_entries
        self._hot: OrderedDict[str, tuple[str, float]] = OrderedDict()

    async def get(self, sha256_hash: str) -> str | None:
        hot = self._hot.get(sha256_hash)
        now = time.time()
        if hot is not None:
            self._hot.move_to_end(sha256_hash)
            query, touched = hot
            if now - touched > _TOUCH_EVERY_SECONDS:
                await self._touch(sha256_hash, query, now)
            return query
        row = await self._db.fetch_one("SELECT query FROM persisted_queries WHERE sha256 = ?", (sha256_hash,))
        if row is None:
            return None
        await self._touch(sha256_hash, row["query"], now)
        return row["query"]

    async def put(self, sha256_hash: str, query: str) -> None:
        now = time.time()
        async with self._db.transaction() as conn:
            await conn.execute(
                "INSERT INTO persisted_queries(sha256, query, last_used) VALUES (?,?,?)"
                " ON CONFLICT(sha256) DO UPDATE SET last_used = excluded.last_used",
                (sha256_hash, query, now),
            )
            await conn.execute(
                "DELETE FROM persisted_queries WHERE sha256 IN (SELECT sha256 FROM persisted_queries"
                " ORDER BY last_used DESC LIMIT -1 OFFSET ?)",
                (self._max_entries,),
            )
        self._remember(sha256_hash, query, now)

    async def _touch(self, sha256_hash: str, query: str, now: float) -> None:
        await self._db.execute("UPDATE persisted_queries SET last_used = ? WHERE sha256 = ?", (now, sha256_hash))
        self._remember(sha256_hash, query, now)

    def _remember(self, sha256_hash: str, query: str, now: float) -> None:
        self._hot[sha256_hash] = (query, now)
        self._hot.move_to_end(sha256_hash)
        while len(self._hot) > min(_HOT_ENTRIES, self._max_entries):
            self._hot.popitem(last=False)

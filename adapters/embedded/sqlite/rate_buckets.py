"""Token buckets every process of an embedded deployment shares, in the SQLite file: the
sign-in, sign-up and password-reset buckets (gateway/http/rate_limit.py), which N API
processes would otherwise each grant in full (N times the attempts a guesser is allowed).

Taking tokens is one short write transaction: read the level, refill it for the time passed,
write it back, so two processes racing on one key cannot spend the same tokens. A refusal
writes nothing. Rows whose bucket would be full again are deleted now and then (an absent
row means exactly that: a full bucket). The per-request bucket stays in each process: it is
taken on every request, where a write would cost the hot path."""
from __future__ import annotations

import time
from collections.abc import Callable

from adapters.embedded.sqlite.database import Database

_PRUNE_EVERY = 1000


class SqliteTokenBuckets:
    def __init__(self, db: Database, name: str, capacity: float, refill_per_second: float,
                 clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._name = name
        self._capacity = capacity
        self._refill = refill_per_second
        self._clock = clock
        self._takes = 0

    async def take(self, key: str, tokens: float = 1.0) -> float:
        """0 when the tokens were taken; otherwise the seconds until they would be there."""
        async with self._db.transaction() as conn:
            row = await (await conn.execute(
                "SELECT level, at FROM rate_buckets WHERE name = ? AND key = ?", (self._name, key))).fetchone()
            now = self._clock()
            level = self._capacity if row is None else \
                min(self._capacity, row[0] + max(0.0, now - row[1]) * self._refill)
            if level < tokens:
                return (tokens - level) / self._refill
            await conn.execute(
                "INSERT INTO rate_buckets(name, key, level, at) VALUES (?, ?, ?, ?)"
                " ON CONFLICT(name, key) DO UPDATE SET level = excluded.level, at = excluded.at",
                (self._name, key, level - tokens, now))
            self._takes += 1
            if self._takes % _PRUNE_EVERY == 0:
                await conn.execute("DELETE FROM rate_buckets WHERE name = ? AND at < ?",
                                   (self._name, now - self._capacity / self._refill))
        return 0.0


def shared_buckets(db: Database) -> Callable[[str, object], SqliteTokenBuckets]:
    """What RateLimiter.share_sensitive asks for: the bucket of a name and spec."""
    def open_buckets(name: str, spec: object) -> SqliteTokenBuckets:
        return SqliteTokenBuckets(db, name, spec.capacity, spec.refill_per_second)  # type: ignore[attr-defined]

    return open_buckets

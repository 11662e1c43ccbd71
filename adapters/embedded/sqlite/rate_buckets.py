"""Token buckets every process of an embedded deployment shares, in the SQLite file: the
sign-in, sign-up and password-reset buckets (gateway/http/rate_limit.py), which N API
processes would otherwise each grant in full (N times the attempts a guesser is allowed),
and the per-request buckets, which the processes take from in leases
(gateway/http/token_leases.py) so that a request costs no write.

Taking tokens is one short write transaction: read the level, refill it for the time passed,
add what a lease gives back, write it back, so two processes racing on one key cannot spend
the same tokens. A refusal writes nothing (unless it gives tokens back). Rows whose bucket
would be full again are deleted now and then (an absent row means exactly that: a full
bucket)."""
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
        _, wait = await self.lease(key, tokens, tokens)
        return wait

    async def lease(self, key: str, want: float, minimum: float, give_back: float = 0.0) -> tuple[float, float]:
        """Adds give_back to the level (capped at capacity), then takes min(want, level) if the
        level holds `minimum`: (tokens granted, 0); otherwise (0, seconds until it would)."""
        async with self._db.transaction() as conn:
            row = await (await conn.execute(
                "SELECT level, at FROM rate_buckets WHERE name = ? AND key = ?", (self._name, key))).fetchone()
            now = self._clock()
            level = self._capacity if row is None else \
                min(self._capacity, row[0] + max(0.0, now - row[1]) * self._refill)
            level = min(self._capacity, level + give_back)
            granted = min(want, level) if level >= minimum else 0.0
            if granted or give_back:
                await conn.execute(
                    "INSERT INTO rate_buckets(name, key, level, at) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(name, key) DO UPDATE SET level = excluded.level, at = excluded.at",
                    (self._name, key, level - granted, now))
                self._takes += 1
                if self._takes % _PRUNE_EVERY == 0:
                    await conn.execute("DELETE FROM rate_buckets WHERE name = ? AND at < ?",
                                       (self._name, now - self._capacity / self._refill))
        if not granted:
            return 0.0, (minimum - level) / self._refill
        return granted, 0.0


def shared_buckets(db: Database) -> Callable[[str, object], SqliteTokenBuckets]:
    """What RateLimiter.share asks for: the bucket of a name and spec."""
    def open_buckets(name: str, spec: object) -> SqliteTokenBuckets:
        return SqliteTokenBuckets(db, name, spec.capacity, spec.refill_per_second)  # type: ignore[attr-defined]

    return open_buckets

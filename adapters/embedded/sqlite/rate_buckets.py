"""Token buckets every process of an embedded deployment shares, in the SQLite file: the
sign-in, sign-up and password-reset buckets (gateway/http/rate_limit.py), which N API
processes would otherwise each grant in full (N times the attempts a guesser is allowed),
and the per-request buckets, which the processes take from in leases
(gateway/http/token_leases.py) so that a request costs no write.

Taking tokens is one short write transaction: read the level, refill it for the time passed,
add what a lease gives back, write it back, so two processes racing on one key cannot spend
the same tokens. Asks that arrive while a transaction runs wait for the next one and share it
(a flood of new clients costs a transaction per batch, not one each). A refusal writes
nothing (unless it gives tokens back). Rows whose bucket would be full again are deleted now
and then (an absent row means exactly that: a full bucket)."""
from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Protocol

from adapters.embedded.sqlite.database import Database

_PRUNE_EVERY = 1000
_MOST_AT_ONCE = 500  # keys per transaction (and bound parameters per statement)


@dataclass
class _Ask:
    key: str
    want: float
    minimum: float
    give_back: float
    answer: asyncio.Future[tuple[float, float]] = field(repr=False)


class SqliteTokenBuckets:
    def __init__(self, db: Database, name: str, capacity: float, refill_per_second: float,
                 clock: Callable[[], float] = time.time) -> None:
        self._db = db
        self._name = name
        self._capacity = capacity
        self._refill = refill_per_second
        self._clock = clock
        self._writes = 0
        self._asks: list[_Ask] = []
        self._flusher: asyncio.Task[None] | None = None

    async def take(self, key: str, tokens: float = 1.0) -> float:
        """0 when the tokens were taken; otherwise the seconds until they would be there."""
        _, wait = await self.lease(key, tokens, tokens)
        return wait

    async def lease(self, key: str, want: float, minimum: float, give_back: float = 0.0) -> tuple[float, float]:
        """Adds give_back to the level (capped at capacity), then takes min(want, level) if the
        level holds `minimum`: (tokens granted, 0); otherwise (0, seconds until it would)."""
        ask = _Ask(key, want, minimum, give_back, asyncio.get_running_loop().create_future())
        self._asks.append(ask)
        if self._flusher is None or self._flusher.done():
            # A task of its own: a caller cancelled while waiting leaves the others answered.
            self._flusher = asyncio.create_task(self._answer_asks())
        return await asyncio.shield(ask.answer)

    async def _answer_asks(self) -> None:
        while self._asks:
            batch, self._asks = self._asks[:_MOST_AT_ONCE], self._asks[_MOST_AT_ONCE:]
            try:
                answers = await self._lease_all(batch)
            except BaseException as error:
                for ask in batch:
                    if not ask.answer.done():
                        ask.answer.set_exception(error)
                if isinstance(error, asyncio.CancelledError):
                    raise
                continue
            for ask, answer in zip(batch, answers, strict=True):
                if not ask.answer.done():
                    ask.answer.set_result(answer)

    async def _lease_all(self, asks: list[_Ask]) -> list[tuple[float, float]]:
        keys = sorted({ask.key for ask in asks})
        async with self._db.transaction() as conn:
            rows = await conn.execute_fetchall(
                f"SELECT key, level, at FROM rate_buckets WHERE name = ? AND key IN ({','.join('?' * len(keys))})",
                (self._name, *keys))
            now = self._clock()
            levels = dict.fromkeys(keys, self._capacity)
            for key, level, then in rows:
                levels[key] = min(self._capacity, level + max(0.0, now - then) * self._refill)
            answers, changed = [], set()
            for ask in asks:
                level = min(self._capacity, levels[ask.key] + ask.give_back)
                granted = min(ask.want, level) if level >= ask.minimum else 0.0
                levels[ask.key] = level - granted
                if granted or ask.give_back:
                    changed.add(ask.key)
                answers.append((granted, 0.0) if granted else (0.0, (ask.minimum - level) / self._refill))
            if changed:
                await conn.executemany(
                    "INSERT INTO rate_buckets(name, key, level, at) VALUES (?, ?, ?, ?)"
                    " ON CONFLICT(name, key) DO UPDATE SET level = excluded.level, at = excluded.at",
                    [(self._name, key, levels[key], now) for key in sorted(changed)])
                self._writes += 1
                if self._writes % _PRUNE_EVERY == 0:
                    await conn.execute("DELETE FROM rate_buckets WHERE name = ? AND at < ?",
                                       (self._name, now - self._capacity / self._refill))
        return answers


class BucketSize(Protocol):
    """A bucket's spec as the gateway's rate limiter gives it (gateway.http.rate_limit.BucketSpec)."""

    @property
    def capacity(self) -> float: ...
    @property
    def refill_per_second(self) -> float: ...


def shared_buckets(db: Database) -> Callable[[str, BucketSize], SqliteTokenBuckets]:
    """What RateLimiter.share asks for: the bucket of a name and spec."""
    def open_buckets(name: str, spec: BucketSize) -> SqliteTokenBuckets:
        return SqliteTokenBuckets(db, name, spec.capacity, spec.refill_per_second)

    return open_buckets

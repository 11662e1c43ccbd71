"""A replica's local vector index kept in step with the shared embeddings store.

With several gateway replicas each holds its own index file (derived data, rebuilt from
the store when missing or stale), but the vectors are written by whichever replica ran the
work. Before a search this index asks the store for its change counter (one GetItem, at
most once per `check_seconds`) and, when it moved, applies the changes since the counter
it last applied. It re-reads a trailing window of changes (`lag_seconds`) because a
change numbered earlier may land (or reach the GSI) later than one numbered after it;
applying a change twice is harmless."""
from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Iterable, Sequence
from typing import Any, Protocol

from domain.ports.vectors import VectorIndex

log = logging.getLogger(__name__)


class ChangeFeed(Protocol):
    async def current(self, kind: str) -> int: ...

    async def changes_since(self, kind: str, sequence: int) -> list[tuple[str, list[float] | None, int]]: ...


class FollowingVectorIndex:
    def __init__(self, inner: VectorIndex, feed: ChangeFeed, kind: str, *, check_seconds: float = 1.0,
                 lag_seconds: float = 30.0, clock: Any = time.monotonic) -> None:
        self._inner = inner
        self._feed = feed
        self._kind = kind
        self._check_seconds = check_seconds
        self._lag_seconds = lag_seconds
        self._clock = clock
        self._applied = 0
        self._checked_at = float("-inf")
        # (when, counter then): where the trailing re-read starts.
        self._history: deque[tuple[float, int]] = deque()
        self.dimension = inner.dimension

    @property
    def applied(self) -> int:
        """The store's change counter this index has caught up with."""
        return self._applied

    async def open(self, generation: str, source: Any, count: int | None = None) -> None:
        await self._inner.open(generation, source, count)
        self._applied = int(generation or 0)
        self._history.append((self._clock(), self._applied))

    async def upsert(self, items: Sequence[tuple[str, Sequence[float]]], generation: str | None = None) -> None:
        await self._inner.upsert(items, generation)

    async def remove(self, ids: Sequence[str], generation: str | None = None) -> None:
        await self._inner.remove(ids, generation)

    async def search(self, vector: Sequence[float], k: int, exclude: Iterable[str] = ()) -> list[tuple[str, float]]:
        await self.catch_up()
        return await self._inner.search(vector, k, exclude)

    async def count(self) -> int:
        await self.catch_up()
        return await self._inner.count()

    async def catch_up(self, force: bool = False) -> None:
        now = self._clock()
        if not force and now - self._checked_at < self._check_seconds:
            return
        self._checked_at = now
        current = await self._feed.current(self._kind)
        while len(self._history) > 1 and self._history[1][0] <= now - self._lag_seconds:
            self._history.popleft()
        start = min(self._applied, self._history[0][1]) if self._history else self._applied
        if current == self._applied and start == self._applied:
            return
        changes = await self._feed.changes_since(self._kind, start)
        latest = {owner: vector for owner, vector, _ in sorted(changes, key=lambda change: change[2])}
        upserts = [(owner, vector) for owner, vector in latest.items() if vector is not None]
        removals = [owner for owner, vector in latest.items() if vector is None]
        if removals:
            await self._inner.remove(removals)
        if upserts:
            await self._inner.upsert(upserts)
        self._applied = max([current, *(seq for _, _, seq in changes)])
        self._history.append((now, self._applied))
        if changes:
            log.debug("%s index caught up with %d changes (now at %d)", self._kind, len(changes), self._applied)

    async def save(self) -> None:
        await self._inner.save()

    async def close(self) -> None:
        await self.catch_up(force=True)
        # Saved under the counter it has caught up with, so a restart with no change since reuses it.
        await self._inner.remove([], str(self._applied))
        await self._inner.close()

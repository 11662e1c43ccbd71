"""An in-memory LeaseStore (gateway/http/token_leases.py): the shared token bucket the
SQLite and DynamoDB stores keep, with the same arithmetic, on an injected clock. It counts
its calls and what it granted, so a test can check the leases' bound against it."""
from __future__ import annotations

from collections.abc import Callable


class InMemoryLeaseStore:
    def __init__(self, capacity: float, refill_per_second: float, clock: Callable[[], float]) -> None:
        self.capacity = capacity
        self.refill = refill_per_second
        self.clock = clock
        self.calls = 0
        self.granted = 0.0
        self.given_back = 0.0
        self._levels: dict[str, tuple[float, float]] = {}

    def level(self, key: str) -> float:
        level, then = self._levels.get(key, (self.capacity, self.clock()))
        return min(self.capacity, level + max(0.0, self.clock() - then) * self.refill)

    async def lease(self, key: str, want: float, minimum: float, give_back: float = 0.0) -> tuple[float, float]:
        self.calls += 1
        level = min(self.capacity, self.level(key) + give_back)
        granted = min(want, level) if level >= minimum else 0.0
        self._levels[key] = (level - granted, self.clock())
        self.granted += granted
        self.given_back += give_back
        if not granted:
            return 0.0, (minimum - level) / self.refill
        return granted, 0.0

    async def take(self, key: str, tokens: float = 1.0) -> float:
        return (await self.lease(key, tokens, tokens))[1]

"""A WorkQueue in memory, run through the same contract as the SQLite and SQS queues
(tests/integration/contract/test_work_queue_contract.py), for unit tests of code that
queues or drains work."""
from __future__ import annotations

import time
import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from domain.ports.queue import DeadLetter, WorkItem


@dataclass
class _Stored:
    id: str
    kind: str
    payload: dict[str, Any]
    max_attempts: int
    available_at: float
    state: str = "ready"  # ready, leased, dead or done
    attempts: int = 0
    lease_token: str | None = None
    lease_expires_at: float = 0.0
    last_error: str | None = None
    dedupe_key: str | None = None
    failed_at: float = 0.0


class InMemoryWorkQueue:
    def __init__(
        self, lease_seconds: float = 120.0, max_attempts: int = 3, now: Callable[[], float] = time.monotonic,
    ) -> None:
        self._lease_seconds = lease_seconds
        self._max_attempts = max_attempts
        self._now = now
        self._items: dict[str, _Stored] = {}

    async def enqueue(
        self, kind: str, payload: dict[str, Any], *, dedupe_key: str | None = None,
        delay_seconds: float = 0.0, max_attempts: int | None = None,
    ) -> str:
        if dedupe_key is not None:
            for stored in self._items.values():
                if stored.dedupe_key == dedupe_key and stored.state in ("ready", "leased"):
                    return stored.id
        item_id = uuid.uuid4().hex
        self._items[item_id] = _Stored(
            id=item_id, kind=kind, payload=dict(payload), max_attempts=max_attempts or self._max_attempts,
            available_at=self._now() + delay_seconds, dedupe_key=dedupe_key)
        return item_id

    async def is_pending(self, dedupe_key: str) -> bool:
        return any(s.dedupe_key == dedupe_key and s.state in ("ready", "leased") for s in self._items.values())

    async def lease(self, kinds: Sequence[str] | None = None) -> WorkItem | None:
        now = self._now()
        for stored in self._items.values():
            if kinds and stored.kind not in kinds:
                continue
            due = (stored.state == "ready" and stored.available_at <= now) or (
                stored.state == "leased" and stored.lease_expires_at <= now)
            if not due:
                continue
            if stored.state == "leased" and stored.attempts >= stored.max_attempts:
                # The worker died on its last attempt: that is a failure too.
                self._dead(stored, stored.last_error or "the worker stopped while processing this item")
                continue
            stored.state, stored.attempts = "leased", stored.attempts + 1
            stored.lease_token, stored.lease_expires_at = uuid.uuid4().hex, now + self._lease_seconds
            return WorkItem(id=stored.id, kind=stored.kind, payload=dict(stored.payload), attempts=stored.attempts,
                            max_attempts=stored.max_attempts, lease_token=stored.lease_token,
                            last_error=stored.last_error)
        return None

    def _held(self, item: WorkItem) -> _Stored | None:
        """The stored item while `item`'s lease is still the current one."""
        stored = self._items.get(item.id)
        if stored is None or stored.state != "leased" or stored.lease_token != item.lease_token:
            return None
        return stored

    async def complete(self, item: WorkItem) -> None:
        stored = self._held(item)
        if stored is not None:
            stored.state, stored.payload, stored.lease_token, stored.dedupe_key = "done", {}, None, None

    async def retry_later(self, item: WorkItem, error: str, delay_seconds: float) -> None:
        stored = self._held(item)
        if stored is None:
            return
        if item.attempts >= item.max_attempts:
            self._dead(stored, error)
            return
        stored.state, stored.lease_token = "ready", None
        stored.available_at, stored.last_error = self._now() + delay_seconds, error[:2000]

    async def release(self, item: WorkItem) -> None:
        stored = self._held(item)
        if stored is not None:
            stored.state, stored.lease_token, stored.available_at = "ready", None, self._now()
            stored.attempts = max(stored.attempts - 1, 0)

    async def bury(self, item: WorkItem, error: str) -> None:
        stored = self._held(item)
        if stored is not None:
            self._dead(stored, error)

    def _dead(self, stored: _Stored, error: str) -> None:
        stored.state, stored.lease_token, stored.last_error = "dead", None, error[:2000]
        stored.failed_at = self._now()

    async def dead_letters(self, limit: int = 100) -> list[DeadLetter]:
        dead = sorted((s for s in self._items.values() if s.state == "dead"), key=lambda s: s.failed_at, reverse=True)
        return [DeadLetter(id=s.id, kind=s.kind, payload=dict(s.payload), attempts=s.attempts,
                           last_error=s.last_error, failed_at=s.failed_at) for s in dead[:limit]]

    async def requeue(self, item_id: str) -> bool:
        stored = self._items.get(item_id)
        if stored is None or stored.state != "dead":
            return False
        stored.state, stored.attempts, stored.available_at = "ready", 0, self._now()
        return True

    async def depth(self) -> dict[str, int]:
        counts = {"ready": 0, "leased": 0, "dead": 0, "done": 0}
        for stored in self._items.values():
            counts[stored.state] += 1
        return counts

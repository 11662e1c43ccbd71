"""A durable work queue: at-least-once delivery with leases, retries and dead letters."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable


@dataclass(frozen=True)
class WorkItem:
    id: str
    kind: str
    payload: dict[str, Any]
    attempts: int  # including the one now leased
    max_attempts: int
    lease_token: str
    last_error: str | None = None


@dataclass(frozen=True)
class PendingWork:
    """Work that follows a change, handed to the repository that stores the change so both
    are written in one transaction: a crash keeps both or neither (a transactional outbox)."""

    kind: str
    payload: dict[str, Any]
    dedupe_key: str | None = None
    # Work that reads state a change may alter (matching) must run again after a change that
    # arrives while it runs: queued anew rather than merged into the running item. Work that
    # only has to happen once (processing a stored resume or application version) merges.
    after_running: bool = False


@dataclass(frozen=True)
class DeadLetter:
    id: str
    kind: str
    payload: dict[str, Any]
    attempts: int
    last_error: str | None
    failed_at: float


class WorkQueue(Protocol):
    async def enqueue(
        self,
        kind: str,
        payload: dict[str, Any],
        *,
        dedupe_key: str | None = None,
        delay_seconds: float = 0.0,
        max_attempts: int | None = None,
    ) -> str:
        """Adds an item; with a dedupe_key already queued and not done, returns that item's id."""
        ...

    async def lease(self, kinds: Sequence[str] | None = None) -> WorkItem | None:
        """The next ready item, leased for the queue's lease time; None when there is none."""
        ...

    async def complete(self, item: WorkItem) -> None: ...

    async def retry_later(self, item: WorkItem, error: str, delay_seconds: float) -> None:
        """Back to ready after the delay, or dead when the item has used all its attempts."""
        ...

    async def release(self, item: WorkItem) -> None:
        """Handed back unfinished by a worker that is stopping: ready again at once, not when
        the lease runs out. Only the holder of the item's current lease can release it."""
        ...

    async def bury(self, item: WorkItem, error: str) -> None:
        """Dead at once: a permanent failure."""
        ...

    async def dead_letters(self, limit: int = 100) -> list[DeadLetter]: ...

    async def requeue(self, item_id: str) -> bool: ...

    async def depth(self) -> dict[str, int]:
        """Counts by state (ready, leased, dead)."""
        ...


@runtime_checkable
class KnowsPendingWork(Protocol):
    """A queue that can say whether an item is still to run (SQLite can; SQS cannot look a
    message up, so what asks falls back on age alone there)."""

    async def is_pending(self, dedupe_key: str) -> bool:
        """Whether work queued under this dedupe key is ready or leased (not done, not dead)."""
        ...

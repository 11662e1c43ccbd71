"""Leasing several ready items of one kind at once, from any WorkQueue.

A queue that claims a batch in one transaction (`lease_many`, the SQLite queue) does; any
other is asked item by item until it has no more ready or the batch is full."""
from __future__ import annotations

from typing import Protocol, runtime_checkable

from domain.ports.queue import WorkItem, WorkQueue


@runtime_checkable
class LeasesInBatches(Protocol):
    async def lease_many(self, kinds: list[str] | None, limit: int) -> list[WorkItem]: ...


async def lease_batch(queue: WorkQueue, kind: str, limit: int) -> list[WorkItem]:
    if isinstance(queue, LeasesInBatches):
        return await queue.lease_many([kind], limit)
    items: list[WorkItem] = []
    while len(items) < limit:
        item = await queue.lease([kind])
        if item is None:
            break
        items.append(item)
    return items

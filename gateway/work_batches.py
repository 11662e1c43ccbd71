"""Leasing several ready items of one kind at once, and completing a batch's finished items,
with any WorkQueue.

A queue that claims a batch in one transaction (`lease_many`, the SQLite queue) does; any
other is asked item by item until it has no more ready or the batch is full. Likewise a queue
that completes several items in one write (`complete_many`) does, any other one by one."""
from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol, runtime_checkable

from domain.ports.queue import WorkItem, WorkQueue


@runtime_checkable
class LeasesInBatches(Protocol):
    async def lease_many(self, kinds: list[str] | None, limit: int) -> list[WorkItem]: ...


@runtime_checkable
class CompletesInBatches(Protocol):
    async def complete_many(self, items: Sequence[WorkItem]) -> None: ...


async def complete_batch(queue: WorkQueue, items: Sequence[WorkItem]) -> None:
    if isinstance(queue, CompletesInBatches):
        await queue.complete_many(items)
        return
    for item in items:
        await queue.complete(item)


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

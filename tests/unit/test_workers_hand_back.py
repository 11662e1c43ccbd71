"""A worker pool stopped mid-item hands the item back through the queue port, so the next
worker takes it at once instead of after the lease runs out."""
from __future__ import annotations

import asyncio

from gateway.workers import WorkerPool, WorkHandler
from tests.fakes.work_queue import InMemoryWorkQueue


async def test_an_item_cut_off_by_stop_is_ready_again_at_once():
    queue = InMemoryWorkQueue(lease_seconds=3600)
    item_id = await queue.enqueue("resume.process", {"resume_id": "r1"})
    started = asyncio.Event()

    async def never_finishes(payload: dict) -> None:
        started.set()
        await asyncio.Event().wait()

    pool = WorkerPool(queue, {"resume.process": WorkHandler(handle=never_finishes)}, concurrency=1, poll_seconds=0.01)
    pool.start()
    await asyncio.wait_for(started.wait(), 5)
    await pool.stop(grace_seconds=0)

    again = await queue.lease()
    assert again is not None and again.id == item_id
    assert again.attempts == 1  # the cut-off attempt does not count against the item

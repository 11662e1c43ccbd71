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


class LeaseLandsLate:
    """The queue, with each lease's answer arriving a moment after the lease is taken: as when
    the database's thread commits a lease while the task that asked is being cancelled."""

    def __init__(self, queue: InMemoryWorkQueue) -> None:
        self._queue = queue
        self.taken = asyncio.Event()

    async def lease(self, kinds=None):
        item = await self._queue.lease(kinds)
        if item is not None:
            self.taken.set()
            await asyncio.sleep(0.2)
        return item

    def __getattr__(self, name: str):
        return getattr(self._queue, name)


async def test_a_lease_taken_while_the_pool_stops_is_handed_back_not_left_to_run_out():
    queue = InMemoryWorkQueue(lease_seconds=3600)
    item_id = await queue.enqueue("resume.process", {"resume_id": "r1"})
    late = LeaseLandsLate(queue)

    async def handled(payload: dict) -> None:
        raise AssertionError("stopped before the item reached its handler")

    pool = WorkerPool(late, {"resume.process": WorkHandler(handle=handled)}, concurrency=1,  # type: ignore[arg-type]
                      poll_seconds=0.01)
    pool.start()
    await asyncio.wait_for(late.taken.wait(), 5)
    await pool.stop(grace_seconds=0)  # cancels the lane while its lease is still on the way

    again = await queue.lease()
    assert again is not None and again.id == item_id and again.attempts == 1


async def test_a_batch_leased_while_the_pool_stops_is_handed_back_whole():
    queue = InMemoryWorkQueue(lease_seconds=3600)
    ids = [await queue.enqueue("match.job", {"job_id": f"j{n}"}) for n in range(3)]
    late = LeaseLandsLate(queue)

    async def handled_many(payloads: list[dict]) -> list[Exception | None]:
        raise AssertionError("stopped before the batch reached its handler")

    async def handled(payload: dict) -> None:
        raise AssertionError("taken one at a time")

    pool = WorkerPool(late, {"match.job": WorkHandler(handle=handled, handle_many=handled_many, batch=3)},  # type: ignore[arg-type]
                      concurrency=0, poll_seconds=0.01, dedicated={"match.job": 1})
    pool.start()
    await asyncio.wait_for(late.taken.wait(), 5)
    await pool.stop(grace_seconds=0)

    leased_again = [await queue.lease() for _ in range(3)]
    assert sorted(item.id for item in leased_again if item is not None) == sorted(ids)

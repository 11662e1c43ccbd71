"""The trash sweep on the fakes: which copies it finishes (no pending work, or older than the
bound; by age alone where the queue cannot say what is pending), and the worker role's loop
that runs it."""
from __future__ import annotations

import asyncio
from datetime import UTC, datetime, timedelta

from domain.services.blob_forgetting import FORGET_RESUME_FILES, forget_files_key
from domain.services.trash_sweep import TrashSweep
from gateway.roles.trash_sweep import TrashSweeping
from tests.fakes.account_lifecycle import FakeResumeShas
from tests.fakes.blobs import InMemoryBlobStore
from tests.fakes.work_queue import InMemoryWorkQueue

DAY = timedelta(days=1)


class Clock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


async def _two_copies() -> tuple[InMemoryBlobStore, InMemoryWorkQueue]:
    """'gone' has no work left; 'queued' has its forget-files work still ready."""
    blobs, queue = InMemoryBlobStore(), InMemoryWorkQueue()
    for holder in ("gone", "queued"):
        key = await blobs.put(holder.encode(), "text/plain")
        assert await blobs.quarantine(key, holder)
    await queue.enqueue(FORGET_RESUME_FILES, {}, dedupe_key=forget_files_key("queued"))
    return blobs, queue


async def test_the_sweep_finishes_a_copy_without_pending_work_and_leaves_one_with_it():
    blobs, queue = await _two_copies()
    sweep = TrashSweep(blobs, FakeResumeShas(), Clock(datetime.now(UTC)), queue, DAY)
    assert await sweep.sweep() == 1
    assert [holder for _, holder in blobs.trash] == ["queued"]
    assert blobs.blobs == {}


async def test_past_the_bound_even_a_copy_with_pending_work_is_finished():
    blobs, queue = await _two_copies()
    sweep = TrashSweep(blobs, FakeResumeShas(), Clock(datetime.now(UTC) + DAY * 2), queue, DAY)
    assert await sweep.sweep() == 2
    assert blobs.trash == {} and blobs.blobs == {}


async def test_where_the_queue_cannot_say_what_is_pending_only_age_counts():
    blobs, _ = await _two_copies()
    assert await TrashSweep(blobs, FakeResumeShas(), Clock(datetime.now(UTC)), None, DAY).sweep() == 0
    assert await TrashSweep(blobs, FakeResumeShas(), Clock(datetime.now(UTC) + DAY * 2), None, DAY).sweep() == 2


async def test_the_worker_role_sweeps_at_start_and_then_periodically():
    passes = 0

    async def sweep() -> int:
        nonlocal passes
        passes += 1
        return 0

    sweeping = TrashSweeping(sweep, period_seconds=0.02)
    sweeping.start()
    try:
        for _ in range(200):
            await asyncio.sleep(0.01)
            if passes >= 3:
                break
    finally:
        await sweeping.stop()
    assert passes >= 3

"""Repeated matching work for one item coalesces in the durable queue: a job updated five
times at once while its work waits is matched once (a unique pending key per kind and item).
Each update stores its work in its own transaction, as the job repository does."""
from __future__ import annotations

import asyncio

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.ports.queue import PendingWork
from domain.services.matching_triggers import MATCH_JOB


@pytest.fixture
async def world(tmp_path):
    db = Database(tmp_path / "queue.sqlite3")
    await db.open()
    yield db, SqliteWorkQueue(db)
    await db.close()


async def _updated(world, job_id: str, times: int) -> None:
    db, queue = world
    # As the matching triggers queue it: matching reads state an update alters.
    work = PendingWork(MATCH_JOB, {"job_id": job_id}, dedupe_key=f"{MATCH_JOB}:{job_id}", after_running=True)

    async def one_update() -> None:
        async with db.transaction() as conn:
            await queue.enqueue_in(conn, work)

    await asyncio.gather(*(one_update() for _ in range(times)))


async def test_five_updates_of_a_waiting_job_are_matched_once(world):
    _, queue = world
    await _updated(world, "j1", 5)
    await _updated(world, "j2", 1)
    leased = [await queue.lease([MATCH_JOB]) for _ in range(3)]
    assert sorted(item.payload["job_id"] for item in leased if item) == ["j1", "j2"]
    assert leased[2] is None


async def test_an_update_while_the_job_is_being_matched_is_matched_again(world):
    _, queue = world
    await _updated(world, "j1", 1)
    running = await queue.lease([MATCH_JOB])
    await _updated(world, "j1", 1)  # the worker may already have read the job as it was
    await queue.complete(running)
    again = await queue.lease([MATCH_JOB])
    assert again is not None and again.payload == {"job_id": "j1"}


async def test_updates_while_the_job_is_being_matched_coalesce_into_one_new_item(world):
    _, queue = world
    await _updated(world, "j1", 1)
    running = await queue.lease([MATCH_JOB])
    await _updated(world, "j1", 5)
    again = await queue.lease([MATCH_JOB])
    assert again is not None and again.id != running.id and again.payload == {"job_id": "j1"}
    assert await queue.lease([MATCH_JOB]) is None


async def test_work_queued_again_while_it_runs_merges_when_it_only_has_to_happen_once(world):
    """A retried upload or work queued again at start must not run twice: without
    `after_running` a leased item takes the same key in."""
    db, queue = world
    work = PendingWork("resume.process", {"resume_id": "r1"}, dedupe_key="resume:r1")
    async with db.transaction() as conn:
        first = await queue.enqueue_in(conn, work)
    leased = await queue.lease()
    assert leased is not None and leased.id == first
    async with db.transaction() as conn:
        assert await queue.enqueue_in(conn, work) == first
    assert await queue.lease() is None

"""Match workers take ready jobs in batches (WorkHandler.handle_many, SqliteWorkQueue.lease_many):
each item of a batch keeps its own lease, outcome, retry and dedupe semantics, and a batch
cut off mid-way (a stop, or a killed process) leaves every item either done or claimable again."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.ports.queue import PendingWork
from domain.services.matching_triggers import MATCH_JOB
from gateway.workers import PermanentFailure, WorkerPool, WorkHandler
from tests.manual_clock import ManualClock


@pytest.fixture
def clock():
    return ManualClock()


@pytest.fixture
def queue(db, clock):
    return SqliteWorkQueue(db, lease_seconds=30, max_attempts=3, now=clock)


async def _job_changed(queue: SqliteWorkQueue, db: Database, job_id: str) -> str:
    work = PendingWork(MATCH_JOB, {"job_id": job_id}, dedupe_key=f"{MATCH_JOB}:{job_id}", after_running=True)
    async with db.transaction() as conn:
        return await queue.enqueue_in(conn, work)


async def _states(db: Database) -> dict[str, tuple[str, int, str | None]]:
    rows = await db.fetch_all("SELECT id, state, attempts, last_error FROM work_items")
    return {r["id"]: (r["state"], r["attempts"], r["last_error"]) for r in rows}


async def _until_settled(db: Database, ids: list[str]) -> dict[str, tuple[str, int, str | None]]:
    for _ in range(500):
        states = await _states(db)
        if all(states[i][0] != "leased" and not (states[i][0] == "ready" and states[i][1] == 0) for i in ids):
            return states
        await asyncio.sleep(0.01)
    raise AssertionError(f"the batch never settled: {await _states(db)}")


async def test_each_item_of_a_batch_is_settled_by_its_own_outcome(db, queue):
    ids = [await _job_changed(queue, db, f"j{n}") for n in range(4)]
    seen: list[list[str]] = []

    async def handle_many(payloads: list[dict]) -> list[Exception | None]:
        seen.append([p["job_id"] for p in payloads])
        outcome = {"j0": None, "j1": RuntimeError("index busy"), "j2": PermanentFailure("job gone"), "j3": None}
        return [outcome[p["job_id"]] for p in payloads]

    async def one_by_one(payload: dict) -> None:
        raise AssertionError("a batch lane handles batches")

    pool = WorkerPool(queue, {MATCH_JOB: WorkHandler(handle=one_by_one, handle_many=handle_many, batch=32)},
                      concurrency=0, dedicated={MATCH_JOB: 1}, backoff_seconds=60)
    pool.start()
    try:
        states = await _until_settled(db, ids)
    finally:
        await pool.stop()
    assert seen == [["j0", "j1", "j2", "j3"]]  # one batch
    assert states[ids[0]][0] == "done" and states[ids[3]][0] == "done"
    assert states[ids[1]][:2] == ("ready", 1) and "index busy" in states[ids[1]][2]  # retried later, alone
    assert states[ids[2]][0] == "dead" and "job gone" in states[ids[2]][2]
    assert pool.processed == 2


async def test_a_batch_that_raises_as_a_whole_retries_every_item(db, queue):
    ids = [await _job_changed(queue, db, f"j{n}") for n in range(3)]

    async def handle_many(payloads: list[dict]) -> list[Exception | None]:
        raise OSError("database is locked")

    pool = WorkerPool(queue, {MATCH_JOB: WorkHandler(handle=lambda p: asyncio.sleep(0), handle_many=handle_many,
                                                     batch=8)},
                      concurrency=0, dedicated={MATCH_JOB: 1}, backoff_seconds=60)
    pool.start()
    try:
        states = await _until_settled(db, ids)
    finally:
        await pool.stop()
    assert {states[i][:2] for i in ids} == {("ready", 1)}


async def test_a_batch_stopped_mid_way_hands_every_item_back(db, queue):
    for n in range(5):
        await _job_changed(queue, db, f"j{n}")
    started = asyncio.Event()

    async def handle_many(payloads: list[dict]) -> list[Exception | None]:
        started.set()
        await asyncio.Event().wait()  # still embedding when the worker stops
        return [None] * len(payloads)

    pool = WorkerPool(queue, {MATCH_JOB: WorkHandler(handle=lambda p: asyncio.sleep(0), handle_many=handle_many,
                                                     batch=32)},
                      concurrency=0, dedicated={MATCH_JOB: 1})
    pool.start()
    await asyncio.wait_for(started.wait(), 5)
    assert {s[0] for s in (await _states(db)).values()} == {"leased"}
    await pool.stop()
    # Ready at once, and the interrupted attempt does not count.
    assert {s[:2] for s in (await _states(db)).values()} == {("ready", 0)}
    assert len(await queue.lease_many([MATCH_JOB], 32)) == 5


async def test_a_killed_process_leaves_each_item_of_its_batch_done_or_claimable_again(tmp_path: Path, clock):
    """The process dies after storing some jobs' matches: those items are done; the others come
    back when their lease runs out, or at once at the next start."""
    db = Database(tmp_path / "q.sqlite3")
    await db.open()
    queue = SqliteWorkQueue(db, lease_seconds=30, max_attempts=3, now=clock)
    ids = [await _job_changed(queue, db, f"j{n}") for n in range(4)]
    batch = await queue.lease_many([MATCH_JOB], 32)
    assert sorted(i.id for i in batch) == sorted(ids)
    for item in batch[:2]:
        await queue.complete(item)
    await db.close()  # killed: nothing else of it runs

    db = Database(tmp_path / "q.sqlite3")
    await db.open()
    try:
        queue = SqliteWorkQueue(db, lease_seconds=30, max_attempts=3, now=clock)
        assert await queue.lease_many([MATCH_JOB], 32) == []  # still leased by the dead one
        clock.now += 31
        again = await queue.lease_many([MATCH_JOB], 32)
        assert sorted(i.id for i in again) == sorted(i.id for i in batch[2:])
        assert {i.attempts for i in again} == {2}
        states = await _states(db)
        assert {states[i.id][0] for i in batch[:2]} == {"done"}
    finally:
        await db.close()


async def test_two_workers_leasing_batches_at_once_never_share_an_item(tmp_path: Path, clock):
    first, second = Database(tmp_path / "q.sqlite3"), Database(tmp_path / "q.sqlite3")
    await first.open()
    await second.open()
    try:
        a, b = SqliteWorkQueue(first, now=clock), SqliteWorkQueue(second, now=clock)
        for n in range(60):
            await _job_changed(a, first, f"j{n}")
        batches = await asyncio.gather(*(q.lease_many([MATCH_JOB], 16) for q in (a, b, a, b, a, b)))
        leased = [item.id for batch in batches for item in batch]
        assert len(leased) == len(set(leased)) == 60
    finally:
        await first.close()
        await second.close()


async def test_a_change_to_a_job_in_a_running_batch_queues_it_again(db, queue):
    await _job_changed(queue, db, "j1")
    await _job_changed(queue, db, "j2")
    running = await queue.lease_many([MATCH_JOB], 32)
    assert len(running) == 2
    # The batch may already have read j1 as it was: the change is matched anew, once.
    for _ in range(3):
        await _job_changed(queue, db, "j1")
    for item in running:
        await queue.complete(item)
    again = await queue.lease_many([MATCH_JOB], 32)
    assert [i.payload for i in again] == [{"job_id": "j1"}]


async def test_a_batch_never_takes_more_than_asked_or_other_kinds(db, queue):
    for n in range(5):
        await _job_changed(queue, db, f"j{n}")
    await queue.enqueue("resume.process", {"resume_id": "r1"})
    batch = await queue.lease_many([MATCH_JOB], 3)
    assert len(batch) == 3 and {i.kind for i in batch} == {MATCH_JOB}
    assert len(await queue.lease_many([MATCH_JOB], 32)) == 2
    assert await queue.lease_many([MATCH_JOB], 32) == []


async def test_shared_workers_leave_batched_kinds_to_their_batch_lanes(db, queue):
    ids = [await _job_changed(queue, db, f"j{n}") for n in range(10)]
    other = await queue.enqueue("other", {})
    batches: list[int] = []
    singles: list[dict] = []

    async def handle_many(payloads: list[dict]) -> list[Exception | None]:
        batches.append(len(payloads))
        return [None] * len(payloads)

    async def one(payload: dict) -> None:
        singles.append(payload)

    pool = WorkerPool(queue, {MATCH_JOB: WorkHandler(handle=one, handle_many=handle_many, batch=32),
                              "other": WorkHandler(handle=one)},
                      concurrency=2, dedicated={MATCH_JOB: 1})
    pool.start()
    try:
        states = await _until_settled(db, [*ids, other])
    finally:
        await pool.stop()
    assert {states[i][0] for i in [*ids, other]} == {"done"}
    assert batches == [10] and singles == [{}]

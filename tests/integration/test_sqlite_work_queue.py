"""The durable work queue in SQLite: leases, retries, dead letters, restarts."""
from __future__ import annotations

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from tests.manual_clock import ManualClock


@pytest.fixture
def clock():
    return ManualClock()


@pytest.fixture
def queue(db, clock):
    return SqliteWorkQueue(db, lease_seconds=30, max_attempts=3, now=clock)


async def test_a_leased_item_is_not_leased_twice_until_its_lease_runs_out(queue, clock):
    await queue.enqueue("k", {"n": 1})
    first = await queue.lease()
    assert first.payload == {"n": 1} and first.attempts == 1
    assert await queue.lease() is None
    clock.now += 31  # the worker died: its lease expires and the item comes back
    again = await queue.lease()
    assert again.id == first.id and again.attempts == 2


async def test_a_dedupe_key_never_queues_the_same_work_twice(queue):
    a = await queue.enqueue("k", {}, dedupe_key="resume:1")
    b = await queue.enqueue("k", {}, dedupe_key="resume:1")
    assert a == b
    assert (await queue.depth())["ready"] == 1


async def test_failures_retry_with_delay_then_land_in_dead_letters_and_can_be_requeued(queue, clock):
    item_id = await queue.enqueue("k", {"n": 1})
    for attempt in (1, 2):
        item = await queue.lease()
        await queue.retry_later(item, f"failure {attempt}", delay_seconds=10)
        assert await queue.lease() is None  # not before the delay
        clock.now += 10
    item = await queue.lease()
    await queue.retry_later(item, "failure 3", delay_seconds=10)
    dead = await queue.dead_letters()
    assert [(d.id, d.attempts, d.last_error) for d in dead] == [(item_id, 3, "failure 3")]
    assert await queue.requeue(item_id) is True
    again = await queue.lease()
    assert again.id == item_id and again.attempts == 1
    await queue.complete(again)
    assert (await queue.depth())["done"] == 1


async def test_a_worker_that_dies_on_the_last_attempt_sends_the_item_to_dead_letters(queue, clock):
    await queue.enqueue("k", {}, max_attempts=1)
    await queue.lease()
    clock.now += 31
    assert await queue.lease() is None
    assert len(await queue.dead_letters()) == 1


async def test_a_stale_worker_cannot_complete_an_item_someone_else_leased(queue, clock):
    await queue.enqueue("k", {})
    stale = await queue.lease()
    clock.now += 31
    fresh = await queue.lease()
    await queue.complete(stale)
    assert (await queue.depth())["leased"] == 1
    await queue.complete(fresh)
    assert (await queue.depth())["leased"] == 0


async def test_items_survive_closing_and_reopening_the_file(tmp_path, clock):
    path = tmp_path / "persist.sqlite3"
    db = Database(path)
    await db.open()
    await SqliteWorkQueue(db, now=clock).enqueue("k", {"keep": True})
    await db.close()
    db = Database(path)
    await db.open()
    item = await SqliteWorkQueue(db, now=clock).lease()
    assert item.payload == {"keep": True}
    await db.close()


async def test_at_start_items_leased_by_a_dead_process_are_ready_again_at_once(queue):
    await queue.enqueue("k", {"n": 1})
    orphan = await queue.lease()
    assert await queue.recover_orphans() == 1
    again = await queue.lease()
    assert again.id == orphan.id


async def test_a_finished_item_forgets_its_payload(queue, db):
    await queue.enqueue("k", {"resume_id": "r-123"})
    await queue.complete(await queue.lease())
    rows = await db.fetch_all("SELECT state, payload FROM work_items")
    assert [(r[0], r[1]) for r in rows] == [("done", "{}")]


async def test_a_row_deleted_while_leased_is_not_brought_back_by_its_worker(queue, db):
    await queue.enqueue("k", {"user_id": "u-1"})
    item = await queue.lease()
    await db.execute("DELETE FROM work_items WHERE id = ?", (item.id,))  # as account erasure does
    await queue.retry_later(item, "failed", delay_seconds=0)
    await queue.bury(item, "failed")
    await queue.complete(item)
    assert await db.fetch_all("SELECT * FROM work_items") == []


async def test_idle_workers_and_dispatchers_find_nothing_due_without_writing(db, queue):
    """They ask several times a second; a write transaction each time would hold the writer
    lock and drop every answer kept until the next write (the session lookups)."""
    from adapters.embedded.sqlite.outbox import SqliteOutbox

    before = db.write_generation
    assert await queue.lease() is None
    assert await SqliteOutbox(db).claim_due(10, 30.0) == []
    assert db.write_generation == before


async def test_a_batch_completed_together_completes_only_the_items_whose_lease_it_still_holds(queue, clock):
    for n in range(3):
        await queue.enqueue("k", {"n": n})
    items = await queue.lease_many(["k"], 3)
    assert len(items) == 3
    clock.now += 31  # the last one's lease ran out and another worker took it
    taken = await queue.lease()
    assert taken is not None
    stale = next(item for item in items if item.id == taken.id)
    await queue.complete_many(items)
    assert await queue.depth() == {**await queue.depth(), "done": 2, "leased": 1}
    await queue.complete(taken)  # its new holder's completion still counts
    assert (await queue.depth())["done"] == 3
    assert stale.lease_token != taken.lease_token

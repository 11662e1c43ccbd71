"""The SQLite bucket store answers asks that arrive together in one write transaction (many
new clients at once cost a transaction per batch, not one each), each as if alone; a failed
transaction fails every ask of its batch and leaves nothing written."""
from __future__ import annotations

import asyncio
from pathlib import Path

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.rate_buckets import SqliteTokenBuckets


@pytest.fixture
async def db(tmp_path: Path):
    database = Database(tmp_path / "talentgraph.sqlite3")
    await database.open()
    yield database
    await database.close()


async def test_asks_arriving_together_share_one_transaction_and_are_each_answered_as_alone(db):
    store = SqliteTokenBuckets(db, "default", capacity=10, refill_per_second=0.001)
    before = db.write_generation
    answers = await asyncio.gather(
        *(store.lease(f"ip:10.0.0.{n}", want=4, minimum=1) for n in range(50)),
        store.lease("user:1", want=6, minimum=1),
        store.lease("user:1", want=6, minimum=1),  # the same key twice in one batch: 6, then the 4 left
        store.lease("user:1", want=6, minimum=1),  # and then nothing
    )
    assert db.write_generation - before <= 3  # the first ask alone, then the rest together
    assert answers[:50] == [(4, 0.0)] * 50
    assert answers[50][0] == 6 and answers[51][0] == pytest.approx(4)
    assert answers[52][0] == 0 and answers[52][1] == pytest.approx(1 / 0.001, rel=0.01)
    level = await db.fetch_one("SELECT level FROM rate_buckets WHERE name = 'default' AND key = 'ip:10.0.0.7'")
    assert level[0] == pytest.approx(6)


async def test_a_failed_transaction_fails_every_ask_of_its_batch_and_writes_nothing(db):
    store = SqliteTokenBuckets(db, "default", capacity=10, refill_per_second=0.001)
    await db.close()  # the writer is gone: the transaction cannot begin
    results = await asyncio.gather(*(store.lease(f"k{n}", 1, 1) for n in range(5)), return_exceptions=True)
    assert all(isinstance(result, RuntimeError) for result in results), results
    await db.open()
    assert (await db.fetch_one("SELECT count(*) FROM rate_buckets"))[0] == 0
    assert await store.lease("k0", 1, 1) == (1, 0.0)  # and it works again once the file is back

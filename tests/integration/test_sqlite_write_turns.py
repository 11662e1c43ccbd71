"""A request's write never queues behind background work's writes on the same SQLite file:
among waiting writers, requests go first (then first come, first served), and a waiter
cancelled while it waits leaves the turns working."""
from __future__ import annotations

import asyncio

import pytest

from adapters.embedded.sqlite.database import Database
from domain.background import background_work


@pytest.fixture
async def db(tmp_path):
    database = Database(tmp_path / "turns.sqlite3")
    await database.open()
    yield database
    await database.close()


async def _write(db: Database, order: list[str], name: str, background: bool,
                 hold: asyncio.Event | None = None) -> None:
    async def write() -> None:
        async with db.transaction() as conn:
            await conn.execute("CREATE TABLE IF NOT EXISTS log(name TEXT)")
            await conn.execute("INSERT INTO log(name) VALUES (?)", (name,))
            order.append(name)
            if hold is not None:
                await hold.wait()

    if background:
        with background_work():
            await write()
    else:
        await write()



async def test_a_request_waiting_behind_background_writes_goes_first(db):
    order: list[str] = []
    release = asyncio.Event()
    holder = asyncio.create_task(_write(db, order, "worker-0", True, release))
    await asyncio.sleep(0.05)
    queued = [asyncio.create_task(_write(db, order, f"worker-{n}", True)) for n in (1, 2, 3)]
    await asyncio.sleep(0.05)
    requests = [asyncio.create_task(_write(db, order, f"request-{n}", False)) for n in (1, 2)]
    await asyncio.sleep(0.05)
    release.set()
    await asyncio.gather(holder, *queued, *requests)
    assert order == ["worker-0", "request-1", "request-2", "worker-1", "worker-2", "worker-3"]
    rows = await db.fetch_all("SELECT name FROM log")
    assert sorted(r[0] for r in rows) == sorted(order)


async def test_a_writer_cancelled_while_waiting_leaves_the_turns_working(db):
    order: list[str] = []
    release = asyncio.Event()
    holder = asyncio.create_task(_write(db, order, "worker-0", True, release))
    await asyncio.sleep(0.05)
    gives_up = asyncio.create_task(_write(db, order, "request-1", False))
    after = asyncio.create_task(_write(db, order, "worker-1", True))
    await asyncio.sleep(0.05)
    gives_up.cancel()
    release.set()
    await asyncio.gather(holder, after)
    with pytest.raises(asyncio.CancelledError):
        await gives_up
    await _write(db, order, "request-2", False)
    assert order == ["worker-0", "worker-1", "request-2"]

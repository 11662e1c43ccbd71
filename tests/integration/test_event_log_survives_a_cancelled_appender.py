"""A shutdown may cancel every task, the event log's appender among them, in the middle of a
write: no row it had taken is lost, close() still writes everything queued and does not raise
the appender's cancellation to its caller, while a cancellation of close()'s caller itself
still propagates."""
from __future__ import annotations

import asyncio
import sqlite3
import time
from collections.abc import AsyncIterator, Callable
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from pathlib import Path

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.event_log import SqliteEventLog
from domain.events import MatchFound

ROWS = 5_000  # more than one write's worth
DEADLINE = 20.0


def a_match(n: int) -> MatchFound:
    return MatchFound(match_id=f"m{n}", candidate_id="c1", job_id=f"j{n}", organization_id="o1", score=0.5)


@asynccontextmanager
async def _this_process_writing(db: Database) -> AsyncIterator[None]:
    """A request's write of this process holds the write turn: the appender waits for it."""
    held, release = asyncio.Event(), asyncio.Event()

    async def write() -> None:
        async with db.transaction():
            held.set()
            await release.wait()

    writer = asyncio.ensure_future(write())
    await held.wait()
    try:
        yield
    finally:
        release.set()
        await writer


@asynccontextmanager
async def _another_process_writing(db: Database) -> AsyncIterator[None]:
    """Another process holds SQLite's write lock: the appender's write waits on its thread."""
    other = sqlite3.connect(db.path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        other.execute("COMMIT")
        other.close()


async def _started_log(db: Database, **options) -> SqliteEventLog:
    # Another process that has read nothing yet: the log deletes no row before the test reads it.
    await db.execute("INSERT INTO event_log_readers(origin, last_seq, at) VALUES ('reader', 0, ?)", (time.time(),))
    log = SqliteEventLog(db, origin="api", **options)
    await log.start()
    return log


def _appender() -> asyncio.Task:
    (task,) = [t for t in asyncio.all_tasks() if t.get_name() == "event-log-append" and not t.done()]
    return task


async def _seqs_in_file(path: Path) -> list[str]:
    db = Database(path)
    await db.open()
    try:
        # A publication's events share a row (`<name>[]`, a JSON array): read each in order.
        rows = await db.fetch_all(
            "SELECT json_extract(each.value, '$.match_id')"
            " FROM event_log, json_each(CASE WHEN json_type(event_log.body) = 'array' THEN event_log.body"
            " ELSE json_array(event_log.body) END) AS each ORDER BY event_log.seq, each.key")
        return [row[0] for row in rows]
    finally:
        await db.close()


@pytest.mark.parametrize("holder", [_this_process_writing, _another_process_writing])
async def test_closing_after_the_appender_is_cancelled_mid_write_keeps_every_row_in_order(
    tmp_path: Path, holder: Callable[[Database], AbstractAsyncContextManager[None]],
) -> None:
    path = tmp_path / "talentgraph.sqlite3"
    db = Database(path)
    await db.open()
    log = await _started_log(db, max_unwritten=100_000)
    async with holder(db):
        await log.publish_many([a_match(n) for n in range(ROWS // 2)])
        await asyncio.sleep(0.1)  # the appender has taken its first rows and waits to write them
        await log.publish_many([a_match(n) for n in range(ROWS // 2, ROWS)])
        appender = _appender()
        appender.cancel()  # as a shutdown cancelling every task
        closing = asyncio.ensure_future(log.close())
        await asyncio.sleep(0.1)
        assert not closing.done()
    await asyncio.wait_for(closing, DEADLINE)  # raises nothing
    assert appender.cancelled()
    await db.close()
    assert await _seqs_in_file(path) == [f"m{n}" for n in range(ROWS)]


async def test_a_cancelled_caller_of_close_is_still_cancelled(tmp_path: Path) -> None:
    path = tmp_path / "talentgraph.sqlite3"
    db = Database(path)
    await db.open()
    log = await _started_log(db)
    async with _another_process_writing(db):
        await log.publish_many([a_match(n) for n in range(10)])
        closing = asyncio.ensure_future(log.close())
        await asyncio.sleep(0.1)
        closing.cancel()
        with pytest.raises(asyncio.CancelledError):
            await closing
    await asyncio.wait_for(log.close(), DEADLINE)
    await db.close()
    assert await _seqs_in_file(path) == [f"m{n}" for n in range(10)]

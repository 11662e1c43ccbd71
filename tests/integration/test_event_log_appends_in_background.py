"""Publishing to the event log does not wait for SQLite's write lock: the rows are appended by
a task of their own, in the order published, those queued meanwhile in one write; a publisher
far ahead of the file is slowed, and closing the log writes what is queued first."""
from __future__ import annotations

import asyncio
import json
import sqlite3
from pathlib import Path

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.event_log import MANY, SqliteEventLog
from domain.events import JobPosted, MatchFound

DEADLINE = 10.0


def a_match(n: int) -> MatchFound:
    return MatchFound(match_id=f"m{n}", candidate_id="c1", job_id=f"j{n}", organization_id="o1", score=0.5)


def _hold_write_lock(path: Path) -> sqlite3.Connection:
    """Another process's writer, as far as this one can tell: a connection of its own that has
    taken SQLite's write lock and not let go."""
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    other.execute("BEGIN IMMEDIATE")
    return other


async def _rows(db: Database) -> list[str]:
    """Each stored event's body, in order (a row of several events holds them as an array)."""
    bodies: list[str] = []
    for name, body in await db.fetch_all("SELECT name, body FROM event_log ORDER BY seq"):
        many = name.endswith(MANY)
        bodies += [json.dumps(detail) for detail in json.loads(body)] if many else [body]
    return bodies


async def test_a_publisher_returns_while_another_writer_holds_the_file_and_the_rows_follow(tmp_path: Path) -> None:
    db = Database(tmp_path / "talentgraph.sqlite3")
    await db.open()
    log = SqliteEventLog(db, origin="api")
    await log.start()
    other = _hold_write_lock(db.path)
    try:
        # Waiting for the lock would take until the other writer lets go (here: never).
        await asyncio.wait_for(log.publish(JobPosted(job_id="j1", organization_id="o1")), 1.0)
        await asyncio.wait_for(log.publish_many([a_match(1), a_match(2)]), 1.0)
        await asyncio.wait_for(log.publish(JobPosted(job_id="j2", organization_id="o1")), 1.0)
        assert await _rows(db) == []
        other.execute("COMMIT")
        await asyncio.wait_for(log.flush(), DEADLINE)
        bodies = await _rows(db)
        assert ['"j1"' in bodies[0], '"m1"' in bodies[1], '"m2"' in bodies[2], '"j2"' in bodies[3]] == [True] * 4
        assert len(bodies) == 4
    finally:
        other.close()
        await log.close()
        await db.close()


async def test_a_publisher_far_ahead_of_the_file_waits_for_it(tmp_path: Path) -> None:
    db = Database(tmp_path / "talentgraph.sqlite3")
    await db.open()
    log = SqliteEventLog(db, origin="worker", max_unwritten=100)
    await log.start()
    other = _hold_write_lock(db.path)
    try:
        await asyncio.wait_for(log.publish_many([a_match(n) for n in range(100)]), 1.0)
        past_the_bound = asyncio.ensure_future(log.publish_many([a_match(n) for n in range(100, 150)]))
        await asyncio.sleep(0.3)
        assert not past_the_bound.done()  # held while 150 events wait for the file
        other.execute("COMMIT")
        await asyncio.wait_for(past_the_bound, DEADLINE)
        await log.flush()
        assert len(await _rows(db)) == 150
    finally:
        other.close()
        await log.close()
        await db.close()


async def test_closing_writes_what_was_published_first(tmp_path: Path) -> None:
    db = Database(tmp_path / "talentgraph.sqlite3")
    await db.open()
    log = SqliteEventLog(db, origin="api")
    await log.start()
    await log.publish_many([a_match(n) for n in range(3)])
    await log.close()
    try:
        assert len(await _rows(db)) == 3
    finally:
        await db.close()

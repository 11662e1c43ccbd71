"""A match write holds SQLite's write lock for SQLite's work only, not for the time its
process's event loop is busy with something else: another process's write (a post on the API)
gets the lock while the writer's event loop is blocked mid-write. And a body that awaits
anything but its statements is refused, its writes rolled back."""
from __future__ import annotations

import asyncio
import sqlite3
import threading
import time
from pathlib import Path

import pytest

from adapters.embedded.sqlite.database import Database
from domain.matches import MatchRetention
from tests.integration.contract.repository_backends import a_match
from tests.integration.sqlite_statements import StatementLog, traced_database
from tests.integration.test_sqlite_match_retention import _jobs, _people, _repositories

_LOOP_BLOCKED = 0.8
_OTHER_WRITER_WAITS = 0.3


class _StallTheLoopMidWrite(StatementLog):
    """At the match write's first statement after BEGIN, blocks the event loop (as a CPU-bound
    task on it would) and, meanwhile, another connection (as another process would) tries to
    begin a write, waiting at most `_OTHER_WRITER_WAITS` for the lock."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self._path = path
        self.loop: asyncio.AbstractEventLoop | None = None
        self.other_writer: list[str] = []
        self._stalled = False
        self._other: threading.Thread | None = None

    def _ran(self, statement: str) -> None:
        if statement.startswith("SAVEPOINT match_batch") and not self._stalled and self.loop is not None:
            self._stalled = True
            self.loop.call_soon_threadsafe(self._stall)

    def _stall(self) -> None:
        self._other = threading.Thread(target=self._write_beside)
        self._other.start()
        time.sleep(_LOOP_BLOCKED)  # the event loop does nothing else meanwhile

    def _write_beside(self) -> None:
        time.sleep(0.1)
        conn = sqlite3.connect(self._path, timeout=_OTHER_WRITER_WAITS, isolation_level=None)
        try:
            started = time.perf_counter()
            conn.execute("BEGIN IMMEDIATE")
            conn.execute("ROLLBACK")
            self.other_writer.append(f"began after {time.perf_counter() - started:.3f} s")
        except sqlite3.OperationalError as error:
            self.other_writer.append(str(error))
        finally:
            conn.close()

    def join(self) -> None:
        assert self._other is not None, "the write never reached its first savepoint"
        self._other.join()


async def test_another_writer_gets_the_lock_while_the_writers_event_loop_is_blocked(tmp_path):
    path = tmp_path / "talentgraph.sqlite3"
    log = _StallTheLoopMidWrite(path)
    async with traced_database(path, log) as db:
        repos = _repositories(db)
        jobs, people = await _jobs(repos, 1), await _people(repos, 3)
        batch = [a_match(person.id, jobs[0].id, resume.id, 0.5) for person, resume in people]
        log.loop = asyncio.get_running_loop()
        [written] = await repos.matches.upsert_many([batch], MatchRetention(keep=10, floor=0.0))
        await asyncio.to_thread(log.join)
        assert isinstance(written, list) and len(written) == 3
        # The write was done on its thread while the loop was blocked; SQLite's lock free.
        assert len(log.other_writer) == 1 and log.other_writer[0].startswith("began after"), log.other_writer
        rows = await db.fetch_all("SELECT candidate_id FROM matches WHERE job_id = ?", (jobs[0].id,))
        assert len(rows) == 3


async def test_a_whole_write_that_awaits_anything_else_is_refused_and_rolled_back(tmp_path):
    db = Database(tmp_path / "talentgraph.sqlite3")
    await db.open()
    try:
        async def suspends(conn) -> None:
            await conn.execute("INSERT INTO match_weightings(weights) VALUES ('{}')")
            await asyncio.sleep(0)

        with pytest.raises(RuntimeError, match="awaited something other than its statements"):
            await db.write_whole(suspends)
        assert await db.fetch_all("SELECT * FROM match_weightings WHERE weights = '{}'") == []

        async def fails(conn) -> None:
            await conn.execute("INSERT INTO match_weightings(weights) VALUES ('{}')")
            raise ValueError("no")

        with pytest.raises(ValueError):
            await db.write_whole(fails)
        assert await db.fetch_all("SELECT * FROM match_weightings WHERE weights = '{}'") == []

        async def writes(conn) -> int:
            cursor = await conn.execute("INSERT INTO match_weightings(weights) VALUES ('{}')")
            return cursor.rowcount

        before = db.write_generation
        assert await db.write_whole(writes) == 1
        # Read at once on the reader connection, and counted as this process's write.
        assert len(await db.fetch_all("SELECT * FROM match_weightings WHERE weights = '{}'")) == 1
        assert db.write_generation == before + 1
    finally:
        await db.close()

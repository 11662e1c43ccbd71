"""A process paused longer than the event log waits for a reader (SIGSTOP here; a starved or
swapped-out process in life) finds rows deleted that it never read. It notices, from the seqs
handed out against the rows left, and tells its own handlers (LiveUpdatesMissed) once; the
events after the pause arrive as before. A process that starts after rows were deleted, or
one that was never paused, is told nothing."""
from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.event_log import SqliteEventLog
from domain.events import JobPosted, LiveUpdatesMissed
from tests.integration.processes.holders import ROOT

DEADLINE = 20.0

_READER = """
import asyncio, sys
from pathlib import Path
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.event_log import SqliteEventLog
from domain.events import JobPosted, LiveUpdatesMissed

async def main(path):
    db = Database(Path(path))
    await db.open()
    log = SqliteEventLog(db, origin="paused-reader", heartbeat_seconds=0.1)

    async def on_job(event):
        print("event", event.job_id, flush=True)

    async def on_missed(event):
        print("missed", event.missing, flush=True)

    log.subscribe(JobPosted.name, on_job)
    log.subscribe(LiveUpdatesMissed.name, on_missed)
    await log.start()
    print("ready", flush=True)
    await asyncio.Event().wait()

asyncio.run(main(sys.argv[1]))
"""


async def _line(reader: asyncio.subprocess.Process) -> str:
    assert reader.stdout is not None
    line = await asyncio.wait_for(reader.stdout.readline(), DEADLINE)
    assert line, "the reader process ended"
    return line.decode().strip()


async def _rows_left(db: Database) -> int:
    row = await db.fetch_one("SELECT count(*) FROM event_log")
    assert row is not None
    return int(row[0])


@pytest.mark.skipif(not hasattr(signal, "SIGSTOP"), reason="needs SIGSTOP")
async def test_a_reader_paused_past_the_logs_patience_is_told_once_and_goes_on(tmp_path: Path) -> None:
    path = tmp_path / "talentgraph.sqlite3"
    db = Database(path)
    await db.open()
    publisher = SqliteEventLog(db, origin="publisher", stale_seconds=1.0, heartbeat_seconds=0.1)
    await publisher.start()
    reader = await asyncio.create_subprocess_exec(sys.executable, "-c", _READER, str(path), cwd=ROOT,
                                                  stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": str(ROOT)})
    late: SqliteEventLog | None = None
    try:
        assert await _line(reader) == "ready"
        await publisher.publish(JobPosted(job_id="before", organization_id="o1"))
        assert await _line(reader) == "event before"

        os.kill(reader.pid, signal.SIGSTOP)
        await asyncio.sleep(2.0)  # past stale_seconds: the publisher stops waiting for it
        for n in range(3):
            await publisher.publish(JobPosted(job_id=f"during-{n}", organization_id="o1"))
        await publisher.flush()  # in the table before waiting for them to be deleted
        for _ in range(int(DEADLINE / 0.05)):
            if not await _rows_left(db):
                break
            await asyncio.sleep(0.05)
        assert await _rows_left(db) == 0  # deleted unread by the paused reader
        os.kill(reader.pid, signal.SIGCONT)
        assert await _line(reader) == "missed 3"
        # From here on only processes with the default patience (10 s) delete rows: a loaded
        # machine delaying a heartbeat by a second makes no second miss.
        await publisher.close()

        # Started after the rows went: nothing was its to miss.
        late = SqliteEventLog(db, origin="late", heartbeat_seconds=0.1)
        late_missed: list[int] = []
        late_jobs: asyncio.Queue = asyncio.Queue()

        async def on_late_missed(event):
            late_missed.append(event.missing)

        async def on_late_job(event):
            await late_jobs.put(event.job_id)

        late.subscribe(LiveUpdatesMissed.name, on_late_missed)
        late.subscribe(JobPosted.name, on_late_job)
        await late.start()
        await asyncio.to_thread(subprocess.run, [sys.executable, "-c", _PUBLISH_ONE, str(path)], cwd=ROOT,
                                env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True, timeout=60)
        assert await _line(reader) == "event after"  # the paused one goes on, told once
        assert await asyncio.wait_for(late_jobs.get(), DEADLINE) == "after"
        await asyncio.sleep(0.3)
        assert late_missed == []
    finally:
        if reader.returncode is None:
            reader.kill()
        await asyncio.wait_for(reader.wait(), 30)
        if late is not None:
            await late.close()
        await publisher.close()  # again, if the test stopped before: closing twice is harmless
        await db.close()


_PUBLISH_ONE = """
import asyncio, sys
from pathlib import Path
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.event_log import SqliteEventLog
from domain.events import JobPosted

async def main(path):
    db = Database(Path(path))
    await db.open()
    log = SqliteEventLog(db, origin="another")
    await log.start()
    await log.publish(JobPosted(job_id="after", organization_id="o1"))
    await log.close()
    await db.close()

asyncio.run(main(sys.argv[1]))
"""

"""Events published in one process reach the subscribers of another through the SQLite event
log, in order, each once; "*" handlers (records the publisher keeps) do not get them twice."""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import time
from pathlib import Path

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.event_log import SqliteEventLog
from domain.events import JobPosted
from tests.integration.processes.holders import ROOT

DEADLINE = 20.0

_PUBLISHER = """
import asyncio, sys
from pathlib import Path
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.event_log import SqliteEventLog
from domain.events import JobPosted

async def main(path, count):
    db = Database(Path(path))
    await db.open()
    log = SqliteEventLog(db)
    await log.start()
    for n in range(count):
        await log.publish(JobPosted(job_id=f"j{n}", organization_id="o1"))
    await log.close()
    await db.close()

asyncio.run(main(sys.argv[1], int(sys.argv[2])))
"""


async def test_another_processs_events_reach_named_subscribers_in_order_and_not_star_handlers(tmp_path: Path) -> None:
    path = tmp_path / "talentgraph.sqlite3"
    db = Database(path)
    await db.open()
    log = SqliteEventLog(db)
    await log.start()
    named: asyncio.Queue = asyncio.Queue()
    everything: list = []

    async def on_job(event):
        await named.put(event.job_id)

    async def on_any(event):
        everything.append(event)

    log.subscribe(JobPosted.name, on_job)
    log.subscribe("*", on_any)
    try:
        await asyncio.to_thread(subprocess.run, [sys.executable, "-c", _PUBLISHER, str(path), "30"], cwd=ROOT,
                                env={**os.environ, "PYTHONPATH": str(ROOT)}, check=True, timeout=60)
        got = [await asyncio.wait_for(named.get(), DEADLINE) for _ in range(30)]
        assert got == [f"j{n}" for n in range(30)]
        await asyncio.sleep(0.2)
        assert named.empty() and everything == []
        # This process's own events go to its handlers once, "*" included, never back from the log.
        await log.publish(JobPosted(job_id="mine", organization_id="o1"))
        assert await asyncio.wait_for(named.get(), DEADLINE) == "mine"
        await asyncio.sleep(0.2)
        await log.drain()
        assert named.empty() and [e.job_id for e in everything] == ["mine"]
    finally:
        await log.close()
        await db.close()


async def test_a_row_goes_once_every_live_process_has_read_it(tmp_path: Path) -> None:
    db = Database(tmp_path / "talentgraph.sqlite3")
    await db.open()
    log = SqliteEventLog(db, stale_seconds=1.0, heartbeat_seconds=0.2)
    await log.start()

    async def rows() -> list[str]:
        return [row[0] for row in await db.fetch_all("SELECT body FROM event_log")]

    async def eventually(expected: int) -> list[str]:
        for _ in range(100):
            found = await rows()
            if len(found) == expected:
                return found
            await asyncio.sleep(0.05)
        return found

    try:
        # Another live process that has not read anything yet holds rows back ...
        await db.execute("INSERT INTO event_log_readers(origin, last_seq, at) VALUES ('slow', 0, ?)",
                         (time.time() + 0.5,))
        await log.publish(JobPosted(job_id="j1", organization_id="o1"))
        await asyncio.sleep(0.3)
        assert len(await rows()) == 1
        # ... until it reads it or is no longer heard from.
        assert await eventually(0) == []
        await log.publish(JobPosted(job_id="j2", organization_id="o1"))
        assert await eventually(0) == []  # read by this process, the only one left
    finally:
        await log.close()
        await db.close()

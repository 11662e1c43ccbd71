"""A process whose start holds its event loop past the event log's patience (the worker loads
its models after the log began its tail) finds rows deleted that it never read. When no handler
of its own listens to any name the log carries, nothing was lost: it says nothing (no warning,
no LiveUpdatesMissed). One with a handler of such a name is still told, as a paused reader is."""
from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from pathlib import Path

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.event_log import SqliteEventLog
from domain.events import JobPosted
from tests.integration.processes.holders import ROOT

DEADLINE = 20.0

_READER = """
import asyncio, logging, sys, time
from pathlib import Path
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.event_log import SqliteEventLog
from domain.events import JobPosted, LiveUpdatesMissed

class Said(logging.Handler):
    def emit(self, record):
        print("warning", record.getMessage(), flush=True)

async def main(path, listens):
    logging.getLogger("adapters.embedded.sqlite.event_log").addHandler(Said(logging.WARNING))
    db = Database(Path(path))
    await db.open()
    log = SqliteEventLog(db, origin="starting", heartbeat_seconds=0.1)

    async def on_missed(event):
        print("missed", event.missing, flush=True)

    async def on_job(event):
        print("event", event.job_id, flush=True)

    log.subscribe(LiveUpdatesMissed.name, on_missed)
    if listens == "yes":
        log.subscribe(JobPosted.name, on_job)
    await log.start()
    print("blocking", flush=True)
    time.sleep(float(sys.argv[3]))  # a start's synchronous work: the loop runs nothing meanwhile
    await asyncio.sleep(0.5)  # the tail's reads
    print("done", flush=True)
    await asyncio.Event().wait()

asyncio.run(main(sys.argv[1], sys.argv[2]))
"""


async def _lines_until_done(reader: asyncio.subprocess.Process) -> list[str]:
    assert reader.stdout is not None
    lines = []
    while True:
        line = await asyncio.wait_for(reader.stdout.readline(), DEADLINE)
        assert line, "the reader process ended"
        if line.decode().strip() == "done":
            return lines
        lines.append(line.decode().strip())


@pytest.mark.parametrize(("listens", "told"), [("no", False), ("yes", True)])
async def test_rows_deleted_during_a_slow_start_matter_only_to_a_handler_of_theirs(
        tmp_path: Path, listens: str, told: bool) -> None:
    path = tmp_path / "talentgraph.sqlite3"
    db = Database(path)
    await db.open()
    publisher = SqliteEventLog(db, origin="publisher", stale_seconds=1.0, heartbeat_seconds=0.1)
    await publisher.start()
    reader = await asyncio.create_subprocess_exec(
        sys.executable, "-c", _READER, str(path), listens, "3.0", cwd=ROOT, stdout=subprocess.PIPE,
        env={**os.environ, "PYTHONPATH": str(ROOT)})
    try:
        assert reader.stdout is not None
        line = await asyncio.wait_for(reader.stdout.readline(), DEADLINE)
        assert line.decode().strip() == "blocking"
        await asyncio.sleep(1.5)  # past stale_seconds: the publisher stops waiting for it
        for n in range(3):
            await publisher.publish(JobPosted(job_id=f"during-{n}", organization_id="o1"))
        await publisher.flush()
        for _ in range(int(DEADLINE / 0.05)):
            row = await db.fetch_one("SELECT count(*) FROM event_log")
            if row is not None and row[0] == 0:
                break
            await asyncio.sleep(0.05)
        said = await _lines_until_done(reader)
        if told:
            assert "missed 3" in said and any(s.startswith("warning 3 event log rows") for s in said)
        else:
            assert said == []
    finally:
        if reader.returncode is None:
            reader.kill()
        await asyncio.wait_for(reader.wait(), 30)
        await publisher.close()
        await db.close()

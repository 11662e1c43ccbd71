"""Two processes appending to the event log at once while this one subscribes mid-stream: the
tail misses nothing committed after the subscription. Its mark moves to the newest seq it saw
committed, which is safe only while seqs are given in commit order (every append is a
BEGIN IMMEDIATE write, one writer at a time); a row committed below a seq already read would
show here as a gap in one publisher's sequence."""
from __future__ import annotations

import asyncio
import os
import sys
import time
from pathlib import Path

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.event_log import SqliteEventLog
from domain.events import DomainEvent, JobPosted
from tests.integration.processes.holders import ROOT

PER_PUBLISHER = 400
DEADLINE = 30.0

# Single appends and batches of 1-7, with short random pauses (a writer that goes on at once
# keeps the lock: the other one's busy handler sleeps), so the two writers' commits alternate.
_PUBLISHER = """
import asyncio, random, sys, time
from pathlib import Path
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.event_log import SqliteEventLog
from domain.events import JobPosted

async def main(path, who, count, go):
    db = Database(Path(path))
    await db.open()
    log = SqliteEventLog(db, origin=who)
    await log.start()
    Path(f"{go}.{who}").touch()  # open, tailing, ready to append
    while not Path(go).exists():
        time.sleep(0.001)
    n = 0
    while n < count:
        size = min(1 + n % 7, count - n)
        events = [JobPosted(job_id=f"{who}:{k}", organization_id="o1") for k in range(n, n + size)]
        if size == 1:
            await log.publish(events[0])
        else:
            await log.publish_many(events)
        n += size
        await asyncio.sleep(random.random() * 0.004)  # the other writer's turn, now and then
    await log.close()
    await db.close()

asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), sys.argv[4]))
"""


async def _newest_seq(db: Database) -> int:
    row = await db.fetch_one("SELECT coalesce(max(seq), 0) FROM event_log")
    return row[0] if row else 0


def _started(go: Path, publishers: list[str]) -> bool:
    return all(Path(f"{go}.{who}").exists() for who in publishers)


async def test_a_subscriber_misses_nothing_two_processes_commit_after_it_subscribed(tmp_path: Path) -> None:
    path, go = tmp_path / "talentgraph.sqlite3", tmp_path / "go"
    db = Database(path)
    await db.open()
    tail = SqliteEventLog(db, origin="subscriber")
    await tail.start()
    publishers = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-c", _PUBLISHER, str(path), who, str(PER_PUBLISHER), str(go),
            cwd=ROOT, env={**os.environ, "PYTHONPATH": str(ROOT)})
        for who in ("a", "b")]
    got: dict[str, list[int]] = {"a": [], "b": []}
    order: list[str] = []  # whose event, in the order delivered (the commit order)
    last = asyncio.Event()

    async def on_job(event: DomainEvent) -> None:
        assert isinstance(event, JobPosted)
        who, n = event.job_id.split(":")
        got[who].append(int(n))
        order.append(who)
        if all(numbers and numbers[-1] == PER_PUBLISHER - 1 for numbers in got.values()):
            last.set()

    try:
        deadline = time.monotonic() + DEADLINE
        while not await asyncio.to_thread(_started, go, list(got)):
            assert time.monotonic() < deadline, "the publishers did not start"
            await asyncio.sleep(0.01)
        go.touch()  # both at once
        # Subscribed while both are appending: once some rows are in (seq only grows; rows
        # themselves go as soon as every process has read them).
        while await _newest_seq(db) < 60:
            assert time.monotonic() < deadline, "the publishers appended nothing"
            await asyncio.sleep(0.001)
        tail.subscribe(JobPosted.name, on_job)
        for publisher in publishers:
            assert await asyncio.wait_for(publisher.wait(), 60) == 0
        await asyncio.wait_for(last.wait(), DEADLINE)
        await tail.drain()
        # Truly at once: the two writers' commits alternated many times.
        assert sum(1 for one, next_one in zip(order, order[1:]) if one != next_one) >= 50, order
        for who, numbers in got.items():
            # What was committed before the subscription may or may not arrive; from the first
            # event that did, every later one did, once, in order.
            assert numbers == list(range(numbers[0], PER_PUBLISHER)), who
            assert numbers[0] < PER_PUBLISHER - 100, who  # the subscription was truly mid-stream
    finally:
        for publisher in publishers:
            if publisher.returncode is None:
                publisher.kill()
                await publisher.wait()
        await tail.close()
        await db.close()

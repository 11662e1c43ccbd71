"""Events of one name published together share one event-log row (a job's ~100 MatchFound: one
row to insert, read and delete, not a hundred); another process still gets each event, in
publication order, and a lone event keeps a row of its own as before."""
from __future__ import annotations

import asyncio
import sqlite3
from pathlib import Path

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.event_log import SqliteEventLog
from domain.events import DomainEvent, JobPosted, MatchFound

DEADLINE = 10.0


def a_match(n: int) -> MatchFound:
    return MatchFound(match_id=f"m{n}", candidate_id=f"c{n}", job_id="j1", organization_id="o1", score=n / 1000)


def stored_rows(path: Path) -> list[tuple[str, str]]:
    with sqlite3.connect(path) as db:
        return db.execute("SELECT name, origin FROM event_log ORDER BY seq").fetchall()


async def test_a_publication_of_one_name_is_one_row_and_arrives_event_by_event(tmp_path: Path) -> None:
    db = Database(tmp_path / "talentgraph.sqlite3")
    await db.open()
    worker, api = SqliteEventLog(db, origin="worker"), SqliteEventLog(db, origin="api")
    # The API's reads are held back until the rows are counted (its reads would delete them).
    await worker.start()
    received: asyncio.Queue[DomainEvent] = asyncio.Queue()

    async def on_event(event: DomainEvent) -> None:
        await received.put(event)

    api.subscribe(MatchFound.name, on_event)
    api.subscribe(JobPosted.name, on_event)
    try:
        matches = [a_match(n) for n in range(100)]
        await worker.publish_many(matches)
        await worker.flush()
        assert stored_rows(db.path) == [("MatchFound[]", "worker")]

        mixed = [a_match(200), JobPosted(job_id="j2", organization_id="o1"), a_match(201), a_match(202)]
        await worker.publish_many(mixed)
        await worker.publish(a_match(300))
        await worker.flush()
        assert [name for name, _ in stored_rows(db.path)] == [
            "MatchFound[]", "MatchFound", "JobPosted", "MatchFound[]", "MatchFound"]

        await api.start()  # tails from here: publish once more so that it has rows to read
        await worker.publish_many(matches)
        await worker.publish_many(mixed)
        got = [await asyncio.wait_for(received.get(), DEADLINE) for _ in range(len(matches) + len(mixed))]
        assert got == [*matches, *mixed]  # equal events: every field, the time included
    finally:
        await api.close()
        await worker.close()
        await db.close()


async def test_a_long_publication_is_split_into_rows_of_bounded_size(tmp_path: Path) -> None:
    db = Database(tmp_path / "talentgraph.sqlite3")
    await db.open()
    worker = SqliteEventLog(db, origin="worker")
    await worker.start()
    try:
        await worker.publish_many([a_match(n) for n in range(1_200)])
        await worker.flush()
        assert [name for name, _ in stored_rows(db.path)] == ["MatchFound[]"] * 3
    finally:
        await worker.close()
        await db.close()

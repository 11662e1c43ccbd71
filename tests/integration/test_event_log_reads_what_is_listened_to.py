"""A process tailing the event log decodes only the rows of names some handler of its own
listens to: a worker's flood of match announcements costs an API process with no match
subscription one SQL pass, not a decode per row, and nothing wanted is missed."""
from __future__ import annotations

import asyncio
from pathlib import Path

from adapters.aws.events.registry import rebuild
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.event_log import SqliteEventLog
from domain.events import DomainEvent, JobPosted, MatchFound

DEADLINE = 10.0


def a_match(n: int) -> MatchFound:
    return MatchFound(match_id=f"m{n}", candidate_id="c1", job_id=f"j{n}", organization_id="o1", score=0.5)


async def test_only_rows_of_listened_names_are_decoded_and_each_listened_row_arrives(tmp_path: Path) -> None:
    db = Database(tmp_path / "talentgraph.sqlite3")
    await db.open()
    decoded: list[str] = []

    def counting(name: str, body: dict) -> DomainEvent | None:
        decoded.append(name)
        return rebuild(name, body)

    worker, api = SqliteEventLog(db, origin="worker"), SqliteEventLog(db, origin="api", decode=counting)
    await worker.start()
    await api.start()
    posted: asyncio.Queue = asyncio.Queue()
    matched: asyncio.Queue = asyncio.Queue()

    async def on_posted(event):
        await posted.put(event.job_id)

    async def on_match(event):
        await matched.put(event.match_id)

    api.subscribe(JobPosted.name, on_posted)
    try:
        await worker.publish_many([a_match(n) for n in range(200)])
        await worker.publish(JobPosted(job_id="j-after", organization_id="o1"))
        assert await asyncio.wait_for(posted.get(), DEADLINE) == "j-after"
        assert decoded == [JobPosted.name]  # 200 announcements passed over in SQL

        # Once a match subscription exists here, the announcements after it arrive, in order.
        unsubscribe = api.subscribe(MatchFound.name, on_match)
        await worker.publish_many([a_match(n) for n in range(1000, 1600)])  # more than one read's batch
        got = [await asyncio.wait_for(matched.get(), DEADLINE) for _ in range(600)]
        assert got == [f"m{n}" for n in range(1000, 1600)]
        unsubscribe()
        await worker.publish_many([a_match(n) for n in range(2000, 2050)])
        await worker.publish(JobPosted(job_id="j-last", organization_id="o1"))
        assert await asyncio.wait_for(posted.get(), DEADLINE) == "j-last"
        assert decoded.count(MatchFound.name) == 600 and matched.empty()
    finally:
        await api.close()
        await worker.close()
        await db.close()

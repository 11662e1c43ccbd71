"""Upgrading a data dir whose job vectors were made from the whole ad: the migration queues the
matching of every open job once (which embeds it from its short text and rescores it), keeps
work already queued for a job instead of doubling it, and queues nothing for closed jobs."""
from __future__ import annotations

import time

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.migrations import MIGRATIONS
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.jobs import JobStatus
from domain.services.matching_triggers import MATCH_JOB
from tests.integration.contract.repository_backends import a_job
from tests.integration.old_database import add_job_as_before

_SHORT_TEXT_VECTORS = 22


async def test_every_open_job_is_matched_again_once_after_the_upgrade(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = Database(path, migrations=[m for m in MIGRATIONS if m[0] < _SHORT_TEXT_VECTORS])
    await old.open()
    await old.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o1', 'Acme', '2026-01-01')")
    open_jobs = [a_job("o1", title=f"Engineer {n}") for n in range(3)]
    closed = a_job("o1", status=JobStatus.CLOSED)
    for job in [*open_jobs, closed]:
        await add_job_as_before(old, job)
    pending = await SqliteWorkQueue(old).enqueue(MATCH_JOB, {"job_id": open_jobs[0].id},
                                                 dedupe_key=f"{MATCH_JOB}:{open_jobs[0].id}")
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        rows = await migrated.fetch_all(
            "SELECT id, json_extract(payload, '$.job_id') AS job_id FROM work_items WHERE kind = ? AND state = 'ready'",
            (MATCH_JOB,))
        assert sorted(r["job_id"] for r in rows) == sorted(j.id for j in open_jobs)
        assert pending in {r["id"] for r in rows}
        queue = SqliteWorkQueue(migrated)
        leased = await queue.lease_many([MATCH_JOB], 10)
        assert sorted(i.payload["job_id"] for i in leased) == sorted(j.id for j in open_jobs)
        assert all(abs(i_at - time.time()) < 60 for (i_at,) in await migrated.fetch_all(
            "SELECT available_at FROM work_items"))
    finally:
        await migrated.close()

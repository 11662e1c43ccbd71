"""Jobs stored before migration 52 have no closing time: read back with none, never due to
close, and given one by an update, after which the sweep finds them (through the new partial
index, which the query names and SQLite refuses to run without)."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from tests.integration.contract.repository_backends import a_job, at
from tests.integration.old_database import add_job_as_before, database_before

_CLOSES_AT = 52


async def test_jobs_stored_before_have_no_closing_time_until_given_one(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, _CLOSES_AT)
    job = a_job("o1", minute=0)
    await add_job_as_before(old, job)
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        repository = SqliteJobRepository(migrated)
        (read,) = await repository.get_many([job.id])
        assert read.closes_at is None and await repository.due_to_close(at(10_000), 10) == []
        assert await repository.update(read.model_copy(update={"closes_at": at(60), "updated_at": at(1)}))
        assert [j.id for j in await repository.due_to_close(at(60), 10)] == [job.id]
        plan = await migrated.fetch_all(
            "EXPLAIN QUERY PLAN SELECT * FROM jobs INDEXED BY jobs_due_to_close WHERE status = 'OPEN' AND closes_at IS NOT NULL AND closes_at <= ?"
            " ORDER BY closes_at, id LIMIT 10", (at(60).isoformat(),))
        assert any("jobs_due_to_close" in row[3] for row in plan), [tuple(r) for r in plan]
    finally:
        await migrated.close()

"""Jobs stored before a job could carry a notification floor are read after the migration with
none (each member's own floor applies), and can be given one."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from tests.integration.contract.repository_backends import a_job
from tests.integration.old_database import add_job_as_before, database_before

_JOB_FLOORS = 44


async def test_old_jobs_have_no_floor_and_can_be_given_one(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, _JOB_FLOORS)
    job = a_job("o1")
    await add_job_as_before(old, job)
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        repository = SqliteJobRepository(migrated)
        (read,) = await repository.get_many([job.id])
        # (Migration 46 gives it its typed skills: test_job_typed_skills_migration.py.)
        assert read.model_copy(update={"typed_skills": None}) == job and read.notify_min_score is None
        assert await repository.update(job.model_copy(update={"notify_min_score": 0.8}))
        rows = await migrated.fetch_all("SELECT notify_min_score FROM jobs WHERE id = ?", (job.id,))
        assert [tuple(row) for row in rows] == [(0.8,)]
        assert (await repository.get_many([job.id]))[0].notify_min_score == 0.8
    finally:
        await migrated.close()

"""Jobs stored before migration 48 kept when they closed: a closed one takes its last change
(its close, unless taken down after), an open one has none and gets one when it closes."""
from __future__ import annotations

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from domain.jobs import JobStatus
from tests.integration.contract.repository_backends import a_job, at
from tests.integration.old_database import add_job_as_before, database_before

_CLOSED_AT = 48


async def test_closed_jobs_stored_before_take_their_last_change(tmp_path):
    path = tmp_path / "old.sqlite3"
    old = await database_before(path, _CLOSED_AT)
    closed = a_job("o1", minute=0).model_copy(update={"status": JobStatus.CLOSED, "updated_at": at(30)})
    still_open = a_job("o1", minute=1)
    for job in (closed, still_open):
        await add_job_as_before(old, job)
    await old.close()

    migrated = Database(path)
    await migrated.open()
    try:
        rows = await migrated.fetch_all("SELECT id, closed_at FROM jobs ORDER BY posted_at")
        assert [row["closed_at"] is not None for row in rows] == [True, False]
        repository = SqliteJobRepository(migrated)
        read_closed, read_open = await repository.get_many([closed.id, still_open.id])
        assert (read_closed.closed_at, read_open.closed_at) == (at(30), None)
        closing = read_open.model_copy(update={"status": JobStatus.CLOSED, "updated_at": at(40), "closed_at": at(40)})
        assert await repository.update(closing)
        taken_down = closing.model_copy(update={"updated_at": at(50), "takedown_reason": "spam"})
        assert await repository.update(taken_down)
        assert (await repository.get_many([still_open.id]))[0].closed_at == at(40)
    finally:
        await migrated.close()

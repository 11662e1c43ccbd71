"""An edit whose check ran before the job's closing time but whose write waited for SQLite's
write lock (another process writing) until after it is refused, truly concurrently: the edit
runs while a second connection to the file holds the lock across the closing time, as the
worker process would. The write's own condition reads the clock once it holds the lock."""
from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from domain.clock import SystemClock
from domain.errors import Conflict
from domain.services.jobs import JobService
from tests.fakes.accounts import RecordingEventBus
from tests.integration.contract.repository_backends import a_job, an_employer, repositories_on


class _ReadTimes:
    """The job repository, noting when each read of a job came back."""

    def __init__(self, jobs: SqliteJobRepository) -> None:
        self._jobs = jobs
        self.reads: list[datetime] = []
        self.read = asyncio.Event()

    async def get_many(self, ids):
        found = await self._jobs.get_many(ids)
        self.reads.append(datetime.now(UTC))
        self.read.set()
        return found

    def __getattr__(self, name):
        return getattr(self._jobs, name)


async def test_an_edit_waiting_for_the_write_lock_past_the_closing_time_is_refused(tmp_path):
    db = Database(tmp_path / "jobs.sqlite3")
    await db.open()
    try:
        repositories = await repositories_on("embedded", db, None, None)
        employer, organization = await an_employer(repositories)
        closes_at = datetime.now(UTC) + timedelta(milliseconds=400)
        job = a_job(organization.id, closes_at=closes_at)
        await repositories.jobs.add(job)
        jobs = _ReadTimes(repositories.jobs)
        service = JobService(jobs, None, RecordingEventBus(), SystemClock())  # type: ignore[arg-type]

        other = sqlite3.connect(db.path, isolation_level=None, timeout=5)
        other.execute("BEGIN IMMEDIATE")  # another process's write, holding the lock
        try:
            edit = asyncio.create_task(service.update(employer, job.id, {"location": "Leeds"}))
            await jobs.read.wait()
            assert jobs.reads[0] < closes_at, "the edit's check must run before the closing time"
            await asyncio.sleep(max(0.0, (closes_at - datetime.now(UTC)).total_seconds()) + 0.05)
        finally:
            other.execute("COMMIT")
            other.close()
        with pytest.raises(Conflict) as refused:
            await edit
        assert "closed and can no longer be changed" in refused.value.message
        assert await repositories.jobs.get_many([job.id]) == [job]
    finally:
        await db.close()

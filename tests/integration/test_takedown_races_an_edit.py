"""An administrator's takedown and a recruiter's edit of the same job at once, each over its
own connection to one SQLite file: neither overwrites the other. The takedown writes only
over the state it read (JobRepository.update's expected_updated_at) and, refused, reads the
job again, so the recruiter's edit stays and the job is down."""
from __future__ import annotations

import asyncio
from pathlib import Path

from adapters.embedded.event_bus import InProcessEventBus
from adapters.embedded.skills.taxonomy import EmbeddedSkillExtractor
from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from adapters.embedded.sqlite.users import SqliteOrganizationRepository, SqliteUserRepository
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.clock import SystemClock
from domain.errors import Conflict
from domain.jobs import Job, JobStatus
from domain.services.admin import AdminService
from domain.services.jobs import JobService
from tests.fakes.admin import FakeUserAdministration
from tests.integration.contract.repository_backends import a_job, an_employer


class _ReadsThenWaits:
    """The real repository; the takedown's first read is held until `edited` is set, so the
    recruiter's edit lands between the takedown's read and its write (the race, made sure)."""

    def __init__(self, inner: SqliteJobRepository, edited: asyncio.Event) -> None:
        self._inner, self._edited, self._held = inner, edited, False

    async def get_many(self, ids):
        found = await self._inner.get_many(ids)
        if not self._held:
            self._held = True
            await self._edited.wait()
        return found

    async def update(self, job: Job, work=(), *, expected_updated_at=None, member=None) -> bool:
        return await self._inner.update(job, work, expected_updated_at=expected_updated_at, member=member)


async def _opened(path: Path) -> Database:
    db = Database(path)
    await db.open()
    return db


def _admin(jobs, db: Database) -> AdminService:
    return AdminService(FakeUserAdministration([]), jobs, SqliteWorkQueue(db), InProcessEventBus(), SystemClock())


async def test_a_takedown_that_read_before_a_recruiters_edit_keeps_the_edit(tmp_path: Path):
    path = tmp_path / "jobs.sqlite3"
    admin_db, recruiter_db = await _opened(path), await _opened(path)
    try:
        setup = SqliteUserRepository(recruiter_db)
        setup_repos = type("R", (), {"users": setup, "organizations": SqliteOrganizationRepository(recruiter_db)})
        employer, organization = await an_employer(setup_repos)
        job = a_job(organization.id, title="Backend engineer")
        await SqliteJobRepository(recruiter_db).add(job)
        edited = asyncio.Event()
        admin = _admin(_ReadsThenWaits(SqliteJobRepository(admin_db), edited), admin_db)
        recruiter = JobService(SqliteJobRepository(recruiter_db), EmbeddedSkillExtractor(), InProcessEventBus(),
                               SystemClock())

        async def edit() -> Job:
            try:
                return await recruiter.update(employer, job.id, {"title": "Senior backend engineer"})
            finally:
                edited.set()

        down, changed = await asyncio.gather(admin.take_down_job(job.id, "Misleading pay"), edit())
        (stored,) = await SqliteJobRepository(admin_db).get_many([job.id])
        assert changed.title == "Senior backend engineer"
        assert stored is not None
        assert (stored.title, stored.status, stored.takedown_reason) == (
            "Senior backend engineer", JobStatus.CLOSED, "Misleading pay")
        assert stored == down
    finally:
        await admin_db.close()
        await recruiter_db.close()


async def test_takedowns_and_edits_at_once_never_lose_either(tmp_path: Path):
    """Unforced: many pairs at once over two connections; every job ends down with its
    edit, or with the edit refused because the job was already down (closed jobs are final)."""
    path = tmp_path / "jobs.sqlite3"
    admin_db, recruiter_db = await _opened(path), await _opened(path)
    try:
        setup_repos = type("R", (), {"users": SqliteUserRepository(recruiter_db),
                                     "organizations": SqliteOrganizationRepository(recruiter_db)})
        employer, organization = await an_employer(setup_repos)
        jobs = [a_job(organization.id, minute=i, title=f"Job {i}") for i in range(12)]
        for job in jobs:
            await SqliteJobRepository(recruiter_db).add(job)
        admin = _admin(SqliteJobRepository(admin_db), admin_db)
        recruiter = JobService(SqliteJobRepository(recruiter_db), EmbeddedSkillExtractor(), InProcessEventBus(),
                               SystemClock())

        async def edit(job: Job) -> bool:
            try:
                await recruiter.update(employer, job.id, {"title": f"{job.title} (edited)"})
                return True
            except Conflict:  # already down: closed jobs are not edited
                return False

        outcomes = await asyncio.gather(*(admin.take_down_job(j.id, "spam") for j in jobs), *(edit(j) for j in jobs))
        stored = await SqliteJobRepository(admin_db).get_many([j.id for j in jobs])
        for job, kept_edit, now in zip(jobs, outcomes[len(jobs):], stored):
            assert now is not None and (now.status, now.takedown_reason) == (JobStatus.CLOSED, "spam")
            assert now.title == (f"{job.title} (edited)" if kept_edit else job.title)
    finally:
        await admin_db.close()
        await recruiter_db.close()

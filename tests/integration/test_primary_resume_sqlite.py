"""The embedded store holds one primary resume per owner itself: two processes' connections
marking different resumes at once leave one, and a write that would make a second primary
is refused by the file, whatever code issues it."""
from __future__ import annotations

import asyncio
import sqlite3
from datetime import UTC, datetime

import pytest

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.resumes import SqliteResumeRepository
from adapters.embedded.sqlite.users import SqliteUserRepository
from domain.pagination import PageRequest
from domain.resumes import Resume
from domain.users import Role, User


async def _owner_with_resumes(db: Database, count: int) -> tuple[str, list[str]]:
    now = datetime.now(UTC)
    owner = User(id="owner-1", email="ada@example.com", name="Ada", role=Role.CANDIDATE, password_hash="x",
                 created_at=now)
    await SqliteUserRepository(db).add(owner)
    repository = SqliteResumeRepository(db)
    ids = []
    for n in range(count):
        resume = Resume(id=f"resume-{n}", owner_id=owner.id, filename="cv.txt", content_type="text/plain",
                        size_bytes=10, sha256=f"{n:064x}", uploaded_at=now)
        await repository.add(resume, max_per_owner=10)
        ids.append(resume.id)
    return owner.id, ids


async def test_marks_from_two_connections_at_once_leave_one_primary(two_connections):
    first, second = two_connections
    owner, ids = await _owner_with_resumes(first, 3)
    repositories = [SqliteResumeRepository(first), SqliteResumeRepository(second)]
    for round_ in range(8):
        contenders = [ids[round_ % 3], ids[(round_ + 1) % 3]]
        await asyncio.gather(*(repo.set_primary(rid, owner, True) for repo, rid in zip(repositories, contenders)))
        (page,) = await repositories[0].by_owners([owner], None, PageRequest())
        primaries = [r.id for r in page.items if r.primary]
        assert len(primaries) == 1 and primaries[0] in contenders


async def test_a_second_primary_written_directly_is_refused_by_the_file(two_connections):
    first, _ = two_connections
    owner, ids = await _owner_with_resumes(first, 2)
    await SqliteResumeRepository(first).set_primary(ids[0], owner, True)
    with pytest.raises(sqlite3.IntegrityError):
        async with first.transaction() as conn:
            await conn.execute("UPDATE resumes SET is_primary = 1 WHERE id = ?", (ids[1],))


async def test_an_upsert_from_a_resume_deleted_meanwhile_writes_nothing_from_it(two_connections):
    """A recomputation that read a resume before its deletion committed: SQLite's foreign key
    would refuse the row, so the upsert drops it and writes the rest (the deletion stores the
    candidate's recomputation from the resumes left)."""
    from adapters.embedded.sqlite.jobs import SqliteJobRepository
    from adapters.embedded.sqlite.matches import SqliteMatchRepository
    from domain.jobs import Job, JobStatus
    from domain.matches import Match, ScoreBreakdown
    from domain.users import Organization

    db, _ = two_connections
    owner, (kept, deleted) = await _owner_with_resumes(db, 2)
    now = datetime.now(UTC)
    organization = Organization(id="org-1", name="Acme", created_at=now)
    employer = User(id="employer-1", email="boss@example.com", name="Boss", role=Role.EMPLOYER, password_hash="x",
                    organization_id=organization.id, created_at=now)
    await SqliteUserRepository(db).add(employer, organization)
    jobs = [Job(id=f"job-{n}", organization_id=organization.id, title="Engineer", description="Python.",
                status=JobStatus.OPEN, posted_at=now, updated_at=now) for n in range(2)]
    for job in jobs:
        await SqliteJobRepository(db).add(job)
    await SqliteResumeRepository(db).delete(deleted)

    def a_match(job_id: str, resume_id: str) -> Match:
        return Match(id=f"{job_id}-{resume_id}", candidate_id=owner, job_id=job_id, resume_id=resume_id, score=0.8,
                     breakdown=ScoreBreakdown(), created_at=now, updated_at=now)

    matches = SqliteMatchRepository(db)
    new = await matches.upsert([a_match("job-0", deleted), a_match("job-1", kept)])
    assert [m.resume_id for m in new] == [kept]
    stale, fresh = await matches.get_many([f"job-0-{deleted}", f"job-1-{kept}"])
    assert stale is None and fresh.resume_id == kept

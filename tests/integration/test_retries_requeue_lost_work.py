"""A client retrying a request whose row was committed by an older version, whose work was
lost to a crash, queues that work again (once) instead of finding the row and stopping:
an upload's retry gets the stored resume back, an application's retry gets CONFLICT."""
from __future__ import annotations

import json
import uuid
from datetime import UTC, datetime

import pytest

from adapters.embedded.extraction.sniff import sniff_content_type
from adapters.embedded.sqlite.applications import SqliteApplicationRepository
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from adapters.embedded.sqlite.resumes import SqliteResumeRepository
from adapters.embedded.sqlite.users import SqliteUserRepository
from adapters.embedded.sqlite.work_queue import SqliteWorkQueue
from domain.errors import Conflict
from domain.jobs import Job
from domain.services.applications import ApplicationService
from domain.services.resumes import ResumeService
from domain.uploads import UploadRules
from domain.users import Organization, Role, User
from tests.fakes.accounts import FixedClock, RecordingEventBus
from tests.fakes.blobs import InMemoryBlobStore
from tests.fixtures.documents import RESUME_TEXT

NOW = datetime(2026, 1, 1, tzinfo=UTC)


@pytest.fixture
async def world(db):
    database = db
    queue = SqliteWorkQueue(database)
    resumes, applications = SqliteResumeRepository(database, queue), SqliteApplicationRepository(database, queue)
    users, jobs = SqliteUserRepository(database, queue), SqliteJobRepository(database, queue)
    candidate = User(id=uuid.uuid4().hex, email="c@example.com", name="Cal", role=Role.CANDIDATE,
                     password_hash="h", created_at=NOW)
    organization = Organization(id=uuid.uuid4().hex, name="Acme", created_at=NOW)
    employer = User(id=uuid.uuid4().hex, email="e@example.com", name="Em", role=Role.EMPLOYER,
                    password_hash="h", organization_id=organization.id, created_at=NOW)
    await users.add(candidate)
    await users.add(employer, organization)
    job = Job(id=uuid.uuid4().hex, organization_id=organization.id, title="Backend Engineer",
              description="Python", posted_at=NOW, updated_at=NOW, posted_by=employer.id)
    await jobs.add(job)
    clock = FixedClock(NOW)
    return {
        "db": database, "candidate": candidate, "job": job,
        "resumes": ResumeService(resumes, InMemoryBlobStore(), queue, RecordingEventBus(), sniff_content_type,
                                 UploadRules(), clock),
        "applications": ApplicationService(applications, jobs, resumes, queue, clock),
    }


async def pending(db, kind: str) -> list[dict]:
    rows = await db.fetch_all("SELECT payload FROM work_items WHERE kind = ? AND state = 'ready'", (kind,))
    return [json.loads(row["payload"]) for row in rows]


async def lose_all_work(db) -> None:
    """As an older version left a crash: the rows committed, their work items not."""
    await db.execute("DELETE FROM work_items")


async def test_retrying_an_upload_whose_work_was_lost_queues_it_again_once(world):
    service, db, candidate = world["resumes"], world["db"], world["candidate"]
    stored = await service.upload(candidate, "cv.txt", RESUME_TEXT.encode())
    await lose_all_work(db)
    for _ in range(2):
        assert (await service.upload(candidate, "cv.txt", RESUME_TEXT.encode())).id == stored.id
    assert await pending(db, "resume.process") == [{"resume_id": stored.id}]


async def test_retrying_an_application_whose_work_was_lost_queues_it_again_once(world):
    resume = await world["resumes"].upload(world["candidate"], "cv.txt", RESUME_TEXT.encode())
    service, db = world["applications"], world["db"]
    application = await service.apply(world["candidate"], world["job"].id, resume.id, None)
    await lose_all_work(db)
    for _ in range(2):
        with pytest.raises(Conflict):
            await service.apply(world["candidate"], world["job"].id, resume.id, None)
    (work,) = await pending(db, "application.process")
    assert (work["application_id"], work["version"], work["change"]["to_status"]) == (application.id, 1, "SUBMITTED")

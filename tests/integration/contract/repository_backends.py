"""The repository ports, built on either backend: the embedded SQLite repositories or the
DynamoDB ones on the session's moto server. Import `repositories` into a test module; the
builders make valid domain objects with a clock the tests control."""
from __future__ import annotations

import uuid
from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from domain.applications import Application, ApplicationEvent, ApplicationStatus
from domain.jobs import Job, JobStatus
from domain.matches import Match, ScoreBreakdown
from domain.resumes import Resume
from domain.sessions import Session
from domain.users import Organization, OrganizationRole, Role, User
from tests.integration.contract.conftest import BACKENDS

START = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)


NO_GRACE = timedelta(0)  # a used refresh token is refused at once


def at(minutes: float) -> datetime:
    return START + timedelta(minutes=minutes)


def new_id() -> str:
    return uuid.uuid4().hex


@pytest.fixture(params=BACKENDS)
async def repositories(request, database, aws_clients, aws_names):
    """The seven repositories by port name, on the backend the parameter names."""
    return await repositories_on(request.param, database, aws_clients, aws_names)


async def repositories_on(backend: str, database, aws_clients, aws_names) -> SimpleNamespace:
    if backend == "embedded":
        from adapters.embedded.sqlite.applications import SqliteApplicationRepository
        from adapters.embedded.sqlite.jobs import SqliteJobRepository
        from adapters.embedded.sqlite.matches import SqliteMatchRepository
        from adapters.embedded.sqlite.resumes import SqliteResumeRepository
        from adapters.embedded.sqlite.sessions import SqliteSessionRepository
        from adapters.embedded.sqlite.users import SqliteOrganizationRepository, SqliteUserRepository

        return SimpleNamespace(
            users=SqliteUserRepository(database), organizations=SqliteOrganizationRepository(database),
            sessions=SqliteSessionRepository(database), jobs=SqliteJobRepository(database),
            resumes=SqliteResumeRepository(database), matches=SqliteMatchRepository(database),
            applications=SqliteApplicationRepository(database),
        )
    from adapters.aws.dynamodb.repositories import dynamodb_repositories
    from adapters.aws.dynamodb.table import create_table

    client = await aws_clients.get("dynamodb")
    await create_table(client, aws_names["table"])
    return SimpleNamespace(**dynamodb_repositories(client, aws_names["table"]))


def a_user(role: Role = Role.CANDIDATE, *, email: str | None = None, organization_id: str | None = None,
           minute: float = 0) -> User:
    user_id = new_id()
    return User(id=user_id, email=email or f"{user_id[:12]}@example.com", name="Ada Lovelace", role=role,
                password_hash="argon2-hash", organization_id=organization_id, created_at=at(minute))


def an_organization(name: str | None = None) -> Organization:
    """Named `name`, or a name of its own: organization names are unique once stored."""
    organization_id = new_id()
    return Organization(id=organization_id, name=name or f"Acme {organization_id[:8]}", website="https://acme.example",
                        created_at=START)


async def an_employer(repositories, name: str | None = None, *, verified: bool = False) -> tuple[User, Organization]:
    """An organization and its founder, who owns it (as registering makes them); `verified`:
    with a proven address, as match mail goes only to those."""
    organization = an_organization(name)
    employer = a_user(Role.EMPLOYER, organization_id=organization.id).model_copy(
        update={"organization_role": OrganizationRole.OWNER, "email_verified": verified})
    await repositories.users.add(employer, organization)
    return employer, organization


async def a_candidate(repositories, minute: float = 0, *, verified: bool = False) -> User:
    candidate = a_user(minute=minute).model_copy(update={"email_verified": verified})
    await repositories.users.add(candidate)
    return candidate


def a_job(organization_id: str, *, minute: float = 0, status: JobStatus = JobStatus.OPEN, **fields) -> Job:
    values = dict(title="Backend engineer", description="Python services on AWS.", required_skills=["Python"])
    values.update(fields)
    return Job(id=new_id(), organization_id=organization_id, status=status, posted_at=at(minute),
               updated_at=at(minute), **values)


def a_session(user_id: str, *, minute: float = 0, days: int = 30) -> Session:
    return Session(id=new_id(), user_id=user_id, device="Firefox", ip="10.0.0.1", created_at=at(minute),
                   last_used_at=at(minute), expires_at=at(minute) + timedelta(days=days))


def a_resume(owner_id: str, *, sha256: str | None = None, minute: float = 0) -> Resume:
    return Resume(id=new_id(), owner_id=owner_id, filename="cv.pdf", content_type="application/pdf",
                  size_bytes=2048, sha256=sha256 or new_id() + new_id(), uploaded_at=at(minute))


def a_match(candidate_id: str, job_id: str, resume_id: str, score: float, minute: float = 0) -> Match:
    return Match(id=new_id(), candidate_id=candidate_id, job_id=job_id, resume_id=resume_id, score=score,
                 breakdown=ScoreBreakdown(semantic=score, skills=0.5, experience=0.25),
                 created_at=at(minute), updated_at=at(minute))


def an_application(job_id: str, candidate_id: str | None, resume_id: str | None = None,
                   minute: float = 0) -> tuple[Application, ApplicationEvent]:
    application = Application(id=new_id(), job_id=job_id, candidate_id=candidate_id, resume_id=resume_id,
                              cover_letter="Hello", created_at=at(minute), updated_at=at(minute))
    return application, ApplicationEvent(status=ApplicationStatus.SUBMITTED, at=at(minute), by_user_id=candidate_id)

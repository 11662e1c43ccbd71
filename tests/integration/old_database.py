"""A database as an earlier version left it: opened with the migrations before `version` only,
with one organization ('o1') for jobs to belong to. Closed by the caller before the current
code opens the same file and migrates it."""
from __future__ import annotations

from pathlib import Path

from adapters.embedded.sqlite.database import Database
from adapters.embedded.sqlite.job_rows import columns
from adapters.embedded.sqlite.jobs import SqliteJobRepository
from adapters.embedded.sqlite.migrations import MIGRATIONS
from adapters.embedded.sqlite.rows import to_text
from domain.applications import Application, ApplicationEvent
from domain.jobs import Job
from domain.users import User


async def database_before(path: Path, version: int) -> Database:
    old = Database(path, migrations=[m for m in MIGRATIONS if m[0] < version])
    await old.open()
    await old.execute("INSERT INTO organizations(id, name, created_at) VALUES ('o1', 'Acme', '2026-01-01')")
    return old


async def add_job_as_before(db: Database, job: Job) -> None:
    """The job written as the code before migration 31 wrote it: the jobs table of an older
    database has no salary_period column for the current repository's INSERT to name."""
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO jobs(id, organization_id, title, description, location, remote, employment_type,"
            " seniority, salary_min, salary_max, salary_currency, required_skills, nice_to_have_skills,"
            " status, posted_at, updated_at, posted_by, takedown_reason)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (job.id, job.organization_id, *columns(job)[:-1], to_text(job.posted_at),
             to_text(job.updated_at), job.posted_by, job.takedown_reason),
        )
        await SqliteJobRepository._index(conn, job)


async def add_user_as_before(db: Database, user: User) -> None:
    """The user written as the code before migration 41 wrote it (no organization_role column)."""
    await db.execute(
        "INSERT INTO users(id, email, name, role, password_hash, email_verified, organization_id, preferences,"
        " created_at, suspended, token_version, phone, phone_verified) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
        (user.id, user.email, user.name, user.role.value, user.password_hash, int(user.email_verified),
         user.organization_id, user.preferences.model_dump_json(), to_text(user.created_at), int(user.suspended),
         user.token_version, user.phone, int(user.phone_verified)),
    )


async def add_application_as_before(db: Database, application: Application, event: ApplicationEvent) -> None:
    """The application and its first event written as the code before migration 47 wrote them
    (no organization_id column)."""
    async with db.transaction() as conn:
        await conn.execute(
            "INSERT INTO applications(id, job_id, candidate_id, resume_id, cover_letter, status, version,"
            " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?)",
            (application.id, application.job_id, application.candidate_id, application.resume_id,
             application.cover_letter, application.status.value, application.version,
             to_text(application.created_at), to_text(application.updated_at)),
        )
        await conn.execute(
            "INSERT INTO application_events(application_id, status, at, by_user_id, note) VALUES (?,?,?,?,?)",
            (application.id, event.status.value, to_text(event.at), event.by_user_id, event.note),
        )

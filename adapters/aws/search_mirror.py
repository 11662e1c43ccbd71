"""The embedded FTS5 job index as a per-replica mirror of the jobs in DynamoDB, for AWS
mode without OpenSearch. Each replica keeps its own mirror current from the domain events
every replica receives (JobPosted/JobUpdated/JobClosed through EventBridge, re-reading the
job from the store), and refills it from the store at start, so a job posted through
another replica, or while this one was down, is found here too."""
from __future__ import annotations

import logging
from typing import Any

from domain.events import DomainEvent, JobClosed, JobPosted, JobUpdated
from domain.ports.events import EventBus
from domain.ports.jobs import JobRepository

log = logging.getLogger(__name__)

_JOB_EVENTS = ("JobPosted", "JobUpdated", "JobClosed")


class SqliteJobMirror:
    """JobSearchIndex over the embedded SQLite job repository, in a database of its own:
    its organizations exist only as the placeholders jobs point at, and it has no users,
    so `posted_by` (which nothing reads from a search) is not mirrored."""

    def __init__(self, db: Any, sqlite_jobs: Any) -> None:
        self._db = db
        self._jobs = sqlite_jobs

    async def index_job(self, job) -> None:
        await self._db.execute(
            "INSERT OR IGNORE INTO organizations(id, name, created_at) VALUES (?, '', ?)",
            (job.organization_id, job.posted_at.isoformat()),
        )
        job = job.model_copy(update={"posted_by": None})
        (known,) = await self._jobs.get_many([job.id])
        if known is None:
            await self._jobs.add(job)
        else:
            await self._jobs.update(job)

    async def search(self, query, job_filter, page):
        return await self._jobs.search(query, job_filter, page)

    async def spelling_corrections(self, terms):
        return await self._jobs.spelling_corrections(terms)


async def refill(mirror: SqliteJobMirror, table: Any) -> int:
    """Every job in the store (any status: closed is a status too), into the mirror."""
    from adapters.aws.dynamodb.every_job import every_job

    done = 0
    async for job in every_job(table.client, table.name):
        await mirror.index_job(job)
        done += 1
    return done


def follow(events: EventBus, store: JobRepository, mirror: SqliteJobMirror) -> None:
    async def changed(event: DomainEvent) -> None:
        if not isinstance(event, JobPosted | JobUpdated | JobClosed):
            return
        (job,) = await store.get_many([event.job_id])
        if job is not None:
            await mirror.index_job(job)

    for name in _JOB_EVENTS:
        events.subscribe(name, changed)

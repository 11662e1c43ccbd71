"""Ports for job postings."""
from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Protocol

from domain.clock import Clock
from domain.job_post_keys import EarlierPost, PostKey
from domain.jobs import Job, JobFilter, JobStatus
from domain.pagination import Page, PageRequest
from domain.ports.queue import PendingWork


class JobRepository(Protocol):
    async def add(
        self, job: Job, work: Sequence[PendingWork] = (), *, key: PostKey | None = None,
        member_of: str | None = None,
    ) -> EarlierPost | None:
        """Stores the job and queues `work` in the same transaction. Given `key`, only if its
        poster posted nothing with that key before (checked in the same write): otherwise
        nothing is stored or queued and the earlier post is returned. Given `member_of`, only
        while the job's poster still recruits for that organization (checked in the same
        write): otherwise FORBIDDEN (NOT_A_MEMBER), nothing stored or queued, no key claimed."""
        ...

    async def update(
        self, job: Job, work: Sequence[PendingWork] = (), *, expected_updated_at: datetime | None = None,
        open_as_of: Clock | None = None, member: str | None = None,
    ) -> bool:
        """Stores the job's new state and queues `work` in the same transaction. Given
        `expected_updated_at`, only while the stored job still has that `updated_at` (nobody
        changed it since it was read): False, with nothing stored or queued, when it has not.
        Given `open_as_of`, only while the stored job is OPEN and its stored `closes_at` is
        None or later than that clock's now, read as the write is made (inside SQLite's write
        transaction, in DynamoDB's condition): an edit checked just before the closing time
        and written just after is refused as well (False). Given `member` (a user id), only
        while that person still recruits for the job's organization (checked in the same
        write): otherwise FORBIDDEN (NOT_A_MEMBER)."""
        ...

    async def get_many(self, ids: Sequence[str]) -> list[Job | None]: ...

    async def by_organizations(
        self, organization_ids: Sequence[str], status: JobStatus | None, page: PageRequest
    ) -> list[Page[Job]]:
        """One page of each organization's jobs, newest first, in the order of the ids."""
        ...

    async def search(self, query: str | None, job_filter: JobFilter, page: PageRequest) -> Page[Job]:
        """Full-text (BM25) and filtered search, best first; newest first without a query.
        Given `job_filter.open_as_of`, a job whose `closes_at` is at or before it is not found,
        in the page and the total alike, whatever its stored status."""
        ...

    async def due_to_close(self, now: datetime, limit: int) -> list[Job]:
        """Up to `limit` OPEN jobs whose `closes_at` is `now` or earlier, soonest first."""
        ...

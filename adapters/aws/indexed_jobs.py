"""A JobRepository whose search runs in a search index (OpenSearch, or the embedded SQLite
FTS5 index for local runs) while the store (DynamoDB) stays the source of truth.

Jobs are written to the store first; the index is derived data, so an indexing failure is
logged rather than failing the write, and `talentgraph provision` can rebuild the index."""
from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from domain.clock import Clock
from domain.job_post_keys import EarlierPost, PostKey
from domain.jobs import Job, JobFilter, JobStatus
from domain.pagination import Page, PageRequest
from domain.ports.jobs import JobRepository
from domain.ports.queue import PendingWork
from domain.search_text import SearchTerm

log = logging.getLogger(__name__)


class JobSearchIndex(Protocol):
    async def index_job(self, job: Job) -> None: ...

    async def search(self, query: str | None, job_filter: JobFilter, page: PageRequest) -> Page[Job]: ...


class SearchIndexedJobs:
    def __init__(self, store: JobRepository, index: JobSearchIndex) -> None:
        self._store = store
        self._index = index

    async def add(
        self, job: Job, work: Sequence[PendingWork] = (), *, key: PostKey | None = None,
        member_of: str | None = None,
    ) -> EarlierPost | None:
        earlier = await self._store.add(job, work=work, key=key, member_of=member_of)
        if earlier is None:
            await self._reindex(job)
        elif key is not None and earlier.fingerprint == key.fingerprint:
            # A repeat of the post: the first may have stored its job and died before indexing
            # it. Indexing a job again only rewrites its document.
            (first,) = await self._store.get_many([earlier.job_id])
            if first is not None:
                await self._reindex(first)
        return earlier

    async def update(
        self, job: Job, work: Sequence[PendingWork] = (), *, expected_updated_at: datetime | None = None,
        open_as_of: Clock | None = None, member: str | None = None,
    ) -> bool:
        stored = await self._store.update(job, work=work, expected_updated_at=expected_updated_at,
                                          open_as_of=open_as_of, member=member)
        if stored:
            await self._reindex(job)
        return stored

    async def _reindex(self, job: Job) -> None:
        try:
            await self._index.index_job(job)
        except Exception:
            log.exception("indexing job %s for search failed; it is stored, search may lag", job.id)

    async def get_many(self, ids: Sequence[str]) -> list[Job | None]:
        return await self._store.get_many(ids)

    async def by_organizations(self, organization_ids: Sequence[str], status: JobStatus | None,
                               page: PageRequest) -> list[Page[Job]]:
        return await self._store.by_organizations(organization_ids, status, page)

    async def due_to_close(self, now: datetime, limit: int) -> list[Job]:
        return await self._store.due_to_close(now, limit)

    async def search(self, query: str | None, job_filter: JobFilter, page: PageRequest) -> Page[Job]:
        return await self._index.search(query, job_filter, page)

    async def spelling_corrections(self, terms: Sequence[SearchTerm]) -> dict[str, str]:
        # OpenSearch corrects inside its query (fuzziness); the local mirror by its vocabulary.
        corrects = getattr(self._index, "spelling_corrections", None)
        return await corrects(terms) if corrects is not None else {}

    def __getattr__(self, name: str) -> Any:
        # Methods other engineers add to the port (e.g. for matching) reach the store.
        return getattr(self._store, name)


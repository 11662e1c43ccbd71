"""Bringing a jobs index written by an older release up to date, in place (`talentgraph
provision`): the fields it lacks added to its mapping (new fields can be added; an existing
field's type or analyzer cannot change, docs/search.md), then, when job_document() has changed
since its documents were written, every job written again from the table, the source of truth,
each job read again just before its chunk is written so that an edit made meanwhile is not
undone. The version is recorded last: an upgrade stopped halfway is done again whole."""
from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from dataclasses import dataclass, field

from adapters.aws.opensearch.job_index import OpenSearchJobIndex
from adapters.aws.opensearch.mapping import DOCUMENT_VERSION
from domain.jobs import Job

log = logging.getLogger(__name__)
# Documents per bulk request: a few hundred KiB, well under OpenSearch's request limits.
CHUNK = 200

# The current copies of jobs by id (None for one deleted since).
ReadAgain = Callable[[Sequence[str]], Awaitable[Sequence[Job | None]]]


@dataclass
class IndexUpgrade:
    fields_added: list[str] = field(default_factory=list)
    jobs_written: int = 0


async def upgrade_documents(index: OpenSearchJobIndex, stored_jobs: Callable[[], AsyncIterator[Job]],
                            read_again: ReadAgain, chunk: int = CHUNK) -> IndexUpgrade:
    """`stored_jobs()` lists every job (ids are what is taken from it)."""
    done = IndexUpgrade(fields_added=await index.add_missing_fields())
    if await index.document_version() == DOCUMENT_VERSION:
        return done
    ids: list[str] = []
    async for job in stored_jobs():
        ids.append(job.id)
        if len(ids) >= chunk:
            done.jobs_written += await _write(index, read_again, ids)
            ids = []
    if ids:
        done.jobs_written += await _write(index, read_again, ids)
    await index.put_meta(document_version=DOCUMENT_VERSION)
    log.info("search index %s: fields added %s, %d jobs re-indexed", index.index, done.fields_added, done.jobs_written)
    return done


async def _write(index: OpenSearchJobIndex, read_again: ReadAgain, ids: list[str]) -> int:
    current = [job for job in await read_again(ids) if job is not None]
    await index.write_documents(current)
    return len(current)

"""At start, work for every change that has none: a resume not yet PARSED or FAILED, or an
application change not processed. Rows stored by an older version (which queued their work
after the commit, so a crash between the two lost it) are caught up; a pending item with
the same dedupe key is kept, never doubled."""
from __future__ import annotations

import logging
from typing import Protocol

from domain.ports.queue import WorkQueue
from domain.ports.resumes import ApplicationRepository
from domain.services.applications import requeue_unprocessed
from domain.services.resumes import processing_work

log = logging.getLogger(__name__)


class UnfinishedResumes(Protocol):
    async def unfinished_ids(self) -> list[str]:
        """Resumes at UPLOADED or PROCESSING."""
        ...


class UnprocessedApplications(Protocol):
    async def unprocessed_ids(self) -> list[str]:
        """Applications whose processed_version is below their version."""
        ...


class WorkReconciler:
    def __init__(
        self,
        resumes: UnfinishedResumes,
        applications: ApplicationRepository,
        unprocessed: UnprocessedApplications,
        queue: WorkQueue,
    ) -> None:
        self._resumes = resumes
        self._applications = applications
        self._unprocessed = unprocessed
        self._queue = queue

    async def run(self) -> tuple[int, int]:
        """Returns (resumes, application changes) whose work was queued or found pending."""
        resume_ids = await self._resumes.unfinished_ids()
        for resume_id in resume_ids:
            work = processing_work(resume_id)
            await self._queue.enqueue(work.kind, work.payload, dedupe_key=work.dedupe_key)
        changes = await requeue_unprocessed(self._applications, self._queue, await self._unprocessed.unprocessed_ids())
        if resume_ids or changes:
            log.info("work reconciled at start: %d resumes, %d application changes", len(resume_ids), changes)
        return len(resume_ids), changes

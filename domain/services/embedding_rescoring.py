"""Every open job matched again once the résumés are embedded again after a change of the model
(or indexed again after one of the lexical analyzer), as after a change of the scoring
(domain.ports.scoring_version).

The switch queues each job's matching beside each résumé's re-embedding, in no order: a job
matched while résumé vectors are still missing finds none of them, and a résumé's own
recomputation reaches only its nearest jobs and the pairs already stored, so a job whose
nearest résumés moved would miss the new ones. The switch queues this work too; it waits
until no résumé re-embedding is left, then queues every open job's matching once."""
from __future__ import annotations

from typing import Protocol

from domain.ports.queue import WorkQueue

RESCORE_AFTER_REEMBEDDING = "match.rescore_after_reembedding"


class OpenJobsRescoring(Protocol):
    async def queue_every_open_job_if_reembedded(self) -> bool:
        """Queues every open job's matching, in one write with the check, when no résumé
        re-embedding is ready or running; False (nothing queued) while one is."""
        ...


class ReembeddingProgress(Protocol):
    async def resume_reembedded(self, resume_id: str) -> None:
        """Records that the résumé's re-embedding after a switch has run (or found nothing to
        do); when it was the last one left, queues RESCORE_AFTER_REEMBEDDING, once however many
        workers finish together. Idempotent: a delivery of the same work again changes nothing.
        For a backend whose queue cannot say what is still pending (SQS)."""
        ...


class RescoringAfterReembedding:
    def __init__(self, rescoring: OpenJobsRescoring, queue: WorkQueue, wait_seconds: float = 2.0) -> None:
        self._rescoring, self._queue, self._wait_seconds = rescoring, queue, wait_seconds

    async def run(self) -> None:
        if not await self._rescoring.queue_every_open_job_if_reembedded():
            # Asked again later, as new work: this item's own dedupe key is still held by it.
            await self._queue.enqueue(RESCORE_AFTER_REEMBEDDING, {}, delay_seconds=self._wait_seconds)

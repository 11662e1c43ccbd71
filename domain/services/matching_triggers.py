"""The matching work each change needs, so a match is never lost to a restart between the
change and the recomputation, and bursts of changes to one thing run once.

Jobs posted, changed or closed, resumes parsed and a candidate's changed preferences hand
their work to the repository that stores the change, in one transaction (no event handler
queues it after the commit any more). A change of notification channels moves no match."""
from __future__ import annotations

from domain.jobs import Job, JobStatus
from domain.ports.queue import PendingWork

MATCH_RESUME = "match.resume"
MATCH_JOB = "match.job"
MATCH_CANDIDATE = "match.candidate"
JOB_CLOSED = "match.job_closed"


class MatchingWork:
    """What the matching engine must do after a change; services built without it (matching
    off) store none."""

    @staticmethod
    def job_changed(job: Job) -> list[PendingWork]:
        kind = JOB_CLOSED if job.status is JobStatus.CLOSED else MATCH_JOB
        return [PendingWork(kind, {"job_id": job.id}, dedupe_key=f"{kind}:{job.id}", after_running=True)]

    @staticmethod
    def preferences_changed(user_id: str) -> list[PendingWork]:
        return [PendingWork(MATCH_CANDIDATE, {"user_id": user_id}, dedupe_key=f"{MATCH_CANDIDATE}:{user_id}", after_running=True)]

    @staticmethod
    def resume_parsed(resume_id: str, owner_id: str | None = None) -> list[PendingWork]:
        """A parsed resume recomputes its owner from all their resumes: keyed by the owner, so
        a burst of one person's uploads shares the recomputation that waits (one parsed while
        it runs queues the next, which reads it). It names the resume too, so the queue counts
        it among that person's work (turns between owners). Without the owner: the resume's own."""
        if owner_id is not None:
            return [PendingWork(MATCH_RESUME, {"resume_id": resume_id, "user_id": owner_id},
                                dedupe_key=f"{MATCH_RESUME}:owner:{owner_id}", after_running=True)]
        return [PendingWork(MATCH_RESUME, {"resume_id": resume_id}, dedupe_key=f"{MATCH_RESUME}:{resume_id}", after_running=True)]

    @staticmethod
    def resume_set_changed(user_id: str, cause: str) -> list[PendingWork]:
        """A resume deleted or (un)marked primary: the candidate is recomputed from what is
        left. Keyed by its cause, so it never coalesces into a recomputation that is already
        running and may have read the resumes as they were."""
        return [PendingWork(MATCH_CANDIDATE, {"user_id": user_id}, dedupe_key=f"{MATCH_CANDIDATE}:{user_id}:{cause}", after_running=True)]

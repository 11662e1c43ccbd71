"""Telling the recruiter who posted a job that new candidates match it. The live matchFound
stream tells only a recruiter who is connected; one who was away would learn of new candidates
only by looking at the job again. So the poster also gets a message (inbox, and the channels
their preferences choose) when new matches reach their notification threshold: one per job and
UTC day, however many batches that day brings (the dedupe key is the job and the day), so a
busy job is a daily notice rather than a stream of mail. It counts the new candidates of the
batch that sent it, and names no one: who they are is on the job's matches, read with the
recruiter's own permissions."""
from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from domain.jobs import Job
from domain.ports.match_announcements import PendingAnnouncement
from domain.ports.notifications import Message


@dataclass(frozen=True)
class NewCandidates:
    count: int
    best: float
    day: str  # the UTC day of the first new match: the notice's dedupe key


def new_candidates_by_job(pending: Sequence[PendingAnnouncement], jobs: Mapping[str, Job],
                          thresholds: Mapping[str, float]) -> dict[str, NewCandidates]:
    """Per job whose poster exists, its new candidates at or above the poster's threshold."""
    found: dict[str, NewCandidates] = {}
    seen: set[tuple[str, str]] = set()
    for p in pending:
        job = jobs[p.job_id]
        threshold = thresholds.get(job.posted_by) if job.posted_by else None
        if threshold is None or p.score < threshold or (p.job_id, p.candidate_id) in seen:
            continue
        seen.add((p.job_id, p.candidate_id))
        before = found.get(p.job_id)
        day = p.found_at.date().isoformat()
        found[p.job_id] = NewCandidates(1, p.score, day) if before is None else \
            NewCandidates(before.count + 1, max(before.best, p.score), min(before.day, day))
    return found


def new_candidates_notice(job: Job, new: NewCandidates) -> Message:
    assert job.posted_by is not None
    who = "1 new candidate matches" if new.count == 1 else f"{new.count} new candidates match"
    return Message(
        user_id=job.posted_by, kind="match", subject=f"New candidates for {job.title}",
        text=(f"{who} {job.title} (best {round(new.best * 100)}%). They are listed, best first, with each"
              " match's reasons on the job's matches."),
        short=f"{who} {job.title}",
        data={"jobId": job.id, "newCandidates": new.count},
        dedupe_key=f"job-candidates:{job.id}:{new.day}", organization_id=job.organization_id,
    )

"""Telling a job's hiring team that new candidates match it. The live matchFound stream tells
only a recruiter who is connected; one who was away would learn of them only by looking at the
job again. So each member of the job's organization (its poster among them while they recruit
for it: those application news goes to, domain/services/application_processing.py) gets a
"New candidates for <title>" message, in the inbox and the channels their preferences choose
for matches.

Coalesced: one message per person, job and matching pass (the write that stored the new
matches, PendingAnnouncement.found_by), however many candidates the pass found; it counts
those at or above the person's floor (each candidate once): their own `notifyMinScore`, raised
to the job's `notifyMinScore` when its hiring team set one (domain/notify_floor.py) and names none of
them: a stored message would keep a name after the candidate erased their account, and who
they are is on the job's matches, read with the recruiter's own permissions. Nothing goes to a
person for whom the pass found no one at or above their threshold.

The dedupe key is the person, the job and the pass, so an announcement retried after a failure
(or relayed by another process) adds nothing; two passes for one job are two messages, each
counting its own new candidates (a candidate is new in one pass only: the store decides it).
A pass's count is that of the announcement that first got its message through. A relay of a pass
left unannounced may hold only part of it (DynamoDB claims a page of per-match records): each
record then carries the whole pass's scores (PendingAnnouncement.pass_scores), so whichever page
sends the message counts the whole pass, and the others add no second entry."""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from domain.jobs import Job
from domain.match_email_digest import DigestJob
from domain.notify_floor import effective_floor
from domain.ports.match_announcements import PendingAnnouncement
from domain.ports.notifications import Message
from domain.users import User


@dataclass
class JobPass:
    """One job's new matches of one matching pass: each candidate's best score."""

    job_id: str
    pass_id: str
    scores: dict[str, float] = field(default_factory=dict)


def job_passes(pending: Sequence[PendingAnnouncement]) -> list[JobPass]:
    """The job and pass of each of `pending`, in the order first met."""
    found: dict[tuple[str, str], JobPass] = {}
    for p in pending:
        # A pass is made once, at its first match: a write announces ~100 per job.
        key = (p.job_id, p.found_by)
        group = found.get(key)
        if group is None:
            group = found[key] = JobPass(*key)
        scores = group.scores
        if p.pass_scores:
            for candidate_id, score in p.pass_scores.items():
                scores[candidate_id] = max(score, scores.get(candidate_id, 0.0))
        scores[p.candidate_id] = max(p.score, scores.get(p.candidate_id, 0.0))
    return list(found.values())


def new_candidates_notices(found: JobPass, job: Job, team: Sequence[User]) -> list[Message]:
    """To each of the job's team, the pass's new candidates at or above their floor."""
    messages = []
    for member in team:
        floor = effective_floor(member.preferences.notify_min_score, job.notify_min_score)
        count = sum(1 for score in found.scores.values() if score >= floor)
        if count:
            messages.append(_notice(member.id, job, found.pass_id, count, floor))
    return messages


def _notice(user_id: str, job: Job, pass_id: str, count: int, floor: float) -> Message:
    who = "1 new candidate matches" if count == 1 else f"{count} new candidates match"
    said = f"{who} {job.title} at {round(floor * 100)}% or more."
    return Message(
        user_id=user_id, kind="match", subject=f"New candidates for {job.title}",
        text=f"{said} They are listed, best first, with each match's reasons on the job's matches.",
        short=f"{who} {job.title}",
        data={"jobId": job.id, "newCandidates": count},
        dedupe_key=f"new-candidates:{job.id}:{pass_id}:{user_id}", organization_id=job.organization_id,
        digest_job=DigestJob(job.id, job.title, count),
    )


"""Telling an organization's recruiters that an administrator took one of its jobs down, and why.

The reason is one the organization can act on (fix the posting, post it again), and the job
otherwise just reads CLOSED: without a word, a team would not know that it was taken down,
nor by whom. The notice is queued in the takedown's own write, so a takedown that lost a race
(or repeated one already made) queues nothing; a retried notice mails no one twice (dedupe
keys). It goes to the recruiters the organization has when it is sent, and, like the other
notices about an organization's work, only while each still recruits for it."""
from __future__ import annotations

from domain.jobs import Job
from domain.ports.accounts import UserRepository
from domain.ports.jobs import JobRepository
from domain.ports.notifications import Message, Notifier
from domain.ports.queue import PendingWork

NOTIFY_JOB_TAKEN_DOWN = "job.takedown.notify"


def takedown_notice_work(down: Job) -> PendingWork:
    """A job is taken down once (a second takedown changes nothing), so its id names the notice."""
    return PendingWork(NOTIFY_JOB_TAKEN_DOWN, {"job_id": down.id}, dedupe_key=f"job-takedown:{down.id}")


def takedown_text(job: Job) -> str:
    return (f"An administrator took down your job posting “{job.title}”; it is closed and takes no more"
            f" applications.\n\nReason: {job.takedown_reason}\n\nApplications already made stay with your"
            " organization. If you can address the reason, you may post the job again.")


class JobTakedownNotices:
    def __init__(self, jobs: JobRepository, users: UserRepository, notifier: Notifier) -> None:
        self._jobs = jobs
        self._users = users
        self._notifier = notifier

    async def notify(self, job_id: str) -> None:
        (job,) = await self._jobs.get_many([job_id])
        if job is None or job.takedown_reason is None:
            return
        (members,) = await self._users.members_of([job.organization_id])
        text = takedown_text(job)
        await self._notifier.send([
            Message(
                user_id=member.id, kind="application", subject=f"{job.title} was taken down by an administrator",
                text=text, data={"jobId": job.id, "jobTakenDown": 1, "reason": job.takedown_reason},
                dedupe_key=f"job-takedown:{job.id}:{member.id}", organization_id=job.organization_id,
            )
            for member in members
        ])

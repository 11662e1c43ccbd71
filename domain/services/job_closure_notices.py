"""Telling candidates whose applications are still under way that the job closed.

The applications do not move: whether a closed job's applications change status is the
hiring team's call, and they may still move them. The notice goes where application news
goes (the candidate's messages about applications, and the applicationUpdated stream), one
per application. It is queued in the close's own transaction, and only by the write that
took the job from OPEN to CLOSED: a close that lost a race to another wrote nothing and so
queues nothing, and a close repeated on a closed job writes nothing either.

A retried notice (its worker crashed midway) tells no one twice: messages carry dedupe keys,
and each application's event is published only by whoever first claims it in the store, after
the message is handed over; a crash between the claim and the publication loses that one live
update (the message still goes), rather than sending it twice.

The notice is written when it is sent, from the application as it is then, and says so: the
team may move the application afterwards, and a notice that said "stays in interview" would
then be false. An application the team ends (rejects, hires) or the candidate withdraws
between the close and the notice hears nothing of the close: that change's own message has
told the candidate where it stands, and "your application is still under way" would be wrong."""
from __future__ import annotations

from datetime import datetime

from domain.applications import TERMINAL, Application, ApplicationStatus
from domain.errors import TransientFailure
from domain.events import ApplicationUpdated
from domain.jobs import Job
from domain.pagination import PageRequest
from domain.ports.events import EventBus
from domain.ports.jobs import JobRepository
from domain.ports.notifications import Message, Notifier
from domain.ports.queue import PendingWork
from domain.ports.resumes import ApplicationRepository

NOTIFY_JOB_CLOSED = "job.closed.notify"
_BATCH = 100

# How a notice names the stage of an application still under way.
STAGE_LABELS = {
    ApplicationStatus.SUBMITTED: "submitted, awaiting review",
    ApplicationStatus.SCREENING: "in screening",
    ApplicationStatus.INTERVIEW: "in interview",
    ApplicationStatus.OFFER: "at the offer stage",
}


def closure_note(job_title: str, status: ApplicationStatus) -> str:
    return (f"{job_title} is closed and takes no more applications. Closing it does not end your application:"
            f" it was {STAGE_LABELS[status]} when this notice was sent, and the hiring team may still move it"
            " on or contact you about it.")


def closure_change_note(job_title: str, status: ApplicationStatus) -> str:
    """The close as the application's change says it, to the candidate and the hiring team
    alike (both follow applicationUpdated): in the third person, unlike the candidate's message."""
    return (f"{job_title} is closed and takes no more applications. This application was {STAGE_LABELS[status]}"
            " when the notice was sent; closing the job does not end it, and the hiring team may still move it on.")


def closure_notice_work(closed: Job) -> PendingWork:
    """The notices that follow a job's close; a job closes once (nothing reopens one), so its
    id alone names them."""
    return PendingWork(
        NOTIFY_JOB_CLOSED, {"job_id": closed.id, "closed_at": closed.updated_at.isoformat()},
        dedupe_key=f"job-closed:{closed.id}",
    )


class JobClosureNotices:
    def __init__(
        self, applications: ApplicationRepository, jobs: JobRepository, notifier: Notifier, events: EventBus
    ) -> None:
        self._applications = applications
        self._jobs = jobs
        self._notifier = notifier
        self._events = events

    async def notify(self, job_id: str, closed_at: str) -> None:
        """Each application under way now hears once: the messages carry dedupe keys, so a
        retried item mails no one twice."""
        (job,) = await self._jobs.get_many([job_id])
        if job is None:
            return
        at = datetime.fromisoformat(closed_at)
        page = PageRequest(first=_BATCH, want_total=False)
        listed = 0
        while True:
            (found,) = await self._applications.by_jobs([job.id], None, page)
            listed += len(found.items)
            for application in found.items:
                if application.status not in TERMINAL and application.candidate_id is not None:
                    await self._notify_one(job, application, at)
            if not found.has_next:
                break
            page = PageRequest(first=_BATCH, after=found.positions[-1], want_total=False)
        # The listing may come from an index that lags its writes (DynamoDB's GSIs); the counts
        # are read consistently and every stored application is counted (none is ever deleted).
        # An application stored just before the close and not listed yet is told on a retry.
        (counts,) = await self._applications.counts_by_status([job.id])
        if listed < sum(counts.values()):
            raise TransientFailure(f"job {job.id}: {sum(counts.values()) - listed} applications not listed yet")

    async def _notify_one(self, job: Job, application: Application, at: datetime) -> None:
        assert application.candidate_id is not None
        status = application.status.value
        note = closure_note(job.title, application.status)
        await self._notifier.send([Message(
            user_id=application.candidate_id, kind="application",
            subject=f"{job.title} is closed", text=note,
            data={"applicationId": application.id, "status": status, "version": application.version,
                  "jobId": job.id, "jobClosed": 1},
            dedupe_key=f"job-closed:{job.id}:{application.id}:{application.candidate_id}",
        )])
        if not await self._applications.claim_closure_event(job.id, application.id):
            return
        await self._events.publish(ApplicationUpdated(
            application_id=application.id, candidate_id=application.candidate_id,
            organization_id=job.organization_id, status=status, from_status=status,
            version=application.version, note=closure_change_note(job.title, application.status), changed_at=at,
            submitted_at=application.created_at,
            job_closed=True,
        ))

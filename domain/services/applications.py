"""Applying to jobs and moving applications through the hiring pipeline."""
from __future__ import annotations

from domain.applications import (
    AFTER_ERASURE,
    CANDIDATE_TARGETS,
    EMPLOYER_TARGETS,
    REOPENABLE,
    TERMINAL,
    Application,
    ApplicationChange,
    ApplicationEvent,
    ApplicationStatus,
    candidate_moves,
    changes_in,
    employer_moves,
)
from domain.clock import Clock, new_id
from domain.errors import (
    BadUserInput,
    Conflict,
    NotFound,
    already_applied,
    candidate_erased,
    changed_meanwhile,
    job_closed,
    moved_while_moving,
    no_such_resume,
    past_closing,
)
from domain.jobs import JobStatus
from domain.ports.jobs import JobRepository
from domain.ports.queue import PendingWork, WorkQueue
from domain.ports.resumes import ApplicationRepository, ResumeRepository
from domain.rejection_undo import REJECTION_UNDO_WINDOW, stages_back_from_rejection, undo_window_passed
from domain.resume_warnings import recognised_nothing
from domain.resumes import ResumeStatus
from domain.users import Role, User
from domain.validation import optional_text

PROCESS_APPLICATION = "application.process"


def processing_work(change: ApplicationChange) -> PendingWork:
    """The work that follows one change, carrying the change itself."""
    return PendingWork(
        PROCESS_APPLICATION,
        {"application_id": change.application_id, "version": change.version, "change": change.model_dump(mode="json")},
        dedupe_key=f"application:{change.application_id}:{change.version}",
    )


class ApplicationService:
    def __init__(
        self,
        applications: ApplicationRepository,
        jobs: JobRepository,
        resumes: ResumeRepository,
        queue: WorkQueue,
        clock: Clock,
    ) -> None:
        self._applications = applications
        self._jobs = jobs
        self._resumes = resumes
        self._queue = queue
        self._clock = clock

    async def apply(self, candidate: User, job_id: str, resume_id: str, cover_letter: str | None) -> Application:
        (job,) = await self._jobs.get_many([job_id])
        if job is None:
            raise NotFound("No job has that id.", field="jobId")
        # Refused from the closing time on, whether the sweep has closed the job yet or not (a
        # job its team closed before then is simply closed).
        if job.past_closing(self._clock.now()) and (job.status is JobStatus.OPEN or job.closed_at == job.closes_at):
            raise past_closing(job)
        if job.status is not JobStatus.OPEN:
            raise job_closed()  # asked again in the write itself: the job may close meanwhile
        # Checked before the write either way: a first application and one sent again after a
        # withdrawal (which reopens the same application with these) take the same résumés.
        (resume,) = await self._resumes.get_many([resume_id])
        if resume is None or resume.owner_id != candidate.id:
            raise no_such_resume()
        if resume.status is ResumeStatus.FAILED:
            raise BadUserInput(
                "That resume could not be processed; apply with another resume.", field="resumeId"
            )
        if resume.parsed is not None and recognised_nothing(resume.parsed):
            raise BadUserInput(
                "Nothing of a resume was recognised in that file; apply with another resume, or upload your"
                " resume (CV) first.", field="resumeId", reason="NO_RESUME_CONTENT")
        letter = optional_text(cover_letter, "coverLetter", 10_000)
        now = self._clock.now()
        application = Application(
            id=new_id(), job_id=job.id, candidate_id=candidate.id, resume_id=resume.id, cover_letter=letter,
            status=ApplicationStatus.SUBMITTED, created_at=now, updated_at=now,
        )
        event = ApplicationEvent(status=ApplicationStatus.SUBMITTED, at=now, by_user_id=candidate.id,
                                 resume_id=resume.id, cover_letter=letter)
        change = ApplicationChange(
            application_id=application.id, version=1, from_status=None, to_status=ApplicationStatus.SUBMITTED,
            actor_id=candidate.id, at=now, submitter_address_proven=candidate.email_verified,
        )
        try:
            await self._applications.add(application, event, work=[processing_work(change)],
                                         organization_id=job.organization_id)
        except Conflict as conflict:
            # A retry of an application stored before a crash: its processing may be lost
            # with the crash of an older version, so it is queued again if still undone.
            existing = conflict.extensions.get("existingApplicationId")
            if isinstance(existing, str):
                (stored,) = await self._applications.get_many([existing])
                if stored is not None and stored.status in REOPENABLE and stored.candidate_id == candidate.id:
                    return await self._reopen(candidate, stored, resume.id, letter)
                await requeue_unprocessed(self._applications, self._queue, [existing])
                raise await self._already_applied(existing) from conflict
            raise
        return application

    async def _reopen(
        self, candidate: User, withdrawn: Application, resume_id: str, cover_letter: str | None,
    ) -> Application:
        """The withdrawn application back at SUBMITTED, as a move recorded in its history and
        processed as one (the hiring team hears of it). A compare-and-set on the version read,
        with the job's OPEN status asked in the same write: of two tabs sending it again one
        reopens it and the other hears it is under way; a close that commits first refuses it.
        It takes the résumé and cover letter sent again (the letter None when none was), as a
        first application would; its history keeps what each submission was sent with."""
        now = self._clock.now()
        reopened = withdrawn.model_copy(update={"status": ApplicationStatus.SUBMITTED, "updated_at": now,
                                                "resume_id": resume_id, "cover_letter": cover_letter})
        event = ApplicationEvent(status=ApplicationStatus.SUBMITTED, at=now, by_user_id=candidate.id,
                                 resume_id=resume_id, cover_letter=cover_letter)
        change = ApplicationChange(
            application_id=withdrawn.id, version=withdrawn.version + 1, from_status=withdrawn.status,
            to_status=ApplicationStatus.SUBMITTED, actor_id=candidate.id, at=now,
            submitter_address_proven=candidate.email_verified,
        )
        try:
            return await self._applications.transition(
                reopened, event, withdrawn.version, work=[processing_work(change)], job_must_be_open=True,
                resubmitted=True)
        except Conflict as conflict:
            if conflict.extensions.get("reason") == "JOB_CLOSED":
                raise  # the job closed first: that, not the application, is what stands in the way
            raise await self._already_applied(withdrawn.id) from conflict

    async def _already_applied(self, existing_id: str) -> Conflict:
        """The conflict with the existing application's status: "see the existing application"
        sent someone whose application was rejected to a closed one, with no word why."""
        (existing,) = await self._applications.get_many([existing_id])
        if existing is None:
            return already_applied(existing_id)
        status = existing.status.value
        sent = f"{existing.created_at:%Y-%m-%d}"
        if existing.status is ApplicationStatus.REJECTED:
            message = (f"Your application to this job (sent {sent}) was rejected by its hiring team;"
                       " it cannot be sent again. Look for other openings of this organization.")
        elif existing.status is ApplicationStatus.HIRED:
            message = f"You were hired for this job (applied {sent}); there is nothing to apply for again."
        else:
            message = f"You already applied to this job on {sent} (it is {status} now)."
        return Conflict(message, existingApplicationId=existing_id, existingStatus=status)

    async def move(
        self, actor: User, application_id: str, status: ApplicationStatus, note: str | None,
        expected_version: int | None = None,
    ) -> Application:
        if expected_version is not None and expected_version < 1:
            raise BadUserInput(
                "`expectedVersion` must be the application's `version` as you last read it (1 or more).",
                field="expectedVersion",
            )
        (application,) = await self._applications.get_many([application_id])
        if application is None:
            raise _unknown_application()
        allowed = await self._allowed_moves(actor, application)
        if status is application.status and await self._already_there(actor, application, expected_version):
            return application
        if expected_version is not None and expected_version > application.version:
            # No one can have read a version not made yet: "someone else changed it first"
            # would send the client to reload for a conflict that never happened.
            raise BadUserInput(
                f"`expectedVersion` {expected_version} is ahead of this application, which is at version"
                f" {application.version}; send the `version` you last read.",
                field="expectedVersion", currentVersion=application.version,
            )
        # The version before the transition: a request made from an older version was judged on
        # a state that is gone, and the loser of a race must hear the same CONFLICT whether it
        # read before the winner's write or just after it.
        if expected_version is not None and expected_version != application.version:
            raise changed_meanwhile(application.id, application.version, application.status.value)
        if application.candidate_anonymised and status not in AFTER_ERASURE and application.status not in TERMINAL:
            raise candidate_erased(application.id)
        if status not in allowed:
            names = ", ".join(s.value for s in allowed) or await self._none_allowed(actor, application)
            raise BadUserInput(
                f"An application in {application.status.value} cannot move to {status.value}; "
                f"allowed next states for you: {names}.",
                allowedStatuses=[s.value for s in allowed],
            )
        # A recruiter's move lands only while they still recruit there (checked in the write).
        member_of = actor.organization_id if actor.role is Role.EMPLOYER else None
        # Compare-and-set on the version just read: the change's "from" is that version's status.
        version = application.version
        now = self._clock.now()
        moved = application.model_copy(update={"status": status, "updated_at": now})
        event = ApplicationEvent(status=status, at=now, by_user_id=actor.id, note=optional_text(note, "note", 2_000))
        change = ApplicationChange(
            application_id=application.id, version=version + 1, from_status=application.status, to_status=status,
            actor_id=actor.id, note=event.note, at=now,
        )
        try:
            return await self._applications.transition(moved, event, version, work=[processing_work(change)],
                                                       member_of=member_of)
        except Conflict:
            # The same person's same move from another tab, a double click or a retry won the
            # race: the application is where they asked, so this request succeeded too.
            (stored,) = await self._applications.get_many([application.id])
            if stored is not None and stored.status is status and (expected_version is None or (
                    stored.version == version + 1 and await self._own_last_move(actor, stored, expected_version))):
                return stored
            if expected_version is None and stored is not None and stored.version != version:
                raise moved_while_moving(stored.id, stored.version, stored.status.value, status.value) from None
            raise

    async def _already_there(self, actor: User, application: Application, expected_version: int | None) -> bool:
        """Whether a move to the status the application is in already succeeds as it stands:
        without `expectedVersion` the sender asks for a status, not a change from a version,
        and two recruiters making the same move from their screens both get what they asked
        (nothing is recorded again); with one, only a repeat of the sender's own last move."""
        if expected_version is None:
            # Only a status the actor could put it in: a recruiter cannot withdraw it, so
            # "moving" a withdrawn application to WITHDRAWN stays refused to them, as the
            # candidate's "moving" it to SCREENING stays refused to the candidate.
            if application.status in _same_status_successes(actor):
                return True
        return await self._own_last_move(actor, application, expected_version)

    async def _own_last_move(self, actor: User, application: Application, expected_version: int | None) -> bool:
        """Whether the application's latest change is `actor`'s move to where it is now, made
        from the version this request expected (a repeat of that move, not a new one); a
        request without `expectedVersion` repeats it only while it is still the latest."""
        if application.version < 2 or (expected_version is not None and expected_version != application.version - 1):
            return False  # the submission itself is no move to repeat
        (history,) = await self._applications.histories([application.id])
        return bool(history) and len(history) == application.version and history[-1].by_user_id == actor.id \
            and history[-1].status is application.status

    async def _allowed_moves(self, actor: User, application: Application) -> list[ApplicationStatus]:
        # Someone who may not see an application is told what an unknown id tells them, as
        # node(id:) shows them null: a FORBIDDEN would confirm that the id names one.
        if actor.role is Role.CANDIDATE:
            if application.candidate_id != actor.id:
                raise _unknown_application()
            return candidate_moves(application.status)
        (job,) = await self._jobs.get_many([application.job_id])
        if actor.role is Role.ADMIN or (job is not None and job.organization_id == actor.organization_id):
            if application.status is ApplicationStatus.REJECTED and not application.candidate_anonymised:
                (history,) = await self._applications.histories([application.id])
                return stages_back_from_rejection(history, self._clock.now())
            return employer_moves(application.status)
        raise _unknown_application()

    async def _none_allowed(self, actor: User, application: Application) -> str:
        """Why no move is left for `actor` (who may see the application)."""
        if (application.status is ApplicationStatus.REJECTED and actor.role is not Role.CANDIDATE
                and not application.candidate_anonymised):
            (history,) = await self._applications.histories([application.id])
            if undo_window_passed(history, self._clock.now()):
                return (f"none, as it was rejected on {history[-1].at:%Y-%m-%d}, and a rejection can be taken back"
                        f" only within {REJECTION_UNDO_WINDOW.days} days of it")
        return _none_left(actor, application)


def _same_status_successes(actor: User) -> frozenset[ApplicationStatus]:
    """The statuses a move to where the application is already succeeds in, for `actor`: those
    they may put it in. Both sides' include SUBMITTED: a recruiter's pipeline starts there (a
    card dropped back in its column), and the candidate's submission is their move too (made
    with applyToJob), so sending it again (a retry, a second tab) finds it where they put it."""
    targets = CANDIDATE_TARGETS if actor.role is Role.CANDIDATE else EMPLOYER_TARGETS
    return targets | {ApplicationStatus.SUBMITTED}


def _unknown_application() -> NotFound:
    return NotFound("No application has that id.")


async def requeue_unprocessed(applications: ApplicationRepository, queue: WorkQueue, ids: list[str]) -> int:
    """Queues the processing of every change of these applications not processed yet (a
    pending item with the same dedupe key is kept, not doubled); returns how many were queued."""
    found = [a for a in await applications.get_many(ids) if a is not None and a.processed_version < a.version]
    if not found:
        return 0
    queued = 0
    for application, history in zip(found, await applications.histories([a.id for a in found])):
        for change in changes_in(application.id, history):
            if change.version > application.processed_version:
                work = processing_work(change)
                await queue.enqueue(work.kind, work.payload, dedupe_key=work.dedupe_key)
                queued += 1
    return queued


def _none_left(actor: User, application: Application) -> str:
    """Why no move is left: a withdrawn application is not closed for good, as its candidate may
    send it again (applyToJob), so that is said instead."""
    if application.status not in REOPENABLE or application.candidate_anonymised:
        return "none (this application is closed)"
    if actor.id == application.candidate_id:
        return ("none, as you withdrew it; to send it again, apply to the job once more (applyToJob with"
                " the same job) while it is open")
    return "none, as the candidate withdrew it; only they can send it again, by applying to the job once more"

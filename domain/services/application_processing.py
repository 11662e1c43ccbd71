"""The worker side of an application change: snapshot, notify everyone concerned, publish."""
from __future__ import annotations

from domain.events import ApplicationUpdated
from domain.ports.accounts import UserRepository
from domain.ports.events import EventBus
from domain.ports.jobs import JobRepository
from domain.ports.notifications import Message, Notifier
from domain.ports.resumes import ApplicationRepository, ResumeRepository


class ApplicationProcessor:
    def __init__(
        self,
        applications: ApplicationRepository,
        jobs: JobRepository,
        resumes: ResumeRepository,
        users: UserRepository,
        notifier: Notifier,
        events: EventBus,
    ) -> None:
        self._applications = applications
        self._jobs = jobs
        self._resumes = resumes
        self._users = users
        self._notifier = notifier
        self._events = events

    async def process(self, application_id: str, version: int) -> None:
        (application,) = await self._applications.get_many([application_id])
        if application is None:
            return
        (job,) = await self._jobs.get_many([application.job_id])
        if application.resume_id:
            (resume,) = await self._resumes.get_many([application.resume_id])
            if resume is not None:
                await self._applications.snapshot_resume(application.id, resume.model_dump_json())
        (members,) = await self._users.members_of([job.organization_id])
        status = application.status.value.lower()
        messages = []
        if application.candidate_id:
            messages.append(Message(
                user_id=application.candidate_id, kind="application",
                subject=f"Your application for {job.title}: {status}",
                text=f"Your application for {job.title} is now {status}.",
                data={"applicationId": application.id, "status": application.status.value},
                dedupe_key=f"application:{application.id}:{version}:{application.candidate_id}",
            ))
        for member in members:
            messages.append(Message(
                user_id=member.id, kind="application",
                subject=f"Application for {job.title}: {status}",
                text=f"An application for {job.title} is now {status}.",
                data={"applicationId": application.id, "status": application.status.value},
                dedupe_key=f"application:{application.id}:{version}:{member.id}",
            ))
        await self._notifier.send(messages)
        await self._events.publish(ApplicationUpdated(
            application_id=application.id, candidate_id=application.candidate_id,
            organization_id=job.organization_id, status=application.status.value,
            submitted_at=application.created_at,
        ))

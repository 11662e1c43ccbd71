"""The worker side of an application change: snapshot, notify everyone concerned, publish.

Who hears of a change: on applying, the candidate gets a receipt naming the job and its
organization (they made the change, but nothing else tells them it arrived) and the hiring
team is told; on every later move, everyone concerned but the person who made it.

Each work item carries its own change (from, to, version, actor, note), so four quick moves
give four events and four sets of emails, each naming its move. Changes of one application
are processed in version order, each once: an item finding earlier versions unprocessed
does those first (from the history written with them), and a version already processed is
skipped. Several worker processes (or replicas) may hold items of one application at
once: a lease taken in the store (not a lock in this process) makes them take turns, so a
change is never sent twice and a later one never before an earlier one."""
from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from datetime import timedelta
from typing import Any

from domain.applications import Application, ApplicationChange, ApplicationStatus, changes_in, is_reopening
from domain.candidate_names import NAMES_CANDIDATE_KEY, team_subject, team_text
from domain.clock import new_id
from domain.errors import TransientFailure
from domain.events import ApplicationUpdated
from domain.jobs import Job
from domain.ports.accounts import OrganizationRepository, UserRepository
from domain.ports.application_leases import ApplicationProcessingLeases
from domain.ports.events import EventBus
from domain.ports.jobs import JobRepository
from domain.ports.notifications import Message, Notifier
from domain.ports.resumes import ApplicationRepository, ResumeRepository

# How long after applying its receipt is still news (processing takes seconds, retries minutes).
RECEIPT_NEWS_FOR = timedelta(hours=1)


class ApplicationProcessor:
    def __init__(
        self,
        applications: ApplicationRepository,
        jobs: JobRepository,
        resumes: ResumeRepository,
        users: UserRepository,
        notifier: Notifier,
        events: EventBus,
        leases: ApplicationProcessingLeases | None = None,
        lease_seconds: float = 20.0,
        organizations: OrganizationRepository | None = None,
    ) -> None:
        self._applications = applications
        self._jobs = jobs
        self._resumes = resumes
        self._users = users
        self._notifier = notifier
        self._events = events
        self._locks: dict[str, tuple[asyncio.Lock, list[int]]] = {}  # lock, [holders and waiters]
        self._leases = leases  # None: this process is the only one handling applications
        self._lease_seconds = lease_seconds
        self._organizations = organizations  # None: receipts name the job alone
        self._holder = new_id()

    async def process(self, application_id: str, version: int, change: dict[str, Any] | None = None) -> None:
        async with self._one_at_a_time(application_id):
            (application,) = await self._applications.get_many([application_id])
            if application is None or application.processed_version >= version:
                return  # deleted meanwhile, or done already (by this item's earlier attempt or a later item)
            for n, pending in enumerate(await self._pending_changes(application, version, change)):
                if n:
                    await self._keep_turn(application_id)
                await self._process_change(application, pending)
                await self._applications.mark_processed(application.id, pending.version)

    async def _pending_changes(
        self, application: Application, version: int, change: dict[str, Any] | None
    ) -> list[ApplicationChange]:
        own = ApplicationChange.model_validate(change) if change else None
        if own is not None and application.processed_version == version - 1:
            return [own]  # the usual case: nothing earlier is outstanding
        (history,) = await self._applications.histories([application.id])
        recorded = {c.version: c for c in changes_in(application.id, history)}
        if own is not None:
            recorded[own.version] = own
        return [recorded[v] for v in range(application.processed_version + 1, version + 1) if v in recorded]

    async def _process_change(self, application: Application, change: ApplicationChange) -> None:
        (job,) = await self._jobs.get_many([application.job_id])
        assert job is not None, "an application's job is closed, never deleted"
        # A submission, the first or one sent again (whose write dropped the earlier snapshot).
        if change.to_status is ApplicationStatus.SUBMITTED and application.resume_id:
            (resume,) = await self._resumes.get_many([application.resume_id])
            if resume is not None:
                await self._applications.snapshot_resume(application.id, resume.model_dump_json(),
                                                         resume_id=resume.id)
        await self._notifier.send(await self._messages(application, job, change))
        await self._events.publish(ApplicationUpdated(
            application_id=application.id, candidate_id=application.candidate_id,
            organization_id=job.organization_id, status=change.to_status.value,
            from_status=change.from_status.value if change.from_status else None,
            version=change.version, actor_id=change.actor_id, note=change.note, changed_at=change.at,
            submitted_at=application.created_at,
        ))

    async def _messages(self, application: Application, job: Job, change: ApplicationChange) -> list[Message]:
        """The candidate's receipt of their application; of a move, everyone concerned but the
        person who made it."""
        (members,) = await self._users.members_of([job.organization_id])
        moved = _describe(change)
        note = f"\n\nNote: {change.note}" if change.note else ""
        data: dict[str, str | int | None] = {
            "applicationId": application.id, "jobId": job.id, "status": change.to_status.value,
            "version": change.version, "fromStatus": change.from_status.value if change.from_status else None,
            "note": change.note,
        }
        key = f"application:{application.id}:{change.version}"
        messages = []
        # Sent again after a withdrawal, it is told as a new application is: a receipt to its
        # candidate, the team's notice to every member.
        if application.candidate_id and (change.from_status is None or is_reopening(change)):
            messages.append(await self._receipt(application, job, data, f"{key}:{application.candidate_id}", change))
        elif application.candidate_id and application.candidate_id != change.actor_id:
            messages.append(Message(
                user_id=application.candidate_id, kind="application",
                subject=f"Your application for {job.title}: {moved}",
                text=f"Your application for {job.title} {_sentence(change)}.{note}",
                data=data, dedupe_key=f"{key}:{application.candidate_id}", happened_at=change.at,
            ))
        # The team's notice is stored naming the application and its job by id, never the
        # candidate by name (it would outlive their erasure in every stored copy): the name is
        # filled in when the notice is read or delivered (domain/candidate_names.py).
        team_data = {**data, NAMES_CANDIDATE_KEY: 1}
        for member in members:
            if member.id == change.actor_id:
                continue
            messages.append(Message(
                user_id=member.id, kind="application",
                subject=team_subject(job.title, moved),
                text=team_text(job.title, _sentence(change)) + note,
                data=team_data, dedupe_key=f"{key}:{member.id}", organization_id=job.organization_id,
                happened_at=change.at,
            ))
        return messages

    async def _receipt(self, application: Application, job: Job, data: dict[str, str | int | None],
                       dedupe_key: str, change: ApplicationChange) -> Message:
        """To the candidate: their application arrived, naming the job and its organization."""
        assert application.candidate_id is not None
        where = job.title
        if self._organizations is not None:
            (organization,) = await self._organizations.get_many([job.organization_id])
            if organization is not None:
                where = f"{job.title} at {organization.name}"
        return Message(
            user_id=application.candidate_id, kind="application",
            subject=f"Your application to {where} was received",
            text=f"Your application to {where} was received. You will hear here as the hiring team moves it on.",
            data=data, dedupe_key=dedupe_key, happened_at=change.at,
            # A receipt is sent while it is news, or never (the inbox keeps it either way): not
            # mailed to an address proven only after applying, nor sent at all once an hour has
            # passed (its item failing until then, or found unprocessed at a later move). Sent
            # then it would arrive after the moves that followed, reading as a new application;
            # a candidate who proves their address later expects the mail of what happens next.
            address_proven_then=change.submitter_address_proven,
            news_for=RECEIPT_NEWS_FOR,
        )

    @asynccontextmanager
    async def _one_at_a_time(self, application_id: str) -> AsyncIterator[None]:
        lock, users = self._locks.setdefault(application_id, (asyncio.Lock(), [0]))
        users[0] += 1
        try:
            async with lock:  # turns within this process, without asking the store
                if self._leases is None:
                    yield
                    return
                await self._take_lease(application_id)
                try:
                    yield
                finally:
                    await self._leases.release(application_id, self._holder)
        finally:
            users[0] -= 1
            if users[0] == 0:
                del self._locks[application_id]

    async def _take_lease(self, application_id: str) -> None:
        """Waits for another process's turn to end (it processes, then marks, each change);
        a holder that died (killed mid-change) blocks only until its lease runs out. Not
        cleared at start: another live process may hold it."""
        assert self._leases is not None
        deadline = time.monotonic() + self._lease_seconds + 1.0  # past any lease taken before now
        pause = 0.01
        while not await self._leases.acquire(application_id, self._holder, self._lease_seconds):
            if time.monotonic() >= deadline:
                raise TransientFailure(f"application {application_id} is being processed elsewhere")
            await asyncio.sleep(pause)
            pause = min(pause * 2, 0.2)

    async def _keep_turn(self, application_id: str) -> None:
        """Renews the lease before each further change, so a short lease still covers a long
        catch-up; a lease lost meanwhile (it ran out, another took it) ends this turn."""
        if self._leases is not None and not await self._leases.acquire(
            application_id, self._holder, self._lease_seconds
        ):
            raise TransientFailure(f"application {application_id} is now being processed elsewhere")


def _describe(change: ApplicationChange) -> str:
    to = change.to_status.value.lower()
    if is_reopening(change):
        return "sent again after a withdrawal"
    if change.from_status is None:
        return to
    return f"{change.from_status.value.lower()} → {to}"


def _sentence(change: ApplicationChange) -> str:
    to = change.to_status.value.lower()
    if is_reopening(change):
        return "was sent again by its candidate after a withdrawal (it is submitted again)"
    if change.from_status is None:
        return f"was {to}"
    if change.from_status is ApplicationStatus.REJECTED:
        return f"moved from rejected back to {to}: the hiring team took its rejection back"
    return f"moved from {change.from_status.value.lower()} to {to}"
